"""The one place we knowingly differ from Allegro's published schema: an empty order page."""

from __future__ import annotations

from typing import Any

import requests

from refunddesk.demo_shop import DemoShop


def test_an_empty_order_list_is_valid(
    allegro_spec: Any, demo_shop: DemoShop, shop_api: requests.Session
) -> None:
    page = shop_api.get(f"{demo_shop.url}/order/checkout-forms").json()
    assert page == {"checkoutForms": [], "count": 0, "totalCount": 0}
    # The fixture fails the test at teardown if the exchange broke the (amended) contract.
    assert demo_shop.contract.openapi is not None  # type: ignore[attr-defined]


def test_the_erratum_only_lowers_the_minimum_to_zero(allegro_spec: Any) -> None:
    schema = (allegro_spec.spec / "components" / "schemas" / "CheckoutForms").read_value()
    assert schema["properties"]["count"]["minimum"] == 0
    assert schema["properties"]["totalCount"]["minimum"] == 0
