"""Backtest: replay the synced history of a period through a draft rule set, beside reality.

Every case of the period (cancellations, late orders, declared and delivered returns) is
decided again by the draft rules, in the order it happened, as if every rule were armed; a
refund the draft makes counts against the order's remainder for its later cases, so nothing
is refunded twice in the replay either. What actually happened is what RefundDesk recorded:
refunds SUCCEEDED or REFUNDED_BY_HAND are money moved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum

from refunddesk.automation.backtest_history import ActualIntent, HistoryCase, load_history
from refunddesk.automation.states import IntentState
from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.decisions import Decision, Outcome, evaluate
from refunddesk.domain.messages import Said
from refunddesk.domain.money import Money
from refunddesk.domain.plans import RefundPlan
from refunddesk.domain.refunds import PlatformRefund, PlatformRefundStatus, RefundLine
from refunddesk.domain.rule_book import RuleBook
from refunddesk.domain.rules import Mode, Rule
from refunddesk.store.database import Database

Progress = Callable[[int, int], None]  # (cases done, cases in all)
StopAsked = Callable[[], bool]

_MONEY_MOVED = frozenset({IntentState.SUCCEEDED, IntentState.REFUNDED_BY_HAND})
_IN_FLIGHT = frozenset(
    {
        IntentState.PLANNED,
        IntentState.SUBMITTING,
        IntentState.SUBMITTED,
        IntentState.UNCONFIRMED,
    }
)
_NEEDS_PERSON = frozenset({IntentState.HELD, IntentState.FAILED})


class Kind(StrEnum):
    REFUND = "REFUND"  # money moved (or, for the draft, would move)
    PENDING = "PENDING"  # actual only: decided and on its way, not final yet
    HOLD = "HOLD"  # waits for a person
    NONE = "NONE"  # nothing refunded


@dataclass(frozen=True, slots=True)
class CaseOutcome:
    kind: Kind
    amount: Money
    rule_name: str = ""
    state: str = ""  # the intent state (actual) or the decision outcome (draft)

    def same_as(self, other: CaseOutcome) -> bool:
        """Pending counts as the refund it is about to be."""
        mine = Kind.REFUND if self.kind is Kind.PENDING else self.kind
        theirs = Kind.REFUND if other.kind is Kind.PENDING else other.kind
        if mine != theirs:
            return False
        return mine is Kind.NONE or self.amount == other.amount


@dataclass(frozen=True, slots=True)
class CaseChange:
    """A case whose outcome the draft would change."""

    shop_id: int
    order_id: str
    trigger: Trigger
    scope: str
    detected_at: datetime
    buyer_login: str
    before: CaseOutcome  # what actually happened
    after: CaseOutcome  # what the draft would do
    why: Said  # the draft decision's last trace line


@dataclass
class Totals:
    """Counts and money (minor units per currency) of one side of the comparison."""

    refunds: int = 0
    refunded: dict[str, int] = field(default_factory=dict)
    holds: int = 0
    held: dict[str, int] = field(default_factory=dict)
    pending: int = 0
    nothing: int = 0

    def add(self, outcome: CaseOutcome) -> None:
        cur, minor = outcome.amount.currency, outcome.amount.minor
        if outcome.kind is Kind.REFUND:
            self.refunds += 1
            self.refunded[cur] = self.refunded.get(cur, 0) + minor
        elif outcome.kind is Kind.HOLD:
            self.holds += 1
            self.held[cur] = self.held.get(cur, 0) + minor
        elif outcome.kind is Kind.PENDING:
            self.pending += 1
        else:
            self.nothing += 1

    def refunded_money(self) -> list[Money]:
        return [Money(v, c) for c, v in sorted(self.refunded.items())]

    def held_money(self) -> list[Money]:
        return [Money(v, c) for c, v in sorted(self.held.items())]


@dataclass
class RuleTotals:
    rule_id: str
    rule_name: str
    shadow: bool  # the rule is in shadow mode: the backtest counts it as if armed
    totals: Totals = field(default_factory=Totals)


@dataclass(frozen=True)
class BacktestResult:
    since: datetime
    until: datetime
    cases: int  # cases found in the period
    done: int  # cases replayed (fewer when cancelled)
    cancelled: bool
    draft: Totals
    actual: Totals
    per_rule: tuple[RuleTotals, ...]
    changes: tuple[CaseChange, ...]


def actual_outcome(found: ActualIntent | None, currency: str) -> CaseOutcome:
    if found is None:
        return CaseOutcome(Kind.NONE, Money.zero(currency), state="")
    amount = Money(found.amount_minor, found.currency)
    state = found.state
    if state in _MONEY_MOVED:
        kind = Kind.REFUND
    elif state in _IN_FLIGHT:
        kind = Kind.PENDING
    elif state in _NEEDS_PERSON:
        kind = Kind.HOLD
    else:  # SHADOW, NO_ACTION, DISMISSED: no money moved
        kind, amount = Kind.NONE, Money.zero(found.currency)
    return CaseOutcome(kind, amount, found.rule_name, state)


def draft_outcome(decision: Decision, currency: str) -> CaseOutcome:
    plan = decision.plan
    amount = plan.total if plan is not None else Money.zero(currency)
    name = decision.rule.name if decision.rule else ""
    if decision.outcome in (Outcome.REFUND, Outcome.WAIT):
        return CaseOutcome(Kind.REFUND, amount, name, decision.outcome.value)
    if decision.outcome is Outcome.HOLD:
        return CaseOutcome(Kind.HOLD, amount, name, decision.outcome.value)
    return CaseOutcome(Kind.NONE, Money.zero(currency), name, decision.outcome.value)


def _as_refund(plan: RefundPlan, order_id: str, n: int) -> PlatformRefund:
    """The draft's refund as the platform would list it, for the order's later cases."""
    return PlatformRefund(
        id=f"backtest-{n}",
        payment_id="",
        order_id=order_id,
        status=PlatformRefundStatus.SUCCESS,
        total_value=plan.total,
        line_items=tuple(
            RefundLine(pl.line_item_id, quantity=pl.quantity)
            if pl.quantity is not None
            else RefundLine(pl.line_item_id, value=pl.value)
            for pl in plan.lines
        ),
        delivery=plan.delivery,
        additional_services=plan.additional_services,
        surcharges=plan.surcharges,
    )


def replay(
    rules: Sequence[Rule],
    history: Sequence[HistoryCase],
    *,
    since: datetime,
    until: datetime,
    progress: Progress | None = None,
    should_stop: StopAsked | None = None,
) -> BacktestResult:
    """Decide every case of ``history`` (oldest first) under ``rules``; pure, no database."""
    draft, actual = Totals(), Totals()
    per_rule = {r.id: RuleTotals(r.id, r.name, r.mode is Mode.SHADOW) for r in rules if r.enabled}
    changes: list[CaseChange] = []
    replayed: dict[tuple[int, str], list[PlatformRefund]] = {}
    book = RuleBook.of(rules)  # compiled once for every case of the replay
    total = len(history)
    step = max(1, total // 200)
    done = 0
    cancelled = False
    for hc in history:
        if should_stop is not None and should_stop():
            cancelled = True
            break
        order_key = (hc.shop_id, hc.key.order_id)
        earlier = replayed.get(order_key, [])
        case = hc.case
        if earlier:
            case = replace(case, platform_refunds=tuple(earlier))
        decision = evaluate(book, case, hc.key.detected_at, explain=False)
        cur = case.order.currency
        after = draft_outcome(decision, cur)
        before = actual_outcome(hc.actual, cur)
        draft.add(after)
        actual.add(before)
        if decision.rule is not None and decision.rule.id in per_rule:
            per_rule[decision.rule.id].totals.add(after)
        if after.kind is Kind.REFUND and decision.plan is not None:
            n = sum(len(v) for v in replayed.values())
            replayed.setdefault(order_key, []).append(_as_refund(decision.plan, hc.key.order_id, n))
        if not before.same_as(after):
            changes.append(
                CaseChange(
                    hc.shop_id,
                    hc.key.order_id,
                    hc.key.trigger,
                    hc.key.scope,
                    hc.key.detected_at,
                    case.order.buyer.login,
                    before,
                    after,
                    _why(book, case, hc.key.detected_at),
                )
            )
        done += 1
        if progress is not None and (done % step == 0 or done == total):
            progress(done, total)
    return BacktestResult(
        since=since,
        until=until,
        cases=total,
        done=done,
        cancelled=cancelled,
        draft=draft,
        actual=actual,
        per_rule=tuple(per_rule.values()),
        changes=tuple(changes),
    )


def _why(book: RuleBook, case: RefundCase, when: datetime) -> Said:
    """The last line of the decision's trace, built only for the cases the result lists."""
    trace = evaluate(book, case, when).trace
    return trace[-1] if trace else ""


def backtest(
    db: Database,
    rules: Sequence[Rule],
    days: int,
    now: datetime,
    *,
    progress: Progress | None = None,
    should_stop: StopAsked | None = None,
) -> BacktestResult:
    """Replay the last ``days`` days of synced history through ``rules`` (the draft)."""
    since, until = now - timedelta(days=days), now
    with db.sessions() as s:
        history = load_history(s, rules, since, until)
    if progress is not None:
        progress(0, len(history))
    return replay(
        rules, history, since=since, until=until, progress=progress, should_stop=should_stop
    )
