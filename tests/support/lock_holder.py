"""Another process holding an SQLite database's write lock, as a stuck program would."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def holding_the_write_lock(
    path: Path, *, begin: str = "BEGIN IMMEDIATE", then: str = ""
) -> Iterator[int]:
    """A process that ran ``begin`` (and ``then``) on ``path`` and does not finish; its pid."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys\n"
            f"c = sqlite3.connect({str(path)!r}, isolation_level=None)\n"
            f"c.execute({begin!r})\n"
            + (f"c.execute({then!r})\n" if then else "")
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
