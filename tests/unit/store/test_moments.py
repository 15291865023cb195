"""Moments are stored as fixed-width UTC text and read back as the same aware datetimes."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from refunddesk.store.moments import UTC_FORMAT, utc_moment, utc_text
from tests.support.moments import random_moments

WARSAW_SUMMER = timezone(timedelta(hours=2))


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 11, 20, 9, 0, tzinfo=UTC),
        datetime(2026, 11, 20, 9, 0, 0, 123456, tzinfo=UTC),
        datetime(2026, 7, 1, 0, 30, 5, 1, tzinfo=WARSAW_SUMMER),  # the day before, in UTC
        datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
    ],
)
def test_a_stored_moment_reads_back_as_the_same_utc_moment(moment: datetime) -> None:
    text = utc_text(moment)
    back = utc_moment(text)
    assert back == moment
    assert back.tzinfo is UTC
    # The fast reading agrees with the strict one, field for field.
    assert back == datetime.strptime(text, UTC_FORMAT).replace(tzinfo=UTC)
    assert back.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    "text",
    ["2026-11-20 09:00:00", "2026-11-20T09:00:00Z", "2026-11-20T09:00:00.000000+01:00", ""],
)
def test_text_that_is_not_the_stored_form_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        utc_moment(text)


def test_stored_text_is_the_fixed_width_form_for_any_moment_in_any_zone() -> None:
    # utc_text writes its text itself (faster); the text must stay exactly what strftime
    # wrote before, or new rows would sort apart from the ones already stored.
    for moment in random_moments(seed=7):
        expected = moment.astimezone(UTC).strftime(UTC_FORMAT)
        assert utc_text(moment) == expected, moment
