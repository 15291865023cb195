"""Rules in plain words: a summary for the merchant and a refund policy text for buyers."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from refunddesk.domain.cases import RETURN_TRIGGERS, Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.describe_en import paid_by, render_en, what
from refunddesk.domain.describe_en import total_phrase as total_en
from refunddesk.domain.describe_parts import order_total, refund_part, rule_parts
from refunddesk.domain.describe_pl import render_pl
from refunddesk.domain.describe_pl import total_phrase as total_pl
from refunddesk.domain.describe_words import caps_text, duration, money, pct, plural, unit
from refunddesk.domain.describe_zh import render_zh
from refunddesk.domain.policy_zh import policy_zh
from refunddesk.domain.rules import Mode, RefundScope, Rule

__all__ = [
    "DESCRIBE_LANGUAGES",
    "LANGUAGES",
    "Policy",
    "describe",
    "duration",
    "policy_parts",
    "policy_text",
]

LANGUAGES = ("en", "pl", "zh_CN")  # the buyer-facing policy text
DESCRIBE_LANGUAGES = ("en", "pl", "zh_CN")  # the merchant's summary, one per app language
_RENDERERS = {"en": render_en, "pl": render_pl, "zh_CN": render_zh}


def describe(rule: Rule, language: str = "en") -> str:
    """The rule as one plain sentence, followed by a short sentence for each extra it has.

    ``language`` is an app language ("en", "pl", "zh_CN"); any other falls back to English,
    so a screen in a language without a summary still says what the rule does.
    """
    return _RENDERERS.get(language, render_en)(rule_parts(rule))


# -- the buyer-facing policy -----------------------------------------------------------------

_HEADINGS = {"en": "Refunds", "pl": "Zwroty pieniędzy", "zh_CN": "退款"}
_NONE = {
    "en": "We handle every refund individually.",
    "pl": "Każdy zwrot pieniędzy rozpatrujemy indywidualnie.",
    "zh_CN": "每笔退款我们都会单独处理。",
}


class Policy(NamedTuple):
    """The policy's parts, for the plain-text, Allegro and HTML exports."""

    heading: str
    sentences: list[str]  # one per rule it promises; empty when it promises none
    none_text: str  # what to say when there are no sentences

    def text(self) -> str:
        """A heading, then one "- " line per rule (or the none text)."""
        lines = [f"- {s}" for s in self.sentences] or [self.none_text]
        return "\n".join([self.heading, "", *lines]) + "\n"


