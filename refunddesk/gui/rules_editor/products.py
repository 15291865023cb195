"""Choosing products from the synced catalogue: offers, SKUs and the merchant's product groups."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui.rules_editor.condition_rows import ProductChoice
from refunddesk.gui.services import GuiServices
from refunddesk.queries.rules import CatalogueProduct, catalogue_products

KEY = Qt.ItemDataRole.UserRole


def fill_checklist(
    widget: QListWidget, entries: Iterable[tuple[str, str]], ticked: set[str]
) -> None:
    """(key, text) entries as checkable items; ``ticked`` keys start checked."""
    widget.blockSignals(True)
    widget.clear()
    for key, text in entries:
        item = QListWidgetItem(text, widget)
        item.setData(KEY, key)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if key in ticked else Qt.CheckState.Unchecked)
    widget.blockSignals(False)


def product_text(p: CatalogueProduct) -> str:
    sku = f" · SKU {p.sku}" if p.sku else ""
    return f"{p.name} · {p.offer_id}{sku}"


class ProductPickerDialog(QDialog):
    """Tick offers, SKUs or groups; the search looks in names, offer ids and SKUs."""

    loaded = Signal()

    def __init__(
        self,
        services: GuiServices,
        choice: ProductChoice,
        groups: Iterable[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ProductPicker")
        self.services = services
        self.offer_ids, self.skus = set(choice.offer_ids), set(choice.skus)
        self.groups = list(choice.groups)
        self.search = QLineEdit(self)
        self.search.setObjectName("ProductSearch")
        self.search.setClearButtonEnabled(True)
        self.tabs = QTabWidget(self)
        self.offer_list = QListWidget(self)
        self.offer_list.setObjectName("OfferList")
        self.sku_list = QListWidget(self)
        self.sku_list.setObjectName("SkuList")
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("GroupList")
        self.tabs.addTab(self.offer_list, "")
        self.tabs.addTab(self.sku_list, "")
        self.tabs.addTab(self.group_list, "")
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        all_groups = list(dict.fromkeys([*groups, *self.groups]))
        fill_checklist(self.group_list, [(g, g) for g in all_groups], set(self.groups))
        self.offer_list.itemChanged.connect(lambda i: self._ticked(self.offer_ids, i))
        self.sku_list.itemChanged.connect(lambda i: self._ticked(self.skus, i))
        self.group_list.itemChanged.connect(self._group_ticked)
        self.search.textChanged.connect(self._load)
        self.resize(560, 460)
        self.retranslate_ui()
        self._load()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Choose products"))
        self.search.setPlaceholderText(self.tr("Search by name, offer id or SKU"))
        self.tabs.setTabText(0, self.tr("Offers"))
        self.tabs.setTabText(1, self.tr("SKUs"))
        self.tabs.setTabText(2, self.tr("Product groups"))
        self.empty.setText(
            self.tr("No products yet: they appear here once orders have been synced.")
        )

    def _load(self) -> None:
        db, text = self.services.ctx.db, self.search.text()
        self.services.run(lambda: catalogue_products(db, text), self._show)

    def _show(self, products: list[CatalogueProduct]) -> None:
        fill_checklist(
            self.offer_list, [(p.offer_id, product_text(p)) for p in products], self.offer_ids
        )
        skus: dict[str, str] = {}
        for p in products:
            if p.sku:
                skus.setdefault(p.sku, f"{p.sku} · {p.name}")
        fill_checklist(self.sku_list, sorted(skus.items()), self.skus)
        self.empty.setVisible(not products and not self.search.text())
        self.loaded.emit()

    def _ticked(self, keys: set[str], item: QListWidgetItem) -> None:
        key = str(item.data(KEY))
        if item.checkState() == Qt.CheckState.Checked:
            keys.add(key)
        else:
            keys.discard(key)

    def _group_ticked(self, item: QListWidgetItem) -> None:
        name = str(item.data(KEY))
        if item.checkState() == Qt.CheckState.Checked and name not in self.groups:
            self.groups.append(name)
        elif item.checkState() != Qt.CheckState.Checked and name in self.groups:
            self.groups.remove(name)

    def chosen(self) -> ProductChoice:
        return ProductChoice(set(self.offer_ids), set(self.skus), list(self.groups))


def tick(widget: QListWidget, key: str, on: bool = True) -> bool:
    """Tick the item with ``key`` (for code and tests that drive the lists); False if absent."""
    for i in range(widget.count()):
        item = widget.item(i)
        if item.data(KEY) == key:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            return True
    return False
