"""A new merchant's first hour in the whole window: the next step, empty tables, trying a draft."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.gui.app import GuiSession
from refunddesk.gui.screens.rules import RulesScreen
from refunddesk.gui.screens.simulate import DRAFT, SimulateScreen
from refunddesk.gui.widgets.next_step import NextStepPanel
from refunddesk.queries.next_step import Progress
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


def test_the_next_step_button_goes_where_the_step_is(qtbot: QtBot) -> None:
    panel = NextStepPanel()
    qtbot.addWidget(panel)
    good = Progress(has_shop=True, armed_rules=1, shadow_rules=0, waiting=0, paused=False)
    panel.set_progress(replace(good, has_shop=False))
    with qtbot.waitSignal(panel.connect_requested):
        panel.button.click()
    for progress, screen, words in (
        (replace(good, waiting=3), "review", "Open Review (3)"),
        (replace(good, armed_rules=0), "rules", "Open Rules"),
        (replace(good, armed_rules=0, shadow_rules=1), "simulate", "Open Simulate"),
    ):
        panel.set_progress(progress)
        assert panel.button.text() == words
        with qtbot.waitSignal(panel.open_screen) as sent:
            panel.button.click()
        assert sent.args == [screen]
    panel.set_progress(good)
    assert panel.button.isHidden() and panel.next.text() == "Nothing needs you now."


def test_while_paused_the_dashboard_does_not_say_it_is_watching(qtbot: QtBot) -> None:
    panel = NextStepPanel()
    qtbot.addWidget(panel)
    waiting = Progress(has_shop=True, armed_rules=1, shadow_rules=0, waiting=1, paused=False)
    panel.set_progress(waiting)
    assert panel.doing.text().startswith("RefundDesk is watching your shop.")
    panel.set_progress(replace(waiting, paused=True))
    assert panel.doing.text().startswith("Automation is paused: RefundDesk sends no refund.")
    assert "wait for your decision" in panel.doing.text()
    assert panel.button.text() == "Open Review (1)"
