"""Marking a rule reviewed, and how often rules should be looked at (Dashboard, digest)."""

from __future__ import annotations

from datetime import datetime

from refunddesk.domain.messages import msg
from refunddesk.queries.rule_reminders import REVIEW_KEY
from refunddesk.services.settings import SettingsProblem
from refunddesk.store import models as m
from refunddesk.store.database import Database
from refunddesk.store.settings_repo import get_setting, set_setting


def mark_reviewed(db: Database, rule_id: int, now: datetime) -> None:
    """A person looked at the rule: its reminder goes, and drift is counted from now on."""
    with db.transaction() as s:
        rule = s.get(m.Rule, rule_id)
        if rule is None:
            return
        data = dict(get_setting(s, REVIEW_KEY) or {})
        reviewed = dict(data.get("reviewed") or {})
        reviewed[rule.uid] = now.isoformat()
        set_setting(s, REVIEW_KEY, {**data, "reviewed": reviewed})


def set_review_days(db: Database, days: int) -> None:
    if not 1 <= days <= 3650:
        raise SettingsProblem([msg("settings_problem.review_days")])
    with db.transaction() as s:
        data = dict(get_setting(s, REVIEW_KEY) or {})
        set_setting(s, REVIEW_KEY, {**data, "every_days": days})
