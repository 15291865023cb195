"""A Jinja sandbox for merchant-edited templates: no internals, no huge output, named gaps."""

from __future__ import annotations

import functools
import operator
import re
import time
from collections.abc import Callable, Iterable, Iterator
from contextvars import ContextVar
from typing import Any, NoReturn

from jinja2 import StrictUndefined, nodes
from jinja2.exceptions import SecurityError, UndefinedError
from jinja2.sandbox import ImmutableSandboxedEnvironment

# A template that repeats a string this long or longer is refused: a notice is never that big.
MAX_REPEAT_CHARS = 20_000
# Any one value (a macro's output, a filter's result, a joined text) is at most this long.
MAX_VALUE_CHARS = 20_000
# Every call, filter, loop step and join counts; a notice needs a few hundred.
MAX_STEPS = 100_000
MAX_SECONDS = 2.0
# A field width or precision this long in a format string ("%0999999d", "{:>99999}") builds a
# huge text; "*" and nested "{}" take the width from an argument, so they are refused too.
_WIDE_PERCENT_RE = re.compile(r"%[-+ #0]*(\d{5,}|\*)|%[-+ #0]*\d*\.(\d{5,}|\*)")
_WIDE_BRACE_RE = re.compile(r"\{[^{}]*:[^{}]*?(\d{5,}|\{)")
# Calls and filters whose whole-number arguments are widths or counts.
_SIZED = frozenset(
    {
        "range",
        "ljust",
        "rjust",
        "center",
        "zfill",
        "expandtabs",
        "indent",
        "truncate",
        "wordwrap",
        "batch",
        "slice",
    }
)


class TemplateTooCostly(SecurityError):
    """A template that would take too long or build too big a text (a loop, a recursion)."""


class _Budget:
    """What one rendering may still spend: steps and wall-clock time."""

    def __init__(self) -> None:
        self.steps = MAX_STEPS
        self.deadline = time.monotonic() + MAX_SECONDS

    def spend(self) -> None:
        self.steps -= 1
        if self.steps < 0:
            raise TemplateTooCostly("the template does too much work (a loop or a recursion)")
        if self.steps % 256 == 0 and time.monotonic() > self.deadline:
            raise TemplateTooCostly("the template takes too long to fill in")


_budget: ContextVar[_Budget | None] = ContextVar("notice_template_budget", default=None)


def _spend() -> None:
    budget = _budget.get()
    if budget is not None:
        budget.spend()


def _check_size(value: Any) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_VALUE_CHARS:
        raise TemplateTooCostly("the template builds a text far longer than any message")
    return value


def _check_args(args: Iterable[Any], sized: bool) -> None:
    """Every text argument within bounds; with ``sized``, whole numbers too (widths, counts)."""
    for arg in args:
        whole = isinstance(arg, int) and not isinstance(arg, bool)
        if sized and whole and abs(arg) > MAX_VALUE_CHARS:
            raise TemplateTooCostly(f"the number {arg} is too large for a message template")
        _check_size(arg)


def _check_format(fmt: Any) -> None:
    if isinstance(fmt, str) and (_WIDE_PERCENT_RE.search(fmt) or _WIDE_BRACE_RE.search(fmt)):
        raise TemplateTooCostly("the template asks for a field far wider than any message")


