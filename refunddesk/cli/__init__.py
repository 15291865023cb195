"""The command line: `refunddesk` opens the app; subcommands run headless on a shop PC or server."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from refunddesk.cli import errors
from refunddesk.cli.parser import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from refunddesk.infra import paths
    from refunddesk.infra.crash import install_excepthook
    from refunddesk.infra.logging import setup_logging

    if args.data_dir is not None:
        paths.configure(args.data_dir)
    if args.version:  # after --data-dir: it reports on that folder's database
        from refunddesk.cli.version import cmd_version

        return errors.run_command(cmd_version, args)
    setup_logging(getattr(logging, args.log_level))
    if args.command in (None, "gui"):
        from refunddesk.cli import gui

        return gui.cmd_gui(args)  # the app installs its own crash handling (a dialog)
    install_excepthook()
    return errors.run_command(args.handler, args)
