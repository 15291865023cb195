"""Importing a rules file: never a silent replace, modes kept only on request, ids kept."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from refunddesk.domain.cases import Trigger
from refunddesk.domain.messages import render
from refunddesk.domain.rules import Mode, Rule, RuleAction
from refunddesk.domain.rules_json import RulesFileError
from refunddesk.services import rules as svc
from refunddesk.store import models as m
from refunddesk.store import rules_repo

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
CANCELS = Rule(id="", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
RETURNS = Rule(id="", name="Returns", trigger=Trigger.RETURN_DELIVERED, mode=Mode.ARMED)


def _names(db: Any) -> list[str]:
    return [r.name for r in rules_repo.load_rules(db)]


def test_ids_survive_export_and_import_so_refunds_keep_their_rule(
    app_context: Any, tmp_path: Path
) -> None:
    db = app_context.db
    cancels = svc.save_rule(db, CANCELS, NOW)
    returns = svc.save_rule(db, RETURNS, NOW)
    assert cancels.uid and cancels.uid != returns.uid
    path = tmp_path / "rules.json"
    svc.export_rules_to(db, path)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert [r["id"] for r in doc["rules"]] == [cancels.uid, returns.uid]

    # Edited in version control: the first rule refunds half now. Imported again, it is a new
    # version of the same rule (same row, so its refunds still point at it), not a new rule.
    doc["rules"][0]["action"]["percent"] = "50"
    path.write_text(json.dumps(doc), encoding="utf-8")
    svc.import_rules_from(db, path, NOW, mode="replace", keep_modes=True)
    after = rules_repo.load_rules(db)
    assert [(r.id, r.uid) for r in after] == [(cancels.id, cancels.uid), (returns.id, returns.uid)]
    assert (after[0].version, after[0].action.percent) == (2, 50)
    assert after[1].version == 1  # unchanged: no new version
    with db.sessions() as s:
        assert s.scalar(select(m.Rule.id).where(m.Rule.uid == cancels.uid)) == int(cancels.id)


def test_import_into_a_profile_with_rules_must_say_replace_or_merge(
    app_context: Any, tmp_path: Path
) -> None:
    db = app_context.db
    svc.save_rule(db, CANCELS, NOW)
    path = tmp_path / "new.json"
    path.write_text(
        json.dumps(
            {
                "schema": 1,
                "rules": [
                    {"id": "late", "name": "Late", "trigger": "NOT_SENT_IN_TIME", "mode": "ARMED"}
                ],
            }
        ),
        encoding="utf-8",
    )
    with pytest.raises(svc.RulesAlreadyExist) as info:
        svc.import_rules_from(db, path, NOW)
    assert info.value.count == 1
    assert _names(db) == ["Cancellations"]  # nothing changed

    merged = svc.import_rules_from(db, path, NOW, mode="merge")
    assert _names(db) == ["Cancellations", "Late"]
    # Without keep_modes an imported rule arrives in shadow, whatever the file says.
    assert [r.mode for r in merged] == [Mode.SHADOW]
    assert rules_repo.load_rules(db)[0].mode is Mode.ARMED  # the existing rule is untouched

    svc.import_rules_from(db, path, NOW, mode="replace", keep_modes=True)
    assert [(r.name, r.mode, r.uid) for r in rules_repo.load_rules(db)] == [
        ("Late", Mode.ARMED, "late")
    ]


def test_a_file_without_rules_never_replaces_yours(app_context: Any, tmp_path: Path) -> None:
    db = app_context.db
    svc.save_rule(db, CANCELS, NOW)
    empty = tmp_path / "empty.json"
    empty.write_text('{"schema": 1, "rules": []}', encoding="utf-8")
    with pytest.raises(RulesFileError) as info:
        svc.import_rules_from(db, empty, NOW, mode="replace")
    assert str(info.value) == (
        "file: The file has no rules: importing it in place of yours would delete your rule. "
        "Check the file, or delete the rule in the app."
    )
    assert [r.name for r in rules_repo.load_rules(db)] == [CANCELS.name]
    assert svc.import_rules_from(db, empty, NOW, mode="merge") == []  # adds nothing, harmless


def test_a_bad_file_changes_nothing_and_names_every_problem(
    app_context: Any, tmp_path: Path
) -> None:
    db = app_context.db
    svc.save_rule(db, CANCELS, NOW)
    bad = {
        "schema": 1,
        "rules": [
            {
                "id": "a",
                "name": "One",
                "trigger": "BUYER_CANCELLED",
                "action": {"notify_buyer": True, "notice_template": "no_such_message"},
            },
            {"id": "a", "name": "Two", "trigger": "BUYER_CANCELLED", "delay_seconds": 10**19},
        ],
    }
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(RulesFileError) as info:
        svc.import_rules_from(db, path, NOW, mode="replace")
    assert [(render(p.rule, "en"), p.field) for p in info.value.problems] == [
        ("rule 1 “One”", "action.notice_template"),
        ("rule 2 “Two”", "delay_seconds"),
        ("rule 2 “Two”", "id"),
    ]
    path.write_bytes(b"\xff\xfe" + b"x" * 2_000_000)
    with pytest.raises(RulesFileError, match="at most 1 MB"):
        svc.import_rules_from(db, path, NOW, mode="replace")
    assert _names(db) == ["Cancellations"]


def test_a_duplicated_rule_gets_its_own_id(app_context: Any) -> None:
    db = app_context.db
    original = svc.save_rule(db, replace(CANCELS, action=RuleAction(percent=Decimal(50))), NOW)
    copy = svc.duplicate_rule(db, original.id, "Copy", NOW)
    assert copy.uid and copy.uid != original.uid
