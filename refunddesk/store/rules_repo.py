"""Rules in the database: an ordered list, each edit a new immutable version."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from refunddesk.domain.messages import msg, render
from refunddesk.domain.rules import Rule, RuleProblem, differs_in_substance, validate
from refunddesk.domain.rules_json import rule_from_json, rule_to_json
from refunddesk.store import models as m
from refunddesk.store.database import Database


class InvalidRule(ValueError):
    """A rule that cannot be saved; ``problems`` says why, field by field."""

    def __init__(self, problems: Sequence[RuleProblem]) -> None:
        self.problems = list(problems)
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        """Every problem, in ``language``."""
        return " ".join(render(p.said, language) for p in self.problems)


@dataclass(frozen=True, slots=True)
class RuleVersionInfo:
    rule_id: int
    version: int
    name: str
    created_at: datetime
    rule: Rule


def new_uid() -> str:
    """A fresh stable id: short enough to read in a rules file, random enough never to clash."""
    return f"r-{uuid.uuid4().hex[:12]}"


def _current(s: Session, row: m.Rule) -> Rule:
    version = next(v for v in row.versions if v.version == row.current_version)
    where = msg("rules_file.stored_rule", id=row.id, version=version.version)
    rule = rule_from_json(version.definition, where=where)
    # The ids, the list position and the on/off switch live on the rule row, not in a version.
    return replace(rule, id=str(row.id), uid=row.uid, version=version.version, enabled=row.enabled)


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
            return _create(s, rule, now)
        return _update(s, row, rule, now)


def _create(s: Session, rule: Rule, now: datetime, uid: str = "") -> Rule:
    position = (s.scalar(select(func.max(m.Rule.position))) or 0) + 1
    row = m.Rule(
        uid=uid or new_uid(),
        position=position,
        enabled=rule.enabled,
        current_version=1,
        created_at=now,
    )
    s.add(row)
    s.flush()
    saved = replace(rule, id=str(row.id), uid=row.uid, version=1)
    _add_version(s, row, saved, now)
    return saved


def _update(s: Session, row: m.Rule, rule: Rule, now: datetime) -> Rule:
    current = _current(s, row)
    row.enabled = rule.enabled
    if not differs_in_substance(current, rule) and current.name == rule.name:
        return replace(rule, id=str(row.id), uid=row.uid, version=current.version)
    new_version = row.current_version + 1
    saved = replace(rule, id=str(row.id), uid=row.uid, version=new_version)
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
                replace(
                    rule_from_json(v.definition),
                    id=str(v.rule_id),
                    uid=v.rule.uid,
                    version=v.version,
                ),
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
    """Import: the given rules become the list (the others are deleted, kept for history)."""
    return import_rules(db, rules, now, replace_list=True)


def import_rules(
    db: Database, rules: Sequence[Rule], now: datetime, *, replace_list: bool
) -> list[Rule]:
    """Save imported rules in one transaction, matched to stored rules by their stable id.

    A rule whose ``uid`` is known (even a deleted one) gets a new version of that rule, so the
    refunds it decided still point at it; an unknown or empty ``uid`` makes a new rule. With
    ``replace_list`` the file's rules become the whole list in the file's order; without, the
    rules already in the list keep their place and new ones follow, in the file's order.
    """
    problems = [p for r in rules for p in validate(r)]
    if problems:
        raise InvalidRule(problems)
    with db.transaction() as s:
        active = list(
            s.scalars(
                select(m.Rule).where(m.Rule.deleted.is_(False)).order_by(m.Rule.position, m.Rule.id)
            )
        )
        by_uid = {
            r.uid: r
            for r in s.scalars(
                select(m.Rule).where(m.Rule.uid.in_([r.uid for r in rules if r.uid]))
            )
        }
        saved: list[Rule] = []
        for rule in rules:
            row = by_uid.get(rule.uid) if rule.uid else None
            if row is None:
                saved.append(_create(s, replace(rule, id=""), now, uid=rule.uid))
                continue
            row.deleted = False
            saved.append(_update(s, row, replace(rule, id=str(row.id)), now))
        s.flush()
        imported = [int(r.id) for r in saved]
        if replace_list:
            for row in active:
                if row.id not in imported:
                    row.deleted = True
            order = imported
        else:
            kept = [row.id for row in active]
            order = kept + [i for i in imported if i not in kept]
        for position, rule_id in enumerate(order, start=1):
            found = s.get(m.Rule, rule_id)
            if found is not None:
                found.position = position
    return saved
