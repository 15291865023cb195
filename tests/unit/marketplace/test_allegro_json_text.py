"""The fast JSON reader gives exactly what the standard library gives, or defers to it."""

from __future__ import annotations

import json
import math
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from refunddesk.marketplace.allegro import json_text


def _same(a: Any, b: Any) -> bool:
    """Equal value for value and type for type (1 and 1.0 and True differ; NaN equals NaN)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[k], b[k]) for k in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, float):
        return math.copysign(1.0, a) == math.copysign(1.0, b) and a == b
    return bool(a == b)


# Where the two readers differ if nothing is done about it: every case must read as json.loads.
ODD_TEXTS = [
    b'{"quantity": 123456789012345678901234567890}',
    b'{"quantity": -9223372036854775809}',
    b'{"quantity": 9223372036854775808}',
    b'{"amount": NaN}',
    b'{"amount": Infinity, "b": -Infinity}',
    b'{"amount": 1e400}',
    b'{"name": "\\ud800"}',
    b'{"a": 1, "a": 2}',
    b'{"a": -0.0, "b": 0.1e1, "c": 1E2, "d": 1e-400}',
    b'\xef\xbb\xbf{"a": 1}',
    b'  [1, 2.5, "x", true, null]  ',
    '{"name": "Łódź – zażółć"}'.encode(),
]


@pytest.mark.parametrize("text", ODD_TEXTS)
def test_reads_what_the_standard_library_reads(text: bytes) -> None:
    try:
        expected = json.loads(text)
    except ValueError:
        with pytest.raises(ValueError):
            json_text.loads(text)
        return
    assert _same(json_text.loads(text), expected)


@pytest.mark.parametrize(
    "text", [b"", b"{", b'{"a": 1,}', b"[1 2]", b"\xff\xfe{}", b'{"a": "\xc3"}', b"nul"]
)
def test_not_json_is_a_value_error_as_before(text: bytes) -> None:
    with pytest.raises(ValueError):
        json.loads(text)
    with pytest.raises(ValueError):
        json_text.loads(text)


def test_json_nested_deeper_than_the_reader_goes_is_a_value_error_not_a_recursion_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(RecursionError):
        json.loads(deep)  # what the standard library does
    with pytest.raises(ValueError, match="nested too deeply"):
        json_text.loads(b'{"checkoutForms": [], "note": ' + deep + b"}")


JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()  # unbounded: beyond 64 bits too
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(), inner, max_size=5),
    max_leaves=30,
)


@given(JSON_VALUES)
def test_any_value_reads_back_as_with_the_standard_library(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")
    assert _same(json_text.loads(text), json.loads(text))
