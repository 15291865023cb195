"""The demo shop writes moments and prices as Allegro does, through its quicker helpers."""

from __future__ import annotations

import random
from datetime import UTC, datetime

from refunddesk.demo_shop.clock import iso
from refunddesk.demo_shop.render import price
from refunddesk.domain.money import Money
from tests.support.moments import random_moments


def test_moments_are_written_as_strftime_wrote_them_in_any_zone_and_year() -> None:
    # iso() writes through isoformat (faster); its text must stay what strftime wrote:
    # milliseconds cut (never rounded up), UTC, a trailing Z.
    for moment in random_moments(seed=11):
        utc = moment.astimezone(UTC)
        expected = utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
        assert iso(moment) == expected, moment
    assert iso(datetime(2026, 12, 7, 9, 5, 1, 999_999, tzinfo=UTC)) == "2026-12-07T09:05:01.999Z"


def test_a_price_is_a_new_object_with_the_amount_text_of_money() -> None:
    rng = random.Random(3)
    for _ in range(2_000):
        minor = rng.randrange(-(10**9), 10**9)
        currency = rng.choice(["PLN", "EUR", "CZK", "HUF", "JPY"])
        first, again = price(minor, currency), price(minor, currency)
        assert first == {"amount": Money(minor, currency).amount_str(), "currency": currency}
        assert again == first
        # A fault may change an answer before it is sent: no two answers share one object.
        assert again is not first
