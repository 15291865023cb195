"""Global safety settings: caps, budgets, the circuit breaker, pause and dry-run."""

from __future__ import annotations

from dataclasses import asdict, dataclass, replace
from typing import Any

from sqlalchemy.orm import Session

from refunddesk.domain.money import Money
from refunddesk.store.settings_repo import get_setting, set_setting

SETTINGS_KEY = "automation"


@dataclass(frozen=True, slots=True)
class AutomationSettings:
    """What the merchant set in Settings → Safety and Sync. Amounts apply to their currency."""

    paused: bool = False
    dry_run: bool = False
    order_cap: Money | None = None  # above it: HELD for approval
    buyer_daily_cap: Money | None = None
    daily_budget: Money | None = None
    daily_count: int | None = None
    breaker_threshold: int = 5  # consecutive failures that pause automation
    breaker_open: bool = False
    consecutive_failures: int = 0
    sync_interval_seconds: int = 60
    backfill_days: int = 30

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("order_cap", "buyer_daily_cap", "daily_budget"):
            value = getattr(self, key)
            data[key] = None if value is None else value.to_allegro()
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> AutomationSettings:
        if not data:
            return cls()
        values = dict(data)
        for key in ("order_cap", "buyer_daily_cap", "daily_budget"):
            raw = values.get(key)
            values[key] = None if raw is None else Money.from_allegro(raw)
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in values.items() if k in known})


def load_settings(session: Session) -> AutomationSettings:
    return AutomationSettings.from_json(get_setting(session, SETTINGS_KEY))


def save_settings(session: Session, settings: AutomationSettings) -> None:
    set_setting(session, SETTINGS_KEY, settings.to_json())


def update_settings(session: Session, **changes: Any) -> AutomationSettings:
    settings = replace(load_settings(session), **changes)
    save_settings(session, settings)
    return settings


def record_outcome(session: Session, *, failed: bool) -> AutomationSettings:
    """Count consecutive failures; open the breaker at the threshold, close the count on success."""
    s = load_settings(session)
    if failed:
        count = s.consecutive_failures + 1
        return update_settings(
            session,
            consecutive_failures=count,
            breaker_open=s.breaker_open or count >= s.breaker_threshold,
        )
    if s.consecutive_failures:
        return update_settings(session, consecutive_failures=0)
    return s
