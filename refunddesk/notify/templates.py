"""Buyer notice templates: built-in defaults, the merchant's own files, sandboxed rendering."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError, meta
from jinja2.exceptions import SecurityError

from refunddesk.domain.money import Money
from refunddesk.domain.orders import Order
from refunddesk.domain.plans import PlannedLine
from refunddesk.infra import paths
from refunddesk.notify.errors import (
    MessageTooLong,
    MissingVariable,
    TemplateNotAllowed,
    TemplateProblem,
)
from refunddesk.notify.facts import CONTEXT_NAMES, NoticeFacts, NoticeItem, sample_facts
from refunddesk.notify.language import DEFAULT_LANGUAGE, base_language, fallback_language
from refunddesk.notify.sandbox import NoticeSandbox, TemplateTooCostly, UnknownName, render_bounded

BUILTIN_TEMPLATES: tuple[str, ...] = (
    "refund_cancelled",
    "refund_late",
    "refund_return",
    "refund_generic",
)
# Allegro's message centre refuses longer texts.
ALLEGRO_MESSAGE_MAX = 2000

_SUBJECT_PREFIX = "Subject:"
# Ids come from rules and file names: keep them to plain names so no path can be built.
_TEMPLATE_ID_RE = re.compile(r"^[a-z0-9_]{1,64}$")
_LANGUAGE_RE = re.compile(r"^[a-z]{2,3}$")
_BLANK_RUNS_RE = re.compile(r"\n{3,}")

_sandbox = NoticeSandbox()


@dataclass(frozen=True, slots=True)
class RenderedNotice:
    subject: str
    body: str
    language: str
    template_id: str = ""


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    """A template id, the languages it exists in, and where the merchant's own file wins."""

    id: str
    languages: tuple[str, ...]
    overridden: tuple[str, ...] = ()
    builtin: bool = True


# -- where templates live -----------------------------------------------------------------


def builtin_dir() -> Path:
    return paths.resources_dir() / "templates"


def override_dir() -> Path:
    """``<data dir>/templates``: the merchant's files, which win over the built-in ones."""
    return paths.data_dir() / "templates"


def template_filename(template_id: str, language: str) -> str:
    return f"{template_id}.{language}.txt"


def _check_id(template_id: str) -> None:
    if not _TEMPLATE_ID_RE.match(template_id):
        raise TemplateProblem(code="bad_template_name", name=repr(template_id))


