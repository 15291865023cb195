"""Which RefundDesk this is and which schema its database has: `--version` and the About box."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

import refunddesk
from refunddesk.infra import paths
from refunddesk.store.database import Database, create_db_engine, sqlite_file
from refunddesk.store.problems import DatabaseProblem
from refunddesk.store.schema_revision import HEAD, current_revision


class SchemaState(enum.Enum):
    MISSING = "missing"  # no database file yet: made on the first start
    EMPTY = "empty"  # a file without RefundDesk's tables: set up on the next start
    CURRENT = "current"
    BEHIND = "behind"  # upgraded (after a backup) the next time it is opened
    NEWER = "newer"  # written by a newer RefundDesk: this one refuses it
    UNREADABLE = "unreadable"  # damaged, locked, not a database: `db check` says why
    DEMO = "demo"  # the demo's own database, made anew with this schema at each demo start


@dataclass(frozen=True, slots=True)
class VersionReport:
    """The app's version, the schema it knows up to, and what the database says about itself."""

    app_version: str
    known_up_to: str
    location: str
    state: SchemaState
    revision: str | None = None

    def lines(self) -> list[str]:
        """The plain English text of ``refunddesk --version``."""
        schema = {
            SchemaState.MISSING: "no database yet (created on the first start)",
            SchemaState.EMPTY: "empty (set up on the next start)",
            SchemaState.CURRENT: f"{self.revision} (up to date)",
            SchemaState.BEHIND: (
                f"{self.revision}, upgraded to {self.known_up_to} on the next start "
                "(after a backup)"
            ),
            SchemaState.NEWER: (
                f"{self.revision}, written by a newer RefundDesk (this one knows up to "
                f"{self.known_up_to}): install the newer version to open it"
            ),
            SchemaState.UNREADABLE: "cannot be read (`refunddesk db check` says why)",
            SchemaState.DEMO: f"{self.known_up_to}: the demo's own (a new version starts a "
            "new demo)",
        }[self.state]
        return [
            f"RefundDesk {self.app_version}",
            f"Database: {self.location}",
            f"Schema: {schema}",
        ]


def version_report(database_url: str | None = None, *, demo: bool = False) -> VersionReport:
    """Read the schema revision without creating, migrating or backing up anything. With
    ``demo``: the demo's database, which is made anew at each start and so is never behind."""
    if demo:
        where = str(paths.demo_database_path(paths.data_dir(), headless=True))  # the commands'
        return VersionReport(refunddesk.__version__, HEAD, where, SchemaState.DEMO, HEAD)
    url = database_url or paths.default_database_url()
    path = sqlite_file(url)
    engine = create_db_engine(url)
    db = Database(url, engine, sessionmaker(engine))
    location = str(path) if path is not None else engine.url.render_as_string()
    try:
        head = HEAD  # what this version writes, not what the database has

        def report(state: SchemaState, revision: str | None = None) -> VersionReport:
            return VersionReport(refunddesk.__version__, head, location, state, revision)

        if path is not None and not path.is_file():
            return report(SchemaState.MISSING)  # and not created by asking
        try:
            revision = current_revision(db)
        except (SQLAlchemyError, DatabaseProblem, OSError):
            return report(SchemaState.UNREADABLE)
        if revision is None:
            return report(SchemaState.EMPTY)
        if revision == head:
            return report(SchemaState.CURRENT, revision)
        from refunddesk.store.migrate import known_revisions  # Alembic: only when not current

        if revision in known_revisions(db):
            return report(SchemaState.BEHIND, revision)
        return report(SchemaState.NEWER, revision)
    finally:
        db.dispose()
