"""A big first sync saves its history in a helper process (automation/saving_process.py): what
it stores is exactly what saving here stores, and when the helper cannot save a batch, stops
answering or dies, the sync saves what it had not saved here, once, in order.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

import pytest
from sqlalchemy import text

from refunddesk.automation import saving_process, sync
from refunddesk.automation.helper_process import HELPER_NICENESS
from refunddesk.automation.reading_process import packed
from refunddesk.services import shops
from refunddesk.store.database import Database
from refunddesk.store.order_rows import order_rows
from tests.support.pipeline import Pipeline, first_sync, stored_rows, stored_without_helpers

TABLES = ("orders", "line_items", "payments")


class SavedBatches:
    """Counts the batches the saving helper said it saved, and waits for it to start (a
    test's history is read in less than the ~0.5 s a fresh interpreter takes)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.saved = 0
        self.after_first: Callable[[], None] | None = None
        answer = saving_process.SavingProcess.answer

        def counted(process: saving_process.SavingProcess, *, wait: bool) -> Any:
            got = answer(process, wait=wait)
            if got is not None and got[1] is None:
                self.saved += 1
                if self.saved == 1 and self.after_first is not None:
                    self.after_first()
            return got

        monkeypatch.setattr(saving_process.SavingProcess, "answer", counted)
        monkeypatch.setattr(
            saving_process.SavingProcess, "ready", lambda process: process.started(60.0)
        )
        # A batch a page: a small history makes several batches.
        monkeypatch.setattr(sync, "BACKFILL_SAVE_EVERY", 100)


@pytest.fixture
def saver(monkeypatch: pytest.MonkeyPatch) -> SavedBatches:
    return SavedBatches(monkeypatch)


def _savers() -> list[Any]:
    return [c for c in multiprocessing.active_children() if c.name == "refunddesk-saver"]


def _counts(db: Database) -> tuple[int, int]:
    with db.sessions() as s:
        return (
            s.execute(text("SELECT count(*) FROM orders")).scalar_one(),
            s.execute(text("SELECT count(DISTINCT order_id) FROM orders")).scalar_one(),
        )


def test_batches_saved_in_the_helper_are_stored_as_batches_saved_here(
    pipeline: Pipeline, saver: SavedBatches, tmp_path: Any
) -> None:
    pipeline.scenario.seed(count=650, days=20)  # seven pages, the last one short
    report = first_sync(pipeline, big_backfill=0)

    # The helpers start once the first page has said how long the history is, before that
    # page is saved: every page is a batch of the helper's.
    assert saver.saved == 7
    assert report.orders_saved == 650 and len(report.changed_orders) == 650
    assert _counts(pipeline.db) == (650, 650)

    assert stored_rows(pipeline.db) == stored_without_helpers(pipeline, tmp_path)
    assert saver.saved == 7  # no helper for that one


def test_when_the_saving_helper_dies_the_sync_saves_the_rest_here(
    pipeline: Pipeline,
    saver: SavedBatches,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pipeline.scenario.seed(count=1200, days=20)
    send = saving_process.SavingProcess.send
    sent: list[int] = []

    def dies_with_the_second_batch(process: saving_process.SavingProcess, batch: Any) -> bool:
        # Stopped before it is handed the second batch and killed right after: that batch was
        # handed over and never saved there, whatever the timing. The sync must save it here.
        children = _savers() if len(sent) == 1 else []
        for child in children:
            os.kill(child.pid, signal.SIGSTOP)
        took = send(process, batch)
        sent.append(batch[0])
        for child in children:
            os.kill(child.pid, signal.SIGKILL)
            child.join(10)
        return took

    monkeypatch.setattr(saving_process.SavingProcess, "send", dies_with_the_second_batch)
    report = first_sync(pipeline, big_backfill=0)

    assert len(sent) == 2 and saver.saved <= 1  # the second batch was handed, never saved there
    assert "saving process is not used any more" in caplog.text
    assert report.orders_saved == 1200 and len(report.changed_orders) == 1200
    assert _counts(pipeline.db) == (1200, 1200)


def test_a_saving_helper_that_stops_answering_is_killed_and_the_sync_saves_here(
    pipeline: Pipeline,
    saver: SavedBatches,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    pipeline.scenario.seed(count=800, days=20)
    monkeypatch.setattr(saving_process, "BATCH_TIMEOUT", 1.0)
    stopped: list[multiprocessing.Process] = []

    def freeze_saver() -> None:  # alive, perhaps holding the write lock, never answering again
        for child in _savers():
            os.kill(child.pid, signal.SIGSTOP)
            stopped.append(child)

    saver.after_first = freeze_saver
    report = first_sync(pipeline, big_backfill=0)

    assert stopped and saver.saved < 8
    assert "saving process is not used any more" in caplog.text
    assert report.orders_saved == 800
    assert _counts(pipeline.db) == (800, 800)
    assert all(not child.is_alive() for child in stopped)  # killed, not left behind


def test_a_batch_the_helper_cannot_save_is_saved_here_after_every_batch_before_it(
    pipeline: Pipeline,
    saver: SavedBatches,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    # Another program holds the write lock longer than the helper waits for it (but not
    # longer than the app does): the helper says it could not save; the app saves on.
    pipeline.scenario.seed(count=800, days=20)
    monkeypatch.setattr(saving_process, "BUSY_TIMEOUT_MS", 200)
    path = pipeline.db.sqlite_path
    assert path is not None
    other = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    released = threading.Event()

    def hold_the_lock() -> None:
        other.execute("BEGIN IMMEDIATE")
        threading.Timer(1.5, lambda: (other.execute("ROLLBACK"), released.set())).start()

    saver.after_first = hold_the_lock
    try:
        report = first_sync(pipeline, big_backfill=0)
    finally:
        released.wait(10)
        other.close()

    assert 1 <= saver.saved < 8
    assert "could not save batch" in caplog.text and "locked" in caplog.text
    assert report.orders_saved == 800 and len(report.changed_orders) == 800
    assert _counts(pipeline.db) == (800, 800)


def test_the_helper_saves_nothing_for_an_app_that_died(pipeline: Pipeline) -> None:
    # Between its last write and its commit the helper looks whether the app still runs: a
    # killed app may have been replaced by another RefundDesk syncing the same shop.
    path = pipeline.db.sqlite_path
    assert path is not None
    orders = pipeline.scenario.seed(count=3, days=5)
    market = shops.client_for(shops.get_shop(pipeline.db, pipeline.shop_id), pipeline.secrets)
    rows = order_rows([market.get_order(oid) for oid in orders])
    batch = (1, pipeline.shop_id, pipeline.now().isoformat(), [packed(rows)])

    class Gone:
        def is_alive(self) -> bool:
            return False

    class Running:
        def is_alive(self) -> bool:
            return True

    db = sqlite3.connect(path, isolation_level=None)
    try:
        assert not saving_process._save(db, [batch], Gone())
        assert _counts(pipeline.db) == (0, 0)
        assert saving_process._save(db, [batch], Running())
        assert _counts(pipeline.db) == (3, 3)
    finally:
        db.close()


def test_the_saving_helper_gives_way_to_the_app_from_its_start(pipeline: Pipeline) -> None:
    # Throughput work: lowered the moment it exists, so its start (importing, ~0.3 s of a core)
    # already lets the window go first.
    path = pipeline.db.sqlite_path
    assert path is not None
    process = saving_process.SavingProcess(path)
    try:
        if hasattr(os, "getpriority"):
            [child] = _savers()
            assert child.pid is not None
            ours = os.getpriority(os.PRIO_PROCESS, 0)
            assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, ours + HELPER_NICENESS)
        assert process.started(60.0)
    finally:
        process.close()
