"""Money is exact: parsing, formatting, arithmetic, splits and percentages."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refunddesk.domain.money import Money, MoneyError, split_minor, total

PLN = "PLN"


def test_parse_allegro_price() -> None:
    m = Money.from_allegro({"amount": "123.45", "currency": "PLN"})
    assert m == Money(12345, PLN)
    assert m.to_allegro() == {"amount": "123.45", "currency": "PLN"}


@pytest.mark.parametrize(
    ("text", "minor"), [("0", 0), ("7", 700), ("7.5", 750), ("0.01", 1), ("1000000.99", 100000099)]
)
def test_parse_forms(text: str, minor: int) -> None:
    assert Money.parse(text, PLN).minor == minor


def test_format_always_two_decimals() -> None:
    assert Money(5, PLN).to_allegro()["amount"] == "0.05"
    assert Money(500, PLN).amount_str() == "5.00"
    assert str(Money(123456, "EUR")) == "1234.56 EUR"


@pytest.mark.parametrize(
    "bad", ["12.345", "1e3", "NaN", "inf", "", " ", "1,50", "12.", ".5", "+1.00", "0x10"]
)
def test_parse_rejects_non_money_strings(bad: str) -> None:
    with pytest.raises(MoneyError):
        Money.parse(bad, PLN)


def test_floats_are_rejected_everywhere() -> None:
    with pytest.raises(MoneyError):
        Money.parse(50.41, PLN)  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money.from_allegro({"amount": 50.41, "currency": "PLN"})
    with pytest.raises(MoneyError):
        Money(50.41, PLN)  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money(100, PLN).percent(10.5)  # type: ignore[arg-type]
    with pytest.raises(MoneyError):
        Money(100, PLN) * 1.5  # type: ignore[operator]
    with pytest.raises(MoneyError):
        Money(True, PLN)  # type: ignore[arg-type]


def test_negative_only_where_allowed() -> None:
    with pytest.raises(MoneyError, match="negative"):
        Money.parse("-1.00", PLN)
    assert Money.parse("-1.00", PLN, allow_negative=True).minor == -100


def test_mixed_currencies_are_an_error() -> None:
    with pytest.raises(MoneyError, match="mixed"):
        Money(100, PLN) + Money(100, "EUR")
    with pytest.raises(MoneyError, match="mixed"):
        _ = Money(100, PLN) < Money(100, "EUR")
    with pytest.raises(MoneyError, match="mixed"):
        total([Money(1, PLN), Money(1, "EUR")], PLN)


@given(st.integers(-(10**12), 10**12), st.integers(-(10**12), 10**12), st.integers(0, 99))
def test_arithmetic_gives_amounts_like_any_other(a: int, b: int, k: int) -> None:
    # Sums and multiples are made without checking their parts again: they must be amounts in
    # every way (equal, hashed, pickled, frozen, refused when mixed) all the same.
    import dataclasses
    import pickle

    x, y = Money(a, PLN), Money(b, PLN)
    for got, minor in ((x + y, a + b), (x - y, a - b), (-x, -a), (x * k, a * k), (k * x, a * k)):
        made = Money(minor, PLN)
        assert got == made and hash(got) == hash(made) and repr(got) == repr(made)
        assert type(got.minor) is int and got.currency == PLN
        assert pickle.loads(pickle.dumps(got)) == made
        assert {got: 1}[made] == 1
        with pytest.raises(dataclasses.FrozenInstanceError):
            got.minor = 0  # type: ignore[misc]
        with pytest.raises(MoneyError, match="mixed"):
            got + Money(1, "EUR")


@pytest.mark.parametrize("bad", ["pln", "PL", "ZŁOTY", "", "P1N"])
def test_currency_codes_are_iso(bad: str) -> None:
    with pytest.raises(MoneyError):
        Money(1, bad)


def test_missing_price_fields() -> None:
    with pytest.raises(MoneyError):
        Money.from_allegro({"amount": "1.00"})
    with pytest.raises(MoneyError):
        Money.from_allegro("1.00 PLN")


def test_percent_rounds_half_even() -> None:
    # 2.5 grosze rounds to 2, 3.5 to 4: banker's rounding, no drift over many refunds.
    assert Money(5, PLN).percent(50).minor == 2
    assert Money(7, PLN).percent(50).minor == 4
    assert Money(12345, PLN).percent("33.3").minor == 4111  # 4110.885 -> 4111
    assert Money(10000, PLN).percent(Decimal("12.5")).minor == 1250


def test_split_largest_remainder_example() -> None:
    parts = Money(10000, PLN).split([1, 1, 1])
    assert [p.minor for p in parts] == [3334, 3333, 3333]
    assert split_minor(100, [0, 1]) == [0, 100]


def test_split_rejects_nonsense() -> None:
    with pytest.raises(MoneyError):
        split_minor(100, [])
    with pytest.raises(MoneyError):
        split_minor(100, [0, 0])
    with pytest.raises(MoneyError):
        split_minor(100, [-1, 2])


amounts = st.integers(min_value=-(10**12), max_value=10**12)
weights = st.lists(st.integers(min_value=0, max_value=10**6), min_size=1, max_size=30).filter(
    lambda w: sum(w) > 0
)


@given(amounts, weights)
def test_split_always_adds_up_and_is_fair(minor: int, ws: list[int]) -> None:
    parts = split_minor(minor, ws)
    assert sum(parts) == minor
    wsum = sum(ws)
    for part, w in zip(parts, ws, strict=True):
        exact = Decimal(minor) * w / wsum
        assert abs(Decimal(part) - exact) < 1  # never off by a whole minor unit or more
        if w == 0:
            assert part == 0


@given(st.integers(min_value=0, max_value=10**13))
def test_round_trip_through_allegro_is_exact(minor: int) -> None:
    m = Money(minor, PLN)
    assert Money.from_allegro(m.to_allegro()) == m


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=100))
def test_percent_never_exceeds_the_whole(minor: int, pct: int) -> None:
    part = Money(minor, PLN).percent(pct)
    assert 0 <= part.minor <= minor


@given(st.lists(st.integers(min_value=0, max_value=10**9), max_size=50))
def test_total_is_the_exact_sum(values: list[int]) -> None:
    assert total((Money(v, PLN) for v in values), PLN).minor == sum(values)


def test_parse_gives_exactly_what_decimal_gives_for_every_shape_of_amount() -> None:
    import random
    from decimal import Decimal

    rng = random.Random(5)
    texts = ["0", "-0", "-0.00", "007.05", " 5.5 ", "١٢.٣", "99999999999.99", "-0.5"]
    for _ in range(20_000):
        sign = "-" if rng.random() < 0.3 else ""
        cents = rng.choice(["", f".{rng.randint(0, 9)}", f".{rng.randint(0, 99):02d}"])
        texts.append(f"{sign}{rng.randint(0, 10**9)}{cents}")
    for text in texts:
        exact = Decimal(text.strip()).scaleb(2)
        assert Money.parse(text, "PLN", allow_negative=True).minor == int(exact)
        if exact < 0:
            with pytest.raises(MoneyError):
                Money.parse(text, "PLN")
        else:
            assert Money.parse(text, "PLN").minor == int(exact)


@given(st.integers(min_value=-(10**13), max_value=10**13))
def test_formatting_is_exactly_what_decimal_gives(minor: int) -> None:
    # amount_str works in integers for two-decimal currencies: it must write what the exact
    # Decimal writes, sign and leading zero included ("-0.05", "0.00").
    expected = f"{Decimal(minor).scaleb(-2):.2f}"
    assert Money(minor, PLN).amount_str() == expected
    assert Money(minor, "EUR").to_allegro() == {"amount": expected, "currency": "EUR"}
