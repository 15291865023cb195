"""The page reading helper: a helper that cannot start leaves every page to be read here."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, NoReturn

import pytest

from refunddesk.automation.helper_process import HELPER_NICENESS
from refunddesk.automation.reading_process import (
    PackedRows,
    ReadingProcess,
    unpacked,
)
from refunddesk.marketplace.allegro.client import AllegroClient


def _refuse_to_load() -> NoReturn:
    raise RuntimeError("this reader cannot be loaded in the helper")


class UnloadableReader:
    """A reader whose copy in the helper cannot be made: the helper dies as it starts."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_refuse_to_load, ())

    def __call__(self, text: bytes, offset: int, limit: int) -> Any:
        raise AssertionError("never called")


def test_a_helper_that_cannot_start_is_never_ready_and_reads_nothing() -> None:
    process = ReadingProcess(UnloadableReader())
    try:
        assert not process.started(timeout=60)
        assert not process.ready()  # so no page is fetched for it (and then again here)
        assert process.rows(b'{"checkoutForms": [], "totalCount": 0}', 0, 100) is None
    finally:
        process.close()


def test_a_started_helper_reads_clean_pages_and_gives_back_the_rest() -> None:
    process = ReadingProcess(AllegroClient.orders_page_from_text)
    try:
        assert process.started(timeout=60) and process.ready()
        if hasattr(os, "getpriority"):  # throughput work: the app's own threads go first
            [child] = multiprocessing.active_children()
            assert child.pid is not None
            ours = os.getpriority(os.PRIO_PROCESS, 0)
            assert os.getpriority(os.PRIO_PROCESS, child.pid) == min(19, ours + HELPER_NICENESS)
        empty = process.rows(b'{"checkoutForms": [], "count": 0, "totalCount": 7}', 0, 100)
        assert empty is not None and len(empty.rows) == 0 and empty.total_count == 7
        assert process.rows(b'{"checkoutForms": [', 0, 100) is None  # not JSON
        assert process.rows(b'{"checkoutForms": [{"id": 5}], "totalCount": 1}', 0, 100) is None
    finally:
        process.close()
    assert not process.ready()
    assert process.rows(b'{"checkoutForms": []}', 0, 100) is None  # closed: read here


@pytest.mark.parametrize("offset", [0, 300])
def test_the_helper_reads_a_page_as_list_orders_reads_it(offset: int) -> None:
    form = {
        "id": "29b4a1f0-0d3c-11ef-9f4b-6b2f1c0a0001",
        "status": "READY_FOR_PROCESSING",
        "buyer": {"id": "1", "login": "ala", "email": "a@x.pl"},
        "lineItems": [
            {
                "id": "li-1",
                "offer": {"id": "17", "name": "Kubek"},
                "quantity": 2,
                "price": {"amount": "12.50", "currency": "PLN"},
                "boughtAt": "2026-11-20T09:00:00.000Z",
            }
        ],
        "summary": {"totalToPay": {"amount": "25.00", "currency": "PLN"}},
    }
    text = json.dumps({"checkoutForms": [form], "count": 1, "totalCount": offset + 1}).encode()
    process = ReadingProcess(AllegroClient.orders_page_from_text)
    try:
        assert process.started(timeout=60)
        got = process.rows(text, offset, 100)
    finally:
        process.close()
    assert got is not None
    assert got.total_count == offset + 1 and got.count == 1
    assert got.rows.order_ids == [form["id"]]
    # Packed for the saving helper (saving_process.py); the same rows when unpacked.
    assert isinstance(got.rows, PackedRows)
    assert unpacked(got.rows).lines[0][0][:7] == (0, "li-1", "17", "Kubek", "", 2, 1250)


_DIES_WITH_A_HELPER = """
import multiprocessing, os, signal, sys
from refunddesk.automation.reading_process import ReadingProcess
from refunddesk.marketplace.allegro.client import AllegroClient
helper = ReadingProcess(AllegroClient.orders_page_from_text)
assert helper.started(60)
[child] = multiprocessing.active_children()
with open(sys.argv[1], "w") as out:
    out.write(str(child.pid))
os.kill(os.getpid(), signal.SIGKILL)  # the app killed mid-sync: nothing of ours runs after
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="no SIGKILL here")
def test_the_helper_does_not_outlive_an_app_that_was_killed(tmp_path: Path) -> None:
    # Output to a file, not a pipe: a helper that lived on would hold a pipe open, and the
    # test would wait for it instead of seeing it.
    pid_file, log = tmp_path / "helper.pid", tmp_path / "app.log"
    with log.open("w") as out:
        app = subprocess.Popen(
            [sys.executable, "-c", _DIES_WITH_A_HELPER, str(pid_file)], stdout=out, stderr=out
        )
        assert app.wait(timeout=120) == -signal.SIGKILL, log.read_text()
    helper_pid = int(pid_file.read_text())
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(helper_pid, 0)
        except ProcessLookupError:
            return  # its pipe closed with the app, and it ended
        # A zombie (ended, not yet reaped by init) counts as ended.
        try:
            with open(f"/proc/{helper_pid}/stat", encoding="ascii") as stat:
                if stat.read().rsplit(")", 1)[1].split()[0] == "Z":
                    return
        except FileNotFoundError:
            return  # gone between the two looks
        time.sleep(0.1)
    raise AssertionError(f"the helper {helper_pid} still runs after its app was killed")


def test_the_helper_is_sent_a_reader_whose_module_imports_no_http_client() -> None:
    # The helper imports the module of the function it is sent: the HTTP client, OAuth and
    # requests would double its start (~0.1 s more, while the app reads pages itself).
    read = AllegroClient.orders_page_from_text
    assert read.__module__ == "refunddesk.marketplace.allegro.order_pages"
    heavy = ("requests", "sqlalchemy", "refunddesk.marketplace.allegro.client")
    code = (
        f"import sys, {read.__module__}\nprint(sorted(m for m in {heavy!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert out.strip() == "[]", out
