"""The rules as a refund policy for listings, in Polish and English, ready to copy."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.describe import policy_text
from refunddesk.domain.rules import Rule


class PolicyTextDialog(QDialog):
    """One tab per language; Copy puts the visible text on the clipboard."""

    def __init__(self, rules: Sequence[Rule], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PolicyText")
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.texts: dict[str, QPlainTextEdit] = {}
        for code in ("pl", "en"):
            edit = QPlainTextEdit(policy_text(rules, code), self)
            edit.setReadOnly(True)
            edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
            self.texts[code] = edit
            self.tabs.addTab(edit, "")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("CopyPolicy")
        self.copy_button.clicked.connect(self.copy)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(640, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Refund policy text"))
        self.hint.setText(
            self.tr(
                "Your armed, enabled rules as a refund policy for your listings. Shadow and "
                "disabled rules promise nothing, so they are left out."
            )
        )
        self.tabs.setTabText(0, self.tr("Polish"))
        self.tabs.setTabText(1, self.tr("English"))
        self.copy_button.setText(self.tr("Copy"))

    def current_text(self) -> str:
        return self.texts["pl" if self.tabs.currentIndex() == 0 else "en"].toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.current_text())
