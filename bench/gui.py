"""Bench: GUI cold start (time, peak memory), GUI stalls and the app's peak memory during a big
first sync and the refunds after it (the demo shop in its own process), then the Refunds screen
on 1,000,000 refunds.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/gui.py [--rows N] [--orders N]
[--refunds N]``.
Prints a table; it is not a test.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import os
import resource
import subprocess
import sys
import tempfile
import textwrap
import threading
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from as_the_app import helpers_start_as_in_the_app  # noqa: E402
from figures import Figure, write  # noqa: E402
from PySide6.QtCore import QElapsedTimer, QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from remote_shop import RemoteShop  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from refunddesk.domain.cases import Trigger  # noqa: E402
from refunddesk.domain.rules import Mode, Rule  # noqa: E402
from refunddesk.domain.states import IN_FLIGHT, IntentState  # noqa: E402
from refunddesk.gui import msgbox  # noqa: E402
from refunddesk.gui.app import (  # noqa: E402
    GuiOptions,
    build_gui,
    hand_over_the_gil_quickly,
    open_settings,
)
from refunddesk.gui.services import GuiServices  # noqa: E402
from refunddesk.gui.worker_bridge import WorkerBridge  # noqa: E402
from refunddesk.infra.process_keyring import ProcessKeyring  # noqa: E402
from refunddesk.infra.secrets import Secrets  # noqa: E402
from refunddesk.marketplace.allegro.auth import OAuthTokens  # noqa: E402
from refunddesk.services import shops  # noqa: E402
from refunddesk.services.context import AppContext  # noqa: E402
from refunddesk.store import models, rules_repo  # noqa: E402
from refunddesk.store.database import Database, open_database, sqlite_url  # noqa: E402

Row = tuple[str, str]

# The child starts the app as `make run` does (demo profile, data opened in the background)
# and reports, in seconds since the parent's clock reading, when the window first painted and
# when the real screens were built.
_CHILD = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    t0 = float(os.environ["BENCH_T0"])
    from PySide6.QtCore import QEvent, QObject, QTimer
    from refunddesk.gui.app import GuiOptions, build_gui
    marks = {}
    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and "paint" not in marks:
                marks["paint"] = time.time() - t0
            return False
    session = build_gui(GuiOptions(Path(sys.argv[1]), "", demo=True, language="en"))
    spy = FirstPaint()
    session.window.installEventFilter(spy)
    session.window.show()
    def check():
        if session.ready and "ready" not in marks:
            marks["ready"] = time.time() - t0
        if "paint" in marks and "ready" in marks:
            session.app.quit()
    timer = QTimer(); timer.timeout.connect(check); timer.start(5)
    QTimer.singleShot(60_000, session.app.quit)
    session.app.exec()
    session.close()
    import resource
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(marks.get("paint", -1), marks.get("ready", -1), peak)
    """
)


def cold_start(measured: dict[str, float]) -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="refunddesk-cold-") as tmp:
        env = dict(os.environ, BENCH_T0=repr(time.time()), REFUNDDESK_DATA_DIR=tmp)
        done = subprocess.run(
            [sys.executable, "-c", _CHILD, tmp],
            env=env,
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=120,
        )
    if done.returncode != 0:
        return [("cold start", f"failed: {done.stderr.strip().splitlines()[-1:]}")]
    paint, ready, peak = (float(x) for x in done.stdout.split()[-3:])
    measured["cold_peak"] = peak
    return [
        ("cold start: first paint of the window", f"{paint:.2f} s"),
        ("cold start: demo data open, screens built", f"{ready:.2f} s"),
        ("cold start: peak RSS of the app (demo shop inside, as `make run`)", f"{peak:.0f} MiB"),
    ]


def _refunds_bench() -> ModuleType:
    """bench/refunds_screen.py (the Refunds engineer's): its fill and its measured steps."""
    path = REPO / "bench" / "refunds_screen.py"
    spec = importlib.util.spec_from_file_location("bench_refunds_screen", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def refunds_screen(app: QApplication, rows: int) -> list[Row]:
    bench = _refunds_bench()
    out: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="refunddesk-refunds-") as tmp:
        path = Path(tmp) / "bench.sqlite3"
        db = open_database(sqlite_url(path))
        began = time.perf_counter()
        bench._fill(path, rows)
        if hasattr(bench, "_analyze"):
            bench._analyze(path)
        out.append((f"insert {rows:,} refunds (batches of 50k)", _secs(began)))
        ctx = AppContext(db=db, secrets=Secrets(backend=ProcessKeyring()), data_dir=Path(tmp))
        services = GuiServices(ctx)
        for _label, step, secs in bench._measure(app, services, "", rows):
            out.append((f"Refunds screen: {step}", f"{secs:.3f} s"))
        services.wait_idle()
        db.dispose()
    return out


