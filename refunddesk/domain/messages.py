"""Messages the core says to the merchant: a stable code and its values, worded per language.

The core never builds English sentences for the merchant. It returns ``Message("code", values)``;
the words live in one catalogue per language (``message_texts_*.py``) and ``render`` fills them
in, formatting money, times and plural forms through ``locale_format``. The GUI and the CLI both
render through here, so a refund's "why" reads the same on the screen and in a terminal.

Messages are stored as JSON (``{"code": …, "values": …}``). Rows written before messages existed
hold plain English sentences: those are shown as they are.
"""

from __future__ import annotations

import json
import string
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Union

from babel.lists import format_list

from refunddesk.domain import locale_format
from refunddesk.domain.money import Money

# What a message's value may be: words are nested messages, lists are joined as the language does.
Value = Union[str, int, Money, datetime, "Message", "AnyOf", tuple["Message", ...]]
Template = str | Mapping[str, str]  # a sentence, or plural forms by CLDR category


@dataclass(frozen=True, slots=True, eq=True)
class Message:
    """One thing the core tells the merchant, in no particular language."""

    code: str
    values: Mapping[str, Value] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self, "en")

    def __hash__(self) -> int:
        return hash((self.code, json.dumps(self.to_json()["values"], sort_keys=True)))

    def to_json(self) -> dict[str, Any]:
        return {"code": self.code, "values": {k: _value_json(v) for k, v in self.values.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        values = data.get("values") or {}
        return cls(str(data["code"]), {k: _value_from_json(v) for k, v in values.items()})


@dataclass(frozen=True, slots=True)
class AnyOf:
    """Alternatives, read as "a, b or c" in each language (Babel's list patterns)."""

    items: tuple[Message | str, ...]


def msg(code: str, **values: Value) -> Message:
    """``msg("plan.capped", cap=Money(…))``: shorthand the core writes its messages with."""
    return Message(code, dict(values))


Said = Message | str  # a stored line: a message, or an old row's plain sentence


def _value_json(value: Value) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, Money):
        return {"money": value.minor, "currency": value.currency}
    if isinstance(value, datetime):
        return {"time": value.isoformat()}
    if isinstance(value, AnyOf):
        return {"any_of": [to_stored(i) for i in value.items]}
    if isinstance(value, tuple):
        return [v.to_json() for v in value]
    return value


def _value_from_json(data: Any) -> Value:
    if isinstance(data, list):
        return tuple(Message.from_json(d) for d in data)
    if isinstance(data, dict):
        if "code" in data:
            return Message.from_json(data)
        if "money" in data:
            return Money(int(data["money"]), str(data["currency"]))
        if "time" in data:
            return datetime.fromisoformat(str(data["time"]))
        if "any_of" in data:
            return AnyOf(tuple(from_stored(i) for i in data["any_of"]))
    if isinstance(data, bool) or not isinstance(data, int | str):
        return str(data)
    return data


def to_stored(item: Said) -> Any:
    """What goes into a JSON column (a list item of a trace or of plan notes)."""
    return item.to_json() if isinstance(item, Message) else item


def from_stored(item: Any) -> Said:
    """A stored line back: a message, or an old row's plain sentence as it is."""
    if isinstance(item, dict) and "code" in item:
        try:
            return Message.from_json(item)
        except (KeyError, TypeError, ValueError):
            return json.dumps(item, ensure_ascii=False)
    return str(item)


def to_text(item: Said) -> str:
    """For a text column (held or failure detail): the message as JSON, or the plain text."""
    if isinstance(item, Message):
        return json.dumps(item.to_json(), ensure_ascii=False)
    return item


def from_text(text: str) -> Said:
    """A text column back; old rows and free text (a person's note) are kept as they are."""
    if text.startswith('{"code"'):
        try:
            return from_stored(json.loads(text))
        except ValueError:
            return text
    return text


def render(item: Said, language: str) -> str:
    """The line in ``language`` (``en``, ``pl``, ``zh_CN``); plain text is shown as it is."""
    if not isinstance(item, Message):
        return item
    template = _template(item.code, language)
    if template is None:
        # A code this build does not know (a newer version wrote it): show it rather than fail.
        return item.code
    values = {k: _render_value(v, language) for k, v in item.values.items()}
    if not isinstance(template, str):
        count = item.values.get("n", 0)
        category = locale_format.plural_category(count if isinstance(count, int) else 0, language)
        template = template.get(category, template["other"])
    return template.format(**values)


def render_text(text: str, language: str) -> str:
    """A text column (held or failure detail) in ``language``."""
    return render(from_text(text), language)


def render_all(items: Iterable[Any], language: str) -> list[str]:
    """Stored lines (a trace, plan notes) in ``language``."""
    return [render(i if isinstance(i, Message) else from_stored(i), language) for i in items]


_LIST_SEPARATORS = {"en": "; ", "pl": "; ", "zh_CN": "；"}


def _render_value(value: Value, language: str) -> str:
    if isinstance(value, Message):
        return render(value, language)
    if isinstance(value, Money):
        return locale_format.format_money(value, language)
    if isinstance(value, datetime):
        local = value.astimezone() if value.tzinfo is not None else value
        return locale_format.format_datetime(local, language)
    if isinstance(value, AnyOf):
        words = [render(i, language) for i in value.items]
        return format_list(words, style="or", locale=locale_format.locale_name(language))
    if isinstance(value, tuple):
        sep = _LIST_SEPARATORS.get(catalogue_language(language), "; ")
        return sep.join(render(v, language) for v in value)
    return str(value)


# Values only detail views show (the Review detail pane, `refunds show`): Allegro's own words
# are in Polish whatever the merchant reads, and a trace id is for Allegro's support.
DETAIL_VALUES = ("allegro_says", "error_code", "trace_id", "reason", "field", "of_order")


def details(item: Said, language: str) -> list[str]:
    """The detail lines of a message and the messages inside it, in ``language``."""
    if not isinstance(item, Message):
        return []
    lines: list[str] = []
    for value in item.values.values():
        if isinstance(value, Message):
            lines += details(value, language)
    for name in DETAIL_VALUES:
        text = item.values.get(name)
        if isinstance(text, str) and text:
            lines.append(render(Message(f"detail.{name}", {"text": text}), language))
    return lines


def catalogue_language(language: str) -> str:
    """Our catalogue for an app language code (``pl_PL`` → ``pl``, ``zh`` → ``zh_CN``)."""
    code = (language or "en").replace("-", "_")
    base = code.split("_", 1)[0].lower()
    return {"pl": "pl", "zh": "zh_CN"}.get(base, "en")


def _template(code: str, language: str) -> Template | None:
    from refunddesk.domain.message_texts import CATALOGUES

    found = CATALOGUES[catalogue_language(language)].get(code)
    return found if found is not None else CATALOGUES["en"].get(code)


def placeholders(template: Template) -> set[str]:
    """The value names a template uses (every plural form must use the same ones, bar ``n``)."""
    forms: Sequence[str] = [template] if isinstance(template, str) else list(template.values())
    names: set[str] = set()
    for form in forms:
        names |= {name for _, name, _, _ in string.Formatter().parse(form) if name}
    return names


class SaidError(Exception):
    """An error a person's request or input meets, worded per language: ``str()`` in English
    (the command line, the log), ``text(language)`` for the window."""

    def __init__(self, said: Message) -> None:
        self.said = said
        super().__init__(render(said, "en"))

    def text(self, language: str) -> str:
        return render(self.said, language)
