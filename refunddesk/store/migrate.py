"""Alembic, configured in code: upgrade on start only when behind head, after a backup."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from refunddesk.store.database import Database, backup_sqlite

log = logging.getLogger(__name__)
MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(db: Database) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def head_revision(db: Database) -> str | None:
    return ScriptDirectory.from_config(alembic_config(db)).get_current_head()


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade_if_behind(db: Database, backup_dir: Path | None = None) -> bool:
    """Upgrade to head when behind; back up an existing SQLite file first. True if upgraded."""
    current, head = current_revision(db), head_revision(db)
    if current == head:
        return False
    path = db.sqlite_path
    if current is not None and path is not None and path.exists():
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        folder = backup_dir or path.parent / "backups"
        dest = folder / f"{path.stem}-{current}-{stamp}{path.suffix}"
        backup_sqlite(path, dest)
        log.info("database backed up to %s before migrating %s -> %s", dest, current, head)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return True
