"""A JSON value that knows its path and refuses values that cannot be right, naming the field."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import Any, TypeVar

from refunddesk.domain.money import Money, MoneyError
from refunddesk.marketplace.base import MalformedResponse, UnreadableOrder

_MISSING = object()

# Bounds past which a value is poison, not business: no order line has a billion units,
# no order is worth a billion (of any currency), and Allegro did not exist before 2000.
MAX_COUNT = 10**9
MAX_MINOR = 10**11
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)
MAX_ID_LENGTH = 200
T = TypeVar("T")


# Values already read and found good, by their JSON text: an order list repeats the same
# prices and moments (a line's boughtAt is its order's), and reading them was a fifth of
# mapping an order. Money and datetimes are immutable, so one instance serves every order.
# Only good values are kept: a bad one is read (and refused, naming its field) every time.
_KNOWN_MONEY: dict[tuple[str, str], Money] = {}
_KNOWN_MOMENTS: dict[str, datetime] = {}
_KNOWN_AT_MOST = 20_000
# Fewer amounts: a Money (and its key) is an object the cyclic collector walks, and a sync
# holds the collector off, so whatever the memory holds at the end is walked in one young
# pass on the window's thread (20,000 amounts made that pass 30 ms). Amounts that repeat
# (a catalogue's prices, delivery costs) come back at once after a clear; 2,000 keep 90 %
# of reads cached, 20,000 kept 94 %.
_KNOWN_MONEY_AT_MOST = 2_000
K = TypeVar("K")
V = TypeVar("V")


def _remember(known: dict[K, V], key: K, value: V, at_most: int = _KNOWN_AT_MOST) -> None:
    if len(known) >= at_most:
        known.clear()  # a long sync meets ever new moments: start over rather than grow
    known[key] = value


class Node:
    """A JSON value with the path that led to it, so every error names its field."""

    __slots__ = ("path", "value", "what")

    def __init__(self, value: Any, path: str, what: str) -> None:
        self.value, self.path, self.what = value, path, what

    def bad(self, path: str, reason: str) -> MalformedResponse:
        return MalformedResponse(self.what, field_path=path, reason=reason)

    def child_path(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _raw(self, key: str) -> Any:
        if not isinstance(self.value, dict):
            raise self.bad(self.path, "expected an object")
        return self.value.get(key, _MISSING)

    def _present(self, key: str) -> Any:
        raw = self._raw(key)
        if raw is _MISSING or raw is None:
            raise self.bad(self.child_path(key), "missing")
        return raw

    def has(self, key: str) -> bool:
        raw = self._raw(key)
        return raw is not _MISSING and raw is not None

    def child(self, key: str) -> Node:
        raw = self._present(key)
        if not isinstance(raw, dict):
            raise self.bad(self.child_path(key), "expected an object")
        return Node(raw, self.child_path(key), self.what)

    def opt_child(self, key: str) -> Node | None:
        raw = self._raw(key)
        if raw is _MISSING or raw is None:
            return None
        if not isinstance(raw, dict):
            raise self.bad(self.child_path(key), "expected an object")
        return Node(raw, self.child_path(key), self.what)

    def items(self, key: str, *, required: bool = True) -> Iterator[Node]:
        raw = self._raw(key)
        path = self.child_path(key)
        if raw is _MISSING or raw is None:
            if required:
                raise self.bad(path, "missing")
            return
        if not isinstance(raw, list):
            raise self.bad(path, "expected a list")
        for i, item in enumerate(raw):
            yield Node(item, f"{path}[{i}]", self.what)

    def text(self, key: str) -> str:
        return self._text(key, self._present(key))

    def _text(self, key: str, raw: Any) -> str:
        if type(raw) is str:
            return raw
        if isinstance(raw, bool) or not isinstance(raw, (str, int)):
            raise self.bad(self.child_path(key), "expected a string")
        return str(raw)  # ids sometimes arrive as numbers; they are opaque strings to us

    def opt_text(self, key: str, default: str = "") -> str:
        raw = self._raw(key)  # one look-up: most fields of an order are optional texts
        return default if raw is _MISSING or raw is None else self._text(key, raw)

    def ident(self, key: str) -> str:
        """An id: opaque, but never empty, huge or with control characters (it names a URL)."""
        text = self.text(key)
        if believable_id(text):
            return text
        if not text.strip():
            raise self.bad(self.child_path(key), "an empty id")
        raise self.bad(self.child_path(key), f"not a believable id: {text[:40]!r}")

    def string_id(self, key: str) -> str:
        """An id the spec declares a string (a return's UUID, say): a number there is an odd
        value, not an id, and would send every later re-read to a return that is not there."""
        raw = self._present(key)
        if type(raw) is not str:
            raise self.bad(self.child_path(key), f"expected a string id, got {str(raw)[:40]!r}")
        return self.ident(key)

    def event_id(self, key: str) -> str:
        """An event id: a string of digits (it becomes the feed's cursor, and Allegro answers
        422 for every later page after a cursor it never issued)."""
        raw = self._present(key)
        if not isinstance(raw, str) or not (raw.isascii() and raw.isdecimal()):
            raise self.bad(self.child_path(key), f"not an event id: {str(raw)[:40]!r}")
        return self.ident(key)

    def whole(self, key: str, *, high: int = MAX_COUNT) -> int:
        raw = self._present(key)
        path = self.child_path(key)
        if isinstance(raw, bool) or not isinstance(raw, (int, float)):
            raise self.bad(path, f"expected a whole number, got {raw!r}"[:120])
        # Python's JSON reader turns Infinity and NaN into floats: they are not counts.
        if isinstance(raw, float) and not math.isfinite(raw):
            raise self.bad(path, f"not a finite number ({raw})")
        # Allegro declares some counts as "number, format integer": accept 2.0, refuse 2.5.
        if raw != int(raw):
            raise self.bad(path, f"expected a whole number, got {raw}")
        value = int(raw)
        if value < 0:
            raise self.bad(path, f"negative ({value})")
        if value > high:
            raise self.bad(path, f"absurdly large ({raw:.3g})")
        return value

    def opt_whole(self, key: str, default: int) -> int:
        return self.whole(key) if self.has(key) else default

    def flag(self, key: str, default: bool = False) -> bool:
        raw = self._raw(key)
        return raw if isinstance(raw, bool) else default

    def money(self, key: str) -> Money:
        return self._money(key, self._present(key))

    def _money(self, key: str, raw: Any) -> Money:
        value = quiet_money(raw)
        if value is not None:
            return value
        # Not an amount: say why, naming the field.
        if not isinstance(raw, dict):
            raise self.bad(self.child_path(key), "expected an object")
        try:
            value = Money.from_allegro(raw)
        except MoneyError as exc:
            raise self.bad(self.child_path(key), str(exc)[:160]) from None
        raise self.bad(self.child_path(key), f"an absurd amount ({value})"[:120])

    def opt_money(self, key: str) -> Money | None:
        raw = self._raw(key)
        return None if raw is _MISSING or raw is None else self._money(key, raw)

    def when(self, key: str) -> datetime:
        return self._when(key, self.text(key))

    def opt_when(self, key: str) -> datetime | None:
        raw = self._raw(key)
        if raw is _MISSING or raw is None:
            return None
        return self._when(key, self._text(key, raw))

    def _when(self, key: str, text: str) -> datetime:
        known = quiet_moment(text)
        if known is not None:
            return known
        # Not a moment: parse_datetime says why, naming the field.
        return parse_datetime(text, lambda problem: self.bad(self.child_path(key), problem))


def quiet_money(raw: Any) -> Money | None:
    """The amount of a Price object, or None where it is not one (``Node.money`` then says
    why). Both readers of orders read amounts through this: one rule for what is money."""
    if type(raw) is not dict:
        return None
    amount, currency = raw.get("amount"), raw.get("currency")
    if type(amount) is not str or type(currency) is not str:
        return None
    return quiet_amount(amount, currency)


def quiet_amount(amount: str, currency: str) -> Money | None:
    """A Price object's amount from its two texts, or None where they are not money."""
    known = _KNOWN_MONEY.get((amount, currency))
    if known is not None:
        return known
    try:
        value = Money.parse(amount, currency)
    except MoneyError:
        return None
    if abs(value.minor) > MAX_MINOR:
        return None
    _remember(_KNOWN_MONEY, (amount, currency), value, _KNOWN_MONEY_AT_MOST)
    return value


def quiet_moment(raw: Any) -> datetime | None:
    """A moment (2000..2100, any offset, as UTC), or None where it is not one (``Node.when``
    then says why). Both readers of orders read moments through this."""
    if type(raw) is not str:
        return None
    known = _KNOWN_MOMENTS.get(raw)
    if known is None:
        try:
            known = parse_datetime(raw, lambda problem: ValueError(problem))
        except ValueError:
            return None
        _remember(_KNOWN_MOMENTS, raw, known)
    return known


def checked_money(value: Money, node: Node, path: str, what: str = "") -> Money:
    """The amount, unless it is beyond any real order (a poisoned or overflowing value)."""
    if abs(value.minor) > MAX_MINOR:
        raise node.bad(path, f"{what}an absurd amount ({value})"[:120])
    return value


def parse_datetime(text: str, bad: Callable[[str], Exception] | None = None) -> datetime:
    """Any ISO-8601 date-time with any offset, as an aware UTC datetime (no offset means UTC).

    With ``bad``, a moment outside 2000..2100 is refused too: year 9999 is poison, and its
    arithmetic overflows later.
    """
    try:
        value = datetime.fromisoformat(text)
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
    except (ValueError, OverflowError):  # 9999-12-31T23:00-05:00 overflows in UTC
        if bad is None:
            raise ValueError(f"not an ISO date-time: {text!r}") from None
        raise bad(f"not an ISO date-time: {text[:40]!r}") from None
    if bad is not None and not EARLIEST <= value < LATEST:
        raise bad(f"a date out of range ({text[:40]})")
    return value


def root(value: Any, what: str, path: str = "") -> Node:
    if not isinstance(value, dict):
        raise MalformedResponse(what, field_path=path or "(body)", reason="expected an object")
    return Node(value, path, what)


def believable_id(text: str) -> bool:
    """Not empty, not huge, no control characters: an id may name a URL."""
    return bool(text.strip()) and len(text) <= MAX_ID_LENGTH and text.isprintable()


def soft_id(value: Any, *keys: str) -> str:
    """The id at ``keys`` if it is a believable one, else "": who a broken entry belongs to."""
    for key in keys:
        if not isinstance(value, dict):
            return ""
        value = value.get(key)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return ""
    text = str(value)
    return text if believable_id(text) else ""


def per_order(
    read: Callable[[Node], T],
    value: Any,
    path: str,
    what: str,
    *,
    order_id: str,
    subject: str = "order",
    subject_id: str = "",
) -> T:
    """``read`` one entry; whatever is wrong with it becomes a problem of that one order."""
    try:
        return read(root(value, what, path))
    except UnreadableOrder:
        raise
    except MalformedResponse as exc:
        reason, field_path = exc.reason or "unreadable", exc.field_path
    except MoneyError as exc:  # sums across a mixed-currency entry
        reason, field_path = str(exc)[:160], path
    raise UnreadableOrder(
        order_id, reason, subject=subject, subject_id=subject_id, field_path=field_path
    ) from None


def one_currency(
    node: Node, currency: str, amounts: Iterable[tuple[str, Money | None]], whose: str
) -> None:
    for key, amount in amounts:
        if amount is not None and amount.currency != currency:
            raise node.bad(
                node.child_path(key), f"in {amount.currency} but the {whose} is in {currency}"
            )