def _estimate(name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> int:
    """How long a filter's text can get, for the filters that multiply lengths."""
    value = args[0] if args else ""
    if name == "replace" and len(args) >= 3:
        text, new = str(value), str(args[2])
        return len(text) + (len(text) + 1) * len(new)
    if name == "indent":
        width = args[1] if len(args) > 1 else kwargs.get("width", 4)
        size = width if isinstance(width, int) else len(str(width))
        return len(str(value)) + size * (str(value).count("\n") + 1)
    if name == "join" and isinstance(value, (list, tuple)):
        sep = args[1] if len(args) > 1 else kwargs.get("d", "")
        return sum(len(str(x)) for x in value) + len(str(sep)) * len(value)
    return 0


def _bounded_filter(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(f)  # keeps jinja's pass_context/pass_environment marks
    def bounded(*args: Any, **kwargs: Any) -> Any:
        _spend()
        plain = [a for a in args if not hasattr(a, "environment")]  # not the context
        _check_args([*plain[1:], *kwargs.values()], sized=name in _SIZED)
        if name == "format" and plain:
            _check_format(plain[0])
        if _estimate(name, tuple(plain), kwargs) > MAX_VALUE_CHARS:
            raise TemplateTooCostly("the template builds a text far longer than any message")
        return _check_size(f(*args, **kwargs))

    return bounded


def _bounded_iter(items: Iterable[Any]) -> Iterator[Any]:
    for item in items:
        _spend()
        yield item


def _bounded_concat(*parts: Any) -> str:
    _spend()
    if sum(len(str(p)) for p in parts) > MAX_VALUE_CHARS:
        raise TemplateTooCostly("the template builds a text far longer than any message")
    return "".join(str(p) for p in parts)


def render_bounded(template: Any, context: dict[str, Any]) -> str:
    """Render within a budget of steps, time and size; raises TemplateTooCostly past it."""
    token = _budget.set(_Budget())
    try:
        out: list[str] = []
        size = 0
        for chunk in template.generate(context):
            size += len(chunk)
            if size > MAX_VALUE_CHARS:
                raise TemplateTooCostly("the template builds a text far longer than any message")
            out.append(chunk)
            _spend()
        return "".join(out)
    except RecursionError:
        raise TemplateTooCostly("the template calls itself without end") from None
    finally:
        _budget.reset(token)


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

    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self) -> None:
        super().__init__(
            autoescape=False,
            undefined=NamedStrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )
        self.filters = {name: _bounded_filter(name, f) for name, f in self.filters.items()}
        # Loops and "~" joins get a budget through these (see _parse); a merchant calling them
        # by name gets nothing more than a loop would.
        self.globals["_rd_loop"] = _bounded_iter
        self.globals["_rd_concat"] = _bounded_concat

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        tree = super()._parse(source, name, filename)
        for loop in tree.find_all(nodes.For):
            loop.iter = nodes.Call(nodes.Name("_rd_loop", "load"), [loop.iter], [], None, None)
        for concat in list(tree.find_all(nodes.Concat)):
            call = nodes.Call(nodes.Name("_rd_concat", "load"), list(concat.nodes), [], None, None)
            _replace_node(tree, concat, call)
        tree.set_environment(self)
        return tree

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        _spend()
        _check_args([*args, *kwargs.values()], sized=getattr(__obj, "__name__", "") in _SIZED)
        return _check_size(super().call(__context, __obj, *args, **kwargs))

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        wrapped = super().wrap_str_format(value)
        if wrapped is not None:
            _check_format(value.__self__)  # "{:>999999}".format(x) asks for a huge field
        return wrapped

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            raise SecurityError("powers are not allowed in message templates")
        if operator_name == "*":
            for seq, count in ((left, right), (right, left)):
                sized = isinstance(seq, (str, list, tuple)) and isinstance(count, int)
                if sized and len(seq) * count >= MAX_REPEAT_CHARS:
                    raise SecurityError("the template repeats text too many times")
            return operator.mul(left, right)
        if operator_name == "+":
            lengths = [len(x) for x in (left, right) if isinstance(x, (str, list, tuple))]
            if sum(lengths) > MAX_VALUE_CHARS:
                raise TemplateTooCostly("the template builds a text far longer than any message")
        if operator_name == "%":
            _check_format(left)
            return _check_size(operator.mod(left, right))
        return super().call_binop(context, operator_name, left, right)


def _replace_node(tree: nodes.Node, old: nodes.Node, new: nodes.Node) -> None:
    """Put ``new`` where ``old`` is, wherever in the tree (fields or lists of nodes)."""
    for node in tree.find_all(nodes.Node):
        for field in node.fields:
            value = getattr(node, field, None)
            if value is old:
                setattr(node, field, new)
                return
            if isinstance(value, list) and any(v is old for v in value):
                setattr(node, field, [new if v is old else v for v in value])
                return
