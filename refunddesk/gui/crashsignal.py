"""A thread-safe excepthook: an uncaught exception anywhere is saved, then shown on the GUI thread.

Writing the report is Qt-free (``refunddesk.infra.crash``) and happens in the thread that
crashed; only a signal crosses to the GUI thread, where the dialog is built. No widget is ever
touched from the crashing thread.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)
_CRASH_MODULE = "refunddesk.infra.crash"


@dataclass(frozen=True, slots=True)
class CrashNotice:
    """What the crash dialog shows: the report's text and where it was saved (None: unsaved)."""

    text: str
    report_path: Path | None
    thread_name: str


def read_report(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        return f"(the crash report {path} could not be read: {type(exc).__name__})"


class CrashRelay(QObject):
    """Installs the hooks and re-emits every crash as ``crashed(CrashNotice)`` on its own thread.

    Create it on the GUI thread: Qt then queues emissions from any other thread to this one.
    """

    crashed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._uninstall: Callable[[], None] | None = None

    @property
    def installed(self) -> bool:
        return self._uninstall is not None

    def install(self) -> None:
        if self._uninstall is not None:
            return
        try:
            from refunddesk.infra import crash
        except ModuleNotFoundError as exc:
            if exc.name != _CRASH_MODULE:
                raise
            log.warning("Crash reports are not saved: %s is missing", _CRASH_MODULE)
            self._uninstall = self._install_unsaved_hooks()
            return
        self._uninstall = crash.install_excepthook(self._on_report_written)

    def uninstall(self) -> None:
        if self._uninstall is not None:
            self._uninstall()
            self._uninstall = None

    def _on_report_written(self, path: Path) -> None:
        # Runs in the crashing thread: read the (already redacted) file, then hand it over.
        notice = CrashNotice(read_report(path), path, threading.current_thread().name)
        self.crashed.emit(notice)

    def _install_unsaved_hooks(self) -> Callable[[], None]:
        """Fallback without the crash-report module: still show the crash, just do not save it."""
        previous_sys, previous_threading = sys.excepthook, threading.excepthook

        def emit(
            exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
        ) -> None:
            text = "".join(traceback.format_exception(exc_type, exc, tb))
            self.crashed.emit(CrashNotice(text, None, threading.current_thread().name))

        def sys_hook(
            exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
        ) -> None:
            previous_sys(exc_type, exc, tb)
            if not issubclass(exc_type, KeyboardInterrupt):
                emit(exc_type, exc, tb)

        def thread_hook(args: threading.ExceptHookArgs) -> None:
            previous_threading(args)
            if args.exc_value is not None and not issubclass(args.exc_type, SystemExit):
                emit(args.exc_type, args.exc_value, args.exc_traceback)

        sys.excepthook, threading.excepthook = sys_hook, thread_hook

        def uninstall() -> None:
            sys.excepthook, threading.excepthook = previous_sys, previous_threading

        return uninstall


def pending_reports() -> list[Path]:
    """Crash reports from earlier runs not shown yet; empty when crash reports are unavailable."""
    try:
        from refunddesk.infra import crash
    except ModuleNotFoundError as exc:
        if exc.name != _CRASH_MODULE:
            raise
        return []
    try:
        return crash.pending_crash_reports()
    except OSError as exc:  # a read-only or unreadable folder is the machine's state, not a bug
        log.warning("Could not list earlier crash reports: %s", exc)
        return []


def mark_seen(path: Path) -> None:
    from refunddesk.infra import crash

    try:
        crash.mark_seen(path)
    except OSError as exc:
        log.warning("Could not mark %s as seen: %s", path, exc)
