"""The Qt-free worker on a QThread: its callbacks become signals, its cycles become Changes."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from refunddesk.automation.lease import Holder
from refunddesk.automation.worker import CycleReport, Worker, WorkerState
from refunddesk.domain.messages import Said
from refunddesk.gui.services import Changes, GuiServices
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.queries.dashboard import AutomationStatus, automation_status

log = logging.getLogger(__name__)

# Cycles that finish within this window reach the screens as one Changes.
COALESCE_MS = 150


def changes_for(report: CycleReport) -> Changes:
    """What a cycle changed, as the screens understand it (they refresh only that)."""
    refunds = report.refunds_changed
    # A notice that failed (or became unknown) later is a Review row, and an event on its order.
    notices = report.notices_changed
    return Changes(
        refunds=refunds,
        review=refunds or notices,
        orders=report.orders_changed or notices,
        shops=bool(report.alerts),
        automation=True,
    )


def state_for(
    status: AutomationStatus, worker_state: WorkerState, blocked: bool = False
) -> AutomationState:
    """The one word the status strip shows: paused beats blocked beats dry-run beats shadow."""
    if status.paused or worker_state is WorkerState.PAUSED:
        return AutomationState.PAUSED
    if blocked:
        return AutomationState.BLOCKED
    if status.dry_run:
        return AutomationState.DRY_RUN
    if not status.any_armed:
        return AutomationState.SHADOW
    return AutomationState.RUNNING


def last_problem(report: CycleReport) -> tuple[str, Said]:
    """The one problem the status strip shows, and the shop it is about: an alert first,
    then the first problem, else why the round was skipped (details stay in Review)."""
    for shop in report.shops:
        if shop.alert:
            return shop.shop_name, shop.alert
    for shop in report.shops:
        if shop.problems:
            return shop.shop_name, shop.problems[0]
    return "", report.skipped_reason


class _WorkerThread(QThread):
    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refund-worker")
        self._worker = worker

    def run(self) -> None:
        self._worker.run()


class WorkerBridge(QObject):
    """Owns the worker and its thread. Create and use it on the GUI thread only."""

    status_changed = Signal(object)  # ShellStatus
    review_count_changed = Signal(int)
    attention_grew = Signal(int)  # how many more refunds wait for a person than before
    cycle_finished = Signal(object)  # CycleReport
    _cycle_from_worker = Signal(object)
    _state_from_worker = Signal(object)

    def __init__(
        self, services: GuiServices, *, interval: float | None = None, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        ctx = services.ctx
        # The callbacks run on the worker's thread: a signal emit is the hand-over (queued).
        self.worker = ctx.make_worker(
            on_cycle=self._cycle_from_worker.emit,
            on_state=self._state_from_worker.emit,
            interval=interval,
        )
        self._thread = _WorkerThread(self.worker, self)
        self._cycle_from_worker.connect(self._on_cycle)
        self._state_from_worker.connect(self._on_state)
        self._pending = Changes()
        self._flush_timer = QTimer(self)
        self._flush_timer.setSingleShot(True)
        self._flush_timer.setInterval(COALESCE_MS)
        self._flush_timer.timeout.connect(self._flush)
        self._worker_state = WorkerState.STOPPED
        self._last_sync: datetime | None = None
        self._last_error: Said = ""
        self._error_shop = ""
        self._blocked = False
        self._review_count: int | None = None
        self._status = ShellStatus(is_demo=ctx.is_demo)
        self.cycles = 0
        self.last_report: CycleReport | None = None
        services.changed.connect(self._on_changes)

    # -- controls ---------------------------------------------------------------------------

    def start(self) -> None:
        if not self._thread.isRunning():
            self._thread.start()
        self.refresh_status()

    def set_paused(self, paused: bool) -> None:
        """Pause or resume automation; persisted (the worker writes the setting)."""
        action = self.worker.pause if paused else self.worker.resume
        self._services.run(action, lambda _: self._services.notify(Changes(settings=True)))

    def wake(self) -> None:
        """ "Sync now": the next cycle starts at once."""
        self.worker.wake()

    def stop(self, timeout_ms: int = 30_000) -> bool:
        """Stop the loop and wait for the thread; True when it ended in time."""
        self.worker.stop()
        if not self._thread.isRunning():
            return True
        return self._thread.wait(timeout_ms)

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    @property
    def worker_state(self) -> WorkerState:
        return self._worker_state

    def status(self) -> ShellStatus:
        return self._status

    # -- from the worker --------------------------------------------------------------------

    def _on_cycle(self, report: CycleReport) -> None:
        self.cycles += 1
        self.last_report = report
        self._last_sync = report.finished_at or report.started_at
        self._blocked = report.blocked_by is not None
        if report.blocked_by:
            self._error_shop, self._last_error = "", self.blocked_text(report.blocked_by)
        else:
            self._error_shop, self._last_error = last_problem(report)
        self._pending = self._pending | changes_for(report)
        self.cycle_finished.emit(report)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _on_state(self, state: WorkerState) -> None:
        self._worker_state = state
        self.refresh_status()

    def _flush(self) -> None:
        pending, self._pending = self._pending, Changes()
        self._services.notify(pending)  # the status refreshes through _on_changes

    def _on_changes(self, changes: Changes) -> None:
        # Any change may move the state (a rule armed, dry-run set) or the review count.
        if changes.any:
            self.refresh_status()

    # -- the status strip -------------------------------------------------------------------

    def blocked_text(self, holder: Holder) -> str:
        """Who runs automation instead of this window, in the merchant's language."""
        where = self.tr("this computer") if holder.on_this_computer else holder.host
        if holder.pid is None:
            return self.tr("Automation runs in RefundDesk on %1.").replace("%1", where)
        return (
            self.tr("Automation runs in RefundDesk on %1 (process %2).")
            .replace("%1", where)
            .replace("%2", str(holder.pid))
        )

    def refresh_status(self) -> None:
        db = self._services.ctx.db
        self._services.run(lambda: automation_status(db), self._apply_status)

    def _apply_status(self, found: AutomationStatus) -> None:
        self._status = ShellStatus(
            shop_name="" if found.is_demo else found.shop_name,
            is_demo=found.is_demo or self._services.ctx.is_demo,
            automation_state=state_for(found, self._worker_state, self._blocked),
            last_sync=self._last_sync,
            last_error=self._last_error,
            error_shop=self._error_shop,
        )
        self.status_changed.emit(self._status)
        previous, self._review_count = self._review_count, found.review_count
        if previous != found.review_count:
            self.review_count_changed.emit(found.review_count)
        if previous is not None and found.review_count > previous:
            self.attention_grew.emit(found.review_count - previous)
