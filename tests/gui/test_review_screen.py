"""Review screen end to end on the demo shop: hold, approve, refund; dismiss needs a note."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from refunddesk.automation.worker import Worker
from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule
from refunddesk.gui import msgbox
from refunddesk.gui.formatting import format_money
from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.gui.screens.review import ReviewScreen
from refunddesk.gui.services import GuiServices
from refunddesk.queries.refunds import refund_detail
from refunddesk.services.context import AppContext
from refunddesk.store import rules_repo
from tests.support.poison import Poisoner, set_at
from tests.support.refund_rows import add_shop, insert_intents, intent_row

ITEMS = [
    {"offerId": "17002", "name": "Ładowarka USB-C 65W", "price": "129.00", "quantity": 1},
    {"offerId": "17003", "name": "Plecak turystyczny 30 l", "price": "199.90", "quantity": 1},
]
PAID = 12900 + 19990 + 1299


def _review(qtbot: QtBot, services: GuiServices) -> ReviewScreen:
    screen = ReviewScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1280, 800)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded)
    return screen


def _held_cancellations(ctx: AppContext, count: int = 1) -> tuple[Worker, list[str]]:
    """Buyers cancel ``count`` orders above an armed rule's 100 zł cap: each one is held."""
    rule = Rule(
        id="",
        name="Anulowania",
        trigger=Trigger.BUYER_CANCELLED,
        mode=Mode.ARMED,
        caps=(Money(10000, "PLN"),),
    )
    rules_repo.save_rule(ctx.db, rule, ctx.now())
    scenario = ctx.demo_shop.scenario  # type: ignore[union-attr]
    orders = [scenario.create_order(ITEMS, delivery_cost="12.99")["id"] for _ in range(count)]
    worker = ctx.make_worker()
    worker.run_once()
    for order_id in orders:
        scenario.cancel_as_buyer(order_id)
    worker.run_once()
    return worker, orders


def test_a_held_refund_is_approved_and_arrives_as_refunded(
    qtbot: QtBot,
    demo_gui_services: GuiServices,
    demo_context: AppContext,
    message_log: msgbox.HeadlessMessages,
) -> None:
    # The same worker goes on: a second one would wait for the first one's lease to expire.
    worker, (order_id,) = _held_cancellations(demo_context)
    screen = _review(qtbot, demo_gui_services)
    assert screen.model.rowCount() == 1
    screen.select_order(order_id)
    assert screen.reason_label.text() == "Held for you."
    assert "cap" in screen.next_label.text()
    assert screen.approve_button.isEnabled() and not screen.retry_button.isEnabled()

    message_log.answer_next(True)
    qtbot.mouseClick(screen.approve_button, qtbot_button())
    question = message_log.of_kind(msgbox.MessageKind.QUESTION)[-1]
    assert format_money(Money(PAID, "PLN")) in question.text
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.count_label.text() == "Nothing waits for you."
    # The row has gone: the screen says what became of it and what comes next.
    assert screen.done_label.isVisible()
    assert screen.done_label.text() == "Approved: it is sent to Allegro in the next round."

    worker.run_once()
    demo_context.demo_shop.scenario.settle_refunds()  # type: ignore[union-attr]
    worker.run_once()
    assert sum(e["amountMinor"] for e in demo_context.demo_shop.scenario.ledger(order_id)) == PAID  # type: ignore[union-attr]

    refunds = RefundsScreen(demo_gui_services)
    qtbot.addWidget(refunds)
    qtbot.waitUntil(lambda: refunds.model.total == 1 and refunds.model.row_at(0) is not None)
    assert refunds.model.data(refunds.model.index(0, 4)) == "Refunded"
    refunds.table.selectRow(0)
    qtbot.waitUntil(lambda: refunds.detail.detail is not None)
    text = refunds.detail.text()
    attempt = next(a for a in refunds.detail.detail.attempts if a.method == "POST")  # type: ignore[union-attr]
    assert attempt.http_status == 200 and attempt.trace_id and attempt.trace_id in text
    assert "Rule “Anulowania”, version 1" in text
    assert "When a buyer cancels a paid order" in text  # describe() of that exact version
    assert "· Approved" in text  # what a person did, in words (not the stored code)


