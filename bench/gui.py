"""Bench: GUI cold start, the Refunds screen on 1,000,000 refunds, GUI stalls during a big sync
and the refunds after it.

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
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from figures import Figure, write  # noqa: E402
from PySide6.QtCore import QElapsedTimer, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import func, select  # noqa: E402

from refunddesk.demo_shop import DemoShop  # noqa: E402
from refunddesk.demo_shop.clock import ShopClock  # noqa: E402
from refunddesk.domain.cases import Trigger  # noqa: E402
from refunddesk.domain.rules import Mode, Rule  # noqa: E402
from refunddesk.domain.states import IN_FLIGHT, IntentState  # noqa: E402
from refunddesk.gui import msgbox  # noqa: E402
from refunddesk.gui.app import GuiOptions, build_gui, hand_over_the_gil_quickly  # noqa: E402
from refunddesk.gui.services import GuiServices  # noqa: E402
from refunddesk.gui.worker_bridge import WorkerBridge  # noqa: E402
from refunddesk.infra.process_keyring import ProcessKeyring  # noqa: E402
from refunddesk.infra.secrets import Secrets  # noqa: E402
from refunddesk.services.context import AppContext, connect_demo  # noqa: E402
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
    print(marks.get("paint", -1), marks.get("ready", -1))
    """
)


