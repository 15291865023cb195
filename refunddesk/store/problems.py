"""What can be wrong with the database file itself: typed, each with a plain message and exit code.

Each problem carries a catalogue message (``said``): the CLI prints ``text(language)`` in its
output language and exits with ``exc.exit_code``, the GUI shows it in the window's language,
``str(exc)`` is the English for the log; the worker refuses automation on any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from refunddesk.domain.messages import Message, Said, msg, render

# Exit codes after sysexits.h, so a service manager or script can tell the cases apart.
EXIT_TOO_NEW = 1
EXIT_DAMAGED = 65  # EX_DATAERR
EXIT_DISK_FULL = 74  # EX_IOERR
EXIT_LOCKED = 75  # EX_TEMPFAIL: try again later
EXIT_READ_ONLY = 77  # EX_NOPERM


@dataclass(frozen=True)
class BackupInfo:
    """One copy in the backups folder: what a damaged database can be brought back from."""

    path: Path
    taken_at: datetime
    revision: str

    def describe(self) -> str:
        return f"{self.path} (taken {self.taken_at:%Y-%m-%d %H:%M} UTC)"


class DatabaseProblem(Exception):
    """The database cannot be used as it is; nothing was changed in it."""

    exit_code = 1

    def __init__(self, said: Said, *, path: Path | None = None) -> None:
        self.said = said
        super().__init__(render(said, "en"))
        self.path = path

    def text(self, language: str) -> str:
        """The problem in ``language`` (``en``, ``pl``, ``zh_CN``), as the merchant reads it."""
        return render(self.said, language)


def _the_database(path: Path | None) -> Message:
    """The sentence's subject: the database, named by its file when it has one."""
    return msg("db.the_database_at", path=str(path)) if path else msg("db.the_database")


class DatabaseLocked(DatabaseProblem):
    """Another program held the database longer than the busy timeout (``in_use``: another
    program has it open while a restore must replace it)."""

    exit_code = EXIT_LOCKED

    def __init__(
        self,
        detail: str = "",
        *,
        path: Path | None = None,
        holders: tuple[Message, ...] = (),
        in_use: bool = False,
    ) -> None:
        who: Message | tuple[Message, ...] = holders or msg("db.another_program")
        code = "db.in_use" if in_use else "db.locked"
        super().__init__(msg(code, database=_the_database(path), who=who), path=path)
        self.detail = detail
        self.holders = holders


class DatabaseDamaged(DatabaseProblem):
    """The file is not a sound SQLite database (truncated, overwritten, not a database at all)."""

    exit_code = EXIT_DAMAGED

    def __init__(self, path: Path | None, detail: Said, backup: BackupInfo | None = None) -> None:
        # SQLite's integrity check answers in lines ("*** in database main ***\nPage 3: …"):
        # one paragraph on the merchant's screen, as every failure is.
        detail = " ".join(detail.split()) if isinstance(detail, str) else detail
        offer = (
            msg(
                "db.latest_backup",
                file=str(backup.path),
                taken=f"{backup.taken_at:%Y-%m-%d %H:%M} UTC",
            )
            if backup is not None
            else msg("db.no_backup_yet")
        )
        said = msg("db.damaged", database=_the_database(path), detail=detail, offer=offer)
        super().__init__(said, path=path)
        self.detail = detail
        self.backup = backup


class DatabaseTooNew(DatabaseProblem):
    """The file was upgraded by a newer RefundDesk: this version cannot know its tables."""

    exit_code = EXIT_TOO_NEW

    def __init__(self, path: Path | None, found: str, known: str) -> None:
        said = msg("db.too_new", database=_the_database(path), found=found, known=known)
        super().__init__(said, path=path)
        self.found = found
        self.known = known


class DatabaseReadOnly(DatabaseProblem):
    """RefundDesk may read the database but not write it (or its folder)."""

    exit_code = EXIT_READ_ONLY

    def __init__(self, path: Path, *, folder: bool) -> None:
        said = (
            msg("db.read_only_folder", folder=str(path.parent))
            if folder
            else msg("db.read_only_file", file=str(path))
        )
        super().__init__(said, path=path)
        self.folder = folder


class DiskFull(DatabaseProblem):
    """The disk filled up; what was being written was dropped, the database is as it was."""

    exit_code = EXIT_DISK_FULL

    def __init__(self, path: Path | None, doing: Message) -> None:
        said = (
            msg("db.disk_full_at", folder=str(path.parent), doing=doing)
            if path
            else msg("db.disk_full", doing=doing)
        )
        super().__init__(said, path=path)
        self.doing = doing