def qtbot_button() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_dismiss_needs_a_note(
    qtbot: QtBot, demo_gui_services: GuiServices, demo_context: AppContext
) -> None:
    _worker, (order_id,) = _held_cancellations(demo_context)
    screen = _review(qtbot, demo_gui_services)
    screen.select_order(order_id)
    qtbot.mouseClick(screen.dismiss_button, qtbot_button())
    dialog = screen.note_dialog
    assert dialog is not None and dialog.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.note_edit, "   ")
    assert not dialog.ok_button.isEnabled()
    dialog.note_edit.clear()
    qtbot.keyClicks(dialog.note_edit, "Paid back in cash")
    qtbot.mouseClick(dialog.ok_button, qtbot_button())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 0)
    assert screen.done_label.text().startswith("Dismissed: no refund is sent.")
    assert demo_context.demo_shop.scenario.ledger(order_id) == []  # type: ignore[union-attr]
    detail = refund_detail(demo_context.db, 1)
    assert detail is not None and detail.row.state == "DISMISSED"
    assert [(a.action, a.note) for a in detail.actions] == [("dismiss", "Paid back in cash")]


def test_batch_approval_confirms_the_total_per_currency(
    qtbot: QtBot,
    gui_services: GuiServices,
    app_context: AppContext,
    message_log: msgbox.HeadlessMessages,
    qtmodeltester: object,
) -> None:
    shop = add_shop(app_context.db)
    insert_intents(
        app_context.db,
        [
            intent_row(shop, 1, state="HELD", held_reason="OVER_CAP", amount_minor=10050),
            intent_row(shop, 2, state="HELD", held_reason="OVER_CAP", amount_minor=2000),
            intent_row(shop, 3, state="HELD", amount_minor=700, currency="EUR"),
            intent_row(shop, 4, state="UNCONFIRMED"),
        ],
    )
    screen = _review(qtbot, gui_services)
    assert screen.model.rowCount() == 4
    qtmodeltester.check(screen.model)  # type: ignore[attr-defined]
    screen.table.selectRow(3)
    assert "nothing to do yet" in screen.next_label.text()
    assert not screen.approve_button.isEnabled() and not screen.retry_button.isEnabled()
    screen.table.selectAll()
    assert not screen.approve_button.isEnabled()  # an unconfirmed one is among them
    screen.table.clearSelection()
    for row in range(3):
        screen.table.selectionModel().select(
            screen.model.index(row, 0),
            screen.table.selectionModel().SelectionFlag.Select
            | screen.table.selectionModel().SelectionFlag.Rows,
        )
    message_log.answer_next(False)
    qtbot.mouseClick(screen.approve_button, qtbot_button())
    question = message_log.of_kind(msgbox.MessageKind.QUESTION)[-1]
    expected = f"{format_money(Money(700, 'EUR'))} + {format_money(Money(12050, 'PLN'))}"
    assert expected in question.text and "3" in question.text
    gui_services.wait_idle()
    qtbot.wait(50)
    assert screen.model.rowCount() == 4  # answered no: nothing changed


def test_open_in_allegro_uses_the_order_page(
    qtbot: QtBot, gui_services: GuiServices, app_context: AppContext
) -> None:
    shop = add_shop(app_context.db)
    insert_intents(app_context.db, [intent_row(shop, 7, state="FAILED", failure_detail="CANCELED")])
    screen = _review(qtbot, gui_services)
    opened: list[str] = []
    screen.open_url = lambda url: opened.append(url) is None
    screen.table.selectRow(0)
    assert screen.retry_button.isEnabled() and not screen.approve_button.isEnabled()
    assert screen.reason_label.text() == "Failed: CANCELED"
    qtbot.mouseClick(screen.open_button, qtbot_button())
    assert opened == ["https://allegro.pl/moje-allegro/sprzedaz/zamowienia/order-0000007"]


