"""`refunddesk rules policy`: the refund policy as text, for Allegro's terms field and as HTML."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.domain.policy_export import ALLEGRO_TERMS_LIMIT


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--data-dir", str(data), "--log-level", "WARNING", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def import_rules(capsys: pytest.CaptureFixture[str], data: Path, groups: list[str]) -> None:
    """One armed cancellation rule per product group."""
    rules = [
        {
            "id": str(n),
            "name": f"Cancel {n}",
            "trigger": "BUYER_CANCELLED",
            "mode": "ARMED",
            "conditions": {"products": {"groups": [group]}},
        }
        for n, group in enumerate(groups, start=1)
    ]
    path = data / "rules.json"
    path.write_text(json.dumps({"schema": 1, "rules": rules}), encoding="utf-8")
    code, out, err = run(capsys, data, "rules", "import", str(path), "--keep-modes")
    assert code == 0, out + err


def test_policy_in_chinese_as_text(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    import_rules(capsys, tmp_path, ["Toys"])
    code, out, _ = run(capsys, tmp_path, "rules", "policy", "--language", "zh")
    assert code == 0
    assert out == (
        "退款\n\n- 如果您取消已付款订单（商品组“Toys”中的商品），我们将自动退还全部订单金额"
        "（含运费）。\n"
    )


def test_html_for_a_shop_page_is_written_private(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_rules(capsys, tmp_path, ["Tom & Jerry"])
    page = tmp_path / "policy.html"
    code, out, _ = run(
        capsys, tmp_path, "rules", "policy", "--format", "html", "--language", "en",
        "--output", str(page),
    )  # fmt: skip
    assert code == 0 and f"Wrote the refund policy to {page}" in out
    html = page.read_text(encoding="utf-8")
    assert html.startswith('<section lang="en">\n<h2>Refunds</h2>\n<ul>\n<li>If you cancel')
    assert "&#x27;Tom &amp; Jerry&#x27;" in html
    assert stat.S_IMODE(page.stat().st_mode) == 0o600


def test_a_long_policy_for_allegro_is_cut_with_a_note(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    groups = [f"Group {n:02d} " + "x" * 80 for n in range(1, 31)]  # far over the limit
    import_rules(capsys, tmp_path, groups)
    code, out, err = run(capsys, tmp_path, "rules", "policy", "--format", "allegro")
    assert code == 0
    assert len(out) <= ALLEGRO_TERMS_LIMIT
    assert out.startswith("Zwroty pieniędzy\n\n- Jeśli anulujesz")
    assert out.endswith("\n\nPozostałe zwroty pieniędzy rozpatrujemy indywidualnie.\n")
    assert "Group 01" in out and "Group 30" not in out
    assert all(line.endswith(".") for line in out.splitlines() if line.startswith("- "))
    assert f"longer than Allegro's {ALLEGRO_TERMS_LIMIT} characters" in err


def test_a_missing_folder_for_the_output_is_named_as_the_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "no-such-folder" / "policy.txt"
    code, _out, err = run(capsys, tmp_path, "rules", "policy", "--output", str(target))
    assert code == 1
    assert err.strip() == f"refunddesk: There is no folder {target.parent} (for {target})."


def test_the_policys_language_is_not_the_one_the_command_speaks(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # --language before the command is the merchant's; after `policy`, the buyers'.
    target = tmp_path / "no-such-folder" / "policy.txt"
    argv = ["--language", "zh_CN", "rules", "policy", "--language", "pl", "--output", str(target)]
    code, _out, err = run(capsys, tmp_path, *argv)
    assert code == 1
    assert err.strip() == f"refunddesk: 没有文件夹 {target.parent}（用于 {target}）。"
