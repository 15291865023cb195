"""The dialog that shows a crash, now or from the last run, and the presenter that opens it."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import msgbox
from refunddesk.gui.crashsignal import CrashNotice, mark_seen, pending_reports, read_report


class CrashDialog(QDialog):
    """Explains the crash in plain words, with the report text to copy and its folder to open."""

    quit_requested = Signal()

    def __init__(self, notice: CrashNotice, *, previous_run: bool, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._previous_run = previous_run
        self._notices = [notice]
        self.setObjectName("CrashDialog")
        self.setMinimumSize(640, 420)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.location = QLabel(self)
        self.location.setWordWrap(True)
        self.location.setTextFormat(Qt.TextFormat.PlainText)
        self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._copy)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self._open_folder)
        self.close_button = QPushButton(self)
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.quit_button = QPushButton(self)
        self.quit_button.clicked.connect(self._quit)
        role = QDialogButtonBox.ButtonRole
        self.buttons.addButton(self.copy_button, role.ActionRole)
        self.buttons.addButton(self.folder_button, role.ActionRole)
        self.buttons.addButton(self.quit_button, role.DestructiveRole)
        self.buttons.addButton(self.close_button, role.AcceptRole)
        # After addButton, which shows every button it is given.
        self.quit_button.setVisible(not previous_run)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.location)
        layout.addWidget(self.details, 1)
        layout.addWidget(self.buttons)
        self._refresh_details()
        self.retranslate_ui()

    def add_notice(self, notice: CrashNotice) -> None:
        """Another crash while this dialog is open: one dialog, all the reports."""
        self._notices.append(notice)
        self._refresh_details()
        self.retranslate_ui()

    def notices(self) -> list[CrashNotice]:
        return list(self._notices)

    def _refresh_details(self) -> None:
        separator = "\n" + "-" * 72 + "\n"
        self.details.setPlainText(separator.join(n.text for n in self._notices))

    def _folder(self) -> Path | None:
        saved = [n.report_path for n in self._notices if n.report_path is not None]
        return saved[-1].parent if saved else None

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("RefundDesk: unexpected error"))
        if self._previous_run:
            self.heading.setText(self.tr("RefundDesk closed unexpectedly last time"))
            self.explanation.setText(
                self.tr(
                    "A report of that error was saved. Passwords and tokens are removed from "
                    "it; sending it to whoever looks after your RefundDesk helps fix the cause."
                )
            )
        else:
            self.heading.setText(self.tr("RefundDesk ran into an unexpected error"))
            self.explanation.setText(
                self.tr(
                    "This is a fault in RefundDesk, not something you did. You can keep "
                    "working; if anything looks wrong, restart RefundDesk. Passwords and tokens "
                    "are removed from the report below."
                )
            )
        folder = self._folder()
        if folder is None:
            self.location.setText(self.tr("The report could not be saved; copy it from below."))
        else:
            self.location.setText(self.tr("Saved in: %1").replace("%1", str(folder)))
        self.copy_button.setText(self.tr("Copy report"))
        self.folder_button.setText(self.tr("Open folder"))
        self.folder_button.setEnabled(folder is not None)
        self.close_button.setText(self.tr("Close"))
        self.quit_button.setText(self.tr("Quit RefundDesk"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())

    def _open_folder(self) -> None:
        folder = self._folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _quit(self) -> None:
        self.quit_requested.emit()
        self.reject()


class CrashPresenter(QObject):
    """Shows crashes on the GUI thread: one dialog at a time, or a msgbox record when headless."""

    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self._parent_widget = parent_widget
        self.dialog: CrashDialog | None = None
        self.shown_on: list[threading.Thread] = []  # which thread presented each crash

    def show_crash(self, notice: CrashNotice) -> None:
        self.shown_on.append(threading.current_thread())
        if msgbox.headless() is not None:
            msgbox.error(
                self._parent_widget,
                self.tr("RefundDesk: unexpected error"),
                self.tr("RefundDesk ran into an unexpected error"),
                details=notice.text,
            )
            return
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_notice(notice)
            return
        self.dialog = CrashDialog(notice, previous_run=False, parent=self._parent_widget)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.destroyed.connect(self._forget_dialog)
        self.dialog.quit_requested.connect(QApplication.quit)
        self.dialog.show()

    def _forget_dialog(self) -> None:
        self.dialog = None

    def offer_previous_crashes(self) -> CrashDialog | None:
        """Show the reports left by earlier runs (once: they are marked seen right away)."""
        reports = pending_reports()
        if not reports:
            return None
        notices = [CrashNotice(read_report(p), p, "") for p in reports]
        for path in reports:
            mark_seen(path)
        if msgbox.headless() is not None:
            msgbox.warning(
                self._parent_widget,
                self.tr("RefundDesk: unexpected error"),
                self.tr("RefundDesk closed unexpectedly last time"),
                details="\n".join(n.text for n in notices),
            )
            return None
        dialog = CrashDialog(notices[0], previous_run=True, parent=self._parent_widget)
        for notice in notices[1:]:
            dialog.add_notice(notice)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
