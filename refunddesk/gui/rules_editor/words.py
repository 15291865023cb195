"""The editor's words for domain codes: triggers, payment types, return reasons, field problems."""

from __future__ import annotations

from PySide6.QtCore import QObject

from refunddesk.domain.cases import PaymentKind, Trigger

RETURN_REASONS = (
    "DONT_LIKE_IT",
    "NOT_AS_DESCRIBED",
    "NOT_AS_EXPECTED",
    "DAMAGED",
    "TRANSPORT",
    "INCOMPLETE",
    "DIFFERENT",
    "MISTAKE",
    "OVERDUE_DELIVERY",
    "HIDDEN_FLAW",
    "OTHER_FLAW",
    "COUNTERFEIT",
    "NOT_NEW",
    "TOO_LARGE",
    "TOO_SMALL",
    "ORDERED_FOR_COMPARISON",
    "NONE",
)
MARKETPLACES = ("allegro-pl", "allegro-cz", "allegro-sk", "allegro-hu")
NOTICE_TEMPLATES = ("refund_cancelled", "refund_late", "refund_return", "refund_generic")


class RuleWords(QObject):
    """Plain, translated labels; one instance per editor (its ``tr`` context is RuleWords)."""

    def trigger(self, trigger: Trigger) -> str:
        return {
            Trigger.BUYER_CANCELLED: self.tr("The buyer cancels a paid order"),
            Trigger.NOT_SENT_IN_TIME: self.tr("An order is not sent in time"),
            Trigger.RETURN_DELIVERED: self.tr("A return is delivered back to me"),
            Trigger.RETURN_DECLARED: self.tr("A buyer declares a return"),
        }[trigger]

    def payments(self) -> dict[str, str]:
        return {
            PaymentKind.ONLINE: self.tr("Online"),
            PaymentKind.ALLEGRO_PAY: self.tr("Allegro Pay"),
            PaymentKind.CASH_ON_DELIVERY: self.tr("Cash on delivery"),
            PaymentKind.WIRE_TRANSFER: self.tr("Bank transfer"),
            PaymentKind.SPLIT_PAYMENT: self.tr("Split payment"),
            PaymentKind.EXTENDED_TERM: self.tr("Deferred payment"),
            PaymentKind.UNKNOWN: self.tr("Unknown method"),
        }

    def return_reasons(self) -> dict[str, str]:
        return {
            "DONT_LIKE_IT": self.tr("Does not like it"),
            "NOT_AS_DESCRIBED": self.tr("Not as described"),
            "NOT_AS_EXPECTED": self.tr("Not as expected"),
            "DAMAGED": self.tr("Damaged"),
            "TRANSPORT": self.tr("Damaged in transport"),
            "INCOMPLETE": self.tr("Incomplete"),
            "DIFFERENT": self.tr("Different product"),
            "MISTAKE": self.tr("Bought by mistake"),
            "OVERDUE_DELIVERY": self.tr("Delivered too late"),
            "HIDDEN_FLAW": self.tr("Hidden flaw"),
            "OTHER_FLAW": self.tr("Other flaw"),
            "COUNTERFEIT": self.tr("Counterfeit"),
            "NOT_NEW": self.tr("Not new"),
            "TOO_LARGE": self.tr("Too large"),
            "TOO_SMALL": self.tr("Too small"),
            "ORDERED_FOR_COMPARISON": self.tr("Ordered to compare"),
            "NONE": self.tr("No reason given"),
        }

    def refund_reasons(self) -> dict[str, str]:
        return {
            "REFUND": self.tr("Refund (REFUND)"),
            "COMPLAINT": self.tr("Complaint (COMPLAINT)"),
            "PRODUCT_NOT_AVAILABLE": self.tr("Product not available (PRODUCT_NOT_AVAILABLE)"),
            "PAID_VALUE_TOO_LOW": self.tr("Paid too little (PAID_VALUE_TOO_LOW)"),
            "OVERPAID": self.tr("Overpaid (OVERPAID)"),
            "CANCELLED_BY_BUYER": self.tr("Cancelled by the buyer (CANCELLED_BY_BUYER)"),
            "NOT_COLLECTED": self.tr("Parcel not collected (NOT_COLLECTED)"),
        }

    def notice_templates(self) -> dict[str, str]:
        return {
            "refund_cancelled": self.tr("Refund after a cancellation"),
            "refund_late": self.tr("Refund for an order we could not send"),
            "refund_return": self.tr("Refund after a return"),
            "refund_generic": self.tr("Refund (general message)"),
        }

    def problem(self, field: str) -> str:
        """A translated message for a validate() field (the domain's English text is the tip)."""
        return {
            "name": self.tr("Give the rule a name."),
            "action.percent": self.tr("The percentage must be above 0 and at most 100."),
            "action.scope": self.tr(
                "Only a return has returned items; this rule is not for returns."
            ),
            "action.seller_comment": self.tr(
                "The comment to the buyer can be at most 250 characters."
            ),
            "action.reason": self.tr("Choose a refund reason Allegro knows."),
            "action.notice_template": self.tr("Choose which message the buyer gets."),
            "action.mark_cancelled": self.tr(
                "A returned order was sent, so it cannot be marked cancelled."
            ),
            "action.deduction": self.tr(
                "The deduction must not be negative and must be smaller than any refund "
                "this rule can make."
            ),
            "cap": self.tr("A cap cannot be negative, and each currency can have only one cap."),
            "currency": self.tr(
                "The deduction and the order amounts must be in the same currency."
            ),
            "conditions.paid_at_least": self.tr("An amount paid cannot be negative."),
            "conditions.paid_under": self.tr(
                "No amount paid can satisfy both limits; the rule would never match."
            ),
            "nothing_chosen": self.tr(
                "Tick at least one choice, or remove this condition: an empty condition "
                'is not saved as "any".'
            ),
            "nothing_typed": self.tr("Type something, or remove this condition."),
            "conditions.total_at_least": self.tr("An order total cannot be negative."),
            "conditions.total_under": self.tr(
                "No order total can satisfy both limits; the rule would never match."
            ),
            "conditions.return_reasons": self.tr(
                "Return reasons only exist on returns; this rule would never match."
            ),
            "conditions.min_days_since_purchase": self.tr(
                "Days since purchase cannot be negative."
            ),
            "conditions.max_days_since_purchase": self.tr(
                "The most days since purchase is less than the fewest."
            ),
            "conditions.payment_types": self.tr("Unknown payment type."),
            "conditions.min_buyer_orders": self.tr("A buyer has at least 1 order (this one)."),
            "conditions.blocked_logins": self.tr("The blocklist has an empty login."),
            "conditions.products": self.tr("Choose at least one product, group or name."),
            "conditions.marketplaces": self.tr("A marketplace is empty."),
            "delay": self.tr("The delay cannot be negative."),
            "handling_time": self.tr("The handling time cannot be negative."),
            "grace": self.tr("The grace period cannot be negative."),
            "amount": self.tr("Enter an amount such as 12.50."),
            "percent": self.tr("Enter a percentage such as 50 or 12.5."),
        }.get(field, "")
