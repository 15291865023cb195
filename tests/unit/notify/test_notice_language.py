"""Amounts and languages as the buyer reads them."""

from __future__ import annotations

import pytest

from refunddesk.domain.money import Money
from refunddesk.notify.language import format_money, notice_language, reason_phrase

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("minor", "currency", "language", "expected"),
    [
        (12345, "PLN", "pl", f"123,45{NBSP}zł"),
        (123456, "PLN", "pl-PL", f"1{NBSP}234,56{NBSP}zł"),  # as on every screen (CLDR via Babel)
        (1234567, "PLN", "pl", f"12{NBSP}345,67{NBSP}zł"),
        (12345, "PLN", "en-US", f"PLN{NBSP}123.45"),
        (123456789, "PLN", "en", f"PLN{NBSP}1,234,567.89"),
        (12345, "CZK", "cs-CZ", f"123,45{NBSP}Kč"),
        (123456, "PLN", "cs", f"1{NBSP}234,56{NBSP}PLN"),
        (123456, "EUR", "de-DE", f"1.234,56{NBSP}€"),
        (123456, "PLN", "uk-UA", f"1{NBSP}234,56{NBSP}PLN"),
        (123456, "PLN", "zh-CN", f"PLN{NBSP}1,234.56"),
        (5, "PLN", "pl", f"0,05{NBSP}zł"),
        (-1050, "PLN", "pl", f"-10,50{NBSP}zł"),
        (12345, "EUR", "xx", f"EUR{NBSP}123.45"),  # an unknown language is written the English way
    ],
)
def test_amounts_are_written_the_way_each_language_writes_them(
    minor: int, currency: str, language: str, expected: str
) -> None:
    assert format_money(Money(minor, currency), language) == expected


@pytest.mark.parametrize(
    ("buyer", "marketplace", "expected"),
    [
        ("pl-PL", "allegro-pl", "pl"),
        ("cs-CZ", "allegro-cz", "cs"),
        ("zh_Hans_CN", "allegro-pl", "zh"),
        ("uk-UA", "allegro-pl", "uk"),
        ("", "allegro-pl", "pl"),
        ("", "allegro-cz", "en"),
        ("hu-HU", "allegro-hu", "en"),  # no built-in Hungarian: English outside Poland
        ("hu-HU", "allegro-pl", "pl"),
    ],
)
def test_buyer_language_falls_back_to_polish_on_allegro_pl_and_english_elsewhere(
    buyer: str, marketplace: str, expected: str
) -> None:
    assert notice_language(buyer, marketplace) == expected


def test_reasons_are_in_the_buyers_language_with_a_neutral_default() -> None:
    assert reason_phrase("NOT_SENT_IN_TIME", "pl") == "zamówienie nie zostało wysłane na czas"
    assert reason_phrase("BUYER_CANCELLED", "de-DE") == "Stornierung der Bestellung"
    assert reason_phrase("SOMETHING_NEW", "en") == "an adjustment of the order"
