"""A helper process of a big first sync, as the app sees it: started, ready, given up, stopped.

The page reading helper (reading_process.py) and the saving helper (saving_process.py) live
alike: a fresh interpreter ("spawn", never a fork of the app, which has threads and perhaps
Qt) and one pipe; started at once and used only once it says "ready"; lowered in priority the
moment it exists; given up for good at its first failure (the app then does the work itself);
and on closing, killed if it does not end in a moment. Every wait has a limit.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

HELPER_NICENESS = 10  # on Unix; Windows has no niceness and a helper runs as the app


def lower_priority(pid: int | None) -> None:
    """Throughput work: when the cores are busy, the app's own threads (the window above all)
    go first, and a helper works on in whatever time is left. Set by the app the moment the
    helper exists, so that its start (a fresh interpreter importing its modules) already gives
    way too."""
    if pid is None or not hasattr(os, "setpriority"):
        return
    try:
        ours = os.getpriority(os.PRIO_PROCESS, 0)
        os.setpriority(os.PRIO_PROCESS, pid, min(19, ours + HELPER_NICENESS))
    except OSError:  # it has ended already: nothing to lower
        pass


class HelperProcess:
    """One helper running ``target(pipe end, *args)``; ``what`` names it in the log. A helper
    sends "ready" first. Subclasses talk through ``_conn`` holding ``_lock``."""

    def __init__(self, name: str, what: str, target: Callable[..., None], *args: Any) -> None:
        context = multiprocessing.get_context("spawn")
        self._conn, theirs = context.Pipe()
        self._process = context.Process(target=target, args=(theirs, *args), name=name, daemon=True)
        self._what = what
        self._lock = threading.Lock()
        self._usable = True
        self._started = False
        self._process.start()
        lower_priority(self._process.pid)
        theirs.close()

    def ready(self) -> bool:
        """Whether it has started and still works (until then the app does the work)."""
        if self._started or not self._usable:
            return self._started and self._usable
        return self.started(0.0)

    def started(self, timeout: float) -> bool:
        """Waits up to ``timeout`` seconds for it to start; whether it works."""
        with self._lock:
            if not self._started and self._usable:
                try:
                    if self._conn.poll(timeout):
                        self._started = self._conn.recv() == "ready"
                        if not self._started:
                            self._give_up("it did not start")
                except (EOFError, OSError):
                    self._give_up("it did not start")
            return self._started and self._usable

    @property
    def usable(self) -> bool:
        return self._usable

    def close(self) -> None:
        with self._lock:
            self._usable = False
            self._stop()

    def _send(self, message: Any, timeout: float) -> None:
        """(With the lock.) Sends ``message``, which may be bigger than a pipe holds (a page of
        100 orders is ~200 KB): the send then waits until the helper reads it. One that has
        stopped without dying would hold it for good, so a watchdog kills the helper after
        ``timeout``, which ends the send with a broken pipe (an OSError, as when it died)."""
        watchdog = threading.Timer(timeout, self._process.kill)
        watchdog.daemon = True
        watchdog.start()
        try:
            self._conn.send(message)
        finally:
            watchdog.cancel()

    def _give_up(self, why: str) -> None:
        """(With the lock.) No more work for it: the app does it itself."""
        if self._usable:
            log.warning("the %s is not used any more (%s)", self._what, why)
        self._usable = False
        self._stop()

    def _stop(self) -> None:
        # Closing our end ends its loop; what does not end in a moment is killed.
        self._conn.close()
        self._process.join(2.0)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(5.0)
