"""A new merchant's first hour in the whole window: the next step, empty tables, trying a draft."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.gui.app import GuiSession
from refunddesk.gui.screens.rules import RulesScreen
from refunddesk.gui.screens.simulate import DRAFT, SimulateScreen
from tests.support.rules_ui import click, settle, type_into


def test_try_it_takes_the_unsaved_draft_to_simulate(qtbot: QtBot, gui_session: GuiSession) -> None:
    window, services = gui_session.window, gui_session.services
    window.resize(1280, 800)
    window.show()
    window.show_screen("rules")
    rules = window.screen_widget("rules")
    simulate = window.screen_widget("simulate")
    assert isinstance(rules, RulesScreen) and isinstance(simulate, SimulateScreen)
    assert simulate.rules_combo.findData(DRAFT) >= 0  # the draft choice is offered, and wired
    click(qtbot, rules.new_button)
    type_into(qtbot, rules.editor.name, "Unsaved cancellations")
    qtbot.mouseClick(rules.editor.try_button, Qt.MouseButton.LeftButton)
    assert window.current_screen_key() == "simulate"
    assert simulate.rules_combo.currentData() == DRAFT
    assert [r.name for r in simulate._rules_loader(simulate.rules_combo)()] == [
        "Unsaved cancellations"
    ]
    settle(qtbot, services)