def sync_stall(
    app: QApplication, orders: int, refunds: int, measured: dict[str, float]
) -> list[Row]:
    """The GUI as run_gui builds it, worker on its QThread, syncing ``orders`` for the first
    time, then refunding ``refunds`` buyer cancellations under an armed rule; a 10 ms heartbeat
    on the GUI thread records its largest gap throughout.

    The shop runs in its own process (bench/remote_shop.py), as Allegro is on the network for
    a merchant: this process's memory and GIL are the app's alone. An idle Qt process beats
    beside it as the machine's floor."""
    with (
        tempfile.TemporaryDirectory(prefix="refunddesk-sync-") as tmp,
        RemoteShop(auto_approve=True, message_interval_seconds=0.0) as shop,
    ):
        began = time.perf_counter()
        shop.call("seed", count=orders, days=14)
        to_cancel = [shop.call("create_order")["id"] for _ in range(refunds)]
        seeded = _secs(began)
        memory = _PeakRss()  # from here: the app's own memory over the sync and the refunds
        db = open_database(sqlite_url(Path(tmp) / "sync.sqlite3"))
        ctx = AppContext(db=db, secrets=Secrets(backend=ProcessKeyring()), data_dir=Path(tmp))
        ctx._closers.append(db.dispose)
        issued = shop.call("issue_tokens")
        shops.add_shop(
            db,
            ctx.secrets,
            name="Bench shop",
            environment="demo",
            client_id=shop.client_id,
            client_secret=shop.client_secret,
            api_url=shop.url,
            now=ctx.now(),
            tokens=OAuthTokens(
                issued["access_token"],
                issued["refresh_token"],
                ctx.now() + timedelta(seconds=int(issued["expires_in"])),
            ),
        )
        if refunds:
            rule = Rule(
                id="", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED
            )
            rules_repo.save_rule(db, rule, ctx.now())
        floor = _IdleHeartbeat()
        hand_over_the_gil_quickly()  # as run_gui does (and freeze_heap below)
        # The app opens on the screen a merchant left it on (built before the worker starts;
        # the others are built when first opened): here Orders, which refreshes as orders arrive.
        remembered = open_settings(Path(tmp) / "gui")
        remembered.setValue("main_window/screen", os.environ.get("BENCH_SCREEN", "orders"))
        remembered.sync()
        session = build_gui(
            GuiOptions(
                Path(tmp) / "gui", "", demo=False, language="en", context=ctx, freeze_heap=True
            )
        )
        window = session.window
        window.resize(1280, 800)
        window.show()
        bridge = session.bridge
        assert bridge is not None
        finished = threading.Event()
        bridge.cycle_finished.connect(lambda _report: finished.set())
        services = session.services
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed(), time.thread_time()]
        # (gap ms, when: s since the heartbeat began, GUI thread's own CPU ms in the gap)
        beats: list[tuple[float, float, float]] = []

        def beat() -> None:
            now, cpu = clock.nsecsElapsed(), time.thread_time()
            beats.append(((now - last[0]) / 1e6, now / 1e9, (cpu - last[1]) * 1000))
            last[0], last[1] = now, cpu

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        heartbeat.start(10)
        sampler = _GuiThreadSampler(clock) if os.environ.get("BENCH_GUI_SAMPLES") else None
        pauses = _GcPauses()
        began = time.perf_counter()
        settled = float("nan")  # when the screens first showed their data (s)

        def note_settled() -> None:
            nonlocal settled
            if settled != settled and services is not None and not services.busy:
                settled = clock.nsecsElapsed() / 1e9

        _run_until(
            # not running: the worker's thread ended without a cycle, it will never finish
            lambda: finished.is_set() or not bridge.running or _late(began),
            every=note_settled,
        )
        synced = time.perf_counter() - began
        sync_peak = memory.peak()
        refunded = _refund_phase(bridge, shop, db, to_cancel) if finished.is_set() else "-"
        heartbeat.stop()
        if sampler is not None:
            sampler.stop()
            sampler.print_worst(sorted(beats, reverse=True)[:3])
        pauses.remove()
        idle = floor.stop()
        report = bridge.last_report
        with db.sessions() as s:
            stored = s.scalar(select(func.count()).select_from(models.Order)) or 0
        session.close()
        window.quit_for_real()  # a person's first close asks a question; a bench has none
        if services is not None:
            services.wait_idle()  # closing may start a screen's query: let it end first
        ctx.close()
    gaps = [ms for ms, _, _ in beats]
    worst = max(gaps) if gaps else float("nan")
    p99 = _p99(gaps)
    measured.update(
        worst=worst,
        p99=p99,
        gc=pauses.worst,
        finished=finished.is_set(),
        refunded=refunded.endswith(" s"),
        sync_peak=sync_peak,
        idle_worst=idle[0],
        idle_p99=idle[1],
    )
    top = sorted(beats, reverse=True)[:5]
    # A gap that began after the screens first showed their data: the sync alone, without the
    # window's first paint (which the figure includes: the sync runs meanwhile).
    later = [ms for ms, when, _ in beats if when - ms / 1000 >= settled]
    working = [cpu for ms, _, cpu in beats if ms > 30]
    if not finished.is_set():
        why = "the worker's thread ended" if not bridge.running else "timed out"
        sync_done = f"NO ({why}; no cycle finished)"
    else:
        sync_done = "yes"
    return [
        (f"seed {orders:,} orders in the demo shop (its own process)", seeded),
        (f"first sync of {orders:,} orders (worker thread)", f"{synced:.1f} s"),
        (f"then {refunds:,} buyer cancellations refunded (armed rule)", refunded),
        ("  sync finished", sync_done),
        ("  orders stored by the sync", f"{stored:,}"),
        ("  worker's summary", report.summary()[:70] if report is not None else "-"),
        ("peak RSS of the app during the first sync (shop not included)", f"{sync_peak:.0f} MiB"),
        ("peak RSS of the app until the refunds were done", f"{memory.peak():.0f} MiB"),
        ("GUI thread during sync: worst heartbeat gap (10 ms timer)", f"{worst:.0f} ms"),
        ("GUI thread during sync: 99th percentile gap", f"{p99:.1f} ms"),
        ("  an idle Qt process meanwhile (the machine's floor): worst / p99", _pair(idle)),
        (f"  screens showed their first data after {settled:.2f} s; worst gap since", _ms(later)),
        ("  GUI thread's own CPU in gaps over 30 ms: most", _ms(working)),
        (
            "  longest garbage-collector pause (stops every thread)",
            f"{pauses.worst:.0f} ms (generation {pauses.worst_generation})",
        ),
        ("  the five worst gaps (ms @ s into the sync, own CPU ms)", _at(top)),
    ]


