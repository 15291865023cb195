"""Reusable column types: UTC timestamps, money in minor units, JSON text."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Annotated, Any

from sqlalchemy import BigInteger, Dialect, String, Text, TypeDecorator
from sqlalchemy.orm import mapped_column

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(value: datetime) -> str:
    """How a moment is stored: ISO text with a fixed width (``2026-11-20T09:00:00.000000Z``),
    which sorts correctly, so range queries work on SQLite."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; pass an aware UTC time")
    moment = value.astimezone(UTC)
    if moment.year < 1000:  # strftime writes such a year unpadded: keep what was stored
        return moment.strftime(UTC_FORMAT)
    # isoformat is the same text for every 4-digit year (ending "+00:00" in UTC), in 60 % of
    # strftime's time: a sync formats a few moments for each of 100,000 orders.
    return moment.isoformat(timespec="microseconds")[:-6] + "Z"


def utc_moment(text: str) -> datetime:
    """The moment ``utc_text`` stored, as an aware UTC datetime.

    Its fixed-width form is read by ``datetime.fromisoformat`` (C, ~0.1 µs), not ``strptime``
    (Python, ~6 µs): a screen's page of orders reads hundreds of moments, and the pool thread
    reading them kept the GUI thread waiting for the interpreter. Any other text goes through
    ``strptime`` as before, which refuses what is not the stored form."""
    if len(text) == 27 and text[10] == "T" and text[-1] == "Z":
        return datetime.fromisoformat(text)
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out (SQLite keeps no zone of its own)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return utc_text(value)

    def process_result_value(self, value: str | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return utc_moment(value)


class JSONText(TypeDecorator[Any]):
    """JSON kept as text: readable in any SQLite browser, portable to PostgreSQL."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> str | None:
        if value is None:
            return None
        return json.dumps(value, ensure_ascii=False, sort_keys=True)

    def process_result_value(self, value: str | None, dialect: Dialect) -> Any:
        return None if value is None else json.loads(value)


# Money is integer minor units; a sibling currency column says which currency.
minor_units = Annotated[int, mapped_column(BigInteger)]
optional_minor_units = Annotated[int | None, mapped_column(BigInteger, nullable=True)]
currency_code = Annotated[str, mapped_column(String(3))]
utc_time = Annotated[datetime, mapped_column(UTCDateTime())]
optional_utc_time = Annotated[datetime | None, mapped_column(UTCDateTime(), nullable=True)]
allegro_id = Annotated[str, mapped_column(String(64))]
short_text = Annotated[str, mapped_column(String(255), default="")]
