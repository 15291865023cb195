"""The argument parser: global options here, each verb group adds its own sub-commands."""

from __future__ import annotations

import argparse
from pathlib import Path

from refunddesk.cli import backtest, db, demo, gui, refunds, rules, run, service, shops

EPILOG = """\
Without a command the desktop app opens. Data (the database, logs, crash reports) lives in the
platform data folder unless --data-dir or REFUNDDESK_DATA_DIR says otherwise. Shop credentials are
kept in the operating system's keyring only.
"""

# In the order `refunddesk --help` lists them.
VERB_GROUPS = (gui, run, demo, shops, rules, refunds, backtest, db, service)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
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
        help="SQLAlchemy URL of the database (default: SQLite in the data folder; "
        "postgresql+psycopg://… for several PCs sharing one database)",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="use the embedded demo shop (a fresh demo profile each start)",
    )
    p.add_argument("--language", choices=["en", "pl", "zh_CN"], help="language of the app")
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = p.add_subparsers(dest="command", metavar="command")
    for group in VERB_GROUPS:
        group.add_parsers(sub)
    return p
