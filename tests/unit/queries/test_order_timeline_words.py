"""An order's timeline says what happened in words, in every language, as the Orders screen
reads it: refund steps, the rule that decided, declared returns, a passed dispatch deadline."""

from __future__ import annotations

import dataclasses
import json
from datetime import timedelta

from sqlalchemy import update

from refunddesk.domain.locale_format import format_datetime
from refunddesk.domain.messages import msg, render_text, to_text
from refunddesk.domain.rules import Mode
from refunddesk.queries import orders as q
from refunddesk.services.context import AppContext
from refunddesk.services.demo import starter_rules
from refunddesk.store import models as m
from refunddesk.store import rules_repo

LANGUAGES = ("en", "pl", "zh_CN")
MONEY = {"money": 5499, "currency": "PLN"}  # a stored 54.99 PLN
CODES = ("→", "PLANNED", "SUBMITTING", "SUCCESS", "PARTIAL", "(NEW", "status NEW", "not reached")


def _arm_starter_rules(ctx: AppContext) -> None:
    for rule in starter_rules():
        rules_repo.save_rule(ctx.db, dataclasses.replace(rule, mode=Mode.ARMED), ctx.now())


def _lines(ctx: AppContext, order_id: str, language: str) -> list[tuple[str, str]]:
    """(event type, detail) as the timeline shows them in ``language`` (no-break spaces as
    plain ones)."""
    detail = q.order_detail(ctx.db, 1, order_id, ctx.now())
    assert detail is not None
    return [
        (e.type, render_text(e.detail, language).replace("\u00a0", " ")) for e in detail.timeline
    ]


def _said(ctx: AppContext, order_id: str, language: str, type_: str) -> list[str]:
    return [text for t, text in _lines(ctx, order_id, language) if t == type_]


def _cancelled_and_refunded(ctx: AppContext) -> str:
    _arm_starter_rules(ctx)
    scenario = ctx.demo_shop.scenario
    order = scenario.create_order([{"name": "Lampka", "price": "45.00", "quantity": 1}])
    worker = ctx.make_worker()
    worker.run_once()
    scenario.cancel_as_buyer(order["id"])
    worker.run_once()
    scenario.settle_refunds()
    worker.run_once()
    return str(order["id"])


SENDING = {
    "en": "Sending the refund to Allegro.",
    "pl": "Wysyłanie zwrotu do Allegro.",
    "zh_CN": "正在向 Allegro 发送退款。",
}
REFUNDED = {
    "en": "Refunded PLN 54.99 (confirmed by Allegro).",
    "pl": "Zwrot 54,99 zł: potwierdzony przez Allegro.",
    "zh_CN": "已退款 PLN 54.99（Allegro 已确认）。",
}
DECIDED = {
    "en": "Rule 2 “Refund buyer cancellations” matches. Refund PLN 54.99.",
    "pl": "Reguła 2 „Refund buyer cancellations” pasuje. Zwrot 54,99 zł.",
    "zh_CN": "规则 2“Refund buyer cancellations”匹配。退款 PLN 54.99。",
}


def test_a_refunds_steps_read_in_words_not_codes(demo_context: AppContext) -> None:
    order_id = _cancelled_and_refunded(demo_context)
    for language in LANGUAGES:
        lines = _lines(demo_context, order_id, language)
        assert _said(demo_context, order_id, language, "REFUND_SUBMITTING") == [SENDING[language]]
        assert _said(demo_context, order_id, language, "REFUND_SUCCEEDED") == [REFUNDED[language]]
        # The rule that decided (rule 1 holds only 500 PLN or more), not a rule below it.
        assert _said(demo_context, order_id, language, "DECISION_PLANNED") == [DECIDED[language]]
        for _type, text in lines:
            assert not any(code in text for code in CODES), (language, text)


def test_timelines_stored_by_older_versions_read_the_same_way(demo_context: AppContext) -> None:
    """Rows already in merchants' databases keep their old text; it is worded when read."""
    order_id = _cancelled_and_refunded(demo_context)
    new = {language: _lines(demo_context, order_id, language) for language in LANGUAGES}
    e = m.OrderEvent
    mine = (e.order_id == order_id, e.source == "refund")
    # What the worker wrote before: Allegro's status as it came, a move as two codes.
    old_refunded = {"code": "note.refunded", "values": {"total": MONEY, "status": "SUCCESS"}}
    with demo_context.db.transaction() as s:
        s.execute(
            update(e)
            .where(*mine, e.type == "REFUND_SUCCEEDED")
            .values(detail=json.dumps(old_refunded))
        )
        s.execute(
            update(e)
            .where(*mine, e.type == "REFUND_SUBMITTING")
            .values(detail="PLANNED → SUBMITTING")
        )
        not_reached = msg(
            "trace.rule_not_reached", number=5, rule="Always refund promo items", decided=2
        )
        s.execute(
            update(e).where(*mine, e.type == "DECISION_PLANNED").values(detail=to_text(not_reached))
        )
    for language in LANGUAGES:
        assert _lines(demo_context, order_id, language) == new[language]
        assert _said(demo_context, order_id, language, "REFUND_SUBMITTING") == [SENDING[language]]
        assert _said(demo_context, order_id, language, "REFUND_SUCCEEDED") == [REFUNDED[language]]
        assert _said(demo_context, order_id, language, "DECISION_PLANNED") == [DECIDED[language]]


