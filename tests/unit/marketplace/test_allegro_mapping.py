"""Allegro JSON into domain objects and back: values, leniency, and errors that name the field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from refunddesk.domain.money import Money
from refunddesk.domain.refunds import RefundLine, RefundRequest, SurchargeRefund
from refunddesk.marketplace.allegro import mapping
from refunddesk.marketplace.base import MalformedResponse, PartlyUnreadable
from tests.unit.marketplace import allegro_samples as s


def pln(minor: int) -> Money:
    return Money(minor, "PLN")


def test_checkout_form_maps_what_refunds_need() -> None:
    order = mapping.order_from_json(s.checkout_form())

    assert order.id == s.ORDER_ID
    assert order.revision == "819b5836"
    assert order.status == "READY_FOR_PROCESSING"
    assert order.currency == "PLN"
    assert order.buyer.login == "Kupujacy_Jan"
    assert order.buyer.language == "pl-PL"
    assert order.payment is not None
    assert order.payment.id == s.PAYMENT_ID
    assert order.payment.paid_amount == pln(14397)
    assert order.payment.is_allegro_pay
    assert order.payment.finished_at == datetime(2026, 5, 1, 8, 0, 2, tzinfo=UTC)
    assert [p.id for p in order.surcharges] == [s.SURCHARGE_ID]
    assert order.paid_total == pln(15397)
    first, second = order.line_items
    assert (first.id, first.quantity, first.price, first.original_price) == (
        s.LINE_1,
        2,
        pln(4499),
        pln(4999),
    )
    assert first.external_id == "KUB-300-RED"
    assert first.additional_services == pln(1000)  # 2 x 5.00
    assert second.quantity == 1 and second.external_id == ""
    assert order.fulfillment_status == "PROCESSING"
    assert order.line_items_sent == "NONE"
    assert order.delivery_method == "Allegro Paczkomaty"
    assert order.delivery_cost == pln(999)
    # +02:00 converted: the deadline is 12:00 UTC, not 14:00.
    assert order.dispatch_deadline == datetime(2026, 5, 2, 12, 0, tzinfo=UTC)
    assert order.total_to_pay == pln(14397)
    assert order.bought_at == datetime(2026, 5, 1, 9, 57, tzinfo=UTC)
    assert order.updated_at == datetime(2026, 5, 1, 10, 15, 30, 133000, tzinfo=UTC)


def test_minimal_checkout_form_uses_defaults() -> None:
    form = s.checkout_form(surcharges=[])
    for key in ("payment", "fulfillment", "delivery", "marketplace", "updatedAt", "revision"):
        del form[key]
    order = mapping.order_from_json(form)
    assert order.payment is None and not order.is_paid
    assert order.fulfillment_status == "NEW"
    assert order.dispatch_deadline is None
    assert order.marketplace_id == "allegro-pl"


def test_cash_on_delivery_is_recognised() -> None:
    form = s.checkout_form()
    form["payment"]["type"] = "CASH_ON_DELIVERY"
    form["payment"]["provider"] = "OFFLINE"
    order = mapping.order_from_json(form)
    assert order.payment is not None and order.payment.is_cash_on_delivery


def _drop(path: list[Any]) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        del target[path[-1]]

    return change


def _set(path: list[Any], value: Any) -> Callable[[dict[str, Any]], None]:
    def change(data: dict[str, Any]) -> None:
        target: Any = data
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return change


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (_drop(["id"]), "id"),
        (_drop(["buyer"]), "buyer"),
        (_drop(["buyer", "id"]), "buyer.id"),
        (_drop(["status"]), "status"),
        (_drop(["lineItems"]), "lineItems"),
        (_set(["lineItems"], {"0": 1}), "lineItems"),
        (_drop(["lineItems", 0, "price"]), "lineItems[0].price"),
        (_drop(["lineItems", 1, "offer", "id"]), "lineItems[1].offer.id"),
        (_set(["lineItems", 0, "price", "amount"], 44.99), "lineItems[0].price"),
        (_set(["lineItems", 0, "price", "amount"], "44.999"), "lineItems[0].price"),
        (_set(["lineItems", 0, "quantity"], 1.5), "lineItems[0].quantity"),
        (_set(["lineItems", 0, "quantity"], "2"), "lineItems[0].quantity"),
        (
            _drop(["lineItems", 0, "selectedAdditionalServices", 0, "price"]),
            "lineItems[0].selectedAdditionalServices[0].price",
        ),
        (_drop(["summary"]), "summary"),
        (_drop(["summary", "totalToPay"]), "summary.totalToPay"),
        (_drop(["payment", "id"]), "payment.id"),
        (_set(["payment", "paidAmount"], "143.97"), "payment.paidAmount"),
        (_drop(["surcharges", 0, "type"]), "surcharges[0].type"),
        (_set(["updatedAt"], "yesterday"), "updatedAt"),
        (
            _set(["delivery", "time", "dispatch", "to"], "2026-13-01T00:00:00Z"),
            "delivery.time.dispatch.to",
        ),
    ],
)
def test_malformed_checkout_form_names_the_field(
    change: Callable[[dict[str, Any]], None], field_path: str
) -> None:
    form = s.checkout_form()
    change(form)
    with pytest.raises(MalformedResponse) as caught:
        mapping.order_from_json(form)
    assert caught.value.field_path == field_path
    assert field_path in str(caught.value)


def test_unreadable_order_in_a_page_is_set_aside_and_the_others_are_read() -> None:
    forms = [s.checkout_form(id=f"order-{i}") for i in range(4)]
    del forms[3]["lineItems"][0]["price"]
    with pytest.raises(PartlyUnreadable) as caught:
        mapping.orders_page_from_json({"checkoutForms": forms, "count": 4, "totalCount": 9}, 0)
    page = caught.value.readable
    assert [o.id for o in page.orders] == ["order-0", "order-1", "order-2"]
    assert (page.total_count, caught.value.count) == (9, 4)
    (problem,) = caught.value.problems
    assert problem.order_id == "order-3"
    assert problem.field_path == "checkoutForms[3].lineItems[0].price"


def test_an_order_without_a_readable_id_is_known_by_its_place_in_the_history() -> None:
    forms = [s.checkout_form(id="order-0"), s.checkout_form(id="")]
    with pytest.raises(PartlyUnreadable) as caught:
        mapping.orders_page_from_json({"checkoutForms": forms, "totalCount": 2}, offset=200)
    (problem,) = caught.value.problems
    assert (problem.order_id, problem.subject, problem.subject_id) == ("", "history", "201")


def test_orders_page_keeps_total_count() -> None:
    page = mapping.orders_page_from_json(
        {"checkoutForms": [s.checkout_form()], "count": 1, "totalCount": 7}, offset=100
    )
    assert page.total_count == 7 and page.offset == 100 and len(page.orders) == 1


def test_not_an_object_at_all() -> None:
    with pytest.raises(MalformedResponse) as caught:
        mapping.order_from_json(["not", "a", "form"])
    assert caught.value.field_path == "(body)"


def test_events_keep_unknown_types_and_read_the_order_id() -> None:
    events = mapping.events_from_json(s.events())
    assert [(e.id, e.type, e.order_id) for e in events] == [
        ("1532603898317497", "BUYER_CANCELLED", s.ORDER_ID),
        ("1532603898317498", "SOMETHING_NEW", s.ORDER_ID),
    ]
    assert events[0].revision == "819b5836" and events[1].revision == ""
    assert events[0].occurred_at == datetime(2026, 5, 1, 10, 12, 32, 321000, tzinfo=UTC)


def test_event_without_checkout_form_id_is_set_aside_naming_the_field() -> None:
    data = s.events()
    del data["events"][0]["order"]["checkoutForm"]["id"]
    with pytest.raises(PartlyUnreadable) as caught:
        mapping.events_from_json(data)
    (problem,) = caught.value.problems
    assert problem.field_path == "events[0].order.checkoutForm.id"
    assert (problem.subject, problem.subject_id, problem.order_id) == (
        "event",
        "1532603898317497",
        "",
    )
    assert [e.id for e in caught.value.readable] == ["1532603898317498"]
    assert caught.value.last_id == "1532603898317498"  # the cursor still moves past both


def test_event_stats() -> None:
    stats = {"latestEvent": {"id": "1532603898317499", "occurredAt": "2026-05-01T10:00:00Z"}}
    assert mapping.latest_event_id_from_json(stats) == "1532603898317499"
    assert mapping.latest_event_id_from_json({}) is None


def test_refund_details_map_every_component() -> None:
    refund = mapping.refund_from_json(s.refund())
    assert refund.id == s.REFUND_ID
    assert (refund.payment_id, refund.order_id) == (s.PAYMENT_ID, s.ORDER_ID)
    assert refund.status == "SUCCESS" and refund.moved_money
    assert refund.total_value == pln(6498)
    assert refund.created_at == datetime(2026, 5, 6, 6, 36, 57, 292000, tzinfo=UTC)
    assert refund.line_items == (
        RefundLine(s.LINE_1, quantity=1),
        RefundLine(s.LINE_2, value=pln(1000)),
    )
    assert refund.delivery == pln(999)
    assert refund.additional_services == pln(0)
    assert refund.surcharges == (SurchargeRefund(s.SURCHARGE_ID, pln(0)),)
    assert refund.seller_comment == "Zwrot za kubek"


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (_drop(["totalValue"]), "refunds[1].totalValue"),
        (_drop(["payment", "id"]), "refunds[1].payment.id"),
        (_drop(["status"]), "refunds[1].status"),
        (_drop(["lineItems", 1, "value"]), "refunds[1].lineItems[1].value"),
        (_drop(["lineItems", 0, "quantity"]), "refunds[1].lineItems[0].quantity"),
        (_set(["delivery", "value", "currency"], "zł"), "refunds[1].delivery.value"),
    ],
)
def test_malformed_refund_in_a_list_names_the_field(
    change: Callable[[dict[str, Any]], None], field_path: str
) -> None:
    bad = s.refund()
    change(bad)
    with pytest.raises(MalformedResponse) as caught:
        mapping.refunds_from_json({"refunds": [s.refund(), bad], "count": 2, "totalCount": 2})
    assert caught.value.field_path == field_path


def test_customer_return_maps_items_bank_account_and_status() -> None:
    ret = mapping.return_from_json(s.customer_return())
    assert (ret.id, ret.order_id, ret.status) == (s.RETURN_ID, s.ORDER_ID, "DELIVERED")
    assert ret.is_delivered and not ret.is_final
    assert ret.created_at == datetime(2026, 5, 7, 9, 36, 57, tzinfo=UTC)
    assert ret.reference_number == "1234/Z04A"
    (item,) = ret.items
    assert (item.offer_id, item.quantity, item.price, item.reason) == (
        "7678887152",
        1,
        pln(4499),
        "DAMAGED",
    )
    assert item.user_comment == "Pęknięty uchwyt"
    assert ret.bank_account is not None
    assert ret.bank_account.iban == "PL61109010140000071219812874"
    assert ret.rejection_code == ""


def test_return_with_a_new_status_and_rejection_is_kept() -> None:
    ret = mapping.return_from_json(
        s.customer_return(
            status="SOMETHING_ALLEGRO_ADDED",
            refund=None,
            rejection={"code": "REFUND_REJECTED", "reason": "Uszkodzony"},
        )
    )
    assert ret.status == "SOMETHING_ALLEGRO_ADDED"
    assert ret.bank_account is None
    assert ret.rejection_code == "REFUND_REJECTED"


@pytest.mark.parametrize(
    ("change", "field_path"),
    [
        (_drop(["items", 0, "offerId"]), "customerReturns[0].items[0].offerId"),
        (_drop(["createdAt"]), "customerReturns[0].createdAt"),
        (_drop(["orderId"]), "customerReturns[0].orderId"),
        (
            _set(["items", 0, "price"], {"amount": 44.99, "currency": "PLN"}),
            "customerReturns[0].items[0].price",
        ),
    ],
)
def test_malformed_return_names_the_field(
    change: Callable[[dict[str, Any]], None], field_path: str
) -> None:
    bad = s.customer_return()
    change(bad)
    good = s.customer_return(id="r-good")
    with pytest.raises(PartlyUnreadable) as caught:
        mapping.returns_from_json({"count": 2, "customerReturns": [bad, good]})
    (problem,) = caught.value.problems
    assert problem.field_path == field_path
    assert problem.subject_id == s.RETURN_ID
    assert [r.id for r in caught.value.readable] == ["r-good"]
    assert caught.value.last_id == "r-good"


def test_refund_request_becomes_an_initialize_refund_body() -> None:
    request = RefundRequest(
        command_id="14e142cf-e8e0-48cc-bcf6-399b5fd90b32",
        payment_id=s.PAYMENT_ID,
        order_id=s.ORDER_ID,
        reason="CANCELLED_BY_BUYER",
        line_items=(RefundLine(s.LINE_1, quantity=2), RefundLine(s.LINE_2, value=pln(1050))),
        delivery=pln(999),
        additional_services=pln(1000),
        surcharges=(SurchargeRefund(s.SURCHARGE_ID, pln(500)),),
        seller_comment="Anulowane przez kupującego",
    )
    assert mapping.refund_request_to_json(request) == {
        "payment": {"id": s.PAYMENT_ID},
        "order": {"id": s.ORDER_ID},
        "commandId": "14e142cf-e8e0-48cc-bcf6-399b5fd90b32",
        "reason": "CANCELLED_BY_BUYER",
        "lineItems": [
            {"id": s.LINE_1, "type": "QUANTITY", "quantity": 2},
            {"id": s.LINE_2, "type": "AMOUNT", "value": {"amount": "10.50", "currency": "PLN"}},
        ],
        "delivery": {"value": {"amount": "9.99", "currency": "PLN"}},
        "additionalServices": {"value": {"amount": "10.00", "currency": "PLN"}},
        "surcharges": [{"id": s.SURCHARGE_ID, "value": {"amount": "5.00", "currency": "PLN"}}],
        "sellerComment": "Anulowane przez kupującego",
    }


def test_refund_body_leaves_out_what_is_not_refunded() -> None:
    request = RefundRequest("cmd", s.PAYMENT_ID, s.ORDER_ID, "REFUND", delivery=pln(999))
    body = mapping.refund_request_to_json(request)
    assert set(body) == {"payment", "order", "commandId", "reason", "delivery"}


def test_seller_comment_over_250_characters_is_refused_before_sending() -> None:
    ok = RefundRequest("c", "p", "o", "REFUND", delivery=pln(1), seller_comment="x" * 250)
    assert len(mapping.refund_request_to_json(ok)["sellerComment"]) == 250
    too_long = RefundRequest("c", "p", "o", "REFUND", delivery=pln(1), seller_comment="x" * 251)
    with pytest.raises(ValueError, match="250"):
        mapping.refund_request_to_json(too_long)


def test_refund_claims_and_messages() -> None:
    claims, count = mapping.refund_claims_from_json(
        {
            "refundClaims": [
                {
                    "id": "c1",
                    "status": "WAITING_FOR_PAYMENT_REFUND",
                    "quantity": 1,
                    "commission": {"amount": 1.5, "currency": "PLN"},
                    "lineItem": {"id": s.LINE_1, "quantity": 2, "offer": {"id": "7678887152"}},
                    "type": "MANUAL",
                }
            ],
            "count": 1,
        }
    )
    assert count == 1
    assert (claims[0].id, claims[0].line_item_id, claims[0].quantity, claims[0].status) == (
        "c1",
        s.LINE_1,
        1,
        "WAITING_FOR_PAYMENT_REFUND",
    )
    receipt = mapping.message_receipt_from_json({"id": "m1", "status": "VERIFYING"})
    assert (receipt.id, receipt.status) == ("m1", "VERIFYING")


def test_shipments() -> None:
    shipments = mapping.shipments_from_json(
        {
            "shipments": [
                {
                    "id": "s1",
                    "waybill": "AD00R28X72",
                    "carrierId": "INPOST",
                    "lineItems": [{"id": s.LINE_1}],
                    "createdAt": "2026-05-02T10:00:00Z",
                }
            ]
        }
    )
    assert shipments[0].line_item_ids == (s.LINE_1,)
    assert shipments[0].created_at == datetime(2026, 5, 2, 10, tzinfo=UTC)
    assert mapping.shipments_from_json({}) == []


def test_reading_many_distinct_amounts_leaves_few_objects_for_the_collector() -> None:
    # A sync holds the cyclic collector off; what the mapping's memory of amounts keeps at the
    # end is walked in one young pass on the window's thread. 20,000 remembered amounts made
    # that pass 30 ms (bench/gui.py): the memory must stay small however many amounts came.
    import gc

    def amounts_alive() -> int:
        return sum(1 for o in gc.get_objects() if type(o) is Money)

    before = amounts_alive()
    orders = []
    for n in range(10_000):
        form = s.checkout_form(surcharges=[])
        price = {"amount": f"{n // 100}.{n % 100:02d}", "currency": "PLN"}
        form["summary"]["totalToPay"] = price
        orders.append(mapping.order_from_json(form).total_to_pay)
    assert len(set(orders)) == 10_000  # every amount was read, each a new value
    del orders
    assert amounts_alive() - before <= 2_100
