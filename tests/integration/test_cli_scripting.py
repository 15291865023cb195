"""The command line a script can rely on: --json rows, settings, secrets off the command line."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from refunddesk.cli import main
from refunddesk.demo_shop import DemoShop
from refunddesk.services import settings as settings_service
from refunddesk.services.context import open_context
from tests.support.demo_shop import DemoShopFactory
from tests.support.keyring import MemoryKeyring

REFUND_KEYS = {
    "id", "shop_id", "order_id", "buyer_login", "amount", "amount_minor", "currency", "state",
    "trigger", "mode", "rule_name", "rule_version", "reason_code", "held_reason",
    "failure_detail", "created_at", "updated_at", "not_before", "last_note", "details",
}  # fmt: skip
RULES = {
    "schema": 1,
    "rules": [
        {"id": "r-cancel", "name": "Cancellations", "trigger": "BUYER_CANCELLED", "mode": "ARMED"},
        {"id": "r-late", "name": "Late orders", "trigger": "NOT_SENT_IN_TIME", "mode": "ARMED"},
    ],
}


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    return demo_shop_factory(auto_approve=True, device_interval=1)


class Cli:
    """`refunddesk --data-dir DATA ...` in this process; returns (code, stdout, stderr)."""

    def __init__(self, data: Path, capsys: pytest.CaptureFixture[str]) -> None:
        self.data, self._capsys = data, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--data-dir", str(self.data), *args])
        out = self._capsys.readouterr()
        return code, out.out, out.err

    def json_rows(self, *args: str) -> list[dict[str, Any]]:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return [json.loads(line) for line in out.splitlines()]


@pytest.fixture
def cli(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    """A data folder that is there (made by hand, or by an earlier command)."""
    (tmp_path / "data").mkdir()
    return Cli(tmp_path / "data", capsys)


def _add_shop(cli: Cli, shop: DemoShop, *secret_args: str) -> tuple[str, str]:
    code, out, err = cli(
        "shop", "add", "Sklep", "--environment", "demo", "--api-url", shop.url,
        "--client-id", "demo-client", *secret_args,
    )  # fmt: skip
    assert code == 0, out + err
    assert "Connected Sklep." in out
    return out, err


@pytest.mark.parametrize("source", ["file", "stdin", "environment"])
def test_shop_add_takes_the_secret_from_a_file_stdin_or_the_environment(
    source: str,
    cli: Cli,
    shop: DemoShop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    args: tuple[str, ...] = ()
    if source == "file":
        secret_file = tmp_path / "secret.txt"
        secret_file.write_text("demo-secret\n")
        args = ("--client-secret-file", str(secret_file))
    elif source == "stdin":
        monkeypatch.setattr("sys.stdin", io.StringIO("demo-secret\n"))
        args = ("--client-secret", "-")
    else:
        monkeypatch.setenv("REFUNDDESK_CLIENT_SECRET", "demo-secret")
    _out, err = _add_shop(cli, shop, *args)
    assert "warning" not in err
    stored = [v for (service, key), v in memory_keyring.entries.items() if "client_secret" in key]
    assert stored == ["demo-secret"]  # the newline of the file or of `echo` is not part of it


def test_a_secret_typed_on_the_command_line_works_but_warns(cli: Cli, shop: DemoShop) -> None:
    _out, err = _add_shop(cli, shop, "--client-secret", "demo-secret")
    assert "other users of this computer" in err and "process list" in err
    assert "demo-secret" not in err


def test_the_database_url_can_come_from_the_environment(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    elsewhere = tmp_path / "shared.sqlite3"
    monkeypatch.setenv("REFUNDDESK_DATABASE_URL", f"sqlite:///{elsewhere}")
    code, _out, err = cli("settings", "set", "backfill-days", "7")
    assert code == 0 and err == ""
    assert elsewhere.exists()
    assert not (cli.data / "refunddesk.sqlite3").exists()
    code, out, err = cli("db", "check")  # every command, not only those that open the app
    assert code == 0 and str(elsewhere) in out, out + err


def test_json_rows_for_refunds_review_shops_and_rules(
    cli: Cli, shop: DemoShop, tmp_path: Path
) -> None:
    _add_shop(cli, shop, "--client-secret", "demo-secret")
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(RULES))
    assert cli("rules", "import", str(rules), "--keep-modes")[0] == 0
    order = shop.scenario.create_order()
    assert cli("run", "--once")[0] == 0
    shop.scenario.cancel_as_buyer(order["id"])
    assert cli("run", "--once")[0] == 0
    shop.scenario.settle_refunds()
    assert cli("run", "--once")[0] == 0

    refunds = cli.json_rows("refunds", "--status", "succeeded")
    assert len(refunds) == 1 and set(refunds[0]) == REFUND_KEYS
    row = refunds[0]
    assert row["order_id"] == order["id"] and row["state"] == "SUCCEEDED"
    assert isinstance(row["amount_minor"], int) and row["amount_minor"] > 0
    assert row["amount"] == f"{row['amount_minor'] // 100}.{row['amount_minor'] % 100:02d}"
    assert row["rule_name"] == "Cancellations" and row["mode"] == "ARMED"
    assert cli.json_rows("review") == [] and cli.json_rows("review", "list") == []

    (listed,) = cli.json_rows("shop", "list")
    assert listed["name"] == "Sklep" and listed["state"] == "connected"
    assert isinstance(listed["id"], int) and "secret" not in json.dumps(listed)

    rule_rows = cli.json_rows("rules", "list")
    assert [(r["position"], r["id"], r["name"], r["mode"]) for r in rule_rows] == [
        (1, "r-cancel", "Cancellations", "ARMED"),  # the file's ids, not the database's
        (2, "r-late", "Late orders", "ARMED"),
    ]
    assert rule_rows[0]["summary"].startswith("When a buyer cancels")


def test_merging_a_profiles_own_export_changes_nothing_and_a_disarmed_rule_is_named(
    cli: Cli, tmp_path: Path
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(RULES))
    assert cli("rules", "import", str(rules), "--keep-modes")[0] == 0
    before = cli.json_rows("rules", "list")
    exported = tmp_path / "export.json"
    assert cli("rules", "export", str(exported))[0] == 0

    # Merged back as it is: every rule stays armed, at its version (it became shadow, v2).
    code, out, _err = cli("rules", "import", str(exported), "--merge")
    assert code == 0, out
    assert cli.json_rows("rules", "list") == before

    # A changed rule gets its new version in shadow, and the output says it was armed.
    data = json.loads(exported.read_text())
    data["rules"][0]["name"] = "Cancellations, renamed"
    exported.write_text(json.dumps(data))
    code, out, _err = cli("rules", "import", str(exported), "--merge")
    assert code == 0 and "Cancellations, renamed" in out and "was armed" in out, out
    modes = [(r["name"], r["mode"]) for r in cli.json_rows("rules", "list")]
    assert modes == [("Cancellations, renamed", "SHADOW"), ("Late orders", "ARMED")]


def test_rules_import_never_replaces_rules_unasked_and_arrives_in_shadow(
    cli: Cli, tmp_path: Path
) -> None:
    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(RULES))
    code, out, _err = cli("rules", "import", str(rules))
    assert code == 0 and "in shadow" in out
    assert {r["mode"] for r in cli.json_rows("rules", "list")} == {"SHADOW"}

    one = tmp_path / "one.json"
    returns_rule = {"id": "3", "name": "Returns", "trigger": "RETURN_DELIVERED", "mode": "ARMED"}
    one.write_text(json.dumps({"schema": 1, "rules": [returns_rule]}))
    code, _out, err = cli("rules", "import", str(one))
    assert code == 1 and "already has 2 rules" in err and "--replace" in err
    assert len(cli.json_rows("rules", "list")) == 2  # nothing changed

    assert cli("rules", "import", str(one), "--merge")[0] == 0
    assert len(cli.json_rows("rules", "list")) == 3
    assert cli("rules", "import", str(one), "--replace", "--keep-modes")[0] == 0
    assert [(r["name"], r["mode"]) for r in cli.json_rows("rules", "list")] == [
        ("Returns", "ARMED")
    ]


def test_settings_set_is_what_the_settings_screen_reads(cli: Cli) -> None:
    code, _out, err = cli(
        "settings", "set", "order-cap", "250", "daily-budget", "1 200,50", "daily-count", "40",
        "breaker-threshold", "3", "dry-run", "on", "sync-interval", "120", "backfill-days", "14",
        "notify-by-default", "off",
    )  # fmt: skip
    assert code == 0 and err == "", err
    ctx = open_context(database_url=f"sqlite:///{cli.data / 'refunddesk.sqlite3'}")
    try:
        view = settings_service.load_view(ctx.db, ctx.secrets, cli.data)
    finally:
        ctx.close()
    a = view.automation
    assert (a.order_cap and a.order_cap.minor, a.daily_budget and a.daily_budget.minor) == (
        25000,
        120050,
    )
    assert (a.daily_count, a.breaker_threshold, a.dry_run) == (40, 3, True)
    assert (a.sync_interval_seconds, a.backfill_days) == (120, 14)
    assert view.notify_by_default is False

    assert cli("settings", "set", "order-cap", "none")[0] == 0
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert shown["order-cap"] is None and shown["daily-budget"] == "1200.50 PLN"
    assert shown["dry-run"] is True and shown["sync-interval"] == 120


@pytest.mark.parametrize(
    "pairs",
    [
        ("dry-run", "off", "sync-interval", "5"),
        ("paused", "on", "backfill-days", "0"),
        ("daily-budget", "100", "alerts.digest-hour", "25"),
        ("notify-by-default", "off", "daily-count", "0"),
    ],
)
def test_several_settings_are_saved_together_or_not_at_all(
    cli: Cli, pairs: tuple[str, ...]
) -> None:
    # Each group used to be saved on its own: the first was kept when a later was refused.
    before = json.loads(cli("settings", "show", "--json")[1])
    code, _out, err = cli("settings", "set", *pairs)
    assert code == 2 and err.startswith("refunddesk: "), err
    assert json.loads(cli("settings", "show", "--json")[1]) == before


@pytest.mark.parametrize(("on", "off"), [("tak", "nie"), ("WŁ", "wył"), ("开", "关"), ("是", "否")])
def test_a_switch_takes_yes_and_no_in_the_apps_languages(cli: Cli, on: str, off: str) -> None:
    assert cli("settings", "set", "dry-run", on, "notify-by-default", off)[0] == 0
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert (shown["dry-run"], shown["notify-by-default"]) == (True, False)
    assert cli("settings", "set", "dry-run", off, "notify-by-default", on)[0] == 0
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert (shown["dry-run"], shown["notify-by-default"]) == (False, True)
    code, _out, err = cli("settings", "set", "dry-run", "może")
    assert code == 2 and "'może' is not on or off" in err
    code, out, err = cli("--language", "pl", "settings", "set", "sync-interval", "abc")
    assert (code, err) == (2, "refunddesk: 'abc' nie jest liczbą całkowitą.\n")
    code, out, _err = cli("--language", "zh_CN", "settings", "set", "dry-run", "关")
    assert (code, out) == (0, "已保存：dry-run。\n")


def test_a_limit_is_lifted_only_by_none_and_typed_amounts_are_in_pln(cli: Cli) -> None:
    assert cli("settings", "set", "order-cap", "250")[0] == 0
    # A word without an amount once read as its currency and lifted the limit ("abc", "PLN");
    # so did an empty value (an unset shell variable); a code no marketplace uses limits nothing.
    for typed in ("abc", "PLN", "eur", "", "  ", "100 XYZ", "100XYZ", "100USD"):
        code, _out, err = cli("settings", "set", "order-cap", typed)
        assert code == 2 and "refunddesk:" in err, (typed, err)
        assert json.loads(cli("settings", "show", "--json")[1])["order-cap"] == "250.00 PLN"
    assert cli("settings", "set", "order-cap", "250 EUR")[0] == 0
    assert cli("settings", "set", "order-cap", "120,50eur")[0] == 0  # no space, any case
    assert json.loads(cli("settings", "show", "--json")[1])["order-cap"] == "120.50 EUR"
    assert cli("settings", "set", "order-cap", "300")[0] == 0  # PLN, as the help says
    assert json.loads(cli("settings", "show", "--json")[1])["order-cap"] == "300.00 PLN"
    assert cli("settings", "set", "daily-count", "")[0] == 2
    assert cli("settings", "set", "order-cap", "off", "daily-count", "none")[0] == 0
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert shown["order-cap"] is None and shown["daily-count"] is None


def test_the_backlog_choice_is_a_setting_of_every_shop(
    cli: Cli, shop: DemoShop, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    monkeypatch.setenv("REFUNDDESK_CLIENT_SECRET", "demo-secret")
    _add_shop(cli, shop)
    assert json.loads(cli("settings", "show", "--json")[1])["backlog"] == "ask"
    code, _out, err = cli("settings", "set", "backlog", "apply")
    assert code == 0, err
    assert json.loads(cli("settings", "show", "--json")[1])["backlog"] == "apply"
    assert [row["backlog"] for row in cli.json_rows("shop", "list")] == ["apply"]
    code, _out, err = cli("settings", "set", "backlog", "sometimes")
    assert code == 2 and "ask, apply, ignore" in err


def test_a_rules_file_can_carry_the_backlog_choice(
    cli: Cli,
    shop: DemoShop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_keyring: MemoryKeyring,
) -> None:
    monkeypatch.setenv("REFUNDDESK_CLIENT_SECRET", "demo-secret")
    _add_shop(cli, shop)
    rules = tmp_path / "rules.json"
    assert cli("rules", "export", str(rules))[0] == 0
    doc = json.loads(rules.read_text(encoding="utf-8"))
    doc["settings"] = {"backlog": "banana"}
    rules.write_text(json.dumps(doc), encoding="utf-8")
    code, _out, err = cli("rules", "import", str(rules), "--replace")
    assert code != 0 and "backlog" in err and "ask, apply, ignore" in err
    assert [row["backlog"] for row in cli.json_rows("shop", "list")] == ["ask"]  # nothing changed

    doc["settings"] = {"backlog": "ignore"}
    rules.write_text(json.dumps(doc), encoding="utf-8")
    code, _out, err = cli("rules", "import", str(rules), "--replace")
    assert code == 0, err
    assert [row["backlog"] for row in cli.json_rows("shop", "list")] == ["ignore"]


def test_e_mail_settings_are_saved_together_and_the_password_comes_on_stdin(
    cli: Cli, monkeypatch: pytest.MonkeyPatch, memory_keyring: MemoryKeyring
) -> None:
    code, _out, err = cli("settings", "set", "email.host", "smtp.example.pl")
    assert code == 2 and err.startswith(
        "refunddesk: Enter the e-mail address notices are sent from. The e-mail settings are"
        " saved together: set them up in one command, for example refunddesk settings set"
        " email.host smtp.example.pl email.from shop@example.pl email.user shop."
    )
    code, _out, err = cli("--language", "pl", "settings", "set", "email.port", "99999")
    assert code == 2 and err.endswith(
        "refunddesk settings set email.host smtp.example.pl email.from sklep@example.pl"
        " email.user sklep.\n"
    )
    monkeypatch.setattr("sys.stdin", io.StringIO("smtp-pass\n"))
    code, _out, err = cli(
        "settings", "set", "email.host", "smtp.example.pl", "email.from", "shop@example.pl",
        "email.user", "shop", "email.security", "ssl", "email.password", "-",
    )  # fmt: skip
    assert code == 0 and err == "", err
    shown = json.loads(cli("settings", "show", "--json")[1])
    assert shown["email.host"] == "smtp.example.pl" and shown["email.port"] == 465
    assert shown["email.password"] == "saved"
    assert "smtp-pass" in memory_keyring.entries.values()
    # Set up once, one key at a time is checked on its own: no hint about the first setup.
    code, _out, err = cli("settings", "set", "email.port", "99999")
    assert (code, err) == (2, "refunddesk: 99999 is not a port number.\n")


def test_commands_print_only_what_was_asked_and_the_log_file_keeps_the_rest(cli: Cli) -> None:
    code, out, err = cli("rules", "list")  # a new data folder: the database is created here
    assert code == 0 and out.startswith("No rules yet: refunddesk rules import FILE")
    assert err == ""  # nothing said about the database being created…
    log = (cli.data / "logs" / "refunddesk.log").read_text(encoding="utf-8")
    assert " INFO " in log and "new database created at schema" in log  # …but it is logged


def test_help_lists_every_action(capsys: pytest.CaptureFixture[str]) -> None:
    for command, actions in (
        ("rules", ("list", "export", "import", "--replace", "--merge", "--keep-modes")),
        ("review", ("list", "approve", "retry", "dismiss", "refunded-by-hand")),
        ("settings", ("show", "set", "reset-breaker", "backfill-days", "daily-budget")),
        ("shop", ("add", "list", "remove")),
    ):
        with pytest.raises(SystemExit) as done:
            main([command, "--help"])
        assert done.value.code == 0
        text = capsys.readouterr().out
        missing = [a for a in actions if a not in text]
        assert missing == [], f"{command} --help lacks {missing}"


def test_what_a_person_got_wrong_is_said_in_the_output_language(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, _out, err = cli("--language", "pl", "review", "approve", "999")
    assert (code, err) == (1, "refunddesk: Nie ma zwrotu numer 999.\n")
    bad = tmp_path / "notes.json"
    bad.write_text("my notes", encoding="utf-8")
    code, _out, err = cli("--language", "zh_CN", "rules", "import", str(bad))
    assert code == 1
    assert err.startswith("refunddesk: 文件：这不是规则文件：不是有效的 JSON（"), err
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")  # the system's language, without --language
    code, _out, err = cli("settings", "set", "alerts.digest-hour", "25")
    assert (code, err) == (2, "refunddesk: Godzina podsumowania to liczba od 0 do 23.\n")
    monkeypatch.setenv("LC_ALL", "C")  # no preference: English
    code, _out, err = cli("review", "approve", "999")
    assert (code, err) == (1, "refunddesk: there is no refund number 999\n")


def test_output_read_only_in_part_ends_quietly(cli: Cli, tmp_path: Path) -> None:
    # `refunddesk rules list | head -1`: the rest cannot be written; that is not a failure to
    # report ("refunddesk: Broken pipe:" it said).
    many = [{"id": f"r{n}", "name": f"Rule {n} " + "x" * 80, "trigger": "BUYER_CANCELLED"}
            for n in range(500)]  # fmt: skip
    rules = tmp_path / "many.json"
    rules.write_text(json.dumps({"schema": 1, "rules": many}), encoding="utf-8")
    assert cli("rules", "import", str(rules))[0] == 0
    lister = subprocess.Popen(
        [sys.executable, "-m", "refunddesk", "--data-dir", str(cli.data), "rules", "list"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    assert lister.stdout is not None and lister.stdout.readline().startswith("1. Rule 0 ")
    lister.stdout.close()  # as head does once it has its line
    _out, err = lister.communicate(timeout=60)
    assert err == "" and lister.returncode == 1


def test_sync_without_a_shop_is_a_failure_said_on_stderr(cli: Cli) -> None:
    code, out, err = cli("sync")
    assert (code, out) == (1, "")
    assert err.startswith("refunddesk: No shops yet: refunddesk shop add NAME")


def test_the_demos_starter_rules_speak_the_commands_language(cli: Cli) -> None:
    code, out, _err = cli("--demo", "--language", "pl", "rules", "list")
    assert code == 0
    assert out.startswith("1. Wstrzymuj zwroty od 500 zł do zatwierdzenia"), out


def test_a_secret_file_that_is_not_there_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "secret.txt"
    code, out, err = cli(
        "shop", "add", "Sklep", "--environment", "demo", "--api-url", "http://127.0.0.1:9",
        "--client-id", "demo-client", "--client-secret-file", str(missing),
    )  # fmt: skip
    assert (code, out) == (2, "")  # CLI.md: what was typed cannot work
    assert err == f"refunddesk: --client-secret-file {missing}: No such file or directory.\n"


def test_a_missing_data_folder_is_made_only_by_a_command_that_sets_one_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    typo = tmp_path / "shpo-data"  # the merchant's folder is "shop-data"
    for command in (["run"], ["sync"], ["refunds"], ["rules", "list"], ["--version"]):
        code = main(["--data-dir", str(typo), "--language", "pl", *command])
        out = capsys.readouterr()
        assert (code, out.out) == (2, ""), command
        assert out.err.startswith(f"refunddesk: W {typo} nie ma folderu danych RefundDesk"), command
        assert not typo.exists()

    rules = tmp_path / "rules.json"
    rules.write_text(json.dumps(RULES))
    code = main(["--data-dir", str(typo), "rules", "import", str(rules)])
    out = capsys.readouterr()
    assert code == 0 and typo.is_dir()
    assert out.err == f"refunddesk: A new RefundDesk data folder is made at {typo}.\n"
    code = main(["--data-dir", str(typo), "rules", "list"])
    out = capsys.readouterr()
    assert (code, out.err) == (0, "") and "Cancellations" in out.out


def test_the_demo_makes_its_own_data_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fresh = tmp_path / "demo-data"
    assert main(["--data-dir", str(fresh), "--demo", "rules", "list"]) == 0
    out = capsys.readouterr()
    assert out.err == f"refunddesk: A new RefundDesk data folder is made at {fresh}.\n"
    assert (fresh / "demo-headless" / "refunddesk-demo.sqlite3").exists()


def _json_lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_each_command_of_the_headless_demo_carries_on_from_the_one_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert main([*data, "run", "--once"]) == 0
    assert "recorded only (shadow)" in capsys.readouterr().out
    assert main([*data, "refunds", "--status", "SHADOW", "--json"]) == 0
    decided = _json_lines(capsys)
    assert decided  # what the round decided is still there for the next command

    # The next round reads the same shop, logged in again: nothing is decided twice.
    assert main([*data, "run", "--once"]) == 0
    assert "Demo shop:" in capsys.readouterr().out
    assert main([*data, "refunds", "--status", "SHADOW", "--json"]) == 0
    again = _json_lines(capsys)
    assert {r["id"] for r in decided} <= {r["id"] for r in again}
    assert len({r["order_id"] for r in again}) == len(again)
    assert main([*data, "shop", "list", "--json"]) == 0
    assert [(s["name"], s["state"]) for s in _json_lines(capsys)] == [("Demo shop", "connected")]


def test_a_headless_demo_that_cannot_be_carried_on_starts_afresh(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert main([*data, "run", "--once"]) == 0
    (snapshot,) = (tmp_path / "demo-headless").glob("*.snapshot")
    snapshot.write_bytes(b"not a snapshot")
    capsys.readouterr()

    assert main([*data, "refunds", "--status", "SHADOW", "--json"]) == 0
    out = capsys.readouterr()
    assert out.out == "" and "Traceback" not in out.err  # a fresh demo: nothing decided yet


def test_a_headless_demo_stopped_hard_starts_afresh_instead_of_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # kill -9 during `--demo run`: the database moved on, the shop it left was older, and
    # every later round failed ("Allegro refused the request as invalid") for good.
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert main([*data, "run", "--once"]) == 0
    crashed = open_context(data_dir=tmp_path, demo=True, carry_on=True)
    crashed.demo_shop.stop()  # gone without leaving its shop for the next command
    crashed.db.dispose()
    capsys.readouterr()

    assert main([*data, "run", "--once"]) == 0
    out = capsys.readouterr().out
    assert "first-time backfill done" in out, out  # a new demo, synced from the start


def test_approving_a_trial_record_by_number_needs_shadow_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `refunds` lists trial records beside held ones: a mistyped number sent real money.
    data = ["--data-dir", str(tmp_path), "--demo"]
    assert main([*data, "run", "--once"]) == 0
    capsys.readouterr()
    assert main([*data, "refunds", "--status", "SHADOW", "--json"]) == 0
    trial = json.loads(capsys.readouterr().out.splitlines()[0])
    code = main([*data, "--language", "pl", "review", "approve", str(trial["id"])])
    err = capsys.readouterr().err
    assert code == 1 and f"Zwrot {trial['id']} to zapis próbny" in err, err
    assert main([*data, "refunds", "--status", "SHADOW", "--json"]) == 0
    assert trial["id"] in [json.loads(x)["id"] for x in capsys.readouterr().out.splitlines()]
    assert main([*data, "review", "approve", str(trial["id"]), "--shadow-too"]) == 0


def test_the_windows_demo_leaves_the_headless_demo_alone(tmp_path: Path) -> None:
    assert main(["--data-dir", str(tmp_path), "--demo", "run", "--once"]) == 0
    (snapshot,) = (tmp_path / "demo-headless").glob("*.snapshot")
    kept = snapshot.read_bytes()
    window = open_context(data_dir=tmp_path, demo=True)  # what the window's demo opens
    window.close()
    assert snapshot.read_bytes() == kept
    assert (tmp_path / "demo" / "refunddesk-demo.sqlite3").exists()


def test_a_data_folder_typed_with_a_tilde_is_the_home_folders(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "shop-data").mkdir()
    # "--data-dir=~/shop-data" reaches the app with the tilde: no shell expands it there.
    assert main(["--data-dir=~/shop-data", "rules", "list"]) == 0
    assert capsys.readouterr().err == ""
    assert (tmp_path / "shop-data" / "refunddesk.sqlite3").exists()


@pytest.mark.parametrize(
    ("argv", "said"),
    [
        (["--language", "pl", "rules", "imprt"], "refunddesk rules: błąd: action: nie ma wyboru "
         "'imprt' (do wyboru: 'list', 'export', 'import', 'policy')"),
        (["--language=zh_CN", "sync", "--foo"], "refunddesk: 错误: 无法识别的参数：--foo"),
        (["--language", "pl", "shop", "add"],
         "refunddesk shop add: błąd: brakuje wymaganych argumentów: name, --client-id"),
        (["--language", "zh_CN", "--data-dir"], "refunddesk: 错误: --data-dir：此选项后需要一个值"),
        (["--language", "pl", "shop", "add", "X", "--client-id", "a", "--client-secret-file",
          "f", "--client-secret", "s"],
         "refunddesk shop add: błąd: --client-secret: nie można podać razem z "
         "--client-secret-file"),
        (["--language", "pl", "--log-level", "LOUD"], "refunddesk: błąd: --log-level: nie ma "
         "wyboru 'LOUD' (do wyboru: 'DEBUG', 'INFO', 'WARNING', 'ERROR')"),
        # English stays argparse's own words.
        (["rules", "imprt"], "refunddesk rules: error: argument action: invalid choice: 'imprt'"
         " (choose from 'list', 'export', 'import', 'policy')"),
    ],
)  # fmt: skip
def test_a_typo_in_a_command_is_said_in_the_output_language(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], said: str
) -> None:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    out = capsys.readouterr()
    assert out.out == "" and out.err.startswith("usage: refunddesk")
    assert out.err.splitlines()[-1] == said


def test_a_typo_follows_the_locale_when_no_language_is_typed(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_ALL", "pl_PL.UTF-8")
    with pytest.raises(SystemExit):
        main(["refunds", "--stauts", "HELD"])
    assert capsys.readouterr().err.splitlines()[-1] == (
        "refunddesk: błąd: nieznane argumenty: --stauts HELD"
    )
