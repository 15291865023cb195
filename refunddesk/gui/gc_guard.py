"""Python's garbage collector, run on the GUI thread only.

The collector runs in whichever thread an allocation happens to trip it. When that is a
background thread (a query in the pool, the worker) and the garbage holds a Qt object, the
object is destroyed off the GUI thread: PySide then takes Qt's locks and waits for the GIL
while the GUI thread holds the GIL and waits for those locks — a deadlock (seen in the test
suite), or a crash. So while the GUI runs, automatic collection is off and this collects on
the GUI thread, with Python's own thresholds.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject | None = None, *, interval_ms: int = CHECK_MS) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_if_due)
        self._was_enabled = False
        self.running = False

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

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose count passed its threshold; the objects freed."""
        counts, limits = gc.get_count(), gc.get_threshold()
        for generation in (2, 1, 0):
            if counts[generation] > limits[generation]:
                return gc.collect(generation)
        return 0
