"""Bench: open the Refunds screen on 1,000,000 refunds in a SQLite file; filter, sort, peak RSS.

Run: ``QT_QPA_PLATFORM=offscreen .venv/bin/python bench/refunds_screen.py [rows]``.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication

from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.gui.services import GuiServices
from refunddesk.infra.secrets import Secrets
from refunddesk.queries.refunds import SortColumn
from refunddesk.services.context import AppContext
from refunddesk.store.database import open_database, sqlite_url

STATES = ("SUCCEEDED", "HELD", "FAILED", "SHADOW", "NO_ACTION", "DISMISSED")
TRIGGERS = ("BUYER_CANCELLED", "NOT_SENT_IN_TIME", "RETURN_DELIVERED")
START = datetime(2024, 1, 1, tzinfo=UTC)


def _fill(path: Path, rows: int) -> None:
    """Raw sqlite3 executemany: the schema comes from the real migration, rows come fast."""
    with sqlite3.connect(path) as con:
        con.execute(
            "INSERT INTO shops (name, environment, api_url, auth_url, client_id, seller_login,"
            " needs_reconnect, created_at) VALUES ('Bench', 'production', '', '', '', '', 0,"
            " '2024-01-01T00:00:00.000000Z')"
        )

        def row(n: int) -> tuple[object, ...]:
            when = (START + timedelta(seconds=n * 30)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            return (
                1, f"{n:08d}-order", TRIGGERS[n % 3], "order", STATES[n % 6], "armed",
                "Anulowania", 1, "[]", "{}", (n * 7919) % 100_000 + 1, "PLN",
                "CANCELLED_BY_BUYER", "", "", f"buyer{n % 20000:05d}", "", 0, 0, when, 0, 0,
                "", "", "", "", "", when, when,
            )  # fmt: skip

        sql = (
            "INSERT INTO refund_intents (shop_id, order_id, trigger, scope, state, mode,"
            " rule_name, rule_version, trace, plan, amount_minor, currency, reason_code,"
            " seller_comment, payment_id, buyer_login, notify_template, set_cancelled_label,"
            " claim_commission, detected_at, approved, followups_done, platform_status,"
            " held_reason, held_detail, failure_code, failure_detail, created_at, updated_at)"
            " VALUES (" + ",".join("?" * 29) + ")"
        )
        for start in range(0, rows, 50_000):
            con.executemany(sql, (row(n) for n in range(start, min(rows, start + 50_000))))
        con.commit()


def _analyze(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("ANALYZE")


# No step takes more than seconds; a step that never ends is a broken bench (or app), said so.
STEP_TIMEOUT_SECONDS = 300.0


class StepTimedOut(TimeoutError):
    pass


def _timed(
    app: QApplication, start: Callable[[], None], done: Callable[[], bool], what: str = ""
) -> float:
    began = time.perf_counter()
    start()
    while not done():
        if time.perf_counter() - began > STEP_TIMEOUT_SECONDS:
            raise StepTimedOut(
                f"Refunds screen: {what or 'a step'} did not finish in {STEP_TIMEOUT_SECONDS:.0f} s"
            )
        app.processEvents()
        time.sleep(0.001)
    return time.perf_counter() - began


def _measure(
    app: QApplication, services: GuiServices, label: str, rows: int
) -> list[tuple[str, str, float]]:
    holder: list[RefundsScreen] = []

    def first_page_visible() -> bool:
        return bool(holder) and holder[0].model.row_at(0) is not None

    def page_and_count() -> bool:
        m = holder[0].model
        return (
            m.total is not None
            and m.total >= 0
            and not m.loading
            and (m.total == 0 or m.row_at(0) is not None)
        )

    out: list[tuple[str, str, float]] = []
    opened = _timed(app, lambda: holder.append(RefundsScreen(services)), first_page_visible)
    out.append((label, "open (first page visible)", opened))
    screen = holder[0]
    screen.resize(1280, 800)
    out.append((label, "open (count known)", opened + _timed(app, lambda: None, page_and_count)))
    held = screen.status_combo.findData("HELD")
    took = _timed(app, lambda: screen.status_combo.setCurrentIndex(held), page_and_count)
    out.append((label, "filter status = Held", took))

    def search() -> None:
        screen.search_edit.setText("buyer01234")
        screen.apply_filter()

    out.append((label, "filter text 'buyer01234'", _timed(app, search, page_and_count)))
    screen.search_edit.setText("")
    screen.status_combo.setCurrentIndex(0)
    _timed(app, screen.apply_filter, page_and_count)
    amount = list(SortColumn).index(SortColumn.AMOUNT)
    header = screen.table.horizontalHeader()
    took = _timed(
        app, lambda: header.setSortIndicator(amount, Qt.SortOrder.AscendingOrder), page_and_count
    )
    out.append((label, "sort by amount (all rows)", took))
    # The last row the screen shows: by default it hides "no rule matched" decisions (a
    # sixth of the filled rows), so that is not ``rows - 1``. Asking for a row past the end
    # loads nothing, and this step used to wait for it forever.
    shown = screen.model.total or 0
    last = shown - 1
    took = _timed(
        app,
        lambda: screen.model.data(screen.model.index(last, 0)),
        lambda: screen.model.row_at(last) is not None,
        "jump to the last row",
    )
    out.append((label, f"jump to the last row ({shown:,} shown)", took))
    screen.deleteLater()
    QCoreApplication.processEvents()
    return out


def main() -> None:
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    results: list[tuple[str, str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        db = open_database(sqlite_url(path))
        began = time.perf_counter()
        _fill(path, rows)
        print(f"inserted {rows:,} refunds in {time.perf_counter() - began:.1f} s")
        ctx = AppContext(db=db, secrets=Secrets(), data_dir=Path(tmp))
        services = GuiServices(ctx)
        _analyze(path)
        results += _measure(app, services, "schema indexes", rows)
        services.wait_idle()
        db.dispose()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\n{'indexes':<22} {'step':<28} {'seconds':>8}")
    for label, step, secs in results:
        print(f"{label:<22} {step:<28} {secs:>8.3f}")
    print(f"\npeak RSS: {peak:.0f} MiB ({rows:,} refunds)")


if __name__ == "__main__":
    main()
