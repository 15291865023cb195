"""Rules that want a look: not reviewed for a while, or their numbers drifted since.

A rule counts as reviewed when a person saved a new version of it or pressed "mark reviewed".
Drift is read only from the cases decided since then, so marking a rule reviewed clears it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Case, case, func, select

from refunddesk.store import models as m
from refunddesk.store.database import Database
from refunddesk.store.settings_repo import get_setting

REVIEW_KEY = "rule_review"
DEFAULT_REVIEW_DAYS = 90
# Drift needs enough cases to mean something, then most of them held or failed.
MIN_CASES = 5
DRIFT_SHARE = 0.5


@dataclass(frozen=True, slots=True)
class RuleReminder:
    rule_id: int
    name: str
    why: str  # "not_reviewed", "holds_most", "fails_most"
    reviewed_at: datetime
    cases: int = 0  # decided since the last review
    affected: int = 0  # of those, held (or failed)


def review_days(db: Database) -> int:
    with db.sessions() as s:
        data = get_setting(s, REVIEW_KEY) or {}
    days = data.get("every_days", DEFAULT_REVIEW_DAYS)
    return days if isinstance(days, int) and days > 0 else DEFAULT_REVIEW_DAYS


def rule_reminders(db: Database, now: datetime) -> list[RuleReminder]:
    """One reminder per rule that needs it (the strongest reason), in the rules' order."""
    every = timedelta(days=review_days(db))
    i = m.RefundIntent
    with db.sessions() as s:
        marks = (get_setting(s, REVIEW_KEY) or {}).get("reviewed") or {}
        rules = s.execute(
            select(m.Rule, m.RuleVersion)
            .join(
                m.RuleVersion,
                (m.RuleVersion.rule_id == m.Rule.id)
                & (m.RuleVersion.version == m.Rule.current_version),
            )
            .where(m.Rule.deleted.is_(False), m.Rule.enabled.is_(True))
            .order_by(m.Rule.position, m.Rule.id)
        ).all()
        found: list[RuleReminder] = []
        for rule, version in rules:
            reviewed = version.created_at
            marked = marks.get(rule.uid)
            if isinstance(marked, str) and datetime.fromisoformat(marked) > reviewed:
                reviewed = datetime.fromisoformat(marked)
            kind = _kind()
            counts: dict[str, int] = {
                str(k): int(n)
                for k, n in s.execute(
                    select(kind, func.count())
                    .where(i.rule_id == rule.id, i.created_at >= reviewed)
                    .group_by(kind)
                ).all()
            }
            cases = sum(counts.values())
            for why, key in (("holds_most", "held"), ("fails_most", "failed")):
                if cases >= MIN_CASES and counts.get(key, 0) > cases * DRIFT_SHARE:
                    found.append(
                        RuleReminder(rule.id, version.name, why, reviewed, cases, counts[key])
                    )
                    break
            else:
                if now - reviewed >= every:
                    found.append(RuleReminder(rule.id, version.name, "not_reviewed", reviewed))
        return found


def _kind() -> Case[str]:
    """held / failed / other, per intent. Cases held only because they were found at connect
    say nothing about the rule."""
    i = m.RefundIntent
    return case(
        (((i.state == "HELD") | (i.held_reason != "")) & (i.held_reason != "BACKLOG"), "held"),
        (i.state == "FAILED", "failed"),
        else_="other",
    )
