"""The rule summary's parts in Polish: "Gdy kupujący anuluje opłacone zamówienie, zwróć …"."""

from __future__ import annotations

from refunddesk.domain import describe_parts as p
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import ProductFilter
from refunddesk.domain.describe_words import caps_text, duration, money, pct, unit

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


def render_pl(parts: p.RuleParts) -> str:
    """The same parts as render_en(), in Polish."""
    q = total_phrase(parts.total)
    grace = f" przedłużonym o {duration(parts.grace, 'pl', accusative=True)}" if parts.grace else ""
    handling = duration(parts.handling_time, "pl", genitive=True)
    when = {
        Trigger.BUYER_CANCELLED: f"Gdy kupujący anuluje opłacone zamówienie{q}",
        Trigger.NOT_SENT_IN_TIME: f"Gdy opłacone zamówienie{q} nie zostanie wysłane w terminie "
        f"wysyłki (lub w ciągu {handling} od zapłaty){grace}",
        Trigger.RETURN_DELIVERED: f"Gdy zwrot z zamówienia{q} dotrze do Ciebie",
        Trigger.RETURN_DECLARED: f"Gdy kupujący zgłosi zwrot z zamówienia{q}",
    }[parts.trigger]
    clauses = [when, *(_condition(c) for c in parts.conditions)]
    main = f"{', '.join(clauses)}, {_what(parts.refund)}{_left_out(parts.refund)}."
    return " ".join([main, *(_extra(e) for e in parts.extras)])


def total_phrase(total: p.Range | None) -> str:
    """The order-total condition as a phrase after "zamówienie"; "" when there is none."""
    if total is None:
        return ""
    return f" o wartości {_bounds(total)}"


def _bounds(r: p.Range) -> str:
    """ "od 10,00 zł do poniżej 50,00 zł", "poniżej 50,00 zł", "co najmniej 10,00 zł"."""
    if r.low is not None and r.high is not None:
        return f"od {money(r.low, 'pl')} do poniżej {money(r.high, 'pl')}"
    if r.high is not None:
        return f"poniżej {money(r.high, 'pl')}"
    assert r.low is not None
    return f"co najmniej {money(r.low, 'pl')}"


def _condition(c: p.Condition) -> str:
    match c:
        case p.PaidRange(r):
            return f"jeśli kupujący zapłacił (z dopłatami) {_bounds(r)}"
        case p.PaidBy(kinds):
            return "jeśli zapłacono " + " lub ".join(_PAYMENTS.get(k, k) for k in kinds)
        case p.Products(f):
            return _products(f)
        case p.WithinDays(days):
            return f"w ciągu {unit(days, 'day', 'pl', genitive=True)} od zakupu"
        case p.AfterDays(days):
            return f"co najmniej {unit(days, 'day', 'pl')} po zakupie"
        case p.ReturnReasons(codes):
            names = " lub ".join(f"„{RETURN_REASONS.get(r, r)}”" for r in codes)
            return f"jeśli powód zwrotu to {names}"
        case p.RepeatBuyers(n):
            return f"dla kupujących z co najmniej {n} zamówieniami"
        case p.NotBlocked(n):
            who = "zablokowanego kupującego" if n == 1 else "zablokowanych kupujących"
            return f"z wyjątkiem {n} {who}"
        case p.Marketplaces(names):
            return "w serwisie " + " lub ".join(names)
    raise AssertionError(c)


def _products(products: ProductFilter) -> str:
    names = [f"z grupy „{g}”" for g in products.groups]
    names += [f"z oferty nr {o}" for o in sorted(products.offer_ids)]
    names += [f"o kodzie SKU {s}" for s in sorted(products.skus)]
    names += [f"o nazwie zawierającej „{t}”" for t in products.name_contains]
    which = "tylko z produktami" if products.match_all else "z co najmniej jednym produktem"
    return f"{which} {' lub '.join(names)}"


def _what(r: p.Refund) -> str:
    if r.returned_items:
        what = f"{'wartość' if r.whole else 'wartości'} produktów objętych zwrotem"
        delivery = " wraz z kosztem dostawy" if r.delivery else ""
    else:
        what = "całą kwotę zamówienia" if r.whole else "kwoty zamówienia"
        delivery = " wraz z kosztem dostawy" if r.delivery else " bez kosztu dostawy"
    # Polish writes a decimal comma: "12,5%".
    share = "" if r.whole else f"{pct(r.percent).replace('.', ',')}% "
    text = f"zwróć {share}{what}{delivery}"
    if r.deduction is not None:
        text += f", po potrąceniu {money(r.deduction, 'pl')}"
        text += f" ({r.deduction_label})" if r.deduction_label else ""
    return text


def _left_out(r: p.Refund) -> str:
    out = " bez dopłat" if r.without_surcharges else ""
    return out + (" bez usług dodatkowych" if r.without_services else "")


_FLAGS = {
    p.OTHER_CURRENCY_HOLDS: "Zamówienia w innej walucie czekają na Twoją zgodę.",
    p.EVERY_REFUND_HELD: "Każdy zwrot czeka na Twoją zgodę.",
    p.MARK_CANCELLED: "Zamówienie zostaje oznaczone jako anulowane.",
    p.CLAIM_COMMISSION: "Po zwrocie składany jest wniosek o zwrot prowizji.",
    p.SHADOW: "Tryb próbny: reguła tylko zapisuje, co by zrobiła.",
    p.TURNED_OFF: "Reguła jest wyłączona.",
}


def _extra(e: p.Extra) -> str:
    match e:
        case p.Caps(caps, hold_above):
            if hold_above:
                return f"Zwroty powyżej {caps_text(caps, 'pl')} czekają na Twoją zgodę."
            return f"Zwroty są ograniczone do {caps_text(caps, 'pl')}."
        case p.Delay(span):
            wait = duration(span, "pl", accusative=True)
            return f"Zwrot najpierw czeka {wait}, więc możesz go zatrzymać."
        case p.Notice(template):
            return f"Kupujący dostaje wiadomość „{NOTICE_TEMPLATES.get(template, template)}”."
        case p.Flag(name):
            return _FLAGS[name]
    raise AssertionError(e)