def test_a_returned_order_names_the_deciding_rule_and_a_declared_return(
    demo_context: AppContext,
) -> None:
    _arm_starter_rules(demo_context)
    scenario = demo_context.demo_shop.scenario
    order = scenario.create_order([{"name": "Kubek", "price": "39.90", "quantity": 2}])
    scenario.mark_sent(order["id"])
    worker = demo_context.make_worker()
    worker.run_once()
    returned = scenario.declare_return(order["id"])
    worker.run_once()  # declared: rule 5 (promo items only) does not match
    scenario.set_return_status(returned["id"], "DELIVERED")
    worker.run_once()  # delivered: rule 4 refunds the returned items, rule 5 is not reached
    declared = {
        "en": "Return declared by the buyer, not received yet: No rule's conditions were met",
        "pl": "Zwrot zgłoszony przez kupującego, jeszcze nie dotarł: Warunki żadnej reguły",
        "zh_CN": "买家已申报退货，尚未收到：没有任何规则的条件得到满足",
    }
    delivered = {
        "en": "Rule 4 “Refund delivered returns of the returned items” matches. Refund PLN 79.80.",
        "pl": "Reguła 4 „Refund delivered returns of the returned items” pasuje. Zwrot 79,80 zł.",
        "zh_CN": "规则 4“Refund delivered returns of the returned items”匹配。退款 PLN 79.80。",
    }
    for language in LANGUAGES:
        assert _said(demo_context, order["id"], language, "DECISION_PLANNED") == [
            delivered[language]
        ]
        [no_refund] = _said(demo_context, order["id"], language, "DECISION_NO_ACTION")
        assert no_refund.startswith(declared[language])


def test_a_late_order_says_its_dispatch_deadline_passed(demo_context: AppContext) -> None:
    scenario, shop = demo_context.demo_shop.scenario, demo_context.demo_shop
    due = demo_context.now() + timedelta(days=1)
    late = scenario.create_order(dispatch_deadline=due.isoformat())
    on_time = scenario.create_order(dispatch_deadline=due.isoformat())
    worker = demo_context.make_worker()
    worker.run_once()
    scenario.mark_sent(on_time["id"])
    assert _said(demo_context, late["id"], "en", "DISPATCH_DEADLINE_PASSED") == []  # not yet
    shop.clock.advance(3 * 24 * 3600)
    worker.run_once()
    said = {
        "en": "The deadline was {} and the order had not been sent.",
        "pl": "Termin minął {}, a zamówienie nie zostało wysłane.",
        "zh_CN": "发货截止时间为 {}，订单当时尚未发出。",
    }
    for language in LANGUAGES:
        when = format_datetime(due.astimezone(), language).replace("\u00a0", " ")
        assert _said(demo_context, late["id"], language, "DISPATCH_DEADLINE_PASSED") == [
            said[language].format(when)
        ]
        assert _said(demo_context, on_time["id"], language, "DISPATCH_DEADLINE_PASSED") == []
    detail = q.order_detail(demo_context.db, 1, late["id"], demo_context.now())
    assert detail is not None
    [line] = [e for e in detail.timeline if e.type == "DISPATCH_DEADLINE_PASSED"]
    assert line.occurred_at == due  # in its place in the story: at the deadline


def test_a_returns_line_and_a_notices_status_read_in_words(demo_context: AppContext) -> None:
    scenario = demo_context.demo_shop.scenario
    order = scenario.create_order([{"name": "Kubek", "price": "39.90", "quantity": 2}])
    scenario.mark_sent(order["id"])
    worker = demo_context.make_worker()
    worker.run_once()
    returned = scenario.declare_return(order["id"])
    worker.run_once()
    reference = returned.get("referenceNumber") or returned["id"]
    word = {"en": "Return", "pl": "Zwrot", "zh_CN": "退货"}
    for language in LANGUAGES:
        [line] = [t for k, t in _lines(demo_context, order["id"], language) if k.startswith("RET")]
        assert line.startswith(f"{word[language]} {reference}")
        assert "2× Kubek" in line

    # Rows stored before: the return as plain English, a notice with Allegro's status code.
    e = m.OrderEvent
    blocked = msg("timeline.notice_status", channel=msg("channel.ALLEGRO"), recipient="ola")
    blocked.values["status"] = "BLOCKED"
    with demo_context.db.transaction() as s:
        s.execute(
            update(e)
            .where(e.order_id == order["id"], e.source == "return")
            .values(detail=f"return {reference}: 2× Kubek")
        )
        s.add(
            e(
                shop_id=1,
                order_id=order["id"],
                source="notice",
                source_id="old-notice",
                type="NOTICE_FAILED",
                occurred_at=demo_context.now(),
                detail=to_text(blocked),
            )
        )
    said = {
        "en": "blocked by Allegro's moderation",
        "pl": "zablokowane przez moderację Allegro",
        "zh_CN": "被 Allegro 审核拦截",
    }
    for language in LANGUAGES:
        [line] = [t for k, t in _lines(demo_context, order["id"], language) if k.startswith("RET")]
        colon = "：" if language == "zh_CN" else ": "
        assert line == f"{word[language]} {reference}{colon}2× Kubek"
        [notice] = _said(demo_context, order["id"], language, "NOTICE_FAILED")
        assert said[language] in notice and "BLOCKED" not in notice
