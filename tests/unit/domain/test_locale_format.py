from datetime import date

import pytest

from refunddesk.domain.locale_format import format_date, format_money, locale_name, plural
from refunddesk.domain.money import Money

REFUNDS = {"one": "{n} zwrot", "few": "{n} zwroty", "many": "{n} zwrotów", "other": "{n} zwrotu"}


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "PLN\u00a01,234.56"), ("pl", "1\u00a0234,56\u00a0zł"), ("zh_CN", "PLN\u00a01,234.56")],
)
def test_money_is_written_the_way_each_language_writes_it(language, expected):
    assert format_money(Money(123456, "PLN"), language) == expected


def test_money_keeps_every_minor_unit_and_the_sign():
    assert format_money(Money(-1, "PLN"), "pl") == "-0,01\u00a0zł"
    assert format_money(Money(10**15 + 7, "PLN"), "en") == "PLN\u00a010,000,000,000,000.07"


def test_polish_plurals_follow_cldr():
    counts = [1, 2, 4, 5, 12, 22, 25, 101]
    assert [plural(n, "pl", REFUNDS) for n in counts] == [
        "1 zwrot", "2 zwroty", "4 zwroty", "5 zwrotów", "12 zwrotów", "22 zwroty", "25 zwrotów",
        "101 zwrotów",
    ]  # fmt: skip
    assert plural(1, "en", {"one": "{n} refund", "other": "{n} refunds"}) == "1 refund"
    assert plural(3, "zh_CN", {"other": "{n} 笔退款"}) == "3 笔退款"


def test_dates_and_unknown_languages():
    assert format_date(date(2026, 12, 5), "pl") == "5.12.2026"
    assert format_date(date(2026, 12, 5), "en") == "05/12/2026"
    assert locale_name("pl-PL") == "pl_PL" and locale_name("xx") == "en_GB"
