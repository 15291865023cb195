"""What a search box's text means as an amount: the total a merchant typed, or nothing."""

from __future__ import annotations

import pytest

from refunddesk.domain.typed_amount import searched_amount


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("129.99", (12999, None)),
        ("129,99", (12999, None)),
        ("129,99 zł", (12999, "PLN")),
        ("129,99\u00a0zł", (12999, "PLN")),  # as copied from a Polish screen
        ("PLN 129.99", (12999, "PLN")),
        ("1 299,99 zł", (129999, "PLN")),
        ("1,299.99", (129999, None)),
        ("129", (12900, None)),
        ("49,50 Kč", (4950, "CZK")),
        ("€ 5", (500, "EUR")),
    ],
)
def test_an_amount_as_merchants_type_it(typed: str, meant: tuple[int, str | None]) -> None:
    assert searched_amount(typed) == meant


@pytest.mark.parametrize(
    "typed", ["kubek", "4207158a", "zł", "350 ml", "12.999", "129,99 XYZ", "PLN 5 zł", "-5", ""]
)
def test_a_name_an_id_or_a_broken_amount_is_no_amount(typed: str) -> None:
    assert searched_amount(typed) is None
