"""The column of screen buttons on the left, with an optional count badge on each."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

_BADGE_CAP = 99


class NavButton(QPushButton):
    """A checkable entry: icon, translated label and a small count badge at the right."""

    def __init__(self, key: str, label_source: str, icon: QIcon, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.key = key
        self._label_source = label_source
        self._count = 0
        self.setObjectName("NavButton")
        self.setCheckable(True)
        self.setIcon(icon)
        self.setIconSize(QSize(20, 20))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 10, 0)
        layout.addStretch(1)
        self.badge = QLabel(self)
        self.badge.setObjectName("NavBadge")
        self.badge.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.badge.setMinimumWidth(20)
        self.badge.setFixedHeight(18)
        self.badge.hide()
        layout.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignVCenter)
        self.retranslate_ui()

    def label(self) -> str:
        # Labels are declared with QT_TRANSLATE_NOOP("Navigation", ...) in the screen list.
        return QCoreApplication.translate("Navigation", self._label_source)

    def count(self) -> int:
        return self._count

    def set_count(self, count: int) -> None:
        self._count = max(0, count)
        self.badge.setText(str(self._count) if self._count <= _BADGE_CAP else f"{_BADGE_CAP}+")
        self.badge.setVisible(self._count > 0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setText(self.label())
        if self._count:
            self.setAccessibleName(
                self.tr("%1 (waiting: %2)")
                .replace("%1", self.label())
                .replace("%2", str(self._count))
            )
        else:
            self.setAccessibleName(self.label())

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        # Room for the badge, so a long label never runs underneath it.
        return QSize(hint.width() + 34, max(hint.height(), 38))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class NavBar(QFrame):
    """Exclusive buttons, one per screen; emits the index of the one chosen."""

    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NavBar")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: list[NavButton] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(10, 14, 10, 14)
        self._layout.setSpacing(3)
        self.app_name = QLabel("RefundDesk", self)  # the product name is not translated
        self.app_name.setObjectName("AppName")
        font = self.app_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        self.app_name.setFont(font)
        self._layout.addWidget(self.app_name)
        self._layout.addStretch(1)
        self._group.idClicked.connect(self.current_changed)

    def add_entry(self, key: str, label_source: str, icon: QIcon) -> NavButton:
        button = NavButton(key, label_source, icon, self)
        self._group.addButton(button, len(self._buttons))
        self._buttons.append(button)
        self._layout.insertWidget(self._layout.count() - 1, button)
        return button

    def buttons(self) -> list[NavButton]:
        return list(self._buttons)

    def button(self, key: str) -> NavButton:
        for button in self._buttons:
            if button.key == key:
                return button
        raise KeyError(key)

    def set_current(self, index: int) -> None:
        self._buttons[index].setChecked(True)
