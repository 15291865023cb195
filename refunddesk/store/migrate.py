"""Alembic, configured in code: upgrade on start only when behind head, after check and backup."""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from refunddesk.domain.messages import msg
from refunddesk.store import backups, health
from refunddesk.store.database import Database
from refunddesk.store.problems import DatabaseTooNew, DiskFull

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def _scripts(db: Database) -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config(db))


def head_revision(db: Database) -> str | None:
    return _scripts(db).get_current_head()


def known_revisions(db: Database) -> set[str]:
    """Every schema revision this version of RefundDesk ships a migration for."""
    return {script.revision for script in _scripts(db).walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_if_behind(db: Database, backup_dir: Path | None = None) -> bool:
    """Upgrade to head when behind; True if it did.

    A schema this app does not know (a newer RefundDesk wrote it) is refused before anything
    is copied or changed. An existing SQLite file gets the full integrity check and one backup
    (bounded in number) right before the upgrade, never on an ordinary start.
    """
    current, head = current_revision(db), head_revision(db)
    if current == head:
        return False
    path = db.sqlite_path
    if current is not None and current not in known_revisions(db):
        raise DatabaseTooNew(path, current, head or "none")
    if current is not None and path is not None and path.exists():
        health.check_sound(path, full=True)
        copy = backups.take_backup(path, current, backup_dir)
        log.info("database backed up to %s before migrating %s -> %s", copy.path, current, head)
    cfg = alembic_config(db)
    try:
        with db.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    except DiskFull as exc:  # rolled back: the file is still at its old revision
        raise DiskFull(path, msg("db_doing.upgrade")) from exc
    return True
