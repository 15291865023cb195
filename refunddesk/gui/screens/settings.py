"""The Settings screen: shops, safety limits, sync, notifications, and general choices."""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, QSignalBlocker, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import i18n, msgbox
from refunddesk.gui.screens.when_seen import refresh_when_seen
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.screen_title import screen_title
from refunddesk.gui.widgets.settings_alerts import AlertsPanel
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.gui.widgets.settings_limits import LimitsPanel, SyncPanel
from refunddesk.gui.widgets.settings_notices import NoticesPanel
from refunddesk.gui.widgets.settings_shops import ShopsPanel
from refunddesk.gui.widgets.settings_sms import SmsPanel
from refunddesk.services import settings as service

TRAY_KEY = "tray/keep_running"


class GeneralPanel(QWidget):
    """Language, where the data lives, the keyring in use, and the tray choice."""

    language_chosen = Signal(str)

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.language = QComboBox(self)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.data_dir = QLabel(self)
        self.open_folder = QPushButton(self)
        self.database = QLabel(self)
        self.keyring = QLabel(self)
        self.keyring_warning = InlineMessage(self)
        self.tray = QCheckBox(self)
        for label in (self.data_dir, self.database, self.keyring):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._labels = [QLabel(self) for _ in range(4)]
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.open_folder)
        form = QFormLayout()
        form.addRow(self._labels[0], self.language)
        form.addRow(self._labels[1], folder_row)
        form.addRow(self._labels[2], self.database)
        form.addRow(self._labels[3], self.keyring)
        form.addRow(self.keyring_warning)
        form.addRow(self.tray)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        self._sync_language()
        self.tray.setChecked(bool(_gui_settings(services).value(TRAY_KEY, False, type=bool)))
        self.language.activated.connect(self._language_activated)
        self.open_folder.clicked.connect(self._open_folder)
        self.tray.toggled.connect(self._tray_toggled)
        self.retranslate_ui()

    def show_view(self, view: service.SettingsView) -> None:
        self.data_dir.setText(str(view.data_dir))
        # The close question may have answered it since: show what closing will do now.
        with QSignalBlocker(self.tray):
            self.tray.setChecked(
                bool(_gui_settings(self._services).value(TRAY_KEY, False, type=bool))
            )
        self.database.setText(view.database_url)
        info = view.keyring
        if info.error is not None:
            self.keyring.setText(self.tr("No usable keyring"))
            self.keyring_warning.show_message(info.error, "error")
        else:
            self.keyring.setText(info.name)
            self.keyring_warning.show_message(info.warning or "", "warning")

    def _sync_language(self) -> None:
        index = self.language.findData(i18n.current_language())
        self.language.setCurrentIndex(max(0, index))

    def _language_activated(self, index: int) -> None:
        code = str(self.language.itemData(index))
        # The main window remembers the choice; standalone (tests), switch directly.
        window = self.window()
        chosen = getattr(window, "language_chosen", None)
        if chosen is not None and window is not self:
            chosen.emit(code)
        else:
            # RuntimeError: no translator installed (a bare widget in a test).
            with contextlib.suppress(RuntimeError):
                i18n.set_language(code)
        self.language_chosen.emit(code)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._services.ctx.data_dir)))

    def _tray_toggled(self, on: bool) -> None:
        settings = _gui_settings(self._services)
        settings.setValue(TRAY_KEY, on)
        settings.sync()
        self._services.notify(Changes(settings=True))

    def retranslate_ui(self) -> None:
        texts = (
            self.tr("Language"),
            self.tr("Data folder"),
            self.tr("Database"),
            self.tr("Passwords are kept in"),
        )
        for label, text in zip(self._labels, texts, strict=True):
            label.setText(text)
        self.open_folder.setText(self.tr("Open folder"))
        self.tray.setText(self.tr("Keep running in the tray when the window is closed"))
        self._sync_language()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def _gui_settings(services: GuiServices) -> QSettings:
    # Imported here: app.py imports the screens, so a module-level import would be circular.
    from refunddesk.gui.app import open_settings

    return open_settings(Path(services.ctx.data_dir))


class SettingsScreen(QWidget):
    """Each tab saves on its own button; saving applies at once and tells the other screens."""

    loaded = Signal()

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._first_load = True
        self.title = screen_title(self)
        self.tabs = QTabWidget(self)
        self.shops = ShopsPanel(services, self.tabs)
        self.limits = LimitsPanel(services, self.tabs)
        self.sync = SyncPanel(services, self.tabs)
        self.notices = NoticesPanel(services, self.tabs)
        self.sms = SmsPanel(services, self.tabs)
        self.alerts = AlertsPanel(services, self.tabs)
        self.general = GeneralPanel(services, self.tabs)
        panels = (self.shops, self.limits, self.sync, self.notices, self.sms, self.alerts)
        for panel in (*panels, self.general):
            self.tabs.addTab(panel, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs, 1)
        self.refresh_when_seen = refresh_when_seen(self, services, self._on_changes)
        self.retranslate_ui()
        self.reload()

    def reload(self) -> None:
        ctx = self._services.ctx
        self._services.run(
            partial(service.load_view, ctx.db, ctx.secrets, Path(ctx.data_dir)),
            while_alive(self, self._view_arrived),
            while_alive(self, self._load_failed),
        )

    def _view_arrived(self, view: service.SettingsView) -> None:
        self.shops.show_shops(view.shops)
        self.general.show_view(view)
        if self._first_load:
            # Later loads keep what the merchant is typing; only live state is refreshed.
            self.limits.show_settings(view.automation)
            self.sync.show_settings(view.automation)
            self.notices.show_view(view)
            self._first_load = False
        else:
            self.limits.show_breaker(view.automation)
        self.loaded.emit()

    def _load_failed(self, exc: BaseException) -> None:
        msgbox.error(
            self,
            self.tr("Settings could not be read"),
            self.tr("Reading the settings from the database failed."),
            details=str(exc),
        )

    def _on_changes(self, changes: Changes) -> None:
        if changes.shops or changes.automation or changes.settings:
            self.reload()

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Settings"))
        for index, text in enumerate(
            (
                self.tr("Shops"),
                self.tr("Safety limits"),
                self.tr("Sync"),
                self.tr("Notifications"),
                self.tr("SMS"),
                self.tr("Alerts"),
                self.tr("General"),
            )
        ):
            self.tabs.setTabText(index, text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
