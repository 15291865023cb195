"""`refunddesk` / `refunddesk gui`: open the desktop app."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping
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


NO_DISPLAY = """\
RefundDesk's window needs a display, and none was found
(DISPLAY and WAYLAND_DISPLAY are unset, and QT_QPA_PLATFORM is not given).

  To see the window on a virtual screen:     xvfb-run -a refunddesk
  To run the refund worker without a window: refunddesk run
"""


def display_available(env: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt has somewhere to show a window. On Linux and the BSDs that is an X11 or a
    Wayland display (or a platform given outright, e.g. offscreen); elsewhere there always is."""
    if not platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return True
    names = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    return any(env.get(name, "").strip() for name in names)


def cmd_gui(args: argparse.Namespace) -> int:
    from refunddesk.infra import paths

    if not display_available():
        # Qt would print its own plugin error and abort (exit code 134).
        print(NO_DISPLAY, file=sys.stderr, end="")
        return 2
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
