"""Rule services: the 30-day arming preview, firing stats, groups, duplicate, import/export."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions, ProductFilter
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.domain.rules_json import RulesFileError
from refunddesk.domain.starter_rules import starter_rules
from refunddesk.queries import rules as rule_queries
from refunddesk.services import rules as svc
from refunddesk.store import models as m
from refunddesk.store import rules_repo

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CAPPED = Rule(
    id="",
    name="Cancellations up to 105 PLN",
    trigger=Trigger.BUYER_CANCELLED,
    caps=(Money(10500, "PLN"),),
)


def test_arming_preview_counts_what_the_rule_would_have_done(cancelled_history: Any) -> None:
    ctx = cancelled_history
    preview = svc.arming_preview(ctx.db, [CAPPED], 0, ctx.now())
    # 100.99 and 29.99 refunded; 109.99 is above the cap, so held.
    assert (preview.cases, preview.refunds, preview.holds) == (3, 2, 1)
    assert preview.refund_amounts == (Money(13098, "PLN"),)
    assert preview.held_amounts == (Money(10999, "PLN"),)


def test_an_earlier_rule_decides_first_in_the_preview(cancelled_history: Any) -> None:
    ctx = cancelled_history
    small = Rule(
        id="7",
        name="Small ones by hand",
        trigger=Trigger.BUYER_CANCELLED,
        conditions=Conditions(total_under=Money(5000, "PLN")),
        action=RuleAction(require_review=True),
    )
    preview = svc.arming_preview(ctx.db, [small, CAPPED], 1, ctx.now())
    assert (preview.refunds, preview.holds) == (1, 1)
    assert preview.refund_amounts == (Money(10099, "PLN"),)
    # The case the earlier rule took is named with it (the dialog says who decided it).
    assert preview.decided_earlier == (("Small ones by hand", 1),)
    assert svc.arming_preview(ctx.db, [CAPPED], 0, ctx.now()).decided_earlier == ()


def test_arming_preview_looks_back_thirty_days_only(cancelled_history: Any) -> None:
    ctx = cancelled_history
    later = ctx.now() + timedelta(days=31)
    assert svc.arming_preview(ctx.db, [CAPPED], 0, later).cases == 0


def test_other_triggers_see_no_cancellations(cancelled_history: Any) -> None:
    ctx = cancelled_history
    rule = replace(starter_rules()[3], id="")
    preview = svc.arming_preview(ctx.db, [rule], 0, ctx.now())
    assert (preview.cases, preview.refunds, preview.holds) == (0, 0, 0)


def _intent(rule_id: int, state: str, minor: int, created: datetime, n: int) -> dict[str, Any]:
    return {
        "shop_id": 1,
        "order_id": f"o{n}",
        "trigger": "BUYER_CANCELLED",
        "scope": "order",
        "state": state,
        "mode": "armed",
        "rule_id": rule_id,
        "rule_version": 1,
        "amount_minor": minor,
        "currency": "PLN",
        "reason_code": "CANCELLED_BY_BUYER",
        "detected_at": created,
        "created_at": created,
        "updated_at": created,
    }


def test_rule_stats_count_the_last_thirty_days(app_context: Any) -> None:
    db = app_context.db
    from refunddesk.services import shops

    shops.add_shop(db, app_context.secrets, name="S", environment="demo", client_id="c",
                   client_secret="x", api_url="http://127.0.0.1:1", now=NOW)  # fmt: skip
    rule = rules_repo.save_rule(db, starter_rules()[1], NOW)
    rid = int(rule.id)
    rows = [
        _intent(rid, "SUCCEEDED", 10999, NOW - timedelta(days=1), 1),
        _intent(rid, "SHADOW", 2000, NOW - timedelta(days=29), 2),
        _intent(rid, "DISMISSED", 5000, NOW - timedelta(days=2), 3),  # not refunded
        _intent(rid, "SUCCEEDED", 7000, NOW - timedelta(days=31), 4),  # too old
    ]
    with db.transaction() as s:
        s.execute(insert(m.RefundIntent), rows)
    stats = rule_queries.rule_stats(db, NOW)
    assert stats == {rule.id: rule_queries.RuleStats(2, (Money(12999, "PLN"),))}


def test_duplicate_goes_right_after_the_original_in_shadow(app_context: Any) -> None:
    db = app_context.db
    saved = svc.add_starter_rules(db, range(3), NOW)
    armed = svc.set_mode(db, saved[0].id, Mode.ARMED, NOW)
    assert armed.version == 2
    copy = svc.duplicate_rule(db, saved[0].id, "Copy", NOW)
    rules = rules_repo.load_rules(db)
    assert [r.id for r in rules] == [saved[0].id, copy.id, saved[1].id, saved[2].id]
    assert (rules[1].name, rules[1].mode, rules[1].version) == ("Copy", Mode.SHADOW, 1)
    with pytest.raises(svc.RuleNotFound):
        svc.duplicate_rule(db, "999", "x", NOW)


def test_product_groups_and_renaming_them_in_rules(app_context: Any) -> None:
    db = app_context.db
    promo = svc.save_product_group(db, " Promo ", ["A1", "SKU-9", ""], NOW)
    assert (promo.name, promo.members) == ("Promo", ("A1", "SKU-9"))
    with pytest.raises(svc.ProductGroupError):
        svc.save_product_group(db, "Promo", [], NOW)
    with pytest.raises(svc.ProductGroupError):
        svc.save_product_group(db, "  ", [], NOW)
    [rule] = svc.add_starter_rules(db, [4], NOW)
    assert svc.rules_using_group(db, "Promo") == [rule.name]
    svc.save_product_group(db, "Promo November", ["A1"], NOW, group_id=promo.id)
    [renamed] = rules_repo.load_rules(db)
    assert renamed.conditions.products == ProductFilter(groups=("Promo November",))
    assert renamed.version == 2
    svc.delete_product_group(db, promo.id)
    assert svc.product_groups(db) == []


def test_export_import_round_trip_and_bad_files(app_context: Any, tmp_path: Path) -> None:
    db = app_context.db
    svc.add_starter_rules(db, range(5), NOW)
    path = tmp_path / "r.json"
    assert svc.export_rules_to(db, path) == 5
    before = [replace(r, id="", version=1) for r in rules_repo.load_rules(db)]
    svc.delete_rule(db, rules_repo.load_rules(db)[0].id)
    with pytest.raises(svc.RulesAlreadyExist):
        svc.import_rules_from(db, path, NOW)
    svc.import_rules_from(db, path, NOW, mode="replace")
    assert [replace(r, id="", version=1) for r in rules_repo.load_rules(db)] == before
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(RulesFileError):
        svc.import_rules_from(db, path, NOW, mode="replace")
    assert len(rules_repo.load_rules(db)) == 5
