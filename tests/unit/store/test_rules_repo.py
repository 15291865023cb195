"""Rules are stored in order, and every edit that changes behaviour is a new version."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Rule
from refunddesk.store import rules_repo
from refunddesk.store.database import open_database, sqlite_url

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_edit_makes_a_new_version_and_old_ones_stay_readable(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "r.sqlite3"))
    saved = rules_repo.save_rule(
        db, Rule(id="", name="Cancels", trigger=Trigger.BUYER_CANCELLED), NOW
    )
    assert saved.version == 1
    same = rules_repo.save_rule(db, saved, NOW)
    assert same.version == 1  # nothing changed: no new version
    capped = rules_repo.save_rule(db, replace(saved, caps=(Money(50000, "PLN"),)), NOW)
    assert capped.version == 2
    assert [r.version for r in rules_repo.load_rules(db)] == [2]
    v1 = rules_repo.rule_version(db, int(saved.id), 1)
    assert v1 is not None and v1.caps == ()
    v2 = rules_repo.rule_version(db, int(saved.id), 2)
    assert v2 is not None and v2.caps == (Money(50000, "PLN"),)


def test_order_enable_and_delete(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "o.sqlite3"))
    a = rules_repo.save_rule(db, Rule(id="", name="A", trigger=Trigger.BUYER_CANCELLED), NOW)
    b = rules_repo.save_rule(db, Rule(id="", name="B", trigger=Trigger.RETURN_DELIVERED), NOW)
    assert [r.name for r in rules_repo.load_rules(db)] == ["A", "B"]
    rules_repo.reorder(db, [int(b.id), int(a.id)])
    assert [r.name for r in rules_repo.load_rules(db)] == ["B", "A"]
    rules_repo.set_enabled(db, int(a.id), False)
    assert [r.enabled for r in rules_repo.load_rules(db)] == [True, False]
    rules_repo.delete_rule(db, int(b.id))
    assert [r.name for r in rules_repo.load_rules(db)] == ["A"]
    assert rules_repo.rule_version(db, int(b.id), 1) is not None  # history is kept


def test_invalid_rule_is_refused_with_its_problems(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "i.sqlite3"))
    with pytest.raises(rules_repo.InvalidRule) as err:
        rules_repo.save_rule(db, Rule(id="", name=" ", trigger=Trigger.BUYER_CANCELLED), NOW)
    assert [p.field for p in err.value.problems] == ["name"]
    assert rules_repo.load_rules(db) == []
