"""Review: the holds found when a shop was connected ("ask") are approved in one click."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from refunddesk.domain.money import Money
from refunddesk.gui import msgbox
from refunddesk.gui.formatting import format_money
from refunddesk.gui.screens.review import ReviewScreen
from refunddesk.gui.services import GuiServices
from refunddesk.services.context import AppContext
from refunddesk.store import models as m
from tests.support.refund_rows import add_shop, insert_intents, intent_row


def _holds(ctx: AppContext) -> None:
    shop_id = add_shop(ctx.db)
    held = {"state": "HELD", "trigger": "BUYER_CANCELLED"}
    insert_intents(
        ctx.db,
        [
            *(
                intent_row(
                    shop_id, n, **held, held_reason="BACKLOG", held_detail="BACKLOG", backlog=True
                )
                for n in (1, 2, 3)
            ),
            # Found at connect but also above a cap: looked at on its own.
            intent_row(
                shop_id,
                4,
                **held,
                held_reason="BACKLOG",
                held_detail="BACKLOG; OVER_CAP",
                backlog=True,
            ),
            intent_row(shop_id, 5, **held, held_reason="OVER_CAP", held_detail="OVER_CAP"),
        ],
    )


def _amount(n: int) -> int:
    return (n * 7919) % 100_000 + 1  # what intent_row gives refund number n


def test_one_click_approves_every_hold_found_at_connect_after_showing_the_total(
    qtbot: QtBot,
    gui_services: GuiServices,
    app_context: AppContext,
    message_log: msgbox.HeadlessMessages,
) -> None:
    _holds(app_context)
    screen = ReviewScreen(gui_services)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.loaded)
    button = screen.approve_backlog_button
    assert button.isVisible() and "(3)" in button.text()
    screen.select_order("order-0000001")
    assert screen.next_label.text().startswith("Found when the shop was connected")

    message_log.answer_next(False)  # "no" changes nothing
    qtbot.mouseClick(button, _left())
    question = message_log.of_kind(msgbox.MessageKind.QUESTION)[-1]
    total = format_money(Money(sum(_amount(n) for n in (1, 2, 3)), "PLN"))
    assert total in question.text and "3" in question.text
    assert screen.model.rowCount() == 5

    message_log.answer_next(True)
    qtbot.mouseClick(button, _left())
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2)
    assert not button.isVisible()
    with app_context.db.sessions() as s:
        rows = {i.order_id: (i.state, i.approved) for i in s.scalars(select(m.RefundIntent))}
    for n in (1, 2, 3):
        assert rows[f"order-{n:07d}"] == ("PLANNED", True)  # sent on the next round
    assert rows["order-0000004"] == ("HELD", False)
    assert rows["order-0000005"] == ("HELD", False)


def _left() -> object:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
