"""A rules file that cannot be imported is explained in the language the window shows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from refunddesk.gui import i18n
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.store import rules_repo
from tests.support.rules_ui import settle

BAD_RULES = {
    "schema": 1,
    "rules": [
        {"name": "Zwroty", "trigger": "BUYER_CANCELLED", "action": {"percent": "150"}},
        {"name": "Dwa", "trigger": "SOMETIMES"},
    ],
}

# language: the dialog's text; a rule's problem as the editor words it; a field's problem (its
# start and end: the choices between are the trigger codes); a problem of the whole file.
EXPECTED = {
    "en": (
        "The file could not be imported; your rules are unchanged.",
        "rule 1 “Zwroty”, action.percent: The percentage to refund must be above 0 and at most "
        "100, not 150.",
        ("rule 2 “Dwa”, trigger: Expected one of BUYER_CANCELLED, ", ', got "SOMETIMES".'),
        "file: This is not a rules file: not valid JSON (Expecting value, line 1).",
    ),
    "pl": (
        "Nie udało się zaimportować pliku; Twoje reguły się nie zmieniły.",
        "reguła 1 „Zwroty”, action.percent: Procent do zwrotu musi być większy od 0 i wynosić "
        "najwyżej 100, a nie 150.",
        (
            "reguła 2 „Dwa”, trigger: Oczekiwano jednej z wartości: BUYER_CANCELLED, ",
            ', a jest "SOMETIMES".',
        ),
        "plik: To nie jest plik reguł: to nie jest poprawny JSON (Expecting value, wiersz 1).",
    ),
    "zh_CN": (
        "无法导入该文件；您的规则未作更改。",
        "规则 1“Zwroty”，action.percent：退款百分比必须大于 0 且不超过 100，而不是 150。",
        ("规则 2“Dwa”，trigger：应为以下之一：BUYER_CANCELLED, ", '，实际为 "SOMETIMES"。'),
        "文件：这不是规则文件：不是有效的 JSON（Expecting value，第 1 行）。",
    ),
}


def _import(qtbot: QtBot, screen: Any, services: Any, log: HeadlessMessages, path: Path) -> Any:
    log.answer_next(True)  # yes, replace the rules
    screen.import_from(path)
    settle(qtbot, services)
    return log.of_kind(MessageKind.ERROR)[-1]


def test_a_bad_rules_file_is_explained_in_the_window_language(
    qtbot: QtBot,
    rules_screen: Any,
    gui_services: Any,
    message_log: HeadlessMessages,
    app_language: i18n.LanguageSwitcher,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "rules.json"
    bad.write_text(json.dumps(BAD_RULES), encoding="utf-8")
    broken = tmp_path / "notes.json"
    broken.write_text("these are my notes", encoding="utf-8")
    for language, (text, rule_problem, (start, end), file_problem) in EXPECTED.items():
        assert app_language.set_language(language) == language
        error = _import(qtbot, rules_screen, gui_services, message_log, bad)
        assert error.text == text
        first, second = error.details.splitlines()
        assert first == rule_problem
        assert second.startswith(start) and second.endswith(end), second
        error = _import(qtbot, rules_screen, gui_services, message_log, broken)
        assert error.details == file_problem
    assert rules_repo.load_rules(gui_services.ctx.db) == []
