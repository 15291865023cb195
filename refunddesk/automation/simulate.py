"""Simulation: a made-up order and what happens to it, decided by the rules; nothing is sent."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from refunddesk.domain.cases import RETURN_TRIGGERS, PaymentKind, RefundCase, Trigger
from refunddesk.domain.decisions import Decision, Outcome, evaluate, late_since
from refunddesk.domain.money import Money
from refunddesk.domain.orders import (
    Buyer,
    FulfillmentStatus,
    LineItem,
    Order,
    OrderStatus,
    Payment,
)
from refunddesk.domain.remainder import Remainder, compute_remainder
from refunddesk.domain.returns import CustomerReturn, ReturnItem, ReturnStatus
from refunddesk.domain.rules import Rule
from refunddesk.domain.scenarios import SimOutcome, TestScenario
from refunddesk.notify.errors import TemplateProblem
from refunddesk.notify.templates import RenderedNotice, preview_notice

# Shaped like an Allegro order id: the buyer notice preview shows it as the buyer would see
# a real one, not a placeholder.
SIM_ORDER_ID = "5f3c2a10-7d4e-11ee-9c1a-2b8f0e6d4a71"
SIM_RETURN_ID = "simulated-return"
SIM_PAYMENT_ID = "simulated-payment"


@dataclass(frozen=True)
class SimulationResult:
    """The decision on a test case, the money behind it and the notice the buyer would read.

    Nothing was sent: no refund, no message.
    """

    scenario: TestScenario
    now: datetime
    case: RefundCase
    decision: Decision
    remainder: Remainder
    notice: RenderedNotice | None = None
    notice_problem: str = ""

    @property
    def refund_total(self) -> Money:
        plan = self.decision.plan
        return plan.total if plan is not None else Money.zero(self.scenario.currency)

    @property
    def moves_money(self) -> bool:
        """Whether the worker would send this refund by itself (armed rule, no hold)."""
        return self.decision.outcome in (Outcome.REFUND, Outcome.WAIT) and not self.decision.shadow

    def outcome(self) -> SimOutcome:
        rule = self.decision.rule
        return SimOutcome(
            outcome=self.decision.outcome.value,
            amount_minor=self.refund_total.minor,
            currency=self.refund_total.currency,
            rule_id=rule.id if rule else "",
            rule_name=rule.name if rule else "",
            shadow=self.decision.shadow,
        )


def build_order(scenario: TestScenario) -> Order:
    """The domain order the scenario describes, as sync would have stored it."""
    cur = scenario.currency
    lines = tuple(
        LineItem(
            id=f"line-{n}",
            offer_id=item.offer_id or f"typed-{n}",
            offer_name=item.name,
            quantity=item.quantity,
            price=item.price,
            external_id=item.sku,
            bought_at=scenario.bought_at,
        )
        for n, item in enumerate(scenario.items, start=1)
    )
    total = sum((li.total for li in lines), Money.zero(cur))
    if scenario.delivery_cost is not None:
        total = total + scenario.delivery_cost
    cod = scenario.is_cash_on_delivery
    paid = scenario.paid_at is not None and not cod
    allegro_pay = scenario.payment_type == PaymentKind.ALLEGRO_PAY
    payment = Payment(
        id=SIM_PAYMENT_ID,
        type=PaymentKind.ONLINE if allegro_pay else scenario.payment_type,
        provider="OFFLINE" if cod else "PAYU",
        paid_amount=total if paid else None,
        finished_at=scenario.paid_at if paid else None,
        features=("ALLEGRO_PAY",) if allegro_pay else (),
    )
    if scenario.trigger is Trigger.BUYER_CANCELLED:
        status = OrderStatus.CANCELLED
    elif paid or cod:
        status = OrderStatus.READY_FOR_PROCESSING
    else:
        status = OrderStatus.FILLED_IN
    returned = scenario.trigger in RETURN_TRIGGERS
    return Order(
        id=SIM_ORDER_ID,
        revision="1",
        status=status,
        buyer=Buyer(
            id="simulated-buyer",
            login=scenario.buyer_login,
            first_name=scenario.buyer_first_name,
            language=scenario.buyer_language,
        ),
        line_items=lines,
        currency=cur,
        payment=payment,
        fulfillment_status=FulfillmentStatus.SENT if returned else FulfillmentStatus.NEW,
        line_items_sent="ALL" if returned else "NONE",
        delivery_cost=scenario.delivery_cost,
        dispatch_deadline=scenario.dispatch_deadline,
        total_to_pay=total,
        bought_at=scenario.bought_at,
        updated_at=scenario.happens_at,
    )


def build_return(scenario: TestScenario, order: Order) -> CustomerReturn | None:
    if scenario.trigger not in RETURN_TRIGGERS:
        return None
    items = []
    for chosen in scenario.returned:
        if not 0 <= chosen.item < len(order.line_items) or chosen.quantity <= 0:
            continue
        line = order.line_items[chosen.item]
        items.append(
            ReturnItem(
                offer_id=line.offer_id,
                quantity=chosen.quantity,
                name=line.offer_name,
                price=line.price,
                reason=scenario.return_reason,
            )
        )
    delivered = scenario.trigger is Trigger.RETURN_DELIVERED
    return CustomerReturn(
        id=SIM_RETURN_ID,
        order_id=order.id,
        status=ReturnStatus.DELIVERED if delivered else ReturnStatus.CREATED,
        created_at=scenario.bought_at + scenario.after,
        items=tuple(items),
        buyer_login=scenario.buyer_login,
    )


def build_case(
    scenario: TestScenario,
    rules: Sequence[Rule] = (),
    product_groups: Mapping[str, frozenset[str]] | None = None,
) -> tuple[RefundCase, datetime]:
    """The refund case and the moment the rules look at it."""
    order = build_order(scenario)
    now = scenario.happens_at
    case = RefundCase(
        trigger=scenario.trigger,
        order=order,
        detected_at=now,
        customer_return=build_return(scenario, order),
        buyer_order_count=max(1, scenario.buyer_orders),
        product_groups=dict(product_groups or {}),
        shipped=scenario.trigger in RETURN_TRIGGERS,
    )
    if scenario.trigger is Trigger.NOT_SENT_IN_TIME:
        since = late_since(rules, case, now)
        if since is not None:
            case = replace(case, detected_at=since)
    return case, now


def simulate(
    rules: Sequence[Rule],
    scenario: TestScenario,
    now: datetime | None = None,
    *,
    product_groups: Mapping[str, frozenset[str]] | None = None,
    shop_name: str = "",
) -> SimulationResult:
    """Decide the scenario under ``rules`` exactly as the worker would; nothing is sent.

    ``now`` defaults to the moment the scenario's event happens; pass a later one to see what
    a rule's delay or a days-since-purchase condition does later on.
    """
    case, happened = build_case(scenario, rules, product_groups)
    when = now if now is not None else happened
    decision = evaluate(rules, case, when)
    remainder = compute_remainder(
        case.order, case.platform_refunds, cod_collected=case.cod_collected
    )
    notice, problem = _notice(decision, case, shop_name)
    return SimulationResult(
        scenario=scenario,
        now=when,
        case=case,
        decision=decision,
        remainder=remainder,
        notice=notice,
        notice_problem=problem,
    )


def _notice(
    decision: Decision, case: RefundCase, shop_name: str
) -> tuple[RenderedNotice | None, str]:
    """The buyer notice exactly as it would be sent once the refund is confirmed."""
    plan = decision.plan
    if decision.notice_template is None or plan is None or plan.is_empty:
        return None, ""
    try:
        notice = preview_notice(
            decision.notice_template,
            "",
            case.order,
            plan.total,
            plan.lines,
            delivery_refunded=plan.delivery is not None and not plan.delivery.is_zero(),
            trigger=case.trigger.value,
            shop_name=shop_name,
        )
    except TemplateProblem as exc:
        return None, str(exc)
    return notice, ""


# -- saving scenarios ---------------------------------------------------------------------------
