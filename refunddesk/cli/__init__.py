"""The command line: `refunddesk` opens the app; subcommands run headless on a shop PC or server."""

from __future__ import annotations

import argparse
import logging
from collections.abc import Sequence

from refunddesk.cli import errors
from refunddesk.cli.common import output_language, resolve_database_url
from refunddesk.cli.parser import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return errors.guarded(lambda: _start(args), language=lambda: output_language(args))


def _start(args: argparse.Namespace) -> int:
    from refunddesk.infra import paths
    from refunddesk.infra.crash import install_excepthook
    from refunddesk.infra.logging import setup_logging

    is_gui = args.command in (None, "gui")
    if args.data_dir is not None:
        if args.data_dir.exists() and not args.data_dir.is_dir():
            raise errors.UsageError(f"--data-dir {args.data_dir} is a file: give a folder.")
        paths.configure(args.data_dir)
    # A command prints only what was asked for; the log file keeps the whole story.
    default = logging.INFO if is_gui else logging.WARNING
    console = getattr(logging, args.log_level) if args.log_level else default
    setup_logging(min(console, logging.INFO), stderr_level=console)
    # Every command (and the app) sees the one URL: the option, else REFUNDDESK_DATABASE_URL.
    args.database_url = resolve_database_url(args)
    if args.version:  # after --data-dir and the URL: it reports on that database
        from refunddesk.cli.version import cmd_version

        return cmd_version(args)
    if is_gui:
        from refunddesk.cli import gui

        return gui.cmd_gui(args)  # the app installs its own crash handling (a dialog)
    install_excepthook()
    return int(args.handler(args))
