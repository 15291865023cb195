"""Run a test scenario for real in a throwaway sandbox: its own demo shop, clock and database.

Playing a scenario moves a shop's clock forward (the payment minutes after the purchase, the
cancellation a day later, a rule's delay). Done on the merchant's demo shop, whose clock is
the app's clock in demo mode, that shift stays for good and later refunds show times in the
future. The sandbox takes the merchant's rules, limits and product groups, lets the real
worker handle the scenario there, and is thrown away; nothing the merchant sees moves.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.automation.simulate_demo import DemoRun, run_on_demo_shop
from refunddesk.automation.worker import Worker
from refunddesk.domain.rules import Rule
from refunddesk.domain.scenarios import TestScenario
from refunddesk.infra.process_keyring import ProcessKeyring
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.services import shops
from refunddesk.store import models as m
from refunddesk.store import rules_repo
from refunddesk.store.database import Database, open_database, sqlite_url

if TYPE_CHECKING:
    from refunddesk.demo_shop import DemoShop

SANDBOX_SHOP_NAME = "Sandbox"


def run_in_sandbox(
    db: Database,
    scenario: TestScenario,
    *,
    now: datetime,
    rules: Sequence[Rule] | None = None,
) -> DemoRun:
    """Play ``scenario`` on a fresh demo shop whose clock starts at ``now``, with the merchant's
    saved rules (or ``rules``), limits and product groups copied from ``db``."""
    from refunddesk.demo_shop import DemoShop, ShopClock

    rules = list(rules_repo.load_rules(db) if rules is None else rules)
    with db.sessions() as s:
        automation = limits.load_settings(s)
        groups = [(g.name, list(g.members or [])) for g in s.scalars(select(m.ProductGroup))]
    with tempfile.TemporaryDirectory(prefix="refunddesk-sandbox-") as folder:
        # Refunds are settled by hand in run_on_demo_shop, never by the shop's own timer.
        shop = DemoShop(auto_approve=True, clock=ShopClock(now), refund_settle_seconds=3600)
        shop.start()
        sandbox = open_database(sqlite_url(Path(folder) / "sandbox.sqlite3"))
        try:
            secrets = shops.shop_secrets(sandbox, Secrets(backend=ProcessKeyring()))
            shop_id = _connect(sandbox, secrets, shop)
            with sandbox.transaction() as s:
                limits.save_settings(s, automation)
                s.add_all(m.ProductGroup(name=name, members=members) for name, members in groups)
            copied = rules_repo.replace_all(sandbox, rules, shop.clock.now()) if rules else []
            # No buyer notices or merchant alerts: the buyers are made up, and an e-mail from
            # the sandbox would reach real inboxes through the merchant's SMTP settings.
            worker = Worker(
                sandbox,
                lambda _shop, recorder: shops.client_for(
                    shops.get_shop(sandbox, shop_id), secrets, attempt_listener=recorder
                ),
                rules_repo.load_rules,
                now=shop.clock.now,
            )
            return run_on_demo_shop(shop, scenario, worker.run_once, sandbox, copied)
        finally:
            sandbox.dispose()
            shop.stop()


def _connect(db: Database, secrets: Secrets, shop: DemoShop) -> int:
    """Log in to the sandbox shop as the device flow would; connected a minute before the
    scenario starts, so what it plays is new to RefundDesk (not backlog)."""
    issued = shop.scenario.issue_tokens()
    clock, options = shop.clock, shop.options
    info = shops.add_shop(
        db,
        secrets,
        name=SANDBOX_SHOP_NAME,
        environment="demo",
        client_id=options.client_id,
        client_secret=options.client_secret,
        api_url=shop.url,
        now=clock.now() - timedelta(minutes=1),
        tokens=OAuthTokens(
            access_token=issued["access_token"],
            refresh_token=issued["refresh_token"],
            expires_at=clock.now() + timedelta(seconds=int(issued["expires_in"])),
        ),
    )
    return info.id