def cold_start() -> list[Row]:
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
    paint, ready = (float(x) for x in done.stdout.split()[-2:])
    return [
        ("cold start: first paint of the window", f"{paint:.2f} s"),
        ("cold start: demo data open, screens built", f"{ready:.2f} s"),
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
    on the GUI thread records its largest gap throughout."""
    with tempfile.TemporaryDirectory(prefix="refunddesk-sync-") as tmp:
        shop = DemoShop(
            clock=ShopClock(datetime.now(UTC)), auto_approve=True, message_interval_seconds=0.0
        ).start()
        began = time.perf_counter()
        shop.scenario.seed(orders, days=14)
        to_cancel = [shop.scenario.create_order()["id"] for _ in range(refunds)]
        seeded = _secs(began)
        db = open_database(sqlite_url(Path(tmp) / "sync.sqlite3"))
        ctx = AppContext(
            db=db,
            secrets=Secrets(backend=ProcessKeyring()),
            data_dir=Path(tmp),
            demo_shop=shop,
            now=shop.clock.now,
        )
        ctx._closers += [shop.stop, db.dispose]
        connect_demo(ctx)
        if refunds:
            rule = Rule(
                id="", name="Cancellations", trigger=Trigger.BUYER_CANCELLED, mode=Mode.ARMED
            )
            rules_repo.save_rule(db, rule, ctx.now())
        hand_over_the_gil_quickly()  # as run_gui does (and freeze_heap below)
        session = build_gui(
            GuiOptions(
                Path(tmp) / "gui", "", demo=True, language="en", context=ctx, freeze_heap=True
            )
        )
        window = session.window
        window.resize(1280, 800)
        window.show()
        window.show_screen(os.environ.get("BENCH_SCREEN", "orders"))  # refreshes as orders arrive
        bridge = session.bridge
        assert bridge is not None
        finished = threading.Event()
        bridge.cycle_finished.connect(lambda _report: finished.set())
        services = session.services
        gaps: list[float] = []
        clock = QElapsedTimer()
        clock.start()
        last = [clock.nsecsElapsed()]

        worst_at: list[tuple[float, float]] = []  # (gap ms, when: s since the heartbeat began)

        def beat() -> None:
            now = clock.nsecsElapsed()
            gaps.append((now - last[0]) / 1e6)
            worst_at.append((gaps[-1], now / 1e9))
            last[0] = now

        heartbeat = QTimer()
        heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        heartbeat.timeout.connect(beat)
        heartbeat.start(10)
        pauses = _GcPauses()
        began = time.perf_counter()
        settled = float("nan")  # when the screens first showed their data (s)
        while not finished.is_set() and time.perf_counter() - began < 900:
            app.processEvents()
            if settled != settled and services is not None and not services.busy:
                settled = clock.nsecsElapsed() / 1e9
            time.sleep(0.001)
        synced = time.perf_counter() - began
        refunded = _refund_phase(app, bridge, shop, db, to_cancel) if finished.is_set() else "-"
        heartbeat.stop()
        pauses.remove()
        report = bridge.last_report
        with db.sessions() as s:
            stored = s.scalar(select(func.count()).select_from(models.Order)) or 0
        session.close()
        window.quit_for_real()  # a person's first close asks a question; a bench has none
        ctx.close()
    worst = max(gaps) if gaps else float("nan")
    p99 = sorted(gaps)[int(len(gaps) * 0.99)] if gaps else float("nan")
    measured.update(worst=worst, p99=p99, gc=pauses.worst, finished=finished.is_set())
    top = sorted(worst_at, reverse=True)[:5]
    # A gap that began after the screens first showed their data: the sync alone, without the
    # window's first paint (which the figure includes: the sync runs meanwhile).
    later = [ms for ms, when in worst_at if when - ms / 1000 >= settled]
    return [
        (f"seed {orders:,} orders in the demo shop", seeded),
        (f"first sync of {orders:,} orders (worker thread)", f"{synced:.1f} s"),
        (f"then {refunds:,} buyer cancellations refunded (armed rule)", refunded),
        ("  sync finished", "yes" if finished.is_set() else "NO (timed out)"),
        ("  orders stored by the sync", f"{stored:,}"),
        ("  worker's summary", report.summary()[:70] if report is not None else "-"),
        ("GUI thread during sync: worst heartbeat gap (10 ms timer)", f"{worst:.0f} ms"),
        ("GUI thread during sync: 99th percentile gap", f"{p99:.0f} ms"),
        (f"  screens showed their first data after {settled:.2f} s; worst gap since", _ms(later)),
        (
            "  longest garbage-collector pause (stops every thread)",
            f"{pauses.worst:.0f} ms (generation {pauses.worst_generation})",
        ),
        ("  the five worst gaps (ms @ s into the sync)", _at(top)),
    ]


def _refund_phase(
    app: QApplication, bridge: WorkerBridge, shop: DemoShop, db: Database, order_ids: list[str]
) -> str:
    """Buyers cancel ``order_ids`` (from a plain thread, as the shop would); the worker runs
    cycle after cycle until each has a settled refund decision. The heartbeat keeps going."""
    if not order_ids:
        return "-"
    settled_states = [s.value for s in IntentState if s not in (IntentState.PLANNED, *IN_FLIGHT)]
    done = threading.Event()

    def cancel_and_watch() -> None:
        for order_id in order_ids:
            shop.scenario.cancel_as_buyer(order_id)
        bridge.worker.wake()
        while not done.is_set():
            with db.sessions() as s:
                count = s.scalar(
                    select(func.count(models.RefundIntent.id)).where(
                        models.RefundIntent.order_id.in_(order_ids),
                        models.RefundIntent.state.in_(settled_states),
                    )
                )
            if (count or 0) >= len(order_ids):
                done.set()
            time.sleep(0.25)

    next_cycle = bridge.cycle_finished.connect(lambda _report: bridge.wake())
    watcher = threading.Thread(target=cancel_and_watch, daemon=True)
    began = time.perf_counter()
    watcher.start()
    while not done.is_set() and time.perf_counter() - began < 900:
        app.processEvents()
        time.sleep(0.001)
    bridge.cycle_finished.disconnect(next_cycle)
    took = time.perf_counter() - began
    done.set()
    watcher.join()
    return f"{took:.1f} s" if took < 900 else "NO (timed out)"


def _ms(gaps: list[float]) -> str:
    return f"{max(gaps):.0f} ms" if gaps else "-"


def _at(gaps: list[tuple[float, float]]) -> str:
    return ", ".join(f"{ms:.0f} @ {when:.1f}" for ms, when in gaps)


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
    if "cold" not in args.skip:
        rows += cold_start()
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    msgbox.enable_headless()  # an error box would wait for a person forever
    if "refunds" not in args.skip:
        rows += refunds_screen(app, args.rows)
    if "sync" not in args.skip:
        rows += sync_stall(app, args.orders, args.refunds, measured)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    rows += [
        ("peak RSS, this process (screen + sync)", f"{own:.0f} MiB"),
        ("peak RSS, cold-start child", f"{child:.0f} MiB"),
    ]
    width = max(len(what) for what, _ in rows)
    print(f"\n{'what':<{width}}  value")
    for what, value in rows:
        print(f"{what:<{width}}  {value}")
    if "sync" not in args.skip:
        figure = Figure(
            "gui_worst_stall_ms",
            measured["worst"] if measured["finished"] else float("nan"),
            "ms",
            50.0,
            "lower",
            measured["p99"],
            f"ms, p99 heartbeat gap (goal < 16); worst GC pause {measured['gc']:.0f} ms",
            f"first sync of {args.orders:,} orders + {args.refunds:,} refunds, Orders screen open",
        )
        write(args.figures, [figure])


if __name__ == "__main__":
    main()
