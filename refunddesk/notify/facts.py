"""What a buyer notice talks about, turned into a template context for one language."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Order
from refunddesk.domain.plan_json import plan_from_json
from refunddesk.domain.plans import PlannedLine
from refunddesk.notify.language import format_money, reason_phrase

# Every name a template may use; the editor offers these and validation checks against them.
CONTEXT_NAMES: tuple[str, ...] = (
    "order_id",
    "buyer_login",
    "buyer_first_name",
    "amount",
    "items",
    "items_more",
    "delivery_refunded",
    "shop_name",
    "reason",
)


@dataclass(frozen=True, slots=True)
class NoticeItem:
    name: str
    quantity: int
    amount: Money


@dataclass(frozen=True, slots=True)
class NoticeFacts:
    """The refund a notice announces, independent of the language it is written in."""

    order_id: str
    amount: Money
    items: tuple[NoticeItem, ...] = ()
    buyer_login: str = ""
    buyer_first_name: str = ""
    delivery_refunded: bool = False
    shop_name: str = ""
    trigger: str = ""

    def context(self, language: str, *, max_items: int | None = None) -> dict[str, Any]:
        """Plain values only (str, int, bool, dicts and lists of them): the sandbox's diet."""
        shown = self.items if max_items is None else self.items[:max_items]
        return {
            "order_id": self.order_id,
            "buyer_login": self.buyer_login,
            "buyer_first_name": self.buyer_first_name,
            "amount": format_money(self.amount, language),
            "items": [
                {
                    "name": item.name,
                    "quantity": item.quantity,
                    "amount": format_money(item.amount, language),
                }
                for item in shown
            ],
            "items_more": len(self.items) - len(shown),
            "delivery_refunded": self.delivery_refunded,
            "shop_name": self.shop_name,
            "reason": reason_phrase(self.trigger, language),
        }

    @classmethod
    def from_order(
        cls,
        order: Order,
        amount: Money,
        lines: Sequence[PlannedLine] = (),
        *,
        delivery_refunded: bool = False,
        trigger: str = "",
        shop_name: str = "",
    ) -> NoticeFacts:
        quantities = {li.id: li.quantity for li in order.line_items}
        return cls(
            order_id=order.id,
            amount=amount,
            items=items_from_lines(lines, quantities),
            buyer_login=order.buyer.login,
            buyer_first_name=order.buyer.first_name,
            delivery_refunded=delivery_refunded,
            shop_name=shop_name,
            trigger=trigger,
        )


def items_from_lines(
    lines: Sequence[PlannedLine], quantities: Mapping[str, int] | None = None
) -> tuple[NoticeItem, ...]:
    """Plan lines as the buyer sees them; an amount-only line shows the quantity bought."""
    quantities = quantities or {}
    return tuple(
        NoticeItem(
            name=line.name or line.offer_id,
            quantity=line.quantity or quantities.get(line.line_item_id, 1),
            amount=line.value,
        )
        for line in lines
    )


def plan_lines(plan: Any) -> tuple[tuple[PlannedLine, ...], bool]:
    """The lines of an intent's stored plan JSON and whether it refunds delivery."""
    if not isinstance(plan, dict) or "currency" not in plan:
        return (), False
    parsed = plan_from_json(plan)
    return parsed.lines, parsed.delivery is not None and not parsed.delivery.is_zero()


def sample_facts() -> NoticeFacts:
    """A typical refund, for checking a template before it is saved."""
    return NoticeFacts(
        order_id="29738e61-7f6a-11e8-ac45-09db60ede9d6",
        amount=Money(25_998, "PLN"),
        items=(
            NoticeItem("Kubek ceramiczny 350 ml", 2, Money(5_998, "PLN")),
            NoticeItem("Czajnik elektryczny 1,7 l", 1, Money(19_999, "PLN")),
        ),
        buyer_login="klient_testowy",
        buyer_first_name="Anna",
        delivery_refunded=True,
        shop_name="Sklep",
        trigger="BUYER_CANCELLED",
    )