# A phase that has not ended after this long never will: the bench says so and fails.
PHASE_TIMEOUT_SECONDS = 900.0


def _late(began: float) -> bool:
    return time.perf_counter() - began >= PHASE_TIMEOUT_SECONDS


def _run_until(stop: Callable[[], bool], every: Callable[[], None] = lambda: None) -> None:
    """The event loop as the app runs it (waiting in the system's poll, QApplication.exec),
    until ``stop()``, asked every 20 ms (``every`` is called then too).

    Until session 11 the bench turned a loop of processEvents and 1 ms sleeps: a heartbeat due
    during a sleep waited for it to end, up to a millisecond more than in the app."""
    loop = QEventLoop()
    check = QTimer()

    def poll() -> None:
        every()
        if stop():
            loop.quit()

    check.timeout.connect(poll)
    check.start(20)
    if not stop():
        loop.exec()
    check.stop()


def _refund_phase(
    bridge: WorkerBridge, shop: RemoteShop, db: Database, order_ids: list[str]
) -> str:
    """Buyers cancel ``order_ids`` (from a process of their own, as buyers are not in the
    app); the worker runs cycle after cycle until each has a settled refund decision. The
    heartbeat keeps going."""
    if not order_ids:
        return "-"
    settled_states = [s.value for s in IntentState if s not in (IntentState.PLANNED, *IN_FLIGHT)]
    done, broken = threading.Event(), threading.Event()

    def cancel_and_watch() -> None:
        buyers = shop.call_elsewhere("cancel_as_buyer", [{"order_id": o} for o in order_ids])
        if buyers.wait() != 0:
            broken.set()  # the phase ends unfinished: the figure says NO
            return
        bridge.worker.wake()
        while not done.is_set():
            # Every refund decision in this database is one of these orders' (the one rule is
            # for cancellations, and only these are cancelled): counted without naming 1,000
            # ids, whose statement took the measured process's GIL for ~4 ms four times a
            # second.
            with db.sessions() as s:
                count = s.scalar(
                    select(func.count(models.RefundIntent.id)).where(
                        models.RefundIntent.state.in_(settled_states)
                    )
                )
            if (count or 0) >= len(order_ids):
                done.set()
            time.sleep(0.25)

    next_cycle = bridge.cycle_finished.connect(lambda _report: bridge.wake())
    watcher = threading.Thread(target=cancel_and_watch, daemon=True)
    began = time.perf_counter()
    watcher.start()
    _run_until(lambda: done.is_set() or broken.is_set() or not bridge.running or _late(began))
    bridge.cycle_finished.disconnect(next_cycle)
    took = time.perf_counter() - began
    finished = done.is_set()
    done.set()
    watcher.join()
    if finished:
        return f"{took:.1f} s"
    if broken.is_set():
        return "NO (the buyers' cancellations failed)"
    return "NO (the worker's thread ended)" if not bridge.running else "NO (timed out)"


