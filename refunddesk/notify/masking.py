"""A buyer's address shown to a person with most of it hidden (screens, dialogs, alerts)."""

from __future__ import annotations


def mask_recipient(channel: str, recipient: str) -> str:
    """Enough to recognise the buyer, not enough to copy their contact details from a screen."""
    if not recipient:
        return ""
    if channel == "email" and "@" in recipient:
        name, _, domain = recipient.rpartition("@")
        return f"{_mask_word(name)}@{domain}"
    if channel == "sms":
        digits = recipient.lstrip("+")
        plus = "+" if recipient.startswith("+") else ""
        # The country code and the last three digits: a merchant compares with the order.
        head = digits[:2] if len(digits) > 7 else ""
        tail = digits[-3:]
        hidden = "•" * max(3, len(digits) - len(head) - len(tail))
        return f"{plus}{head}{hidden}{tail}"
    return _mask_word(recipient)


def _mask_word(word: str) -> str:
    if len(word) <= 2:
        return word[:1] + "•"
    return word[0] + "•" * min(len(word) - 2, 6) + word[-1]