def test_an_order_set_aside_as_unreadable_is_shown_in_review(
    qtbot: QtBot,
    demo_gui_services: GuiServices,
    demo_context: AppContext,
    message_log: msgbox.HeadlessMessages,
) -> None:
    # Allegro sends a quantity of NaN for one order: the sync sets that order aside, and Review
    # (where a merchant looks for what waits on them) says so, not only the Orders screen.
    shop = demo_context.demo_shop
    assert shop is not None
    order_id = shop.scenario.create_order(ITEMS, delivery_cost="12.99")["id"]
    poisoner = Poisoner()
    poisoner.poison(order_id, "form", set_at(["lineItems", 0, "quantity"], float("nan")))
    shop.answer_hook = poisoner
    try:
        demo_context.make_worker().run_once()
    finally:
        shop.answer_hook = None
    assert poisoner.applied
    screen = _review(qtbot, demo_gui_services)
    qtbot.waitUntil(lambda: screen.banner.isVisibleTo(screen), timeout=5000)
    assert screen.banner.label.text() == "1 order could not be read from Allegro."
    qtbot.mouseClick(screen.banner.details, qtbot_button())
    shown = message_log.of_kind(msgbox.MessageKind.WARNING)
    assert order_id in shown[-1].details and "quantity" in shown[-1].details


def test_an_approval_while_automation_is_paused_says_it_waits(
    qtbot: QtBot,
    demo_gui_services: GuiServices,
    demo_context: AppContext,
    message_log: msgbox.HeadlessMessages,
) -> None:
    worker, (order_id,) = _held_cancellations(demo_context)
    worker.pause()
    screen = _review(qtbot, demo_gui_services)
    screen.select_order(order_id)
    message_log.answer_next(True)
    qtbot.mouseClick(screen.approve_button, qtbot_button())
    qtbot.waitUntil(lambda: screen.done_label.isVisible())
    assert screen.done_label.text() == (
        "Approved: it is sent to Allegro in the next round. Automation is paused: nothing is"
        " sent until you resume it."
    )


def test_a_dismissed_refund_is_reopened_from_the_refunds_screen_and_held_again(
    qtbot: QtBot,
    demo_gui_services: GuiServices,
    demo_context: AppContext,
    message_log: msgbox.HeadlessMessages,
) -> None:
    worker, (order_id,) = _held_cancellations(demo_context)
    review_screen = _review(qtbot, demo_gui_services)
    review_screen.select_order(order_id)
    intent_id = review_screen.selected_ids()[0]
    review_screen._dismiss([intent_id], "wrong row")
    qtbot.waitUntil(lambda: review_screen.model.rowCount() == 0)

    screen = RefundsScreen(demo_gui_services)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total == 1 and not screen.model.loading)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.detail.detail is not None)
    assert screen.detail.reopen_button.isVisible()
    qtbot.mouseClick(screen.detail.reopen_button, qtbot_button())
    dialog = screen.reopen_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.ok_button.isEnabled()  # the note is optional
    assert format_money(Money(PAID, "PLN")) in dialog.text_label.text()
    qtbot.keyClicks(dialog.note_edit, "it was the right one")
    qtbot.mouseClick(dialog.ok_button, qtbot_button())

    qtbot.waitUntil(lambda: review_screen.model.rowCount() == 1)  # back on Review, held
    # Said where it went (under a "dismissed" filter the row just leaves the list).
    qtbot.waitUntil(lambda: bool(message_log.of_kind(msgbox.MessageKind.INFORMATION)))
    (said,) = message_log.of_kind(msgbox.MessageKind.INFORMATION)
    assert said.text.startswith("Reopened: it waits on Review for your approval")
    detail = refund_detail(demo_context.db, intent_id)
    assert detail is not None and detail.row.state == "HELD"
    assert detail.held_reason == "REOPENED"
    assert [a.action for a in detail.actions] == ["dismiss", "reopen"]
    qtbot.waitUntil(lambda: not screen.detail.reopen_button.isVisible())
    worker.run_once()
    assert demo_context.demo_shop.scenario.ledger(order_id) == []  # type: ignore[union-attr]


def test_only_a_dismissed_refund_offers_to_reopen(
    qtbot: QtBot, demo_gui_services: GuiServices, demo_context: AppContext
) -> None:
    _held_cancellations(demo_context)
    screen = RefundsScreen(demo_gui_services)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitUntil(lambda: screen.model.total == 1 and not screen.model.loading)
    screen.table.selectRow(0)
    qtbot.waitUntil(lambda: screen.detail.detail is not None)
    assert screen.detail.detail is not None and screen.detail.detail.row.state == "HELD"
    assert not screen.detail.reopen_button.isVisible()
