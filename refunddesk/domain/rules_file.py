"""Reading a rules file safely (bounded size, UTF-8, nesting, numbers); problems by rule, field."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from refunddesk.domain.messages import Message, Said, msg, render

MAX_FILE_BYTES = 1_000_000  # hundreds of rules fit in a tenth of this
MAX_RULES = 500
MAX_DIGITS = 20  # no number in a rules file needs more (seconds, days, counts)
MAX_DEPTH = 20  # a rule is nested four levels deep


THE_FILE = msg("rules_file.the_file")  # where a problem of the whole file is


@dataclass(frozen=True, slots=True)
class FileProblem:
    """One thing wrong in a rules file: which rule ("rule 2 “Name”" or "the file"), which field
    (as the file names it), and what is wrong, worded in each language (messages.py)."""

    rule: Said
    field: str
    said: Message

    @property
    def message(self) -> str:
        return render(self.said, "en")

    def whole(self) -> Message:
        """The problem with where it is: "rule 2 “Name”, action.percent: …"."""
        if self.field:
            return msg("rules_file.at_field", where=self.rule, field=self.field, what=self.said)
        return msg("rules_file.at", where=self.rule, what=self.said)

    def __str__(self) -> str:
        return render(self.whole(), "en")


class RulesFileError(ValueError):
    """A rules file that cannot be imported; ``problems`` lists every problem found in it.
    ``str()`` is English (the log, the command line); ``text(language)`` is for the window."""

    def __init__(self, problems: Sequence[FileProblem]) -> None:
        self.problems = list(problems)
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        return "\n".join(render(p.whole(), language) for p in self.problems)

    @classmethod
    def one(cls, rule: Said, field: str, said: Message) -> RulesFileError:
        return cls([FileProblem(rule, field, said)])

    @classmethod
    def of_file(cls, said: Message) -> RulesFileError:
        """A problem of the whole file (it cannot be read, it is not a rules file…)."""
        return cls([FileProblem(THE_FILE, "", said)])


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
        raise too_big(size)
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise RulesFileError.of_file(msg("rules_file.not_utf8", byte=exc.start + 1)) from None
    try:
        doc = json.loads(data, parse_int=_bounded_int)
    except json.JSONDecodeError as exc:
        # The parser's own words name what it stumbled on: a detail for whoever edits the file.
        raise RulesFileError.of_file(
            msg("rules_file.not_json", why=exc.msg, line=exc.lineno)
        ) from None
    except _NumberTooLong as exc:
        raise RulesFileError.of_file(
            msg("rules_file.number_too_long", digits=exc.digits, limit=MAX_DIGITS)
        ) from None
    except RecursionError:
        raise _too_deep() from None
    if _depth(doc) > MAX_DEPTH:
        raise _too_deep()
    return doc


def too_big(size: int) -> RulesFileError:
    """A file of ``size`` bytes, more than a rules file ever is."""
    return RulesFileError.of_file(
        msg(
            "rules_file.too_big",
            size=f"{size / 1_000_000:.1f}",
            limit=MAX_FILE_BYTES // 1_000_000,
        )
    )


def _too_deep() -> RulesFileError:
    return RulesFileError.of_file(msg("rules_file.too_deep", limit=MAX_DEPTH))


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
