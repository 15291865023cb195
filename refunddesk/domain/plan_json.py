"""A refund plan as JSON, so an intent row keeps exactly what was decided."""

from __future__ import annotations

from typing import Any

from refunddesk.domain.messages import from_stored, to_stored
from refunddesk.domain.money import Money
from refunddesk.domain.plans import PlannedLine, RefundPlan
from refunddesk.domain.refunds import SurchargeRefund


def _money(value: Money | None) -> dict[str, str] | None:
    return None if value is None else value.to_allegro()


def _parse(value: Any) -> Money | None:
    return None if value is None else Money.from_allegro(value)


def plan_to_json(plan: RefundPlan) -> dict[str, Any]:
    return {
        "currency": plan.currency,
        "lines": [
            {
                "line_item_id": pl.line_item_id,
                "offer_id": pl.offer_id,
                "name": pl.name,
                "value": pl.value.to_allegro(),
                "quantity": pl.quantity,
            }
            for pl in plan.lines
        ],
        "delivery": _money(plan.delivery),
        "additional_services": _money(plan.additional_services),
        "surcharges": [
            {"id": s.surcharge_id, "value": s.value.to_allegro()} for s in plan.surcharges
        ],
        "wanted": _money(plan.wanted),
        "notes": [to_stored(n) for n in plan.notes],
        "exceeds_remainder": plan.exceeds_remainder,
        "over_cap": plan.over_cap,
        "waiting_for": list(plan.waiting_for),
        "unmatched_items": list(plan.unmatched_items),
    }


def plan_from_json(data: dict[str, Any]) -> RefundPlan:
    return RefundPlan(
        currency=data["currency"],
        lines=tuple(
            PlannedLine(
                line_item_id=x["line_item_id"],
                offer_id=x.get("offer_id", ""),
                name=x.get("name", ""),
                value=Money.from_allegro(x["value"]),
                quantity=x.get("quantity"),
            )
            for x in data.get("lines", [])
        ),
        delivery=_parse(data.get("delivery")),
        additional_services=_parse(data.get("additional_services")),
        surcharges=tuple(
            SurchargeRefund(x["id"], Money.from_allegro(x["value"]))
            for x in data.get("surcharges", [])
        ),
        wanted=_parse(data.get("wanted")),
        notes=tuple(from_stored(n) for n in data.get("notes", [])),
        exceeds_remainder=bool(data.get("exceeds_remainder", False)),
        over_cap=bool(data.get("over_cap", False)),
        waiting_for=tuple(data.get("waiting_for", [])),
        unmatched_items=tuple(data.get("unmatched_items", [])),
    )
