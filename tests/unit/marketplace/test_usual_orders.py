"""The quick reader of usual orders agrees with the careful one, or leaves the order to it.

usual_orders.py must never read an order differently from ``Node``'s careful reader: for every
form here, whatever the quick reader returns equals the careful reader's order, and where the
careful reader refuses a form, the quick reader returns None. The forms: the demo shop's
orders as they arrive, and the spec sample with each of its values in turn spoiled, removed,
or replaced by a value of another kind. The same for whole pages read from their text
(``usual_page``), with text the standard library reads differently from msgspec too.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import orjson
import pytest

from refunddesk.demo_shop import DemoShop
from refunddesk.demo_shop.render import checkout_form
from refunddesk.domain.orders import Order, OrderPage
from refunddesk.marketplace.allegro import json_text, mapping
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.marketplace.allegro.json_node import per_order
from refunddesk.marketplace.allegro.usual_orders import usual_order, usual_page
from refunddesk.marketplace.base import MalformedResponse, UnreadableOrder
from tests.support.poison import leaf_paths
from tests.unit.marketplace import allegro_samples as s

REFUSED = "refused"

# Values of every kind a spoiled answer might carry where another was expected.
SPOILS: list[Any] = [
    None,
    "",
    "   ",
    "x",
    "\x00",
    "a" * 201,
    "2.5",
    "-1.00",
    "9999-12-31T00:00:00Z",
    "1999-12-31T23:59:59Z",
    "2026-05-01T10:00:00Z",
    "2026-05-01T10:00:00+14:00",
    0,
    1,
    -1,
    2.0,
    2.5,
    10**12,
    float("inf"),
    float("nan"),
    True,
    False,
    [],
    ["x"],
    [1],
    {},
    {"amount": "1.00", "currency": "EUR"},
    {"amount": "-1.00", "currency": "PLN"},
    {"amount": "1.005", "currency": "PLN"},
    {"amount": "9999999999.99", "currency": "PLN"},
    {"amount": 1, "currency": "PLN"},
    {"id": "x"},
]


def careful(form: Any) -> Order | str:
    try:
        return per_order(mapping._order, form, "", "checkout form", order_id="")
    except UnreadableOrder:
        return REFUSED


def agree(form: Any) -> Order | None:
    """Checks the two readers on ``form``; the quick reader's order (None: left to the other)."""
    expected = careful(copy.deepcopy(form))
    quick = usual_order(form)
    if expected == REFUSED:
        assert quick is None, f"the careful reader refuses what the quick one read: {quick}"
    else:
        assert quick is None or quick == expected
    return quick


def spoiled(form: dict[str, Any]) -> Iterator[tuple[tuple[Any, ...], dict[str, Any]]]:
    """The form with one value changed: removed, or replaced by each of SPOILS."""
    for path in leaf_paths(form):
        parent_path, key = path[:-1], path[-1]
        for spoil in [*SPOILS, "<removed>"]:
            copy_ = copy.deepcopy(form)
            parent: Any = copy_
            for step in parent_path:
                parent = parent[step]
            if spoil == "<removed>":
                if isinstance(parent, dict):
                    del parent[key]
                else:
                    parent.pop(key)
            else:
                parent[key] = copy.deepcopy(spoil)
            yield path, copy_


def usual_sample() -> dict[str, Any]:
    """The spec sample without what only the careful reader reads (extra services)."""
    form = s.checkout_form()
    for line in form["lineItems"]:
        line["selectedAdditionalServices"] = []
    return form


# -- the same, for whole pages read from their text ----------------------------------------


def careful_page(text: bytes, offset: int = 200) -> OrderPage | str:
    """The page as the reader of decoded JSON reads it (every order through ``agree``'s pair)."""
    try:
        return mapping.orders_page_from_json(json_text.loads(text), offset, 100)
    except (ValueError, MalformedResponse):  # not JSON, or an order or the page refused
        return REFUSED


def agree_page(text: bytes, offset: int = 200) -> OrderPage | None:
    expected = careful_page(text, offset)
    quick = usual_page(text, offset)
    if expected == REFUSED:
        assert quick is None, f"the careful reader refuses a page the quick one read: {quick}"
    else:
        assert quick is None or quick == expected
    return quick


def page_text(*forms: Any, total: Any = 1000, dumps: Any = orjson.dumps) -> bytes:
    return bytes(dumps({"checkoutForms": list(forms), "count": len(forms), "totalCount": total}))


