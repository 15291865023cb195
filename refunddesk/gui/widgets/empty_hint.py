"""A short note over an empty table or list: why it is empty and what fills it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from refunddesk.gui import theme

# Air between the note and the view's edges.
MARGIN = 16


class EmptyHint(QLabel):
    """Centred, word-wrapped text on the view's viewport, shown only while the view has no rows.

    ``text`` is asked again on every change and language switch, so a screen can say "no
    orders match these filters" or "no orders yet" depending on its state. While the view is
    empty it also has no sideways scrollbar: there is nothing to scroll to, the bar only showed
    that the column titles are wider than a narrow pane.
    """

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view.viewport())
        self.setObjectName("EmptyHint")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setStyleSheet(f"color: {theme.MUTED};")
        # Clicks and the context menu reach the view as if the note were not there.
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._view = view
        self._text = text
        self._bar_policy = view.horizontalScrollBarPolicy()
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        view.viewport().installEventFilter(self)
        self.refresh()

    def is_showing(self) -> bool:
        """Whether the note is up (the view is empty), even before the window is shown."""
        return not self.isHidden()

    def refresh(self) -> None:
        """Show or hide the note for the view's rows now, with the text for the current state."""
        empty = self._view.model().rowCount() == 0
        self.setText(self._text() if empty else "")
        self.setVisible(empty)
        self._view.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if empty else self._bar_policy
        )
        self._place()

    def _place(self) -> None:
        area = self._view.viewport().rect()
        width = max(area.width() - 2 * MARGIN, self.minimumSizeHint().width())
        height = self.heightForWidth(width) if self.text() else 0
        # A third of the way down: under the column titles, where the eye looks first.
        top = max(MARGIN, (area.height() - height) // 3)
        self.setGeometry((area.width() - width) // 2, top, width, max(height, 0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Installed on the viewport alone. The event's type is checked first and nothing else is
        # asked of Qt otherwise: while the view is destroyed, its viewport still sends events
        # here, and asking the half-destroyed view for anything crashes the process.
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
