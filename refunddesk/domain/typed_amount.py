"""Amounts as people type them: "1 200,50", "129,99 zł", "PLN 129.99"."""

from __future__ import annotations

import re

from refunddesk.domain.money import ALLEGRO_CURRENCIES, Money, MoneyError

# What a merchant may write beside an amount for each marketplace currency: its code, or
# the symbol the amounts on screen and in Allegro show (Polish "zł", Czech "Kč", "€", "Ft").
_CURRENCY_WORDS = {code.lower(): code for code in ALLEGRO_CURRENCIES} | {
    "zł": "PLN",
    "zl": "PLN",
    "kč": "CZK",
    "€": "EUR",
    "ft": "HUF",
}
# An amount with a currency word before or after it ("129,99 zł", "PLN 129.99", "129.99PLN").
_WITH_CURRENCY = re.compile(
    r"^(?:(?P<before>[^\d\s.,-]+)\s*)?(?P<number>[\d\s.,]+?)\s*(?P<after>[^\d\s.,-]+)?$"
)
# Only digits, blanks and marks: the rest of a search (a login, an offer name) is no amount.
_NUMBER = re.compile(r"^\d[\d\s\u00a0.,]*$")


def parse_typed_amount(text: str, currency: str) -> Money | None:
    """An amount typed by a person: empty means none; "12,50", "1 200", "1 000,50" and
    "1,000.50" are fine (with both marks, the last one is the decimal one).

    Raises MoneyError for anything that is not an amount with at most two decimals.
    """
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if not cleaned:
        return None
    if "," in cleaned and "." in cleaned:
        thousands = "," if cleaned.rindex(".") > cleaned.rindex(",") else "."
        whole = cleaned[: max(cleaned.rindex("."), cleaned.rindex(","))]
        if not re.fullmatch(rf"-?\d{{1,3}}(?:{re.escape(thousands)}\d{{3}})*", whole):
            raise MoneyError(f"not an amount with at most two decimals: {text!r}")
        cleaned = cleaned.replace(thousands, "")
    return Money.parse(cleaned.replace(",", "."), currency)


def searched_amount(text: str) -> tuple[int, str | None] | None:
    """The amount a search box's text stands for, as (minor units, currency or None when no
    currency was written); None when the text is not an amount ("kubek", "4207158a").

    Every marketplace currency has two decimals, so the minor units do not depend on which
    one is meant: "129,99" finds 129.99 in any currency, "129,99 zł" only in złoty.
    """
    found = _WITH_CURRENCY.match(text.strip().replace("\u00a0", " "))
    if found is None or (found["before"] and found["after"]):
        return None
    word = (found["before"] or found["after"] or "").lower()
    currency = _CURRENCY_WORDS.get(word) if word else None
    if word and currency is None:
        return None
    number = found["number"].strip()
    if not _NUMBER.match(number):
        return None
    try:
        amount = parse_typed_amount(number, currency or "PLN")
    except MoneyError:
        return None
    return None if amount is None else (amount.minor, currency)
