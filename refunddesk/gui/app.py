"""Start the desktop app: QApplication, look, translations, crash handling, main window, data."""

from __future__ import annotations

import dataclasses
import logging
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QWidget

import refunddesk
from refunddesk.domain.starter_rules import starter_names
from refunddesk.gui import i18n
from refunddesk.gui.about import show_about
from refunddesk.gui.crash_dialog import CrashPresenter
from refunddesk.gui.crashsignal import CrashRelay
from refunddesk.gui.dialogs.connect_shop import open_connect_dialog
from refunddesk.gui.errors import show_error
from refunddesk.gui.gc_guard import MainThreadCollector
from refunddesk.gui.main_window import MainWindow
from refunddesk.gui.resources import icon
from refunddesk.gui.services import GuiServices
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.gui.theme import apply_theme
from refunddesk.gui.tray import Tray
from refunddesk.gui.worker_bridge import WorkerBridge
from refunddesk.services.context import AppContext, open_context

log = logging.getLogger(__name__)

SETTINGS_FILE = "gui.ini"
TRANSLATION_CACHE = Path("cache") / "translations"
_LANGUAGE_KEY = "ui/language"


# How soon the GUI thread gets the GIL from a busy thread (hand_over_the_gil_quickly).
GIL_SWITCH_SECONDS = 0.0002


@dataclass(frozen=True, slots=True)
class GuiOptions:
    data_dir: Path
    database_url: str
    demo: bool
    language: str | None = None
    # An already open context (tests, screenshots): used as is and not closed by the GUI.
    context: AppContext | None = None
    start_worker: bool = True
    # The real app (not tests, whose heap changes test after test): keep the start-up heap and
    # long-lived objects out of the collector's passes (gc_guard.py).
    freeze_heap: bool = False


class _ContextOpener(QObject):
    """Opens the AppContext on a plain thread so the window paints first; reports back queued."""

    opened = Signal(object)  # AppContext
    failed = Signal(object)  # BaseException

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker_thread: threading.Thread | None = None
        self.result: AppContext | None = None

    def start(self, options: GuiOptions) -> None:
        # The demo's starter rules become the merchant's own data, so they are saved in the
        # language the app shows.
        self._starter_names = list(starter_names(i18n.current_language()))
        self.worker_thread = threading.Thread(
            target=self._open, args=(options,), name="open-context", daemon=True
        )
        self.worker_thread.start()

    def _open(self, options: GuiOptions) -> None:
        try:
            ctx = open_context(
                data_dir=options.data_dir,
                database_url=options.database_url or None,
                demo=options.demo,
                starter_names=self._starter_names,
            )
        except BaseException as exc:  # shown on the GUI thread: a message or the crash dialog
            self.failed.emit(exc)
            return
        self.result = ctx
        self.opened.emit(ctx)


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
    context: AppContext | None = None
    services: GuiServices | None = None
    owns_context: bool = False
    open_error: BaseException | None = None
    closers: list[Callable[[], None]] = field(default_factory=list)
    bridge: WorkerBridge | None = None
    tray: Tray | None = None
    collector: MainThreadCollector | None = None
    refusal_shown: bool = False
    _opener: _ContextOpener | None = None
    _closed: bool = False

    @property
    def ready(self) -> bool:
        """The data is open and the real screens are built."""
        return self.services is not None

    def wait_ready(self, timeout: float = 15.0) -> bool:
        """For tests and scripts without a running event loop: process events until ready."""
        deadline = time.monotonic() + timeout
        while not self.ready and self.open_error is None and time.monotonic() < deadline:
            self.app.processEvents()
            time.sleep(0.005)
        return self.ready

    def attach_context(self, ctx: AppContext, *, owned: bool) -> None:
        """Hand the open data to the window: services, screens, then the worker."""
        if self._closed:
            if owned:
                ctx.close()
            return
        self.context, self.owns_context = ctx, owned
        self.services = GuiServices(
            ctx, self.app, on_unexpected=lambda exc: show_error(self.window, exc)
        )
        self.window.attach_services(self.services)
        services, window = self.services, self.window
        window.about_requested.connect(lambda: show_about(window, services))
        self._wire_connect_shop(self.services)
        self.tray = Tray(self.window)
        self.closers.append(self.tray.hide)
        window, tray = self.window, self.tray
        tray.show_requested.connect(lambda: _bring_back(window))
        tray.quit_requested.connect(window.quit_for_real)
        window.tray_available = tray.available
        if self.options.start_worker:
            self._start_worker(self.services)
        if self.options.freeze_heap and self.collector is not None:
            # Everything built so far lives as long as the app: keep it out of the collector's
            # full passes, which hold the GIL and would stall the GUI during big syncs.
            self.collector.freeze_heap()
            self.collector.freeze_survivors = True
            # A screen is built when first opened: it and its modules live as long, too.
            collector = self.collector
            window.screen_built.connect(lambda _key, _page: collector.freeze_heap())

    def _wire_connect_shop(self, services: GuiServices) -> None:
        # The Dashboard's "Connect a shop…" opens the same dialog as Settings → Shops → Add.
        window = self.window

        def wire(key: str, page: QWidget) -> None:
            request = getattr(page, "connect_shop_requested", None)
            if key == "dashboard" and request is not None:
                request.connect(lambda: open_connect_dialog(services, None, window))

        window.screen_built.connect(wire)
        if window.screen_is_built("dashboard"):  # the screen shown at start is built already
            wire("dashboard", window.screen_widget("dashboard"))

    def _start_worker(self, services: GuiServices) -> None:
        bridge = self.bridge = WorkerBridge(services, parent=self.window)
        window, tray = self.window, self.tray
        assert tray is not None
        window.pause_toggled.connect(bridge.set_paused)
        window.sync_now_requested.connect(bridge.wake)
        services.worker_wake_requested.connect(bridge.wake)
        tray.pause_toggled.connect(bridge.set_paused)
        tray.sync_now_requested.connect(bridge.wake)
        bridge.status_changed.connect(window.set_status)
        bridge.status_changed.connect(
            lambda st: tray.set_paused(st.automation_state is AutomationState.PAUSED)
        )
        bridge.review_count_changed.connect(window.set_review_count)
        bridge.attention_grew.connect(tray.notify_attention)
        bridge.cycle_finished.connect(lambda _report: self._worker_refused(bridge))
        self.closers.append(lambda: None if bridge.stop() else log.warning("worker still busy"))
        bridge.start()

    def _worker_refused(self, bridge: WorkerBridge) -> None:
        # The worker stops by itself on a damaged database: say so once, plainly.
        refused = bridge.worker.refused
        if refused is not None and not self.refusal_shown:
            self.refusal_shown = True
            show_error(self.window, refused)

    def _open_failed(self, exc: BaseException) -> None:
        self.open_error = exc
        show_error(self.window, exc)

    def choose_language(self, code: str) -> str:
        """Apply ``code`` at once (no restart, nothing lost) and remember it for next time."""
        applied = self.languages.set_language(code)
        self.settings.setValue(_LANGUAGE_KEY, applied)
        self.settings.sync()
        return applied

    def close(self) -> None:
        """Stop the worker, wait for background operations, close the data; safe to repeat."""
        if self._closed:
            return
        self._closed = True
        for closer in reversed(self.closers):
            try:
                closer()
            except Exception:
                log.warning("error while closing the GUI", exc_info=True)
        if self.services is not None:
            self.services.wait_idle()
        if self.context is not None and self.owns_context:
            self.context.close()
        opener = self._opener
        if opener is not None and opener.worker_thread is not None:
            # Closed while still opening: the late context would otherwise leak its demo shop.
            opener.worker_thread.join(timeout=30)
            if opener.result is not None and opener.result is not self.context:
                opener.result.close()
        self.crash_relay.uninstall()


