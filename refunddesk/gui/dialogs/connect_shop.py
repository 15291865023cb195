"""Connect a shop: its key, then the device flow with a big code, a QR code and a countdown."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import theme
from refunddesk.gui.dialogs.connect_backlog import BacklogPage
from refunddesk.gui.dialogs.connect_flow import ConnectRequest, Outcome, PollStep, ShopConnection
from refunddesk.gui.dialogs.developer_guide import DeveloperGuide
from refunddesk.gui.dialogs.qr import QrCodeWidget
from refunddesk.gui.errors import expected_message, show_error
from refunddesk.gui.i18n import current_language
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.infra.secrets import SecretsError
from refunddesk.marketplace.allegro.auth import ClientRejected
from refunddesk.marketplace.allegro.environments import InsecureEnvironmentError
from refunddesk.marketplace.base import MarketplaceError, NetworkError
from refunddesk.services.shops import ShopError, ShopInfo

# `refunddesk demo-shop` listens here unless told otherwise.
DEFAULT_DEMO_URL = "http://127.0.0.1:8765"
DEMO_CLIENT_ID = "demo-client"
DEMO_CLIENT_SECRET = "demo-secret"
ENVIRONMENTS = ("demo", "sandbox", "production")


def _big(label: QLabel, factor: float, *, bold: bool = True) -> None:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)


class ConnectShopDialog(QDialog):
    """Adds a shop (or reconnects ``shop``) and walks the merchant through approving it."""

    connected = Signal(int)  # the shop's id, once Allegro approved and the row says so

    def __init__(
        self,
        services: GuiServices,
        shop: ShopInfo | None = None,
        parent: QWidget | None = None,
        *,
        demo_url: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.reconnect_shop = shop
        self.connection: ShopConnection | None = None
        self.outcome: Outcome | None = None
        self._error: BaseException | None = None
        self._starting = False
        self._polling = False
        self._wait_note = ""  # "", "slow" or "network": why the status line says more
        self._closed = False
        # Set by open_connect_dialog: delete once closed and no background answer is due.
        self.delete_when_closed = False
        self.setMinimumWidth(640)

        self.poll_timer = QTimer(self)
        self.poll_timer.setSingleShot(True)
        self.poll_timer.setTimerType(Qt.TimerType.PreciseTimer)  # never poll early: slow_down
        self.poll_timer.timeout.connect(self._poll)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(1000)
        self.countdown_timer.timeout.connect(self._tick)

        self.pages = QStackedWidget(self)
        self._build_form(demo_url or DEFAULT_DEMO_URL)
        # A merchant connects their Allegro shop; the demo shop is the start when the app runs
        # as the demo or the caller points at a demo shop, and one click away otherwise.
        if demo_url is not None or services.ctx.is_demo:
            self.environment_combo.setCurrentIndex(self.environment_combo.findData("demo"))
        self._build_code_page()
        self._build_result_page()
        # A new shop ends on what its first sync found and the choice for it.
        self.backlog_page = BacklogPage(services, self.pages)
        self.backlog_page.saved.connect(lambda _mode: self.accept())
        self.pages.addWidget(self.backlog_page)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self.retranslate_ui()
        if shop is not None:
            self._begin()

    # -- building -------------------------------------------------------------------------

    def _build_form(self, demo_url: str) -> None:
        page = QWidget(self.pages)
        self.form_title = QLabel(page)
        _big(self.form_title, 1.4)
        self.form_intro = QLabel(page)
        self.form_intro.setWordWrap(True)
        self.environment_combo = QComboBox(page)
        for env in ENVIRONMENTS:
            self.environment_combo.addItem("", env)
        self.environment_combo.setCurrentIndex(self.environment_combo.findData("production"))
        self.try_demo_button = QPushButton(page)
        self.try_demo_button.setObjectName("TryDemoShop")
        self.try_demo_button.setFlat(True)
        self.try_demo_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.try_demo_button.setStyleSheet("text-align: left; text-decoration: underline;")
        self.try_demo_button.clicked.connect(
            lambda: self.environment_combo.setCurrentIndex(self.environment_combo.findData("demo"))
        )
        self.guide = DeveloperGuide(page)
        self.name_edit = QLineEdit(page)
        self.url_edit = QLineEdit(demo_url, page)
        self.client_id_edit = QLineEdit(page)
        self.secret_edit = QLineEdit(page)
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form_labels = [QLabel(page) for _ in range(5)]
        for label, field in zip(
            self.form_labels,
            (
                self.environment_combo,
                self.name_edit,
                self.url_edit,
                self.client_id_edit,
                self.secret_edit,
            ),
            strict=True,
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.secret_note = QLabel(page)
        self.secret_note.setWordWrap(True)
        self.secret_note.setStyleSheet(f"color: {theme.MUTED};")
        self.form_message = InlineMessage(page)
        self.cancel_button = QPushButton(page)
        self.connect_button = QPushButton(page)
        self.connect_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.connect_button)
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(self.form_title)
        layout.addWidget(self.form_intro)
        layout.addWidget(self.try_demo_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.guide)
        layout.addLayout(self.form)
        layout.addWidget(self.secret_note)
        layout.addWidget(self.form_message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.form_page = page
        self.environment_combo.currentIndexChanged.connect(self._environment_changed)
        self.cancel_button.clicked.connect(self.reject)
        self.connect_button.clicked.connect(self._begin)
        self._environment_changed()

    def _build_code_page(self) -> None:
        page = QWidget(self.pages)
        self.code_title = QLabel(page)
        _big(self.code_title, 1.4)
        self.code_steps = QLabel(page)
        self.code_steps.setWordWrap(True)
        self.code_label = QLabel("", page)
        self.code_label.setObjectName("DeviceUserCode")
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(self.font().pointSizeF() * 2.6)
        font.setBold(True)
        self.code_label.setFont(font)
        self.code_label.setStyleSheet(f"color: {theme.ACCENT}; letter-spacing: 2px;")
        self.open_button = QPushButton(page)
        self.open_button.clicked.connect(self.open_verification_page)
        self.countdown_label = QLabel(page)
        self.status_label = QLabel(page)
        self.status_label.setWordWrap(True)
        self.qr = QrCodeWidget(page, side=200)
        self.wait_cancel_button = QPushButton(page)
        self.wait_cancel_button.clicked.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.code_steps)
        left.addSpacing(8)
        left.addWidget(self.code_label)
        left.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        left.addSpacing(8)
        left.addWidget(self.countdown_label)
        left.addWidget(self.status_label)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addSpacing(16)
        body.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.wait_cancel_button)
        layout = QVBoxLayout(page)
        layout.setSpacing(10)
        layout.addWidget(self.code_title)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.code_page = page

    def _build_result_page(self) -> None:
        page = QWidget(self.pages)
        self.result_title = QLabel(page)
        _big(self.result_title, 1.4)
        self.result_text = QLabel(page)
        self.result_text.setWordWrap(True)
        self.result_text.setTextFormat(Qt.TextFormat.PlainText)
        self.again_button = QPushButton(page)
        self.again_button.clicked.connect(self._try_again)
        self.close_button = QPushButton(page)
        self.close_button.clicked.connect(self._close_after_result)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self.result_title)
        layout.addWidget(self.result_text)
        layout.addStretch(1)
        layout.addLayout(buttons)
        self.pages.addWidget(page)
        self.result_page = page

    # -- the form ---------------------------------------------------------------------------

    def environment(self) -> str:
        return str(self.environment_combo.currentData())

    def _environment_changed(self) -> None:
        demo = self.environment() == "demo"
        self.form.setRowVisible(self.url_edit, demo)
        self.guide.set_environment(self.environment())
        self.guide.setVisible(not demo)
        self.try_demo_button.setVisible(not demo)
        self._show_intro()
        # The demo shop's key is public (it is printed by `refunddesk demo-shop`).
        if demo and not self.client_id_edit.text():
            self.client_id_edit.setText(DEMO_CLIENT_ID)
            self.secret_edit.setText(DEMO_CLIENT_SECRET)
        elif not demo and self.client_id_edit.text() == DEMO_CLIENT_ID:
            self.client_id_edit.clear()
            self.secret_edit.clear()

    def _request(self) -> ConnectRequest | None:
        name = self.name_edit.text().strip()
        client_id = self.client_id_edit.text().strip()
        secret = self.secret_edit.text()
        missing = (
            self.tr("Give the shop a name.")
            if not name
            else self.tr("Enter the client ID and the client secret of your Allegro application.")
            if not client_id or not secret
            else ""
        )
        if missing:
            self.form_message.show_message(missing)
            return None
        url = self.url_edit.text().strip() if self.environment() == "demo" else ""
        return ConnectRequest(name, self.environment(), client_id, secret, url)

    # -- the flow ---------------------------------------------------------------------------

    def _begin(self) -> None:
        if self._starting:
            return
        ctx = self._services.ctx
        if self.reconnect_shop is not None:
            job = partial(ShopConnection.begin_reconnect, ctx, self.reconnect_shop.id)
            self.pages.setCurrentWidget(self.code_page)
        else:
            request = self._request()
            if request is None:
                return
            job = partial(ShopConnection.begin_new, ctx, request)
        self._starting = True
        self.outcome, self._error, self._wait_note = None, None, ""
        self.form_message.clear_message()
        self.connect_button.setEnabled(False)
        self.code_label.clear()
        self.qr.set_text("")
        self.open_button.setEnabled(False)
        self._retranslate_state()
        self._services.run(job, self._begun, self._begin_failed)

    def _begun(self, connection: ShopConnection) -> None:
        self._starting = False
        self.connect_button.setEnabled(True)
        if self._closed:
            # Closed while Allegro was being asked: nothing must stay behind.
            self._services.run(connection.cancel)
            self._dispose_if_closed()
            return
        self.connection = connection
        self.code_label.setText(connection.code.user_code_display)
        self.qr.set_text(connection.code.verification_uri_complete)
        self.open_button.setEnabled(True)
        self.pages.setCurrentWidget(self.code_page)
        self.countdown_timer.start()
        self._tick()
        self._schedule(connection.code.interval)
        self._retranslate_state()

    def _begin_failed(self, exc: BaseException) -> None:
        self._starting = False
        self.connect_button.setEnabled(True)
        if self._closed:
            self._dispose_if_closed()
            return
        plain = (ShopError, SecretsError, InsecureEnvironmentError)
        if isinstance(exc, plain) and self.reconnect_shop is None:
            # Nothing was stored: the merchant fixes the form (or the keyring) and retries.
            self.pages.setCurrentWidget(self.form_page)
            self.form_message.show_message(self._start_error_text(exc))
            return
        if isinstance(exc, plain):
            self._finish(Outcome.REFUSED, exc)
            return
        if isinstance(exc, NetworkError):
            self._finish(Outcome.NETWORK, exc)
        elif isinstance(exc, MarketplaceError):
            self._finish(Outcome.REFUSED, exc)
        else:
            self._finish(Outcome.REFUSED, exc)
            show_error(self, exc)

    def _start_error_text(self, exc: BaseException) -> str:
        if isinstance(exc, InsecureEnvironmentError):
            why = exc.text(current_language())
            return self.tr("This address cannot be used: %1").replace("%1", why)
        return expected_message(exc) or str(exc)

    def _schedule(self, seconds: int) -> None:
        self.poll_timer.start(max(1, seconds) * 1000)

    def _poll(self) -> None:
        connection = self.connection
        if connection is None or self._polling or self.outcome is not None:
            return
        self._polling = True
        self._services.run(connection.poll, partial(self._polled, connection), self._poll_failed)

    def _polled(self, connection: ShopConnection, step: PollStep) -> None:
        self._polling = False
        if self._closed:
            self._dispose_if_closed()
            return
        if connection is not self.connection or self.outcome is not None:
            return
        if step.outcome is not None:
            self._finish(step.outcome, step.error)
            return
        self._wait_note = "slow" if step.slowed_down else "network" if step.network_trouble else ""
        self._retranslate_state()
        self._schedule(step.interval)

    def _poll_failed(self, exc: BaseException) -> None:
        # Expected errors became outcomes in ShopConnection.poll: this is a bug.
        self._polling = False
        if self._closed:
            self._dispose_if_closed()
            show_error(None, exc)
            return
        self._finish(Outcome.REFUSED, exc)
        show_error(self, exc)

    def _tick(self) -> None:
        connection = self.connection
        if connection is None or self.outcome is not None:
            return
        left = connection.code.seconds_left(self._services.ctx.now())
        self.countdown_label.setText(
            self.tr("The code is valid for %1.").replace("%1", f"{left // 60:02d}:{left % 60:02d}")
        )
        if left == 0:
            # One last poll: AllegroAuth reports the expiry itself and the flow cleans up.
            self.poll_timer.stop()
            self._poll()

    def _finish(self, outcome: Outcome, error: BaseException | None = None) -> None:
        self.outcome, self._error = outcome, error
        self.poll_timer.stop()
        self.countdown_timer.stop()
        connection = self.connection
        if outcome is Outcome.CONNECTED and connection is not None and connection.shop:
            self._services.notify(Changes(shops=True, automation=True))
            self.connected.emit(connection.shop.id)
        if outcome is Outcome.CONNECTED and self.reconnect_shop is None and connection:
            if connection.shop is not None:
                self.pages.setCurrentWidget(self.backlog_page)
                self.backlog_page.start(connection.shop.id, connection.shop.name)
        elif outcome is not Outcome.CANCELLED:
            self.pages.setCurrentWidget(self.result_page)
        self._retranslate_state()

    def _try_again(self) -> None:
        self.connection = None
        self.outcome = None
        if self.reconnect_shop is not None:
            self._begin()
        else:
            self.pages.setCurrentWidget(self.form_page)
            self._retranslate_state()

    def _close_after_result(self) -> None:
        if self.outcome is Outcome.CONNECTED:
            self.accept()
        else:
            self.reject()

    def open_verification_page(self) -> None:
        if self.connection is not None:
            QDesktopServices.openUrl(QUrl(self.connection.code.verification_uri_complete))

    def done(self, result: int) -> None:
        """Closing (any button, Esc, the window's X): a flow still waiting is cancelled."""
        self._closed = True
        self.poll_timer.stop()
        self.countdown_timer.stop()
        connection = self.connection
        if connection is not None and self.outcome is None:
            self.outcome = Outcome.CANCELLED
            # Off the GUI thread: it waits for a poll that may be on its way.
            self._services.run(connection.cancel)
        super().done(result)
        self._dispose_if_closed()

    def _dispose_if_closed(self) -> None:
        # A background answer still due would otherwise arrive at a deleted dialog.
        if self._closed and self.delete_when_closed and not (self._starting or self._polling):
            self.deleteLater()

    # -- words ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        names = {
            "demo": self.tr("Demo shop (refunddesk demo-shop)"),
            "sandbox": self.tr("Allegro sandbox (for trying things out)"),
            "production": self.tr("Allegro"),
        }
        for index, env in enumerate(ENVIRONMENTS):
            self.environment_combo.setItemText(index, names[env])
        self.form_title.setText(self.tr("Connect a shop"))
        self._show_intro()
        self.try_demo_button.setText(self.tr("No Allegro application yet? Try the demo shop first"))
        for label, text in zip(
            self.form_labels,
            (
                self.tr("Where"),
                self.tr("Name"),
                self.tr("Demo shop address"),
                self.tr("Client ID"),
                self.tr("Client secret"),
            ),
            strict=True,
        ):
            label.setText(text)
        self.name_edit.setPlaceholderText(self.tr("e.g. My Allegro shop"))
        self.secret_note.setText(
            self.tr(
                "The client secret is kept in the system keyring only; RefundDesk never shows "
                "it again."
            )
        )
        self.cancel_button.setText(self.tr("Cancel"))
        self.connect_button.setText(self.tr("Connect"))
        self.code_steps.setText(
            self.tr(
                "1. Open Allegro in the browser, or scan the QR code with your phone.\n"
                "2. Log in as the shop's owner and check that Allegro shows this code.\n"
                "3. Approve RefundDesk. This window notices by itself."
            )
        )
        self.open_button.setText(self.tr("Open Allegro in the browser"))
        self.wait_cancel_button.setText(self.tr("Cancel"))
        self.again_button.setText(self.tr("Try again"))
        self._retranslate_state()

    def _show_intro(self) -> None:
        if self.environment() == "demo":
            self.form_intro.setText(
                self.tr(
                    "The demo shop is a pretend Allegro shop on this computer (start it with "
                    "“refunddesk demo-shop”). Its key is filled in for you."
                )
            )
            return
        self.form_intro.setText(
            self.tr(
                "RefundDesk talks to Allegro with your own application key: register it once, "
                "as below, then enter its client ID and client secret here."
            )
        )

    def _retranslate_state(self) -> None:
        shop = self.reconnect_shop
        if shop is not None:
            title = self.tr("Reconnect “%1”").replace("%1", shop.name)
            self.setWindowTitle(title)
            self.code_title.setText(title)
        else:
            self.setWindowTitle(self.tr("Connect a shop"))
            self.code_title.setText(self.tr("Approve RefundDesk in Allegro"))
        if self._starting or self.connection is None:
            self.status_label.setText(self.tr("Asking Allegro for a code…"))
            self.countdown_label.clear()
        elif self._wait_note == "slow":
            self.status_label.setText(
                self.tr("Allegro asked RefundDesk to check less often; still waiting…")
            )
        elif self._wait_note == "network":
            self.status_label.setText(
                self.tr("Allegro could not be reached; trying again in a moment…")
            )
        else:
            self.status_label.setText(self.tr("Waiting for your approval…"))
        self._tick()
        if self.outcome is not None:
            self._describe_outcome(self.outcome)

    def _describe_outcome(self, outcome: Outcome) -> None:
        connected = outcome is Outcome.CONNECTED
        self.again_button.setVisible(not connected)
        self.close_button.setText(self.tr("Done") if connected else self.tr("Close"))
        name = self.connection.name if self.connection else ""
        if self.reconnect_shop is not None:
            name = self.reconnect_shop.name
        titles = {
            Outcome.CONNECTED: self.tr("“%1” is connected").replace("%1", name),
            Outcome.DENIED: self.tr("Access was refused"),
            Outcome.EXPIRED: self.tr("The code expired"),
            Outcome.INVALID: self.tr("The code is no longer valid"),
            Outcome.NETWORK: self.tr("Allegro could not be reached"),
            Outcome.REFUSED: self.tr("The shop could not be connected"),
            Outcome.CANCELLED: self.tr("Cancelled"),
        }
        texts = {
            Outcome.CONNECTED: self.tr(
                "RefundDesk can now read this shop's orders and returns; it starts syncing "
                "in the background."
            ),
            Outcome.DENIED: self.tr("The Allegro account owner refused access to RefundDesk."),
            Outcome.EXPIRED: self.tr(
                "The code was not approved in time. Try again to get a new code."
            ),
            Outcome.INVALID: self.tr(
                "Allegro no longer knows this code (already used or invalid). Try again."
            ),
            Outcome.NETWORK: expected_message(NetworkError()) or "",
            Outcome.REFUSED: self._refused_text(),
            Outcome.CANCELLED: "",
        }
        text = texts[outcome]
        if not connected:
            text += "\n\n" + (
                self.tr("The shop still needs reconnecting; its history is kept.")
                if self.reconnect_shop is not None
                else self.tr("The shop was not added.")
            )
        self.result_title.setText(titles[outcome])
        self.result_text.setText(text)

    def _refused_text(self) -> str:
        if isinstance(self._error, (ShopError, SecretsError, InsecureEnvironmentError)):
            return self._start_error_text(self._error)
        if isinstance(self._error, ClientRejected):
            return self.tr(
                "Allegro refused the client ID or the client secret. Check them in your "
                "application's settings on apps.developer.allegro.pl."
            )
        if self._error is None:
            return ""
        return expected_message(self._error) or self.tr("Something went wrong (see the report).")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def open_connect_dialog(
    services: GuiServices, shop: ShopInfo | None, parent: QWidget | None
) -> ConnectShopDialog:
    """Show the dialog window-modal without blocking (tests and the event loop go on)."""
    dialog = ConnectShopDialog(services, shop, parent)
    dialog.delete_when_closed = True
    dialog.open()
    return dialog
