"""backtest(): totals against a hand-computed history, per rule, changed cases, cancelling."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from refunddesk.automation.backtest import Kind, backtest
from refunddesk.domain.cases import Trigger
from refunddesk.store.database import Database, open_database, sqlite_url
from tests.support.simulate_history import NOW, draft_rules, seed_history


@pytest.fixture
def history_db(tmp_path: Path) -> Database:
    db = open_database(sqlite_url(tmp_path / "history.sqlite3"))
    seed_history(db)
    return db


def test_totals_match_the_hand_computed_history(history_db: Database) -> None:
    result = backtest(history_db, draft_rules(), 30, NOW)
    assert not result.cancelled
    # O1 cancel, O2 cancel, O7 cancel, O4 declared + delivered, O5 late; O3 too old, O6 on time.
    assert result.cases == result.done == 6
    d = result.draft
    assert d.refunds == 3 and d.refunded == {"PLN": 11000 + 7500 + 13000}
    assert d.holds == 1 and d.held == {"PLN": 30000}  # O2: 300.00 is above the 200.00 cap
    assert d.nothing == 2  # O7 (nothing was paid), O4's declaration (no rule)
    a = result.actual
    assert a.refunds == 1 and a.refunded == {"PLN": 11000}
    assert a.holds == 1 and a.held == {"PLN": 8000}
    assert a.nothing == 4 and a.pending == 0


def test_per_rule_rows_and_the_orders_whose_outcome_changes(history_db: Database) -> None:
    result = backtest(history_db, draft_rules(), 30, NOW)
    rows = {r.rule_name: r for r in result.per_rule}
    assert rows["Cancellations"].totals.refunds == 1
    assert rows["Cancellations"].totals.holds == 1
    assert rows["Returns"].totals.refunded == {"PLN": 7500}  # 80.00 − 5.00, no delivery
    assert rows["Late orders"].totals.refunded == {"PLN": 13000}
    assert rows["Late orders"].shadow
    changed = {(c.order_id, c.trigger): c for c in result.changes}
    assert set(changed) == {
        ("O2", Trigger.BUYER_CANCELLED),
        ("O4", Trigger.RETURN_DELIVERED),
        ("O5", Trigger.NOT_SENT_IN_TIME),
    }
    o4 = changed[("O4", Trigger.RETURN_DELIVERED)]
    assert (o4.before.kind, o4.before.amount.minor) == (Kind.HOLD, 8000)
    assert (o4.after.kind, o4.after.amount.minor) == (Kind.REFUND, 7500)
    # The late case dates from deadline + the draft's one-day grace.
    assert changed[("O5", Trigger.NOT_SENT_IN_TIME)].detected_at == NOW.replace(day=17)


def test_a_longer_window_reaches_older_cases(history_db: Database) -> None:
    result = backtest(history_db, draft_rules(), 60, NOW)
    assert result.cases == 7
    assert result.actual.refunded == {"PLN": 11000 + 7000}


def test_a_refund_in_the_replay_limits_the_same_orders_later_cases(history_db: Database) -> None:
    # A whole-order rule for declared returns: the delivered return finds it all refunded.
    from refunddesk.domain.rules import Mode, Rule

    rules = [Rule("9", "Declared", Trigger.RETURN_DECLARED, mode=Mode.ARMED), *draft_rules()]
    result = backtest(history_db, rules, 30, NOW)
    rows = {r.rule_name: r for r in result.per_rule}
    assert rows["Declared"].totals.refunded == {"PLN": 10999}
    assert rows["Returns"].totals.refunds == 0  # nothing left: not refunded twice


def test_cancel_stops_a_running_backtest_and_progress_is_reported(history_db: Database) -> None:
    stop = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        if done == 2:
            stop.set()

    result = backtest(
        history_db, draft_rules(), 30, NOW, progress=progress, should_stop=stop.is_set
    )
    assert result.cancelled
    assert result.done == 2 and result.cases == 6
    assert seen[0] == (0, 6) and seen[-1] == (2, 6)
