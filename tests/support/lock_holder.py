"""Another process with an SQLite database open, or holding its write lock as a stuck program
would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def another_process_on(path: Path, *statements: str) -> Iterator[int]:
    """A process that opened ``path``, ran ``statements`` (autocommit) and waits; its pid."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            + "".join(f"c.execute({sql!r})\n" for sql in statements)
            + "print('holding', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        yield holder.pid
    finally:
        holder.kill()
        holder.wait()


@contextmanager
def holding_the_write_lock(
    path: Path, *, begin: str = "BEGIN IMMEDIATE", then: str = ""
) -> Iterator[int]:
    """A process that ran ``begin`` (and ``then``) on ``path`` and does not finish; its pid."""
    with another_process_on(path, begin, *([then] if then else [])) as pid:
        yield pid
