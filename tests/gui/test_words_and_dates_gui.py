"""Words and dates that follow the app language: date filters, starter rule names, reasons."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from refunddesk.domain import describe_en, describe_pl, describe_zh
from refunddesk.domain.starter_rules import starter_names
from refunddesk.domain.states import IntentState
from refunddesk.gui import i18n
from refunddesk.gui.formatting import format_date
from refunddesk.gui.models.rules_model import COL_NAME
from refunddesk.gui.screens.orders import OrdersScreen
from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.gui.services import GuiServices
from refunddesk.gui.widgets.order_words import event_words
from refunddesk.gui.words import all_words, word
from refunddesk.queries.refunds import STATUS_WORDS, TRIGGER_WORDS
from refunddesk.store import rules_repo
from tests.support.rules_ui import settle


def test_date_filters_write_dates_like_the_tables_after_a_language_switch(
    qtbot: QtBot, gui_services: GuiServices, app_language: i18n.LanguageSwitcher
) -> None:
    refunds, orders = RefundsScreen(gui_services), OrdersScreen(gui_services)
    qtbot.addWidget(refunds)
    qtbot.addWidget(orders)
    day = QDate(2026, 12, 5)
    table_day = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    edits = (refunds.from_edit, refunds.to_edit, orders.date_from, orders.date_to)
    for language, shown in (("pl", "5.12.2026"), ("zh_CN", "2026/12/5"), ("en", "05/12/2026")):
        assert app_language.set_language(language) == language
        assert format_date(table_day) == shown  # what the tables write
        for edit in edits:
            edit.setDate(day)
            assert edit.text() == shown, (language, edit.objectName())


def test_starter_rules_are_renamed_with_the_language_unless_the_merchant_renamed_them(
    qtbot: QtBot, rules_screen: Any, gui_services: GuiServices, app_language: i18n.LanguageSwitcher
) -> None:
    rules_screen.add_all_starters()
    settle(qtbot, gui_services)
    mine = rules_repo.load_rules(gui_services.ctx.db)[0]
    rules_repo.save_rule(gui_services.ctx.db, replace(mine, name="My hold"), gui_services.ctx.now())
    rules_screen.refresh()
    settle(qtbot, gui_services)
    model = rules_screen.model

    def names() -> list[str]:
        return [model.data(model.index(r, COL_NAME)) for r in range(model.rowCount())]

    assert app_language.set_language("pl") == "pl"
    settle(qtbot, gui_services)
    assert names() == ["My hold", *starter_names("pl")[1:]]
    assert [a.text() for a in rules_screen.starter_actions] == list(starter_names("pl"))
    # (Same screen, to stay quick.) Refund reasons read as words, without Allegro's codes.
    reasons = rules_screen.editor.action.reason
    texts = [reasons.itemText(i) for i in range(reasons.count())]
    assert texts[0] == "Domyślny: Anulowane przez kupującego"  # the cancellation default
    assert texts[1:3] == ["Zwrot", "Reklamacja"]
    assert not [t for t in texts if "(" in t or "_" in t or "REFUND" in t]
    assert app_language.set_language("zh_CN") == "zh_CN"
    settle(qtbot, gui_services)
    assert names() == ["My hold", *starter_names("zh_CN")[1:]]


def test_the_csv_exports_english_words_are_the_screens_words(qapp: QApplication) -> None:
    # The CLI's export has a Qt-free copy of the state and trigger words: it must not drift.
    assert all_words("state") == STATUS_WORDS
    assert all_words("trigger") == TRIGGER_WORDS


def test_every_timeline_entry_the_app_writes_reads_in_polish(
    app_language: i18n.LanguageSwitcher,
) -> None:
    # The types the worker and the notifier write (order_events.type); an unknown one would
    # show as English words made from its code.
    types = [f"REFUND_{s}" for s in IntentState] + [f"REPLANNED_{s}" for s in IntentState]
    types += [f"DECISION_{s}" for s in ("PLANNED", "HELD", "SHADOW", "NO_ACTION")]
    types += ["FOLLOWUP_FAILED", "LABEL_CANCELLED", "COMMISSION_CLAIMED"]
    types += ["CHANGED_AFTER_DECISION"]
    notices = [f"NOTICE_{s}" for s in ("SENT", "FAILED", "UNKNOWN", "SKIPPED", "DELIVERED")]
    english = {t: event_words("refund", t) for t in types}
    english |= {t: event_words("notice", t) for t in notices}
    assert app_language.set_language("pl") == "pl"
    polish = {t: event_words("refund", t) for t in types}
    polish |= {t: event_words("notice", t) for t in notices}
    assert [t for t in english if polish[t] == english[t]] == []
    assert polish["REPLANNED_HELD"] == "Ponowna decyzja: Zwrot wstrzymany do akceptacji"


def test_the_rule_summary_names_return_reasons_as_the_editor_does(
    app_language: i18n.LanguageSwitcher,
) -> None:
    # The summary is written in the Qt-free core, so it has its own reason names per language.
    for language, names in (
        ("en", describe_en.RETURN_REASONS),
        ("pl", describe_pl.RETURN_REASONS),
        ("zh_CN", describe_zh.RETURN_REASONS),
    ):
        assert app_language.set_language(language) == language
        assert {code: word("return_reason", code) for code in names} == names
