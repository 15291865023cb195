"""The merchant's rule summary in Polish: the same facts as the English describe(), in Polish."""

from __future__ import annotations

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe_words import (
    caps_text,
    duration,
    left_out,
    money_text,
    paid_phrase,
    pct,
    total_phrase,
    unit,
)
from refunddesk.domain.rules import Mode, OverCap, RefundScope, Rule, RuleAction

# "jeśli zapłacono …": each method as the manner of paying.
_PAYMENTS = {
    "ONLINE": "online",
    "ALLEGRO_PAY": "przez Allegro Pay",
    "CASH_ON_DELIVERY": "za pobraniem",
    "WIRE_TRANSFER": "przelewem",
    "SPLIT_PAYMENT": "podzieloną płatnością",
    "EXTENDED_TERM": "z odroczonym terminem",
    "UNKNOWN": "nieznaną metodą",
}
# The editor's own labels for Allegro's return reasons, so the summary matches the form.
RETURN_REASONS = {
    "DONT_LIKE_IT": "Nie podoba się",
    "NOT_AS_DESCRIBED": "Niezgodny z opisem",
    "NOT_AS_EXPECTED": "Nie spełnia oczekiwań",
    "DAMAGED": "Uszkodzony",
    "TRANSPORT": "Uszkodzony w transporcie",
    "INCOMPLETE": "Niekompletny",
    "DIFFERENT": "Inny produkt",
    "MISTAKE": "Kupiony przez pomyłkę",
    "OVERDUE_DELIVERY": "Dostarczony za późno",
    "HIDDEN_FLAW": "Wada ukryta",
    "OTHER_FLAW": "Inna wada",
    "COUNTERFEIT": "Podróbka",
    "NOT_NEW": "Nie jest nowy",
    "TOO_LARGE": "Za duży",
    "TOO_SMALL": "Za mały",
    "ORDERED_FOR_COMPARISON": "Zamówiony do porównania",
    "NONE": "Bez podania powodu",
}
# Built-in message templates by the names the editor shows; a merchant's own id stays as is.
NOTICE_TEMPLATES = {
    "refund_cancelled": "Zwrot po anulowaniu",
    "refund_late": "Zwrot za zamówienie, którego nie mogliśmy wysłać",
    "refund_return": "Zwrot po odesłaniu produktu",
    "refund_generic": "Zwrot (wiadomość ogólna)",
}


def describe_pl(rule: Rule) -> str:
    """describe() in Polish: "Gdy kupujący anuluje opłacone zamówienie, zwróć całą kwotę …"."""
    c = rule.conditions
    q = total_phrase(c, "pl")
    grace = f" przedłużonym o {duration(rule.grace, 'pl', accusative=True)}" if rule.grace else ""
    handling = duration(rule.handling_time, "pl", genitive=True)
    when = {
        Trigger.BUYER_CANCELLED: f"Gdy kupujący anuluje opłacone zamówienie{q}",
        Trigger.NOT_SENT_IN_TIME: f"Gdy opłacone zamówienie{q} nie zostanie wysłane w terminie "
        f"wysyłki (lub w ciągu {handling} od zapłaty){grace}",
        Trigger.RETURN_DELIVERED: f"Gdy zwrot z zamówienia{q} dotrze do Ciebie",
        Trigger.RETURN_DECLARED: f"Gdy kupujący zgłosi zwrot z zamówienia{q}",
    }[rule.trigger]
    clauses = [when, *_condition_clauses(c)]
    sentences = [f"{', '.join(clauses)}, {_what(rule.action)}{left_out(rule.action, 'pl')}."]
    sentences += _extras(rule)
    return " ".join(sentences)


