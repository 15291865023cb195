"""What every command module shares: opening the app's data, typed options, output, the clock."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import unicodedata
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from types import FrameType
from typing import Any

from sqlalchemy.engine import make_url

from refunddesk.cli.errors import PROG, UsageError
from refunddesk.domain.messages import Value, catalogue_language, msg, render
from refunddesk.domain.starter_rules import starter_names
from refunddesk.services.context import AppContext, open_context

DATABASE_URL_ENV = "REFUNDDESK_DATABASE_URL"
VISIBLE_SECRET_WARNING = (
    "{what} on the command line can be seen by other users of this computer in the process "
    "list; {instead}"
)


def warn(message: str) -> None:
    print(f"{PROG}: warning: {message}", file=sys.stderr)


def resolve_database_url(args: argparse.Namespace) -> str | None:
    """--database-url, else REFUNDDESK_DATABASE_URL; warns when a password was typed."""
    if args.database_url:
        try:
            has_password = bool(make_url(args.database_url).password)
        except Exception:  # not a URL at all: opening it says so plainly
            has_password = False
        if has_password:
            warn(
                VISIBLE_SECRET_WARNING.format(
                    what="A password in --database-url",
                    instead=f"put the URL in the environment variable {DATABASE_URL_ENV} instead.",
                )
            )
        return str(args.database_url)
    return os.environ.get(DATABASE_URL_ENV, "").strip() or None


def check_database_url(url: str) -> None:
    """A URL of a kind RefundDesk can open, with its driver installed; else a usage error."""
    dialect = make_url(url).get_dialect()  # ArgumentError: not a URL, or an unknown database
    try:
        dialect.import_dbapi()
    except ImportError as exc:
        said = msg("cli.no_database_driver", kind=url.split(":", 1)[0], module=exc.name or str(exc))
        raise UsageError(said=said) from None


def output_language(args: argparse.Namespace) -> str:
    """The language of what a command prints: --language, else the system locale, else English.

    The locale is read the POSIX way (LC_ALL, then LC_MESSAGES, then LANG), so a terminal set
    to Polish prints Polish without a flag; "C" and "POSIX" mean no preference.
    """
    chosen = getattr(args, "language", None)
    if chosen:
        return catalogue_language(chosen)
    return locale_language()


def locale_language() -> str:
    """The system's language, read the POSIX way; "C" and "POSIX" mean English."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(name, "").split(".", 1)[0]
        if value:
            return "en" if value in ("C", "POSIX") else catalogue_language(value)
    return "en"


class UsageLanguage:
    """The language usage errors are said in, argparse's and our argument types' alike: set
    by cli.main from the arguments as typed, before they are parsed (they may not parse)."""

    current = "en"


def refused_value(code: str, **values: Value) -> argparse.ArgumentTypeError:
    """An argument type's refusal of what was typed (a date, a number), in the usage errors'
    language: argparse passes only its text on, so it is worded here."""
    return argparse.ArgumentTypeError(render(msg(code, **values), UsageLanguage.current))


def context(args: argparse.Namespace) -> AppContext:
    """The app's data as the global options (--database-url, --demo) say."""
    url = args.database_url  # main() has put REFUNDDESK_DATABASE_URL here when it was unset
    if url and not args.demo:
        check_database_url(url)
    # The demo's starter rules are named in the language the command speaks.
    names = starter_names(output_language(args)) if args.demo else None
    # Each command of the headless demo carries on from the one before (services/context.py).
    return open_context(database_url=url, demo=args.demo, starter_names=names, carry_on=True)


def iso_date(text: str) -> datetime:
    """An argparse type: 2026-11-01 or 2026-11-01T12:00(+01:00); a date without zone is UTC."""
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        example = f"{date.today():%Y-%m-%d}"
        raise refused_value("cli.value.not_a_date", text=repr(text), example=example) from None
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def positive_int(text: str) -> int:
    """An argparse type for counts and limits: a whole number from 1 up (bounded)."""
    try:
        value = int(text)
    except ValueError:
        raise refused_value("cli.value.not_whole", text=repr(text)) from None
    if not 1 <= value <= 1_000_000:
        raise refused_value("cli.value.out_of_range", value=value, low=1, high=1_000_000)
    return value


def print_json_rows(rows: Iterable[Mapping[str, Any]]) -> None:
    """One JSON object per line (JSON Lines), so a script can read rows as they come."""
    for row in rows:
        print(json.dumps(row, ensure_ascii=False, sort_keys=True))


def utc_now() -> datetime:
    return datetime.now(UTC)


def stop_gracefully(stop: Callable[[], None]) -> None:
    """SIGTERM and the first Ctrl-C call ``stop``; a second Ctrl-C raises KeyboardInterrupt."""
    asked: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if signum == signal.SIGINT and asked:
            raise KeyboardInterrupt
        asked.append(signum)
        stop()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def stop_on_term() -> None:
    """SIGTERM stops like Ctrl-C, so a service manager gets a clean stop."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def say(args: argparse.Namespace, code: str, **values: Any) -> None:
    """Print the catalogue's message ``code`` in the command's output language."""
    print(words(args, code, **values), flush=True)


def words(args: argparse.Namespace, code: str, **values: Any) -> str:
    """The catalogue's message ``code`` in the command's output language."""
    return render(msg(code, **values), output_language(args))


def text_width(text: str) -> int:
    """Columns a text takes in a terminal: Chinese characters (and full-width forms) take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def padded(text: str, width: int) -> str:
    """``text`` filled with spaces to ``width`` terminal columns (a Chinese character takes
    two), so the column after it lines up in every language."""
    return text + " " * max(0, width - text_width(text))


def table(
    rows: Sequence[Sequence[str]], *, right: Collection[int] = (), rule: bool = False
) -> list[str]:
    """``rows`` as lines of columns two spaces apart, padded by terminal width (so Chinese
    lines up); the ``right`` columns are right-aligned, ``rule`` underlines the first row."""
    if not rows:
        return []
    widths = [max(text_width(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        cells = []
        for i, (cell, width) in enumerate(zip(row, widths, strict=True)):
            pad = " " * (width - text_width(cell))
            cells.append(pad + cell if i in right else cell + pad)
        lines.append("  ".join(cells).rstrip())
        if rule and n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return lines
