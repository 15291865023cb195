"""The order timeline's refund lines in the merchant's words, and older stored lines read so.

The worker writes each line as a message; lines an older version stored with codes in them
(``PLANNED → SUBMITTING``, Allegro's ``SUCCESS``) are turned into the same messages when read,
so a timeline kept in a merchant's database reads like a new one without rewriting any row.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from refunddesk.domain.messages import Message, Said, msg
from refunddesk.domain.no_refund import no_refund_reason
from refunddesk.domain.refunds import PlatformRefundStatus
from refunddesk.domain.states import IntentState

_STATES = frozenset(s.value for s in IntentState)
_REFUND_STATUSES = frozenset(s.value for s in PlatformRefundStatus)
# The moves the worker makes without a note of its own, worded for what they mean.
_MOVES = {
    ("PLANNED", "SUBMITTING"): "timeline.sending",
    ("SUBMITTING", "PLANNED"): "timeline.not_sent",
}
# How intent_ops.transition wrote a move without a note before it was a message.
_OLD_MOVE = re.compile(r"^([A-Z_]+) → ([A-Z_]+)$")
# Lines that quote Allegro's refund status as a value (``status``).
_WITH_REFUND_STATUS = ("note.sent", "note.refunded")
# Lines that quote a notice's status as Allegro's messaging or SMSAPI says it.
_WITH_NOTICE_STATUS = ("timeline.notice_status", "timeline.notice_status_failed")
NOTICE_STATUSES = frozenset(
    {
        # Allegro's messages (NOTES.md §8)
        "VERIFYING",
        "BLOCKED",
        "DELIVERED",
        "INTERACTING",
        "DISMISSED",
        # SMSAPI's delivery reports (notify/sms.py)
        "QUEUE",
        "ACCEPTED",
        "SENT",
        "UNDELIVERED",
        "EXPIRED",
        "FAILED",
        "REJECTED",
        "STOP",
    }
)
# How sync wrote a return's line before it was a message.
_OLD_RETURN = re.compile(r"^return (\S+): (.*)$", re.DOTALL)
# Trace lines that say nothing about the deciding rule's decision.
_NOT_THE_DECISION = ("trace.rule_skipped", "trace.rule_not_reached", "trace.shadow")


def refund_status(status: str) -> Message | str:
    """Allegro's refund status in words (``refund_status.*``); an unknown one as it is."""
    return msg(f"refund_status.{status}") if status in _REFUND_STATUSES else status


def notice_status(status: str) -> Message | str:
    """A notice's status in words (``notice_status.*``); an unknown one as it is."""
    return msg(f"notice_status.{status}") if status in NOTICE_STATUSES else status


def return_items(reference: str, items: str) -> Message:
    """A customer return's line: its reference and what comes back ("1× Kubek")."""
    return msg("timeline.return_items", reference=reference, items=items)


def state_change(before: str, after: str) -> Message:
    """The line for a refund's move that came with no note, e.g. "Sending the refund"."""
    code = _MOVES.get((before, after))
    if code is not None:
        return msg(code)
    return msg("timeline.state_change", before=_state(before), after=_state(after))


def _state(state: str) -> Message | str:
    return msg(f"state.{state}") if state in _STATES else state


def decision_line(state: str, trace: Iterable[Said]) -> Message | None:
    """What a decision's timeline line says: the rule that decided and its outcome, or, for
    "no refund", why. The rules below the deciding one ("not reached") are left out: the
    line used to end on the last of them and so named a rule that did not decide."""
    lines = [line for line in trace if isinstance(line, Message)]
    if state == IntentState.NO_ACTION.value:
        return no_refund_reason(lines)
    matched = next((line for line in lines if line.code == "trace.rule_matches"), None)
    outcome = [
        line
        for line in lines
        if line.code not in _NOT_THE_DECISION and line.code != "trace.rule_matches"
    ]
    if matched is None:
        return outcome[-1] if outcome else None
    if not outcome:
        return matched
    return msg("timeline.decided", rule=matched, outcome=_one_after_another(outcome))


def _one_after_another(lines: list[Message]) -> Message:
    if len(lines) == 1:
        return lines[0]
    return msg("timeline.then", first=lines[0], then=_one_after_another(lines[1:]))


def declared_return(line: Said) -> Message:
    """A decision on a return the buyer declared but the seller has not received yet."""
    return msg("timeline.declared_return", line=line)


def readable(said: Said) -> Said:
    """A stored line as today's worker writes it: older rows' codes become words."""
    if isinstance(said, str):
        found = _OLD_MOVE.match(said)
        if found and found[1] in _STATES and found[2] in _STATES:
            return state_change(found[1], found[2])
        found = _OLD_RETURN.match(said)
        if found:
            return return_items(found[1], found[2])
        return said
    status = said.values.get("status")
    if said.code in _WITH_REFUND_STATUS and isinstance(status, str):
        return Message(said.code, {**said.values, "status": refund_status(status)})
    if said.code in _WITH_NOTICE_STATUS and isinstance(status, str):
        return Message(said.code, {**said.values, "status": notice_status(status)})
    return said