class _PeakRss:
    """The process's resident-memory high-water mark from now on (Linux: the kernel's VmHWM,
    reset through /proc/self/clear_refs; elsewhere the peak since the process started)."""

    def __init__(self) -> None:
        try:
            Path("/proc/self/clear_refs").write_text("5")
            self.since_start = False
        except OSError:
            self.since_start = True

    def peak(self) -> float:
        if not self.since_start:
            for line in Path("/proc/self/status").read_text().splitlines():
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
        return _max_rss_mib(resource.RUSAGE_SELF)


def _max_rss_mib(who: int) -> float:
    kib = resource.getrusage(who).ru_maxrss
    return kib / 1024 / (1024 if sys.platform == "darwin" else 1)  # bytes on macOS


# An idle Qt process with the same 10 ms heartbeat: what this machine's load alone does to it.
_IDLE = textwrap.dedent(
    """
    import sys, threading, time
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
    app = QCoreApplication([])
    gaps, clock = [], QElapsedTimer()
    clock.start()
    last = [clock.nsecsElapsed()]
    def beat():
        now = clock.nsecsElapsed()
        gaps.append((now - last[0]) / 1e6)
        last[0] = now
    timer = QTimer(); timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(beat); timer.start(10)
    threading.Thread(target=lambda: (sys.stdin.read(), app.quit()), daemon=True).start()
    print("ready", flush=True)
    app.exec()
    gaps.sort()
    print(gaps[-1] if gaps else -1, gaps[int(len(gaps) * 0.99)] if gaps else -1, flush=True)
    """
)


