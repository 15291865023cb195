"""How a moment is stored as text (no SQLAlchemy here: the page reading helper process writes
rows with it and starts quicker without the database layer)."""

from __future__ import annotations

from datetime import UTC, datetime

UTC_FORMAT = "%Y-%m-%dT%H:%M:%S.%fZ"


def utc_text(value: datetime) -> str:
    """How a moment is stored: ISO text with a fixed width (``2026-11-20T09:00:00.000000Z``),
    which sorts correctly, so range queries work on SQLite."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given to the database; pass an aware UTC time")
    moment = value if value.tzinfo is UTC else value.astimezone(UTC)
    if moment.year < 1000:  # strftime writes such a year unpadded: keep what was stored
        return moment.strftime(UTC_FORMAT)
    # The same text as strftime for every 4-digit year, in under half its time (and 60 % of
    # isoformat's): a first sync formats a few moments for each of 100,000 orders.
    return "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ" % (  # noqa: UP031 (an f-string is slower)
        moment.year,
        moment.month,
        moment.day,
        moment.hour,
        moment.minute,
        moment.second,
        moment.microsecond,
    )


def utc_moment(text: str) -> datetime:
    """The moment ``utc_text`` stored, as an aware UTC datetime.

    Its fixed-width form is read by ``datetime.fromisoformat`` (C, ~0.1 µs), not ``strptime``
    (Python, ~6 µs): a screen's page of orders reads hundreds of moments, and the pool thread
    reading them kept the GUI thread waiting for the interpreter. Any other text goes through
    ``strptime`` as before, which refuses what is not the stored form."""
    if len(text) == 27 and text[10] == "T" and text[-1] == "Z":
        return datetime.fromisoformat(text)
    return datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)
