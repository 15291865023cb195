"""The headless commands, run in-process against a demo shop (in-memory keyring)."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.demo_shop import DemoShop
from refunddesk.store.database import Database
from refunddesk.store.problems import DatabaseProblem
from tests.support.demo_shop import DemoShopFactory


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(auto_approve=True, device_interval=1)


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), "--log-level", "WARNING", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def add_shop(capsys: pytest.CaptureFixture[str], data: Path, shop: DemoShop) -> str:
    code, out = run(
        capsys,
        data,
        "shop", "add", "Sklep testowy", "--environment", "demo", "--api-url", shop.url,
        "--client-id", "demo-client", "--client-secret", "demo-secret",
    )  # fmt: skip
    assert code == 0, out
    return out


def test_help_lists_the_options(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    for option in ("--data-dir", "--database-url", "--demo", "run", "sync", "shop", "backtest"):
        assert option in text


def test_shop_add_runs_the_device_flow_then_sync_and_list(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shop: DemoShop
) -> None:
    shop.scenario.seed(12, days=5)
    out = add_shop(capsys, tmp_path, shop)
    assert "skojarz-aplikacje?code=" in out and "Connected Sklep testowy." in out
    code, out = run(capsys, tmp_path, "shop", "list")
    assert code == 0 and "Sklep testowy" in out and "connected" in out
    code, out = run(capsys, tmp_path, "sync")
    assert code == 0 and "orders saved: 12" in out
    code, out = run(capsys, tmp_path, "shop", "remove", "Sklep testowy")
    assert code == 0 and "Removed" in out
    code, out = run(capsys, tmp_path, "shop", "list")
    assert "Sklep testowy" not in out


def test_a_denied_connection_leaves_no_shop(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_shop_factory: DemoShopFactory
) -> None:
    shop = demo_shop_factory(auto_approve=False, device_interval=1)
    codes = shop.tokens._by_user_code  # the buyer of this test says "no" to every code
    stop = threading.Event()

    def deny_all() -> None:
        while not stop.wait(0.05):
            for user_code in list(codes):
                shop.scenario.deny_device(user_code)

    threading.Thread(target=deny_all, daemon=True).start()
    try:
        code, out = run(
            capsys,
            tmp_path,
            "shop", "add", "X", "--environment", "demo", "--api-url", shop.url,
            "--client-id", "demo-client", "--client-secret", "demo-secret",
        )  # fmt: skip
    finally:
        stop.set()
    assert code == 1 and "Not connected" in out
    assert "X " not in run(capsys, tmp_path, "shop", "list")[1]


def test_rules_round_trip_and_the_worker_refunds(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shop: DemoShop
) -> None:
    add_shop(capsys, tmp_path, shop)
    rules = tmp_path / "rules.json"
    rules.write_text(
        json.dumps(
            {
                "schema": 1,
                "rules": [
                    {"id": "1", "name": "Cancellations", "trigger": "BUYER_CANCELLED",
                     "mode": "ARMED"}
                ],
            }
        )
    )  # fmt: skip
    assert run(capsys, tmp_path, "rules", "import", str(rules), "--keep-modes")[0] == 0
    code, out = run(capsys, tmp_path, "rules", "list")
    assert "Cancellations (v1, armed)" in out and "When a buyer cancels" in out
    exported = tmp_path / "out.json"
    assert run(capsys, tmp_path, "rules", "export", str(exported))[0] == 0
    assert json.loads(exported.read_text())["rules"][0]["name"] == "Cancellations"

    order = shop.scenario.create_order()
    assert run(capsys, tmp_path, "run", "--once")[0] == 0
    shop.scenario.cancel_as_buyer(order["id"])
    assert run(capsys, tmp_path, "run", "--once")[0] == 0
    shop.scenario.settle_refunds()
    assert run(capsys, tmp_path, "run", "--once")[0] == 0  # back to back: no lease to wait for
    code, out = run(capsys, tmp_path, "refunds", "--status", "SUCCEEDED")
    assert code == 0 and order["id"] in out and "Refunded PLN" in out
    # The refund's story in the language asked for, money written the Polish way.
    code, out = run(capsys, tmp_path, "--language", "pl", "refunds", "--status", "SUCCEEDED")
    assert code == 0 and "Zwrot " in out and "\u00a0zł: potwierdzony przez Allegro." in out
    assert shop.scenario.ledger(order["id"])


def test_pause_resume_and_review(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shop: DemoShop
) -> None:
    add_shop(capsys, tmp_path, shop)
    assert "paused" in run(capsys, tmp_path, "pause")[1]
    assert "resumed" in run(capsys, tmp_path, "resume")[1]
    code, out = run(capsys, tmp_path, "review")
    assert code == 0 and "Nothing needs a person." in out
    code, out = run(capsys, tmp_path, "--language", "pl", "review")
    assert code == 0 and "Nic nie czeka na Ciebie." in out
    assert "自动化已暂停。" in run(capsys, tmp_path, "--language", "zh_CN", "pause")[1]
    # As people type them: zh, zh-CN, pl_PL.
    assert "自动化已恢复。" in run(capsys, tmp_path, "--language", "zh", "resume")[1]
    assert "自动化已暂停。" in run(capsys, tmp_path, "--language=zh-CN", "pause")[1]
    assert "Automatyzacja wznowiona." in run(capsys, tmp_path, "--language", "pl_PL", "resume")[1]
    assert "Automatyzacja wznowiona." in run(capsys, tmp_path, "--language", "pl", "resume")[1]
    code, out = run(capsys, tmp_path, "review", "approve", "999")
    assert code == 1 and "no refund number 999" in out


def test_a_dismissed_refund_is_reopened_and_held_for_approval(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shop: DemoShop
) -> None:
    add_shop(capsys, tmp_path, shop)
    rules = tmp_path / "rules.json"
    rules.write_text(
        json.dumps(
            {
                "schema": 1,
                "rules": [
                    {"id": "1", "name": "Cancellations", "trigger": "BUYER_CANCELLED",
                     "mode": "ARMED", "action": {"require_review": True}}
                ],
            }
        )
    )  # fmt: skip
    assert run(capsys, tmp_path, "rules", "import", str(rules), "--keep-modes")[0] == 0
    order = shop.scenario.create_order()
    assert run(capsys, tmp_path, "run", "--once")[0] == 0
    shop.scenario.cancel_as_buyer(order["id"])
    assert run(capsys, tmp_path, "run", "--once")[0] == 0
    code, out = run(capsys, tmp_path, "review", "--json")
    (held,) = [json.loads(line) for line in out.splitlines()]
    assert held["state"] == "HELD"
    code, out = run(capsys, tmp_path, "review", "dismiss", str(held["id"]), "--note", "oops")
    assert code == 0 and "Dismissed: 1 refund." in out  # not "dismiss: 1 refund done."
    assert "Nothing needs a person." in run(capsys, tmp_path, "review")[1]

    code, out = run(capsys, tmp_path, "--language", "pl", "review", "reopen", str(held["id"]))
    assert code == 0 and "Przywrócenie" in out
    code, out = run(capsys, tmp_path, "review", "--json")
    (again,) = [json.loads(line) for line in out.splitlines()]
    assert (again["id"], again["state"], again["held_reason"]) == (held["id"], "HELD", "REOPENED")
    assert run(capsys, tmp_path, "run", "--once")[0] == 0
    assert shop.scenario.ledger(order["id"]) == []  # held: nothing sent until approved
    code, out = run(capsys, tmp_path, "review", "reopen", str(held["id"]))
    assert code == 1 and "cannot be changed now" in out


def test_run_once_fails_when_the_round_could_not_write_its_database(
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    shop: DemoShop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A disk that fills up (or a file made read-only) after start: the round is skipped, and a
    # script or service manager must see that it did no work, not a success.
    add_shop(capsys, tmp_path, shop)

    def disk_full(self: Database) -> None:
        raise DatabaseProblem("The disk holding the database is full; nothing was changed.")

    monkeypatch.setattr(Database, "ensure_sound", disk_full)
    code, out = run(capsys, tmp_path, "run", "--once")
    assert code == 1, out
    assert "disk holding the database is full" in out and "Traceback" not in out
