"""The buyer's language for a notice, and amounts and reasons written the way it expects."""

from __future__ import annotations

from refunddesk.domain import locale_format
from refunddesk.domain.money import Money

# Languages with built-in templates; a merchant may add others in their templates folder.
LANGUAGES: tuple[str, ...] = ("pl", "en", "cs", "de", "uk", "zh")
DEFAULT_LANGUAGE = "en"

_REASONS: dict[str, dict[str, str]] = {
    "pl": {
        "BUYER_CANCELLED": "anulowanie zamówienia",
        "NOT_SENT_IN_TIME": "zamówienie nie zostało wysłane na czas",
        "RETURN_DELIVERED": "zwrot produktów",
        "RETURN_DECLARED": "zgłoszenie zwrotu produktów",
        "": "korekta zamówienia",
    },
    "en": {
        "BUYER_CANCELLED": "the order was cancelled",
        "NOT_SENT_IN_TIME": "the order was not dispatched in time",
        "RETURN_DELIVERED": "the returned items reached us",
        "RETURN_DECLARED": "a return of the items was declared",
        "": "an adjustment of the order",
    },
    "cs": {
        "BUYER_CANCELLED": "zrušení objednávky",
        "NOT_SENT_IN_TIME": "objednávka nebyla odeslána včas",
        "RETURN_DELIVERED": "vrácení zboží",
        "RETURN_DECLARED": "nahlášené vrácení zboží",
        "": "úprava objednávky",
    },
    "de": {
        "BUYER_CANCELLED": "Stornierung der Bestellung",
        "NOT_SENT_IN_TIME": "die Bestellung wurde nicht rechtzeitig versandt",
        "RETURN_DELIVERED": "Rücksendung der Artikel",
        "RETURN_DECLARED": "angemeldete Rücksendung der Artikel",
        "": "Korrektur der Bestellung",
    },
    "uk": {
        "BUYER_CANCELLED": "скасування замовлення",
        "NOT_SENT_IN_TIME": "замовлення не було відправлено вчасно",
        "RETURN_DELIVERED": "повернення товарів",
        "RETURN_DECLARED": "заявлене повернення товарів",
        "": "коригування замовлення",
    },
    "zh": {
        "BUYER_CANCELLED": "订单已取消",
        "NOT_SENT_IN_TIME": "订单未能按时发货",
        "RETURN_DELIVERED": "退回的商品已送达",
        "RETURN_DECLARED": "已申请退货",
        "": "订单调整",
    },
}


def base_language(tag: str) -> str:
    """``"pl-PL"`` → ``"pl"``, ``"zh_Hans_CN"`` → ``"zh"``; empty for an empty tag."""
    return tag.strip().replace("_", "-").split("-", 1)[0].lower()


def fallback_language(marketplace_id: str) -> str:
    """The language to use when the buyer's own is unknown or has no template."""
    return "pl" if marketplace_id.strip().lower() in ("allegro-pl", "") else DEFAULT_LANGUAGE


def notice_language(buyer_language: str, marketplace_id: str = "allegro-pl") -> str:
    """The built-in language a buyer is written to in: their own, else the marketplace's."""
    lang = base_language(buyer_language)
    return lang if lang in LANGUAGES else fallback_language(marketplace_id)


def format_money(amount: Money, language: str) -> str:
    """An amount as a reader of ``language`` writes it: ``123,45 zł``, ``PLN 123.45``.

    The same format as the app's own screens and commands (``locale_format``, CLDR data).
    """
    return locale_format.format_money(amount, base_language(language) or DEFAULT_LANGUAGE)


def reason_phrase(trigger: str, language: str) -> str:
    """Why the money was refunded, in the buyer's words (the template decides the sentence)."""
    phrases = _REASONS.get(base_language(language), _REASONS[DEFAULT_LANGUAGE])
    return phrases.get(trigger, phrases[""])
