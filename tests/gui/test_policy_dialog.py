"""The refund policy dialog: a Chinese tab, a copy for Allegro's terms field, HTML for a shop."""

from __future__ import annotations

import stat
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.describe import policy_text
from refunddesk.domain.policy_export import ALLEGRO_TERMS_LIMIT, allegro_terms, policy_html
from refunddesk.domain.rules import Mode, Rule
from refunddesk.gui import i18n
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.gui.rules_editor import policy as policy_module
from refunddesk.gui.rules_editor.policy import PolicyTextDialog
from refunddesk.gui.services import GuiServices
from tests.support.rules_ui import click

CANCEL = Rule(id="1", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)


def _dialog(qtbot: QtBot, rules: list[Rule], services: GuiServices) -> PolicyTextDialog:
    dialog = PolicyTextDialog(services, rules)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_chinese_tab_and_copy_for_allegro(
    qtbot: QtBot, message_log: HeadlessMessages, gui_services: GuiServices
) -> None:
    dialog = _dialog(qtbot, [CANCEL], gui_services)
    assert dialog.tabs.count() == 3
    dialog.tabs.setCurrentIndex(2)
    assert dialog.tabs.tabText(2) == "Chinese"
    assert dialog.current_text() == policy_text([CANCEL], "zh_CN")
    click(qtbot, dialog.allegro_button)
    assert QGuiApplication.clipboard().text() == policy_text([CANCEL], "zh_CN")
    assert message_log.of_kind(MessageKind.INFORMATION) == []  # short: nothing was cut


def test_a_long_policy_copied_for_allegro_is_cut_and_says_so(
    qtbot: QtBot, message_log: HeadlessMessages, gui_services: GuiServices
) -> None:
    rules = [
        replace(CANCEL, id=str(n), conditions=Conditions(products=ProductFilter(groups=(g,))))
        for n, g in enumerate([f"Group {n} " + "x" * 90 for n in range(30)])
    ]
    dialog = _dialog(qtbot, rules, gui_services)
    click(qtbot, dialog.allegro_button)  # the Polish tab is first
    copied = QGuiApplication.clipboard().text()
    assert (copied, True) == allegro_terms(rules, "pl")
    assert len(copied) <= ALLEGRO_TERMS_LIMIT
    [note] = message_log.of_kind(MessageKind.INFORMATION)
    assert f"longer than Allegro's {ALLEGRO_TERMS_LIMIT} characters" in note.text


def test_html_for_a_shop_page_is_saved_private_off_the_gui_thread(
    qtbot: QtBot, tmp_path: Path, gui_services: GuiServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _dialog(qtbot, [CANCEL], gui_services)
    dialog.tabs.setCurrentIndex(1)
    page = tmp_path / "policy.html"
    writers: list[bool] = []
    real_open = policy_module.open_private

    def watched_open(*args: Any, **kwargs: Any) -> Any:
        writers.append(QThread.currentThread() is QCoreApplication.instance().thread())
        return real_open(*args, **kwargs)

    monkeypatch.setattr(policy_module, "open_private", watched_open)
    with qtbot.waitSignal(dialog.html_saved, timeout=5000) as saved:
        dialog.save_html(page)
        assert not dialog.html_button.isEnabled()  # until the file is written
    assert saved.args == [page] and writers == [False]  # written, and not by the GUI thread
    assert dialog.html_button.isEnabled()
    assert page.read_text(encoding="utf-8") == policy_html([CANCEL], "en")
    assert stat.S_IMODE(page.stat().st_mode) == 0o600


def test_a_policy_that_cannot_be_saved_is_a_plain_message(
    qtbot: QtBot, tmp_path: Path, message_log: HeadlessMessages, gui_services: GuiServices
) -> None:
    dialog = _dialog(qtbot, [CANCEL], gui_services)
    dialog.save_html(tmp_path / "no such folder" / "policy.html")
    qtbot.waitUntil(lambda: message_log.of_kind(MessageKind.ERROR) != [])
    [error] = message_log.of_kind(MessageKind.ERROR)
    assert "could not be saved" in error.text


def test_the_dialog_follows_a_language_change_while_open(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, gui_services: GuiServices
) -> None:
    dialog = _dialog(qtbot, [CANCEL], gui_services)
    languages = i18n.install(qapp, tmp_path / "qm", "en")
    try:
        assert languages.set_language("pl") == "pl"
        qtbot.waitUntil(lambda: dialog.windowTitle() == "Tekst zasad zwrotów")
        assert dialog.tabs.tabText(2) == "Chiński"
        assert dialog.allegro_button.text() == "Kopiuj dla Allegro"
        assert languages.set_language("zh_CN") == "zh_CN"
        qtbot.waitUntil(lambda: dialog.tabs.tabText(0) != "Polski")
        assert dialog.tabs.tabText(0) != "Polish"
        # The policy texts themselves stay one per tab, whatever the app's language.
        assert dialog.texts["pl"].toPlainText() == policy_text([CANCEL], "pl")
    finally:
        languages.set_language("en")
