"""The look: Qt's Fusion style with a calm light palette and a few named accents."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

# One place for the colours, so screens built later stay in the same family.
WINDOW = "#f4f6f7"
SURFACE = "#ffffff"
NAV = "#e9eef0"
TEXT = "#1f2a33"
MUTED = "#5b6873"
BORDER = "#d3dbe0"
ACCENT = "#2b6f6b"
ACCENT_SOFT = "#d4e9e6"
ERROR = "#a8322a"
WARNING_BG = "#fbecc4"
WARNING_TEXT = "#6b4b00"

STATE_COLOURS: dict[str, str] = {
    "running": "#2e7d4f",
    "paused": "#a15c00",
    "dry_run": "#2f5f9e",
    "shadow": "#6a4f93",
    "blocked": "#8a5a00",
}

_STYLESHEET = f"""
#NavBar {{ background: {NAV}; border-right: 1px solid {BORDER}; }}
#NavBar QPushButton#NavButton {{
    text-align: left; padding: 9px 12px; border: none; border-radius: 6px;
    color: {TEXT}; background: transparent;
}}
#NavBar QPushButton#NavButton:hover {{ background: #dde5e8; }}
#NavBar QPushButton#NavButton:checked {{
    background: {ACCENT_SOFT}; color: {ACCENT}; font-weight: 600;
}}
#NavBadge {{
    background: {ERROR}; color: white; border-radius: 9px; padding: 0px 6px;
    font-weight: 600;
}}
#AppName {{ color: {ACCENT}; font-weight: 700; padding: 4px 12px 12px 12px; }}
#StatusStrip {{ background: {SURFACE}; border-top: 1px solid {BORDER}; }}
#ShopName {{ font-weight: 600; }}
#DemoBadge {{
    background: {WARNING_BG}; color: {WARNING_TEXT}; border: 1px solid #e2c36a;
    border-radius: 9px; padding: 1px 8px; font-weight: 600;
}}
#StateChip {{ font-weight: 600; }}
#LastSync {{ color: {MUTED}; }}
#LastError {{ color: {ERROR}; }}
QPushButton#PauseButton {{
    padding: 7px 18px; font-weight: 600; border-radius: 6px;
    background: {ACCENT}; color: white; border: 1px solid {ACCENT};
}}
QPushButton#PauseButton:checked {{
    background: {STATE_COLOURS["paused"]}; border-color: {STATE_COLOURS["paused"]};
}}
QPushButton#SyncButton {{
    padding: 7px 14px; border-radius: 6px; background: {SURFACE}; color: {ACCENT};
    border: 1px solid {ACCENT};
}}
QPushButton#SyncButton:hover {{ background: {ACCENT_SOFT}; }}
QPushButton#PauseButton:hover {{ background: #245e5b; }}
QPushButton#PauseButton:checked:hover {{ background: #8a4f00; }}
#ScreenTitle {{ color: {TEXT}; font-weight: 700; }}
#ScreenDescription {{ color: {MUTED}; }}
"""


def calm_palette() -> QPalette:
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: WINDOW,
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: SURFACE,
        QPalette.ColorRole.AlternateBase: "#f0f4f5",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#edf1f3",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: SURFACE,
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: MUTED,
        QPalette.ColorRole.Link: ACCENT,
        QPalette.ColorRole.Mid: BORDER,
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    muted = QColor(MUTED)
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, muted)
    return palette


def apply_theme(app: QApplication) -> None:
    style = QStyleFactory.create("Fusion")
    if style is not None:
        app.setStyle(style)
    app.setPalette(calm_palette())
    app.setStyleSheet(_STYLESHEET)
