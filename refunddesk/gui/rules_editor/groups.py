"""Managing product groups ("Promo November"): a name and the offers and SKUs in it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from refunddesk.gui import msgbox, theme
from refunddesk.gui.rules_editor.products import KEY, fill_checklist, product_text
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import empty_text
from refunddesk.queries.rules import CatalogueProduct, catalogue_products
from refunddesk.services import rules as rule_services
from refunddesk.services.rules import ProductGroupError, ProductGroupInfo


class ProductGroupsDialog(QDialog):
    """Groups on the left, the chosen one's name and members on the right."""

    groups_changed = Signal(list)  # group names
    loaded = Signal()

    def __init__(self, services: GuiServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProductGroups")
        self.services = services
        self.groups: list[ProductGroupInfo] = []
        self.current: ProductGroupInfo | None = None
        self.members: set[str] = set()
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("GroupNames")
        self.empty_hint = EmptyHint(self.group_list, lambda: empty_text("product_groups"))
        self.new_button = QPushButton(self)
        self.new_button.setObjectName("NewGroup")
        self.delete_button = QPushButton(self)
        self.delete_button.setObjectName("DeleteGroup")
        self.name = QLineEdit(self)
        self.name.setObjectName("GroupName")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.member_list = QListWidget(self)
        self.member_list.setObjectName("GroupMembers")
        self.problem = QLabel(self)
        self.problem.setStyleSheet(f"color: {theme.ERROR};")
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("SaveGroup")
        self.close_box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_box.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.group_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_button)
        row.addWidget(self.delete_button)
        left.addLayout(row)
        right = QVBoxLayout()
        self.name_label, self.members_label = QLabel(self), QLabel(self)
        form = QFormLayout()
        form.addRow(self.name_label, self.name)
        right.addLayout(form)
        right.addWidget(self.members_label)
        right.addWidget(self.search)
        right.addWidget(self.member_list, 1)
        right.addWidget(self.problem)
        right.addWidget(self.save_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.close_box)

        self.group_list.currentRowChanged.connect(self._group_chosen)
        self.new_button.clicked.connect(self.new_group)
        self.delete_button.clicked.connect(self._delete)
        self.save_button.clicked.connect(self.save)
        self.member_list.itemChanged.connect(self._member_ticked)
        self.search.textChanged.connect(self._load_catalogue)
        self.resize(760, 480)
        self.retranslate_ui()
        self._reload()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Product groups"))
        self.new_button.setText(self.tr("New group"))
        self.delete_button.setText(self.tr("Delete group"))
        self.name_label.setText(self.tr("Name"))
        self.name.setPlaceholderText(self.tr("e.g. Promo November"))
        self.members_label.setText(self.tr("Offers and SKUs in the group"))
        self.search.setPlaceholderText(self.tr("Search by name, offer id or SKU"))
        self.save_button.setText(self.tr("Save group"))

    # -- loading -----------------------------------------------------------------------------

    def _reload(self, select: str | None = None) -> None:
        db = self.services.ctx.db
        self.services.run(lambda: rule_services.product_groups(db), lambda g: self._show(g, select))

    def _show(self, groups: list[ProductGroupInfo], select: str | None) -> None:
        self.groups = groups
        self.group_list.blockSignals(True)
        self.group_list.clear()
        for g in groups:
            QListWidgetItem(g.name, self.group_list)
        self.group_list.blockSignals(False)
        names = [g.name for g in groups]
        if select in names:
            self.group_list.setCurrentRow(names.index(select))
        elif self.current is None:
            self.new_group()
        self.groups_changed.emit(names)
        self._load_catalogue()

    def _load_catalogue(self) -> None:
        db, text = self.services.ctx.db, self.search.text()
        self.services.run(lambda: catalogue_products(db, text), self._show_catalogue)

    def _show_catalogue(self, products: list[CatalogueProduct]) -> None:
        entries = [(p.offer_id, product_text(p)) for p in products]
        skus = sorted({p.sku for p in products if p.sku})
        entries += [(sku, self.tr("SKU %1").replace("%1", sku)) for sku in skus]
        known = {key for key, _ in entries}
        # Members no longer in the catalogue stay visible, so they can be taken out.
        entries += [(m, m) for m in sorted(self.members - known)]
        fill_checklist(self.member_list, entries, self.members)
        self.loaded.emit()

    # -- editing -----------------------------------------------------------------------------

    def new_group(self) -> None:
        self.current = None
        self.group_list.clearSelection()
        self.name.clear()
        self.members = set()
        self.problem.clear()
        fill_checklist(self.member_list, [], set())
        self._load_catalogue()
        self.name.setFocus()

    def _group_chosen(self, row: int) -> None:
        if not 0 <= row < len(self.groups):
            return
        self.current = self.groups[row]
        self.name.setText(self.current.name)
        self.members = set(self.current.members)
        self.problem.clear()
        self._load_catalogue()

    def _member_ticked(self, item: QListWidgetItem) -> None:
        key = str(item.data(KEY))
        if item.checkState().value:
            self.members.add(key)
        else:
            self.members.discard(key)

    def save(self) -> None:
        db, now = self.services.ctx.db, self.services.ctx.now()
        name, members = self.name.text(), sorted(self.members)
        group_id = self.current.id if self.current is not None else None

        def done(info: ProductGroupInfo) -> None:
            self.current = info
            self.services.notify(Changes(rules=True))
            self._reload(select=info.name)

        self.services.run(
            lambda: rule_services.save_product_group(db, name, members, now, group_id),
            done,
            self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ProductGroupError):
            self.problem.setText(
                self.tr("Give the group a name.")
                if not self.name.text().strip()
                else self.tr("There is already a group with this name.")
            )
            return
        msgbox.error(
            self,
            self.tr("Product groups"),
            self.tr("The group could not be saved."),
            details=str(exc),
        )

    def _delete(self) -> None:
        if self.current is None:
            return
        group = self.current
        db = self.services.ctx.db
        self.services.run(
            lambda: rule_services.rules_using_group(db, group.name),
            lambda users: self._confirm_delete(group, users),
        )

    def _confirm_delete(self, group: ProductGroupInfo, users: list[str]) -> None:
        text = self.tr("Delete the group “%1”?").replace("%1", group.name)
        if users:
            text += "\n\n" + self.tr(
                "These rules use it and will no longer match its products: %1"
            ).replace("%1", ", ".join(users))
        if not msgbox.question(self, self.tr("Delete group"), text):
            return
        db = self.services.ctx.db

        def done(_: object) -> None:
            self.current = None
            self.services.notify(Changes(rules=True))
            self._reload()

        self.services.run(lambda: rule_services.delete_product_group(db, group.id), done)
