"""Allegro's answers from JSON text to Python values: orjson where it reads exactly what the
standard library would, the standard library otherwise.

A page of 100 orders is ~150 KB of JSON; the standard library's reader took about as long as
mapping the orders it held. orjson is several times faster, but it differs at the edges, and
there the answer must read exactly as before (the mapping refuses odd values by name, so what
an odd value decodes to matters):

- it refuses NaN, Infinity, numbers too big for a double and lone surrogates: the standard
  library reads them (and the mapping then refuses that one order, not the whole page);
- it reads an integer beyond 64 bits as a float: the standard library keeps it whole.

So any text orjson refuses, and any text with a run of 19 or more digits (where an integer
beyond 64 bits could hide), goes to the standard library; what orjson reads otherwise equals
what ``json.loads`` gives, value for value and type for type
(tests/unit/marketplace/test_allegro_json_text.py).

One deliberate difference: a text nested deeper than the standard library's reader can go
(no answer of Allegro's is) is a ValueError here, as any other text that is not JSON, rather
than the RecursionError no caller expects (the answer is then unreadable, retried and named).
"""

from __future__ import annotations

import json
from typing import Any

import orjson

# 18 digits always fit in a signed 64-bit integer; from 19 on, one may not. Every digit is
# made a 0 and the run looked for as a substring: both in C, ~20x faster than a regex here.
_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


def has_long_numbers(text: bytes) -> bool:
    """Whether ``text`` has a run of 19 or more digits: an integer beyond 64 bits may hide
    there (or one longer than the standard library reads at all, 4,300 digits), so the
    standard library reads such a text and its answer decides."""
    return _LONG_RUN in text.translate(_DIGITS_AS_ZERO)


def loads(text: bytes) -> Any:
    """The value of a JSON text; ValueError (as ``json.loads``) if it is not JSON."""
    if not has_long_numbers(text):
        try:
            return orjson.loads(text)
        except orjson.JSONDecodeError:
            pass  # maybe JSON orjson will not read (NaN ...): the standard library decides
    try:
        return json.loads(text)
    except RecursionError:
        raise ValueError("JSON nested too deeply to read") from None
