"""The Dashboard's rule reminder: shown for a rule not reviewed for months, gone once marked."""

from __future__ import annotations

from datetime import timedelta

from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets.rule_reminders import RuleRemindersBox
from refunddesk.store import rules_repo


def test_mark_reviewed_clears_the_reminder(qtbot: QtBot, gui_services: GuiServices) -> None:
    ctx = gui_services.ctx
    saved = rules_repo.save_rule(
        ctx.db,
        Rule(id="", name="Anulowania", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED),
        ctx.now() - timedelta(days=120),
    )
    box = RuleRemindersBox(gui_services)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: box.loaded)
    assert box.isVisible()
    [reminder] = box.reminders
    assert "“Anulowania” was last reviewed on" in box.text(reminder)
    box.buttons[int(saved.id)].click()
    qtbot.waitUntil(lambda: not box.reminders)
    assert not box.isVisible()
