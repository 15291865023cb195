"""Saving what a first sync reads of the order history: batch by batch, in the order read.

A big first sync hands its batches to the saving helper process (saving_process.py) and reads
on while they are saved; a small one, a sync on PostgreSQL, or one whose helper is gone saves
them here. Either way each batch is one transaction, batches are saved in the order they were
read, and a batch counts as saved (in the sync's report) only once it is committed.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from datetime import datetime

from refunddesk.automation.quarantine import quarantine
from refunddesk.automation.reading_process import HistoryRows, packed, unpacked
from refunddesk.automation.saving_process import SavingProcess
from refunddesk.domain.messages import Said
from refunddesk.store import orders_repo
from refunddesk.store.database import Database
from refunddesk.store.order_rows import moment_text

log = logging.getLogger(__name__)

# Batches handed to the helper and not yet saved before the sync waits for it: enough to keep
# it busy (and let it save several in one transaction) while the next are read, few enough
# to keep little in memory (~330 KB a batch).
BATCHES_AHEAD = 6


class HistorySaver:
    """Saves batches of read history pages for one first sync of the shop ``shop_id``:
    ``problems`` gets the orders set aside, ``saved`` each page once it is committed."""

    def __init__(
        self,
        db: Database,
        shop_id: int,
        now: Callable[[], datetime],
        problems: list[Said],
        saved: Callable[[HistoryRows], None],
    ) -> None:
        self.db, self.shop_id, self.now = db, shop_id, now
        self._problems, self._saved = problems, saved
        self.process: SavingProcess | None = None
        self._handed: deque[tuple[int, list[HistoryRows]]] = deque()
        self._numbered = 0

    def start_process(self) -> None:
        """A helper to save the batches from now on (a SQLite file only)."""
        path = self.db.sqlite_path
        if path is None or self.process is not None:
            return
        try:
            self.process = SavingProcess(path)
        except Exception as exc:  # a helper is only ever a speed-up: save here instead
            log.warning("no saving process (%s); the sync saves here", exc)

    def save(self, pages: list[HistoryRows]) -> None:
        """Saves ``pages`` in one transaction (after every batch before them) and empties the
        list. Handed to the helper, it may not be saved yet when this returns: ``drain``."""
        if not pages:
            return
        batch = list(pages)
        pages.clear()
        process = self.process
        # Orders set aside go on the sync's report from here: such a batch is saved here.
        if process is not None and process.ready() and not any(p.unreadable for p in batch):
            self._take_answers(wait=False)
            while len(self._handed) >= BATCHES_AHEAD and self.process is not None:
                self._take_answers(wait=True)
            if self.process is not None:
                self._numbered += 1
                number = self._numbered
                synced = moment_text(self.now())
                if process.send((number, self.shop_id, synced, [packed(p.rows) for p in batch])):
                    self._handed.append((number, batch))
                    return
                self._give_up()
        self.drain()
        self._save_here(batch)

    def drain(self) -> None:
        """Waits until every batch handed to the helper is saved (saving here what it did not)."""
        while self._handed and self.process is not None:
            self._take_answers(wait=True)
        if self._handed:
            self._give_up()

    def close(self) -> None:
        """Stops the helper. A batch it had not saved is not saved (this sync's cursor is set
        only after ``drain``, so the next sync reads the history again)."""
        if self.process is not None:
            self.process.close()
            self.process = None

    def _take_answers(self, *, wait: bool) -> None:
        """Takes the helper's answers so far (with ``wait``, at least one, or gives it up)."""
        process = self.process
        while process is not None and self._handed:
            answer = process.answer(wait=wait)
            if answer is None:
                if not process.usable:
                    self._give_up()
                return
            number, trouble = answer
            expected, batch = self._handed[0]
            if number != expected or trouble is not None:
                log.warning(
                    "the saving process could not save batch %s (%s); saving here",
                    number,
                    trouble or f"batch {expected} was expected",
                )
                self._give_up()
                return
            self._handed.popleft()
            self._count(batch)
            wait = False  # one answer was waited for: take the rest that are there

    def _give_up(self) -> None:
        """No more helper: what it was handed and did not save is saved here, in order."""
        if self.process is not None:
            self.process.close()
            self.process = None
        while self._handed:
            _, batch = self._handed.popleft()
            self._save_here(batch)

    def _save_here(self, batch: list[HistoryRows]) -> None:
        with self.db.transaction() as s:
            for page in batch:
                orders_repo.save_order_rows(s, self.shop_id, unpacked(page.rows), self.now())
                quarantine(s, self.shop_id, page.unreadable, self.now(), self._problems)
        self._count(batch)

    def _count(self, batch: list[HistoryRows]) -> None:
        for page in batch:
            self._saved(page)
