"""The token-refresh lock: one holder at a time per shop, and a dead holder's lock expires."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from refunddesk.store.database import Database, open_database, sqlite_url
from refunddesk.store.token_lock import HOLD, TokenRefreshBusy, token_refresh_lock


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_url(tmp_path / "lock.sqlite3"))
    yield database
    database.dispose()


def test_two_holders_of_one_shop_take_turns_other_shops_do_not_wait(db: Database) -> None:
    inside: list[str] = []
    overlaps: list[bool] = []
    lock_1, lock_1_again, lock_2 = (
        token_refresh_lock(db, 1),
        token_refresh_lock(db, 1),
        token_refresh_lock(db, 2),
    )

    def hold(lock: object, name: str) -> None:
        with lock():  # type: ignore[operator]
            overlaps.append(any(n.startswith(name[:6]) for n in inside))
            inside.append(name)
            time.sleep(0.3)
            inside.remove(name)

    threads = [
        threading.Thread(target=hold, args=(lock_1, "shop-1 a")),
        threading.Thread(target=hold, args=(lock_1_again, "shop-1 b")),
        threading.Thread(target=hold, args=(lock_2, "shop-2")),
    ]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert overlaps == [False, False, False]
    assert 0.55 < time.monotonic() - start < 3  # shop 1's holders queued; shop 2 did not


def test_a_lock_whose_holder_died_is_taken_after_its_expiry(db: Database) -> None:
    clock = [datetime(2026, 5, 4, 10, 0, tzinfo=UTC)]
    lock = token_refresh_lock(db, 1, now=lambda: clock[0], wait=timedelta(seconds=0.3))
    held = lock()
    held.__enter__()  # a process that crashed while refreshing: never released
    with pytest.raises(TokenRefreshBusy), lock():
        pass
    clock[0] += HOLD + timedelta(seconds=1)
    with lock():
        pass
