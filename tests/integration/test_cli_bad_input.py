"""A person's mistakes on the command line: a plain message and an exit code, never a traceback.

Each row is a real `python -m refunddesk` process (its own keyring choice, standard input and
file system), so what is checked is what the merchant would see in a terminal.
"""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from refunddesk.infra.secrets import Secrets
from refunddesk.services import shops
from refunddesk.store.database import open_database, sqlite_url
from refunddesk.store.problems import EXIT_READ_ONLY

PROCESS_KEYRING = "refunddesk.infra.process_keyring.ProcessKeyring"
NULL_KEYRING = "keyring.backends.null.Keyring"
FAIL_KEYRING = "keyring.backends.fail.Keyring"
DB_PASSWORD = "hunter2-not-for-logs"


@dataclass
class Place:
    """Where one bad invocation runs: its data folder and the servers it may point at."""

    root: Path
    closed_port: int
    tls_url: str

    @property
    def data(self) -> Path:
        return self.root / "data"


@dataclass(frozen=True)
class Bad:
    """One bad invocation and what the person must see."""

    name: str
    argv: Callable[[Place], list[str]]
    code: int
    says: str
    stdin: str | None = None  # None: no terminal and nothing to read
    keyring: str = PROCESS_KEYRING
    setup: Callable[[Place], None] | None = None
    read_only: bool = False
    env: dict[str, str] = field(default_factory=dict)
    language: str | None = None  # --language; none: the test's locale (English)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def tls_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """An https server on this computer with a self-signed certificate."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a self-signed certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _with_shop(place: Place) -> None:
    """A connected-looking shop whose secrets are in a keyring the command will not have."""
    db = open_database(sqlite_url(place.data / "refunddesk.sqlite3"))
    try:
        shops.add_shop(
            db, Secrets(), name="Sklep", environment="sandbox", client_id="c", client_secret="s"
        )
    finally:
        db.dispose()


def _file_instead_of_folder(place: Place) -> None:
    place.root.mkdir(parents=True, exist_ok=True)
    (place.root / "a-file").write_text("not a folder")


def _non_utf8_rules(place: Place) -> None:
    place.root.mkdir(parents=True, exist_ok=True)
    (place.root / "rules.json").write_bytes(b'{"schema": 1, "rules": [{"name": "\xff\xfe"}]}')


def _shop_add(*extra: str) -> Callable[[Place], list[str]]:
    return lambda p: ["shop", "add", "My shop", "--client-id", "cid", *extra]


def _custom(url: Callable[[Place], str]) -> Callable[[Place], list[str]]:
    return lambda p: [
        "shop", "add", "My shop", "--client-id", "cid", "--client-secret", "-",
        "--environment", "custom", "--api-url", url(p),
    ]  # fmt: skip