def _scan(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    if not folder.is_dir():
        return found
    for path in folder.glob("*.txt"):
        template_id, _, language = path.name.removesuffix(".txt").rpartition(".")
        if _TEMPLATE_ID_RE.match(template_id) and _LANGUAGE_RE.match(language):
            found.setdefault(template_id, set()).add(language)
    return found


def list_templates() -> list[TemplateInfo]:
    """Every template id, built-in first, then the merchant's own, with their languages."""
    builtin, own = _scan(builtin_dir()), _scan(override_dir())
    ids = [t for t in BUILTIN_TEMPLATES if t in builtin or t in own]
    ids += sorted((set(builtin) | set(own)) - set(ids))
    return [
        TemplateInfo(
            id=t,
            languages=tuple(sorted(builtin.get(t, set()) | own.get(t, set()))),
            overridden=tuple(sorted(own.get(t, set()))),
            builtin=t in builtin,
        )
        for t in ids
    ]


def _language_chain(language: str, fallback: str) -> list[str]:
    chain: list[str] = []
    for lang in (base_language(language), base_language(fallback), DEFAULT_LANGUAGE, "pl"):
        if _LANGUAGE_RE.match(lang) and lang not in chain:
            chain.append(lang)
    return chain


def find_template(
    template_id: str, language: str, *, fallback: str = DEFAULT_LANGUAGE
) -> tuple[Path, str]:
    """The file to use and its language: the buyer's, else ``fallback``, English, Polish."""
    _check_id(template_id)
    for lang in _language_chain(language, fallback):
        for folder in (override_dir(), builtin_dir()):
            path = folder / template_filename(template_id, lang)
            if path.is_file():
                return path, lang
    raise TemplateProblem(code="no_template", name=repr(template_id))


def read_template(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TemplateProblem(code="template_not_utf8", file=path.name) from exc
    except OSError as exc:
        raise TemplateProblem(
            code="template_unreadable", file=path.name, detail=str(exc.strerror)
        ) from exc


# -- parsing and rendering ----------------------------------------------------------------


def split_template(text: str) -> tuple[str, str]:
    """The subject line's template and the body's template."""
    text = text.replace("\r\n", "\n").lstrip("\ufeff")
    first, _, rest = text.partition("\n")
    if not first.startswith(_SUBJECT_PREFIX):
        raise TemplateProblem(code="no_subject")
    return first[len(_SUBJECT_PREFIX) :].strip(), rest.lstrip("\n")


def _tidy_body(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    # Conditional blocks that render nothing leave runs of blank lines behind.
    return _BLANK_RUNS_RE.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _render_source(source: str, context: Mapping[str, Any], line_offset: int) -> str:
    try:
        return render_bounded(_sandbox.from_string(source), dict(context))
    except UnknownName as exc:
        raise MissingVariable(exc.name, tuple(sorted(context))) from exc
    except TemplateTooCostly as exc:
        raise TemplateNotAllowed(code="template_cannot_fill", detail=str(exc)) from exc
    except SecurityError as exc:
        raise TemplateNotAllowed(code="template_not_allowed", detail=str(exc)) from exc
    except TemplateSyntaxError as exc:
        line = (exc.lineno or 1) + line_offset
        raise TemplateProblem(code="template_line", line=line, detail=str(exc.message)) from exc
    except TemplateError as exc:
        raise TemplateProblem(code="template_fill_failed", detail=str(exc)) from exc
    # A merchant's expression can fail like any Python expression ({{ 1 / 0 }}, "a" + 1).
    except (ArithmeticError, TypeError, ValueError, LookupError) as exc:
        raise TemplateProblem(code="template_fill_failed", detail=str(exc)) from exc


def render_text(
    text: str,
    context: Mapping[str, Any],
    *,
    language: str,
    template_id: str = "",
    max_length: int | None = None,
) -> RenderedNotice:
    """Render a template's text with a plain context (dicts, lists, strings, numbers)."""
    subject_source, body_source = split_template(text)
    subject = " ".join(_render_source(subject_source, context, 0).split())
    # The body starts on line 2 or later of the file; report the line the merchant sees.
    offset = text.replace("\r\n", "\n").count("\n") - body_source.count("\n")
    body = _tidy_body(_render_source(body_source, context, offset))
    if max_length is not None and len(body) > max_length:
        raise MessageTooLong(len(body), max_length)
    return RenderedNotice(subject, body, language, template_id)


def render_facts(
    text: str,
    facts: NoticeFacts,
    *,
    language: str,
    template_id: str = "",
    max_length: int | None = None,
) -> RenderedNotice:
    """Render with as many item lines as fit in ``max_length``; the rest become a count.

    Cutting the text itself could drop the sentence saying where the money goes, so only
    the item list shrinks; when even no items do not fit, the message is refused.
    """
    count = len(facts.items)
    notice = render_text(text, facts.context(language), language=language, template_id=template_id)
    if max_length is None or len(notice.body) <= max_length:
        return notice
    while count > 0:
        count -= 1
        notice = render_text(
            text,
            facts.context(language, max_items=count),
            language=language,
            template_id=template_id,
        )
        if len(notice.body) <= max_length:
            return notice
    raise MessageTooLong(len(notice.body), max_length)


def render(
    template_id: str,
    language: str,
    context: NoticeFacts | Mapping[str, Any],
    *,
    fallback: str = DEFAULT_LANGUAGE,
    max_length: int | None = None,
) -> RenderedNotice:
    """Render ``template_id`` for a buyer speaking ``language`` (e.g. ``"pl-PL"``).

    With :class:`NoticeFacts` the amounts and reason are written for the language the
    template was actually found in; a plain mapping is passed to the template as it is.
    """
    path, lang = find_template(template_id, language, fallback=fallback)
    text = read_template(path)
    if isinstance(context, NoticeFacts):
        return render_facts(
            text, context, language=lang, template_id=template_id, max_length=max_length
        )
    return render_text(text, context, language=lang, template_id=template_id, max_length=max_length)


def validate_template(text: str) -> list[str]:
    """Plain-language problems with a template's text (empty when it is fine), for an editor."""
    try:
        subject_source, body_source = split_template(text)
    except TemplateProblem as exc:
        return [str(exc)]
    problems: list[str] = []
    body_offset = text.replace("\r\n", "\n").count("\n") - body_source.count("\n")
    for part, source in (("subject", subject_source), ("body", body_source)):
        try:
            names = meta.find_undeclared_variables(_sandbox.parse(source))
        except TemplateSyntaxError as exc:
            line = (exc.lineno or 1) + body_offset
            where = "Subject line" if part == "subject" else f"Line {line}"
            problems.append(f"{where}: {exc.message}")
            continue
        problems += [
            f"{{{{ {name} }}}} is not something RefundDesk provides; use one of: "
            f"{', '.join(CONTEXT_NAMES)}."
            for name in sorted(names - set(CONTEXT_NAMES))
        ]
    if problems:
        return problems
    try:
        render_facts(text, sample_facts(), language="pl", max_length=ALLEGRO_MESSAGE_MAX)
    except TemplateProblem as exc:
        problems.append(str(exc))
    return problems


# -- preview without a database -----------------------------------------------------------


def preview_notice(
    template_id: str,
    language: str,
    order: Order,
    amount: Money,
    lines: Sequence[PlannedLine] = (),
    *,
    delivery_refunded: bool = False,
    trigger: str = "",
    shop_name: str = "",
    max_length: int | None = ALLEGRO_MESSAGE_MAX,
) -> RenderedNotice:
    """What the buyer of ``order`` would read; ``language`` empty = the buyer's own."""
    facts = NoticeFacts.from_order(
        order,
        amount,
        lines,
        delivery_refunded=delivery_refunded,
        trigger=trigger,
        shop_name=shop_name,
    )
    wanted = language or order.buyer.language
    fallback = fallback_language(order.marketplace_id)
    return render(template_id, wanted, facts, fallback=fallback, max_length=max_length)


__all__ = [
    "ALLEGRO_MESSAGE_MAX",
    "BUILTIN_TEMPLATES",
    "NoticeFacts",
    "NoticeItem",
    "RenderedNotice",
    "TemplateInfo",
    "list_templates",
    "preview_notice",
    "render",
    "validate_template",
]