def _condition_clauses(c: Conditions) -> list[str]:
    out: list[str] = [paid] if (paid := paid_phrase(c, "pl")) else []
    if c.payment_types:
        kinds = " lub ".join(_PAYMENTS.get(p, p) for p in sorted(c.payment_types))
        out.append(f"jeśli zapłacono {kinds}")
    if c.products.is_set:
        out.append(_products(c.products))
    if c.max_days_since_purchase is not None:
        days = unit(c.max_days_since_purchase, "day", "pl", genitive=True)
        out.append(f"w ciągu {days} od zakupu")
    if c.min_days_since_purchase is not None:
        out.append(f"co najmniej {unit(c.min_days_since_purchase, 'day', 'pl')} po zakupie")
    if c.return_reasons:
        names = " lub ".join(f"„{RETURN_REASONS.get(r, r)}”" for r in sorted(c.return_reasons))
        out.append(f"jeśli powód zwrotu to {names}")
    if c.min_buyer_orders is not None and c.min_buyer_orders > 1:
        out.append(f"dla kupujących z co najmniej {c.min_buyer_orders} zamówieniami")
    if c.blocked_logins:
        n = len(c.blocked_logins)
        who = "zablokowanego kupującego" if n == 1 else "zablokowanych kupujących"
        out.append(f"z wyjątkiem {n} {who}")
    if c.marketplaces:
        out.append("w serwisie " + " lub ".join(sorted(c.marketplaces)))
    return out


def _products(products: ProductFilter) -> str:
    names = [f"z grupy „{g}”" for g in products.groups]
    names += [f"z oferty nr {o}" for o in sorted(products.offer_ids)]
    names += [f"o kodzie SKU {s}" for s in sorted(products.skus)]
    names += [f"o nazwie zawierającej „{t}”" for t in products.name_contains]
    which = "tylko z produktami" if products.match_all else "z co najmniej jednym produktem"
    return f"{which} {' lub '.join(names)}"


def _what(action: RuleAction) -> str:
    whole = action.percent == 100
    if action.scope is RefundScope.RETURNED_ITEMS:
        noun = "wartość" if whole else "wartości"
        what = f"{noun} produktów objętych zwrotem"
        delivery = " wraz z kosztem dostawy" if action.include_delivery else ""
    else:
        what = "całą kwotę zamówienia" if whole else "kwoty zamówienia"
        delivery = " wraz z kosztem dostawy" if action.include_delivery else " bez kosztu dostawy"
    # Polish writes a decimal comma: "12,5%".
    share = "" if whole else f"{pct(action.percent).replace('.', ',')}% "
    text = f"zwróć {share}{what}{delivery}"
    if action.deduction is not None and not action.deduction.is_zero():
        label = action.deduction_label.strip()
        text += f", po potrąceniu {money_text(action.deduction, 'pl')}"
        text += f" ({label})" if label else ""
    return text


def _extras(rule: Rule) -> list[str]:
    action = rule.action
    out: list[str] = []
    if rule.caps:
        cap = caps_text(rule.caps, "pl")
        if rule.over_cap is OverCap.HOLD:
            out.append(f"Zwroty powyżej {cap} czekają na Twoją zgodę.")
        else:
            out.append(f"Zwroty są ograniczone do {cap}.")
        out.append("Zamówienia w innej walucie czekają na Twoją zgodę.")
    if action.require_review:
        out.append("Każdy zwrot czeka na Twoją zgodę.")
    if rule.delay:
        wait = duration(rule.delay, "pl", accusative=True)
        out.append(f"Zwrot najpierw czeka {wait}, więc możesz go zatrzymać.")
    if action.notify_buyer:
        name = NOTICE_TEMPLATES.get(action.notice_template, action.notice_template)
        out.append(f"Kupujący dostaje wiadomość „{name}”.")
    if action.mark_cancelled:
        out.append("Zamówienie zostaje oznaczone jako anulowane.")
    if action.claim_commission:
        out.append("Po zwrocie składany jest wniosek o zwrot prowizji.")
    if rule.mode is Mode.SHADOW:
        out.append("Tryb próbny: reguła tylko zapisuje, co by zrobiła.")
    if not rule.enabled:
        out.append("Reguła jest wyłączona.")
    return out
