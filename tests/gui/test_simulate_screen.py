"""The Simulate screen driven by clicks and typing: each trigger, the demo run, saved scenarios."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSizePolicy
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, RefundScope, Rule, RuleAction
from refunddesk.gui import i18n
from refunddesk.gui.formatting import format_money
from refunddesk.gui.models.simulate_regression import CHANGED_BRUSH
from refunddesk.gui.screens.simulate import SimulateScreen
from refunddesk.gui.services import GuiServices
from refunddesk.store import rules_repo


def pln(text: str) -> Money:
    return Money.parse(text, "PLN")


@pytest.fixture
def screen(qtbot: QtBot, gui_services: GuiServices) -> SimulateScreen:
    w = SimulateScreen(gui_services)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    return w


def _type_item(qtbot: QtBot, w: SimulateScreen, name: str, price: str, qty: int) -> None:
    c = w.composer
    qtbot.keyClicks(c.name_edit, name)
    qtbot.keyClicks(c.price_edit, price)
    c.quantity_spin.selectAll()
    qtbot.keyClicks(c.quantity_spin, str(qty))
    qtbot.mouseClick(c.add_typed_button, Qt.MouseButton.LeftButton)


def _compose(qtbot: QtBot, w: SimulateScreen) -> None:
    _type_item(qtbot, w, "Kubek", "39,99", 2)
    _type_item(qtbot, w, "Charger", "129.00", 1)
    w.composer.delivery_edit.clear()
    qtbot.keyClicks(w.composer.delivery_edit, "12.99")


def _simulate(qtbot: QtBot, w: SimulateScreen) -> None:
    w.last_result = None
    qtbot.mouseClick(w.simulate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.last_result is not None, timeout=5000)


def _breakdown(w: SimulateScreen) -> dict[str, str]:
    table = w.result_view.breakdown
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_each_trigger_shows_the_deciding_rule_and_breakdown(
    qtbot: QtBot, screen: SimulateScreen, gui_services: GuiServices
) -> None:
    db, now = gui_services.ctx.db, gui_services.ctx.now()
    for rule in (
        Rule("", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.ARMED),
        Rule("", "Late parcels", Trigger.NOT_SENT_IN_TIME, mode=Mode.ARMED),
        Rule(
            "",
            "Returns",
            Trigger.RETURN_DELIVERED,
            action=RuleAction(scope=RefundScope.RETURNED_ITEMS, include_delivery=False),
        ),
        Rule("", "Declared", Trigger.RETURN_DECLARED),
    ):
        rules_repo.save_rule(db, rule, now)
    w = screen
    qtbot.mouseClick(w.simulate_button, Qt.MouseButton.LeftButton)
    assert w.status_label.text() == "Add at least one item to the test order."
    _compose(qtbot, w)
    assert w.composer.model.rowCount() == 2

    _simulate(qtbot, w)  # the buyer cancels (the default)
    assert w.result_view.headline.text().startswith("Refund: ")
    assert "Decided by: Cancellations (version 1)" in w.result_view.details.text()
    assert "Reason Allegro records: Cancelled by the buyer" in w.result_view.details.text()
    rows = _breakdown(w)
    assert "2 × Kubek" in rows and "1 × Charger" in rows
    assert rows["Delivery"] == format_money(pln("12.99"))
    assert rows["Refund"] == format_money(pln("221.97"))
    assert "no refund is made and no message is sent" in w.result_view.nothing_sent.text()
    # No notice: a line, not a box; the room goes to the breakdown and the rules.
    notice = w.result_view
    assert notice.notice_exact.text() == "The buyer gets no notice for this."
    assert notice.notice.isHidden()
    assert notice.notice_box.sizePolicy().verticalPolicy() is QSizePolicy.Policy.Maximum

    qtbot.mouseClick(w.picker.radios[Trigger.NOT_SENT_IN_TIME], Qt.MouseButton.LeftButton)
    _simulate(qtbot, w)
    assert "Late parcels" in w.result_view.details.text()
    assert w.result_view.trace.item(0).text().startswith("Rule 1 “Cancellations” skipped")

    qtbot.mouseClick(w.picker.radios[Trigger.RETURN_DELIVERED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.simulate_button, Qt.MouseButton.LeftButton)
    assert "Choose which items come back" in w.status_label.text()
    view = w.composer.items_view
    rect = view.visualRect(w.composer.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    w.picker.returned_spin.selectAll()
    qtbot.keyClicks(w.picker.returned_spin, "1")
    assert w.composer.model.returned()[0].quantity == 1
    _simulate(qtbot, w)
    assert "Returns" in w.result_view.details.text()
    assert "shadow rule" in w.result_view.headline.text()
    rows = _breakdown(w)
    assert rows["Refund"] == format_money(pln("39.99")) and "Delivery" not in rows

    qtbot.mouseClick(w.picker.radios[Trigger.RETURN_DECLARED], Qt.MouseButton.LeftButton)
    _simulate(qtbot, w)
    assert "Declared" in w.result_view.details.text()
    # This rule refunds the whole order, whatever comes back.
    assert _breakdown(w)["Refund"] == format_money(pln("221.97"))


def test_run_for_real_on_the_demo_shop_ends_with_the_ledger_matching(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    ctx = demo_gui_services.ctx
    rules_repo.save_rule(
        ctx.db, Rule("", "Cancel", Trigger.BUYER_CANCELLED, mode=Mode.ARMED), ctx.now()
    )
    w = SimulateScreen(demo_gui_services)
    qtbot.addWidget(w)
    assert w.demo_button.isEnabled()
    assert ctx.demo_shop is not None
    before = ctx.demo_shop.clock.now()  # frozen in tests: any shift would show
    _compose(qtbot, w)
    qtbot.mouseClick(w.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.last_demo_run is not None, timeout=20000)
    run = w.last_demo_run
    assert run is not None and run.moved == pln("221.97")
    text = w.result_view.demo_label.text()
    assert "The ledger matches the prediction." in text
    # It ran on a throwaway copy: the banner says so, the merchant's demo shop is untouched.
    banner = w.result_view.nothing_sent.text()
    assert "practice copy" in banner and "this is a simulation" not in banner.lower()
    assert ctx.demo_shop is not None
    assert run.order_id not in ctx.demo_shop.state.orders
    assert ctx.demo_shop.clock.now() == before


def test_without_a_demo_shop_the_real_run_says_why(screen: SimulateScreen) -> None:
    assert not screen.demo_button.isEnabled()
    assert "--demo" in screen.demo_button.toolTip()


def test_saved_scenario_regression_highlights_a_changed_outcome(
    qtbot: QtBot, screen: SimulateScreen, gui_services: GuiServices
) -> None:
    db, now = gui_services.ctx.db, gui_services.ctx.now()
    saved = rules_repo.save_rule(
        db, Rule("", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.ARMED), now
    )
    w = screen
    _compose(qtbot, w)
    qtbot.keyClicks(w.name_edit, "Two mugs and a charger")
    qtbot.mouseClick(w.save_button, Qt.MouseButton.LeftButton)
    model = w.regression.model
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5000)
    assert not model.rows()[0].changed
    # The merchant caps cancellations at 100 PLN: the saved scenario now holds.
    rules_repo.save_rule(db, replace(saved, caps=(pln("100.00"),)), now)
    qtbot.mouseClick(w.regression.rerun_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: model.rows()[0].now.outcome == "HOLD", timeout=5000)
    assert model.data(model.index(0, 2)) == "Refund"
    assert model.data(model.index(0, 5)) == "Held for your approval"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole) == CHANGED_BRUSH
    assert w.regression.summary.text() == "1 scenario, 1 changed"


def test_draft_provider_is_offered_and_used(qtbot: QtBot, screen: SimulateScreen) -> None:
    draft = [Rule("9", "Draft cancel", Trigger.BUYER_CANCELLED, mode=Mode.ARMED)]
    screen.set_draft_provider(lambda: draft)
    combo = screen.rules_combo
    combo.setCurrentIndex(combo.findData("draft"))
    _compose(qtbot, screen)
    _simulate(qtbot, screen)
    assert "Draft cancel" in screen.result_view.details.text()


def test_labels_are_translated_into_polish_and_chinese(
    qapp: QApplication, screen: SimulateScreen, tmp_path: Path
) -> None:
    switcher = i18n.LanguageSwitcher(qapp, tmp_path)
    try:
        assert switcher.set_language("pl") == "pl"
        assert screen.title_label.text() == "Symulacja"
        assert screen.simulate_button.text() == "Symuluj"  # the button says what it does
        assert screen.tabs.tabText(2) == "Test wsteczny"
        assert screen.composer.add_typed_button.text() == "Dodaj produkt"
        assert screen.picker.radios[Trigger.BUYER_CANCELLED].text() == "Kupujący anuluje"
        assert screen.backtest_panel.run_button.text() == "Uruchom test wsteczny"
        assert screen.composer.payment_combo.itemText(2) == "Za pobraniem"
        assert switcher.set_language("zh_CN") == "zh_CN"
        assert screen.title_label.text() == "模拟"
        assert screen.save_button.text() == "保存场景"
        assert screen.regression.rerun_button.text() == "使用当前规则全部重新运行"
        assert screen.composer.model.headerData(1, Qt.Orientation.Horizontal) == "单价"
    finally:
        switcher.set_language("en")
    assert screen.title_label.text() == "Simulate"


def test_the_chinese_verdict_has_a_full_width_colon(
    qtbot: QtBot,
    screen: SimulateScreen,
    gui_services: GuiServices,
    app_language: i18n.LanguageSwitcher,
) -> None:
    db, now = gui_services.ctx.db, gui_services.ctx.now()
    rules_repo.save_rule(db, Rule("", "Cancellations", Trigger.BUYER_CANCELLED), now)
    _compose(qtbot, screen)
    app_language.set_language("zh_CN")
    _simulate(qtbot, screen)
    headline = screen.result_view.headline.text()
    assert f"：{format_money(pln('221.97'))}" in headline and ": " not in headline
    app_language.set_language("en")
    _simulate(qtbot, screen)
    assert screen.result_view.headline.text().startswith("Refund: ")


def test_a_scenario_that_cannot_run_clears_the_last_result(
    qtbot: QtBot, screen: SimulateScreen, gui_services: GuiServices
) -> None:
    rules_repo.save_rule(
        gui_services.ctx.db,
        Rule("", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.ARMED),
        gui_services.ctx.now(),
    )
    _compose(qtbot, screen)
    _simulate(qtbot, screen)
    assert "Cancellations" in screen.result_view.details.text()

    # A return, but no item chosen to come back: it cannot be simulated.
    screen.picker.set_trigger(Trigger.RETURN_DELIVERED)
    qtbot.mouseClick(screen.simulate_button, Qt.MouseButton.LeftButton)
    assert screen.status_label.text().startswith("Choose which items come back")
    # The cancellation's verdict is gone, not left to be read as the return's.
    assert screen.result_view.result is None
    assert "Cancellations" not in screen.result_view.details.text()
    assert screen.result_view.breakdown.rowCount() == 0
