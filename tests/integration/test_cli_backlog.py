"""`shop add --backlog` and `shop backlog`: the choice for the cases found at connect, headless."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.demo_shop import DemoShop
from tests.integration.test_cli import run
from tests.support.demo_shop import DemoShopFactory

MUG = {"offerId": "17001", "name": "Kubek", "price": "39.99", "quantity": 1}


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(auto_approve=True, device_interval=1)


def test_the_backlog_choice_is_given_at_add_shown_in_the_list_and_changed_later(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shop: DemoShop
) -> None:
    cancelled = shop.scenario.create_order([MUG])
    shop.scenario.cancel_as_buyer(cancelled["id"])
    late = (shop.clock.now() - timedelta(days=1)).isoformat()
    shop.scenario.create_order([MUG], dispatch_deadline=late)
    code, out = run(
        capsys,
        tmp_path,
        "shop", "add", "Sklep", "--environment", "demo", "--api-url", shop.url,
        "--client-id", "demo-client", "--client-secret", "demo-secret", "--backlog", "ignore",
    )  # fmt: skip
    assert code == 0, out
    code, out = run(capsys, tmp_path, "shop", "list")
    assert code == 0 and "ignore (leave to me)" in out
    assert run(capsys, tmp_path, "sync")[0] == 0
    code, out = run(capsys, tmp_path, "shop", "backlog", "Sklep", "apply")
    assert code == 0 and "'apply'" in out
    assert "1  cancelled paid orders not refunded" in out and "49.98 PLN" in out
    assert "1  orders past their dispatch deadline, not sent" in out
    assert "0  delivered returns not refunded" in out
    code, out = run(capsys, tmp_path, "shop", "list")
    assert "apply (refund by my rules)" in out
    code, out = run(capsys, tmp_path, "shop", "backlog", "1")  # by number, no change: shows it
    assert code == 0 and "handled as 'apply'" in out


def test_a_wrong_choice_or_shop_is_a_plain_error(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, shop: DemoShop
) -> None:
    with pytest.raises(SystemExit) as done:
        main(["--data-dir", str(tmp_path), "shop", "backlog", "Sklep", "sometimes"])
    assert done.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
    code, out = run(capsys, tmp_path, "shop", "backlog", "Nowhere", "ask")
    assert code != 0 and "Nowhere" in out and "Traceback" not in out
