"""The rules screen speaks Polish and Chinese, and switches live without losing the draft."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from refunddesk.gui import i18n
from tests.support.rules_ui import click, settle, type_into


@pytest.fixture
def languages(qapp: QApplication, tmp_path: Path) -> Iterator[i18n.LanguageSwitcher]:
    switcher = i18n.install(qapp, tmp_path / "qm", "en")  # current_language() follows it
    yield switcher
    switcher.set_language("en")  # translators are application-wide


def test_polish_and_chinese_labels(
    qtbot: QtBot, rules_screen: Any, gui_services: Any, languages: i18n.LanguageSwitcher
) -> None:
    rules_screen.add_starter(1)
    settle(qtbot, gui_services)
    editor, model = rules_screen.editor, rules_screen.model
    click(qtbot, editor.add_condition)
    type_into(qtbot, editor.action.percent, "150")

    assert languages.set_language("pl") == "pl"
    assert rules_screen.title_label.text() == "Reguły"
    assert rules_screen.new_button.text() == "Nowa reguła"
    assert rules_screen.order_hint.text().startswith("Reguły są sprawdzane od góry")
    assert editor.save_button.text() == "Zapisz"
    assert editor.add_condition.text() == "+ Dodaj warunek"
    assert editor.rows[0].field_box.currentText() == "Wartość zamówienia"
    assert editor.trigger.currentText() == "Kupujący anuluje opłacone zamówienie"
    # The closed boxes may cut their text; the tooltip carries the whole choice.
    assert editor.action.scope.toolTip() == "wszystko, co jeszcze można zwrócić z zamówienia"
    assert editor.trigger.toolTip() == "Kupujący anuluje opłacone zamówienie"
    assert editor.action.problems["action.percent"].problem.text() == (
        "Procent musi być większy od 0 i nie większy niż 100."
    )
    header = model.headerData(5, Qt.Orientation.Horizontal)
    assert header == "Co robi"
    assert model.data(model.index(0, 3)) == "Próbna"
    assert model.data(model.index(0, 4)) == "Kupujący anulował"  # as on Refunds and Review
    assert rules_screen.starter_actions[0].text() == ("Wstrzymuj zwroty od 500 zł do zatwierdzenia")

    assert languages.set_language("zh_CN") == "zh_CN"
    assert rules_screen.new_button.text() == "新建规则"
    assert editor.save_button.text() == "保存"
    assert editor.shadow.text() == "影子"
    assert editor.shadow.toolTip() == "影子（只记录将会做什么）"
    assert model.data(model.index(0, 3)) == "影子"
    assert editor.action.counter.text() == "0 / 250 个字符"

    assert languages.set_language("en") == "en"
    assert rules_screen.new_button.text() == "New rule"
    # The unsaved edit survived the language changes.
    assert editor.action.percent.text() == "150"
    assert not editor.save_button.isEnabled()
