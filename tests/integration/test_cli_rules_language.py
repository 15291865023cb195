"""`refunddesk rules` speaks the merchant's language (--language or the locale), counts included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.domain.messages import msg, render

RULES = {
    "schema": 1,
    "rules": [
        {"id": "1", "name": "Cancellations", "trigger": "BUYER_CANCELLED", "mode": "ARMED"},
        {"id": "2", "name": "Late orders", "trigger": "NOT_SENT_IN_TIME", "mode": "ARMED"},
    ],
}


def _run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_rules_commands_in_polish_and_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    code, out, _ = _run(capsys, data, "--language", "pl", "rules", "list")
    assert code == 0 and out.startswith("Nie ma jeszcze reguł: refunddesk rules import PLIK")

    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(RULES))
    code, out, _ = _run(capsys, data, "--language", "pl", "rules", "import", str(rules))
    assert code == 0 and out.startswith("Zaimportowano 2 reguły, w trybie próbnym"), out
    # What each imported rule does, in words: these two have no action and no conditions,
    # so they refund everything, and the merchant reads that before arming them.
    assert "1. Cancellations (wersja 1, próbna)\n   Gdy kupujący anuluje" in out
    assert "2. Late orders (wersja 1, próbna)" in out and "When a buyer" not in out

    code, _, err = _run(capsys, data, "--language", "pl", "rules", "import", str(rules))
    assert code == 1 and "Ten profil ma już 2 reguły." in err and "--replace" in err

    code, out, _ = _run(capsys, data, "--language", "pl", "rules", "list")
    assert code == 0 and "1. Cancellations (wersja 1, próbna)" in out
    assert "When a buyer" not in out  # the summary is in Polish too

    code, out, _ = _run(
        capsys, data, "--language", "zh_CN", "rules", "export", str(tmp_path / "out.json")
    )
    assert code == 0 and out.startswith("已将 2 条规则导出到")

    code, out, _ = _run(capsys, data, "--language", "en", "rules", "export", str(tmp_path / "x"))
    assert code == 0 and out.startswith("Exported 2 rules to")


@pytest.mark.parametrize(
    ("n", "polish"),
    [(1, "Ten profil ma już 1 regułę."), (2, "Ten profil ma już 2 reguły."),
     (5, "Ten profil ma już 5 reguł."), (22, "Ten profil ma już 22 reguły."),
     (25, "Ten profil ma już 25 reguł.")],
)  # fmt: skip
def test_rule_counts_take_the_polish_form_for_their_number(n: int, polish: str) -> None:
    assert render(msg("cli.rules_exist", n=n), "pl").startswith(polish)
    english = render(msg("cli.rules_exist", n=n), "en")
    assert english.startswith(f"This profile already has {n} rule{'' if n == 1 else 's'}.")
