"""Fixtures: a throwaway PostgreSQL 15 cluster per session, a fresh database per test."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import NoReturn

import pytest

from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.worker import Worker
from refunddesk.demo_shop.clock import ShopClock
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.base import Marketplace
from refunddesk.services import shops
from refunddesk.store.database import open_database
from tests.support.demo_shop import DemoShopFactory
from tests.support.pipeline import Pipeline, connect_demo_shop

PG_BIN_DIRS = ("/usr/lib/postgresql/15/bin",)
START_TIMEOUT_S = 15.0


@dataclass(frozen=True)
class PostgresServer:
    """A running cluster: ``url`` is the base SQLAlchemy URL (append a database name)."""

    url: str
    user: str
    port: int
    data_dir: Path

    def psycopg_dsn(self, dbname: str) -> str:
        return f"host=127.0.0.1 port={self.port} user={self.user} dbname={dbname}"


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


def _unavailable(reason: str) -> NoReturn:
    # The server binaries belong to the machine image: missing in CI is a broken image.
    if _in_ci():
        pytest.fail(f"{reason}; PostgreSQL tests are required in CI")
    pytest.skip(reason)


def _find_tool(name: str) -> str | None:
    for folder in PG_BIN_DIRS:
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return shutil.which(name)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_server_user(user: str | None, argv: list[str]) -> list[str]:
    # PostgreSQL refuses to run as root, so root hands the cluster to the postgres account.
    return ["runuser", "-u", user, "--", *argv] if user else argv


def _wait_until_accepting(dsn: str, proc_log: Path, deadline: float) -> None:
    import psycopg

    last: Exception | None = None
    while time.monotonic() < deadline:
        try:
            with psycopg.connect(dsn, connect_timeout=2):
                return
        except psycopg.OperationalError as exc:
            last = exc
            time.sleep(0.05)
    log = proc_log.read_text(errors="replace") if proc_log.exists() else "(no log)"
    raise RuntimeError(f"PostgreSQL did not accept connections in time: {last}\n{log}")


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """initdb + pg_ctl start on 127.0.0.1:<free port> (trust auth); stopped at session end."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("psycopg is not installed (pip install 'psycopg[binary]')")
    initdb, pg_ctl = _find_tool("initdb"), _find_tool("pg_ctl")
    if initdb is None or pg_ctl is None:
        _unavailable("PostgreSQL server binaries (initdb, pg_ctl) are not installed")
    run_as: str | None = None
    if os.geteuid() == 0:
        run_as = "postgres"
        try:
            import pwd

            account = pwd.getpwnam(run_as)
        except KeyError:
            _unavailable("running as root and there is no 'postgres' system user to run the server")
        if shutil.which("runuser") is None:
            _unavailable("running as root and runuser is missing")
    # Not under pytest's tmp dir: that is 0700 root, which the postgres user cannot enter.
    base = Path(tempfile.mkdtemp(prefix="refunddesk-pg-"))
    data, sockets, log = base / "data", base / "sock", base / "server.log"
    started = False
    try:
        for path in (data, sockets):
            path.mkdir()
        log.touch()
        if run_as is not None:
            for path in (base, data, sockets, log):
                os.chown(path, account.pw_uid, account.pw_gid)
        user = run_as or "postgres"
        initdb_argv = [initdb, "-D", str(data), "-U", user, "--auth=trust", "--no-sync"]
        _run(_as_server_user(run_as, [*initdb_argv, "-E", "UTF8"]), base)
        # Another process may grab the free port between our probe and the server's bind.
        for attempt in range(3):
            port = _free_port()
            options = (
                f"-c listen_addresses=127.0.0.1 -p {port} -k {sockets} "
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
            )
            start = [pg_ctl, "-D", str(data), "-l", str(log), "-o", options, "-w", "-t", "15"]
            try:
                _run(_as_server_user(run_as, [*start, "start"]), base)
                break
            except RuntimeError:
                if attempt == 2:
                    raise
        started = True
        server = PostgresServer(f"postgresql+psycopg://{user}@127.0.0.1:{port}/", user, port, data)
        _wait_until_accepting(
            server.psycopg_dsn("postgres"), log, time.monotonic() + START_TIMEOUT_S
        )
        yield server
    finally:
        if started:
            stop = [pg_ctl, "-D", str(data), "stop", "-m", "immediate"]
            subprocess.run(_as_server_user(run_as, stop), capture_output=True, timeout=60, cwd=base)
        shutil.rmtree(base, ignore_errors=True)


def _run(argv: list[str], cwd: Path) -> None:
    # cwd: runuser keeps the caller's folder, which the server user may not be allowed to read.
    done = subprocess.run(argv, capture_output=True, text=True, timeout=60, cwd=cwd)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(argv)} failed:\n{done.stdout}{done.stderr}")


@pytest.fixture
def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """A SQLAlchemy URL of a brand-new, empty database, dropped after the test."""
    import psycopg

    name = f"rd_{uuid.uuid4().hex[:12]}"
    admin = postgres_server.psycopg_dsn("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield postgres_server.url + name
    with psycopg.connect(admin, autocommit=True) as conn:
        # A pool the test forgot to dispose must not keep the database alive.
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def postgres_pipeline(demo_shop_factory: DemoShopFactory, postgres_url: str) -> Iterator[Pipeline]:
    """The same app as the ``pipeline`` fixture, on a PostgreSQL database."""
    clock = ShopClock(datetime(2026, 11, 20, 9, 0, tzinfo=UTC), frozen=True)
    shop = demo_shop_factory(clock=clock, refund_settle_seconds=3600)
    db = open_database(postgres_url)
    secrets = Secrets()
    shop_id = connect_demo_shop(db, secrets, shop)
    p = Pipeline(shop, db, secrets, shop_id)

    def market(shop_pk: int, recorder: AttemptRecorder) -> Marketplace:
        info = shops.get_shop(db, shop_pk)
        return shops.client_for(info, secrets, attempt_listener=recorder)

    p.worker = Worker(db, market, lambda _db: list(p.rules), now=shop.clock.now, interval=0.01)
    yield p
    db.dispose()
