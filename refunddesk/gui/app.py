"""Start the desktop app: QApplication, look, translations, crash handling, main window."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

import refunddesk
from refunddesk.gui import i18n
from refunddesk.gui.crash_dialog import CrashPresenter
from refunddesk.gui.crashsignal import CrashRelay
from refunddesk.gui.main_window import MainWindow
from refunddesk.gui.resources import icon
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.gui.theme import apply_theme

SETTINGS_FILE = "gui.ini"
TRANSLATION_CACHE = Path("cache") / "translations"
_LANGUAGE_KEY = "ui/language"


@dataclass(frozen=True, slots=True)
class GuiOptions:
    data_dir: Path
    database_url: str
    demo: bool
    language: str | None = None


@dataclass(slots=True)
class GuiSession:
    """Everything :func:`build_gui` made; the lead wires the worker and store onto ``window``."""

    options: GuiOptions
    app: QApplication
    settings: QSettings
    languages: i18n.LanguageSwitcher
    window: MainWindow
    crash_relay: CrashRelay
    crash_presenter: CrashPresenter
    extras: dict[str, object] = field(default_factory=dict)

    def choose_language(self, code: str) -> str:
        """Apply ``code`` at once (no restart, nothing lost) and remember it for next time."""
        applied = self.languages.set_language(code)
        self.settings.setValue(_LANGUAGE_KEY, applied)
        self.settings.sync()
        return applied

    def close(self) -> None:
        self.crash_relay.uninstall()


def open_settings(data_dir: Path) -> QSettings:
    """The GUI's settings: an INI file in the data dir, never the registry or the home dir."""
    data_dir.mkdir(parents=True, exist_ok=True)
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with RefundDesk's name and look (reuses one that already exists)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setApplicationName("RefundDesk")
    app.setApplicationDisplayName("RefundDesk")
    app.setOrganizationName("RefundDesk")
    app.setApplicationVersion(refunddesk.__version__)
    app.setDesktopFileName("refunddesk")
    app.setWindowIcon(icon("refunddesk"))
    apply_theme(app)
    return app


def initial_status(options: GuiOptions) -> ShellStatus:
    # Until the worker reports in, automation is honestly shown as paused.
    return ShellStatus(shop_name="", is_demo=options.demo, automation_state=AutomationState.PAUSED)


def build_gui(options: GuiOptions) -> GuiSession:
    """Build the whole GUI without entering the event loop (tests and screenshots use this)."""
    app = create_application()
    settings = open_settings(options.data_dir)
    saved_language = settings.value(_LANGUAGE_KEY)
    language = options.language or (saved_language if isinstance(saved_language, str) else None)
    languages = i18n.install(app, options.data_dir / TRANSLATION_CACHE, language)
    window = MainWindow(settings, initial_status(options))
    relay = CrashRelay(app)
    presenter = CrashPresenter(window)
    relay.crashed.connect(presenter.show_crash)
    relay.install()
    session = GuiSession(options, app, settings, languages, window, relay, presenter)
    window.language_chosen.connect(session.choose_language)
    return session


def run_gui(options: GuiOptions) -> int:
    """Show the main window and run the event loop; returns the process exit code."""
    session = build_gui(options)
    try:
        session.window.show()
        session.crash_presenter.offer_previous_crashes()
        return session.app.exec()
    finally:
        session.close()