ROWS = [
    Bad("since-yesterday", lambda p: ["refunds", "--since", "yesterday"], 2,
        "'yesterday' is not a date; write it as YYYY-MM-DD"),
    Bad("status-bogus", lambda p: ["refunds", "--status", "BOGUS"], 2,
        "invalid choice: 'BOGUS' (choose from 'PLANNED'"),
    Bad("limit-zero", lambda p: ["refunds", "--limit", "0"], 2, "out of range"),
    Bad("database-url-foo", lambda p: ["--database-url", "foo", "refunds"], 2,
        "The database URL is not one RefundDesk can use"),
    Bad("database-driver-missing", lambda p: ["--database-url", "mysql://h/db", "refunds"], 2,
        "The database driver for mysql is not installed"),
    Bad("postgres-unreachable",
        lambda p: ["--database-url",
                   f"postgresql+psycopg://shop:{DB_PASSWORD}@127.0.0.1:{p.closed_port}/refunds",
                   "refunds"],
        1, "The database cannot be used: connection failed"),
    Bad("database-url-typo", lambda p: ["--database-url", f"sqlite:///{p.root}/nodir/x.db",
        "run", "--once"], 2, "There is no RefundDesk database at"),
    Bad("demo-db-restore", lambda p: ["--demo", "db", "restore"], 2,
        "db check and db restore work on your own database"),
    Bad("data-dir-is-a-file", lambda p: ["--data-dir", str(p.root / "a-file"), "refunds"], 2,
        "is a file: give a folder", setup=_file_instead_of_folder),
    Bad("read-only-data-folder", lambda p: ["refunds"], EXIT_READ_ONLY,
        "it is read-only", read_only=True),
    Bad("shop-add-no-terminal-no-secret", _shop_add(), 2,
        "No client secret was given and there is no terminal to ask for it"),
    Bad("shop-add-empty-secret-on-stdin", _shop_add("--client-secret", "-"), 2,
        "The client secret from standard input is empty", stdin=""),
    Bad("api-url-invalid", _custom(lambda p: "not-a-url"), 2,
        "not an http(s) URL: 'not-a-url'", stdin="s3cret\n"),
    Bad("api-url-insecure", _custom(lambda p: "http://shop.example.com"), 2,
        "plain http is only allowed for this computer", stdin="s3cret\n"),
    Bad("api-url-unreachable", _custom(lambda p: f"https://127.0.0.1:{p.closed_port}"), 1,
        "Check the address and the internet connection", stdin="s3cret\n"),
    Bad("api-url-self-signed", _custom(lambda p: p.tls_url), 1,
        "certificate could not be verified", stdin="s3cret\n"),
    Bad("sync-null-keyring", lambda p: ["sync"], 1, "No system keyring is installed or running",
        keyring=NULL_KEYRING, setup=_with_shop),
    Bad("sync-fail-keyring", lambda p: ["sync"], 1, "No system keyring is installed or running",
        keyring=FAIL_KEYRING, setup=_with_shop),
    Bad("review-unknown-refund", lambda p: ["review", "approve", "999"], 1,
        "there is no refund number 999"),
    Bad("review-reopen-unknown-refund", lambda p: ["review", "reopen", "999"], 1,
        "there is no refund number 999"),
    Bad("review-dismiss-without-note", lambda p: ["review", "dismiss", "1"], 2,
        "the following arguments are required: --note"),
    Bad("shop-remove-unknown", lambda p: ["shop", "remove", "Nope"], 1,
        "There is no shop named 'Nope'"),
    Bad("rules-import-missing-file", lambda p: ["rules", "import", str(p.root / "none.json")], 1,
        "none.json could not be read: No such file or directory"),
    Bad("rules-import-not-utf8", lambda p: ["rules", "import", str(p.root / "rules.json")], 1,
        "it is not UTF-8 text", setup=_non_utf8_rules),
    Bad("settings-unknown-key", lambda p: ["settings", "set", "speed", "fast"], 2,
        "'speed' is not a setting"),
    Bad("settings-out-of-range", lambda p: ["settings", "set", "sync-interval", "5"], 2,
        "Sync every 10 to 86400 seconds"),
    Bad("settings-huge-amount", lambda p: ["settings", "set", "order-cap", "9" * 30], 2,
        "is too large for a limit"),
    Bad("demo-shop-port-out-of-range", lambda p: ["demo-shop", "--port", "99999"], 2,
        "99999 is not a port number (0 to 65535)"),
    Bad("run-interval-nan", lambda p: ["run", "--interval", "nan"], 2,
        "is not more than 0 and at most 86400 seconds"),
    # The same mistakes under --language pl / zh_CN: said in that language, ours included.
    Bad("pl-since-yesterday", lambda p: ["refunds", "--since", "yesterday"], 2,
        "'yesterday' nie jest datą; zapisz ją jako RRRR-MM-DD", language="pl"),
    Bad("zh-limit-zero", lambda p: ["refunds", "--limit", "0"], 2,
        "--limit：0 超出范围（1 到 1000000）", language="zh_CN"),
    Bad("pl-limit-word", lambda p: ["refunds", "--limit", "ten"], 2,
        "--limit: 'ten' nie jest liczbą całkowitą", language="pl"),
    Bad("pl-demo-shop-port-out-of-range", lambda p: ["demo-shop", "--port", "99999"], 2,
        "99999 nie jest numerem portu (od 0 do 65535)", language="pl"),
    Bad("zh-run-interval-nan", lambda p: ["run", "--interval", "nan"], 2,
        "请给出大于 0 且不超过 86400 的秒数", language="zh_CN"),
    Bad("pl-settings-huge-amount", lambda p: ["settings", "set", "order-cap", "9" * 30], 2,
        "to za dużo jak na limit", language="pl"),
    Bad("zh-settings-three-decimals", lambda p: ["settings", "set", "order-cap", "1.234"], 2,
        "'1.234' 不能作为限额", language="zh_CN"),
    Bad("pl-settings-unknown-key", lambda p: ["settings", "set", "speed", "fast"], 2,
        "'speed' nie jest ustawieniem", language="pl"),
    Bad("zh-shop-remove-unknown", lambda p: ["shop", "remove", "Nope"], 1,
        "没有名为“Nope”的店铺", language="zh_CN"),
    Bad("pl-read-only-data-folder", lambda p: ["refunds"], EXIT_READ_ONLY,
        "jest tylko do odczytu", read_only=True, language="pl"),
    Bad("zh-data-dir-is-a-file", lambda p: ["--data-dir", str(p.root / "a-file"), "refunds"], 2,
        "是一个文件：请给出文件夹", setup=_file_instead_of_folder, language="zh_CN"),
    Bad("pl-database-url-foo", lambda p: ["--database-url", "foo", "refunds"], 2,
        "Tego adresu bazy danych RefundDesk nie może użyć", language="pl"),
    Bad("zh-shop-add-no-terminal-no-secret", _shop_add(), 2,
        "没有给出客户端密钥，也没有终端可以询问", language="zh_CN"),
    Bad("pl-shop-add-empty-secret-on-stdin", _shop_add("--client-secret", "-"), 2,
        "Sekret klienta jest pusty (źródło: standardowe wejście)", stdin="", language="pl"),
    Bad("zh-api-url-unreachable", _custom(lambda p: f"https://127.0.0.1:{p.closed_port}"), 1,
        "网络中断或 Allegro 没有响应。请检查地址和网络连接。", stdin="s3cret\n",
        language="zh_CN"),
    Bad("pl-api-url-self-signed", _custom(lambda p: p.tls_url), 1,
        "Nie udało się zweryfikować certyfikatu serwera", stdin="s3cret\n", language="pl"),
    Bad("pl-rules-export-no-folder",
        lambda p: ["rules", "export", str(p.root / "none" / "rules.json")], 1,
        "Nie ma folderu", language="pl"),
    Bad("pl-sync-null-keyring", lambda p: ["sync"], 1, "Nie można użyć żadnego systemowego pęku",
        keyring=NULL_KEYRING, setup=_with_shop, language="pl"),
    Bad("zh-backtest-rules-missing",
        lambda p: ["backtest", "--rules", str(p.root / "none.json")], 1,
        "无法读取", language="zh_CN"),
]  # fmt: skip


