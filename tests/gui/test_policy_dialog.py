"""The refund policy dialog: a Chinese tab, a copy for Allegro's terms field, HTML for a shop."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe import policy_text
from refunddesk.domain.policy_export import ALLEGRO_TERMS_LIMIT, allegro_terms, policy_html
from refunddesk.domain.rules import Mode, Rule
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.gui.rules_editor.policy import PolicyTextDialog
from tests.support.rules_ui import click

CANCEL = Rule(id="1", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)


def _dialog(qtbot: QtBot, rules: list[Rule]) -> PolicyTextDialog:
    dialog = PolicyTextDialog(rules)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_chinese_tab_and_copy_for_allegro(qtbot: QtBot, message_log: HeadlessMessages) -> None:
    dialog = _dialog(qtbot, [CANCEL])
    assert dialog.tabs.count() == 3
    dialog.tabs.setCurrentIndex(2)
    assert dialog.tabs.tabText(2) == "Chinese"
    assert dialog.current_text() == policy_text([CANCEL], "zh_CN")
    click(qtbot, dialog.allegro_button)
    assert QGuiApplication.clipboard().text() == policy_text([CANCEL], "zh_CN")
    assert message_log.of_kind(MessageKind.INFORMATION) == []  # short: nothing was cut


def test_a_long_policy_copied_for_allegro_is_cut_and_says_so(
    qtbot: QtBot, message_log: HeadlessMessages
) -> None:
    rules = [
        replace(CANCEL, id=str(n), conditions=Conditions(products=ProductFilter(groups=(g,))))
        for n, g in enumerate([f"Group {n} " + "x" * 90 for n in range(30)])
    ]
    dialog = _dialog(qtbot, rules)
    click(qtbot, dialog.allegro_button)  # the Polish tab is first
    copied = QGuiApplication.clipboard().text()
    assert (copied, True) == allegro_terms(rules, "pl")
    assert len(copied) <= ALLEGRO_TERMS_LIMIT
    [note] = message_log.of_kind(MessageKind.INFORMATION)
    assert f"longer than Allegro's {ALLEGRO_TERMS_LIMIT} characters" in note.text


def test_html_for_a_shop_page_is_saved_private(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, [CANCEL])
    dialog.tabs.setCurrentIndex(1)
    page = tmp_path / "policy.html"
    dialog.save_html(page)
    assert page.read_text(encoding="utf-8") == policy_html([CANCEL], "en")
    assert stat.S_IMODE(page.stat().st_mode) == 0o600


def test_a_policy_that_cannot_be_saved_is_a_plain_message(
    qtbot: QtBot, tmp_path: Path, message_log: HeadlessMessages
) -> None:
    dialog = _dialog(qtbot, [CANCEL])
    dialog.save_html(tmp_path / "no such folder" / "policy.html")
    [error] = message_log.of_kind(MessageKind.ERROR)
    assert "could not be saved" in error.text
