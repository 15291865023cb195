"""Settings → Shops: the connected Allegro accounts, with add, reconnect and remove."""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import msgbox
from refunddesk.gui.formatting import format_datetime, shop_display_name
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.alive import while_alive
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.gui.widgets.settings_common import InlineMessage
from refunddesk.services import shops

SHOP_ROLE = Qt.ItemDataRole.UserRole + 1
# The connect dialog (device flow) is built by the GUI core; until it lands, Add and
# Reconnect stay visibly disabled instead of pretending to work.
CONNECT_DIALOG = "refunddesk.gui.dialogs.connect_shop"


def connect_dialog_available() -> bool:
    try:
        return importlib.util.find_spec(CONNECT_DIALOG) is not None
    except ModuleNotFoundError:
        return False


class ShopsPanel(QWidget):
    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._shops: tuple[shops.ShopInfo, ...] = ()
        self.list = QTreeWidget(self)
        self.list.setColumnCount(5)
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.list.header().setStretchLastSection(True)
        self.empty_hint = EmptyHint(self.list, lambda: empty_text("shops"))
        self.add_button = QPushButton(self)
        self.reconnect_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        # What happens to the cases found when the selected shop was connected.
        self.backlog_label = QLabel(self)
        self.backlog_combo = QComboBox(self)
        for mode in shops.BACKLOG_MODES:
            self.backlog_combo.addItem("", mode)
        self.backlog_combo.setEnabled(False)
        # As wide as the longest choice in the language shown (Polish ones are long).
        self.backlog_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.backlog_label.setBuddy(self.backlog_combo)
        self.message = InlineMessage(self)
        self.connect_note = QLabel(self)
        self.connect_note.setWordWrap(True)
        self.connect_note.setObjectName("ConnectNote")
        can_connect = connect_dialog_available()
        self.add_button.setEnabled(can_connect)
        self.reconnect_button.setEnabled(False)
        self.remove_button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.reconnect_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backlog_row = QHBoxLayout()
        backlog_row.addWidget(self.backlog_label)
        backlog_row.addWidget(self.backlog_combo)
        backlog_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addLayout(backlog_row)
        layout.addWidget(self.connect_note)
        layout.addWidget(self.message)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self._add)
        self.reconnect_button.clicked.connect(self._reconnect)
        self.remove_button.clicked.connect(self.remove_selected)
        self.backlog_combo.activated.connect(self._backlog_chosen)
        self.retranslate_ui()

    def show_shops(self, found: Sequence[shops.ShopInfo]) -> None:
        selected = self.selected_shop()
        self._shops = tuple(found)
        self._fill()
        if selected is not None:
            self.select_shop(selected.id)

    def shop_names(self) -> list[str]:
        return [s.name for s in self._shops]

    def select_shop(self, shop_id: int) -> None:
        for index in range(self.list.topLevelItemCount()):
            item = self.list.topLevelItem(index)
            if item is not None and item.data(0, SHOP_ROLE) == shop_id:
                self.list.setCurrentItem(item)

    def selected_shop(self) -> shops.ShopInfo | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        shop_id = item.data(0, SHOP_ROLE)
        return next((s for s in self._shops if s.id == shop_id), None)

    def _fill(self) -> None:
        self.list.clear()
        environments = {
            "demo": self.tr("Embedded demo shop"),
            "sandbox": self.tr("Allegro sandbox"),
            "production": self.tr("Allegro"),
            "custom": self.tr("Custom address"),
        }
        for shop in self._shops:
            if shop.needs_reconnect:
                state = self.tr("Reconnect needed")
            elif shop.connected_at is None:
                state = self.tr("Not connected yet")
            else:
                state = self.tr("Connected")
            since = "" if shop.connected_at is None else format_datetime(shop.connected_at)
            kind = environments.get(shop.environment, shop.environment)
            embedded = self._is_embedded(shop)
            if shop.is_demo and not embedded:
                # `refunddesk demo-shop` (or another test shop) at an address of its own.
                kind = self.tr("Demo shop at its own address")
            # The embedded demo's address is a random local port: its kind says more. Other
            # shops show the address they talk to, the kind in the tooltip.
            where = kind if embedded or not shop.api_url else shop.api_url
            name = shop_display_name(shop.name, shop.is_demo)
            backlog = self._backlog_words().get(shop.backlog_mode, shop.backlog_mode)
            item = QTreeWidgetItem([name, where, state, since, backlog])
            item.setData(0, SHOP_ROLE, shop.id)
            item.setToolTip(1, shop.api_url if embedded else kind)
            self.list.addTopLevelItem(item)
        self._selection_changed()

    def _is_embedded(self, shop: shops.ShopInfo) -> bool:
        """The demo shop this app started itself (``--demo``), not one at another address."""
        running = self._services.ctx.demo_shop
        if not shop.is_demo or running is None:
            return False
        try:
            return bool(shop.api_url == running.url)
        except RuntimeError:  # the embedded demo shop has stopped (the app is closing)
            return False

    def _selection_changed(self) -> None:
        shop = self.selected_shop()
        self.remove_button.setEnabled(shop is not None)
        self.reconnect_button.setEnabled(shop is not None and connect_dialog_available())
        self.backlog_combo.setEnabled(shop is not None)
        if shop is not None:
            self.backlog_combo.setCurrentIndex(self.backlog_combo.findData(shop.backlog_mode))

    def _backlog_words(self) -> dict[str, str]:
        return {
            "ask": self.tr("Hold for my approval"),
            "apply": self.tr("Refund by my rules"),
            "ignore": self.tr("Leave to me"),
        }

    def _backlog_hints(self) -> dict[str, str]:
        """What each choice does (the three names alone read much alike to a newcomer)."""
        return {
            "ask": self.tr(
                "They wait on Review: approve them one by one or all at once. No money moves "
                "until you do."
            ),
            "apply": self.tr(
                "Your rules decide them now: armed rules refund them at the next sync."
            ),
            "ignore": self.tr("RefundDesk leaves them alone: you handle them in Allegro."),
        }

    def _backlog_chosen(self, _index: int) -> None:
        shop = self.selected_shop()
        mode = str(self.backlog_combo.currentData())
        if shop is None or mode == shop.backlog_mode:
            return
        # "Refund by my rules" moves money, cases still waiting included: asked first.
        if mode == "apply" and not msgbox.question(
            self,
            self.tr("Found at connect"),
            self.tr(
                "Let your rules decide the cases found when %1 was connected? Armed rules "
                "refund them at the next sync, the ones still waiting included."
            ).replace("%1", shop.name),
            default=False,
        ):
            self.backlog_combo.setCurrentIndex(self.backlog_combo.findData(shop.backlog_mode))
            return
        ctx = self._services.ctx
        self._services.run(
            partial(shops.set_backlog_mode, ctx.db, shop.id, mode),
            while_alive(self, partial(self._backlog_saved, shop, mode)),
            while_alive(self, self._backlog_failed),
        )

    def _backlog_saved(self, shop: shops.ShopInfo, mode: str, _result: object) -> None:
        self._shops = tuple(
            replace(s, backlog_mode=mode) if s.id == shop.id else s for s in self._shops
        )
        self._fill()
        self.select_shop(shop.id)
        self.message.show_message(self.tr("Saved."), "ok")
        self._services.notify(Changes(shops=True, settings=True))

    def _backlog_failed(self, exc: BaseException) -> None:
        self._selection_changed()
        self.message.show_message(
            self.tr("The choice could not be saved: %1").replace("%1", str(exc))
        )

    def _add(self) -> None:
        self._open_connect_dialog(None)

    def _reconnect(self) -> None:
        shop = self.selected_shop()
        if shop is not None:
            self._open_connect_dialog(shop)

    def _open_connect_dialog(self, shop: shops.ShopInfo | None) -> None:
        # Imported here: the dialog module is optional (see connect_dialog_available).
        from refunddesk.gui.dialogs.connect_shop import open_connect_dialog

        # The dialog notifies Changes(shops=True) on success, which refreshes this list.
        open_connect_dialog(self._services, shop, self.window())

    def remove_selected(self) -> None:
        shop = self.selected_shop()
        if shop is None:
            return
        sure = msgbox.question(
            self,
            self.tr("Remove shop"),
            self.tr(
                "Remove the shop “%1”? Its synced orders, refunds and history are deleted from "
                "RefundDesk, and its login is deleted from the keyring. Nothing changes on "
                "Allegro."
            ).replace("%1", shop_display_name(shop.name, shop.is_demo)),
        )
        if not sure:
            return
        ctx = self._services.ctx
        self.remove_button.setEnabled(False)
        self._services.run(
            partial(shops.remove_shop, ctx.db, ctx.secrets, shop.id),
            while_alive(self, partial(self._removed, shop)),
            while_alive(self, self._remove_failed),
        )

    def _removed(self, shop: shops.ShopInfo, _result: object) -> None:
        self._shops = tuple(s for s in self._shops if s.id != shop.id)
        self._fill()
        name = shop_display_name(shop.name, shop.is_demo)
        self.message.show_message(self.tr("Removed “%1”.").replace("%1", name), "ok")
        self._services.notify(
            Changes(shops=True, orders=True, refunds=True, review=True, automation=True)
        )

    def _remove_failed(self, exc: BaseException) -> None:
        self._selection_changed()
        self.message.show_message(
            self.tr("The shop could not be removed: %1").replace("%1", str(exc))
        )

    def retranslate_ui(self) -> None:
        self.list.setHeaderLabels(
            [
                self.tr("Shop"),
                self.tr("Where"),
                self.tr("State"),
                self.tr("Connected since"),
                self.tr("Found at connect"),
            ]
        )
        self.backlog_label.setText(self.tr("Cases found when the selected shop was connected:"))
        hints = self._backlog_hints()
        for index, mode in enumerate(shops.BACKLOG_MODES):
            self.backlog_combo.setItemText(index, self._backlog_words()[mode])
            self.backlog_combo.setItemData(index, hints[mode], Qt.ItemDataRole.ToolTipRole)
        self.add_button.setText(self.tr("Add shop…"))
        self.reconnect_button.setText(self.tr("Reconnect…"))
        self.remove_button.setText(self.tr("Remove…"))
        if not connect_dialog_available():
            hint = self.tr(
                "Adding and reconnecting shops from this screen is not available yet; use "
                "“refunddesk shop add” in a terminal meanwhile."
            )
            self.add_button.setToolTip(hint)
            self.reconnect_button.setToolTip(hint)
            self.connect_note.setText(hint)
        self.connect_note.setVisible(not connect_dialog_available())
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
