"""`shop list|add|backlog` and `sms show` in the output language, their columns lined up."""

from __future__ import annotations

import re
import threading
from pathlib import Path

import pytest

from refunddesk.cli.common import text_width
from refunddesk.store.database import open_database, sqlite_url
from tests.integration.test_cli import run
from tests.support.demo_shop import DemoShopFactory
from tests.unit.notify.builders import add_shop

TEA_HOUSE = "茶馆小铺"  # a shop named in Chinese: two terminal columns a character


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A data folder with two shops (not connected yet), one named in Chinese."""
    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(sqlite_url(folder / "refunddesk.sqlite3"))
    add_shop(db, "Herbaciarnia Lipowa")
    add_shop(db, TEA_HOUSE)
    db.dispose()
    return folder


def cell_starts(line: str) -> list[int]:
    """The terminal column where each cell (words one space apart) starts, but the first."""
    return [text_width(line[: m.start()]) for m in re.finditer(r"\S+(?: \S+)*", line)][1:]


def assert_lined_up(lines: list[str]) -> None:
    assert len(lines) > 1 and len({tuple(cell_starts(line)) for line in lines}) == 1, lines


SHOP_LIST = {
    "pl": ("Sklep", "Środowisko", "Stan", "niepołączony", "ask (wstrzymaj do mojej akceptacji)"),
    "zh_CN": ("店铺", "环境", "状态", "未连接", "演示", "ask（暂缓，等待我批准）"),
}


@pytest.mark.parametrize("language", SHOP_LIST)
def test_shop_list_speaks_the_language_and_its_columns_line_up(
    language: str, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, data, "--language", language, "shop", "list")
    assert code == 0, out
    for words in SHOP_LIST[language]:
        assert words in out, out
    for english in ("not connected", "backlog", "hold for my approval", "Shop"):
        assert english not in out, out
    lines = out.splitlines()
    assert len(lines) == 3 and TEA_HOUSE in lines[2]
    assert_lined_up(lines)


def test_shop_list_in_english_keeps_the_words_to_type(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, data, "--language", "en", "shop", "list")
    assert code == 0 and "not connected" in out and "ask (hold for my approval)" in out, out
    assert_lined_up(out.splitlines())


SMS_SHOW = {
    "pl": ("włączone", "nadawca", "(domyślny dla konta)", "brak", f"sklep {TEA_HOUSE}"),
    "zh_CN": ("已启用", "发件人", "（账户默认）", "令牌", f"店铺 {TEA_HOUSE}"),
}


@pytest.mark.parametrize("language", SMS_SHOW)
def test_sms_show_speaks_the_language_and_its_columns_line_up(
    language: str, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, data, "--language", language, "sms", "show")
    assert code == 0, out
    for words in SMS_SHOW[language]:
        assert words in out, out
    for english in ("enabled", "sender", "the account default", "none", "shop "):
        assert english not in out, out
    assert_lined_up(out.splitlines())


BACKLOG = {
    "pl": (
        "są teraz obsługiwane jako 'apply' (zwracaj według moich reguł)",
        "Znalezione od ",
        "anulowane opłacone zamówienia bez zwrotu",
        "doręczone zwroty bez zwrotu pieniędzy",
    ),
    "zh_CN": ("现在按 'apply'（按我的规则退款）处理", "起发现的（回溯期）", "已送达但未退款的退货"),
}


@pytest.mark.parametrize("language", BACKLOG)
def test_shop_backlog_speaks_the_language_and_its_lines_line_up(
    language: str, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, data, "--language", language, "shop", "backlog", TEA_HOUSE, "apply")
    assert code == 0, out
    for words in BACKLOG[language]:
        assert words in out, out
    assert "handled as" not in out and "backfill window" not in out, out
    assert_lined_up(out.splitlines()[2:])  # the three kinds, under their heading


def test_a_shop_name_typed_wrong_is_said_in_the_language(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out = run(capsys, data, "--language", "zh_CN", "shop", "backlog", "茶舘", "ask")
    assert code == 1 and "没有名为“茶舘”的店铺" in out and "There is no" not in out, out
    code, out = run(capsys, data, "--language", "pl", "sms", "off", "Lipowa")
    assert code == 1 and "Nie ma sklepu o nazwie „Lipowa”" in out, out


def test_shop_add_speaks_polish(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_shop_factory: DemoShopFactory
) -> None:
    shop = demo_shop_factory(auto_approve=True, device_interval=1)
    code, out = run(
        capsys,
        tmp_path,
        "--language", "pl",
        "shop", "add", "Sklep", "--environment", "demo", "--api-url", shop.url,
        "--client-id", "demo-client", "--client-secret", "demo-secret", "--backlog", "ignore",
    )  # fmt: skip
    assert code == 0, out
    for words in (
        "Aby połączyć sklep Sklep, otwórz:",
        "i potwierdź kod",
        "Czekam na Twoją zgodę",
        "Połączono sklep Sklep.",
        "Sprawy znalezione w okresie wstecz: ignore (zostaw mnie)",
    ):
        assert words in out, out
    assert "To connect" not in out and "Connected" not in out and "Waiting" not in out


def test_a_refused_connection_is_said_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, demo_shop_factory: DemoShopFactory
) -> None:
    shop = demo_shop_factory(auto_approve=False, device_interval=1)
    codes = shop.tokens._by_user_code  # the account owner says "no" to every code
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
            "--language", "zh_CN",
            "shop", "add", "X", "--environment", "demo", "--api-url", shop.url,
            "--client-id", "demo-client", "--client-secret", "demo-secret",
        )  # fmt: skip
    finally:
        stop.set()
    assert code == 1 and "未连接：Allegro 账户所有者拒绝了 RefundDesk 的访问。" in out, out
    assert "Not connected" not in out and "refused access" not in out


@pytest.mark.parametrize("language", ["zh_CN", "pl"])
def test_refunds_rows_line_up_in_chinese_and_polish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    # State words are two to five Chinese characters: padded by characters, the amounts after
    # them started in different columns.
    from tests.support.refund_rows import add_shop as add_shop_row
    from tests.support.refund_rows import insert_intents, intent_row

    folder = tmp_path / "data"
    folder.mkdir()
    db = open_database(sqlite_url(folder / "refunddesk.sqlite3"))
    shop_id = add_shop_row(db)
    # Polish "tylko zapisany (tryb próbny)" is longer than the column was.
    states = ("SUCCEEDED", "HELD", "DISMISSED", "UNCONFIRMED", "SHADOW")
    insert_intents(db, [intent_row(shop_id, n, state=s) for n, s in enumerate(states, 1)])
    db.dispose()
    code, out = run(capsys, folder, "--language", language, "refunds", *[
        a for s in states for a in ("--status", s)
    ])  # fmt: skip
    assert code == 0, out
    rows = [line for line in out.splitlines() if re.match(r"\s+\d+  \d{4}-", line)]
    assert len(rows) == len(states), out
    amounts_end = set()  # the amounts are right-aligned: where they end
    for line in rows:
        found = re.search(r"PLN\xa0[\d.,]+|[\d\xa0 ]+,\d\d\xa0zł", line)
        assert found is not None, line
        amounts_end.add(text_width(line[: found.end()]))
    assert len(amounts_end) == 1, rows
