"""Saving settings without Qt: amounts, limits, sync bounds, and SMTP passwords in the keyring."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.domain.money import Money, MoneyError
from refunddesk.infra.secrets import SERVICE
from refunddesk.notify.email import SmtpConfig
from refunddesk.services import settings as service
from refunddesk.services.context import AppContext
from refunddesk.store import models as m
from tests.support.keyring import MemoryKeyring


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("  ", None),
        ("250", 25000),
        ("1 200,50", 120050),
        ("0.99", 99),
        ("1,000.50", 100050),
        ("1.000,50", 100050),
        ("12,345,678.90", 1234567890),
    ],
)
def test_amounts_as_people_type_them(text: str, expected: int | None) -> None:
    parsed = service.parse_amount(text, "PLN")
    assert (None if parsed is None else parsed.minor) == expected


@pytest.mark.parametrize(
    "text", ["12.345", "abc", "1e3", "-5", "12.3.4", "1,2.3", "1.00,000.5", "1,0000.50"]
)
def test_anything_else_is_not_an_amount(text: str) -> None:
    with pytest.raises(MoneyError):
        service.parse_amount(text, "PLN")


def test_limits_keep_the_breaker_state_and_refuse_nonsense(app_context: AppContext) -> None:
    db = app_context.db
    with db.transaction() as s:
        limits.update_settings(s, breaker_open=True, consecutive_failures=4)
    saved = service.save_limits(
        db,
        order_cap=Money(50000, "PLN"),
        buyer_daily_cap=None,
        daily_budget=None,
        daily_count=10,
        breaker_threshold=3,
        dry_run=False,
        paused=True,
    )
    assert saved.breaker_open and saved.consecutive_failures == 4 and saved.paused
    with pytest.raises(service.SettingsProblem) as problem:
        service.save_limits(
            db,
            order_cap=Money(0, "PLN"),
            buyer_daily_cap=None,
            daily_budget=None,
            daily_count=None,
            breaker_threshold=0,
            dry_run=False,
            paused=False,
        )
    assert len(problem.value.problems) == 2
    with db.sessions() as s:
        assert limits.load_settings(s).order_cap == Money(50000, "PLN")


def test_sync_bounds(app_context: AppContext) -> None:
    with pytest.raises(service.SettingsProblem):
        service.save_sync(app_context.db, interval_seconds=1, backfill_days=30)
    saved = service.save_sync(app_context.db, interval_seconds=300, backfill_days=7)
    assert (saved.sync_interval_seconds, saved.backfill_days) == (300, 7)


def test_smtp_password_only_in_the_keyring_and_kept_when_left_empty(
    app_context: AppContext, memory_keyring: MemoryKeyring
) -> None:
    config = SmtpConfig(host="smtp.example.com", user="shop", from_address="a@example.com")
    service.save_notices(
        app_context.db, app_context.secrets, notify_by_default=False, smtp=config, password="pw1"
    )
    service.save_notices(
        app_context.db, app_context.secrets, notify_by_default=False, smtp=config, password=""
    )
    assert (
        memory_keyring.entries[(SERVICE, app_context.secrets.entry_name(config.password_key))]
        == "pw1"
    )
    with app_context.db.sessions() as s:
        stored = json.dumps([r.value for r in s.scalars(select(m.Setting))])
    assert "pw1" not in stored
    view = service.load_view(app_context.db, app_context.secrets, app_context.data_dir)
    assert view.smtp == config and view.smtp_password_saved and not view.notify_by_default


def test_database_url_is_shown_without_its_password() -> None:
    shown = service.hide_password("postgresql://refund:hunter2@db.local/refunddesk")
    assert "hunter2" not in shown and "db.local" in shown
