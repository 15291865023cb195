"""Money and dates as people read them, in the locale of the chosen language."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QDateEdit

from refunddesk.domain import locale_format
from refunddesk.domain.money import Money
from refunddesk.services.context import DEMO_SHOP_NAME


def format_money(money: Money, locale: QLocale | None = None) -> str:
    """``1 234,56 zł`` in Polish, ``PLN 1,234.56`` in English: exact, never through a float.

    The same text as the CLI and buyer notices (``domain.locale_format``), in the UI's
    language by default, so one screen never shows "500.00 PLN" next to "PLN 0.00".
    """
    loc = locale if locale is not None else QLocale()
    return locale_format.format_money(money, loc.name())


def amount_text(money: Money | None) -> str:
    """An amount to edit, as this language writes its decimals (``12,50`` in Polish); ""
    for none. The money inputs read both separators."""
    if money is None:
        return ""
    return typed_amount(money.amount_str())


def typed_amount(example: str) -> str:
    """A typed amount such as ``"9.99"`` with this language's decimal separator."""
    return example.replace(".", QLocale().decimalPoint())


def to_qdatetime(moment: datetime) -> QDateTime:
    """A timezone-aware moment as local time; naive datetimes are taken to be UTC."""
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)
    millis = int(aware.timestamp() * 1000)
    return QDateTime.fromMSecsSinceEpoch(millis).toLocalTime()


def format_datetime(moment: datetime, locale: QLocale | None = None) -> str:
    """Short local date and time, e.g. ``26.11.2026 14:03`` in Polish."""
    loc = locale if locale is not None else QLocale()
    return loc.toString(to_qdatetime(moment), QLocale.FormatType.ShortFormat)


def datetime_edit_format(locale: QLocale | None = None) -> str:
    """The display format for date-time editors, matching ``format_datetime``'s text."""
    loc = locale if locale is not None else QLocale()
    return loc.dateTimeFormat(QLocale.FormatType.ShortFormat)


def format_date(moment: datetime, locale: QLocale | None = None) -> str:
    loc = locale if locale is not None else QLocale()
    return loc.toString(to_qdatetime(moment).date(), QLocale.FormatType.ShortFormat)


def follow_table_dates(edit: QDateEdit) -> None:
    """Show a date filter in the tables' date format, in the language now shown.

    A date editor keeps the locale it was made with, so after a language switch it would
    still write "05/12/2026" next to a table showing "5.12.2026".
    """
    loc = QLocale()
    edit.setLocale(loc)
    edit.setDisplayFormat(loc.dateFormat(QLocale.FormatType.ShortFormat))


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


_DEMO_SHOP = QT_TRANSLATE_NOOP("ShopNames", "Demo shop")


def shop_display_name(name: str, is_demo: bool | None = None) -> str:
    """A shop's name as shown: the embedded demo shop's default name (data saved in English
    when the demo starts) in the current language; a name the merchant chose, as typed.

    ``is_demo=None`` when the caller does not know the shop's kind: the name alone decides.
    """
    if name == DEMO_SHOP_NAME and is_demo is not False:
        return QCoreApplication.translate("ShopNames", _DEMO_SHOP)
    return name
