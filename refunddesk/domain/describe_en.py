"""The rule summary's parts in English: "When a buyer cancels a paid order, refund everything …"."""

from __future__ import annotations

from refunddesk.domain import describe_parts as p
from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import PAYMENT_LABELS
from refunddesk.domain.describe_words import caps_text, duration, money, pct, plural


def render_en(parts: p.RuleParts) -> str:
    """One plain sentence, then a short sentence for each extra."""
    q = total_phrase(parts.total)
    grace = f" plus {duration(parts.grace)} of grace" if parts.grace else ""
    when = {
        Trigger.BUYER_CANCELLED: f"When a buyer cancels a paid order{q}",
        Trigger.NOT_SENT_IN_TIME: f"When a paid order{q} is not sent by its dispatch deadline "
        f"(or {duration(parts.handling_time)} after payment){grace}",
        Trigger.RETURN_DELIVERED: f"When a return from an order{q} is delivered back to you",
        Trigger.RETURN_DECLARED: f"When a buyer declares a return from an order{q}",
    }[parts.trigger]
    clauses = [when, *(_condition(c) for c in parts.conditions)]
    main = f"{', '.join(clauses)}, refund {what(parts.refund)}{_left_out(parts.refund)}."
    return " ".join([main, *(_extra(e) for e in parts.extras)])


def total_phrase(total: p.Range | None) -> str:
    """The order-total condition as a phrase after "order"; "" when there is none."""
    if total is None:
        return ""
    low, high = total.low, total.high
    if low is not None and high is not None:
        return f" of {money(low, 'en')} to under {money(high, 'en')}"
    if high is not None:
        return f" under {money(high, 'en')}"
    assert low is not None
    return f" of at least {money(low, 'en')}"


def paid_by(kind: str) -> str:
    label = PAYMENT_LABELS.get(kind, kind)
    return label if label == "online" else f"by {label}"


def _condition(c: p.Condition) -> str:
    match c:
        case p.PaidRange(p.Range(low, high)):
            if low is not None and high is not None:
                bound = f"{money(low, 'en')} to under {money(high, 'en')}"
            elif high is not None:
                bound = f"under {money(high, 'en')}"
            else:
                assert low is not None
                bound = f"at least {money(low, 'en')}"
            return f"where the buyer paid {bound}, surcharges included"
        case p.PaidBy(kinds):
            return "paid " + " or ".join(paid_by(k) for k in kinds)
        case p.Products(f):
            names = [f"'{g}'" for g in f.groups]
            names += sorted(f.offer_ids) + sorted(f.skus)
            names += [f"named like '{t}'" for t in f.name_contains]
            which = "only products" if f.match_all else "any product"
            return f"with {which} from {' or '.join(names)}"
        case p.WithinDays(days):
            return f"within {plural(days, 'day')} of purchase"
        case p.AfterDays(days):
            return f"at least {plural(days, 'day')} after purchase"
        case p.ReturnReasons(codes):
            return "for return reason " + " or ".join(
                f"'{RETURN_REASONS.get(r, r)}'" for r in codes
            )
        case p.RepeatBuyers(n):
            return f"from buyers with at least {n} orders"
        case p.NotBlocked(n):
            return f"except for {plural(n, 'blocked buyer')}"
        case p.Marketplaces(names):
            return "on " + " or ".join(names)
    raise AssertionError(c)


def what(r: p.Refund) -> str:
    """What is refunded: "50% of the returned items and delivery minus PLN 12.00 postage"."""
    if r.returned_items:
        text = "the returned items"
        delivery = " and delivery" if r.delivery else ""
    else:
        text = "everything"
        delivery = " including delivery" if r.delivery else " except delivery"
    share = "" if r.whole else f"{pct(r.percent)}% of "
    text = f"{share}{text}{delivery}"
    if r.deduction is not None:
        label = f" {r.deduction_label}" if r.deduction_label else ""
        text += f" minus {money(r.deduction, 'en')}{label}"
    return text


def _left_out(r: p.Refund) -> str:
    out = " except surcharges" if r.without_surcharges else ""
    return out + (" except additional services" if r.without_services else "")


# The editor's own labels for Allegro's return reasons, so the summary matches the form.
RETURN_REASONS = {
    "DONT_LIKE_IT": "Does not like it",
    "NOT_AS_DESCRIBED": "Not as described",
    "NOT_AS_EXPECTED": "Not as expected",
    "DAMAGED": "Damaged",
    "TRANSPORT": "Damaged in transport",
    "INCOMPLETE": "Incomplete",
    "DIFFERENT": "Different product",
    "MISTAKE": "Bought by mistake",
    "OVERDUE_DELIVERY": "Delivered too late",
    "HIDDEN_FLAW": "Hidden flaw",
    "OTHER_FLAW": "Other flaw",
    "COUNTERFEIT": "Counterfeit",
    "NOT_NEW": "Not new",
    "TOO_LARGE": "Too large",
    "TOO_SMALL": "Too small",
    "ORDERED_FOR_COMPARISON": "Ordered to compare",
    "NONE": "No reason given",
}
_FLAGS = {
    p.OTHER_CURRENCY_HOLDS: "Orders in any other currency wait for your approval.",
    p.EVERY_REFUND_HELD: "Every refund waits for your approval.",
    p.MARK_CANCELLED: "The order is marked cancelled.",
    p.CLAIM_COMMISSION: "The commission is claimed back after the refund.",
    p.SHADOW: "Shadow mode: it only records what it would do.",
    p.TURNED_OFF: "It is turned off.",
}
# Built-in message templates by the names the editor shows; a merchant's own id stays as is.
NOTICE_TEMPLATES = {
    "refund_cancelled": "Refund after a cancellation",
    "refund_late": "Refund for an order we could not send",
    "refund_return": "Refund after a return",
    "refund_generic": "Refund (general message)",
}


def _extra(e: p.Extra) -> str:
    match e:
        case p.Caps(caps, hold_above):
            if hold_above:
                return f"Refunds above {caps_text(caps, 'en')} wait for your approval."
            return f"Refunds are capped at {caps_text(caps, 'en')}."
        case p.Delay(span):
            return f"It waits {duration(span)} first, so you can stop it."
        case p.Notice(template):
            return f"The buyer gets the message '{NOTICE_TEMPLATES.get(template, template)}'."
        case p.Flag(name):
            return _FLAGS[name]
    raise AssertionError(e)
