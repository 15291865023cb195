"""Python's cyclic garbage collector held off while a sync reads pages of orders.

A page of 100 orders makes ~4,000 tracked objects (the JSON, the mapped orders), all acyclic
and freed by their reference counts once the page is saved. While up to 16 pages are in flight,
many of them are alive at each automatic pass, so they are promoted and walked again and again:
in a first backfill of 20,000 orders the collector took ~2 s of the process's ~5 s of CPU
(963 young, 88 middle and 8 full passes). So a sync turns automatic collection off while it
runs and back on after; whatever cycles it leaves are collected by the next automatic pass.
The worker holds it for its whole round for the same reason: planning and sending 1,000 refunds
keeps their plans and answers in flight, and a young pass over them paused the window for 77 ms.

Only what was on is turned off and back on: where the app already runs without automatic
collection (the GUI collects on its own thread, gui/gc_guard.py) this turns nothing off, but
``sync_holds_collector`` tells that collector to wait too. Syncs in several threads share one
count, so the collector comes back when the last one ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_turned_off = False


@contextmanager
def collector_paused() -> Iterator[None]:
    global _holders, _turned_off
    with _lock:
        if _holders == 0 and gc.isenabled():
            gc.disable()
            _turned_off = True
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _turned_off:
                _turned_off = False
                gc.enable()


def sync_holds_collector() -> bool:
    """Whether a sync or a worker round is running and wants no collection passes until it ends."""
    return _holders > 0
