"""Arming a rule first shows what it would have done in the last 30 days of synced orders."""

from __future__ import annotations

from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode
from refunddesk.gui.formatting import format_money
from refunddesk.gui.screens.rules import RulesScreen
from refunddesk.store import rules_repo
from tests.support.rules_ui import click, settle, type_into


@pytest.fixture
def screen(qtbot: QtBot, cancelled_history: Any) -> Any:
    from refunddesk.gui.services import GuiServices

    services = GuiServices(cancelled_history)
    page = RulesScreen(services)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    settle(qtbot, services)
    yield page
    settle(qtbot, services)


def test_arming_warns_with_thirty_day_figures(qtbot: QtBot, screen: Any) -> None:
    services, editor = screen.services, screen.editor
    click(qtbot, screen.new_button)
    type_into(qtbot, editor.name, "Cancellations up to 105 PLN")
    click(qtbot, editor.cap_on)
    type_into(qtbot, editor.cap.rows[0].amount.line, "105")
    click(qtbot, editor.armed)
    assert editor.shadow.isChecked()  # not armed until the merchant has seen the figures
    settle(qtbot, services)
    dialog = screen.arming_dialog
    assert dialog is not None and dialog.isVisible()
    # Hand-computed: 100.99 + 29.99 refunded; 109.99 above the cap is held.
    assert dialog.refunds.text() == (
        f"• refunded 2 orders automatically, {format_money(Money(13098, 'PLN'))} in total"
    )
    assert dialog.holds.text() == (
        f"• held 1 for your approval ({format_money(Money(10999, 'PLN'))})"
    )
    click(qtbot, dialog.keep_button)
    assert editor.shadow.isChecked()

    click(qtbot, editor.armed)
    settle(qtbot, services)
    click(qtbot, screen.arming_dialog.arm_button)
    assert editor.armed.isChecked()
    assert "Shadow mode" not in editor.summary.text()
    settle(qtbot, services)
    # "Arm" in the dialog is the decision: it is saved without a second click on Save.
    [rule] = rules_repo.load_rules(services.ctx.db)
    assert not editor.is_dirty()
    assert rule.mode is Mode.ARMED
    assert screen.model.data(screen.model.index(0, 3)) == "Armed"
