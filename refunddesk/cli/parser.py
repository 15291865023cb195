"""The argument parser: global options here, each verb group adds its own sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from refunddesk.cli import (
    backtest,
    channels,
    db,
    demo,
    gui,
    notices,
    refunds,
    rules,
    run,
    service,
    settings,
    shops,
)
from refunddesk.cli.usage_errors import Parser

EPILOG = """\
Without a command the desktop app opens. Data (the database, logs, crash reports) lives in the
platform data folder unless --data-dir or REFUNDDESK_DATA_DIR says otherwise. Shop credentials are
kept in the operating system's keyring only.

Environment: REFUNDDESK_DATA_DIR (the data folder), REFUNDDESK_DATABASE_URL (the database URL,
so a password stays out of the process list), REFUNDDESK_CLIENT_SECRET (for shop add).
Exit codes: 0 done, 1 failed (the message says why), 2 wrong usage, 130 interrupted;
a database that cannot be used has its own codes (refunddesk db --help).
Output for scripts: refunds, review, shop list and rules list take --json (docs/CLI.md).
"""

# In the order `refunddesk --help` lists them.
VERB_GROUPS = (
    gui,
    run,
    demo,
    shops,
    rules,
    refunds,
    notices,
    channels,
    settings,
    backtest,
    db,
    service,
)


APP_LANGUAGES = ("en", "pl", "zh_CN")


def app_language(typed: str) -> str:
    """An app language as people type it: ``zh``, ``zh-CN``, ``pl_PL``, ``EN`` name ours;
    anything else is left as typed, for the choices to refuse."""
    base = typed.replace("-", "_").split("_", 1)[0].lower()
    return {"en": "en", "pl": "pl", "zh": "zh_CN"}.get(base, typed)


def build_parser() -> argparse.ArgumentParser:
    p = Parser(
        prog="refunddesk",
        description="Automatic, rule-based buyer refunds for Allegro shops.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "--version",
        action="store_true",
        help="show the version and the schema of the database (from --data-dir/--database-url)",
    )
    p.add_argument("--data-dir", type=Path, help="folder for the database, logs and crash reports")
    p.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database (default: REFUNDDESK_DATABASE_URL, else SQLite in "
        "the data folder; postgresql+psycopg://… for several PCs sharing one database). Keep a "
        "password out of the command line: put the URL in REFUNDDESK_DATABASE_URL",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="use the embedded demo shop: the window's demo starts afresh, and each command "
        "carries on from the one before (in <data folder>/demo-headless/)",
    )
    p.add_argument(
        "--language",
        type=app_language,
        choices=APP_LANGUAGES,
        help="language of the app: en, pl or zh_CN (zh, pl_PL … are taken too)",
    )
    p.add_argument(
        "--log-level",
        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
        help="what to print on the console (default: WARNING for commands, INFO for the app); "
        "the log file always keeps at least INFO",
    )
    sub = p.add_subparsers(dest="command", metavar="command")
    for group in VERB_GROUPS:
        group.add_parsers(sub)
    return p
