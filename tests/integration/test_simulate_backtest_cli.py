"""`refunddesk backtest` on a real SQLite file: the tables it prints, and a bad rules file."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from refunddesk.cli import backtest as backtest_cli
from refunddesk.cli import main
from refunddesk.cli.common import text_width
from refunddesk.domain.rules_json import export_rules
from refunddesk.store.database import open_database, sqlite_url
from tests.support.simulate_history import NOW, draft_rules, seed_history


def _parse(argv: list[str]) -> argparse.Namespace:
    # The same global options as refunddesk.cli's parser, with the backtest command added.
    parser = argparse.ArgumentParser(prog="refunddesk")
    parser.add_argument("--database-url")
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--language")
    backtest_cli.add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


def _cells(line: str) -> list[str]:
    """A printed table row's cells (two spaces or more between them)."""
    return re.split(r" {2,}", line.strip())


@pytest.fixture
def history_url(tmp_path: Path) -> str:
    url = sqlite_url(tmp_path / "history.sqlite3")
    db = open_database(url)
    seed_history(db)
    db.dispose()
    return url


def test_backtest_prints_totals_rules_and_changed_orders(
    history_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "draft.json"
    draft.write_text(export_rules(draft_rules()), encoding="utf-8")
    args = _parse(
        [
            "--database-url",
            history_url,
            "backtest",
            "--days",
            "30",
            "--rules",
            str(draft),
            "--until",
            NOW.isoformat(),
        ]
    )
    assert backtest_cli.cmd_backtest(args) == 0
    out = capsys.readouterr().out
    assert "6 of 6 cases replayed" in out
    lines = out.splitlines()
    draft_row = next(line for line in lines if line.startswith("draft rules"))
    assert _cells(draft_row)[1:4] == ["3", "PLN\xa0315.00", "1"]
    happened = next(line for line in lines if line.startswith("what happened"))
    assert _cells(happened)[1:3] == ["1", "PLN\xa0110.00"]
    assert "Late orders (shadow)" in out
    assert "Orders whose outcome would change (3):" in out
    o4 = next(line for line in lines if line.startswith("O4 "))
    assert "HOLD PLN\xa080.00" in o4 and "REFUND PLN\xa075.00" in o4 and o4.endswith("Returns")


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("pl", ["odtworzono 6 z 6", "reguły z projektu", "WSTRZYMANY 80,00\xa0zł", "(próbna)"]),
        ("zh_CN", ["已重放 6/6", "草稿规则", "暂扣 PLN\xa080.00", "（影子）"]),
    ],
)
def test_backtest_speaks_the_merchants_language(
    history_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    language: str,
    said: list[str],
) -> None:
    draft = tmp_path / "draft.json"
    draft.write_text(export_rules(draft_rules()), encoding="utf-8")
    argv = ["--database-url", history_url, "--language", language, "backtest"]
    args = _parse([*argv, "--rules", str(draft), "--until", NOW.isoformat()])
    assert backtest_cli.cmd_backtest(args) == 0
    out = capsys.readouterr().out
    assert [s for s in said if s not in out] == []
    assert "draft rules" not in out and "what happened" not in out
    # Columns line up in a terminal, Chinese characters taking two columns each.
    table = out.split("\n\n")[1].splitlines()
    assert len({text_width(line.rstrip()) for line in table[:2]}) == 1


def test_a_broken_rules_file_is_a_plain_error(
    history_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    args = _parse(["--database-url", history_url, "backtest", "--rules", str(bad)])
    assert backtest_cli.cmd_backtest(args) == 1
    assert capsys.readouterr().err.startswith("refunddesk: file: This is not a rules file")


@pytest.mark.parametrize("when", [["--days", "1000000"], ["--until", "0001-01-05"]])
def test_a_period_before_the_year_one_is_a_plain_error(
    history_url: str, when: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # It was an OverflowError from the date arithmetic, and a crash report.
    code = main(["--database-url", history_url, "backtest", *when])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("refunddesk: ") and "before the year 1" in err, err


def test_a_missing_rules_file_is_named_without_an_errno(
    history_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "draft-rules.json"
    args = _parse(["--database-url", history_url, "backtest", "--rules", str(missing)])
    assert backtest_cli.cmd_backtest(args) == 1
    err = capsys.readouterr().err
    assert "draft-rules.json could not be read" in err
    assert "Errno" not in err


def test_no_history_is_said_rather_than_tables_of_zeros(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "empty.sqlite3")
    open_database(url).dispose()
    args = _parse(["--database-url", url, "backtest", "--until", "2026-11-20"])
    assert backtest_cli.cmd_backtest(args) == 0
    out = capsys.readouterr().out
    assert "0 of 0 cases replayed" in out
    assert "Connect and sync a shop first" in out and "refunded" not in out
