"""A screen behind the shown one keeps the changes it missed and refreshes once when shown."""

from __future__ import annotations

from PySide6.QtWidgets import QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from refunddesk.gui.screens.when_seen import RefreshWhenSeen
from refunddesk.gui.services import Changes


def _window(qtbot: QtBot) -> tuple[QStackedWidget, QWidget, QWidget, list[Changes]]:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    shown, behind = QWidget(stack), QWidget(stack)
    stack.addWidget(shown)
    stack.addWidget(behind)
    applied: list[Changes] = []
    behind.refresh_when_seen = RefreshWhenSeen(behind, applied.append)  # type: ignore[attr-defined]
    return stack, shown, behind, applied


def test_changes_missed_behind_another_screen_are_applied_once_merged_when_shown(
    qtbot: QtBot,
) -> None:
    stack, _shown, behind, applied = _window(qtbot)
    stack.show()
    qtbot.waitExposed(stack)
    refresher = behind.refresh_when_seen  # type: ignore[attr-defined]

    refresher.changed(Changes(refunds=True))
    refresher.changed(Changes(orders=True))
    refresher.changed(Changes(refunds=True))
    assert applied == []  # nobody looks at it: no query

    stack.setCurrentWidget(behind)
    assert applied == [Changes(refunds=True, orders=True)]

    refresher.changed(Changes(rules=True))  # shown now: at once
    assert applied == [Changes(refunds=True, orders=True), Changes(rules=True)]

    stack.setCurrentIndex(0)
    stack.setCurrentWidget(behind)  # shown again with nothing missed: no refresh
    assert len(applied) == 2


def test_a_window_not_shown_at_all_refreshes_at_once(qtbot: QtBot) -> None:
    # Hidden to the tray (or a test's screen): no show may come to apply what it missed.
    _stack, _shown, behind, applied = _window(qtbot)
    behind.refresh_when_seen.changed(Changes(review=True))  # type: ignore[attr-defined]
    assert applied == [Changes(review=True)]
