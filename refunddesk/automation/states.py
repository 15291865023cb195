"""The intent states, re-exported from the domain layer where they now live."""

from __future__ import annotations

from refunddesk.domain.states import (
    FINAL,
    HELD_TEXT,
    IN_FLIGHT,
    NEEDS_PERSON,
    HeldReason,
    IntentState,
)

__all__ = ["FINAL", "HELD_TEXT", "IN_FLIGHT", "NEEDS_PERSON", "HeldReason", "IntentState"]
