"""`refunddesk` / `refunddesk gui`: open the desktop app."""

from __future__ import annotations

import argparse
import sys
from typing import Any


def add_parsers(sub: Any) -> None:
    sub.add_parser("gui", help="open the desktop app (the default)")


def cmd_gui(args: argparse.Namespace) -> int:
    from refunddesk.infra import paths

    try:
        from refunddesk.gui.app import GuiOptions, run_gui
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        print(f"The desktop app cannot start: {exc}", file=sys.stderr)
        print("Headless alternative: refunddesk run", file=sys.stderr)
        return 2
    return run_gui(
        GuiOptions(
            data_dir=paths.data_dir(),
            database_url=args.database_url or "",
            demo=args.demo,
            language=args.language,
        )
    )
