"""`refunddesk` / `refunddesk gui`: open the desktop app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def add_parsers(sub: Any) -> None:
    gui = sub.add_parser("gui", help="open the desktop app (the default)")
    gui.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        help="open the app, save a picture of its window to FILE (PNG) and exit",
    )


def cmd_gui(args: argparse.Namespace) -> int:
    from refunddesk.infra import paths

    try:
        from refunddesk.gui.app import GuiOptions, run_gui
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        print(f"The desktop app cannot start: {exc}", file=sys.stderr)
        print("Headless alternative: refunddesk run", file=sys.stderr)
        return 2
    options = GuiOptions(
        data_dir=paths.data_dir(),
        database_url=args.database_url or "",
        demo=args.demo,
        language=args.language,
    )
    screenshot: Path | None = getattr(args, "screenshot", None)  # absent without "gui"
    if screenshot is not None:
        from refunddesk.gui.snapshot import take_screenshot

        return take_screenshot(options, screenshot)
    return run_gui(options)