def _read_only(command: list[str], folder: Path) -> list[str]:
    """The command with ``folder`` read-only, also for root (who ignores file permissions)."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return command
    if shutil.which("unshare") is None:
        pytest.skip("as root, a read-only folder needs unshare (util-linux)")
    remount = 'mount --bind "$0" "$0" && mount -o remount,ro,bind "$0" && exec "$@"'
    return ["unshare", "-m", "sh", "-c", remount, str(folder), *command]


@pytest.mark.parametrize("bad", ROWS, ids=lambda b: b.name)
def test_a_bad_invocation_is_a_message_and_an_exit_code(
    bad: Bad, tmp_path: Path, tls_url: str
) -> None:
    place = Place(tmp_path / "place", _closed_port(), tls_url)
    place.data.mkdir(parents=True)
    if bad.setup is not None:
        bad.setup(place)
    argv = bad.argv(place)
    global_args = [] if "--data-dir" in argv else ["--data-dir", str(place.data)]
    if bad.language is not None:
        global_args += ["--language", bad.language]
    command = [sys.executable, "-m", "refunddesk", *global_args, *argv]
    if bad.read_only:
        command = _read_only(command, place.data)
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": bad.keyring,
        "QT_QPA_PLATFORM": "offscreen",
        **bad.env,
    }
    env.pop("REFUNDDESK_DATA_DIR", None)
    env.pop("REFUNDDESK_CLIENT_SECRET", None)
    try:
        done = subprocess.run(
            command,
            input=bad.stdin,
            stdin=subprocess.DEVNULL if bad.stdin is None else None,
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
        )
    finally:
        if bad.read_only and os.geteuid() != 0:
            place.data.chmod(0o755)
    output = done.stdout + done.stderr
    assert bad.says in done.stderr, output
    assert done.returncode == bad.code, output
    assert "Traceback" not in output
    assert DB_PASSWORD not in output
    crashes = place.data / "crashes"
    assert not crashes.exists() or not any(crashes.iterdir()), output


def test_a_bug_is_not_dressed_up_as_a_mistake(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only expected errors become messages; a bug goes on to the crash reporter."""
    from refunddesk.cli import main

    def broken(*_args: object, **_kwargs: object) -> list[object]:
        raise ZeroDivisionError("a bug in the query")

    monkeypatch.setattr("refunddesk.cli.refunds.queries.refunds", broken)
    with pytest.raises(ZeroDivisionError):
        main(["refunds"])
