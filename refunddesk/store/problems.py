"""What can be wrong with the database file itself: typed, each with a plain message and exit code.

The CLI prints ``str(exc)`` and exits with ``exc.exit_code``; the GUI picks its translated
sentence by type and fills in the attributes; the worker refuses automation on any of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

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

    def __init__(self, message: str, *, path: Path | None = None) -> None:
        super().__init__(message)
        self.path = path

    @property
    def user_message(self) -> str:
        return str(self)


class DatabaseLocked(DatabaseProblem):
    """Another program held the database longer than the busy timeout."""

    exit_code = EXIT_LOCKED

    def __init__(
        self, detail: str = "", *, path: Path | None = None, holders: tuple[str, ...] = ()
    ) -> None:
        who = ", ".join(holders) if holders else "another program (perhaps another RefundDesk)"
        where = f" {path}" if path else ""
        super().__init__(
            f"The database{where} is busy: {who} kept it locked for too long. "
            "Try again when it has finished, or close it.",
            path=path,
        )
        self.detail = detail
        self.holders = holders


class DatabaseDamaged(DatabaseProblem):
    """The file is not a sound SQLite database (truncated, overwritten, not a database at all)."""

    exit_code = EXIT_DAMAGED

    def __init__(self, path: Path | None, detail: str, backup: BackupInfo | None = None) -> None:
        # SQLite's integrity check answers in lines ("*** in database main ***\nPage 3: …"):
        # one paragraph on the merchant's screen, as every failure is.
        detail = " ".join(str(detail).split())
        offer = (
            f"The latest backup is {backup.describe()}; `refunddesk db restore` puts it back "
            "and keeps the damaged file aside."
            if backup is not None
            else "There is no backup of it in the backups folder."
        )
        super().__init__(
            f"The database {path} is damaged ({detail}). RefundDesk will not use it and "
            f"automation stays off. {offer}",
            path=path,
        )
        self.detail = detail
        self.backup = backup


class DatabaseTooNew(DatabaseProblem):
    """The file was upgraded by a newer RefundDesk: this version cannot know its tables."""

    exit_code = EXIT_TOO_NEW

    def __init__(self, path: Path | None, found: str, known: str) -> None:
        where = f"The database {path}" if path else "The database"
        super().__init__(
            f"{where} was made by a newer version of RefundDesk (schema {found}); this app "
            f"knows up to {known}. Use the newer RefundDesk with it; nothing was changed.",
            path=path,
        )
        self.found = found
        self.known = known


class DatabaseReadOnly(DatabaseProblem):
    """RefundDesk may read the database but not write it (or its folder)."""

    exit_code = EXIT_READ_ONLY

    def __init__(self, path: Path, *, folder: bool) -> None:
        target = f"the folder {path.parent}" if folder else f"the file {path}"
        super().__init__(
            f"RefundDesk cannot write to {target}: it is read-only. RefundDesk needs to "
            "write its database; allow it (check the permissions), or choose another folder "
            "with --data-dir.",
            path=path,
        )
        self.folder = folder


class DiskFull(DatabaseProblem):
    """The disk filled up; what was being written was dropped, the database is as it was."""

    exit_code = EXIT_DISK_FULL

    def __init__(self, path: Path | None, doing: str) -> None:
        where = f" ({path.parent})" if path else ""
        super().__init__(
            f"The disk is full{where}: {doing} was stopped and nothing was changed. "
            "Free some space and start RefundDesk again.",
            path=path,
        )
        self.doing = doing
