"""Keep the rules current: a rule not reviewed for a while, or one that now holds most of its
cases, raises a reminder; "mark reviewed" clears it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.queries.rule_reminders import rule_reminders
from refunddesk.services.context import AppContext
from refunddesk.services.rule_review import mark_reviewed, set_review_days
from refunddesk.store import rules_repo
from tests.support.refund_rows import add_shop, insert_intents, intent_row

SAVED = datetime(2026, 1, 1, 8, 0, tzinfo=UTC)


def _rule(ctx: AppContext, name: str) -> int:
    saved = rules_repo.save_rule(
        ctx.db, Rule(id="", name=name, trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED), SAVED
    )
    return int(saved.id)


def test_a_rule_not_reviewed_for_the_set_time_is_reminded_until_marked(
    app_context: AppContext,
) -> None:
    db = app_context.db
    rule_id = _rule(app_context, "Anulowania")
    assert rule_reminders(db, SAVED + timedelta(days=89)) == []
    [due] = rule_reminders(db, SAVED + timedelta(days=90))
    assert (due.rule_id, due.name, due.why) == (rule_id, "Anulowania", "not_reviewed")
    set_review_days(db, 200)
    assert rule_reminders(db, SAVED + timedelta(days=90)) == []
    set_review_days(db, 30)
    mark_reviewed(db, rule_id, SAVED + timedelta(days=90))
    assert rule_reminders(db, SAVED + timedelta(days=100)) == []
    assert len(rule_reminders(db, SAVED + timedelta(days=121))) == 1


def test_a_rule_that_now_holds_most_of_its_cases_is_reminded(app_context: AppContext) -> None:
    db = app_context.db
    rule_id = _rule(app_context, "Anulowania")
    shop = add_shop(db)
    after = {"rule_id": rule_id, "created_at": SAVED + timedelta(days=1)}
    rows = [intent_row(shop, n, state="SUCCEEDED", **after) for n in range(2)]
    rows += [intent_row(shop, n, state="HELD", held_reason="ORDER_CAP", **after) for n in (2, 3)]
    # Found when the shop was connected: says nothing about the rule.
    rows += [intent_row(shop, 4, state="HELD", held_reason="BACKLOG", **after)]
    insert_intents(db, rows)
    now = SAVED + timedelta(days=2)
    assert rule_reminders(db, now) == []  # 2 of 5 held: not most

    insert_intents(db, [intent_row(shop, 5, state="HELD", held_reason="ORDER_CAP", **after)])
    insert_intents(db, [intent_row(shop, 6, state="HELD", held_reason="ORDER_CAP", **after)])
    [drift] = rule_reminders(db, now)
    assert (drift.why, drift.cases, drift.affected) == ("holds_most", 7, 4)

    mark_reviewed(db, rule_id, now)
    assert rule_reminders(db, now + timedelta(hours=1)) == []
