"""What a merchant should do next, from the app's state: connect, add a rule, try it, review."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select

from refunddesk.automation import limits
from refunddesk.automation.states import NEEDS_PERSON
from refunddesk.domain.rules import Mode
from refunddesk.store import models as m
from refunddesk.store import rules_repo
from refunddesk.store.database import Database


class NextStep(StrEnum):
    CONNECT = "connect"  # no shop: RefundDesk watches nothing
    REVIEW = "review"  # refunds wait for a person (held, failed, unconfirmed)
    PAUSED = "paused"  # the merchant paused automation
    ADD_RULE = "add_rule"  # a shop, but no rule is switched on: nothing is decided
    TRY_SHADOW = "try_shadow"  # only shadow rules: they record, no money moves
    ALL_GOOD = "all_good"  # armed rules at work, nothing waits


@dataclass(frozen=True, slots=True)
class Progress:
    """The few facts the next step follows from."""

    has_shop: bool
    armed_rules: int  # enabled and armed
    shadow_rules: int  # enabled and in shadow
    waiting: int  # refunds that need a person
    paused: bool

    @property
    def step(self) -> NextStep:
        # The most pressing first: money waiting on a decision beats setting up more rules.
        if not self.has_shop:
            return NextStep.CONNECT
        if self.waiting:
            return NextStep.REVIEW
        if self.paused:
            return NextStep.PAUSED
        if not self.armed_rules and not self.shadow_rules:
            return NextStep.ADD_RULE
        if not self.armed_rules:
            return NextStep.TRY_SHADOW
        return NextStep.ALL_GOOD


def load_progress(db: Database) -> Progress:
    rules = [r for r in rules_repo.load_rules(db) if r.enabled]
    armed = sum(1 for r in rules if r.mode is Mode.ARMED)
    with db.sessions() as s:
        shops = s.scalar(select(func.count()).select_from(m.Shop)) or 0
        waiting = s.scalar(
            select(func.count())
            .select_from(m.RefundIntent)
            .where(m.RefundIntent.state.in_([str(x) for x in NEEDS_PERSON]))
        )
        paused = limits.load_settings(s).paused
    return Progress(
        has_shop=shops > 0,
        armed_rules=armed,
        shadow_rules=len(rules) - armed,
        waiting=int(waiting or 0),
        paused=paused,
    )
