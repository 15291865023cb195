"""A closed combo box that always shows its whole current choice, however short its list is
sized: the merchant reads the choice in the box, not in a tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox


def current_text_width(combo: QComboBox) -> int:
    """The width the closed box needs to show its current text (and icon) uncut, or the
    width its minimum contents length asks for, whichever is more."""
    metrics = combo.fontMetrics()
    text = metrics.horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        text += combo.iconSize().width() + 4
    floor = combo.minimumContentsLength() * metrics.horizontalAdvance("x")
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    # As QComboBox sizes itself: the contents, then the style's frame and arrow around them.
    contents = QSize(max(text, floor), metrics.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, combo)
    return size.width()


class _KeepCurrentTextWhole(QObject):
    """Keeps the combo's minimum width at its current text's; refits on a new choice, renamed
    items (a language change renames them without a new current text) and a new font."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self._combo = combo
        combo.currentTextChanged.connect(self.fit)
        combo.currentIndexChanged.connect(self.fit)
        model = combo.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self.fit)
        combo.installEventFilter(self)
        self.fit()

    def fit(self, *_args: object) -> None:
        width = current_text_width(self._combo)
        if self._combo.minimumWidth() != width:
            self._combo.setMinimumWidth(width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Polish):
            self.fit()
        return False


def keep_current_text_whole(combo: QComboBox) -> QComboBox:
    """``combo`` is never laid out narrower than its current choice needs."""
    _KeepCurrentTextWhole(combo)
    return combo
