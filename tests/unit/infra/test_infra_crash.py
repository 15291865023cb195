"""Crash reports: written redacted, offered once on the next start, from any thread."""

from __future__ import annotations

import errno
import logging
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import pytest

from refunddesk.infra import crash, paths
from refunddesk.infra.logging import (
    forget_registered_secrets,
    register_secret,
    setup_logging,
    teardown_logging,
)

SECRET = "crash-secret-Ty55Gh"


@pytest.fixture(autouse=True)
def _clean_secrets() -> Iterator[None]:
    forget_registered_secrets()
    yield
    forget_registered_secrets()


def _raise_and_capture(
    message: str,
) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        raise RuntimeError(message)
    except RuntimeError as exc:
        return type(exc), exc, exc.__traceback__


def test_report_has_the_traceback_and_no_secrets() -> None:
    register_secret(SECRET)
    exc_type, exc, tb = _raise_and_capture(f"refresh failed, Bearer {SECRET}, password={SECRET}")
    when = datetime(2024, 5, 1, 12, 30, 5, tzinfo=UTC)
    path = crash.write_crash_report(exc_type, exc, tb, now=when)
    assert path.parent == paths.crash_dir()
    assert path.name.startswith("crash-20240501-123005")
    text = path.read_text(encoding="utf-8")
    assert "RuntimeError: refresh failed" in text
    assert "_raise_and_capture" in text
    assert "2024-05-01T12:30:05+00:00" in text
    assert SECRET not in text


def test_report_includes_the_redacted_tail_of_the_log(tmp_path: Path) -> None:
    setup_logging(logging.INFO, tmp_path, stderr_level=logging.CRITICAL)
    try:
        logging.getLogger("refunddesk.test").info("syncing shop 7 with access_token=%s", SECRET)
        exc_type, exc, tb = _raise_and_capture("boom")
        text = crash.write_crash_report(exc_type, exc, tb).read_text()
    finally:
        teardown_logging()
    assert "syncing shop 7 with access_token=[REDACTED]" in text
    assert SECRET not in text


def test_pending_reports_are_offered_until_marked_seen() -> None:
    assert crash.pending_crash_reports() == []
    first = crash.write_crash_report(*_raise_and_capture("one"))
    second = crash.write_crash_report(*_raise_and_capture("two"))
    assert first != second
    assert crash.pending_crash_reports() == [first, second]
    crash.mark_seen(first)
    assert crash.pending_crash_reports() == [second]
    assert (first.parent / (first.name + crash.SEEN_SUFFIX)).exists()  # kept for support


def test_old_seen_reports_are_pruned() -> None:
    reports = [
        crash.write_crash_report(*_raise_and_capture(str(i))) for i in range(crash.KEEP_SEEN + 3)
    ]
    for report in reports:
        crash.mark_seen(report)
    assert crash.pending_crash_reports() == []
    assert len(list(paths.crash_dir().glob("*" + crash.SEEN_SUFFIX))) == crash.KEEP_SEEN


def test_excepthook_reports_a_crash_in_a_worker_thread() -> None:
    reported: list[Path] = []
    uninstall = crash.install_excepthook(reported.append)
    try:

        def work() -> None:
            raise KeyError(f"order 17 Bearer {SECRET}")

        thread = threading.Thread(target=work, name="refund-worker")
        thread.start()
        thread.join(10)
    finally:
        uninstall()
    assert len(reported) == 1
    text = reported[0].read_text()
    assert "Thread: refund-worker" in text
    assert "KeyError" in text and SECRET not in text
    assert crash.pending_crash_reports() == reported


def test_uninstall_restores_the_previous_hooks() -> None:
    before = (sys.excepthook, threading.excepthook)
    crash.install_excepthook(None)()
    assert (sys.excepthook, threading.excepthook) == before


def test_a_crashing_process_leaves_a_report_and_still_exits_with_an_error(
    _private_data_dir: Path,
) -> None:
    script = (
        "from refunddesk.infra.crash import install_excepthook\n"
        "install_excepthook(lambda p: print('REPORT', p, flush=True))\n"
        "raise ZeroDivisionError('unhandled in main')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 1
    report = Path(done.stdout.split("REPORT ", 1)[1].strip())
    assert report.parent == _private_data_dir / "crashes"
    assert "ZeroDivisionError: unhandled in main" in report.read_text()


def test_ctrl_c_is_not_a_crash() -> None:
    reported: list[Path] = []
    calls: list[type[BaseException]] = []
    original = sys.excepthook
    sys.excepthook = lambda t, e, tb: calls.append(t)
    uninstall = crash.install_excepthook(reported.append)
    try:
        sys.excepthook(KeyboardInterrupt, KeyboardInterrupt(), None)
    finally:
        uninstall()
        sys.excepthook = original
    assert reported == [] and calls == [KeyboardInterrupt]


def test_a_full_disk_leaves_no_empty_or_half_report(monkeypatch: pytest.MonkeyPatch) -> None:
    from refunddesk.infra import private_files

    def write_until_full(fd: int, data: bytes | memoryview) -> int:
        private_files.os.write(fd, bytes(data[:10]))  # the first bytes fit, then no more
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(private_files, "_write", write_until_full)
    exc_type, exc, tb = _raise_and_capture("boom")
    with pytest.raises(OSError) as raised:
        crash.write_crash_report(exc_type, exc, tb)
    assert raised.value.errno == errno.ENOSPC
    assert list(paths.crash_dir().iterdir()) == [], "nothing to offer as a crash next time"
    assert crash.pending_crash_reports() == []
