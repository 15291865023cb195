"""Rules in plain words: a summary for the merchant and a refund policy text for buyers."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta
from decimal import Decimal

from refunddesk.domain.cases import RETURN_TRIGGERS, Trigger
from refunddesk.domain.conditions import PAYMENT_LABELS, Conditions
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction

LANGUAGES = ("en", "pl")


def describe(rule: Rule) -> str:
    """The rule as one plain sentence, followed by a short sentence for each extra it has."""
    c = rule.conditions
    q = _total_phrase(c, "en")
    grace = f" plus {duration(rule.grace)} of grace" if rule.grace else ""
    when = {
        Trigger.BUYER_CANCELLED: f"When a buyer cancels a paid order{q}",
        Trigger.NOT_SENT_IN_TIME: f"When a paid order{q} is not sent by its dispatch deadline "
        f"(or {duration(rule.handling_time)} after payment){grace}",
        Trigger.RETURN_DELIVERED: f"When a return from an order{q} is delivered back to you",
        Trigger.RETURN_DECLARED: f"When a buyer declares a return from an order{q}",
    }[rule.trigger]
    clauses = [when, *_condition_clauses(c)]
    sentences = [f"{', '.join(clauses)}, {_what_en(rule.action)}."]
    sentences += _extras(rule)
    return " ".join(sentences)


def _condition_clauses(c: Conditions) -> list[str]:
    out: list[str] = []
    if c.payment_types:
        out.append("paid " + " or ".join(_pay(p) for p in sorted(c.payment_types)))
    products = c.products
    if products.is_set:
        names = [f"'{g}'" for g in products.groups]
        names += sorted(products.offer_ids) + sorted(products.skus)
        names += [f"named like '{t}'" for t in products.name_contains]
        which = "only products" if products.match_all else "any product"
        out.append(f"with {which} from {' or '.join(names)}")
    if c.max_days_since_purchase is not None:
        out.append(f"within {_plural(c.max_days_since_purchase, 'day')} of purchase")
    if c.min_days_since_purchase is not None:
        out.append(f"at least {_plural(c.min_days_since_purchase, 'day')} after purchase")
    if c.return_reasons:
        out.append("for return reason " + " or ".join(sorted(c.return_reasons)))
    if c.min_buyer_orders is not None and c.min_buyer_orders > 1:
        out.append(f"from buyers with at least {c.min_buyer_orders} orders")
    if c.blocked_logins:
        out.append(f"except for {_plural(len(c.blocked_logins), 'blocked buyer')}")
    if c.marketplaces:
        out.append("on " + " or ".join(sorted(c.marketplaces)))
    return out


def _pay(kind: str) -> str:
    label = PAYMENT_LABELS.get(kind, kind)
    return label if label == "online" else f"by {label}"


def _what_en(action: RuleAction) -> str:
    if action.scope is RefundScope.RETURNED_ITEMS:
        what = "the returned items"
        delivery = " and delivery" if action.include_delivery else ""
    else:
        what = "everything"
        delivery = " including delivery" if action.include_delivery else " except delivery"
    pct = "" if action.percent == 100 else f"{_pct(action.percent)}% of "
    text = f"refund {pct}{what}{delivery}"
    if action.deduction is not None and not action.deduction.is_zero():
        label = f" {action.deduction_label.strip()}" if action.deduction_label.strip() else ""
        text += f" minus {action.deduction}{label}"
    return text


def _extras(rule: Rule) -> list[str]:
    action = rule.action
    out: list[str] = []
    if rule.cap is not None:
        if rule.over_cap is OverCap.HOLD:
            out.append(f"Refunds above {rule.cap} wait for your approval.")
        else:
            out.append(f"Refunds are capped at {rule.cap}.")
    if action.require_review:
        out.append("Every refund waits for your approval.")
    if rule.delay:
        out.append(f"It waits {duration(rule.delay)} first, so you can stop it.")
    if action.notify_buyer:
        out.append(f"The buyer gets the message '{action.notice_template}'.")
    if action.mark_cancelled:
        out.append("The order is marked cancelled.")
    if action.claim_commission:
        out.append("The commission is claimed back after the refund.")
    if rule.mode is Mode.SHADOW:
        out.append("Shadow mode: it only records what it would do.")
    if not rule.enabled:
        out.append("It is turned off.")
    return out


def duration(span: timedelta, language: str = "en", *, genitive: bool = False) -> str:
    """A duration in words: "2 hours", "1 day 3 hours", "2 godziny" ("2 godzin" as genitive)."""
    minutes = int(span.total_seconds()) // 60
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    units = (("day", days), ("hour", hours), ("minute", mins))
    words = [_unit(n, unit, language, genitive) for unit, n in units if n]
    return " ".join(words) or _unit(0, "minute", language, genitive)


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


def _unit(n: int, unit: str, language: str, genitive: bool = False) -> str:
    if language == "pl" and genitive:
        one, many = _PL_GENITIVE[unit]
        return f"{n} {one if n == 1 else many}"
    if language == "pl":
        one, few, many = _PL_UNITS[unit]
        if n == 1:
            return f"{n} {one}"
        few_form = n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14)
        return f"{n} {few if few_form else many}"
    return _plural(n, unit)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _pct(percent: Decimal) -> str:
    return f"{percent.normalize():f}"


def money_text(amount: Money, language: str) -> str:
    if language == "pl":
        number = amount.amount_str().replace(".", ",")
        return f"{number} zł" if amount.currency == "PLN" else f"{number} {amount.currency}"
    return str(amount)


def _total_phrase(c: Conditions, language: str) -> str:
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


# -- the buyer-facing policy -----------------------------------------------------------------

_HEADINGS = {"en": "Refunds", "pl": "Zwroty pieniędzy"}
_NONE = {
    "en": "We handle every refund individually.",
    "pl": "Każdy zwrot pieniędzy rozpatrujemy indywidualnie.",
}


def policy_text(rules: Sequence[Rule], language: str) -> str:
    """The armed, enabled rules as a refund policy for listing pages ("en" or "pl").

    Buyer-history conditions (blocklist, repeat buyers) are the merchant's business and are
    not published; shadow and disabled rules promise nothing, so they are left out.
    """
    if language not in LANGUAGES:
        raise ValueError(f"no policy text in {language!r}; available: {', '.join(LANGUAGES)}")
    live = [r for r in rules if r.enabled and r.mode is Mode.ARMED]
    lines = [_HEADINGS[language], ""]
    if not live:
        lines.append(_NONE[language])
    for rule in live:
        sentence = _policy_en(rule) if language == "en" else _policy_pl(rule)
        lines.append(f"- {sentence}")
    return "\n".join(lines) + "\n"


def _policy_en(rule: Rule) -> str:
    c, a = rule.conditions, rule.action
    total = _total_phrase(c, "en")
    scope = _scope_en(c)
    if total and rule.trigger in RETURN_TRIGGERS:
        scope.insert(0, f"orders{total}")
        total = ""
    q = f" ({', '.join(scope)})" if scope else ""
    what = _what_en(a).removeprefix("refund ")
    what = what.replace("everything", "the full amount", 1)
    if a.deduction is not None and a.deduction_label.strip():
        what = what.replace(f" minus {a.deduction} ", f" less {a.deduction} for ")
    elif a.deduction is not None:
        what = what.replace(" minus ", " less ")
    when = f" within {duration(rule.delay)}" if rule.delay else ""
    cap = ""
    if rule.cap is not None:
        cap = f" (automatically up to {rule.cap}; anything above is handled individually)"
    head = {
        Trigger.BUYER_CANCELLED: f"If you cancel a paid order{total}{q}, we refund",
        Trigger.NOT_SENT_IN_TIME: f"If we do not send your order{total} by its dispatch "
        f"deadline{q}, we refund",
        Trigger.RETURN_DELIVERED: f"When your return reaches us{q}, we refund",
        Trigger.RETURN_DECLARED: f"When you declare a return{q}, we refund, without waiting "
        "for the parcel,",
    }[rule.trigger]
    return f"{head} {what} automatically{when}{cap}."


def _scope_en(c: Conditions) -> list[str]:
    out: list[str] = []
    if c.products.groups:
        out.append("products in " + " or ".join(f"'{g}'" for g in c.products.groups))
    elif c.products.is_set:
        out.append("selected products")
    if c.payment_types:
        out.append("paid " + " or ".join(_pay(p) for p in sorted(c.payment_types)))
    if c.max_days_since_purchase is not None:
        out.append(f"within {_plural(c.max_days_since_purchase, 'day')} of purchase")
    return out


def _policy_pl(rule: Rule) -> str:
    c, a = rule.conditions, rule.action
    total = _total_phrase(c, "pl")
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
    what = noun if a.percent == 100 else f"{_pct(a.percent)}% {noun_gen}"
    what += delivery
    if a.deduction is not None and not a.deduction.is_zero():
        label = f" ({a.deduction_label.strip()})" if a.deduction_label.strip() else ""
        what += f", po potrąceniu {money_text(a.deduction, 'pl')}{label},"
    when = f" w ciągu {duration(rule.delay, 'pl', genitive=True)}" if rule.delay else ""
    cap = ""
    if rule.cap is not None:
        cap = f" (automatycznie do {money_text(rule.cap, 'pl')}; wyższe kwoty indywidualnie)"
    head = {
        Trigger.BUYER_CANCELLED: f"Jeśli anulujesz opłacone zamówienie{total}{q}, "
        "automatycznie zwrócimy",
        Trigger.NOT_SENT_IN_TIME: f"Jeśli nie wyślemy zamówienia{total} w terminie wysyłki{q}, "
        "automatycznie zwrócimy",
        Trigger.RETURN_DELIVERED: f"Gdy Twój zwrot do nas dotrze{q}, automatycznie zwrócimy",
        Trigger.RETURN_DECLARED: f"Gdy zgłosisz zwrot{q}, bez czekania na paczkę automatycznie "
        "zwrócimy",
    }[rule.trigger]
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
        out.append(f"w ciągu {_unit(c.max_days_since_purchase, 'day', 'pl', True)} od zakupu")
    return out
