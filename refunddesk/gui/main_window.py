"""The main window: navigation on the left, the screens, and the status strip along the bottom."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import i18n
from refunddesk.gui.close_question import settle_close
from refunddesk.gui.resources import icon
from refunddesk.gui.screens import ScreenEntry, register_screens
from refunddesk.gui.services import Changes
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.gui.tray import CLOSE_TO_TRAY_KEY
from refunddesk.gui.widgets.nav_bar import NavBar
from refunddesk.gui.widgets.status_strip import StatusStrip

if TYPE_CHECKING:
    from refunddesk.gui.services import GuiServices

__all__ = ["AutomationState", "MainWindow", "ShellStatus"]

_GEOMETRY_KEY = "main_window/geometry"
_SCREEN_KEY = "main_window/screen"
DEFAULT_SIZE = (1280, 800)


class LoadingPage(QWidget):
    """Stands in for every screen while the app's data is being opened in the background."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("Opening your shop data…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class MainWindow(QMainWindow):
    """The shell every screen lives in; its signals go to the worker bridge (see app.py).

    Without ``services`` every page is a :class:`LoadingPage` until :meth:`attach_services`
    builds the screens, so the window can paint before the database and shop are open.
    """

    pause_toggled = Signal(bool)
    sync_now_requested = Signal()
    language_chosen = Signal(str)
    screens_built = Signal()  # the data is open: the shown screen is real, the rest on demand
    screen_built = Signal(str, QWidget)  # a screen's key and page, once, when it is built
    closing = Signal()  # the window is really closing (not hidden to the tray)
    about_requested = Signal()

    def __init__(
        self,
        settings: QSettings,
        services: GuiServices | None = None,
        status: ShellStatus | None = None,
        screens: Sequence[ScreenEntry] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._services: GuiServices | None = None
        self._entries = tuple(screens if screens is not None else register_screens())
        # Set by the app when a tray icon exists; closing then hides if Settings says so.
        self.tray_available = False
        self._quitting = False
        self.setWindowIcon(icon("refunddesk"))
        self.setMinimumSize(900, 560)

        self.nav = NavBar(self)
        self.stack = QStackedWidget(self)
        self.status_strip = StatusStrip(self)
        self._screens: dict[str, QWidget] = {}
        self._built: set[str] = set()
        for entry in self._entries:
            self.nav.add_entry(entry.key, entry.label, icon(entry.icon))
            page: QWidget = LoadingPage(self.stack)
            page.setObjectName(f"loading_{entry.key}")
            self._screens[entry.key] = page
            self.stack.addWidget(page)
        self.nav.setFixedWidth(210)
        self.nav.current_changed.connect(self._show_index)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(0)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addLayout(body, 1)
        outer.addWidget(self.status_strip)
        self.setCentralWidget(central)

        self.status_strip.pause_toggled.connect(self.pause_toggled)
        self.status_strip.sync_now_requested.connect(self.sync_now_requested)
        self._build_menus()
        if status is not None:
            self.status_strip.set_status(status)
        self._restore_state()
        self.retranslate_ui()
        if services is not None:
            self.attach_services(services)

    # -- public API -------------------------------------------------------------------------

    @property
    def services(self) -> GuiServices | None:
        return self._services

    def attach_services(self, services: GuiServices) -> None:
        """Build the screen being shown (once); the others are built when first opened.

        Building all seven at start cost ~25 MiB and half a second before the window was
        usable (the Rules screen alone ~11 MiB), mostly for screens a merchant may not open.
        """
        if self._services is not None:
            return
        self._services = services
        self._build(self.current_screen_key())
        self.screens_built.emit()

    def _build(self, key: str) -> QWidget:
        """The real screen for ``key``, built now in place of its loading page if need be."""
        old = self._screens[key]
        if self._services is None or key in self._built:
            return old
        if key == "simulate" and "rules" in self._screens:
            self._build("rules")  # Simulate's "draft" choice reads the Rules screen's editor
        index = self.screen_keys().index(key)
        entry = self._entries[index]
        current = self.stack.currentIndex()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # the Rules screen: ~0.3 s
        try:
            page = entry.factory(self._services, self.stack)
        finally:
            QApplication.restoreOverrideCursor()
        page.setObjectName(f"screen_{key}")
        opener = getattr(page, "open_screen", None)  # a screen may send the user elsewhere
        if opener is not None:
            opener.connect(self.show_screen)
        self._screens[key] = page
        self._built.add(key)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(old)
        old.deleteLater()
        self.stack.setCurrentIndex(current)
        if key == "simulate":
            self._connect_rules_draft()
        self.screen_built.emit(key, page)
        return page

    def _connect_rules_draft(self) -> None:
        """Simulate's "draft" choice reads the Rules screen's editor, unsaved edits included."""
        rules, simulate = self._screens.get("rules"), self._screens.get("simulate")
        provider = getattr(rules, "draft_rules", None)
        setter = getattr(simulate, "set_draft_provider", None)
        if provider is not None and setter is not None:
            setter(provider)

    @property
    def screens_ready(self) -> bool:
        return self._services is not None

    def set_status(self, status: ShellStatus) -> None:
        self.status_strip.set_status(status)
        self._update_title()

    def status(self) -> ShellStatus:
        return self.status_strip.status()

    def set_review_count(self, count: int) -> None:
        """The number of holds, failures and unconfirmed refunds waiting for a person."""
        self.nav.button("review").set_count(count)

    def screen_keys(self) -> list[str]:
        return [entry.key for entry in self._entries]

    def screen_widget(self, key: str) -> QWidget:
        """The screen for ``key``, built now if the data is open and it was not shown yet."""
        return self._build(key)

    def screen_is_built(self, key: str) -> bool:
        return key in self._built

    def current_screen_key(self) -> str:
        return self._entries[self.stack.currentIndex()].key

    def show_screen(self, key: str) -> None:
        """``key`` names a screen, optionally with a view of it: "refunds/left_to_you"."""
        key, _, view = key.partition("/")
        self._show_index(self.screen_keys().index(key))
        show_view = getattr(self._build(key), "show_view", None)
        if view and show_view is not None:
            show_view(view)

    # -- building ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self.file_menu = QMenu(self)
        self.sync_action = QAction(self)
        self.sync_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.sync_action.triggered.connect(self.sync_now_requested)
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.quit_for_real)
        self.file_menu.addAction(self.sync_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.view_menu = QMenu(self)
        self.screen_actions: list[QAction] = []
        for number, entry in enumerate(self._entries, start=1):
            action = QAction(icon(entry.icon), "", self)
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=entry.key: self.show_screen(key))
            self.view_menu.addAction(action)
            self.addAction(action)  # the shortcut works even while the menu bar is hidden
            self.screen_actions.append(action)

        self.language_menu = QMenu(self)
        self._language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, native_name in i18n.LANGUAGES.items():
            action = QAction(native_name, self)
            action.setCheckable(True)
            action.triggered.connect(lambda _=False, c=code: self.language_chosen.emit(c))
            self._language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = QMenu(self)
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.about_requested)
        self.help_menu.addAction(self.about_action)

        bar = self.menuBar()
        bar.addMenu(self.file_menu)
        bar.addMenu(self.view_menu)
        bar.addMenu(self.language_menu)
        bar.addMenu(self.help_menu)

    def _show_index(self, index: int) -> None:
        self._build(self._entries[index].key)
        self.stack.setCurrentIndex(index)
        self.nav.set_current(index)

    # -- translation ------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.sync_action.setText(self.tr("&Sync now"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        for action, entry in zip(self.screen_actions, self._entries, strict=True):
            action.setText(QCoreApplication.translate("Navigation", entry.label))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About RefundDesk"))
        current = self.language_actions.get(i18n.current_language())
        if current is not None:
            current.setChecked(True)
        self._update_title()

    def _update_title(self) -> None:
        status = self.status()
        if status.is_demo:
            self.setWindowTitle(self.tr("RefundDesk: demo shop"))
        elif status.shop_name:
            self.setWindowTitle(self.tr("RefundDesk: %1").replace("%1", status.shop_name))
        else:
            self.setWindowTitle("RefundDesk")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- remembered state -------------------------------------------------------------------

    def _restore_state(self) -> None:
        geometry = self._settings.value(_GEOMETRY_KEY)
        if not (isinstance(geometry, QByteArray) and self.restoreGeometry(geometry)):
            self.resize(*self._first_size())
        saved = self._settings.value(_SCREEN_KEY)
        keys = self.screen_keys()
        self._show_index(keys.index(saved) if saved in keys else 0)

    def _first_size(self) -> tuple[int, int]:
        """DEFAULT_SIZE, or less on a smaller screen: on 1024x768 the first window was
        1280x800, its right edge and status bar off screen where no window manager fits it."""
        screen = self.screen()
        if screen is None:
            return DEFAULT_SIZE
        room = screen.availableGeometry()
        return min(DEFAULT_SIZE[0], room.width()), min(DEFAULT_SIZE[1], room.height())

    def save_state(self) -> None:
        self._settings.setValue(_GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(_SCREEN_KEY, self.current_screen_key())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        # Only a person closes a visible window; the first time, they say what should happen.
        if not self._quitting and self.isVisible():
            closes = settle_close(self, self._settings, self.tray_available)
            if self._services is not None:  # the Settings screen shows the answer at once
                self._services.notify(Changes(settings=True))
            if not closes:
                event.ignore()
                return
        if self._hides_to_tray():
            # Automation keeps running; the tray icon brings the window back or quits.
            event.ignore()
            self.hide()
            return
        self.closing.emit()
        super().closeEvent(event)

    def quit_for_real(self) -> None:
        """Close even when closing normally hides to the tray (the tray's and menu's Quit)."""
        self._quitting = True
        self.close()

    def _hides_to_tray(self) -> bool:
        if self._quitting or not self.tray_available:
            return False
        return bool(self._settings.value(CLOSE_TO_TRAY_KEY, False, type=bool))
