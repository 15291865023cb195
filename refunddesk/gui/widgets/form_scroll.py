"""A scroll area for a long form: it scrolls up and down, and is never narrower than the form."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QScrollArea, QWidget


class FormScrollArea(QScrollArea):
    """Holds a form that grows downwards. Its minimum width is the form's, so a splitter or
    layout can never squeeze it until buttons are cut off at the side with no scrollbar to
    reach them (the Polish Simulate form lost its "Add" buttons that way)."""

    def __init__(self, form: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(form)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        form = self.widget()
        if form is None:
            return hint
        frame = 2 * self.frameWidth()
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(form.minimumSizeHint().width() + frame + bar, hint.height())
