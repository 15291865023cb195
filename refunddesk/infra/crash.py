"""Crash reports: written on an unhandled exception, redacted, shown on the next start."""

from __future__ import annotations

import logging
import os
import platform
import sys
import threading
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import refunddesk
from refunddesk.infra import paths
from refunddesk.infra.logging import current_log_file, redact
from refunddesk.infra.private_files import write_private_atomic

log = logging.getLogger(__name__)

REPORT_GLOB = "crash-*.txt"
SEEN_SUFFIX = ".seen"
KEEP_SEEN = 20  # older reports the user already saw are pruned
LOG_TAIL_LINES = 100

_write_lock = threading.Lock()


def _log_tail() -> str:
    log_file = current_log_file()
    if log_file is None or not log_file.exists():
        return "(no log file)"
    try:
        lines = log_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        return f"(log file unreadable: {type(exc).__name__})"
    return "\n".join(lines[-LOG_TAIL_LINES:])


def format_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
    now: datetime | None = None,
) -> str:
    """The text of a crash report, already redacted."""
    when = now or datetime.now(UTC)
    trace = "".join(traceback.format_exception(exc_type, exc, tb))
    parts = [
        f"RefundDesk {refunddesk.__version__} crash report",
        f"Time (UTC): {when.isoformat(timespec='seconds')}",
        f"Python: {sys.version.split()[0]} on {platform.platform()}",
        f"Thread: {thread_name or threading.current_thread().name}",
        "",
        "Traceback:",
        trace.rstrip(),
        "",
        f"Last {LOG_TAIL_LINES} log lines:",
        _log_tail(),
        "",
    ]
    return redact("\n".join(parts))


def write_crash_report(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    *,
    thread_name: str | None = None,
    now: datetime | None = None,
) -> Path:
    """Write a redacted report into :func:`paths.crash_dir` and return its path.

    Raises OSError (e.g. the disk is full) with nothing left behind.
    """
    when = now or datetime.now(UTC)
    text = format_crash_report(exc_type, exc, tb, thread_name=thread_name, now=when)
    stamp = when.strftime("%Y%m%d-%H%M%S")
    with _write_lock:
        folder = paths.crash_dir()
        path = folder / f"crash-{stamp}-{os.getpid()}.txt"
        counter = 1
        while path.exists():  # several crashes within one second (several threads)
            counter += 1
            path = folder / f"crash-{stamp}-{os.getpid()}-{counter}.txt"
        # 0600 (a traceback can name buyers), and all or nothing: a full disk leaves no
        # empty or half report to be shown as a crash on the next start.
        write_private_atomic(path, text)
    return path


def pending_crash_reports() -> list[Path]:
    """Reports the user has not been shown yet, oldest first."""
    return sorted(paths.crash_dir().glob(REPORT_GLOB), key=lambda p: (p.stat().st_mtime, p.name))


def mark_seen(path: Path) -> None:
    """Keep the report but stop offering it; prune old seen reports."""
    if path.exists():
        path.replace(path.with_name(path.name + SEEN_SUFFIX))
    seen = sorted(
        paths.crash_dir().glob(REPORT_GLOB + SEEN_SUFFIX), key=lambda p: p.stat().st_mtime
    )
    for old in seen[:-KEEP_SEEN]:
        old.unlink(missing_ok=True)


CrashCallback = Callable[[Path], None]


def _handle(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
    thread_name: str | None,
    on_crash: CrashCallback | None,
) -> bool:
    """Record a crash; False when the report could not be written."""
    try:
        path = write_crash_report(exc_type, exc, tb, thread_name=thread_name)
        if current_log_file() is not None:
            log.critical("Unhandled exception, report in %s", path, exc_info=(exc_type, exc, tb))
        else:
            # Without set-up, logging would print the raw (unredacted) traceback to stderr.
            sys.stderr.write(redact("".join(traceback.format_exception(exc_type, exc, tb))))
            sys.stderr.write(f"Crash report: {path}\n")
    except Exception:  # the hook must never raise: fall back to the default printout
        return False
    if on_crash is not None:
        try:
            on_crash(path)
        except Exception:
            log.exception("The crash callback failed")
    return True


def install_excepthook(on_crash: CrashCallback | None = None) -> Callable[[], None]:
    """Write a crash report for any unhandled exception, in any thread; returns an uninstaller.

    ``on_crash`` runs in the thread that crashed: a GUI must hand the path to its own thread
    (a queued signal) before showing anything.
    """
    previous_sys = sys.excepthook
    previous_threading = threading.excepthook

    def sys_hook(
        exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        # Ctrl+C is how people stop the headless worker, not a crash.
        if issubclass(exc_type, KeyboardInterrupt) or not _handle(
            exc_type, exc, tb, threading.current_thread().name, on_crash
        ):
            previous_sys(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            previous_threading(args)
            return
        name = args.thread.name if args.thread is not None else None
        if not _handle(args.exc_type, args.exc_value, args.exc_traceback, name, on_crash):
            previous_threading(args)

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook

    def uninstall() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_threading

    return uninstall
