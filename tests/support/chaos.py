"""Chaos helpers: the headless worker as a killable subprocess, traffic taps, read-only DB peeks."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from refunddesk.demo_shop import Exchange

REPO = Path(__file__).resolve().parents[2]
PYTHON = str(REPO / ".venv" / "bin" / "python")
if not Path(PYTHON).exists():  # e.g. a checkout whose virtualenv lives elsewhere
    PYTHON = sys.executable

REFUNDS_PATH = "/payments/refunds"


def cli(data_dir: Path, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess[str]:
    """Run one `refunddesk --data-dir D …` command to completion; fail loudly if it fails."""
    done = subprocess.run(
        [PYTHON, "-m", "refunddesk", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(
            f"refunddesk {' '.join(args)} exited {done.returncode}\n"
            f"stdout:\n{done.stdout}\nstderr:\n{done.stderr}"
        )
    return done


class WorkerProcess:
    """`refunddesk run` in a subprocess that can be SIGKILLed and started again.

    Every life's output goes to one log file, so a failure can show what the worker saw.
    """

    def __init__(
        self,
        data_dir: Path,
        *,
        interval: float = 0.2,
        args: Sequence[str] = (),
        env: dict[str, str] | None = None,
        name: str = "worker",
    ) -> None:
        self.data_dir = data_dir
        self.interval = interval
        self.args = list(args)  # global options, e.g. --database-url
        self.env = {**os.environ, **(env or {})}
        self.log_path = data_dir / f"{name}-runs.log"
        data_dir.mkdir(parents=True, exist_ok=True)
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.kills = 0

    def start(self) -> None:
        assert self.proc is None or self.proc.poll() is not None, "worker already running"
        self.starts += 1
        with self.log_path.open("ab") as log:
            log.write(f"\n===== life {self.starts} =====\n".encode())
            log.flush()
            self.proc = subprocess.Popen(
                [
                    PYTHON,
                    "-m",
                    "refunddesk",
                    "--data-dir",
                    str(self.data_dir),
                    *self.args,
                    "--log-level",
                    "INFO",
                    "run",
                    "--interval",
                    str(self.interval),
                ],
                cwd=REPO,
                env=self.env,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL: no cleanup, no lease release, whatever was in flight stays in flight."""
        if self.proc is None:
            return
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.kills += 1
        self.proc.wait(timeout=10)

    def freeze(self) -> None:
        """SIGSTOP: the process stands still (a laptop asleep, a long pause) but keeps its state."""
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        if self.alive():
            assert self.proc is not None
            self.proc.send_signal(signal.SIGCONT)

    def stop(self, timeout: float = 15.0) -> int:
        """SIGTERM, as a service manager would; SIGKILL if it does not stop in time."""
        if self.proc is None:
            return 0
        if self.proc.poll() is None:
            # A worker restarted moments ago may still be importing (seconds on a loaded
            # machine): SIGTERM then takes Python's default action (-15) before the graceful
            # stop is installed. Ask only once it says it is running, as a person would see.
            deadline = time.monotonic() + 60
            while (
                self.proc.poll() is None
                and not self._says_running()
                and time.monotonic() < deadline
            ):
                time.sleep(0.1)
            self.proc.send_signal(signal.SIGTERM)
            try:
                return self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=5)
                return -9
        return int(self.proc.returncode)

    def _says_running(self) -> bool:
        """This life has printed that it runs (its SIGTERM handler is in place)."""
        life = self.log_tail(200_000).rsplit(f"===== life {self.starts} =====", 1)[-1]
        return "worker running" in life

    def log_tail(self, chars: int = 6000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-chars:]
        except OSError:
            return ""


def database_path(data_dir: Path) -> Path:
    return data_dir / "refunddesk.sqlite3"


def read_only(db_path: Path) -> sqlite3.Connection:
    """A connection that cannot write: polling must not disturb the worker under test."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=10)
    conn.execute("PRAGMA busy_timeout = 10000")
    return conn


def query(db_path: Path, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    conn = read_only(db_path)
    try:
        return list(conn.execute(sql, params))
    finally:
        conn.close()


@dataclass
class RefundPost:
    """One POST /payments/refunds the shop received, and what it did with it."""

    order_id: str
    command_id: str | None
    status: int
    faults: tuple[str, ...]
    # Shorter than its Content-Length: the worker was killed between sending the headers and
    # the body (urllib3 writes them apart). The shop refuses what it cannot read.
    truncated: bool = False


@dataclass
class TrafficTap:
    """A demo shop observer that keeps every refund POST and counts requests by kind."""

    posts: list[RefundPost] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    faulted: dict[str, int] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def __call__(self, ex: Exchange) -> None:
        key = f"{ex.method} {_family(ex.path)}"
        with self._lock:
            self.counts[key] = self.counts.get(key, 0) + 1
            for kind in ex.faults:
                self.faulted[kind] = self.faulted.get(kind, 0) + 1
            if ex.method == "POST" and ex.path == REFUNDS_PATH:
                try:
                    body = json.loads(ex.request_body or b"{}")
                except ValueError:
                    body = {}
                self.posts.append(
                    RefundPost(
                        str((body.get("order") or {}).get("id", "")),
                        body.get("commandId"),
                        ex.status,
                        ex.faults,
                        len(ex.request_body) < int(ex.request_headers.get("content-length") or 0),
                    )
                )


def _family(path: str) -> str:
    """/order/checkout-forms/<id> -> /order/checkout-forms/{id}: counts per endpoint."""
    parts = path.split("/")
    return "/".join("{id}" if len(p) >= 16 and any(c.isdigit() for c in p) else p for p in parts)


def wait_until(
    check: Callable[[], bool], *, timeout: float, interval: float = 0.25, what: str = ""
) -> None:
    """Poll `check` until true; raise AssertionError after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        if check():
            return
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what or check}")
        time.sleep(interval)


def pid_is_dead(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
