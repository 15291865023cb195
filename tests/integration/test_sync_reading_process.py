"""A big first sync reads its pages into rows in a helper process (automation/reading_process.py):
what it stores is exactly what reading them here stores, an odd page is read here as before,
and if the helper dies the sync reads on here without losing a page.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from refunddesk.automation import reading_process, sync
from refunddesk.domain.orders import OrderPage
from refunddesk.marketplace.allegro.client import AllegroClient
from refunddesk.services import shops
from tests.support.pipeline import Pipeline, first_sync, stored_rows, stored_without_helpers
from tests.support.poison import Poisoner, set_at

TABLES = ("orders", "line_items", "payments")


class HelperPages:
    """Counts the pages the helper read, and waits for it to start (a test's history is read
    in well under the ~0.5 s a fresh interpreter takes, and would never reach it)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.read = 0
        self.given_back = 0  # pages it left to be read here
        self.after_first: Any = None  # called once, after the helper's first page
        rows = reading_process.ReadingProcess.rows

        def counted(process: reading_process.ReadingProcess, *args: Any) -> Any:
            got = rows(process, *args)
            if got is None:
                self.given_back += 1
            else:
                self.read += 1
                if self.read == 1 and self.after_first is not None:
                    self.after_first()
            return got

        monkeypatch.setattr(reading_process.ReadingProcess, "rows", counted)
        monkeypatch.setattr(
            reading_process.ReadingProcess, "ready", lambda process: process.started(60.0)
        )


@pytest.fixture
def helper(monkeypatch: pytest.MonkeyPatch) -> HelperPages:
    return HelperPages(monkeypatch)


def test_pages_read_in_the_helper_are_stored_as_pages_read_here(
    pipeline: Pipeline, helper: HelperPages, tmp_path: Any
) -> None:
    pipeline.scenario.seed(count=450, days=20)  # five pages, the last one short
    report = first_sync(pipeline, big_backfill=0)
    assert helper.read == 4  # every page after the first (which tells how many there are)
    assert helper.given_back == 0
    assert report.orders_saved == 450

    assert stored_rows(pipeline.db) == stored_without_helpers(pipeline, tmp_path)
    assert helper.read == 4  # no helper for that one


def test_an_order_the_helper_cannot_read_is_set_aside_as_it_would_be_here(
    pipeline: Pipeline, helper: HelperPages
) -> None:
    ids = pipeline.scenario.seed(count=300, days=20)
    market = shops.client_for(shops.get_shop(pipeline.db, pipeline.shop_id), pipeline.secrets)
    first_page = {
        o.id for o in market.list_orders(bought_since=pipeline.now() - timedelta(days=30)).orders
    }
    bad = next(i for i in ids if i not in first_page)  # on a page the helper reads
    poisoner = Poisoner()
    pipeline.shop.answer_hook = poisoner
    poisoner.poison(bad, "form", set_at(["lineItems", 0, "quantity"], float("inf")))

    report = first_sync(pipeline, big_backfill=0)

    assert helper.read == 1 and helper.given_back == 1  # the poisoned page came back here
    assert report.orders_saved == 299
    with pipeline.db.sessions() as s:
        saved = {oid for (oid,) in s.execute(text("SELECT order_id FROM orders"))}
        problem = s.execute(
            text("SELECT message FROM sync_problems WHERE subject = 'order' AND subject_id = :o"),
            {"o": bad},
        ).scalar_one()
    assert saved == set(ids) - {bad}
    assert "not a finite number" in problem and "lineItems[0].quantity" in problem


def test_a_garbled_answer_is_asked_for_again_as_it_would_be_here(
    pipeline: Pipeline, helper: HelperPages
) -> None:
    pipeline.scenario.seed(count=300, days=20)
    answers = 0

    def garble_the_third_list(method: str, path: str, payload: bytes) -> bytes:
        nonlocal answers
        if path != "/order/checkout-forms":
            return payload
        answers += 1
        return b'{"checkoutForms": [' if answers == 3 else payload  # a page the helper gets

    pipeline.shop.answer_hook = garble_the_third_list
    report = first_sync(pipeline, big_backfill=0)

    assert helper.read == 1 and helper.given_back == 1
    assert answers == 4  # the garbled page asked for once more, the usual way
    assert report.orders_saved == 300
    assert not report.problems


