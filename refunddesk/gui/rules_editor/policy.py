"""The rules as a refund policy for listings, in Polish, English and Chinese, ready to copy."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.domain.describe import policy_text
from refunddesk.domain.policy_export import ALLEGRO_TERMS_LIMIT, allegro_terms, policy_html
from refunddesk.domain.rules import Rule
from refunddesk.gui import msgbox
from refunddesk.gui.services import GuiServices
from refunddesk.infra.private_files import open_private

log = logging.getLogger(__name__)

LANGUAGES = ("pl", "en", "zh_CN")  # tab order: Allegro's buyers read Polish first


class PolicyTextDialog(QDialog):
    """One tab per language; the buttons copy the visible language's text or save its HTML."""

    html_saved = Signal(object)  # the Path written, on the GUI thread

    def __init__(
        self, services: GuiServices, rules: Sequence[Rule], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("PolicyText")
        self.services = services
        self.rules = list(rules)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.texts: dict[str, QPlainTextEdit] = {}
        for code in LANGUAGES:
            edit = QPlainTextEdit(policy_text(rules, code), self)
            edit.setReadOnly(True)
            edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
            self.texts[code] = edit
            self.tabs.addTab(edit, "")
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("CopyPolicy")
        self.copy_button.clicked.connect(self.copy)
        self.allegro_button = QPushButton(self)
        self.allegro_button.setObjectName("CopyPolicyForAllegro")
        self.allegro_button.clicked.connect(self.copy_for_allegro)
        self.html_button = QPushButton(self)
        self.html_button.setObjectName("SavePolicyHtml")
        self.html_button.clicked.connect(self.save_html_clicked)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.copy_button, self.allegro_button, self.html_button):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.resize(720, 440)
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
        self.tabs.setTabText(2, self.tr("Chinese"))
        self.copy_button.setText(self.tr("Copy"))
        self.allegro_button.setText(self.tr("Copy for Allegro"))
        self.html_button.setText(self.tr("Save for shop page…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def current_language(self) -> str:
        return LANGUAGES[self.tabs.currentIndex()]

    def current_text(self) -> str:
        return self.texts[self.current_language()].toPlainText()

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.current_text())

    def copy_for_allegro(self) -> None:
        """The text for Allegro's "terms and returns" field, cut to its length if need be."""
        text, cut = allegro_terms(self.rules, self.current_language())
        QGuiApplication.clipboard().setText(text)
        if cut:
            msgbox.information(
                self,
                self.tr("Copy for Allegro"),
                self.tr(
                    "The policy is longer than Allegro's %1 characters, so only its first rules "
                    "were copied, followed by a sentence saying other refunds are handled "
                    "individually."
                ).replace("%1", str(ALLEGRO_TERMS_LIMIT)),
            )

    def save_html_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save for shop page"),
            f"refund-policy-{self.current_language()}.html",
            self.tr("Web pages (*.html)"),
        )
        if path:
            self.save_html(Path(path))

    def save_html(self, path: Path) -> None:
        """The visible language's policy as an HTML fragment, readable by the merchant only.

        Written in the pool: the chosen folder may be a network share or a slow USB stick.
        """
        html = policy_html(self.rules, self.current_language())
        self.html_button.setEnabled(False)
        self.services.run(
            lambda: _write_private(path, html),
            self._html_saved,
            lambda exc: self._html_failed(path, exc),
            owner=self,
        )

    def _html_saved(self, path: Path) -> None:
        self.html_button.setEnabled(True)
        self.html_saved.emit(path)

    def _html_failed(self, path: Path, exc: BaseException) -> None:
        self.html_button.setEnabled(True)
        if not isinstance(exc, OSError):  # a bug: the log keeps it whole
            log.error("saving the policy failed", exc_info=(type(exc), exc, exc.__traceback__))
        msgbox.error(
            self,
            self.tr("Save for shop page"),
            self.tr("The policy could not be saved to %1.").replace("%1", str(path)),
            details=str(exc),
        )


def _write_private(path: Path, html: str) -> Path:
    with open_private(path, "w", encoding="utf-8") as out:
        out.write(html)
    return path
