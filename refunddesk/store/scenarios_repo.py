"""Saved simulation scenarios, each with the outcome it had when saved (one JSON setting)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from refunddesk.domain.scenarios import (
    SimOutcome,
    TestScenario,
    scenario_from_json,
    scenario_to_json,
)
from refunddesk.store.database import Database
from refunddesk.store.settings_repo import get_setting, set_setting

log = logging.getLogger(__name__)

SETTING_KEY = "saved_scenarios"


@dataclass(frozen=True, slots=True)
class SavedScenario:
    name: str
    scenario: TestScenario
    saved_at: datetime
    outcome: SimOutcome  # what the rules decided when it was saved


def _to_json(saved: SavedScenario) -> dict[str, Any]:
    return {
        "name": saved.name,
        "scenario": scenario_to_json(saved.scenario),
        "saved_at": saved.saved_at.isoformat(),
        "outcome": saved.outcome.to_json(),
    }


def _from_json(raw: Any) -> SavedScenario:
    return SavedScenario(
        name=str(raw["name"]),
        scenario=scenario_from_json(raw["scenario"]),
        saved_at=datetime.fromisoformat(str(raw["saved_at"])),
        outcome=SimOutcome.from_json(raw["outcome"]),
    )


def _raw_list(value: Any) -> list[Any]:
    return list(value) if isinstance(value, list) else []


def list_scenarios(db: Database) -> list[SavedScenario]:
    """Saved scenarios in the order they were saved; an unreadable record is skipped, logged."""
    with db.sessions() as s:
        raw = _raw_list(get_setting(s, SETTING_KEY, []))
    found: list[SavedScenario] = []
    for n, record in enumerate(raw):
        try:
            found.append(_from_json(record))
        except (KeyError, TypeError, ValueError) as exc:
            log.warning("saved scenario %d is unreadable and skipped: %r", n, exc)
    return found


def save_scenario(db: Database, saved: SavedScenario) -> None:
    """Add a scenario; one with the same name is replaced (its new outcome is the baseline)."""
    with db.transaction() as s:
        raw = _raw_list(get_setting(s, SETTING_KEY, []))
        kept = [r for r in raw if not (isinstance(r, dict) and r.get("name") == saved.name)]
        set_setting(s, SETTING_KEY, [*kept, _to_json(saved)])


def delete_scenario(db: Database, name: str) -> bool:
    with db.transaction() as s:
        raw = _raw_list(get_setting(s, SETTING_KEY, []))
        kept = [r for r in raw if not (isinstance(r, dict) and r.get("name") == name)]
        set_setting(s, SETTING_KEY, kept)
        return len(kept) != len(raw)
