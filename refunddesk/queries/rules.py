"""What the rules screen shows: the rule list with its 30-day counts, the catalogue, versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from refunddesk.domain.describe import describe
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Rule
from refunddesk.domain.rules_json import rule_to_json
from refunddesk.store import models as m
from refunddesk.store import rules_repo
from refunddesk.store.database import Database


@dataclass(frozen=True, slots=True)
class RuleRow:
    """One line of the rule list."""

    rule: Rule
    summary: str  # describe(rule, language)
    stats: RuleStats


def rule_rows(db: Database, now: datetime, language: str = "en") -> list[RuleRow]:
    """The rules in priority order, each with what it decided in the last 30 days.

    Summaries are in ``language`` (an app language: "en", "pl", "zh_CN").
    """
    stats = rule_stats(db, now)
    return [
        RuleRow(rule, describe(rule, language), stats.get(rule.id, RuleStats()))
        for rule in rules_repo.load_rules(db)
    ]


@dataclass(frozen=True, slots=True)
class CatalogueProduct:
    """A product seen in synced orders: what the merchant picks rules' products from."""

    offer_id: str
    name: str
    sku: str  # the merchant's own code (Allegro's external id); may be empty


def catalogue_products(db: Database, search: str = "", limit: int = 500) -> list[CatalogueProduct]:
    """Distinct offers from synced order lines, newest name per offer, filtered by ``search``."""
    with db.sessions() as s:
        newest = (
            select(m.LineItem.offer_id, func.max(m.LineItem.id).label("last"))
            .group_by(m.LineItem.offer_id)
            .subquery()
        )
        q = select(m.LineItem.offer_id, m.LineItem.offer_name, m.LineItem.external_id).join(
            newest, m.LineItem.id == newest.c.last
        )
        text = search.strip()
        if text:
            like = f"%{text}%"
            q = q.where(
                or_(
                    m.LineItem.offer_name.ilike(like),
                    m.LineItem.offer_id.ilike(like),
                    m.LineItem.external_id.ilike(like),
                )
            )
        rows = s.execute(q.order_by(m.LineItem.offer_name, m.LineItem.offer_id).limit(limit))
        return [CatalogueProduct(o, n, sku or "") for o, n, sku in rows]


@dataclass(frozen=True, slots=True)
class VersionRow:
    version: int
    name: str
    created_at: datetime
    rule: Rule
    summary: str


def rule_versions(db: Database, rule_id: str, language: str = "en") -> list[VersionRow]:
    """Every saved version of a rule, oldest first, summarised in ``language``."""
    return [
        VersionRow(v.version, v.name, v.created_at, v.rule, describe(v.rule, language))
        for v in rules_repo.versions(db, int(rule_id))
    ]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs between two versions: a dotted path and both values as text."""

    path: str
    old: str
    new: str


_NOT_COMPARED = frozenset({"id", "version", "enabled"})  # identity, and the switch is not versioned


def version_diff(old: Rule, new: Rule) -> list[FieldChange]:
    """The fields of the rule file format that differ, in the format's order."""
    a, b = _flatten(rule_to_json(old)), _flatten(rule_to_json(new))
    return [
        FieldChange(path, _text(a.get(path)), _text(b.get(path)))
        for path in dict.fromkeys([*a, *b])
        if path not in _NOT_COMPARED and a.get(path) != b.get(path)
    ]


def _flatten(doc: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in doc.items():
        path = f"{prefix}{key}"
        # Amounts stay whole: "cap: 50.00 PLN" reads better than two half-changes.
        if isinstance(value, dict) and set(value) != {"amount", "currency"}:
            out.update(_flatten(value, f"{path}."))
        else:
            out[path] = value
    return out


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, dict):
        return f"{value.get('amount')} {value.get('currency')}"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return ", ".join(_text(v) if isinstance(v, dict) else str(v) for v in value) or "—"
    return str(value)


# Decisions that count towards what a rule did: not "nothing", not dismissed, not failed.
_NOT_COUNTED = ("NO_ACTION", "DISMISSED", "FAILED")
STATS_DAYS = 30


@dataclass(frozen=True, slots=True)
class RuleStats:
    """Decisions a rule made in a period, and what they add up to (one sum per currency)."""

    fired: int = 0
    amounts: tuple[Money, ...] = ()


def rule_stats(db: Database, now: datetime, days: int = STATS_DAYS) -> dict[str, RuleStats]:
    """Per rule id: refunds decided in the last ``days`` (shadow ones included: would-haves)."""
    since = now - timedelta(days=days)
    with db.sessions() as s:
        rows = s.execute(
            select(
                m.RefundIntent.rule_id,
                m.RefundIntent.currency,
                func.count(m.RefundIntent.id),
                func.sum(m.RefundIntent.amount_minor),
            )
            .where(
                m.RefundIntent.rule_id.is_not(None),
                m.RefundIntent.created_at >= since,
                m.RefundIntent.state.not_in(_NOT_COUNTED),
            )
            .group_by(m.RefundIntent.rule_id, m.RefundIntent.currency)
            .order_by(m.RefundIntent.currency)
        ).all()
    stats: dict[str, RuleStats] = {}
    for rule_id, currency, count, total in rows:
        key = str(rule_id)
        before = stats.get(key, RuleStats())
        stats[key] = RuleStats(
            before.fired + int(count), (*before.amounts, Money(int(total or 0), currency))
        )
    return stats
