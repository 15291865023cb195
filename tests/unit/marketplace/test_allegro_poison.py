"""Poisoned values from Allegro: each is one order's problem, naming the field and why."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from refunddesk.marketplace.allegro import mapping
from refunddesk.marketplace.base import MalformedResponse, PartlyUnreadable, UnreadableOrder
from tests.unit.marketplace import allegro_samples as s

Change = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Change:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


def _currency(path: list[Any], currency: str) -> Change:
    return _set([*path, "currency"], currency)


def _line_in_euro(form: dict[str, Any]) -> None:
    for key in ("price", "originalPrice"):
        form["lineItems"][1][key]["currency"] = "EUR"


INF, NAN = float("inf"), float("nan")

# (change, field at fault, words the reason must contain)
ORDER_POISON: list[tuple[Change, str, str]] = [
    (_set(["lineItems", 0, "quantity"], INF), "lineItems[0].quantity", "not a finite number"),
    (_set(["lineItems", 0, "quantity"], -INF), "lineItems[0].quantity", "not a finite number"),
    (_set(["lineItems", 0, "quantity"], NAN), "lineItems[0].quantity", "not a finite number"),
    (_set(["lineItems", 0, "quantity"], -1), "lineItems[0].quantity", "negative"),
    (_set(["lineItems", 0, "quantity"], 1e308), "lineItems[0].quantity", "absurdly large"),
    (_set(["lineItems", 0, "quantity"], 10**12), "lineItems[0].quantity", "absurdly large"),
    (
        _set(["lineItems", 0, "selectedAdditionalServices", 0, "quantity"], INF),
        "lineItems[0].selectedAdditionalServices[0].quantity",
        "not a finite number",
    ),
    (_set(["lineItems", 0, "price", "amount"], "NaN"), "lineItems[0].price", "amount"),
    (_set(["lineItems", 0, "price", "amount"], "Infinity"), "lineItems[0].price", "amount"),
    (_set(["lineItems", 0, "price", "amount"], "1e308"), "lineItems[0].price", "amount"),
    (_set(["lineItems", 0, "price", "amount"], 44.99), "lineItems[0].price", "decimal string"),
    (_set(["lineItems", 0, "price", "amount"], "-44.99"), "lineItems[0].price", "negative"),
    (
        _set(["summary", "totalToPay", "amount"], "99999999999999.99"),
        "summary.totalToPay",
        "absurd amount",
    ),
    (
        _set(["lineItems", 1, "quantity"], 999_999_999),  # 999999999 x 25.00 PLN
        "lineItems[1]",
        "line total is an absurd amount",
    ),
    (_set(["updatedAt"], "9999-12-31T23:59:59Z"), "updatedAt", "out of range"),
    (_set(["updatedAt"], "9999-12-31T23:00:00-05:00"), "updatedAt", "not an ISO date-time"),
    (_set(["lineItems", 0, "boughtAt"], "0001-01-01T00:00:00Z"), "lineItems[0].boughtAt", "range"),
    (_set(["delivery", "time", "dispatch", "to"], "soon"), "delivery.time.dispatch.to", "ISO"),
    (_line_in_euro, "lineItems[1].price", "EUR but the order is in PLN"),
    (_currency(["delivery", "cost"], "CZK"), "delivery.cost", "CZK but the order is in PLN"),
    (_currency(["payment", "paidAmount"], "EUR"), "payment.paidAmount", "EUR but the order"),
    (_currency(["surcharges", 0, "paidAmount"], "EUR"), "surcharges[0].paidAmount", "EUR"),
    (_currency(["lineItems", 0, "originalPrice"], "EUR"), "lineItems[0].originalPrice", "EUR"),
    (
        _currency(["lineItems", 0, "selectedAdditionalServices", 0, "price"], "EUR"),
        "lineItems[0].selectedAdditionalServices",
        "EUR but the line is in PLN",
    ),
    (_set(["lineItems", 0, "price", "currency"], 985), "lineItems[0].price", "currency"),
    (_set(["buyer"], "Jan"), "buyer", "expected an object"),
    (_set(["lineItems"], {"0": 1}), "lineItems", "expected a list"),
    (_set(["status"], ["READY_FOR_PROCESSING"]), "status", "expected a string"),
    (_set(["lineItems", 0, "id"], ""), "lineItems[0].id", "empty id"),
    (_set(["payment", "id"], "x" * 5000), "payment.id", "not a believable id"),
    (_set(["summary"], None), "summary", "missing"),
]


@pytest.mark.parametrize(("change", "field_path", "reason"), ORDER_POISON)
def test_a_poisoned_checkout_form_is_one_orders_problem(
    change: Change, field_path: str, reason: str
) -> None:
    form = s.checkout_form()
    change(form)
    with pytest.raises(UnreadableOrder) as caught:
        mapping.order_from_json(form)
    problem = caught.value
    assert problem.order_id == s.ORDER_ID
    assert problem.field_path == field_path
    assert reason in problem.reason
    assert isinstance(problem, MalformedResponse)  # callers that know only that still cope


def test_json_text_with_infinity_and_nan_is_refused_not_crashed_on() -> None:
    """Python's JSON reader accepts these words; the mapping must not."""
    for word in ("Infinity", "-Infinity", "NaN", "1e308"):
        text = json.dumps(s.checkout_form()).replace('"quantity": 2,', f'"quantity": {word},')
        with pytest.raises(UnreadableOrder, match=r"lineItems\[0\]\.quantity"):
            mapping.order_from_json(json.loads(text))


