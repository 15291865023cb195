"""Rules in the database: an ordered list, each edit a new immutable version."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refunddesk.domain.rules import Rule, RuleProblem, differs_in_substance, validate
from refunddesk.domain.rules_json import rule_from_json, rule_to_json
from refunddesk.store import models as m
from refunddesk.store.database import Database


class InvalidRule(ValueError):
    """A rule that cannot be saved; ``problems`` says why, field by field."""

    def __init__(self, problems: Sequence[RuleProblem]) -> None:
        self.problems = list(problems)
        super().__init__(" ".join(p.message for p in problems))


@dataclass(frozen=True, slots=True)
class RuleVersionInfo:
    rule_id: int
    version: int
    name: str
    created_at: datetime
    rule: Rule


def _current(s: Session, row: m.Rule) -> Rule:
    version = next(v for v in row.versions if v.version == row.current_version)
    rule = rule_from_json(version.definition, where=f"rule {row.id} v{version.version}")
    # The list position and the on/off switch live on the rule row, not in a version.
    return replace(rule, id=str(row.id), version=version.version, enabled=row.enabled)


def load_rules(db: Database) -> list[Rule]:
    """The active rules in priority order (first match wins)."""
    with db.sessions() as s:
        rows = s.scalars(
            select(m.Rule).where(m.Rule.deleted.is_(False)).order_by(m.Rule.position, m.Rule.id)
        )
        return [_current(s, r) for r in rows]


def save_rule(db: Database, rule: Rule, now: datetime) -> Rule:
    """Create a rule (id "" or unknown) or save an edit; a changed rule gets a new version."""
    problems = validate(rule)
    if problems:
        raise InvalidRule(problems)
    with db.transaction() as s:
        row = s.get(m.Rule, int(rule.id)) if rule.id.isdigit() else None
        if row is None or row.deleted:
            position = (s.scalar(select(func.max(m.Rule.position))) or 0) + 1
            row = m.Rule(position=position, enabled=rule.enabled, current_version=1, created_at=now)
            s.add(row)
            s.flush()
            _add_version(s, row, replace(rule, id=str(row.id), version=1), now)
            return replace(rule, id=str(row.id), version=1)
        current = _current(s, row)
        row.enabled = rule.enabled
        if not differs_in_substance(current, rule) and current.name == rule.name:
            return replace(rule, version=current.version)
        new_version = row.current_version + 1
        saved = replace(rule, id=str(row.id), version=new_version)
        _add_version(s, row, saved, now)
        row.current_version = new_version
        return saved


def _add_version(s: Session, row: m.Rule, rule: Rule, now: datetime) -> None:
    s.add(
        m.RuleVersion(
            rule_id=row.id,
            version=rule.version,
            name=rule.name,
            definition=rule_to_json(rule),
            created_at=now,
        )
    )


def versions(db: Database, rule_id: int) -> list[RuleVersionInfo]:
    with db.sessions() as s:
        rows = s.scalars(
            select(m.RuleVersion)
            .where(m.RuleVersion.rule_id == rule_id)
            .order_by(m.RuleVersion.version)
        )
        return [
            RuleVersionInfo(
                v.rule_id,
                v.version,
                v.name,
                v.created_at,
                replace(rule_from_json(v.definition), id=str(v.rule_id), version=v.version),
            )
            for v in rows
        ]


def rule_version(db: Database, rule_id: int, version: int) -> Rule | None:
    """The exact rule version that made a decision (for the refund detail view)."""
    found = [v.rule for v in versions(db, rule_id) if v.version == version]
    return found[0] if found else None


def set_enabled(db: Database, rule_id: int, enabled: bool) -> None:
    with db.transaction() as s:
        row = s.get(m.Rule, rule_id)
        if row is not None:
            row.enabled = enabled


def delete_rule(db: Database, rule_id: int) -> None:
    """Rules are never erased: decisions point at their versions. Deleted ones stop acting."""
    with db.transaction() as s:
        row = s.get(m.Rule, rule_id)
        if row is not None:
            row.deleted = True


def reorder(db: Database, rule_ids: Sequence[int]) -> None:
    """Set the priority order: the first id decides first."""
    with db.transaction() as s:
        for position, rule_id in enumerate(rule_ids, start=1):
            row = s.get(m.Rule, rule_id)
            if row is not None:
                row.position = position


def replace_all(db: Database, rules: Sequence[Rule], now: datetime) -> list[Rule]:
    """Import: the given rules become the list (old ones are deleted, kept for history)."""
    for problem_rule in rules:
        problems = validate(problem_rule)
        if problems:
            raise InvalidRule(problems)
    with db.transaction() as s:
        for row in s.scalars(select(m.Rule).where(m.Rule.deleted.is_(False))):
            row.deleted = True
    saved = [save_rule(db, replace(r, id=""), now) for r in rules]
    reorder(db, [int(r.id) for r in saved])
    return saved
