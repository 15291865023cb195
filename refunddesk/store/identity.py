"""The database's own identity: a random id stored once inside it, so its secrets are its own."""

from __future__ import annotations

import uuid

from refunddesk.store.database import Database
from refunddesk.store.models import Setting
from refunddesk.store.settings_repo import get_setting
from refunddesk.store.upsert import insert_ignore

DATABASE_ID_KEY = "database_id"


class DatabaseIdentityError(Exception):
    """The database's stored identity is not one RefundDesk wrote (edited by hand?)."""


def database_id(db: Database) -> str:
    """This database's id, created on first use.

    It travels with the file (a copy or a restored backup is the same database, with the
    same keyring entries); two data folders, or the demo, never share one.
    """
    with db.sessions() as s:
        value = get_setting(s, DATABASE_ID_KEY)
    if value is None:
        with db.transaction() as s:
            # Two processes opening a new database at once: the first insert wins for both.
            insert_ignore(
                s, Setting, [{"key": DATABASE_ID_KEY, "value": str(uuid.uuid4())}], keys=["key"]
            )
        with db.sessions() as s:
            value = get_setting(s, DATABASE_ID_KEY)
    if not isinstance(value, str) or not _is_uuid(value):
        raise DatabaseIdentityError(
            f"the database's identity (setting {DATABASE_ID_KEY!r}) is damaged: {value!r}"
        )
    return value


def _is_uuid(text: str) -> bool:
    try:
        uuid.UUID(text)
    except ValueError:
        return False
    return True
