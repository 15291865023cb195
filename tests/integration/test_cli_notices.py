"""`refunddesk notices`: failed notices listed, one shown and resent once by a person."""

from __future__ import annotations

from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.store.database import open_database, sqlite_url
from refunddesk.store.models import Notification
from tests.unit.notify.builders import NOW, add_refund, add_shop, notices


def run(capsys: pytest.CaptureFixture[str], data: Path, *args: str) -> tuple[int, str]:
    code = main(["--data-dir", str(data), "--log-level", "WARNING", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_list_show_and_resend_a_failed_sms(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run(capsys, tmp_path, "notices")[0] == 0  # creates the database
    db = open_database(sqlite_url(tmp_path / "refunddesk.sqlite3"))
    try:
        intent = add_refund(db, add_shop(db), phone="600700800")
        with db.transaction() as s:
            row = Notification(
                intent_id=intent, channel="sms", recipient="+48600700800",
                body="Lipowa: zwrocilismy 159,98 zl.", status="failed",
                error="SMSAPI is not answering properly (HTTP 503).", created_at=NOW,
            )  # fmt: skip
            s.add(row)
            s.flush()
            notice_id = row.id

        code, out = run(capsys, tmp_path, "notices")
        assert code == 0 and f"{notice_id}\tsms\tfailed" in out and "HTTP 503" in out
        code, out = run(capsys, tmp_path, "--language", "pl", "notices")
        assert code == 0 and f"{notice_id}\tsms\tfailed\tzamówienie " in out

        monkeypatch.setattr("builtins.input", lambda _prompt: "nie")
        code, out = run(capsys, tmp_path, "--language", "pl", "notices", "resend", str(notice_id))
        assert code == 1 and "Nic się nie zmieniło." in out
        assert notices(db, intent) != []  # still failed: nothing was resent

        code, out = run(capsys, tmp_path, "notices", "resend", str(notice_id), "--yes")
        assert code == 0 and "zwrocilismy 159,98 zl" in out and "once" in out
        assert notices(db, intent) == []  # the next pass sends it again

        code, out = run(capsys, tmp_path, "notices", "resend", str(notice_id), "--yes")
        assert code == 1 and f"refunddesk: There is no notice {notice_id}." in out
    finally:
        db.dispose()


def test_no_failed_notices_said_in_chinese(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, out = run(capsys, tmp_path, "--language", "zh_CN", "notices")
    assert (code, out) == (0, "没有发送失败的通知。\n")