def test_an_order_without_a_readable_id_is_still_a_typed_problem() -> None:
    form = s.checkout_form(id=float("nan"))
    with pytest.raises(UnreadableOrder) as caught:
        mapping.order_from_json(form)
    assert caught.value.order_id == "" and caught.value.field_path == "id"


def test_a_poisoned_order_spoils_only_itself_in_a_page() -> None:
    forms = [s.checkout_form(id=f"o{i}") for i in range(3)]
    forms[1]["lineItems"][0]["quantity"] = NAN
    with pytest.raises(PartlyUnreadable) as caught:
        mapping.orders_page_from_json({"checkoutForms": forms, "totalCount": 3}, 0)
    assert [o.id for o in caught.value.readable.orders] == ["o0", "o2"]
    assert [p.order_id for p in caught.value.problems] == ["o1"]


@pytest.mark.parametrize("total", [INF, NAN, -5, 1e308, "many"])
def test_a_poisoned_total_count_does_not_stop_paging(total: Any) -> None:
    full = {"checkoutForms": [s.checkout_form(id=f"o{i}") for i in range(2)], "totalCount": total}
    assert mapping.orders_page_from_json(full, 10, limit=2).total_count > 12  # read on
    assert mapping.orders_page_from_json(full, 10, limit=5).total_count == 12  # the last page
    refunds, count = mapping.refunds_from_json({"refunds": [], "totalCount": total})
    assert (refunds, count) == ([], None)


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (_set(["occurredAt"], "9999-12-31T23:59:59Z"), "events[0].occurredAt"),
        (_set(["occurredAt"], 1e308), "events[0].occurredAt"),
        (_set(["id"], INF), "events[0].id"),
        (_set(["id"], -1), "events[0].id"),  # as a cursor, Allegro answers 422 for ever after
        (_set(["id"], "Infinity"), "events[0].id"),
        (_set(["order", "checkoutForm", "id"], ""), "events[0].order.checkoutForm.id"),
        (_set(["type"], None), "events[0].type"),
    ],
)
def test_a_poisoned_event_is_set_aside_with_its_order(change: Change, field_path: str) -> None:
    data = s.events()
    change(data["events"][0])
    with pytest.raises(PartlyUnreadable) as caught:
        mapping.events_from_json(data)
    (problem,) = caught.value.problems
    assert problem.field_path == field_path
    assert [e.id for e in caught.value.readable] == ["1532603898317498"]
    assert caught.value.last_id == "1532603898317498"
    if "checkoutForm" not in field_path:
        assert problem.order_id == s.ORDER_ID  # the order is re-read: decide from its state


@pytest.mark.parametrize("latest", [INF, "", None, ["1"], {"id": 1e308}, {"id": -1}])
def test_poisoned_event_stats_are_a_malformed_answer(latest: Any) -> None:
    stats = {"latestEvent": latest if not isinstance(latest, float) else {"id": latest}}
    if latest is None:
        assert mapping.latest_event_id_from_json(stats) is None
        return
    with pytest.raises(MalformedResponse):
        mapping.latest_event_id_from_json(stats)


@pytest.mark.parametrize(
    ("change", "field_path", "reason"),
    [
        (_set(["items", 0, "quantity"], NAN), "items[0].quantity", "not a finite number"),
        (_set(["items", 0, "quantity"], -3), "items[0].quantity", "negative"),
        (_set(["createdAt"], "9999-01-01T00:00:00Z"), "createdAt", "out of range"),
        (_set(["id"], ""), "id", "empty id"),
    ],
)
def test_a_poisoned_return_is_its_orders_problem(
    change: Change, field_path: str, reason: str
) -> None:
    ret = s.customer_return()
    change(ret)
    with pytest.raises(UnreadableOrder) as caught:
        mapping.return_from_json(ret)
    assert (caught.value.order_id, caught.value.subject) == (s.ORDER_ID, "return")
    assert caught.value.field_path == field_path and reason in caught.value.reason


def test_a_return_mixing_currencies_is_refused() -> None:
    ret = s.customer_return()
    second = {**ret["items"][0], "offerId": "2", "price": s.price("10.00", "EUR")}
    ret["items"].append(second)
    with pytest.raises(UnreadableOrder, match="EUR but the return is in PLN"):
        mapping.return_from_json(ret)


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (_set(["lineItems", 0, "quantity"], INF), "refunds[1].lineItems[0].quantity"),
        (_set(["lineItems", 0, "quantity"], 1e308), "refunds[1].lineItems[0].quantity"),
        (_set(["totalValue", "amount"], "NaN"), "refunds[1].totalValue"),
        (_currency(["delivery", "value"], "EUR"), "refunds[1].delivery.value"),
        (_set(["createdAt"], "9999-12-31T00:00:00Z"), "refunds[1].createdAt"),
    ],
)
def test_one_poisoned_refund_spoils_the_orders_refund_list(change: Change, field_path: str) -> None:
    """What is left to refund is counted from every refund: a list missing one overstates it."""
    bad = s.refund(id="r-bad")
    change(bad)
    with pytest.raises(UnreadableOrder) as caught:
        mapping.refunds_from_json({"refunds": [s.refund(), bad], "totalCount": 2})
    assert (caught.value.order_id, caught.value.subject_id) == (s.ORDER_ID, "r-bad")
    assert caught.value.field_path == field_path


def test_a_poisoned_parcel_is_its_orders_problem() -> None:
    data = {"shipments": [{"id": "s1", "createdAt": "9999-12-31T00:00:00Z"}]}
    with pytest.raises(UnreadableOrder) as caught:
        mapping.shipments_from_json(data, "order-7")
    assert (caught.value.order_id, caught.value.subject) == ("order-7", "shipment")
    assert caught.value.field_path == "shipments[0].createdAt"