def test_when_the_helper_dies_the_sync_reads_on_here(
    pipeline: Pipeline, helper: HelperPages
) -> None:
    pipeline.scenario.seed(count=1500, days=20)

    def kill_helpers() -> None:
        children = multiprocessing.active_children()
        assert children
        for child in children:
            assert child.pid is not None
            os.kill(child.pid, signal.SIGKILL)
            child.join(10)

    helper.after_first = kill_helpers
    report = first_sync(pipeline, big_backfill=0)

    # Pages on their way to it when it died came back here, and so did every later one.
    assert helper.read >= 1 and helper.given_back >= 1
    assert helper.read + helper.given_back <= 14
    assert report.orders_saved == 1500
    with pipeline.db.sessions() as s:
        assert s.execute(text("SELECT count(*) FROM orders")).scalar_one() == 1500
        assert s.execute(text("SELECT count(DISTINCT order_id) FROM orders")).scalar_one() == 1500


# A page bigger than a pipe holds waits in the send until the helper reads it: a helper that
# stopped would hold the sync for good there, were it not killed (then the sync reads here).
@pytest.mark.timeout(120, method="thread")  # a hang ends the run, not just the test
@pytest.mark.parametrize("padding", [0, 4_000_000], ids=["page", "page bigger than a pipe"])
def test_a_helper_that_stops_answering_is_killed_and_the_sync_reads_on_here(
    pipeline: Pipeline, helper: HelperPages, monkeypatch: pytest.MonkeyPatch, padding: int
) -> None:
    pipeline.scenario.seed(count=600, days=20)
    monkeypatch.setattr(reading_process, "PAGE_TIMEOUT", 1.0)
    list_orders_text = AllegroClient.list_orders_text

    def padded(client: AllegroClient, **kwargs: Any) -> bytes:
        return list_orders_text(client, **kwargs) + b" " * padding  # JSON allows the blanks

    monkeypatch.setattr(AllegroClient, "list_orders_text", padded)
    stopped: list[multiprocessing.Process] = []

    def freeze_helpers() -> None:  # alive, but never answering again
        for child in multiprocessing.active_children():
            if child.name != "refunddesk-page-reader":
                continue  # (the saving helper has its own tests)
            assert child.pid is not None
            os.kill(child.pid, signal.SIGSTOP)
            stopped.append(child)

    helper.after_first = freeze_helpers
    report = first_sync(pipeline, big_backfill=0)

    assert stopped and helper.given_back >= 1
    assert report.orders_saved == 600
    assert all(not child.is_alive() for child in stopped)  # killed, not left behind


