"""Rules screen queries: rule rows, the synced catalogue, versions and their differences."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from refunddesk.domain.money import Money
from refunddesk.domain.starter_rules import starter_rules
from refunddesk.queries import rules as q
from refunddesk.store import rules_repo

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_catalogue_lists_each_synced_offer_once_and_searches(cancelled_history: Any) -> None:
    db = cancelled_history.db
    products = q.catalogue_products(db)
    names = [p.name for p in products]
    assert names == sorted(names)
    assert {"Kubek", "Lampa", "Skarpety", "Stół"} <= set(names)
    assert len({p.offer_id for p in products}) == len(products)
    [mug] = q.catalogue_products(db, "kub")
    assert mug.name == "Kubek"
    assert q.catalogue_products(db, mug.offer_id) == [mug]


def test_rule_rows_have_summaries_in_order(app_context: Any) -> None:
    for rule in starter_rules():
        rules_repo.save_rule(app_context.db, rule, NOW)
    rows = q.rule_rows(app_context.db, NOW)
    assert [r.rule.name for r in rows] == [r.name for r in starter_rules()]
    assert rows[1].summary.startswith("When a buyer cancels a paid order, refund everything")
    assert rows[0].stats.fired == 0


def test_versions_and_their_field_diff(app_context: Any) -> None:
    db = app_context.db
    v1 = rules_repo.save_rule(db, starter_rules()[1], NOW)
    action = replace(v1.action, percent=Decimal(50))
    rules_repo.save_rule(db, replace(v1, action=action, caps=(Money(20000, "PLN"),)), NOW)
    versions = q.rule_versions(db, v1.id)
    assert [v.version for v in versions] == [1, 2]
    changes = q.version_diff(versions[0].rule, versions[1].rule)
    assert changes == [
        q.FieldChange("caps", "—", "200.00 PLN"),
        q.FieldChange("action.percent", "100", "50"),
    ]
    assert q.version_diff(versions[0].rule, versions[0].rule) == []
