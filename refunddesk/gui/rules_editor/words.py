"""The editor's own words: message template names and field problems (codes: gui.words)."""

from __future__ import annotations

from PySide6.QtCore import QObject

# The return reasons a rule can name, in the order the editor lists them.
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