class PagesFromText:
    """A helper that never gets ready (the pages are all read here meanwhile); how many pages
    were read from decoded answers (``list_orders``), and how many the order list answered."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
        self.decoded = self.answers = 0
        list_orders = AllegroClient.list_orders

        def counted(client: AllegroClient, **kwargs: Any) -> Any:
            self.decoded += 1
            return list_orders(client, **kwargs)

        def answered(method: str, path: str, payload: bytes) -> bytes:
            self.answers += path == "/order/checkout-forms"
            return payload

        monkeypatch.setattr(AllegroClient, "list_orders", counted)
        monkeypatch.setattr(reading_process.ReadingProcess, "ready", lambda process: False)
        pipeline.shop.answer_hook = answered


def test_pages_read_here_while_the_helper_starts_are_read_from_their_text_alike(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    pipeline.scenario.seed(count=450, days=20)
    pages = PagesFromText(monkeypatch, pipeline)
    report = first_sync(pipeline, big_backfill=0)
    # The first page (which tells how big the history is) the usual way, the rest from
    # their text; each asked for once.
    assert pages.decoded == 1 and pages.answers == 5
    assert report.orders_saved == 450

    assert stored_rows(pipeline.db) == stored_without_helpers(pipeline, tmp_path)
    assert pages.decoded == 6  # no helper for that one: every page the usual way


def test_an_order_not_readable_on_a_page_read_from_its_text_is_set_aside_and_not_asked_again(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = pipeline.scenario.seed(count=300, days=20)
    market = shops.client_for(shops.get_shop(pipeline.db, pipeline.shop_id), pipeline.secrets)
    first_page = {
        o.id for o in market.list_orders(bought_since=pipeline.now() - timedelta(days=30)).orders
    }
    bad = next(i for i in ids if i not in first_page)
    pages = PagesFromText(monkeypatch, pipeline)
    poisoner = Poisoner()
    counting = pipeline.shop.answer_hook
    pipeline.shop.answer_hook = lambda m, path, body: counting(m, path, poisoner(m, path, body))
    poisoner.poison(bad, "form", set_at(["lineItems", 0, "quantity"], float("inf")))

    report = first_sync(pipeline, big_backfill=0)

    assert pages.decoded == 1 and pages.answers == 3  # the poisoned page not asked again
    assert report.orders_saved == 299
    with pipeline.db.sessions() as s:
        problem = s.execute(
            text("SELECT message FROM sync_problems WHERE subject = 'order' AND subject_id = :o"),
            {"o": bad},
        ).scalar_one()
    assert "not a finite number" in problem and "lineItems[0].quantity" in problem


def test_the_workers_first_sync_of_a_big_shop_reads_its_pages_in_the_helper(
    pipeline: Pipeline, helper: HelperPages, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker wraps each shop's marketplace for its cycle (cycle_reads.py): the pages must
    # still be fetched as text for the helper, not read here.
    monkeypatch.setattr(sync, "BIG_BACKFILL", 0)
    ids = pipeline.scenario.seed(count=450, days=20)

    pipeline.cycle(settle=False)

    assert helper.read == 4 and helper.given_back == 0
    with pipeline.db.sessions() as s:
        saved = {oid for (oid,) in s.execute(text("SELECT order_id FROM orders"))}
    assert saved == set(ids)


def _read_when_told(text: bytes, offset: int, limit: int) -> OrderPage:
    """(In the helper.) The first page is read only once the file named by ``text`` exists."""
    told = Path(text.decode())
    for _ in range(3000):
        if offset > 0 or told.exists():
            break
        time.sleep(0.01)
    return OrderPage(orders=(), total_count=1000, offset=offset)


@pytest.mark.timeout(120, method="thread")
def test_the_next_page_is_handed_to_the_helper_while_it_reads_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Waiting for each answer before sending the next page left the helper idle a fifth of a
    # big sync (between pages); now the next page waits in the pipe.
    sent: list[object] = []
    send = reading_process.ReadingProcess._send

    def counted(process: reading_process.ReadingProcess, message: Any, timeout: float) -> None:
        send(process, message, timeout)
        sent.append(message)

    monkeypatch.setattr(reading_process.ReadingProcess, "_send", counted)
    go = tmp_path / "go"
    process = reading_process.ReadingProcess(_read_when_told)
    try:
        assert process.started(60.0)
        with ThreadPoolExecutor(2) as pool:
            first = pool.submit(process.rows, str(go).encode(), 0, 100)
            _wait_for(lambda: len(sent) == 1)
            second = pool.submit(process.rows, str(go).encode(), 100, 100)
            _wait_for(lambda: len(sent) == 2)
            handed_over = len(sent)  # while the first page is still being read
            go.touch()
            answers = [first.result(60), second.result(60)]
    finally:
        process.close()

    assert handed_over == 2
    assert [a.total_count if a else None for a in answers] == [1000, 1000]


def test_a_helper_is_told_to_end_and_ends_by_itself(tmp_path: Path) -> None:
    # The thread taking its answers holds our end of the pipe open, so closing the pipe alone
    # would not end it: it would be killed, two seconds later, at every big sync's end.
    go = tmp_path / "go"
    go.touch()
    process = reading_process.ReadingProcess(_read_when_told)
    assert process.started(60.0)
    assert process.rows(str(go).encode(), 0, 100) is not None
    process.close()

    assert process._process.exitcode == 0  # not killed (-9)


def _wait_for(condition: Callable[[], bool], seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.01)
