"""`refunddesk db check|restore`: is the database sound, and bring back its latest backup."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from refunddesk.cli.common import output_language, say
from refunddesk.domain.locale_format import format_megabytes
from refunddesk.services import database
from refunddesk.store.problems import (
    EXIT_DAMAGED,
    EXIT_DISK_FULL,
    EXIT_LOCKED,
    EXIT_READ_ONLY,
    EXIT_TOO_NEW,
)

EPILOG = f"""\
exit codes: 0 sound; {EXIT_TOO_NEW} made by a newer RefundDesk (or another problem);
{EXIT_DAMAGED} damaged; {EXIT_DISK_FULL} disk full; {EXIT_LOCKED} busy (held by another program);
{EXIT_READ_ONLY} read-only file or folder. The same codes come from every command that opens
the database.
"""


def add_parsers(sub: Any) -> None:
    db = sub.add_parser(
        "db",
        help="check the database; restore its latest backup",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    db.set_defaults(handler=cmd_db)
    db_sub = db.add_subparsers(dest="db_command", metavar="action", required=True)
    db_sub.add_parser("check", help="full integrity check; changes nothing")
    restore = db_sub.add_parser(
        "restore", help="put the newest sound backup in place (the current file is kept aside)"
    )
    restore.add_argument(
        "--from", dest="source", type=Path, help="restore this file instead of the newest backup"
    )


def cmd_db(args: argparse.Namespace) -> int:
    if args.db_command == "check":
        return _check(args)
    return _restore(args)


def _check(args: argparse.Namespace) -> int:
    report = database.check_database(args.database_url)
    if report.size_bytes is None:  # a server database: no file, no size
        say(args, "cli.db_location", location=report.location)
    else:
        size = format_megabytes(report.size_bytes, output_language(args))
        say(args, "cli.db_file", location=report.location, size=size)
    if report.revision is None:
        say(args, "cli.db_schema_empty", known=str(report.known_up_to))
    else:
        say(args, "cli.db_schema", revision=report.revision, known=str(report.known_up_to))
    say(args, "cli.db_integrity_ok")
    if report.backups:
        latest = report.backups[0]
        taken = f"{latest.taken_at:%Y-%m-%d %H:%M} UTC"
        say(args, "cli.db_backups", n=len(report.backups), file=str(latest.path), taken=taken)
    elif report.size_bytes is not None:
        say(args, "cli.db_no_backups")
    return 0


def _restore(args: argparse.Namespace) -> int:
    done = database.restore_database(args.database_url, args.source)
    taken = f"{done.source.taken_at:%Y-%m-%d %H:%M} UTC"
    say(args, "cli.db_restored", file=str(done.source.path), taken=taken)
    if done.set_aside is not None:
        say(args, "cli.db_set_aside", folder=str(done.set_aside))
    say(args, "cli.db_start_again")
    return 0
