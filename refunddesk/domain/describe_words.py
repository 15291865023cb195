"""Words shared by the rule descriptions: durations, amounts and order totals in each language."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from refunddesk.domain.conditions import Conditions
from refunddesk.domain.locale_format import format_money
from refunddesk.domain.money import Money
from refunddesk.domain.rules import RefundScope, RuleAction


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
        return f"{n} {few if pl_few(n) else many}"
    return plural(n, name)


def pl_few(n: int) -> bool:
    """Polish numbers ending in 2-4 (but not 12-14) take the "few" form: 2 godziny, 5 godzin."""
    return n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def pct(percent: Decimal) -> str:
    return f"{percent.normalize():f}"


def money_text(amount: Money, language: str) -> str:
    """An amount as the language writes it: "12,50 zł" in Polish, "PLN 12.50" in English."""
    return format_money(amount, language)


def total_phrase(c: Conditions, language: str) -> str:
    """The order-total condition as a phrase after "order" ("en", "pl"); "" when there is none."""
    low, high = c.total_at_least, c.total_under
    if low is None and high is None:
        return ""
    if language == "pl":
        if low is not None and high is not None:
            return f" o wartości od {money_text(low, 'pl')} do poniżej {money_text(high, 'pl')}"
        if high is not None:
            return f" o wartości poniżej {money_text(high, 'pl')}"
        assert low is not None
        return f" o wartości co najmniej {money_text(low, 'pl')}"
    if low is not None and high is not None:
        return f" of {low} to under {high}"
    return f" under {high}" if high is not None else f" of at least {low}"


def paid_phrase(c: Conditions, language: str) -> str:
    """The amount-paid condition (surcharges included) as a clause; "" when there is none."""
    low, high = c.paid_at_least, c.paid_under
    if low is None and high is None:
        return ""
    if language == "pl":
        lo = money_text(low, "pl") if low is not None else ""
        hi = money_text(high, "pl") if high is not None else ""
        if low is not None and high is not None:
            return f"jeśli kupujący zapłacił (z dopłatami) od {lo} do poniżej {hi}"
        bound = f"poniżej {hi}" if hi else f"co najmniej {lo}"
        return f"jeśli kupujący zapłacił (z dopłatami) {bound}"
    if language == "zh_CN":
        if low is not None and high is not None:
            return f"买家实付金额（含附加付款）不低于 {low} 且低于 {high}"
        return f"买家实付金额（含附加付款）{'低于 ' + str(high) if high else '不低于 ' + str(low)}"
    if low is not None and high is not None:
        return f"where the buyer paid {low} to under {high}, surcharges included"
    bound = f"under {high}" if high is not None else f"at least {low}"
    return f"where the buyer paid {bound}, surcharges included"


def caps_text(caps: tuple[Money, ...], language: str) -> str:
    """Caps per currency, joined: "500.00 PLN or 2500.00 CZK"."""
    joiner = {"pl": " lub ", "zh_CN": " 或 "}.get(language, " or ")
    return joiner.join(money_text(c, language) if language == "pl" else str(c) for c in caps)


def left_out(action: RuleAction, language: str) -> str:
    """What "everything" leaves out besides delivery: surcharges, additional services."""
    if action.scope is not RefundScope.EVERYTHING:
        return ""
    words = {
        "en": (" except surcharges", " except additional services"),
        "pl": (" bez dopłat", " bez usług dodatkowych"),
        "zh_CN": ("（不含附加付款）", "（不含附加服务）"),
    }[language if language in ("pl", "zh_CN") else "en"]
    out = "" if action.include_surcharges else words[0]
    return out + ("" if action.include_additional_services else words[1])
