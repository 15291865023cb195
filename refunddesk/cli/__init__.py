"""The command line: `refunddesk` opens the app; subcommands run headless on a shop PC or server."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from refunddesk.cli import errors
from refunddesk.cli.common import UsageLanguage, output_language, resolve_database_url
from refunddesk.cli.parser import build_parser
from refunddesk.cli.usage_errors import typed_language
from refunddesk.domain.messages import msg, render

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    typed = list(sys.argv[1:] if argv is None else argv)
    UsageLanguage.current = typed_language(typed)  # a typo is said in the language asked for
    args = build_parser().parse_args(typed)
    return errors.guarded(lambda: _start(args), language=lambda: output_language(args))


def _start(args: argparse.Namespace) -> int:
    from refunddesk.infra import paths
    from refunddesk.infra.crash import install_excepthook
    from refunddesk.infra.logging import setup_logging

    is_gui = args.command in (None, "gui")
    # Every command (and the app) sees the one URL: the option, else REFUNDDESK_DATABASE_URL.
    args.database_url = resolve_database_url(args)
    if args.data_dir is not None:
        args.data_dir = args.data_dir.expanduser()  # "--data-dir=~/shop": no shell expands it
        if args.data_dir.exists() and not args.data_dir.is_dir():
            said = msg("cli.data_dir_is_a_file", folder=str(args.data_dir))
            raise errors.UsageError(said=said)
        if not args.data_dir.exists():
            # A typo in the path would start an empty profile and work on it, silently: a
            # worker finding no shop, a service on an empty folder. Commands that set a
            # profile up make the folder and say so; the others have nothing to work on.
            folder = str(args.data_dir)
            if not _sets_up(args):
                raise errors.UsageError(said=msg("cli.no_data_folder", folder=folder))
            if not args.database_url:  # else the folder keeps only logs
                said = msg("cli.new_data_folder", folder=folder)
                print(f"{errors.PROG}: {render(said, output_language(args))}", file=sys.stderr)
        paths.configure(args.data_dir)
    if args.demo and args.command == "db":
        # The demo's database is the demo's: `db check` and `db restore` would work on the
        # merchant's own file (a restore rolled it back) while the demo seemed to be meant.
        raise errors.UsageError(said=msg("cli.db_not_in_demo"))
    _refuse_a_new_sqlite_file(args)
    # A command prints only what was asked for; the log file keeps the whole story.
    default = logging.INFO if is_gui else logging.WARNING
    console = getattr(logging, args.log_level) if args.log_level else default
    setup_logging(min(console, logging.INFO), stderr_level=console)
    if args.version:  # after --data-dir and the URL: it reports on that database
        from refunddesk.cli.version import cmd_version

        return cmd_version(args)
    if is_gui:
        from refunddesk.cli import gui

        return gui.cmd_gui(args)  # the app installs its own crash handling (a dialog)
    install_excepthook()
    return int(args.handler(args))


def _refuse_a_new_sqlite_file(args: argparse.Namespace) -> None:
    """A typo in a SQLite URL (--database-url, REFUNDDESK_DATABASE_URL) would make an empty
    database and work on it, as a typo in --data-dir would: only a command that sets a
    profile up may make the file."""
    if not args.database_url or args.demo or args.version:
        return
    from refunddesk.store.database import sqlite_file

    try:
        path = sqlite_file(args.database_url)
    except Exception:  # not a URL at all: said where the URL is opened, in its own words
        return
    if path is None or path.exists():
        return
    if _makes_a_profile(args):
        return
    raise errors.UsageError(said=msg("cli.no_database_file", path=str(path)))


def _sets_up(args: argparse.Namespace) -> bool:
    """Whether the command sets a profile up, so may make a new data folder: the app (its
    first start connects a shop), the demo, connecting a shop, restoring a backup, importing
    rules, changing settings, or any command when the database is kept elsewhere."""
    if args.database_url:
        return True  # the folder keeps only logs then
    if args.version:
        return False
    return args.demo or _makes_a_profile(args)  # the demo makes its own profile


def _makes_a_profile(args: argparse.Namespace) -> bool:
    """The app, the demo shop alone, or a command that sets a profile up (_SETTING_UP)."""
    if args.command in (None, "gui", "demo-shop"):
        return True
    return (args.command, getattr(args, f"{args.command}_command", None)) in _SETTING_UP


_SETTING_UP = {
    ("shop", "add"),
    ("db", "restore"),
    ("rules", "import"),
    ("settings", "set"),
    ("sms", "token"),
    ("alerts", "add"),
}
