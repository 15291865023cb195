"""The demo's starter rules are saved in the language the app shows."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from refunddesk.gui.app import GuiOptions, build_gui
from refunddesk.store import rules_repo


def test_polish_demo_gets_polish_rule_names(qtbot: QtBot, tmp_path: Path) -> None:
    session = build_gui(GuiOptions(tmp_path, "", demo=True, language="pl", start_worker=False))
    try:
        assert session.wait_ready(30)
        assert session.context is not None
        names = [r.name for r in rules_repo.load_rules(session.context.db)]
        assert "Zwracaj pieniądze za anulowane zamówienia" in names, names
        assert "Refund buyer cancellations" not in names
    finally:
        session.close()
        session.choose_language("en")
