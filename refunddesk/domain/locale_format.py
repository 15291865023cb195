"""Money, dates and plural forms as each language writes them, from Babel's locale data (CLDR).

One place for the whole app: the GUI, the CLI, the policy text and buyer notices all format
through here, so "1 234,56 zł" in Polish and "PLN 1,234.56" in English never disagree.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.dates import format_datetime as _babel_datetime
from babel.numbers import format_currency, format_decimal

from refunddesk.domain.money import Money

# English follows British habits (day first), closer to what Polish shops use.
_LOCALES: dict[str, str] = {"en": "en_GB", "pl": "pl_PL", "zh_CN": "zh_Hans_CN", "zh": "zh_Hans_CN"}
# Buyers may read other languages: their notices format money here too (notify/language.py).
_LOCALES |= {"cs": "cs_CZ", "de": "de_DE", "uk": "uk_UA", "sk": "sk_SK", "hu": "hu_HU"}
# Babel's names of plural categories, as CLDR defines them per language.
PLURAL_CATEGORIES = ("zero", "one", "two", "few", "many", "other")


def locale_name(language: str) -> str:
    """The CLDR locale for one of our language codes (``pl``, ``pl_PL``, ``zh_CN`` …)."""
    code = (language or "en").replace("-", "_")
    if code in _LOCALES:
        return _LOCALES[code]
    base = code.split("_", 1)[0].lower()
    return _LOCALES.get(base, _LOCALES["en"])


@lru_cache(maxsize=16)
def _locale(language: str) -> Locale:
    return Locale.parse(locale_name(language))


def format_money(amount: Money, language: str) -> str:
    """``1 234,56 zł`` in Polish, ``PLN 1,234.56`` in English, ``PLN 1,234.56`` in Chinese.

    Exact: the minor units become a Decimal, never a float. English and Chinese show the
    ISO code rather than a symbol, because "zł" or "¥" would be ambiguous to a foreign reader.
    """
    value = amount.amount  # exact Decimal from the minor units
    loc = _locale(language)
    if loc.language not in ("en", "zh"):  # the local symbol where a reader expects it ("zł")
        return format_currency(value, amount.currency, locale=loc)
    text = format_currency(value, amount.currency, locale=loc, currency_digits=True)
    symbol = loc.currency_symbols.get(amount.currency, amount.currency)
    # Replace a locale symbol with the code ("PLN 12.50"), with a space so it reads as a word.
    if symbol != amount.currency and symbol in text:
        text = text.replace(symbol, amount.currency + "\u00a0", 1).replace("\u00a0\u00a0", "\u00a0")
    elif amount.currency in text and amount.currency + "\u00a0" not in text:
        text = text.replace(amount.currency, amount.currency + "\u00a0", 1)
    return text


def colon(language: str) -> str:
    """The colon between a label and its text: full width in Chinese ("退款：…")."""
    return "：" if (language or "").startswith("zh") else ": "


def format_megabytes(size_bytes: int, language: str) -> str:
    """A file's size in MB to one decimal, as the language writes it ("0,3" in Polish)."""
    tenths = (size_bytes * 10 + 524_288) // 1_048_576  # rounded, in whole integers
    return format_decimal(Decimal(tenths) / 10, format="#,##0.0", locale=_locale(language))


def format_date(day: date, language: str) -> str:
    """A short date as the language writes it: ``05/12/2026``, ``5.12.2026``, ``2026/12/5``."""
    return _babel_date(day, format="short", locale=_locale(language))


def format_datetime(moment: datetime, language: str) -> str:
    """A short date and time (local time of ``moment`` as given; the caller converts zones)."""
    return _babel_datetime(moment, format="short", locale=_locale(language))


def load_locale_data(language: str) -> None:
    """Read the language's locale data now, so the first amount or date shown does not.

    Babel reads it on first use (pickles, merged with their parents: tens of milliseconds),
    under a lock shared by every thread; on the GUI thread that first use came in the middle of
    a table's first paint, while the worker was busy, and froze the window for ~250 ms.
    """
    format_money(Money(123456, "PLN"), language)
    format_datetime(datetime(2026, 1, 2, 3, 4), language)
    plural_category(2, language)


def plural_category(n: int, language: str) -> str:
    """CLDR's plural category of ``n`` in ``language``: ``one``, ``few``, ``many`` or ``other``."""
    return _locale(language).plural_form(abs(n))


def plural(n: int, language: str, forms: dict[str, str]) -> str:
    """Pick the form for ``n`` (``{"one": "{n} refund", "other": "{n} refunds"}``) and fill it.

    Missing categories fall back to ``other``, which every table must have.
    """
    form = forms.get(plural_category(n, language), forms["other"])
    return form.format(n=n)