def allowing_nan(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode()  # NaN and Infinity as JS writes them


def test_the_demo_shops_orders_are_read_quickly_and_alike() -> None:
    shop = DemoShop()
    shop.scenario.seed(count=300, days=30)
    forms = [orjson.loads(orjson.dumps(checkout_form(o))) for o in shop.state.orders.values()]
    read = [agree(form) for form in forms]
    # Every usual order is read by the quick reader (else the care costs its time again).
    assert all(order is not None for order in read)
    assert {len(o.line_items) for o in read if o is not None} != {1}  # varied orders


def test_the_spec_sample_is_read_alike() -> None:
    assert agree(usual_sample()) is not None
    # Extra services are summed by the careful reader only: left to it, with the same result.
    assert usual_order(s.checkout_form()) is None
    assert isinstance(careful(s.checkout_form()), Order)


# The spec sample has extra services, which only the careful reader reads: the quick reader
# reads it only where a spoil removed them. Each spoiled form is read alone, and on a page of
# the order list (from its text) after a good one.
@pytest.mark.parametrize(("sample", "quick_at_least"), [("usual", 500), ("spec", 1)])
@pytest.mark.parametrize("way", ["form", "page"])
def test_a_form_spoiled_anywhere_is_read_alike_or_left_to_the_careful_reader(
    sample: str, quick_at_least: int, way: str
) -> None:
    form = usual_sample() if sample == "usual" else s.checkout_form()
    refused = quick = 0
    for path, changed in spoiled(form):
        try:
            if way == "form":
                read: object = agree(changed)
                refused += careful(changed) == REFUSED
            else:
                text = page_text(usual_sample(), changed, dumps=allowing_nan)
                read = agree_page(text)
                refused += careful_page(text) == REFUSED
        except AssertionError as exc:
            raise AssertionError(f"at {'.'.join(map(str, path))}: {exc}") from None
        quick += read is not None
    # The spoils reach both readers' checks: many forms are refused, many still read quickly.
    assert refused > 500 and quick >= quick_at_least, (refused, quick)


def test_a_moment_out_of_range_in_a_line_is_refused_by_both() -> None:
    form = usual_sample()
    form["lineItems"][0]["boughtAt"] = "2100-01-01T00:00:00Z"
    assert careful(form) == REFUSED and usual_order(form) is None
    form["lineItems"][0]["boughtAt"] = "2099-12-31T23:00:00-01:00"  # 2100 in UTC
    assert careful(form) == REFUSED and usual_order(form) is None
    form["lineItems"][0]["boughtAt"] = "2026-05-01T09:57:00Z"
    order = agree(form)
    assert order is not None and order.bought_at == datetime(2026, 5, 1, 9, 57, tzinfo=UTC)


@pytest.mark.parametrize(
    ("quantity", "unit_price"),
    [
        (10**9, "44.99"),  # a believable count, an absurd line total
        (10**9 + 1, "0.00"),  # an absurd count, even at no price
        (2**63, "0.00"),
    ],
)
def test_absurd_counts_and_line_totals_are_refused_by_both(quantity: int, unit_price: str) -> None:
    form = usual_sample()
    form["lineItems"][0]["quantity"] = quantity
    form["lineItems"][0]["price"] = s.price(unit_price)
    form["lineItems"][0]["originalPrice"] = s.price(unit_price)
    assert careful(form) == REFUSED
    assert usual_order(form) is None
    form["lineItems"][0]["quantity"] = 3  # and a usual count reads alike again
    assert agree(form) is not None


def test_the_demo_shops_pages_are_read_quickly_and_alike() -> None:
    shop = DemoShop()
    shop.scenario.seed(count=250, days=30)
    forms = [checkout_form(o) for o in shop.state.orders.values()]
    pages = [page_text(*forms[i : i + 100], total=len(forms)) for i in range(0, len(forms), 100)]
    read = [agree_page(text) for text in pages]
    assert all(page is not None for page in read)
    assert sum(len(page.orders) for page in read if page is not None) == 250
    # What the helper process is given to read a page with reads it this way.
    assert AllegroClient.orders_page_from_text(pages[0], 200, 100) == read[0]


ODD_TEXTS = {
    # msgspec skips unread fields without looking at their text; the standard library reads
    # every byte: a page that is not UTF-8 anywhere is not JSON to it.
    "not UTF-8 in a field not read": b'"note": "\xff",',
    "an overlong UTF-8 form in a field not read": b'"note": "\xc0\xaf",',
    "an encoded surrogate in a field not read": b'"note": "\xed\xa0\x80",',
    "a lone surrogate escaped in a field not read": b'"note": "\\ud800",',
    "NaN in a field not read": b'"note": NaN,',
    "Infinity in a field not read": b'"note": Infinity,',
    "a huge number in a field not read": b'"note": 1e999,',
    "an integer beyond 64 bits in a field not read": b'"note": 123456789012345678901234567890,',
    # Longer than the standard library reads at all (4,300 digits): not JSON to it.
    "a 5,000-digit integer in a field not read": b'"note": ' + b"1" * 5_000 + b",",
    "a duplicated key": b'"status": "CANCELLED",',
}


@pytest.mark.parametrize("odd", ODD_TEXTS)
def test_odd_text_in_a_page_is_read_alike_or_left_to_the_careful_reader(odd: str) -> None:
    text = page_text(usual_sample(), usual_sample())
    at = text.index(b'{"id"', text.index(b"checkoutForms")) + 1  # inside the first form
    agree_page(text[:at] + ODD_TEXTS[odd] + text[at:])


@pytest.mark.parametrize(
    "whole",
    [
        b"\xef\xbb\xbf" + page_text(usual_sample()),  # a byte-order mark before it
        page_text(usual_sample()) + b" x",
        page_text(usual_sample()).replace(b"checkoutForms", b"forms"),
        page_text(usual_sample(), total=None),
        page_text(usual_sample(), total=2.0),
        page_text(usual_sample(), total="1000"),
        page_text(usual_sample(), total=-1),
        page_text(usual_sample(), total=10**12),
        page_text(usual_sample(), total=True),
        page_text(usual_sample()).replace(
            b'{"id"', b'{"note": ' + b"[" * 100_000 + b"]" * 100_000 + b', "id"', 1
        ),
        b"[]",
        b"",
    ],
)
def test_odd_pages_are_read_alike_or_left_to_the_careful_reader(whole: bytes) -> None:
    agree_page(whole)


def test_a_page_not_utf8_only_where_nothing_is_read_is_still_left_to_the_careful_reader() -> None:
    text = page_text(usual_sample())
    at = text.index(b'{"id"') + 1
    assert careful_page(text[:at] + b'"note": "\xff",' + text[at:]) == REFUSED
    assert usual_page(text[:at] + b'"note": "\xff",' + text[at:], 0) is None
    assert usual_page(text, 0) is not None
