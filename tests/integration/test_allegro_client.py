"""The real Allegro client against the demo shop, every request checked against Allegro's spec."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest

from refunddesk.demo_shop import DemoShop, ShopClock
from refunddesk.domain.money import Money
from refunddesk.domain.refunds import RefundLine, RefundRequest
from refunddesk.marketplace.allegro.auth import (
    AccessDenied,
    AllegroAuth,
    DeviceCodeInvalid,
    MemoryTokenStore,
    PollStatus,
)
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import RetryPolicy
from refunddesk.marketplace.base import (
    CashOnDeliveryNotRefundable,
    Conflict,
    HttpAttempt,
    Marketplace,
    NotFound,
    OutcomeUnknown,
    ReconnectNeeded,
    ValidationRefused,
)
from tests.support.demo_shop import DemoShopFactory


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    # A frozen clock: the test decides when time passes (polling intervals, token expiry).
    return demo_shop_factory(clock=ShopClock(datetime(2026, 5, 4, 10, 0, tzinfo=UTC), frozen=True))


def connect(shop: DemoShop, store: MemoryTokenStore | None = None) -> AllegroAuth:
    env = AllegroEnvironment.custom(shop.url, name="demo")
    return AllegroAuth(
        env,
        shop.options.client_id,
        shop.options.client_secret,
        store or MemoryTokenStore(),
        now=shop.clock.now,
    )


def client_for(auth: AllegroAuth, attempts: list[HttpAttempt] | None = None) -> AllegroClient:
    return AllegroClient(
        auth.env,
        auth,
        attempt_listener=attempts.append if attempts is not None else None,
        retry=RetryPolicy(get_retries=1, backoff_base=0.01, rate_limit_wait=0.01),
        timeout=5.0,
    )


def logged_in(shop: DemoShop) -> AllegroAuth:
    auth = connect(shop)
    code = auth.start_device_flow()
    assert shop.scenario.approve_device(code.user_code)
    auth.wait_for_approval(code, sleep=shop.clock.advance)
    return auth


# -- device flow ---------------------------------------------------------------------------


def test_device_flow_approved_after_pending_and_slow_down(shop: DemoShop) -> None:
    store = MemoryTokenStore()
    auth = connect(shop, store)
    code = auth.start_device_flow()
    assert code.user_code in code.verification_uri_complete

    assert auth.poll_once(code).status is PollStatus.PENDING
    too_soon = auth.poll_once(code)  # no time passed: the shop says slow_down
    assert too_soon.status is PollStatus.SLOW_DOWN
    assert too_soon.interval == code.interval + 5

    assert shop.scenario.approve_device(code.user_code_display)
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        shop.clock.advance(seconds)

    shop.clock.advance(code.interval)
    tokens = auth.wait_for_approval(code, sleep=sleep)
    assert store.load() == tokens
    assert slept == []  # approved on the first poll of the wait
    assert client_for(auth).latest_event_id() is None  # the token works on the API

    # A device code is single-use.
    assert auth.poll_once(code).status is PollStatus.INVALID
    with pytest.raises(DeviceCodeInvalid):
        auth.wait_for_approval(code, sleep=shop.clock.advance)


def test_device_flow_denied(shop: DemoShop) -> None:
    auth = connect(shop)
    code = auth.start_device_flow()
    assert shop.scenario.deny_device(code.user_code)
    with pytest.raises(AccessDenied):
        auth.wait_for_approval(code, sleep=shop.clock.advance)
    assert auth.store.load() is None


def test_device_flow_expired_on_the_shop_side(shop: DemoShop) -> None:
    # Our own clock still thinks the code is valid; the shop's says it expired.
    env = AllegroEnvironment.custom(shop.url)
    auth = AllegroAuth(env, shop.options.client_id, shop.options.client_secret, MemoryTokenStore())
    code = auth.start_device_flow()
    shop.clock.advance(3601)
    assert auth.poll_once(code).status is PollStatus.EXPIRED


# -- tokens --------------------------------------------------------------------------------


def test_refresh_rotates_the_single_use_pair(shop: DemoShop) -> None:
    auth = logged_in(shop)
    first = auth.store.load()
    assert first is not None
    client = client_for(auth)

    shop.clock.advance(12 * 3600)  # the access token has expired
    client.latest_event_id()
    second = auth.store.load()
    assert second is not None
    assert second.refresh_token != first.refresh_token
    assert second.access_token != first.access_token

    shop.clock.advance(120)  # past Allegro's 60 s grace: the old refresh token is spent
    stale = connect(shop, MemoryTokenStore(first))
    with pytest.raises(ReconnectNeeded):
        stale.refresh()
    client.latest_event_id()  # the rotated pair keeps working


def test_revoked_tokens_need_a_reconnect(shop: DemoShop) -> None:
    auth = logged_in(shop)
    attempts: list[HttpAttempt] = []
    client = client_for(auth, attempts)
    client.latest_event_id()
    shop.scenario.revoke_tokens()

    with pytest.raises(ReconnectNeeded):
        client.latest_event_id()
    with pytest.raises(ReconnectNeeded):
        client.get_order(str(uuid.uuid4()))
    assert [a.status for a in attempts] == [200, 401]  # no retry loop after the refusal


# -- every Marketplace method --------------------------------------------------------------


def test_every_marketplace_method_against_the_demo_shop(shop: DemoShop) -> None:
    attempts: list[HttpAttempt] = []
    client = client_for(logged_in(shop), attempts)
    market: Marketplace = client  # the protocol is satisfied statically too

    assert market.latest_event_id() is None
    form = shop.scenario.create_order(
        [{"name": "Kubek", "price": "40.00", "quantity": 2, "sku": "KUB-1"}],
        delivery_cost="9.99",
    )
    order_id = form["id"]

    events = market.order_events(None)
    assert {e.order_id for e in events} == {order_id}
    cursor = market.latest_event_id()
    assert cursor == events[-1].id
    assert market.order_events(cursor) == []
    assert client.order_events(None, types=["BUYER_CANCELLED"]) == []

    page = market.list_orders(bought_since=shop.clock.now() - timedelta(days=30))
    assert [o.id for o in page.orders] == [order_id] and page.total_count == 1
    assert market.list_orders(updated_since=shop.clock.now() - timedelta(days=1)).orders

    order = market.get_order(order_id)
    assert order.is_paid and order.paid_total == Money(8999, "PLN")
    assert order.line_items[0].external_id == "KUB-1"
    assert market.get_shipments(order_id) == []

    market.set_fulfillment(order_id, order.revision, "PROCESSING")
    with pytest.raises(Conflict):
        market.set_fulfillment(order_id, order.revision, "READY_FOR_SHIPMENT")
    order = market.get_order(order_id)
    assert order.fulfillment_status == "PROCESSING"

    line = order.line_items[0]
    assert order.payment is not None
    request = RefundRequest(
        command_id=str(uuid.uuid4()),
        payment_id=order.payment.id,
        order_id=order_id,
        reason="REFUND",
        line_items=(RefundLine(line.id, quantity=1),),
        seller_comment="Zwrot jednej sztuki",
    )
    refund = market.create_refund(request)
    assert refund.order_id == order_id and refund.total_value == Money(4000, "PLN")
    again = market.create_refund(request)  # same commandId: the same refund, not a second one
    assert again.id == refund.id
    assert [r.id for r in market.list_refunds(order_id=order_id)] == [refund.id]
    assert [r.id for r in market.list_refunds(refund_id=refund.id)] == [refund.id]
    assert [r.id for r in market.list_refunds(payment_id=order.payment.id)] == [refund.id]
    refund_posts = [a for a in attempts if a.path == "/payments/refunds" and a.method == "POST"]
    assert {a.command_id for a in refund_posts} == {request.command_id}

    too_much = RefundRequest(
        str(uuid.uuid4()), order.payment.id, order_id, "REFUND", (RefundLine(line.id, 5),)
    )
    with pytest.raises(ValidationRefused):
        market.create_refund(too_much)

    declared = shop.scenario.declare_return(order_id)
    returns = market.list_returns(order_id=order_id)
    assert [r.id for r in returns] == [declared["id"]]
    assert market.list_returns(after=declared["id"]) == []
    ret = market.get_return(declared["id"])
    assert ret.status == "CREATED" and ret.items[0].quantity == 2
    market.reject_return(ret.id, "REFUND_REJECTED", "Towar uszkodzony przez kupującego")
    assert market.get_return(ret.id).rejection_code == "REFUND_REJECTED"
    with pytest.raises(NotFound):
        market.get_return(str(uuid.uuid4()))

    receipt = market.send_message(order.buyer.login, order_id, "Zwróciliśmy 40,00 zł.")
    assert receipt.id and receipt.status

    claim = market.create_refund_claim(line.id, 1)
    assert claim.id and claim.line_item_id == line.id
    claims = market.list_refund_claims(line_item_offer_id=line.offer_id)
    assert [c.id for c in claims] == [claim.id]
    assert claims[0].line_item_id == line.id

    shop.scenario.mark_sent(order_id)
    (shipment,) = market.get_shipments(order_id)
    assert shipment.line_item_ids == (line.id,)
    assert all(a.trace_id for a in attempts if a.status is not None)
    # Every request above was checked against Allegro's spec as it went (no skipping).
    contract = shop.contract  # type: ignore[attr-defined]
    if contract.openapi is None:  # outside CI without ../shared: the behaviour above still ran
        pytest.skip("Allegro's OpenAPI description is absent; the contract part was not checked")
    assert contract.violations == []
    checked = {(ex.method, ex.path.split("?")[0]) for ex in contract.exchanges}
    assert {(a.method, a.path) for a in attempts} <= checked
    assert len({a.path for a in attempts}) >= 12


def test_cash_on_delivery_refund_is_refused_with_its_own_error(shop: DemoShop) -> None:
    client = client_for(logged_in(shop))
    form = shop.scenario.create_order(payment_type="CASH_ON_DELIVERY")
    order = client.get_order(form["id"])
    assert order.payment is not None and order.payment.is_cash_on_delivery
    request = RefundRequest(
        str(uuid.uuid4()),
        order.payment.id,
        order.id,
        "CANCELLED_BY_BUYER",
        (RefundLine(order.line_items[0].id, quantity=1),),
    )
    with pytest.raises(CashOnDeliveryNotRefundable):
        client.create_refund(request)


def test_refund_whose_answer_is_lost_is_unknown_then_reconciled(shop: DemoShop) -> None:
    client = client_for(logged_in(shop))
    order = client.get_order(shop.scenario.create_order()["id"])
    assert order.payment is not None
    request = RefundRequest(
        str(uuid.uuid4()),
        order.payment.id,
        order.id,
        "CANCELLED_BY_BUYER",
        (RefundLine(order.line_items[0].id, quantity=1),),
    )
    shop.scenario.add_fault("drop_after_commit", "/payments/refunds", method="POST", count=1)

    with pytest.raises(OutcomeUnknown):
        client.create_refund(request)
    # The refund did happen; reconciling finds it, and resending the same commandId is safe.
    (found,) = client.list_refunds(order_id=order.id)
    assert client.create_refund(request).id == found.id
    assert len(client.list_refunds(order_id=order.id)) == 1
