"""`refunddesk backtest` on a real SQLite file: the tables it prints, and a bad rules file."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from refunddesk.cli import backtest as backtest_cli
from refunddesk.domain.rules_json import export_rules
from refunddesk.store.database import open_database, sqlite_url
from tests.support.simulate_history import NOW, draft_rules, seed_history


def _parse(argv: list[str]) -> argparse.Namespace:
    # The same global options as refunddesk.cli's parser, with the backtest command added.
    parser = argparse.ArgumentParser(prog="refunddesk")
    parser.add_argument("--database-url")
    parser.add_argument("--demo", action="store_true")
    backtest_cli.add_parsers(parser.add_subparsers(dest="command"))
    return parser.parse_args(argv)


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
    assert draft_row.split()[2:6] == ["3", "315.00", "PLN", "1"]
    happened = next(line for line in lines if line.startswith("what happened"))
    assert happened.split()[2:5] == ["1", "110.00", "PLN"]
    assert "Late orders (shadow)" in out
    assert "Orders whose outcome would change (3):" in out
    o4 = next(line for line in lines if line.startswith("O4 "))
    assert "HOLD 80.00 PLN" in o4 and "REFUND 75.00 PLN" in o4 and o4.endswith("Returns")


def test_a_broken_rules_file_is_a_plain_error(
    history_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    args = _parse(["--database-url", history_url, "backtest", "--rules", str(bad)])
    assert backtest_cli.cmd_backtest(args) == 1
    assert "This is not a rules file" in capsys.readouterr().err
