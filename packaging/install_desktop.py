"""Put RefundDesk in the current user's application menu: the .desktop file and its icon.

Usage: python packaging/install_desktop.py COMMAND [--remove]
COMMAND is the program the menu entry starts (the desktop build's refunddesk-gui, or the
refunddesk of a pipx/venv install).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICON = HERE.parent / "refunddesk" / "resources" / "icons" / "refunddesk.svg"


def data_home() -> Path:
    configured = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(configured) if configured else Path.home() / ".local" / "share"


def exec_value(command: str) -> str:
    """``command`` as one quoted Exec argument (Desktop Entry Specification, "The Exec key")."""
    inner = "".join("\\\\" + c if c in '"`$\\' else c for c in command)
    return '"' + inner.replace("%", "%%") + '"'


def install(command: str) -> list[Path]:
    apps = data_home() / "applications"
    icons = data_home() / "icons" / "hicolor" / "scalable" / "apps"
    apps.mkdir(parents=True, exist_ok=True)
    icons.mkdir(parents=True, exist_ok=True)
    entry = (HERE / "refunddesk.desktop").read_text(encoding="utf-8")
    desktop = apps / "refunddesk.desktop"
    desktop.write_text(entry.replace("@EXEC@", exec_value(command)), encoding="utf-8")
    icon = icons / "refunddesk.svg"
    shutil.copyfile(ICON, icon)
    if shutil.which("update-desktop-database"):
        subprocess.run(["update-desktop-database", "-q", str(apps)], check=False)
    return [desktop, icon]


def remove() -> list[Path]:
    gone = [
        data_home() / "applications" / "refunddesk.desktop",
        data_home() / "icons" / "hicolor" / "scalable" / "apps" / "refunddesk.svg",
    ]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


if __name__ == "__main__":
    if len(sys.argv) == 2 and sys.argv[1] == "--remove":
        for path in remove():
            print(f"Removed {path}")
    elif len(sys.argv) == 2:
        for path in install(str(Path(sys.argv[1]).expanduser().resolve())):
            print(f"Installed {path}")
    else:
        print(__doc__)
        sys.exit(2)
