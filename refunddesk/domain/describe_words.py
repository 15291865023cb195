"""Words every rule description shares: durations, percentages and amounts in each language."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from refunddesk.domain.locale_format import format_money, plural_category
from refunddesk.domain.money import Money


def duration(
    span: timedelta, language: str = "en", *, genitive: bool = False, accusative: bool = False
) -> str:
    """A duration in words: "2 hours", "1 day 3 hours", "2 godziny" ("2 godzin" as genitive).

    Polish needs the case the sentence asks for: "w ciągu 2 godzin" (genitive), "czeka
    1 godzinę" (accusative); Chinese counts need no plural: "1 天 3 小时".
    """
    minutes = int(span.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    units = (("day", days), ("hour", hours), ("minute", mins))
    words = [unit(n, name, language, genitive, accusative) for name, n in units if n]
    return " ".join(words) or unit(0, "minute", language, genitive, accusative)


_PL_GENITIVE = {
    "day": ("dnia", "dni"),
    "hour": ("godziny", "godzin"),
    "minute": ("minuty", "minut"),
}
_PL_UNITS = {
    "day": ("dzień", "dni", "dni"),
    "hour": ("godzina", "godziny", "godzin"),
    "minute": ("minuta", "minuty", "minut"),
}
# Only the singular differs from the nominative: "1 godzinę", but "1 dzień", "2 godziny".
_PL_ACCUSATIVE_ONE = {"day": "dzień", "hour": "godzinę", "minute": "minutę"}
_ZH_UNITS = {"day": "天", "hour": "小时", "minute": "分钟"}


def unit(n: int, name: str, language: str, genitive: bool = False, accusative: bool = False) -> str:
    """``n`` days, hours or minutes (``name`` is "day", "hour" or "minute") in ``language``."""
    if language == "zh_CN":
        return f"{n} {_ZH_UNITS[name]}"
    if language == "pl" and genitive:
        one, many = _PL_GENITIVE[name]
        return f"{n} {one if n == 1 else many}"
    if language == "pl":
        one, few, many = _PL_UNITS[name]
        if n == 1:
            return f"{n} {_PL_ACCUSATIVE_ONE[name] if accusative else one}"
        # CLDR's categories: 2-4 (but not 12-14) are "few" (2 godziny), the rest "many".
        return f"{n} {few if plural_category(n, 'pl') == 'few' else many}"
    return plural(n, name)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def pct(percent: Decimal) -> str:
    return f"{percent.normalize():f}"


def money(amount: Money, language: str) -> str:
    """An amount as the language writes it (CLDR): "12,50 zł", "PLN 12.50"."""
    return format_money(amount, language)


def caps_text(caps: tuple[Money, ...], language: str) -> str:
    """Caps per currency, joined: "PLN 500.00 or CZK 2,500.00"."""
    joiner = {"pl": " lub ", "zh_CN": " 或 "}.get(language, " or ")
    return joiner.join(money(c, language) for c in caps)
