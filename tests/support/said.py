"""What the merchant reads, in English, from stored messages (traces, details, problems)."""

from __future__ import annotations

from typing import Any

from refunddesk.domain.messages import Message, from_stored, from_text, render


def english(item: Any) -> str:
    """A stored trace line, a text column, a message or a plain sentence, in English."""
    if isinstance(item, Message):
        return render(item, "en")
    if isinstance(item, str):
        return render(from_text(item), "en")
    return render(from_stored(item), "en")


def english_lines(items: Any) -> list[str]:
    """A stored trace (or plan notes) line by line, in English."""
    return [english(i) for i in items or []]
