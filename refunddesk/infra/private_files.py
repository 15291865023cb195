"""Files only their owner may read: buyers' personal data never sits world-readable on disk."""

from __future__ import annotations

import contextlib
import logging
import os
import stat
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

log = logging.getLogger(__name__)

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# Windows has no POSIX modes: a user's profile folder is private there already.
ENFORCED = os.name == "posix"

# The one place bytes reach the disk, so a test can make the disk fill up mid-write.
_write: Callable[[int, bytes | memoryview], int] = os.write


def make_private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed; the folder itself is left 0700."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    tighten(path)
    return path


def tighten(path: Path) -> None:
    """Make an existing file 0600 or folder 0700; a file we may not change is left as it is."""
    if not ENFORCED:
        return
    try:
        info = path.lstat()
        if stat.S_ISLNK(info.st_mode):
            return  # a link's target is not ours to change
        wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(info.st_mode) & ~wanted:
            os.chmod(path, wanted)
    except FileNotFoundError:
        return
    except OSError as exc:  # read-only medium, someone else's file: the open will say more
        log.debug("could not tighten %s: %s", path, exc)


def tighten_tree(root: Path) -> int:
    """Tighten ``root`` and everything under it (files made by older versions); returns a count."""
    if not ENFORCED or not root.is_dir():
        return 0
    count = 0
    tighten(root)
    for folder, dirs, files in os.walk(root):
        base = Path(folder)
        for name in (*dirs, *files):
            tighten(base / name)
            count += 1
    return count


def _private_opener(path: str, flags: int) -> int:
    fd = os.open(path, flags, PRIVATE_FILE_MODE)
    if ENFORCED:
        os.fchmod(fd, PRIVATE_FILE_MODE)  # an existing file keeps its old mode otherwise
    return fd


def open_private(path: Path, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """``open()`` for a file only its owner may read, created 0600 from the first byte."""
    return open(path, mode, opener=_private_opener, **kwargs)


def create_private_file(path: Path) -> None:
    """Make sure ``path`` exists as a 0600 file (SQLite then gives -wal/-shm the same mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(_private_opener(str(path), os.O_WRONLY | os.O_CREAT | os.O_EXCL))
    tighten(path)


def temp_path_for(path: Path) -> Path:
    """A hidden sibling name for writing ``path`` before it is renamed into place."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")


def write_private_atomic(path: Path, data: bytes | str) -> None:
    """Write ``path`` 0600 all at once: a full disk leaves the old file (or none), never half.

    Raises the ``OSError`` (e.g. ENOSPC) after removing the partial temporary file.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    temp = temp_path_for(path)
    fd = _private_opener(str(temp), os.O_WRONLY | os.O_CREAT | os.O_EXCL)
    try:
        view = memoryview(payload)
        while view:
            view = view[_write(fd, view) :]
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        temp.unlink(missing_ok=True)
        raise
    os.close(fd)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
