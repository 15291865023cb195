"""A screen behind another one refreshes when it is shown, not each time the data changes.

During a burst of refunds the worker reports changes every few seconds, and every screen
reloaded on every report: six screens' queries ran beside the worker in the background pool,
and the Python threads they kept busy left the GUI thread waiting for the interpreter (gaps of
60–90 ms in bench/gui.py). So a screen in the window that is not the one shown keeps the
changes it missed and applies them, merged into one refresh, when it is shown again.

A window that is not shown at all (hidden to the tray, a test's screen) refreshes as before:
no show may come to apply what it missed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from refunddesk.gui.services import Changes, GuiServices


class RefreshWhenSeen(QObject):
    """Connect ``services.changed`` to ``changed``; ``apply`` gets the changes when they matter."""

    def __init__(self, screen: QWidget, apply: Callable[[Changes], None]) -> None:
        super().__init__(screen)
        self._screen = screen
        self._apply = apply
        self.missed: Changes | None = None
        screen.installEventFilter(self)

    def changed(self, changes: Changes) -> None:
        if self._behind_another_screen():
            self.missed = changes if self.missed is None else self.missed | changes
        else:
            self._apply(changes)

    def _behind_another_screen(self) -> bool:
        return self._screen.window().isVisible() and not self._screen.isVisible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The event's type first, nothing else asked of Qt: this also sees the screen's last
        # events while it is being destroyed.
        if event.type() == QEvent.Type.Show and self.missed is not None:
            missed, self.missed = self.missed, None
            self._apply(missed)
        return False


def refresh_when_seen(
    screen: QWidget, services: GuiServices, apply: Callable[[Changes], None]
) -> RefreshWhenSeen:
    """``apply`` gets the changes ``services`` reports, through a RefreshWhenSeen of ``screen``."""
    refresher = RefreshWhenSeen(screen, apply)
    services.changed.connect(refresher.changed)
    return refresher
