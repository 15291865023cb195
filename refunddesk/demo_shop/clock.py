"""The shop's own clock: real time plus an offset that scenarios can move, or frozen."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta


class ShopClock:
    """Runs with the wall clock unless frozen; `advance`/`set` move it for scenarios and tests."""

    def __init__(self, start: datetime | None = None, *, frozen: bool = False) -> None:
        self._lock = threading.Lock()
        self._base = start or datetime.now(UTC)
        self._mono = time.monotonic()
        self._frozen = frozen

    def now(self) -> datetime:
        with self._lock:
            if self._frozen:
                return self._base
            return self._base + timedelta(seconds=time.monotonic() - self._mono)

    def advance(self, seconds: float) -> datetime:
        with self._lock:
            self._base += timedelta(seconds=seconds)
        return self.now()

    def set(self, when: datetime) -> datetime:
        if when.tzinfo is None:
            raise ValueError("the shop clock needs an aware datetime")
        with self._lock:
            self._base = when
            self._mono = time.monotonic()
        return self.now()

    @property
    def frozen(self) -> bool:
        return self._frozen


# Texts of moments already written. An order's moments are written again and again (a line's
# purchase time is the order's, every sync reads the same orders), and writing one took a
# third of the demo shop's CPU in a big sync, on the cores the app is measured on. Cleared
# when full rather than kept in order of use: a plain dict is quicker than an LRU's upkeep.
_WRITTEN: dict[datetime, str] = {}
_KEEP = 100_000


def iso(when: datetime) -> str:
    """Allegro's date-time form: UTC, milliseconds, trailing Z."""
    text = _WRITTEN.get(when)
    if text is None:
        if len(_WRITTEN) >= _KEEP:
            _WRITTEN.clear()
        text = _WRITTEN[when] = _iso(when)
    return text


def _iso(when: datetime) -> str:
    moment = when if when.tzinfo is UTC else when.astimezone(UTC)
    if moment.year < 1000:  # strftime writes such a year unpadded, isoformat pads it
        return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"
    # The same text (milliseconds cut, not rounded) in a third of strftime's time.
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"


def parse_iso(text: str) -> datetime:
    """Parse any ISO-8601 date-time with an offset or Z; a naive one is taken as UTC."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(tzinfo=UTC)
