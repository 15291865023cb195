"""A marketplace error as a message in the merchant's language, Allegro's own words as details.

Allegro writes its ``userMessage`` in Polish whatever the merchant reads ("Spróbuj ponownie
później"). The headline is chosen from the error's type (and so from Allegro's error code and
HTTP status, which pick the type); Allegro's words and the trace id ride along as the message's
``allegro_says`` and ``trace_id`` values, which only detail views show (``messages.details``).
"""

from __future__ import annotations

from refunddesk.domain.messages import Message, Value
from refunddesk.marketplace.base import (
    ApiError,
    CashOnDeliveryNotRefundable,
    Conflict,
    MalformedResponse,
    MarketplaceError,
    NetworkError,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ReconnectNeeded,
    ServerError,
    UnreadableOrder,
    ValidationRefused,
)

# Most specific first: ServerError is also an OutcomeUnknown, which is also a NetworkError.
_CODES: tuple[tuple[type[MarketplaceError], str], ...] = (
    (CashOnDeliveryNotRefundable, "allegro.cash_on_delivery"),
    (ValidationRefused, "allegro.validation_refused"),
    (NotFound, "allegro.not_found"),
    (Conflict, "allegro.conflict"),
    (ServerError, "allegro.server_error"),
    (ApiError, "allegro.refused"),
    (OutcomeUnknown, "allegro.outcome_unknown"),
    (NetworkError, "allegro.network"),
    (RateLimited, "allegro.rate_limited"),
    (ReconnectNeeded, "allegro.reconnect"),
    (UnreadableOrder, "allegro.unreadable_order"),
    (MalformedResponse, "allegro.malformed"),
)


def error_message(exc: MarketplaceError) -> Message:
    """The sentence for ``exc`` in no particular language; details keep Allegro's words."""
    code = next((c for kind, c in _CODES if isinstance(exc, kind)), "allegro.other")
    values: dict[str, Value] = {}
    if isinstance(exc, ApiError):
        values["allegro_says"] = exc.user_text
        values["error_code"] = ", ".join(exc.codes) or f"HTTP {exc.status}"
    elif isinstance(exc, MalformedResponse):
        values["allegro_says"] = Exception.__str__(exc)
    if isinstance(exc, RateLimited):
        values["n"] = round(exc.retry_after)
    if exc.trace_id:
        values["trace_id"] = exc.trace_id
    return Message(code, values)
