"""The worker: sync → re-plan → plan (and the deadline scan) → execute → follow-ups → notify.

A burst of new cases is planned and sent a batch at a time (``planner.READ_AHEAD`` cases),
each batch through the whole executor (reconcile, poll, re-check, claim, send), so the first
refunds go out while the rest are still being decided.

Qt-free. The GUI runs ``run()`` on a QThread through a thin adapter; ``refunddesk run`` runs it
in the foreground. One failing order never stops the loop; one failing shop never stops the
others.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from refunddesk.automation import limits as limits_mod
from refunddesk.automation.cycle_reads import CycleReads
from refunddesk.automation.executor import REPOLL_AFTER_SECONDS, ExecuteReport, execute_shop
from refunddesk.automation.followups import run_followups
from refunddesk.automation.gc_pause import collector_paused
from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.lease import Holder, Lease, LeaseLost, StopRequested, shared_lease
from refunddesk.automation.planner import BacklogMode, PlanReport, Watch, plan_shop
from refunddesk.automation.replan import replan_shop
from refunddesk.automation.sync import sync_shop
from refunddesk.domain.messages import Message, Said, msg, render
from refunddesk.domain.rules import Rule
from refunddesk.infra.secrets import KeyringLocked, SecretsError
from refunddesk.marketplace.base import (
    Marketplace,
    MarketplaceError,
    NetworkError,
    RateLimited,
    ReconnectNeeded,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import models as m
from refunddesk.store.database import Database
from refunddesk.store.problems import DatabaseDamaged, DatabaseLocked, DatabaseProblem

log = logging.getLogger(__name__)

Clock = Callable[[], datetime]
MarketFactory = Callable[[int, AttemptRecorder], Marketplace]
RulesLoader = Callable[[Database], list[Rule]]
# Sends and follows one shop's buyer notices; True when a notice's status changed (sent,
# failed, unknown, delivered or blocked), so the screens that show notices refresh.
NoticeSender = Callable[[Database, int, Marketplace, Clock], bool]


def utc_now() -> datetime:
    return datetime.now(UTC)


class WorkerState(StrEnum):
    STOPPED = "STOPPED"
    RUNNING = "RUNNING"
    PAUSED = "PAUSED"


@dataclass
class ShopCycle:
    """What one cycle did for one shop."""

    shop_id: int
    shop_name: str
    synced: Said = ""  # the sync's summary (a message)
    decided: dict[str, int] = field(default_factory=dict)
    executed: dict[str, int] = field(default_factory=dict)
    problems: list[Said] = field(default_factory=list)
    alert: Said = ""  # something the merchant must act on (reconnect, breaker, budget …)
    changed_orders: set[str] = field(default_factory=set)
    failed: bool = False  # the round of this shop stopped early (network, token, a bug …)
    notices_changed: bool = False  # a buyer notice was sent, failed, delivered or blocked


@dataclass
class CycleReport:
    """The "what changed" of one cycle: screens refresh only what this names."""

    started_at: datetime
    finished_at: datetime | None = None
    shops: list[ShopCycle] = field(default_factory=list)
    skipped_reason: Said = ""  # why the round did nothing (a message, in no language)
    blocked_by: Holder | None = None  # another RefundDesk runs automation (for the status bar)
    busy: bool = False  # the database was locked for longer than its busy timeout
    storage_failed: bool = False  # the database could not be written (read-only, disk full)

    @property
    def refunds_changed(self) -> bool:
        return any(s.decided or s.executed for s in self.shops)

    @property
    def notices_changed(self) -> bool:
        return any(s.notices_changed for s in self.shops)

    @property
    def orders_changed(self) -> bool:
        return any(s.changed_orders for s in self.shops)

    @property
    def failed(self) -> bool:
        """Whether the round could not do its work (for `run --once`): a shop's round stopped
        early or needs the merchant, or the database was busy or could not be written.
        Another worker holding the lease is not a failure: that worker does the work."""
        return self.busy or self.storage_failed or any(s.failed or s.alert for s in self.shops)

    @property
    def alerts(self) -> list[Said]:
        """What the merchant must act on, a message per shop (in no particular language)."""
        return [msg("cycle.shop", shop=s.shop_name, what=s.alert) for s in self.shops if s.alert]

    def summary_lines(self) -> list[Said]:
        """One message per shop (or why the round was skipped), in no particular language."""
        if self.skipped_reason:
            return [self.skipped_reason]
        lines: list[Said] = []
        for s in self.shops:
            bits: list[Message] = []
            if isinstance(s.synced, Message):
                bits.append(s.synced)
            elif s.synced:
                bits.append(msg("cycle.text", text=s.synced))
            for counts in (s.decided, s.executed):
                bits += [_state_count(k, v) for k, v in sorted(counts.items())]
            if s.problems:
                bits.append(msg("cycle.problems", n=len(s.problems)))
            if s.alert:
                bits.append(msg("cycle.alert", alert=s.alert))
            what = msg("cycle.parts", parts=tuple(bits)) if bits else msg("cycle.nothing_new")
            lines.append(msg("cycle.shop", shop=s.shop_name, what=what))
        return lines or [msg("cycle.no_shops")]

    def summary(self, language: str = "en") -> str:
        """The round in one line, in ``language`` (the log in English, the CLI in the
        merchant's language)."""
        return " | ".join(render(line, language) for line in self.summary_lines())


def _state_count(state: str, n: int) -> Message:
    """ "held for approval: 1": the planner counts by intent state (``HELD``), the executor by
    what happened (``submitted``); both read as the merchant's words for the state."""
    return msg("cycle.count", state=msg(f"state.{state.upper()}"), n=n)


class Worker:
    """Owns the automation loop. Thread-safe controls: pause, resume, wake, stop."""

    def __init__(
        self,
        db: Database,
        market_factory: MarketFactory,
        rules_loader: RulesLoader,
        *,
        now: Clock = utc_now,
        interval: float | None = None,
        notice_sender: NoticeSender | None = None,
        after_round: Callable[[Database, datetime], None] | None = None,
        on_cycle: Callable[[CycleReport], None] | None = None,
        on_state: Callable[[WorkerState], None] | None = None,
        holder: str | None = None,
        lease: Lease | None = None,
    ) -> None:
        self.db = db
        self._market_factory = market_factory
        self._rules_loader = rules_loader
        self._now = now
        self._interval = interval
        self._notice_sender = notice_sender
        self._after_round = after_round
        self.on_cycle = on_cycle
        self.on_state = on_state
        self._wake = threading.Event()
        self._stop = threading.Event()
        # One client per shop, kept across rounds (its pooled connections and the tokens it
        # holds in memory), with the connection it was made for: a reconnected shop (another
        # login, maybe another Allegro account) gets a new one, never the old login's client.
        self._markets: dict[int, tuple[datetime | None, Marketplace, AttemptRecorder]] = {}
        # Workers of one process share its lease (the app's own worker and a demo run never
        # wait on each other); a test that plays two computers gives each its own holder.
        if lease is not None:
            self.lease = lease
        elif holder is not None:
            self.lease = Lease(db, holder, now=now)
        else:
            self.lease = shared_lease(db, now)
        self._state = WorkerState.STOPPED
        self._thread: threading.Thread | None = None
        # Why the worker stopped by itself: a damaged database it refuses to act on.
        self.refused: DatabaseDamaged | None = None

    # -- controls (any thread) -------------------------------------------------------------

    @property
    def state(self) -> WorkerState:
        return self._state

    def pause(self) -> None:
        """Global pause: sync goes on, no refund is planned or sent."""
        with self.db.transaction() as s:
            limits_mod.update_settings(s, paused=True)
        self._set_state(WorkerState.PAUSED)
        self.wake()

    def resume(self) -> None:
        with self.db.transaction() as s:
            limits_mod.update_settings(s, paused=False)
        self._set_state(WorkerState.RUNNING)
        self.wake()

    def wake(self) -> None:
        """ "Sync now": run the next cycle at once."""
        self._wake.set()

    def stop(self) -> None:
        self._stop.set()
        self._wake.set()

    def start(self) -> threading.Thread:
        """Run the loop on a daemon thread (the CLI and tests; the GUI uses its own QThread)."""
        self._thread = threading.Thread(target=self.run, name="refund-worker", daemon=True)
        self._thread.start()
        return self._thread

    def join(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    # -- the loop --------------------------------------------------------------------------

    def run(self) -> None:
        """Cycle until stopped. Never raises for expected trouble; a bug is logged and survived."""
        self._stop.clear()
        with self.db.sessions() as s:
            paused = limits_mod.load_settings(s).paused
        self._set_state(WorkerState.PAUSED if paused else WorkerState.RUNNING)
        try:
            while not self._stop.is_set():
                report = self.run_once()
                if not self._stop.is_set():
                    self._wait(self._pause_after(report))
        finally:
            self.lease.release()
            self._set_state(WorkerState.STOPPED)

    def _pause_after(self, report: CycleReport) -> float:
        with self.db.sessions() as s:
            interval = self._interval or limits_mod.load_settings(s).sync_interval_seconds
        if any(shop.executed.get("submitted") for shop in report.shops):
            # Allegro settles most refunds within seconds: look again soon, so the buyer's
            # SUCCESS (and the notice after it) does not wait a whole interval. Only once:
            # a cycle that sends nothing new goes back to the merchant's interval.
            return float(min(interval, REPOLL_AFTER_SECONDS))
        return float(interval)

    def _wait(self, seconds: float) -> None:
        self._wake.wait(timeout=seconds)
        self._wake.clear()

    def run_once(self) -> CycleReport:
        """One full cycle over every shop; returns what changed (also sent to on_cycle)."""
        report = CycleReport(started_at=self._now())
        with self.lease.round_lock:
            try:
                # Never act on a damaged file: a broken index could hide a refund already made.
                self.db.ensure_sound()
                if not self.lease.take():
                    report.blocked_by = self.lease.current()
                    report.skipped_reason = msg(
                        "cycle.blocked", holder=self.lease.current_holder_said()
                    )
                else:
                    # No cyclic collection during the round (gc_pause.py): its passes walked
                    # the pages and plans in flight; what the round leaves goes at the next.
                    with self.lease.heartbeat(), collector_paused():
                        self._all_shops(report)
                        self._merchant_round()
            except DatabaseDamaged as exc:
                # It will not heal by itself: stop until a person restores a backup.
                self.refused = exc
                self._stop.set()
                log.error("automation refused: %s", exc)
                report.skipped_reason = msg("cycle.refused")
            except DatabaseLocked as exc:
                log.warning("database busy: %s", exc)
                report.skipped_reason = msg("cycle.busy")
                report.busy = True
            except DatabaseProblem as exc:  # read-only, disk full: the next round retries
                log.warning("database problem: %s", exc)
                report.skipped_reason = msg("cycle.storage")
                report.storage_failed = True
            except StopRequested:
                report.skipped_reason = msg("cycle.stopped")
            except LeaseLost:
                report.skipped_reason = msg(
                    "cycle.taken_over", holder=self.lease.current_holder_said()
                )
        report.finished_at = self._now()
        log.info("cycle: %s", report.summary())
        if self.on_cycle is not None:
            self.on_cycle(report)
        return report

    def _all_shops(self, report: CycleReport) -> None:
        with self.db.sessions() as s:
            shops = list(s.scalars(select(m.Shop).order_by(m.Shop.id)))
        for gone in set(self._markets) - {shop.id for shop in shops}:
            self._forget_market(gone)  # a removed shop's client holds its old login
        for shop in shops:
            if self._stop.is_set():
                break
            if not self.lease.held:
                raise LeaseLost("the automation lease was taken over")
            report.shops.append(
                self._cycle_shop(shop.id, shop.name, shop.connected_at, shop.backlog_mode)
            )

    def _cycle_shop(
        self, shop_id: int, name: str, connected_at: datetime | None, backlog: str = "ask"
    ) -> ShopCycle:
        cycle = ShopCycle(shop_id, name)
        try:
            with self.db.sessions() as s:
                shop = s.get(m.Shop, shop_id)
                if shop is not None and shop.needs_reconnect:
                    cycle.alert = msg("alert.reconnect")
                    return cycle
            raw_market, recorder = self._market(shop_id)
            # This cycle's reads of each order, shared by sync, planner and executor: a refund
            # costs one read of its order's refunds, not three (automation/cycle_reads.py).
            market = CycleReads(raw_market)
            with self.db.sessions() as s:
                settings = limits_mod.load_settings(s)
            # The first sync reads the backfill window the merchant set (Settings → Sync).
            synced = sync_shop(
                self.db, shop_id, market, self._now, backfill_days=settings.backfill_days
            )
            cycle.synced = synced.summary_message()
            cycle.problems += synced.problems
            cycle.changed_orders |= synced.changed_orders
            with self.db.sessions() as s:
                settings = limits_mod.load_settings(s)
            if settings.paused:
                return cycle
            rules = self._rules_loader(self.db)
            watch = Watch(connected_at, BacklogMode(backlog))
            # Decisions made earlier whose facts changed are looked at first, so none of them
            # is sent before it is re-planned (new cases have no decision to re-plan).
            replanned = PlanReport()
            replan_shop(self.db, shop_id, market, rules, settings, self._now, watch, replanned)
            self._add_plans(cycle, replanned)

            first_sent: float | None = None

            def send_planned(*, last: bool = False) -> None:
                nonlocal first_sent
                executed = execute_shop(
                    self.db,
                    shop_id,
                    market,
                    self._now,
                    recorder,
                    fence=self._fence,
                    first_sent=first_sent,
                    poll_at_end=last,
                )
                first_sent = executed.first_sent
                self._add_sends(cycle, executed)

            # A burst of new cases is sent a batch at a time while the rest are still being
            # decided (the first buyers wait for one batch, not for all of them).
            # Filled as planning goes: an early send that stops this shop's round (network
            # down, 429) leaves the decisions made so far counted, so the screens refresh them.
            planned = PlanReport()
            try:
                plan_shop(
                    self.db,
                    shop_id,
                    market,
                    rules,
                    settings,
                    self._now,
                    watching_since=connected_at,
                    backlog=backlog,
                    between_batches=send_planned,
                    report=planned,
                )
            finally:
                self._add_plans(cycle, planned)
            send_planned(last=True)
            cycle.problems += run_followups(self.db, shop_id, market, self._now, recorder)
            if self._notice_sender is not None:
                cycle.notices_changed = self._notice_sender(self.db, shop_id, raw_market, self._now)
            with self.db.sessions() as s:
                after = limits_mod.load_settings(s)
            if after.breaker_open:
                cycle.alert = msg("alert.breaker", n=after.consecutive_failures)
        except LeaseLost:
            raise  # the whole round stops: another worker acts now
        except ReconnectNeeded as exc:
            cycle.failed = True
            log.warning("shop %s needs reconnecting: %s", name, exc)
            self._forget_market(shop_id)
            with self.db.transaction() as s:
                row = s.get(m.Shop, shop_id)
                if row is not None:
                    row.needs_reconnect = True
            cycle.alert = msg("alert.reconnect")
        except RateLimited as exc:
            cycle.failed = True
            cycle.problems.append(error_message(exc))
            self._wait(min(exc.retry_after, 120.0))
        except (NetworkError, MarketplaceError) as exc:
            cycle.failed = True
            cycle.problems.append(error_message(exc))
        except SecretsError as exc:
            # No keyring, or a locked one: the shop's login cannot be read. Known, not a bug:
            # one plain problem, and no traceback on a headless worker's console.
            cycle.failed = True
            locked = isinstance(exc, KeyringLocked)
            log.info("shop %s: the keyring cannot be used: %s", name, exc)
            cycle.problems.append(msg("problem.keyring_locked" if locked else "problem.no_keyring"))
        except DatabaseProblem:
            raise  # about the whole database, not this shop: the round stops
        except Exception as exc:  # a bug: log it with the traceback and keep the loop alive
            log.exception("unexpected error in the cycle of shop %s", name)
            cycle.failed = True
            cycle.problems.append(msg("problem.bug", error=repr(exc)))
        return cycle

    @staticmethod
    def _add_plans(cycle: ShopCycle, planned: PlanReport) -> None:
        for state, n in planned.decided.items():
            cycle.decided[state] = cycle.decided.get(state, 0) + n
        cycle.problems += planned.problems
        cycle.changed_orders |= planned.changed_orders

    @staticmethod
    def _add_sends(cycle: ShopCycle, executed: ExecuteReport) -> None:
        for what, n in executed.counts.items():
            cycle.executed[what] = cycle.executed.get(what, 0) + n
        cycle.problems += executed.problems
        cycle.changed_orders |= executed.changed_orders

    def _merchant_round(self) -> None:
        """Merchant alerts about the whole round (digest, breaker, reconnect): by the lease
        holder only, so two RefundDesks on one database never alert twice."""
        if self._after_round is None:
            return
        try:
            self._after_round(self.db, self._now())
        except DatabaseProblem:
            raise
        except Exception:  # alerts are a courtesy: a bug in them never stops refunds
            log.exception("merchant alerts after the round failed")

    def _market(self, shop_id: int) -> tuple[Marketplace, AttemptRecorder]:
        """The shop's client: the one of earlier rounds, unless the shop was connected again
        since it was made (the row's ``connected_at`` moved)."""
        with self.db.sessions() as s:
            row = s.get(m.Shop, shop_id)
            connected_at = row.connected_at if row is not None else None
        kept = self._markets.get(shop_id)
        if kept is not None and kept[0] == connected_at:
            return kept[1], kept[2]
        if kept is not None:
            log.info("shop %s was connected again; using its new login", shop_id)
        recorder = AttemptRecorder()
        market = self._market_factory(shop_id, recorder)
        self._markets[shop_id] = (connected_at, market, recorder)
        return market, recorder

    def _forget_market(self, shop_id: int) -> None:
        self._markets.pop(shop_id, None)

    # -- one worker per database -----------------------------------------------------------

    def _fence(self, session: Session) -> None:
        """Before every claim: stop if asked to, and prove the lease (lease.py)."""
        if self._stop.is_set():
            raise StopRequested("the worker is stopping")
        self.lease.fence(session)

    def release(self) -> None:
        """Give up the automation lease now (after run_once, so the next worker need not wait)."""
        self.lease.release()

    def _set_state(self, state: WorkerState) -> None:
        self._state = state
        if self.on_state is not None:
            self.on_state(state)