def _bring_back(window: MainWindow) -> None:
    window.showNormal()
    window.raise_()
    window.activateWindow()


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
    window = MainWindow(settings, None, initial_status(options))
    relay = CrashRelay(app)
    presenter = CrashPresenter(window)
    relay.crashed.connect(presenter.show_crash)
    relay.install()
    session = GuiSession(options, app, settings, languages, window, relay, presenter)
    collector = session.collector = MainThreadCollector(window)
    collector.start()
    session.closers.append(collector.stop)
    window.language_chosen.connect(session.choose_language)
    window.closing.connect(lambda: session.close())
    if options.context is not None:
        session.attach_context(options.context, owned=False)
    else:
        # Opening takes ~0.3 s (demo: start and seed the shop): the window paints meanwhile.
        opener = _ContextOpener(window)
        opener.opened.connect(lambda ctx: session.attach_context(ctx, owned=True))
        opener.failed.connect(lambda exc: session._open_failed(exc))
        session._opener = opener
        opener.start(options)
    return session


def hand_over_the_gil_quickly() -> None:
    """The real app (not tests): let the GUI thread have the GIL within ~0.2 ms, not 5.

    Every slot, timer, paint and model callback needs the GIL. With the worker, the pool's
    queries and (in demo mode) the shop busy at once, Python's default 5 ms switch interval left
    the window waiting 50-120 ms for its turn during a big sync, and a repaint makes one such wait
    per cell. Measured with bench/gui.py: 1 ms brought the sync's gaps to ~30 ms, 0.2 ms halved
    the worst gap while refunds run (140 -> 80 ms); the sync and the refunds were no slower.
    """
    sys.setswitchinterval(GIL_SWITCH_SECONDS)


def run_gui(options: GuiOptions) -> int:
    """Show the main window and run the event loop; returns the process exit code."""
    hand_over_the_gil_quickly()
    session = build_gui(dataclasses.replace(options, freeze_heap=True))
    try:
        session.window.show()
        session.crash_presenter.offer_previous_crashes()
        return session.app.exec()
    finally:
        session.close()
