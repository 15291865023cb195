"""The running app without its face: database, keyring, demo shop, and the worker's wiring.

The GUI and the headless CLI both open one of these; nothing here imports Qt.
"""

from __future__ import annotations

import json
import logging
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import refunddesk
from refunddesk.automation.intent_ops import AttemptRecorder
from refunddesk.automation.worker import CycleReport, NoticeSender, Worker, WorkerState
from refunddesk.infra import paths
from refunddesk.infra.private_files import make_private_dir, write_private_atomic
from refunddesk.infra.process_keyring import ProcessKeyring
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.marketplace.base import Marketplace
from refunddesk.services import shops
from refunddesk.services.keyring_names import move_old_entries
from refunddesk.store import rules_repo
from refunddesk.store.database import Database, open_database, sqlite_url
from refunddesk.store.settings_repo import set_setting
from refunddesk.store.token_lock import token_refresh_lock

log = logging.getLogger(__name__)

DEMO_SHOP_NAME = "Demo shop"
DEMO_ORDERS = 60


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class AppContext:
    """Everything a session of RefundDesk works with. Close it when done.

    ``secrets`` is bound to ``db`` on creation: every keyring entry name the session reads
    or writes carries the database's identity.
    """

    db: Database
    secrets: Secrets
    data_dir: Path
    demo_shop: Any | None = None  # a running refunddesk.demo_shop.DemoShop in demo mode
    now: Callable[[], datetime] = utc_now
    _closers: list[Callable[[], None]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.secrets = shops.shop_secrets(self.db, self.secrets)

    @property
    def is_demo(self) -> bool:
        return self.demo_shop is not None

    def market_for(self, shop_id: int, recorder: AttemptRecorder | None = None) -> Marketplace:
        info = shops.get_shop(self.db, shop_id)
        # The refresh token works once: another process sharing the shop (the GUI and
        # `refunddesk run`, or two PCs on PostgreSQL) must not refresh at the same time.
        return shops.client_for(
            info,
            self.secrets,
            attempt_listener=recorder,
            refresh_lock=token_refresh_lock(self.db, shop_id),
        )

    def make_worker(
        self,
        *,
        on_cycle: Callable[[CycleReport], None] | None = None,
        on_state: Callable[[WorkerState], None] | None = None,
        interval: float | None = None,
    ) -> Worker:
        sender = _notice_sender(self)
        return Worker(
            self.db,
            lambda shop_id, recorder: self.market_for(shop_id, recorder),
            rules_repo.load_rules,
            now=self.now,
            interval=interval,
            notice_sender=sender,
            after_round=_merchant_round(self),
            on_cycle=on_cycle,
            on_state=on_state,
        )

    def close(self) -> None:
        for closer in reversed(self._closers):
            try:
                closer()
            except Exception:
                log.warning("error while closing", exc_info=True)
        self._closers.clear()


def _notice_sender(ctx: AppContext) -> NoticeSender | None:
    try:
        from refunddesk.notify.service import send_pending_notices
    except ImportError:  # notices are optional; refunds never wait for them
        return None

    def send(db: Database, shop_id: int, market: Marketplace, now: Callable[[], datetime]) -> bool:
        from refunddesk.notify.alerts import new_events, send_alerts
        from refunddesk.notify.follow import MessageStatusReader, follow_notices
        from refunddesk.notify.sms import sms_gateway

        info = shops.get_shop(db, shop_id)
        report = send_pending_notices(
            db, shop_id, market, now(), secrets=ctx.secrets, shop_name=info.name
        )
        # Moderation verdicts and delivery reports, followed until final.
        reader = market if isinstance(market, MessageStatusReader) else None
        finished = follow_notices(
            db, shop_id, now(), market=reader, sms=sms_gateway(db, ctx.secrets)
        )
        # Holds and failures of this round reach the merchant where they are (rate-limited).
        send_alerts(db, new_events(db, shop_id), now(), secrets=ctx.secrets)
        return report.changed or finished > 0

    return send


def _merchant_round(ctx: AppContext) -> Callable[[Database, datetime], None] | None:
    try:
        from refunddesk.notify.digest import send_digest_if_due
        from refunddesk.notify.needs_you import state_events
    except ImportError:  # alerts are optional; refunds never wait for them
        return None

    def after_round(db: Database, now: datetime) -> None:
        from refunddesk.notify.alerts import send_alerts

        # The breaker and shops to reconnect (holds and failures go with each shop's notices).
        send_alerts(db, state_events(db), now, secrets=ctx.secrets)
        send_digest_if_due(db, now, secrets=ctx.secrets, reminders=_reminder_names)

    return after_round


def _reminder_names(db: Database, now: datetime) -> list[str]:
    from refunddesk.queries.rule_reminders import rule_reminders

    return [r.name for r in rule_reminders(db, now)]


def open_context(
    *,
    data_dir: Path | None = None,
    database_url: str | None = None,
    demo: bool = False,
    starter_names: Sequence[str] | None = None,
    carry_on: bool = False,
) -> AppContext:
    """Open the app's data. In demo mode: a fresh demo profile on an embedded, seeded shop, or
    with ``carry_on`` (the headless demo) the one the last command left, if there is one."""
    if data_dir is not None:
        paths.configure(data_dir)
    base = paths.data_dir()
    paths.tighten_existing()  # files an older version left readable by everyone
    if demo:
        return _open_demo(base, starter_names, carry_on=carry_on)
    db = open_database(database_url or paths.default_database_url())
    ctx = AppContext(db=db, secrets=Secrets(), data_dir=base)
    ctx._closers.append(db.dispose)
    move_old_entries(db, ctx.secrets)
    return ctx


def _open_demo(
    base: Path, starter_names: Sequence[str] | None = None, *, carry_on: bool = False
) -> AppContext:
    """The demo lives in its own folder. The window's starts afresh each time: the demo shop's
    state is in memory, so yesterday's synced orders would not match today's shop. The
    headless demo (``carry_on``) is a series of commands, each its own process: each command
    takes over the shop and database the one before left (``refunddesk --demo run --once``,
    then ``refunddesk --demo refunds`` shows what that round decided) and leaves them, in turn,
    for the next. Anything it cannot take over starts a fresh demo, as the window's does.

    It never touches the OS keyring: its pretend login lives in this process only, so a
    demo start can neither read nor overwrite a real shop's credentials."""
    from refunddesk.demo_shop import DemoShop
    from refunddesk.services.demo import start_demo_activity

    database = paths.demo_database_path(base, headless=carry_on)
    folder = database.parent
    snapshot = folder / _SNAPSHOT
    secrets = Secrets(backend=ProcessKeyring())
    shop = DemoShop(auto_approve=True, refund_settle_seconds=5)
    carried = carry_on and _carried_on(shop, snapshot, database)
    if not carried:
        if folder.exists():
            shutil.rmtree(folder)
        make_private_dir(folder)
    shop.start()
    if not carried:
        shop.scenario.seed(DEMO_ORDERS, days=14)
    db = open_database(sqlite_url(database))
    ctx = AppContext(db=db, secrets=secrets, data_dir=base, demo_shop=shop, now=shop.clock.now)
    ctx._closers += [shop.stop, db.dispose]
    if carry_on:  # runs before the shop stops (closers run last first)
        # A new generation in the database now: if this command dies (kill -9, power cut)
        # before it leaves the shop for the next, the database has moved on without it, and
        # the next command sees they no longer match and starts afresh instead of failing.
        generation = uuid.uuid4().hex
        with db.transaction() as s:
            set_setting(s, _GENERATION, generation)
        ctx._closers.append(lambda: _leave_for_the_next(shop, snapshot, generation))
    if carried:
        shop_id = _log_in_again(ctx)
    else:
        shop_id = connect_demo(ctx)
        _add_starter_rules(ctx, starter_names)
    ctx._closers.append(start_demo_activity(shop))
    log.info("demo shop %s at %s%s", shop_id, shop.url, " (carried on)" if carried else "")
    return ctx


# The headless demo's shop, as the last command left it; named for the version that wrote it,
# so a newer RefundDesk starts a fresh demo instead of reading an older one's records.
_SNAPSHOT = f"demo-shop-{refunddesk.__version__}.snapshot"
# The settings row naming the headless demo's generation (see _open_demo).
_GENERATION = "demo_headless_generation"


def _carried_on(shop: Any, snapshot: Path, database: Path) -> bool:
    """Whether ``shop`` took over the last command's records, beside a database that has its
    demo shop and the same generation (looked at first: a shop that took them over cannot
    start afresh)."""
    if not (snapshot.is_file() and database.is_file()):
        return False
    try:
        generation, _, records = snapshot.read_bytes().partition(b"\n")
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as con:
            (demo_shops,) = con.execute(
                "SELECT count(*) FROM shops WHERE environment = 'demo'"
            ).fetchone()
            row = con.execute("SELECT value FROM settings WHERE key = ?", (_GENERATION,))
            stored = row.fetchone()
        if demo_shops != 1:
            raise ValueError(f"its database has {demo_shops} demo shops")
        if stored is None or json.loads(stored[0]) != generation.decode("ascii", "replace"):
            raise ValueError("its database moved on without its shop (a command was stopped)")
        shop.carry_on(records)
    except (OSError, ValueError, sqlite3.Error) as exc:
        log.info("the headless demo starts afresh: %s", exc)
        return False
    return True


def _leave_for_the_next(shop: Any, snapshot: Path, generation: str) -> None:
    """Writes the shop's records for the next command, after the database's generation,
    whole or not at all (buyers' names and addresses, even pretend ones, are the owner's to
    read only)."""
    write_private_atomic(snapshot, generation.encode("ascii") + b"\n" + shop.snapshot())


def _add_starter_rules(ctx: AppContext, starter_names: Sequence[str] | None) -> None:
    from refunddesk.services.demo import starter_rules

    names = list(starter_names or [])
    for n, rule in enumerate(starter_rules()):
        named = replace(rule, name=names[n]) if n < len(names) and names[n] else rule
        rules_repo.save_rule(ctx.db, named, ctx.now())


def _log_in_again(ctx: AppContext) -> int:
    """The carried-on demo shop listens on a new port and knows no login: point its row at
    the port and log in again, as ``connect_demo`` did the first time."""
    shop = ctx.demo_shop
    assert shop is not None
    (info,) = [s for s in shops.list_shops(ctx.db) if s.environment == "demo"]
    shops.update_urls(ctx.db, info.id, shop.url, shop.url)
    issued = shop.scenario.issue_tokens()
    shops.store_login(
        ctx.db,
        ctx.secrets,
        info.id,
        client_secret=shop.options.client_secret,
        tokens=OAuthTokens(
            access_token=issued["access_token"],
            refresh_token=issued["refresh_token"],
            expires_at=ctx.now() + timedelta(seconds=int(issued["expires_in"])),
        ),
    )
    return info.id


def connect_demo(ctx: AppContext) -> int:
    """Add the embedded shop and log in to it, as the device flow would (auto-approved)."""
    shop = ctx.demo_shop
    assert shop is not None
    issued = shop.scenario.issue_tokens()
    # Connected now: seeded history stays history, RefundDesk acts on what happens next.
    info = shops.add_shop(
        ctx.db,
        ctx.secrets,
        name=DEMO_SHOP_NAME,
        environment="demo",
        client_id=shop.options.client_id,
        client_secret=shop.options.client_secret,
        api_url=shop.url,
        now=ctx.now(),
        tokens=OAuthTokens(
            access_token=issued["access_token"],
            refresh_token=issued["refresh_token"],
            expires_at=ctx.now() + timedelta(seconds=int(issued["expires_in"])),
        ),
    )
    return info.id
