"""`refunddesk gui --screenshot FILE`: open the app, save a picture of the window, and exit."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

from refunddesk.gui import i18n
from refunddesk.gui.app import GuiOptions, build_gui
from refunddesk.gui.resources import ICONS_DIR, icon

# Long enough for the demo to open and the first worker round to paint the dashboard.
SETTLE_SECONDS = 2.0


def missing_icons() -> list[str]:
    """Icons that the package should ship but Qt cannot load."""
    names = sorted(p.stem for p in ICONS_DIR.glob("*.svg")) or ["refunddesk"]
    return [name for name in names if icon(name).isNull()]


def take_screenshot(options: GuiOptions, target: Path) -> int:
    """Save the main window to ``target`` and print what a bug report (or a check) needs."""
    session = build_gui(options)
    try:
        session.window.show()
        if not session.wait_ready(timeout=60):
            print(f"The app did not open: {session.open_error!r}")
            return 1
        deadline = time.monotonic() + SETTLE_SECONDS
        while time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.02)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not session.window.grab().save(str(target)):
            print(f"Could not save {target}")
            return 1
        missing = missing_icons()
        print(f"Screenshot: {target}")
        print(f"Window title: {session.window.windowTitle()}")
        print(f"Language: {i18n.current_language()}")
        print(f"Icons: {'missing ' + ', '.join(missing) if missing else 'ok'}")
        return 1 if missing else 0
    finally:
        session.window.tray_available = False  # never ask "keep running?" on the way out
        session.close()
