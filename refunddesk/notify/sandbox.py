"""A Jinja sandbox for merchant-edited templates: no internals, no huge output, named gaps."""

from __future__ import annotations

import operator
from typing import Any, NoReturn

from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

# A template that repeats a string this long or longer is refused: a notice is never that big.
MAX_REPEAT_CHARS = 20_000


class UnknownName(UndefinedError):
    """A name (or an item's field) the context does not have; carries the name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name!r} is undefined")
        self.name = name


class NamedStrictUndefined(StrictUndefined):
    """StrictUndefined that says which name was missing, by type rather than by message."""

    __slots__ = ()

    def _fail_with_undefined_error(self, *args: Any, **kwargs: Any) -> NoReturn:
        # The sandbox reports forbidden attributes through an Undefined with SecurityError.
        if self._undefined_exception is not UndefinedError:
            super()._fail_with_undefined_error(*args, **kwargs)
        raise UnknownName(self._undefined_name or "?")

    # StrictUndefined binds these to the base method at class creation; rebind to ours.
    __iter__ = __str__ = __len__ = _fail_with_undefined_error
    __eq__ = __ne__ = __bool__ = __hash__ = __contains__ = _fail_with_undefined_error
    __add__ = __radd__ = __mul__ = __rmul__ = __call__ = __getitem__ = _fail_with_undefined_error


class NoticeSandbox(ImmutableSandboxedEnvironment):
    """Plain-text rendering: no autoescape, strict names, no access beyond the context."""

    intercepted_binops = frozenset({"*", "**"})

    def __init__(self) -> None:
        super().__init__(
            autoescape=False,
            undefined=NamedStrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            raise SecurityError("powers are not allowed in message templates")
        if operator_name == "*":
            for seq, count in ((left, right), (right, left)):
                sized = isinstance(seq, (str, list, tuple)) and isinstance(count, int)
                if sized and len(seq) * count >= MAX_REPEAT_CHARS:
                    raise SecurityError("the template repeats text too many times")
            return operator.mul(left, right)
        return super().call_binop(context, operator_name, left, right)
