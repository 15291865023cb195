"""Evaluate the ordered rule list against a refund case: the decision, its plan and a trace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum

from refunddesk.domain import conditions
from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.plans import RefundPlan, plan_refund
from refunddesk.domain.rule_book import RuleBook
from refunddesk.domain.rules import Mode, Rule


class HoldReason(StrEnum):
    """Why a refund waits for a person instead of going out."""

    OVER_CAP = "OVER_CAP"
    CASH_ON_DELIVERY = "CASH_ON_DELIVERY"
    RULE_SAYS_REVIEW = "RULE_SAYS_REVIEW"
    ALREADY_REFUNDED_ELSEWHERE = "ALREADY_REFUNDED_ELSEWHERE"
    RETURN_MISMATCH = "RETURN_MISMATCH"
    NO_CAP_FOR_CURRENCY = "NO_CAP_FOR_CURRENCY"
    BACKLOG = "BACKLOG"  # found when the shop was connected; the merchant chose "ask"


HOLD_TEXT: dict[HoldReason, str] = {
    HoldReason.OVER_CAP: "the refund is above the rule's cap",
    HoldReason.CASH_ON_DELIVERY: "cash on delivery cannot be refunded through Allegro: "
    "transfer the money to the buyer's bank account",
    HoldReason.RULE_SAYS_REVIEW: "the rule asks for your approval",
    HoldReason.ALREADY_REFUNDED_ELSEWHERE: "part of it was already refunded elsewhere",
    HoldReason.RETURN_MISMATCH: "the return lists items that are not in the order",
    HoldReason.NO_CAP_FOR_CURRENCY: "the rule has caps, but none for this order's currency",
    HoldReason.BACKLOG: "found when the shop was connected: approve to refund it",
}


class Outcome(StrEnum):
    NO_RULE = "NO_RULE"  # no rule decided; nothing happens
    NOTHING_TO_REFUND = "NOTHING_TO_REFUND"  # a rule decided, but nothing is left to refund
    HOLD = "HOLD"  # refund held for a person
    WAIT = "WAIT"  # a pending refund on the same line must finish first
    REFUND = "REFUND"  # refund (at or after ``not_before``; shadow rules only record it)


@dataclass(frozen=True, slots=True)
class RuleRef:
    """The rule version that made a decision."""

    id: str
    version: int
    name: str


@dataclass(frozen=True, slots=True)
class Decision:
    """What the rules decided for one case, and why (``trace``: one plain sentence per rule)."""

    outcome: Outcome
    trace: tuple[str, ...]
    rule: RuleRef | None = None
    shadow: bool = False  # the deciding rule only records what it would do
    plan: RefundPlan | None = None
    hold_reasons: tuple[HoldReason, ...] = ()
    not_before: datetime | None = None
    reason: str = ""  # Allegro's refund reason code
    seller_comment: str = ""
    notice_template: str | None = None  # None: do not notify the buyer
    mark_cancelled: bool = False
    claim_commission: bool = False

    def is_due(self, now: datetime) -> bool:
        return self.not_before is None or now >= self.not_before


def evaluate(
    rules: Sequence[Rule] | RuleBook, case: RefundCase, now: datetime, *, explain: bool = True
) -> Decision:
    """The first enabled rule whose trigger and every condition match decides the case.

    With ``explain`` the decision carries its trace, a plain sentence for every rule. Without
    it the trace is empty and the compiled rule book decides (pass one RuleBook for many
    cases); the decision is otherwise the same.
    """
    problem = case.precondition_problem()
    if problem is not None:
        return Decision(Outcome.NO_RULE, (f"No rule applies: {problem}.",) if explain else ())
    if explain:
        return _explained(rules.rules if isinstance(rules, RuleBook) else rules, case, now)
    book = RuleBook.of(rules)
    index = book.first_match(case, now)
    if index is None:
        return Decision(Outcome.NO_RULE, ())
    return _decide(book.rules[index], "", case, None)


def _explained(rules: Sequence[Rule], case: RefundCase, now: datetime) -> Decision:
    """The reference evaluation: every rule in turn, each saying why it skipped or decided."""
    trace: list[str] = []
    for number, rule in enumerate(rules, start=1):
        label = f"rule {number} '{rule.name}'"
        skip = _skip_reason(rule, case, now)
        if skip is not None:
            trace.append(f"{label} skipped: {skip}")
            continue
        trace.append(f"{label} matches")
        decision = _decide(rule, label, case, trace)
        # First match wins: say so for every rule below it, so no one wonders why it was silent.
        later = [
            f"rule {n} '{r.name}' not reached: rule {number} decided first"
            for n, r in enumerate(rules[number:], start=number + 1)
        ]
        return replace(decision, trace=(*decision.trace, *later))
    trace.append("No rule matched, so nothing is refunded automatically.")
    return Decision(Outcome.NO_RULE, tuple(trace))


def _skip_reason(rule: Rule, case: RefundCase, now: datetime) -> str | None:
    if not rule.enabled:
        return "it is turned off"
    if rule.trigger is not case.trigger:
        return f"it is for {TRIGGER_PHRASES[rule.trigger]}, this is {TRIGGER_PHRASES[case.trigger]}"
    # A cap in another currency is no reason to skip: a missing cap holds (see _decide).
    m = rule.action.deduction
    if m is not None and m.currency != case.order.currency:
        return f"the order is in {case.order.currency}, the rule's deduction is in {m.currency}"
    if rule.trigger is Trigger.NOT_SENT_IN_TIME:
        late = _lateness(rule, case, now)
        if late is not None:
            return late
    return conditions.check(rule.conditions, case, now)


TRIGGER_PHRASES: dict[Trigger, str] = {
    Trigger.BUYER_CANCELLED: "cancelled orders",
    Trigger.NOT_SENT_IN_TIME: "orders not sent in time",
    Trigger.RETURN_DELIVERED: "delivered returns",
    Trigger.RETURN_DECLARED: "declared returns",
}


def deadline(rule: Rule, case: RefundCase) -> datetime | None:
    """When a not-sent order becomes late under ``rule``: dispatch deadline (or paid time plus
    the handling time) plus the grace period; None when the order gives no time to count from."""
    order = case.order
    if order.dispatch_deadline is not None:
        base = order.dispatch_deadline
    else:
        paid = order.payment.finished_at if order.payment is not None else None
        paid = paid or conditions.purchased_at(order)
        if paid is None:
            return None
        base = paid + rule.handling_time
    return base + rule.grace


def late_since(rules: Sequence[Rule], case: RefundCase, now: datetime) -> datetime | None:
    """When the first enabled late-order rule considered the order late, if that has passed.

    A late-order case is dated from this moment, so a rule's delay counts from it too.
    """
    dues = [
        due
        for rule in rules
        if rule.enabled and rule.trigger is Trigger.NOT_SENT_IN_TIME
        if (due := deadline(rule, case)) is not None and now >= due
    ]
    return min(dues) if dues else None


def _lateness(rule: Rule, case: RefundCase, now: datetime) -> str | None:
    due = deadline(rule, case)
    if due is None:
        return "the order has no dispatch deadline and no payment time to count from"
    if now < due:
        return f"not late yet: it is late from {format_time(due)}"
    return None


def format_time(moment: datetime) -> str:
    text = moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.utcoffset()
    if offset == timedelta(0):
        return f"{text} UTC"
    return text if offset is None else f"{text} {moment.strftime('%z')}"


def _decide(rule: Rule, label: str, case: RefundCase, trace: list[str] | None) -> Decision:
    """The matching rule's decision; ``trace`` None: no sentences (nor their formatting)."""
    said: list[str] = [] if trace is None else trace
    action = rule.action
    currency = case.order.currency
    cap = rule.cap_for(currency)
    plan = plan_refund(
        case.order,
        action,
        customer_return=case.customer_return,
        platform_refunds=case.platform_refunds,
        cap=cap,
        over_cap=rule.over_cap,
        cod_collected=case.cod_collected,
    )
    holds: list[HoldReason] = []
    if plan.exceeds_remainder:
        holds.append(HoldReason.ALREADY_REFUNDED_ELSEWHERE)
    if plan.unmatched_items:
        holds.append(HoldReason.RETURN_MISMATCH)
    if not plan.is_empty:
        if rule.has_caps and cap is None:
            holds.append(HoldReason.NO_CAP_FOR_CURRENCY)
        if plan.over_cap:
            holds.append(HoldReason.OVER_CAP)
        if case.is_cash_on_delivery:
            holds.append(HoldReason.CASH_ON_DELIVERY)
        if action.require_review:
            holds.append(HoldReason.RULE_SAYS_REVIEW)
    shadow = rule.mode is Mode.SHADOW
    explain = trace is not None
    if holds and shadow:
        # Holds ask a person to approve money; a shadow rule moves none, so it records
        # what would have happened and never lands on the Review screen.
        if explain:
            said.append(f"Would be held if armed: {'; '.join(HOLD_TEXT[h] for h in holds)}.")
        holds = []
        outcome = Outcome.NOTHING_TO_REFUND if plan.is_empty else Outcome.REFUND
    elif holds:
        outcome = Outcome.HOLD
        if explain:
            said.append(f"Held for approval: {'; '.join(HOLD_TEXT[h] for h in holds)}.")
    elif plan.is_empty:
        outcome = Outcome.NOTHING_TO_REFUND
        said.append("Nothing is left to refund.")
    elif plan.waiting_for:
        outcome = Outcome.WAIT
        said.append("Waiting for a pending refund on the same item to finish.")
    else:
        outcome = Outcome.REFUND
        if explain:
            said.append(f"{'Would refund' if shadow else 'Refund'} {plan.total}.")
    if shadow and explain:
        said.append(f"{label[0].upper()}{label[1:]} is in shadow mode: no money is moved.")
    return Decision(
        outcome=outcome,
        trace=tuple(said) if explain else (),
        rule=RuleRef(rule.id, rule.version, rule.name),
        shadow=shadow,
        plan=plan,
        hold_reasons=tuple(holds),
        not_before=case.detected_at + rule.delay if rule.delay else None,
        reason=rule.reason,
        seller_comment=action.seller_comment,
        notice_template=action.notice_template if action.notify_buyer else None,
        mark_cancelled=action.mark_cancelled,
        claim_commission=action.claim_commission,
    )
