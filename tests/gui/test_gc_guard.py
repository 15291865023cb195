"""While the GUI runs, Python's collector runs on the GUI thread only."""

from __future__ import annotations

import dataclasses
import gc
import threading

from pytestqt.qtbot import QtBot

from refunddesk.automation.gc_pause import collector_paused
from refunddesk.gui.app import GuiOptions
from refunddesk.gui.gc_guard import MainThreadCollector
from tests.support.gui import open_session


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_collection_happens_on_the_gui_thread_not_in_other_threads(qtbot: QtBot) -> None:
    gc.enable()  # as in the app before the GUI starts (the test fixture had turned it off)
    collector = MainThreadCollector(interval_ms=20)
    collector.start()
    try:
        assert not gc.isenabled()
        threads: list[bool] = []
        gc.callbacks.append(
            lambda phase, info: threads.append(
                threading.current_thread() is threading.main_thread()
            )
        )

        def churn() -> None:
            for _ in range(20_000):
                Cycle()  # garbage that only the collector frees

        worker = threading.Thread(target=churn)
        worker.start()
        worker.join()
        assert threads == []  # the background thread never ran the collector
        qtbot.waitUntil(lambda: bool(threads), timeout=2000)
        assert all(threads)
    finally:
        gc.callbacks.pop()
        collector.stop()
    assert gc.isenabled()  # given back as it was
    gc.disable()  # the GUI-test fixture's own state


def test_collect_if_due_follows_the_thresholds(qtbot: QtBot) -> None:
    collector = MainThreadCollector()
    gc.collect()
    assert collector.collect_if_due() == 0  # nothing counted yet
    for _ in range(gc.get_threshold()[0] + 10):
        Cycle()
    assert collector.collect_if_due() > 0


def test_a_full_pass_moves_its_survivors_out_of_later_passes(qtbot: QtBot) -> None:
    # The real app's setting: a later full pass walks only what is new, so a big heap (a
    # 100k-order sync) no longer freezes the window for the length of a walk over all of it.
    collector = MainThreadCollector(freeze_survivors=True)
    thresholds = gc.get_threshold()
    gc.collect()
    try:
        kept = [Cycle() for _ in range(1000)]
        gc.set_threshold(*thresholds[:2], 0)  # the next check is a full pass
        while gc.get_count()[2] <= gc.get_threshold()[2]:
            gc.collect(1)
        collector.collect_if_due()
        assert gc.get_freeze_count() >= len(kept)
        assert gc.get_count() == (0, 0, 0)
        del kept
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()
        gc.collect()


def test_a_full_pass_comes_at_most_once_a_minute(qtbot: QtBot) -> None:
    # Checks come every 100 ms so young passes stay small; full passes must not follow suit.
    collector = MainThreadCollector()
    thresholds = gc.get_threshold()
    try:
        gc.set_threshold(*thresholds[:2], 0)  # a full pass is due after any young one
        gc.collect(1)
        collector.collect_if_due()
        assert gc.get_count()[2] == 0  # the first full pass came at once
        gc.collect(1)
        collector.collect_if_due()
        assert gc.get_count()[2] == 1  # the second waits; a younger pass ran instead
    finally:
        gc.set_threshold(*thresholds)


def test_no_pass_while_a_sync_runs_and_the_first_one_after_it_collects(qtbot: QtBot) -> None:
    # A sync's pages in flight would otherwise be walked by young passes on the GUI thread.
    collector = MainThreadCollector()
    gc.collect()
    with collector_paused():
        for _ in range(gc.get_threshold()[0] + 10):
            Cycle()
        assert collector.collect_if_due() == 0
    assert collector.collect_if_due() > 0


def test_a_screen_built_later_is_kept_out_of_the_passes_too(gui_options: GuiOptions) -> None:
    # The app freezes its heap once the data is open; a screen built on first visit (and the
    # modules it imports) lives as long, so it is frozen when built, not walked by every pass.
    sessions = open_session(dataclasses.replace(gui_options, freeze_heap=True))
    session = next(sessions)
    try:
        assert session.collector is not None
        frozen = gc.get_freeze_count()
        assert frozen > 0
        session.window.show_screen("rules")
        assert gc.get_freeze_count() > frozen
    finally:
        sessions.close()
        gc.unfreeze()  # other tests' heaps are rebuilt test after test
