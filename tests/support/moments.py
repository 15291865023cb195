"""Moments anywhere in years 1–9990, in zones from -12:00 to +14:00, to compare two ways of
writing them as text."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

_ZONES = [timezone(timedelta(minutes=m)) for m in (-720, -330, 0, 60, 120, 345, 840)]


def random_moments(seed: int, count: int = 20_000) -> Iterator[datetime]:
    rng = random.Random(seed)
    start = datetime(1, 1, 2, tzinfo=UTC)
    for _ in range(count):
        moment = start + timedelta(
            seconds=rng.uniform(0, 9_990 * 365 * 86_400), microseconds=rng.randrange(10**6)
        )
        # A moment near year 9999 in a zone ahead of UTC would not fit in a datetime.
        yield moment.astimezone(rng.choice(_ZONES)) if moment.year < 9_990 else moment
