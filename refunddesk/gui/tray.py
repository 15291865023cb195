"""The tray icon: show the window, pause or sync, quit; notices of new holds and failures."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from refunddesk.gui.resources import icon

# QSettings (gui.ini): keep automation running in the tray when the window is closed.
CLOSE_TO_TRAY_KEY = "tray/keep_running"  # the Settings screen writes it


def tray_available() -> bool:
    """False on the offscreen platform and on desktops without a notification area."""
    return QSystemTrayIcon.isSystemTrayAvailable()


class Tray(QObject):
    """Exists even without a tray (then it does nothing), so callers need no guards."""

    show_requested = Signal()
    pause_toggled = Signal(bool)
    sync_now_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.icon: QSystemTrayIcon | None = None
        self.messages: list[tuple[str, str]] = []  # what was notified (also without a tray)
        self._paused = False
        self.menu = QMenu()
        self.show_action = QAction(self)
        self.show_action.triggered.connect(self.show_requested)
        self.pause_action = QAction(self)
        self.pause_action.triggered.connect(lambda: self.pause_toggled.emit(not self._paused))
        self.sync_action = QAction(self)
        self.sync_action.triggered.connect(self.sync_now_requested)
        self.quit_action = QAction(self)
        self.quit_action.triggered.connect(self.quit_requested)
        for action in (self.show_action, self.pause_action, self.sync_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.quit_action)
        if tray_available():
            self.icon = QSystemTrayIcon(icon("refunddesk"), self)
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        self.retranslate_ui()
        # The menu (a top-level widget) is told when the language changes. Not a filter on the
        # application: that one sees every event of every object, each a Python call needing
        # the GIL, which the worker holds during a sync (the window stalled waiting for it).
        self.menu.installEventFilter(self)

    @property
    def available(self) -> bool:
        return self.icon is not None

    def set_paused(self, paused: bool) -> None:
        self._paused = paused
        self.retranslate_ui()

    def notify_attention(self, more: int) -> None:
        """A notice when more refunds wait for a person (new holds or failures)."""
        title = self.tr("RefundDesk needs you")
        text = self.tr("Refunds newly waiting for your review: %1").replace("%1", str(more))
        self.messages.append((title, text))
        if self.icon is not None and QSystemTrayIcon.supportsMessages():
            self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 10_000)

    def retranslate_ui(self) -> None:
        self.show_action.setText(self.tr("Show RefundDesk"))
        self.pause_action.setText(
            self.tr("Resume automation") if self._paused else self.tr("Pause automation")
        )
        self.sync_action.setText(self.tr("Sync now"))
        self.quit_action.setText(self.tr("Quit RefundDesk"))
        if self.icon is not None:
            self.icon.setToolTip("RefundDesk")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.menu and event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        return False

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_requested.emit()

    def hide(self) -> None:
        self.menu.removeEventFilter(self)
        if self.icon is not None:
            self.icon.hide()
