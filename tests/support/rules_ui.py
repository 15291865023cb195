"""Rules screen fixtures and the clicks a merchant makes in the rule editor."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from refunddesk.domain.rules import Rule
from refunddesk.domain.rules_json import rule_to_json


@pytest.fixture
def rules_screen(qtbot: QtBot, gui_services: Any) -> Iterator[Any]:
    """The rules screen on an empty database, shown at a desktop size, loaded."""
    from refunddesk.gui.screens.rules import RulesScreen

    screen = RulesScreen(gui_services)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    settle(qtbot, gui_services)
    yield screen
    settle(qtbot, gui_services)


def settle(qtbot: QtBot, services: Any, timeout: int = 10_000) -> None:
    """Wait until every background operation (and what its result started) has finished."""
    qtbot.waitUntil(lambda: not services.busy, timeout=timeout)


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    """Click a button, a checkbox or a radio button where its indicator or text is."""
    qtbot.waitUntil(button.isVisible)  # a widget added to a shown layout appears a moment later
    assert button.isEnabled(), f"{button.objectName() or button.text()} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(6, button.height() // 2))


def pick(qtbot: QtBot, combo: QComboBox, data: object) -> None:
    """Choose the entry whose data is ``data`` with the keyboard, as a merchant can.

    (Opening the drop-down list warns on the offscreen platform, so the keys do the choosing.)
    """
    row = combo.findData(data)
    assert row >= 0, f"{data!r} is not offered in {combo.objectName()}"
    qtbot.waitUntil(combo.isVisible)  # a widget added to a shown layout appears a moment later
    assert combo.isEnabled()
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(row):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == row


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what a text field holds and type over it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def comparable(rule: Rule) -> dict[str, Any]:
    """A rule as stored JSON, without what the store assigns (id and version)."""
    doc = rule_to_json(rule)
    doc.pop("id")
    doc.pop("version")
    return doc


@pytest.fixture
def cancelled_history(demo_context: Any) -> Any:
    """Three cancelled orders and one still open, synced: 109.99, 100.99 and 29.99 PLN paid.

    (Items plus the demo shop's 9.99 delivery: 100.00, 2 × 45.50 and 20.00.)
    """
    scenario = demo_context.demo_shop.scenario
    for items in (
        [{"name": "Lampa", "price": "100.00", "quantity": 1}],
        [{"name": "Kubek", "price": "45.50", "quantity": 2}],
        [{"name": "Skarpety", "price": "20.00", "quantity": 1}],
    ):
        order = scenario.create_order(items)
        scenario.cancel_as_buyer(order["id"])
    scenario.create_order([{"name": "Stół", "price": "300.00", "quantity": 1}])
    demo_context.make_worker().run_once()
    return demo_context
