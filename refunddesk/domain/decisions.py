"""Evaluate the ordered rule list against a refund case: the decision, its plan and a trace."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from refunddesk.domain import conditions
from refunddesk.domain.cases import RefundCase, Trigger
from refunddesk.domain.messages import Message, msg
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


def hold_text(reason: HoldReason) -> Message:
    """Why a refund is held, in words (``hold.OVER_CAP`` … in the message catalogues)."""
    return msg(f"hold.{reason.value}")


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
    """What the rules decided for one case, and why (``trace``: one message per rule)."""

    outcome: Outcome
    trace: tuple[Message, ...]
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
        return Decision(
            Outcome.NO_RULE, (msg("trace.no_rule_applies", why=problem),) if explain else ()
        )
    if explain:
        return _explained(rules.rules if isinstance(rules, RuleBook) else rules, case, now)
    book = RuleBook.of(rules)
    index = book.first_match(case, now)
    if index is None:
        return Decision(Outcome.NO_RULE, ())
    return _decide(book.rules[index], index + 1, case, None)


def _explained(rules: Sequence[Rule], case: RefundCase, now: datetime) -> Decision:
    """The reference evaluation: every rule in turn, each saying why it skipped or decided."""
    trace: list[Message] = []
    for number, rule in enumerate(rules, start=1):
        skip = _skip_reason(rule, case, now)
        if skip is not None:
            trace.append(msg("trace.rule_skipped", number=number, rule=rule.name, why=skip))
            continue
        trace.append(msg("trace.rule_matches", number=number, rule=rule.name))
        decision = _decide(rule, number, case, trace)
        # First match wins: say so for every rule below it, so no one wonders why it was silent.
        later = [
            msg("trace.rule_not_reached", number=n, rule=r.name, decided=number)
            for n, r in enumerate(rules[number:], start=number + 1)
        ]
        return replace(decision, trace=(*decision.trace, *later))
    trace.append(msg("trace.no_rule_matched"))
    return Decision(Outcome.NO_RULE, tuple(trace))


def _skip_reason(rule: Rule, case: RefundCase, now: datetime) -> Message | None:
    if not rule.enabled:
        return msg("skip.turned_off")
    if rule.trigger is not case.trigger:
        return msg(
            "skip.other_trigger",
            rule_for=trigger_words(rule.trigger),
            case=trigger_words(case.trigger),
        )
    # A cap in another currency is no reason to skip: a missing cap holds (see _decide).
    m = rule.action.deduction
    if m is not None and m.currency != case.order.currency:
        return msg(
            "skip.deduction_currency", currency=case.order.currency, rule_currency=m.currency
        )
    if rule.trigger is Trigger.NOT_SENT_IN_TIME:
        late = _lateness(rule, case, now)
        if late is not None:
            return late
    return conditions.check(rule.conditions, case, now)


def trigger_words(trigger: Trigger) -> Message:
    """What a trigger covers, e.g. "cancelled orders" (``trigger.*`` in the catalogues)."""
    return msg(f"trigger.{trigger.value}")


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


def _lateness(rule: Rule, case: RefundCase, now: datetime) -> Message | None:
    due = deadline(rule, case)
    if due is None:
        return msg("skip.no_deadline")
    if now < due:
        return msg("skip.not_late_yet", late_from=due)
    return None


def _decide(rule: Rule, number: int, case: RefundCase, trace: list[Message] | None) -> Decision:
    """The matching rule's decision; ``trace`` None: no messages (nor their values)."""
    said: list[Message] = [] if trace is None else trace
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
    empty = plan.is_empty  # (a sum of the plan's parts: once)
    holds: list[HoldReason] = []
    if plan.exceeds_remainder:
        holds.append(HoldReason.ALREADY_REFUNDED_ELSEWHERE)
    if plan.unmatched_items:
        holds.append(HoldReason.RETURN_MISMATCH)
    if not empty:
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
            said.append(msg("trace.would_hold", reasons=tuple(hold_text(h) for h in holds)))
        holds = []
        outcome = Outcome.NOTHING_TO_REFUND if empty else Outcome.REFUND
    elif holds:
        outcome = Outcome.HOLD
        if explain:
            said.append(msg("trace.held", reasons=tuple(hold_text(h) for h in holds)))
    elif empty:
        outcome = Outcome.NOTHING_TO_REFUND
        said.append(msg("trace.nothing_left"))
    elif plan.waiting_for:
        outcome = Outcome.WAIT
        said.append(msg("trace.waiting"))
    else:
        outcome = Outcome.REFUND
        if explain:
            said.append(msg("trace.would_refund" if shadow else "trace.refund", total=plan.total))
    if shadow and explain:
        said.append(msg("trace.shadow", number=number, rule=rule.name))
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
