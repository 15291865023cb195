"""Orders and the event feed: cursor exclusivity, duplicates, paging, fulfilment revisions."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests

from refunddesk.demo_shop import DemoShop, ShopClock
from tests.support.demo_shop import DemoShopFactory, api_session


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(clock=ShopClock(frozen=True))


@pytest.fixture
def api(shop: DemoShop) -> requests.Session:
    return api_session(shop)


def _events(shop: DemoShop, api: requests.Session, **params: Any) -> list[dict[str, Any]]:
    r = api.get(f"{shop.url}/order/events", params=params)
    assert r.status_code == 200
    return list(r.json()["events"])


def test_from_is_exclusive_and_the_latest_id_gives_nothing(shop: DemoShop, api: Any) -> None:
    shop.scenario.seed(5)
    first = _events(shop, api, limit=3)
    rest = _events(shop, api, **{"from": first[-1]["id"]})
    assert first[-1]["id"] not in [e["id"] for e in rest]
    latest = api.get(f"{shop.url}/order/event-stats").json()["latestEvent"]["id"]
    assert rest[-1]["id"] == latest
    assert _events(shop, api, **{"from": latest}) == []


def test_type_filter_and_cancel_as_buyer(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order()
    shop.scenario.cancel_as_buyer(order["id"])
    cancelled = _events(shop, api, type=["BUYER_CANCELLED", "AUTO_CANCELLED"])
    assert [e["order"]["checkoutForm"]["id"] for e in cancelled] == [order["id"]]
    form = api.get(f"{shop.url}/order/checkout-forms/{order['id']}").json()
    assert form["status"] == "CANCELLED"


def test_duplicate_events_share_type_and_time_but_not_id(shop: DemoShop, api: Any) -> None:
    shop.scenario.set_event_quirks(duplicate_rate=1.0)
    order = shop.scenario.create_order(paid=False)
    shop.scenario.cancel_as_buyer(order["id"])
    cancels = _events(shop, api, type=["BUYER_CANCELLED"])
    assert len(cancels) == 2
    assert cancels[0]["occurredAt"] == cancels[1]["occurredAt"]
    assert cancels[0]["id"] != cancels[1]["id"]


def test_out_of_order_events_carry_earlier_times(shop: DemoShop, api: Any) -> None:
    shop.scenario.set_event_quirks(out_of_order_rate=1.0)
    shop.scenario.create_order()
    times = [e["occurredAt"] for e in _events(shop, api)]
    assert all(t < shop.clock.now().isoformat().replace("+00:00", "Z") for t in times)


def test_checkout_forms_page_with_counts_and_filters(shop: DemoShop, api: Any) -> None:
    shop.scenario.seed(130)
    url = f"{shop.url}/order/checkout-forms"
    page1 = api.get(url, params={"limit": 100}).json()
    page2 = api.get(url, params={"limit": 100, "offset": 100}).json()
    assert (page1["count"], page2["count"], page1["totalCount"]) == (100, 30, 130)
    ids = [o["id"] for o in page1["checkoutForms"] + page2["checkoutForms"]]
    assert len(set(ids)) == 130
    bought = [o["lineItems"][0]["boughtAt"] for o in page1["checkoutForms"]]
    assert bought == sorted(bought, reverse=True)  # newest first by default
    login = page1["checkoutForms"][0]["buyer"]["login"]
    mine = api.get(url, params={"buyer.login": login}).json()["checkoutForms"]
    assert mine and all(o["buyer"]["login"] == login for o in mine)
    with shop.contract.invalid_requests_expected():  # type: ignore[attr-defined]
        assert api.get(url, params={"limit": 101}).status_code == 422


def test_seeded_orders_mix_payment_types(shop: DemoShop, api: Any) -> None:
    shop.scenario.seed(200)
    forms = api.get(f"{shop.url}/order/checkout-forms", params={"limit": 100}).json()
    types = {
        (o["payment"]["type"], "ALLEGRO_PAY" in o["payment"]["features"])
        for o in forms["checkoutForms"]
    }
    assert {("ONLINE", False), ("ONLINE", True), ("CASH_ON_DELIVERY", False)} <= types


def test_unknown_and_malformed_order_ids(shop: DemoShop, api: Any) -> None:
    missing = "00000000-0000-4000-8000-000000000000"
    assert api.get(f"{shop.url}/order/checkout-forms/{missing}").status_code == 404
    with shop.contract.invalid_requests_expected():  # type: ignore[attr-defined]
        assert api.get(f"{shop.url}/order/checkout-forms/not-a-uuid").status_code == 422


def test_fulfillment_needs_the_current_revision(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order()
    url = f"{shop.url}/order/checkout-forms/{order['id']}/fulfillment"
    rev = order["revision"]
    r = api.put(url, params={"checkoutForm.revision": rev}, json={"status": "PROCESSING"})
    assert r.status_code == 204
    again = api.put(url, params={"checkoutForm.revision": rev}, json={"status": "SENT"})
    assert again.status_code == 409
    new_rev = api.get(f"{shop.url}/order/checkout-forms/{order['id']}").json()["revision"]
    assert new_rev != rev
    returned = api.put(url, params={"checkoutForm.revision": new_rev}, json={"status": "RETURNED"})
    assert returned.status_code == 422


def test_shipments_added_and_listed(shop: DemoShop, api: Any) -> None:
    order = shop.scenario.create_order()
    url = f"{shop.url}/order/checkout-forms/{order['id']}/shipments"
    assert api.get(url).json() == {"shipments": []}
    line = order["lineItems"][0]["id"]
    r = api.post(
        url, json={"carrierId": "INPOST", "waybill": "620000111", "lineItems": [{"id": line}]}
    )
    assert r.status_code == 201
    assert [s["waybill"] for s in api.get(url).json()["shipments"]] == ["620000111"]
    shop.scenario.mark_sent(order["id"])
    form = api.get(f"{shop.url}/order/checkout-forms/{order['id']}").json()
    assert form["fulfillment"]["status"] == "SENT"
    assert form["fulfillment"]["shipmentSummary"]["lineItemsSent"] == "ALL"


def test_paging_a_large_shop_stays_fast(demo_shop_factory: DemoShopFactory) -> None:
    shop = demo_shop_factory(clock=ShopClock(frozen=True))
    shop.scenario.seed(20_000)

    with api_session(shop) as api:
        start = time.perf_counter()
        for offset in range(0, 2000, 100):
            r = api.get(f"{shop.url}/order/checkout-forms", params={"limit": 100, "offset": offset})
            assert r.json()["count"] == 100
        events = api.get(f"{shop.url}/order/events", params={"from": "1000030000", "limit": 5})
        assert len(events.json()["events"]) == 5
    assert time.perf_counter() - start < 30


def test_seeded_buyers_repeat_and_have_languages(shop: DemoShop, api: Any) -> None:
    shop.scenario.seed(90)
    forms = api.get(f"{shop.url}/order/checkout-forms", params={"limit": 90}).json()
    logins = [o["buyer"]["login"] for o in forms["checkoutForms"]]
    assert len(set(logins)) < len(logins)  # some buyers came back
    languages = {o["buyer"]["preferences"]["language"] for o in forms["checkoutForms"]}
    assert "pl-PL" in languages and len(languages) > 1


def test_seeded_orders_never_happen_in_the_future(demo_shop_factory: DemoShopFactory) -> None:
    shop = demo_shop_factory(clock=ShopClock(frozen=True))
    shop.scenario.seed(3000, days=1)  # many orders bought minutes ago, paid "minutes later"
    now = shop.state.now()
    assert shop.state.events and max(e.occurred_at for e in shop.state.events) <= now
    assert all(o.paid_at is None or o.paid_at <= now for o in shop.state.orders.values())


def test_demo_buyers_surnames_agree_with_their_first_names(shop: DemoShop) -> None:
    # A Polish merchant reads "Anna Kowalski" as a mistake: hers is Kowalska.
    shop.scenario.seed(200, days=14)
    buyers = {(o.buyer.first_name, o.buyer.last_name) for o in shop.state.orders.values()}
    women = [(f, last) for f, last in buyers if f.endswith("a")]
    men = [(f, last) for f, last in buyers if not f.endswith("a")]
    assert women and men
    assert not [last for _f, last in women if last.endswith(("ski", "cki"))]
    assert [last for _f, last in women if last.endswith("ska")]
    assert not [last for _f, last in men if last.endswith("ska")]
