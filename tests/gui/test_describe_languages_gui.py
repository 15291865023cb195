"""The rule summaries on screen follow the app language: editor, rule list and refund detail."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule
from refunddesk.gui import i18n
from refunddesk.gui.models.rules_model import COL_NAME, COL_SUMMARY
from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.gui.services import GuiServices
from refunddesk.services.context import AppContext
from refunddesk.store import rules_repo
from tests.support.refund_rows import add_shop, insert_intents, intent_row
from tests.support.rules_ui import settle

CANCEL_EN = "When a buyer cancels a paid order, refund everything including delivery."
CANCEL_PL = (
    "Gdy kupujący anuluje opłacone zamówienie, zwróć całą kwotę zamówienia wraz z kosztem dostawy."
)
CANCEL_ZH = "当买家取消已付款订单时，退还全部款项（含运费）。"


def test_editor_and_rule_list_summaries_switch_language(
    qtbot: QtBot, rules_screen: Any, gui_services: Any, app_language: i18n.LanguageSwitcher
) -> None:
    rules_screen.add_starter(1)  # "Refund buyer cancellations"
    settle(qtbot, gui_services)
    editor, model = rules_screen.editor, rules_screen.model
    summary = model.index(0, COL_SUMMARY)
    assert editor.summary.text().startswith(CANCEL_EN)
    assert model.data(summary) == model.data(summary, Qt.ItemDataRole.ToolTipRole)
    assert model.data(summary).startswith(CANCEL_EN)

    assert app_language.set_language("pl") == "pl"
    assert editor.summary.text() == (
        f"{CANCEL_PL} Kupujący dostaje wiadomość „Zwrot po anulowaniu”. "
        "Tryb próbny: reguła tylko zapisuje, co by zrobiła."
    )
    assert model.data(summary).startswith(CANCEL_PL)
    assert CANCEL_PL in model.data(model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole)

    assert app_language.set_language("zh_CN") == "zh_CN"
    assert editor.summary.text().startswith(CANCEL_ZH)
    assert model.data(summary).startswith(CANCEL_ZH)

    # A reload (after a save, say) brings the summaries in the language now shown.
    rules_screen.refresh()
    settle(qtbot, gui_services)
    assert model.data(summary).startswith(CANCEL_ZH)

    assert app_language.set_language("en") == "en"
    assert editor.summary.text().startswith(CANCEL_EN)
    assert model.data(summary).startswith(CANCEL_EN)


def test_refund_detail_describes_its_rule_in_the_app_language(
    qtbot: QtBot,
    gui_services: GuiServices,
    app_context: AppContext,
    app_language: i18n.LanguageSwitcher,
) -> None:
    rule = Rule(
        id="",
        name="Anulowane",
        trigger=Trigger.BUYER_CANCELLED,
        mode=Mode.ARMED,
        caps=(Money(10000, "PLN"),),
    )
    saved = rules_repo.save_rule(app_context.db, rule, app_context.now())
    shop = add_shop(app_context.db)
    insert_intents(
        app_context.db,
        [intent_row(shop, 1, state="SUCCEEDED", rule_id=int(saved.id), rule_version=1)],
    )
    assert app_language.set_language("pl") == "pl"
    refunds = RefundsScreen(gui_services)
    qtbot.addWidget(refunds)
    qtbot.waitUntil(lambda: refunds.model.total == 1 and refunds.model.row_at(0) is not None)
    refunds.table.selectRow(0)
    qtbot.waitUntil(lambda: refunds.detail.detail is not None)
    detail = refunds.detail.detail
    assert detail is not None and detail.rule_summary.startswith(CANCEL_PL)  # loaded in Polish
    assert f"{CANCEL_PL} Zwroty powyżej 100,00 zł czekają na Twoją zgodę." in refunds.detail.text()

    assert app_language.set_language("zh_CN") == "zh_CN"
    assert f"{CANCEL_ZH}超过 PLN 100.00 的退款需等待您的批准。" in refunds.detail.text()

    assert app_language.set_language("en") == "en"
    assert "Refunds above PLN 100.00 wait for your approval." in refunds.detail.text()
