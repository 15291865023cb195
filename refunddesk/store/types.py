"""Reusable column types: UTC timestamps, money in minor units, JSON text."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from sqlalchemy import BigInteger, Dialect, String, Text, TypeDecorator
from sqlalchemy.orm import mapped_column

from refunddesk.store.moments import utc_moment, utc_text


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
