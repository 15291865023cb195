"""What the Simulate screen reads: the synced catalogue, the rules, saved scenarios re-run."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from refunddesk.automation.simulate import simulate
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Rule
from refunddesk.domain.scenarios import SimOutcome, TestScenario
from refunddesk.store import models as m
from refunddesk.store import scenarios_repo
from refunddesk.store.database import Database


@dataclass(frozen=True, slots=True)
class CatalogueOffer:
    """A distinct offer from the synced orders, at its most recent price."""

    offer_id: str
    name: str
    price: Money
    sku: str = ""


def catalogue(db: Database, *, limit: int = 500) -> list[CatalogueOffer]:
    """Offers seen in synced orders, by name; the price is the one last sold at."""
    latest = (
        select(m.LineItem.offer_id, func.max(m.LineItem.id).label("last_id"))
        .group_by(m.LineItem.offer_id)
        .subquery()
    )
    with db.sessions() as s:
        rows = s.execute(
            select(
                m.LineItem.offer_id,
                m.LineItem.offer_name,
                m.LineItem.unit_price_minor,
                m.LineItem.currency,
                m.LineItem.external_id,
            )
            .join(latest, latest.c.last_id == m.LineItem.id)
            .order_by(m.LineItem.offer_name)
            .limit(limit)
        ).all()
    return [CatalogueOffer(o, n, Money(p, c), sku) for o, n, p, c, sku in rows]


def product_groups(db: Database) -> dict[str, frozenset[str]]:
    with db.sessions() as s:
        return {
            g.name: frozenset(str(x) for x in (g.members or []))
            for g in s.scalars(select(m.ProductGroup))
        }


@dataclass(frozen=True, slots=True)
class RegressionRow:
    """A saved scenario: its outcome when saved beside its outcome under the rules now."""

    name: str
    scenario: TestScenario
    before: SimOutcome
    now: SimOutcome

    @property
    def changed(self) -> bool:
        b, n = self.before, self.now
        return (b.outcome, b.amount_minor, b.rule_id, b.shadow) != (
            n.outcome,
            n.amount_minor,
            n.rule_id,
            n.shadow,
        )


def rerun_saved(db: Database, rules: Sequence[Rule]) -> list[RegressionRow]:
    """Every saved scenario decided again under ``rules`` (a rule regression)."""
    groups = product_groups(db)
    return [
        RegressionRow(
            saved.name,
            saved.scenario,
            saved.outcome,
            simulate(rules, saved.scenario, product_groups=groups).outcome(),
        )
        for saved in scenarios_repo.list_scenarios(db)
    ]


def save_scenario(
    db: Database, name: str, scenario: TestScenario, rules: Sequence[Rule], now: datetime
) -> SimOutcome:
    """Save with the outcome under ``rules`` as its baseline."""
    outcome = simulate(rules, scenario, product_groups=product_groups(db)).outcome()
    scenarios_repo.save_scenario(
        db, scenarios_repo.SavedScenario(name.strip(), scenario, now, outcome)
    )
    return outcome
