"""`refunddesk sms|alerts` and their settings keys, on the real keyring: secrets never shown."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from refunddesk.cli import main
from refunddesk.infra.secrets import alert_url_key
from refunddesk.notify.service import send_pending_notices
from refunddesk.services.context import AppContext, open_context
from tests.support.smsapi import TOKEN, FakeSmsApi
from tests.support.webhook import Webhook
from tests.unit.notify.builders import NOW, add_refund, add_shop

pytestmark = pytest.mark.keyring

HOOK_TOKEN = "hook-token-5d2e9a"


class Cli:
    """`refunddesk --data-dir DATA ...` in this process; returns (code, stdout + stderr)."""

    def __init__(self, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data, self._capsys = data, capsys
        self.printed: list[str] = []

    def __call__(self, *args: str, stdin: str | None = None) -> tuple[int, str]:
        if stdin is not None:
            self._stdin.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(self.data), *args])
        out = self._capsys.readouterr()
        self.printed.append(out.out + out.err)
        return code, out.out + out.err

    @contextmanager
    def context(self) -> Iterator[AppContext]:
        ctx = open_context(database_url=f"sqlite:///{self.data / 'refunddesk.sqlite3'}")
        try:
            yield ctx
        finally:
            ctx.close()

    def everything_written(self) -> str:
        """What a secret must never be in: the output, the log files, the database file."""
        files = [p for p in self.data.rglob("*") if p.is_file()]
        return "\n".join(self.printed) + "".join(p.read_bytes().decode("latin-1") for p in files)

    _stdin: pytest.MonkeyPatch


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    runner = Cli(tmp_path / "data", capsys)
    runner._stdin = monkeypatch
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # no terminal: nothing is asked
    return runner


@pytest.fixture
def webhook() -> Iterator[Webhook]:
    hook = Webhook()
    yield hook
    hook.close()


def test_sms_token_sender_and_shops_from_the_command_line_send_a_real_sms(
    cli: Cli, smsapi: FakeSmsApi
) -> None:
    code, out = cli("sms", "token")
    assert code == 2 and "No SMSAPI token came on standard input" in out
    code, out = cli("settings", "set", "sms.enabled", "on")
    assert code == 2 and "Enter the SMSAPI token" in out  # nothing to send with yet

    assert cli("sms", "token", stdin=f"{TOKEN}\n") == (0, "SMSAPI token saved in the keyring.\n")
    code, out = cli(
        "settings", "set", "sms.enabled", "on", "sms.sender", "Lipowa", "sms.api-url", smsapi.url,
    )  # fmt: skip
    assert code == 0, out
    code, out = cli("settings", "set", "sms.sender", "Far too long name")
    assert code == 2 and "at most 11 characters" in out

    with cli.context() as ctx:
        shop, other = add_shop(ctx.db), add_shop(ctx.db, "Sklep Drugi")
    code, out = cli("sms", "off", "Sklep Drugi")
    assert (code, out) == (0, "SMS notices off for Sklep Drugi.\n")
    code, out = cli("sms", "off", "No such shop")
    assert code == 1 and "no shop named 'No such shop'" in out and "Traceback" not in out
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert shown["sms.token"] == "saved" and shown["sms.sender"] == "Lipowa"
    assert shown["sms.enabled"] is True and shown["sms.off-for-shops"] == "Sklep Drugi"
    code, out = cli("sms", "show")
    assert re.search(r"^shop Herbaciarnia Lipowa +on$", out, re.M), out
    assert re.search(r"^shop Sklep Drugi +off$", out, re.M), out

    # The token from the keyring reaches the gateway (it refuses any other): one SMS, to the
    # buyer of the shop that has SMS on.
    with cli.context() as ctx:
        add_refund(ctx.db, shop, phone="600700800", email="")
        add_refund(ctx.db, other, phone="600700801", email="")
        send_pending_notices(ctx.db, shop, None, NOW, secrets=ctx.secrets)
        send_pending_notices(ctx.db, other, None, NOW, secrets=ctx.secrets)
    assert [(s.to, s.sender) for s in smsapi.sent] == [("48600700800", "Lipowa")]

    assert cli("sms", "on", "Sklep Drugi")[0] == 0
    assert json.loads(cli("settings", "show", "--json")[1])["sms.off-for-shops"] is None
    assert TOKEN not in cli.everything_written()


def test_alert_channels_are_added_listed_tested_and_removed_by_name(
    cli: Cli, webhook: Webhook
) -> None:
    url = webhook.url.replace("json://", f"json://user:{HOOK_TOKEN}@")
    # A mistyped address still holds the token: Apprise's own complaint must not show it.
    code, out = cli("alerts", "add", "--name", "team", stdin=f"hooks.example.com/{HOOK_TOKEN}\n")
    assert code == 2 and "Apprise does not understand" in out
    code, out = cli("alerts", "add", "--name", "team", stdin="")
    assert code == 2 and "No Apprise address came" in out

    code, out = cli("alerts", "add", "-", "--name", "team", stdin=f"{url}\n")
    assert code == 0 and "Alert channel team saved" in out
    assert cli("settings", "set", "alerts.language", "pl", "alerts.digest-hour", "none")[0] == 0
    code, out = cli("settings", "set", "alerts.language", "de")
    assert code == 2 and "alerts are written in en, pl, zh_CN" in out
    code, out = cli("settings", "set", "alerts.digest-hour", "25")
    assert code == 2 and "between 0 and 23" in out
    assert cli("alerts", "list") == (0, "team\tsaved\n")
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert shown["alerts.channels"] == "team" and shown["alerts.language"] == "pl"
    assert shown["alerts.digest-hour"] is None

    assert cli("alerts", "test", "team") == (0, "Test alert sent through team.\n")
    [got] = webhook.received
    assert got["title"] == "Alert testowy RefundDesk"  # in the alerts' language

    code, out = cli("alerts", "test", "nobody")
    assert code == 1 and "no alert channel 'nobody'" in out
    cli("alerts", "add", "--name", "gone", stdin=f"json://u:{HOOK_TOKEN}x@127.0.0.1:9/gone\n")
    code, out = cli("alerts", "test", "gone")
    assert code == 1 and "could not be delivered through gone" in out and "Traceback" not in out
    code, out = cli("--language", "zh_CN", "alerts", "test", "gone")
    assert code == 1 and "测试提醒无法通过 gone 送达" in out

    assert cli("alerts", "remove", "gone") == (0, "Alert channel gone removed.\n")
    with cli.context() as ctx:
        assert ctx.secrets.get(alert_url_key("gone")) is None
        assert ctx.secrets.get(alert_url_key("team")) == url
    assert HOOK_TOKEN not in cli.everything_written()


def test_an_address_on_the_command_line_is_taken_with_a_warning(cli: Cli, webhook: Webhook) -> None:
    code, out = cli("alerts", "add", webhook.url, "--name", "team")
    assert code == 0 and "process list" in out
    assert cli("alerts", "list") == (0, "team\tsaved\n")
