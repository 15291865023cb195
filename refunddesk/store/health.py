"""Is a SQLite file sound and writable, and who holds its lock: checked before and during use."""

from __future__ import annotations

import contextlib
import errno
import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

from refunddesk.domain.messages import Message, msg
from refunddesk.infra.private_files import create_private_file, tighten
from refunddesk.store.backup_names import latest_backup
from refunddesk.store.problems import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseProblem,
    DatabaseReadOnly,
    DiskFull,
)

BUSY_TIMEOUT_MS = 10_000
# Every connection to a SQLite file, the app's and its helpers': WAL (the window reads while a
# sync writes), foreign keys, a wait for the write lock instead of failing at once.
SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA synchronous=NORMAL",
)
SQLITE_HEADER = b"SQLite format 3\x00"
SIDE_FILES = ("-wal", "-shm", "-journal")

# SQLite's primary result codes (sqlite3.h); Python reports them on every sqlite3.Error.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})


def primary_code(exc: BaseException) -> int | None:
    """SQLite's primary result code of ``exc`` (extended codes folded), or None."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def classify(exc: BaseException, path: Path | None, doing: Message) -> DatabaseProblem | None:
    """The typed problem behind a driver error, by SQLite's result code; None for anything else.

    ``doing`` says what was stopped, for a full disk (``msg("db_doing.saving")`` …)."""
    code = primary_code(exc)
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return DatabaseLocked(str(exc), path=path, holders=lock_holders(path) if path else ())
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return damaged(path, msg("db.overwritten", sqlite=" ".join(str(exc).split())))
    if code == SQLITE_FULL or (isinstance(exc, OSError) and exc.errno in DISK_FULL_ERRNOS):
        return DiskFull(path, doing)
    if code in (SQLITE_READONLY, SQLITE_CANTOPEN) and path is not None:
        folder_ok = folder_writable(path.parent)
        if code == SQLITE_READONLY or not folder_ok:
            return DatabaseReadOnly(path, folder=not folder_ok)
    return None


def damaged(path: Path | None, detail: Message) -> DatabaseDamaged:
    """The problem for a damaged ``path``, offering its latest backup."""
    return DatabaseDamaged(path, detail, latest_backup(path) if path is not None else None)


def header_problem(path: Path) -> Message | None:
    """What is visibly wrong with the file's 100-byte header and length, if anything."""
    size = path.stat().st_size
    if size == 0:
        return None  # a brand-new file: SQLite makes it a database on first write
    with path.open("rb") as f:
        head = f.read(100)
    start = head[: len(SQLITE_HEADER)]
    if not SQLITE_HEADER.startswith(start):
        return msg("db.not_sqlite")
    if len(head) < 100:
        return msg("db.cut_short", size=size)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    # The page count in the header is only valid while both change counters agree.
    if head[24:28] == head[92:96] and pages and size < pages * page_size:
        return msg("db.cut_short_of", size=size, expected=pages * page_size)
    return None


@contextlib.contextmanager
def _connect(path: Path) -> Iterator[sqlite3.Connection]:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        yield conn
    finally:
        conn.close()


def check_sound(path: Path, *, full: bool = False) -> None:
    """Raise DatabaseDamaged unless ``path`` passes the header and quick (or full) check.

    ``full`` runs ``PRAGMA integrity_check`` (indexes against tables too): before a migration
    and in ``refunddesk db check``. The quick check reads every page but skips index contents.
    """
    problem = header_problem(path)
    if problem is not None:
        raise damaged(path, problem)
    pragma = "integrity_check(10)" if full else "quick_check(10)"
    try:
        with _connect(path) as conn:
            found = [str(row[0]) for row in conn.execute(f"PRAGMA {pragma}")]
    except sqlite3.Error as exc:
        raise classify(exc, path, msg("db_doing.check")) or exc from exc
    if found != ["ok"]:
        raise damaged(path, msg("db.check_found", found=" ".join("; ".join(found[:3]).split())))


def check_writable(path: Path) -> None:
    """Raise DatabaseReadOnly / DatabaseLocked unless RefundDesk can write ``path`` now.

    Takes the write lock (waiting the busy timeout) and writes nothing: a rolled-back
    no-op change, which a read-only file or folder refuses straight away.
    """
    try:
        with _connect(path) as conn:
            conn.execute("BEGIN IMMEDIATE")
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        raise classify(exc, path, msg("db_doing.opening")) or exc from exc


def prepare_file(path: Path) -> None:
    """Before an engine opens ``path``: create it 0600 (or tighten it), then check it is sound
    and writable. Raises a DatabaseProblem and changes nothing in the file otherwise."""
    folder = path.parent
    try:
        if not folder.exists():
            folder.mkdir(mode=0o700, parents=True)
        if not path.exists():
            create_private_file(path)
    except OSError as exc:
        if exc.errno in DISK_FULL_ERRNOS:
            raise DiskFull(path, msg("db_doing.creating")) from exc
        raise DatabaseReadOnly(path, folder=True) from exc
    for name in ("", *SIDE_FILES):
        tighten(path.with_name(path.name + name))
    check_sound(path)
    check_writable(path)


def folder_writable(folder: Path) -> bool:
    """Whether a file can be created in ``folder`` (tried for real: root ignores modes)."""
    probe = folder / f".refunddesk-probe-{uuid.uuid4().hex[:8]}"
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError:
        return False
    probe.unlink(missing_ok=True)
    return True


# -- who holds it ---------------------------------------------------------------------------


def _file_ids(path: Path) -> set[tuple[int, int, int]]:
    ids = set()
    for name in ("", *SIDE_FILES):
        with contextlib.suppress(OSError):
            st = os.stat(path.with_name(path.name + name))
            ids.add((os.major(st.st_dev), os.minor(st.st_dev), st.st_ino))
    return ids


def _describe_process(pid: int) -> Message:
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return msg("db.process", pid=pid)
    command = " ".join(part for part in raw.decode("utf-8", "replace").split("\0") if part)
    command = command if len(command) <= 80 else command[:79] + "…"
    if not command:
        return msg("db.process", pid=pid)
    return msg("db.process_running", pid=pid, command=command)


def lock_pids(path: Path, *, writers_only: bool = True) -> list[int]:
    """Other processes holding a lock on ``path`` or its -wal/-shm (Linux; [] elsewhere).

    SQLite locks with POSIX advisory locks, which the kernel lists in /proc/locks with the
    holder's pid: with ``writers_only`` the writer (what a busy error waits for), otherwise
    every process with the database open (each keeps a read lock on the -shm file).
    """
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []  # not Linux: the message says "another program" instead
    ids = _file_ids(path)
    found: list[int] = []
    for line in lines:
        parts = line.split()
        if len(parts) < 6 or parts[1] == "->":  # "->" marks a waiter, not a holder
            continue
        kind, pid_text, device = parts[3], parts[4], parts[5]
        major, minor, inode = [*device.split(":"), "", "", ""][:3]
        try:
            key = (int(major, 16), int(minor, 16), int(inode))
            pid = int(pid_text)
        except ValueError:
            continue
        mine = pid in (os.getpid(), -1)  # -1: an open-file lock, which SQLite does not take
        if key in ids and not mine and pid not in found and (kind == "WRITE" or not writers_only):
            found.append(pid)
    return found


def lock_holders(path: Path, *, writers_only: bool = True) -> tuple[Message, ...]:
    """:func:`lock_pids` as words for a message: ``process 123 (refunddesk run)``."""
    return tuple(_describe_process(pid) for pid in lock_pids(path, writers_only=writers_only))
