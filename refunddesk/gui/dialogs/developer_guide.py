"""Step by step: register RefundDesk's "device" application at Allegro and find its key."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout, QWidget

from refunddesk.gui import theme

# Where Allegro's applications are registered; the sandbox has its own portal and accounts.
DEVELOPER_PORTALS = {
    "production": "https://apps.developer.allegro.pl",
    "sandbox": "https://apps.developer.allegro.pl.allegrosandbox.pl",
}


class DeveloperGuide(QFrame):
    """The steps, and a button that opens the developer portal of the chosen Allegro."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DeveloperGuide")
        self.setStyleSheet(
            f"#DeveloperGuide {{ background: {theme.ACCENT_SOFT}; border-radius: 6px; }}"
        )
        self.environment = "production"
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.steps = QLabel(self)
        self.steps.setObjectName("DeveloperGuideSteps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.PlainText)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.portal_button = QPushButton(self)
        self.portal_button.setObjectName("OpenDeveloperPortal")
        self.portal_button.clicked.connect(self.open_portal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.steps)
        layout.addWidget(self.portal_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.retranslate_ui()

    @property
    def portal_url(self) -> str:
        return DEVELOPER_PORTALS.get(self.environment, DEVELOPER_PORTALS["production"])

    def set_environment(self, environment: str) -> None:
        self.environment = environment
        self.retranslate_ui()

    def open_portal(self) -> None:
        QDesktopServices.openUrl(QUrl(self.portal_url))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Where the client ID and secret come from"))
        sandbox = self.environment == "sandbox"
        account = (
            self.tr("1. Open Allegro's developer portal and log in with your sandbox account.")
            if sandbox
            else self.tr(
                "1. Open Allegro's developer portal and log in with your shop's Allegro account "
                "(it needs two-step login switched on)."
            )
        )
        self.steps.setText(
            "\n".join(
                (
                    account,
                    self.tr(
                        "2. Register a new application. As its type choose the one that works "
                        "without a browser or keyboard (“Aplikacja działa bez dostępu do "
                        "przeglądarki lub klawiatury”): the device type. It cannot be changed "
                        "later."
                    ),
                    self.tr("3. Give it a name you will recognise, e.g. RefundDesk, and save it."),
                    self.tr(
                        "4. The application's page shows its Client ID and Client Secret: copy "
                        "both into the fields below."
                    ),
                )
            )
        )
        self.portal_button.setText(self.tr("Open Allegro's developer portal"))
        self.portal_button.setToolTip(self.portal_url)
