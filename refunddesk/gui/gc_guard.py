"""Python's garbage collector, run on the GUI thread only, in passes short enough not to stall it.

The collector runs in whichever thread an allocation happens to trip it. When that is a
background thread (a query in the pool, the worker) and the garbage holds a Qt object, the
object is destroyed off the GUI thread: PySide then takes Qt's locks and waits for the GIL
while the GUI thread holds the GIL and waits for those locks — a deadlock (seen in the test
suite), or a crash. So while the GUI runs, automatic collection is off and this collects on
the GUI thread, with Python's own thresholds.

A full pass walks every object the process holds and keeps the GIL throughout: with a big
heap (a 100k-order sync, the demo shop's catalogue) that froze the window for 300–700 ms. The
real app therefore freezes its heap once the screens are built (``freeze_heap``) and, after
each full pass, moves the survivors out of later passes too (``freeze_survivors``): a pass then
walks only what was made since the last one. Objects that survived a full pass are long-lived;
those that die later are still freed by their reference counts, only a reference cycle among
them stays (a small, bounded cost, traded for a window that never freezes). Tests leave both off:
their heap is rebuilt test after test.

While a sync or a worker round runs (automation/gc_pause.py) no pass is made at all: young
passes then walk the pages and plans in flight in the worker, and on a loaded machine one took
100–370 ms of the GUI thread. What the round leaves is collected by the first pass after it.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

from refunddesk.automation.gc_pause import sync_holds_collector

# Often, so a young pass has little to walk: with automatic collection off, a busy worker's
# allocations pile up between checks (500 ms let one young pass take 70 ms at 100k orders).
CHECK_MS = 100
# A full pass at most this often. Young passes follow Python's thresholds, but a full one every
# 10 young ones (every second at CHECK_MS) would freeze whatever happens to be alive each time.
FULL_PASS_SECONDS = 60.0


class MainThreadCollector(QObject):
    def __init__(
        self,
        parent: QObject | None = None,
        *,
        interval_ms: int = CHECK_MS,
        freeze_survivors: bool = False,
    ) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = False
        self.freeze_survivors = freeze_survivors
        self.running = False
        self._last_full_pass = -FULL_PASS_SECONDS  # the first one may come at once

    def start(self) -> None:
        if self.running:
            return
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()
        self.running = True

    def stop(self) -> None:
        if not self.running:
            return
        self._timer.stop()
        self.running = False
        gc.collect()  # on this (the GUI) thread, before threads may collect again
        if self._was_enabled:
            gc.enable()

    def freeze_heap(self) -> None:
        """Everything alive now lives as long as the app (modules, screens, the demo shop):
        collect once, then keep it out of every later pass."""
        gc.collect()
        gc.freeze()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the objects freed."""
        if sync_holds_collector():
            return 0
        counts, limits = gc.get_count(), gc.get_threshold()
        now = time.monotonic()
        for generation in (2, 1, 0):
            if counts[generation] <= limits[generation]:
                continue
            if generation == 2:
                if now - self._last_full_pass < FULL_PASS_SECONDS:
                    continue
                self._last_full_pass = now
            freed = gc.collect(generation)
            if generation == 2 and self.freeze_survivors:
                gc.freeze()
            return freed
        return 0
