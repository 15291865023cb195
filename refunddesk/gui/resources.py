"""Where the GUI finds its icons and translation sources."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon

from refunddesk.infra import paths

RESOURCES_DIR = paths.resources_dir()
ICONS_DIR = RESOURCES_DIR / "icons"
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"


@cache
def icon(name: str) -> QIcon:
    """The icon ``resources/icons/<name>.svg``; an empty icon when the file is missing."""
    path = ICONS_DIR / f"{name}.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