def policy_parts(rules: Sequence[Rule], language: str) -> Policy:
    """The armed, enabled rules as policy sentences in ``language`` ("en", "pl" or "zh_CN").

    Buyer-history conditions (blocklist, repeat buyers) are the merchant's business and are
    not published; shadow and disabled rules promise nothing, so they are left out.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no policy text in {language!r}; available: {', '.join(LANGUAGES)}")
    live = [r for r in rules if r.enabled and r.mode is Mode.ARMED]
    sentence = {"en": _policy_en, "pl": _policy_pl, "zh_CN": policy_zh}[language]
    return Policy(_HEADINGS[language], [sentence(r) for r in live], _NONE[language])


def policy_text(rules: Sequence[Rule], language: str) -> str:
    """The policy as plain text for listing pages: a heading, then one "- " line per rule."""
    return policy_parts(rules, language).text()


def _policy_en(rule: Rule) -> str:
    c, a = rule.conditions, rule.action
    total = total_en(order_total(c))
    scope = _scope_en(c)
    if total and rule.trigger in RETURN_TRIGGERS:
        scope.insert(0, f"orders{total}")
        total = ""
    q = f" ({', '.join(scope)})" if scope else ""
    refund = refund_part(a)
    promise = what(refund).replace("everything", "the full amount", 1)
    if refund.deduction is not None and refund.deduction_label:
        amount = money(refund.deduction, "en")
        promise = promise.replace(f" minus {amount} ", f" less {amount} for ")
    elif refund.deduction is not None:
        promise = promise.replace(" minus ", " less ")
    when = f" within {duration(rule.delay)}" if rule.delay else ""
    cap = ""
    if rule.caps:
        cap = (
            f" (automatically up to {caps_text(rule.caps, 'en')}; "
            "anything above is handled individually)"
        )
    head = {
        Trigger.BUYER_CANCELLED: f"If you cancel a paid order{total}{q}, we refund",
        Trigger.NOT_SENT_IN_TIME: f"If we do not send your order{total} by its dispatch "
        f"deadline{q}, we refund",
        Trigger.RETURN_DELIVERED: f"When your return reaches us{q}, we refund",
        Trigger.RETURN_DECLARED: f"When you declare a return{q}, we refund",
    }[rule.trigger]
    # Said after the promise: in the middle it split "we refund" from what is refunded.
    wait = ", without waiting for the parcel" if rule.trigger is Trigger.RETURN_DECLARED else ""
    if a.require_review:  # held for the merchant: promising "automatically" would be untrue
        return f"{head.partition(', we refund')[0]}, we handle the refund individually."
    return f"{head} {promise} automatically{when}{wait}{cap}."


def _scope_en(c: Conditions) -> list[str]:
    out: list[str] = []
    if c.products.groups:
        out.append("products in " + " or ".join(f"'{g}'" for g in c.products.groups))
    elif c.products.is_set:
        out.append("selected products")
    if c.payment_types:
        out.append("paid " + " or ".join(paid_by(p) for p in sorted(c.payment_types)))
    if c.max_days_since_purchase is not None:
        out.append(f"within {plural(c.max_days_since_purchase, 'day')} of purchase")
    return out


def _policy_pl(rule: Rule) -> str:
    c, a = rule.conditions, rule.action
    total = total_pl(order_total(c))
    scope = _scope_pl(c)
    if total and rule.trigger in RETURN_TRIGGERS:
        scope.insert(0, f"zamówienia{total}")
        total = ""
    q = f" ({', '.join(scope)})" if scope else ""
    if a.scope is RefundScope.RETURNED_ITEMS:
        noun, noun_gen = "wartość zwróconych produktów", "wartości zwróconych produktów"
        delivery = " wraz z kosztem dostawy" if a.include_delivery else ""
    else:
        noun, noun_gen = "całą kwotę zamówienia", "kwoty zamówienia"
        delivery = " wraz z kosztem dostawy" if a.include_delivery else " bez kosztu dostawy"
    what = noun if a.percent == 100 else f"{pct(a.percent).replace('.', ',')}% {noun_gen}"
    what += delivery
    if a.deduction is not None and not a.deduction.is_zero():
        label = f" ({a.deduction_label.strip()})" if a.deduction_label.strip() else ""
        what += f", po potrąceniu {money(a.deduction, 'pl')}{label},"
    when = f" w ciągu {duration(rule.delay, 'pl', genitive=True)}" if rule.delay else ""
    cap = ""
    if rule.caps:
        cap = f" (automatycznie do {caps_text(rule.caps, 'pl')}; wyższe kwoty indywidualnie)"
    head = {
        Trigger.BUYER_CANCELLED: f"Jeśli anulujesz opłacone zamówienie{total}{q}, "
        "automatycznie zwrócimy",
        Trigger.NOT_SENT_IN_TIME: f"Jeśli nie wyślemy zamówienia{total} w terminie wysyłki{q}, "
        "automatycznie zwrócimy",
        Trigger.RETURN_DELIVERED: f"Gdy Twój zwrot do nas dotrze{q}, automatycznie zwrócimy",
        Trigger.RETURN_DECLARED: f"Gdy zgłosisz zwrot{q}, bez czekania na paczkę automatycznie "
        "zwrócimy",
    }[rule.trigger]
    if a.require_review:
        condition = re.sub(r", (bez czekania na paczkę )?automatycznie zwrócimy$", "", head)
        return f"{condition}, zwrot pieniędzy rozpatrzymy indywidualnie."
    return f"{head} {what}{when}{cap}.".replace(",.", ".")


_PAY_PL = {
    "ONLINE": "online",
    "ALLEGRO_PAY": "przez Allegro Pay",
    "CASH_ON_DELIVERY": "za pobraniem",
    "WIRE_TRANSFER": "przelewem",
    "SPLIT_PAYMENT": "w podzielonej płatności",
    "EXTENDED_TERM": "z odroczonym terminem",
}


def _scope_pl(c: Conditions) -> list[str]:
    out: list[str] = []
    if c.products.groups:
        out.append("produkty z grupy " + " lub ".join(f"„{g}”" for g in c.products.groups))
    elif c.products.is_set:
        out.append("wybrane produkty")
    if c.payment_types:
        out.append("płatność " + " lub ".join(_PAY_PL.get(p, p) for p in sorted(c.payment_types)))
    if c.max_days_since_purchase is not None:
        out.append(
            f"w ciągu {unit(c.max_days_since_purchase, 'day', 'pl', genitive=True)} od zakupu"
        )
    return out
