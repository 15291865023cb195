"""Reading a rules file safely (bounded size, UTF-8, nesting, numbers); problems by rule, field."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

MAX_FILE_BYTES = 1_000_000  # hundreds of rules fit in a tenth of this
MAX_RULES = 500
MAX_DIGITS = 20  # no number in a rules file needs more (seconds, days, counts)
MAX_DEPTH = 20  # a rule is nested four levels deep


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One thing wrong in a rules file: which rule ("rule 2 “Name”" or "file"), which field."""

    rule: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.rule}, {self.field}" if self.field else self.rule
        return f"{where}: {self.message}"


class RulesFileError(ValueError):
    """A rules file that cannot be imported; ``problems`` lists every problem found in it."""

    def __init__(self, problems: Sequence[FileProblem]) -> None:
        self.problems = list(problems)
        lines = [str(p) for p in self.problems]
        super().__init__(lines[0] if len(lines) == 1 else "\n".join(lines))

    @classmethod
    def one(cls, rule: str, field: str, message: str) -> RulesFileError:
        return cls([FileProblem(rule, field, message)])


class _NumberTooLong(ValueError):
    def __init__(self, digits: int) -> None:
        self.digits = digits


def _bounded_int(text: str) -> int:
    digits = len(text.lstrip("-"))
    if digits > MAX_DIGITS:
        raise _NumberTooLong(digits)
    return int(text)


def load_document(data: str | bytes) -> Any:
    """The JSON document of a rules file, or a RulesFileError saying plainly what is wrong."""
    size = len(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    if size > MAX_FILE_BYTES:
        raise RulesFileError.one(
            "file",
            "",
            f"The file is {size / 1_000_000:.1f} MB; a rules file is at most "
            f"{MAX_FILE_BYTES // 1_000_000} MB. Is this the right file?",
        )
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RulesFileError.one(
                "file",
                "",
                f"This is not a rules file: it is not UTF-8 text (byte {exc.start + 1} cannot "
                "be read). Export the rules again, or save the file as UTF-8.",
            ) from None
    try:
        doc = json.loads(data, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        raise RulesFileError.one(
            "file", "", f"This is not a rules file: not valid JSON ({exc.msg}, line {exc.lineno})."
        ) from None
    except _NumberTooLong as exc:
        raise RulesFileError.one(
            "file",
            "",
            f"The file has a number with {exc.digits} digits; no number in a rules file has "
            f"more than {MAX_DIGITS}.",
        ) from None
    except RecursionError:
        raise _too_deep() from None
    if _depth(doc) > MAX_DEPTH:
        raise _too_deep()
    return doc


def _too_deep() -> RulesFileError:
    return RulesFileError.one(
        "file",
        "",
        f"The file is nested more than {MAX_DEPTH} levels deep; a rules file never is.",
    )


def _depth(doc: Any) -> int:
    """How deeply lists and objects nest (without recursion: the file decides the depth)."""
    deepest = 0
    stack: list[tuple[Any, int]] = [(doc, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            children: Any = value.values()
        elif isinstance(value, list):
            children = value
        else:
            continue
        deepest = max(deepest, depth)
        if depth > MAX_DEPTH:
            return depth
        stack.extend((child, depth + 1) for child in children)
    return deepest
