"""Finds what a merchant would see cut, squeezed or pushed off a window: the layout checks."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QWidget,
)

# What a merchant reads or clicks: each must show all of its text.
READABLE = (QPushButton, QLabel, QCheckBox, QRadioButton, QComboBox)


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QAbstractButton, QLabel)):
        text = widget.text()
    elif isinstance(widget, QComboBox):
        text = widget.currentText()
    elif isinstance(widget, QLineEdit):
        text = widget.placeholderText()
    parent = widget.parentWidget()
    owner = type(parent).__name__ if parent is not None else "-"
    return f"{type(widget).__name__} {text[:40]!r} in {owner}"


def _shown_part(widget: QWidget, window: QWidget) -> QRect | None:
    """The part of ``widget`` (its own coordinates) its ancestors leave visible; ``None`` for
    cells inside a table (the table itself is checked). Forms in a scroll area may go below
    its bottom (that is what the scrollbar is for) but never past its sides."""
    rect = widget.rect()
    offset = widget.pos()
    current = widget
    while current is not window:
        parent = current.parentWidget()
        if parent is None:
            break
        area = parent.parentWidget()
        moved = rect.translated(offset)
        if isinstance(area, QAbstractScrollArea) and parent is area.viewport():
            if not isinstance(area, QScrollArea):
                return None
            sides = QRect(0, moved.y(), parent.width(), moved.height())
            return rect if moved.intersected(sides) == moved else QRect()
        shown = moved.intersected(parent.rect())
        if shown != moved:
            return shown.translated(-offset)
        offset = parent.pos()
        rect = moved
        current = parent
    return widget.rect()


def _needed_width(widget: QWidget) -> int:
    if isinstance(widget, QLabel) and widget.wordWrap():
        return widget.minimumSizeHint().width()
    if widget.minimumSizeHint().width() == 0:  # a label that elides on purpose
        return 0
    if isinstance(widget, QComboBox):
        return widget.minimumSizeHint().width()  # its longest choice, unless set to elide
    return widget.sizeHint().width()


def combo_text_room(combo: QComboBox) -> tuple[int, int]:
    """(room the closed box has for its text, width its current text needs): a box with less
    room than its text shows it elided ("above it: hold for my approv…")."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    need = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        need += combo.iconSize().width() + 4
    return field.width(), need


def hint_room(edit: QLineEdit) -> tuple[int, int]:
    """(room, needed) in px for a line edit's placeholder: the box less its frame, its text
    margins and Qt's own 2 px each side (an empty box hides its clear button)."""
    option = QStyleOptionFrame()
    edit.initStyleOption(option)
    inner = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = inner.width() - margins.left() - margins.right() - 4
    return room, edit.fontMetrics().horizontalAdvance(edit.placeholderText())


def layout_problems(window: QWidget) -> list[str]:
    """Every visible readable widget narrower than its text needs, shorter than its wrapped
    text, or cut by the window or a parent."""
    found: list[str] = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QLineEdit) and not widget.text() and widget.placeholderText():
            room, text = hint_room(widget)
            if room < text:
                found.append(f"hint cut: {room} px for {text} px of text: {describe(widget)}")
        if not isinstance(widget, (*READABLE, QAbstractScrollArea)):
            continue
        if isinstance(widget, READABLE):
            need = _needed_width(widget)
            if widget.width() < need:
                found.append(f"squeezed to {widget.width()} < {need} px: {describe(widget)}")
            if isinstance(widget, QLabel) and widget.wordWrap() and widget.hasHeightForWidth():
                tall = widget.heightForWidth(widget.width())
                if widget.height() < tall:
                    found.append(f"cut at {widget.height()} < {tall} px: {describe(widget)}")
            if isinstance(widget, QComboBox) and not widget.isEditable():
                room, text = combo_text_room(widget)
                if room < text:
                    found.append(f"elided: {room} px for {text} px of text: {describe(widget)}")
        shown = _shown_part(widget, window)
        if shown is not None and shown.size() != widget.size():
            found.append(
                f"cut to {shown.width()}x{shown.height()} of "
                f"{widget.width()}x{widget.height()}: {describe(widget)}"
            )
    return found


def sideways_scrollbars(window: QWidget) -> list[str]:
    """Visible horizontal scrollbars in ``window`` (or ``window`` itself, a scroll area): an
    empty screen must fit without scrolling sideways."""
    areas = window.findChildren(QAbstractScrollArea)
    if isinstance(window, QAbstractScrollArea):
        areas.insert(0, window)
    return [
        f"scrolls sideways: {type(area).__name__} {area.objectName()!r} in "
        f"{type(area.parentWidget()).__name__}"
        for area in areas
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def in_sight(widget: QWidget) -> bool:
    """Whether all of ``widget`` is on screen without scrolling: visible, and inside every
    scroll area's viewport and every parent around it (below the fold counts as out)."""
    if not widget.isVisible() or widget.width() <= 0 or widget.height() <= 0:
        return False
    current: QWidget = widget
    rect = widget.rect()
    while (parent := current.parentWidget()) is not None:
        rect = rect.translated(current.pos())
        if not parent.rect().contains(rect):
            return False
        current = parent
    return True
