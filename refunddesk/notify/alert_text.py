"""The words of merchant alerts in the merchant's language (en, pl, zh_CN)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from refunddesk.domain.locale_format import plural_category
from refunddesk.notify.language import format_money

if TYPE_CHECKING:
    from refunddesk.notify.alerts import AlertEvent, AlertKind

# How many order ids a summary lists before "…": enough to start, short enough to read.
SUMMARY_IDS = 10

_TITLES: dict[str, dict[str, str]] = {
    "en": {
        "hold": "A refund waits for you",
        "failure": "A refund failed",
        "circuit_breaker": "Automation stopped itself after failures",
        "budget": "Today's refund budget is reached",
        "reconnect": "Reconnect the shop",
        "test": "RefundDesk test alert",
        "summary": "{count} refunds need you",
    },
    "pl": {
        "hold": "Zwrot czeka na Ciebie",
        "failure": "Zwrot się nie powiódł",
        "circuit_breaker": "Automatyka zatrzymała się po błędach",
        "budget": "Dzisiejszy budżet zwrotów został wyczerpany",
        "reconnect": "Połącz sklep ponownie",
        "test": "Alert testowy RefundDesk",
        "summary": "{count} zwrotów wymaga Twojej uwagi",
    },
    "zh": {
        "hold": "有一笔退款等待您处理",
        "failure": "一笔退款失败",
        "circuit_breaker": "自动化因连续失败已自行停止",
        "budget": "今日退款预算已用完",
        "reconnect": "请重新连接店铺",
        "test": "RefundDesk 测试提醒",
        "summary": "{count} 笔退款需要您处理",
    },
}
_BODY: dict[str, str] = {
    "en": "Shop {shop}, order {order}: {amount}. Open Review in RefundDesk.",
    "pl": "Sklep {shop}, zamówienie {order}: {amount}. Otwórz Przegląd w RefundDesk.",
    "zh": "店铺 {shop}，订单 {order}：{amount}。请在 RefundDesk 的“审核”中查看。",
}
_PLAIN_BODY: dict[str, str] = {
    "en": "Shop {shop}. Open RefundDesk.",
    "pl": "Sklep {shop}. Otwórz RefundDesk.",
    "zh": "店铺 {shop}。请打开 RefundDesk。",
}
_TEST_BODY: dict[str, str] = {
    "en": "Alerts from RefundDesk reach you here.",
    "pl": "Alerty z RefundDesk docierają tutaj.",
    "zh": "RefundDesk 的提醒会发送到这里。",
}
_MORE: dict[str, str] = {"en": "and {n} more", "pl": "i {n} więcej", "zh": "另有 {n} 笔"}


def _lang(language: str) -> str:
    base = language.replace("_", "-").split("-")[0].lower()
    return base if base in _TITLES else "en"


def alert_title(event: AlertEvent, language: str) -> str:
    return _TITLES[_lang(language)][event.kind.value]


def alert_body(event: AlertEvent, language: str) -> str:
    lang = _lang(language)
    if event.kind.value == "test":
        return _TEST_BODY[lang]
    if not event.order_id:
        return _PLAIN_BODY[lang].format(shop=event.shop)
    amount = format_money(event.amount, lang) if event.amount is not None else ""
    return _BODY[lang].format(shop=event.shop, order=event.order_id, amount=amount)


# Polish counts take three forms (CLDR): 1 zwrot, 2-4 zwroty (not 12-14), 5 zwrotów.
_SUMMARY_PL = {
    "one": "{count} zwrot wymaga Twojej uwagi",
    "few": "{count} zwroty wymagają Twojej uwagi",
}


def summary_title(count: int, language: str) -> str:
    lang = _lang(language)
    text = _TITLES[lang]["summary"]
    if lang == "pl":
        text = _SUMMARY_PL.get(plural_category(count, "pl"), text)
    elif lang == "en" and count == 1:  # one over the hourly cap
        text = "{count} refund needs you"
    return text.format(count=count)


def summary_body(counts: Counter[AlertKind], events: Sequence[AlertEvent], language: str) -> str:
    lang = _lang(language)
    lines = [f"{_TITLES[lang][kind.value]}: {n}" for kind, n in counts.most_common()]
    ids = [e.order_id for e in events if e.order_id]
    if ids:
        shown = ", ".join(ids[:SUMMARY_IDS])
        more = len(ids) - SUMMARY_IDS
        lines.append(shown + (" " + _MORE[lang].format(n=more) if more > 0 else ""))
    return "\n".join(lines)
