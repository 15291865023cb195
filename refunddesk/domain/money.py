"""Exact money: integer minor units plus an ISO 4217 currency code."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation
from typing import Any

# Every currency Allegro marketplaces use has two decimals; a code not listed here is
# still accepted with two, which is what Allegro's Price strings allow at most.
_EXPONENTS: dict[str, int] = {"PLN": 2, "EUR": 2, "CZK": 2, "HUF": 2, "USD": 2, "GBP": 2}
# The currencies of Allegro's marketplaces (allegro.pl, .cz, .sk, .hu): what a limit or a cap
# a merchant types can be in.
ALLEGRO_CURRENCIES = ("PLN", "CZK", "EUR", "HUF")
_CURRENCY_RE = re.compile(r"^[A-Z]{3}$")
_AMOUNT_RE = re.compile(r"^-?\d+(\.\d{1,2})?$")


class MoneyError(ValueError):
    """An amount that is not exact money: a float, NaN, too many decimals, mixed currencies."""


# Codes already checked: an amount is made for every sum, so the regex ran millions of times
# for the same handful of currencies. At most 26**3 codes can pass, so the set stays small.
_CHECKED: set[str] = set()


def _check_currency(currency: str) -> str:
    if type(currency) is str and currency in _CHECKED:
        return currency
    if not isinstance(currency, str) or not _CURRENCY_RE.match(currency):
        raise MoneyError(f"not an ISO 4217 currency code: {currency!r}")
    _CHECKED.add(currency)
    return currency


@dataclass(frozen=True, order=False, slots=True)
class Money:
    """An amount in minor units (grosze for PLN) of one currency."""

    minor: int
    currency: str

    def __post_init__(self) -> None:
        # bool is an int subclass; True grosze is a bug, not money.
        if type(self.minor) is not int:
            raise MoneyError(f"minor units must be an int, got {type(self.minor).__name__}")
        _check_currency(self.currency)

    # -- construction -------------------------------------------------------------------

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(0, currency)

    @classmethod
    def parse(cls, amount: str, currency: str, *, allow_negative: bool = False) -> Money:
        """Parse a decimal string such as ``"123.45"`` (Allegro's form). Floats are refused."""
        if not isinstance(amount, str):
            raise MoneyError(f"amount must be a decimal string, got {type(amount).__name__}")
        text = amount.strip()
        if not _AMOUNT_RE.match(text):
            raise MoneyError(f"not an amount with at most two decimals: {amount!r}")
        if _exponent(currency) == 2:
            # Most currencies: whole and hundredths in integers, the same value Decimal gives
            # (the regex allows at most two decimals), at a fraction of its cost.
            whole, _, cents = text.partition(".")
            minor = abs(int(whole)) * 100 + int(cents.ljust(2, "0") if cents else "0")
            if text.startswith("-"):
                minor = -minor
            if minor < 0 and not allow_negative:
                raise MoneyError(f"negative amount not allowed here: {amount!r}")
            return cls(minor, currency)
        try:
            value = Decimal(text)
        except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
            raise MoneyError(f"not an amount: {amount!r}") from exc
        if value < 0 and not allow_negative:
            raise MoneyError(f"negative amount not allowed here: {amount!r}")
        minor = int(value.scaleb(_exponent(currency)))
        return cls(minor, currency)

    @classmethod
    def from_allegro(cls, price: Any, *, allow_negative: bool = False) -> Money:
        """Parse Allegro's ``{"amount": "123.45", "currency": "PLN"}``."""
        if not isinstance(price, dict):
            raise MoneyError(f"a price must be an object with amount and currency, got {price!r}")
        amount, currency = price.get("amount"), price.get("currency")
        if amount is None or currency is None:
            raise MoneyError(f"a price needs both amount and currency: {price!r}")
        return cls.parse(amount, currency, allow_negative=allow_negative)

    # -- output -------------------------------------------------------------------------

    @property
    def amount(self) -> Decimal:
        """The amount as an exact Decimal, for formatting at the edges only."""
        return Decimal(self.minor).scaleb(-_exponent(self.currency))

    def to_allegro(self) -> dict[str, str]:
        """Allegro's Price object: at most two decimals, as a string."""
        return {"amount": self.amount_str(), "currency": self.currency}

    def amount_str(self) -> str:
        exponent = _exponent(self.currency)
        if exponent == 2:
            # Whole and hundredths in integers: the text Decimal gives, without a Decimal
            # (a page of orders formats hundreds of prices).
            whole, cents = divmod(abs(self.minor), 100)
            return f"{'-' if self.minor < 0 else ''}{whole}.{cents:02d}"
        return f"{self.amount:.{exponent}f}"

    def __str__(self) -> str:
        return f"{self.amount_str()} {self.currency}"

    # -- arithmetic ---------------------------------------------------------------------

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(f"mixed currencies: {self.currency} and {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return _checked(self.minor + other.minor, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return _checked(self.minor - other.minor, self.currency)

    def __neg__(self) -> Money:
        return _checked(-self.minor, self.currency)

    def __mul__(self, factor: int) -> Money:
        if type(factor) is not int:
            raise MoneyError("money can only be multiplied by a whole number (use percent())")
        return _checked(self.minor * factor, self.currency)

    __rmul__ = __mul__

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor < other.minor

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.minor <= other.minor

    def __gt__(self, other: Money) -> bool:
        self._same(other)
        return self.minor > other.minor

    def __ge__(self, other: Money) -> bool:
        self._same(other)
        return self.minor >= other.minor

    def is_zero(self) -> bool:
        return self.minor == 0

    def is_negative(self) -> bool:
        return self.minor < 0

    def min(self, other: Money) -> Money:
        self._same(other)
        return self if self.minor <= other.minor else other

    def max(self, other: Money) -> Money:
        self._same(other)
        return self if self.minor >= other.minor else other

    def clamp_zero(self) -> Money:
        """The amount, or zero where it is negative (a remainder never goes below zero)."""
        return self if self.minor >= 0 else Money(0, self.currency)

    def percent(self, pct: Decimal | int | str) -> Money:
        """``pct`` percent of this amount, rounded half-even to the minor unit."""
        p = _exact_decimal(pct)
        value = (Decimal(self.minor) * p / Decimal(100)).quantize(
            Decimal(1), rounding=ROUND_HALF_EVEN
        )
        return Money(int(value), self.currency)

    def split(self, weights: Sequence[int]) -> list[Money]:
        """Split this amount across parts in proportion to integer weights.

        Largest-remainder method: the parts always add up to exactly this amount; ties go
        to the earlier part so the result is deterministic.
        """
        return [Money(m, self.currency) for m in split_minor(self.minor, weights)]


_new = object.__new__
_set = object.__setattr__


def _checked(minor: int, currency: str) -> Money:
    """A sum, difference or multiple of amounts already checked: an int of the same currency,
    made without checking them again (planning a refund does arithmetic by the dozen, and a
    backtest plans every case of months of history)."""
    value: Money = _new(Money)
    _set(value, "minor", minor)
    _set(value, "currency", currency)
    return value


def _exponent(currency: str) -> int:
    _check_currency(currency)
    return _EXPONENTS.get(currency, 2)


def _exact_decimal(value: Decimal | int | str) -> Decimal:
    if isinstance(value, (bool, float)):
        raise MoneyError("floats are not accepted for money or percentages; use a string")
    try:
        d = value if isinstance(value, Decimal) else Decimal(value)
    except InvalidOperation as exc:
        raise MoneyError(f"not a number: {value!r}") from exc
    if not d.is_finite():
        raise MoneyError(f"not a finite number: {value!r}")
    return d


def split_minor(total: int, weights: Sequence[int]) -> list[int]:
    """Split ``total`` minor units by integer ``weights`` (largest remainder, exact)."""
    if not weights:
        raise MoneyError("cannot split across no parts")
    if any(type(w) is not int or w < 0 for w in weights):
        raise MoneyError("split weights must be whole numbers >= 0")
    weight_sum = sum(weights)
    if weight_sum == 0:
        raise MoneyError("split weights add up to zero")
    sign = -1 if total < 0 else 1
    magnitude = abs(total)
    shares = [magnitude * w // weight_sum for w in weights]
    remainders = [magnitude * w % weight_sum for w in weights]
    leftover = magnitude - sum(shares)
    # Hand out what is left, one minor unit each, to the largest remainders first.
    order = sorted(range(len(weights)), key=lambda i: (-remainders[i], i))
    for i in order[:leftover]:
        shares[i] += 1
    return [sign * s for s in shares]


def total(amounts: Iterable[Money], currency: str) -> Money:
    """Sum amounts of one currency; an empty sum is zero in ``currency``."""
    result = Money.zero(currency)
    for m in amounts:
        result = result + m
    return result
