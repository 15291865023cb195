"""One short form of an order id on every screen, with the full id a click away."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QPoint, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QWidget,
)

# Allegro's order ids are UUIDs: eight characters tell a shop's orders apart in practice, and
# the full id is in the tooltip and one click from the clipboard.
SHORT_LENGTH = 8
# Table models answer this role with the row's full order id (any column), for "Copy full id".
ORDER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 40
_CONTEXT = "OrderIds"


def short_order_id(order_id: str) -> str:
    return order_id[:SHORT_LENGTH]


def id_font(base: QFont | None = None) -> QFont:
    """Monospace at the size of the text around it, so ids line up in a column."""
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = (base or QGuiApplication.font()).pointSizeF()
    if size > 0:
        font.setPointSizeF(size)
    return font


def copy_text() -> str:
    return QCoreApplication.translate(_CONTEXT, "Copy full id")


def copy_order_id(order_id: str) -> None:
    QGuiApplication.clipboard().setText(order_id)


def add_copy_id_menu(view: QAbstractItemView) -> None:
    """A right click on a row offers "Copy full id" (the model answers ``ORDER_ID_ROLE``)."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)

    def show_menu(pos: QPoint) -> None:
        index: QModelIndex = view.indexAt(pos)
        order_id = index.data(ORDER_ID_ROLE) if index.isValid() else None
        if not order_id:
            return
        menu = QMenu(view)
        menu.addAction(copy_text(), lambda: copy_order_id(str(order_id)))
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    view.customContextMenuRequested.connect(show_menu)


class OrderIdBar(QWidget):
    """ "Order 1a2b3c4d" in monospace with its full id as tooltip, and a "Copy full id" button:
    the heading of an order's detail pane."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order_id = ""
        self.label = QLabel(self)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(lambda: copy_order_id(self._order_id))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        self.set_order_id("")

    def order_id(self) -> str:
        return self._order_id

    def set_order_id(self, order_id: str) -> None:
        self._order_id = order_id
        font = id_font(self.font())
        font.setBold(True)
        self.label.setFont(font)
        self.label.setText(short_order_id(order_id))
        self.label.setToolTip(order_id)
        self.copy_button.setToolTip(order_id)
        self.setVisible(bool(order_id))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.copy_button.setText(copy_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