class _IdleHeartbeat:
    def __init__(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-c", _IDLE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        )
        assert self._proc.stdout is not None
        self._proc.stdout.readline()

    def stop(self) -> tuple[float, float]:
        try:
            out, _ = self._proc.communicate("", timeout=30)
            worst, p99 = (float(x) for x in out.split()[-2:])
            return worst, p99
        except (subprocess.TimeoutExpired, ValueError):
            self._proc.kill()
            return float("nan"), float("nan")


def _p99(gaps: list[float]) -> float:
    return sorted(gaps)[int(len(gaps) * 0.99)] if gaps else float("nan")


def _pair(values: tuple[float, float]) -> str:
    return f"{values[0]:.0f} ms / {values[1]:.1f} ms"


def _ms(gaps: list[float]) -> str:
    return f"{max(gaps):.0f} ms" if gaps else "-"


def _at(gaps: list[tuple[float, float, float]]) -> str:
    return ", ".join(f"{ms:.0f} @ {when:.1f} ({cpu:.0f})" for ms, when, cpu in gaps)


class _GuiThreadSampler:
    """With BENCH_GUI_SAMPLES=1: the GUI thread's stack every 2 ms (from a thread of its own),
    and for the worst gaps the places it was in most, to tell what held it. It takes the GIL
    500 times a second, so its run's figures are not the bench's."""

    def __init__(self, clock: QElapsedTimer) -> None:
        self._clock = clock
        self._main = threading.main_thread().ident
        self._samples: list[tuple[float, tuple[str, ...]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-sampler", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            frame = sys._current_frames().get(self._main or 0)
            stack: list[str] = []
            while frame is not None and len(stack) < 14:
                code = frame.f_code
                where = code.co_filename.rsplit("refunddesk/", 1)[-1]
                stack.append(f"{where}:{frame.f_lineno} {code.co_name}")
                frame = frame.f_back
            self._samples.append((self._clock.nsecsElapsed() / 1e9, tuple(stack)))

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()

    def print_worst(self, gaps: list[tuple[float, float, float]]) -> None:
        for ms, when, cpu in gaps:
            inside = [st for t, st in self._samples if when - ms / 1000 <= t <= when]
            print(f"gap {ms:.0f} ms at {when:.2f} s (own CPU {cpu:.0f} ms), {len(inside)} samples:")
            for stack, n in Counter(inside).most_common(4):
                print(f"  {n} x")
                for line in stack:
                    print(f"      {line}")


class _GcPauses:
    """Times every collection: a full one over a big heap holds the GIL, freezing the GUI."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.worst_generation = -1
        self._began = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._began = time.perf_counter()
            return
        took = (time.perf_counter() - self._began) * 1000
        if took > self.worst:
            self.worst, self.worst_generation = took, info["generation"]

    def remove(self) -> None:
        gc.callbacks.remove(self._callback)


def _secs(began: float) -> str:
    return f"{time.perf_counter() - began:.1f} s"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=1_000_000, help="refunds for the screen")
    parser.add_argument("--orders", type=int, default=100_000, help="orders for the sync")
    parser.add_argument(
        "--refunds", type=int, default=1_000, help="buyer cancellations refunded after the sync"
    )
    parser.add_argument("--skip", nargs="*", default=[], choices=["cold", "refunds", "sync"])
    parser.add_argument("--figures", help="append issue 13's figures to this JSON file")
    args = parser.parse_args()
    measured: dict[str, float] = {}
    rows: list[Row] = []
    failed: list[str] = []
    if "cold" not in args.skip:
        rows += cold_start(measured)
        if "cold_peak" not in measured:
            failed.append("the cold start failed")
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    msgbox.enable_headless()  # an error box would wait for a person forever
    # The sync first: its memory figure is this process's peak during it, before the Refunds
    # screen's 1,000,000 rows (a phase of its own) ever touch this heap.
    if "sync" not in args.skip:
        rows += sync_stall(app, args.orders, args.refunds, measured)
        if not measured["finished"] or (args.refunds and not measured["refunded"]):
            failed.append("the sync or the refunds after it did not finish")
    if "refunds" not in args.skip:
        try:
            rows += refunds_screen(app, args.rows)
        except TimeoutError as exc:
            rows.append(("Refunds screen", f"FAILED: {exc}"))
            failed.append(str(exc))
    width = max(len(what) for what, _ in rows)
    print(f"\n{'what':<{width}}  value")
    for what, value in rows:
        print(f"{what:<{width}}  {value}")
    figures: list[Figure] = []
    if "cold" not in args.skip:
        figures.append(
            Figure(
                "peak_memory_cold_start_mib",
                measured.get("cold_peak", float("nan")),
                "MiB",
                150.0,
                "lower",
                None,
                "-",
                "demo window opened as `make run` does (its 60-order demo shop inside)",
            )
        )
    if "sync" not in args.skip:
        sized = f"first sync of {args.orders:,} orders"
        figures.append(
            Figure(
                "peak_memory_100k_sync_mib",
                measured["sync_peak"] if measured["finished"] else float("nan"),
                "MiB",
                300.0,
                "lower",
                None,
                "-",
                f"{sized}, window open, the shop in its own process (not counted)",
            )
        )
        figures.append(
            Figure(
                "gui_worst_stall_ms",
                measured["worst"] if measured["finished"] else float("nan"),
                "ms",
                50.0,
                "lower",
                measured["p99"],
                f"ms, p99 heartbeat gap (goal < 16); worst GC pause {measured['gc']:.0f} ms;"
                f" an idle Qt process meanwhile: worst {measured['idle_worst']:.0f} ms,"
                f" p99 {measured['idle_p99']:.0f} ms",
                f"{sized} + {args.refunds:,} refunds, Orders screen open, shop out of process",
            )
        )
    write(args.figures, figures)
    if failed:
        print("\nFAILED: " + "; ".join(failed), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    helpers_start_as_in_the_app()
    main()
