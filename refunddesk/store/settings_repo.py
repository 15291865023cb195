"""Merchant settings as JSON values in the settings table (never secrets)."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from refunddesk.store.models import Setting
from refunddesk.store.upsert import upsert


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    # populate_existing: a value written by set_setting's upsert in this session is seen.
    row = session.get(Setting, key, populate_existing=True)
    return default if row is None else row.value


def set_setting(session: Session, key: str, value: Any) -> None:
    # An upsert, not read-then-insert: two PCs saving a new setting at once must not collide.
    upsert(session, Setting, [{"key": key, "value": value}], keys=["key"])
