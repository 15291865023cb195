"""Upgrading from `shop/<id>/…` keyring names: the first database with that shop takes them."""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from refunddesk.infra import paths
from refunddesk.infra.secrets import SERVICE, Secrets
from refunddesk.notify.email import SmtpConfig, save_smtp_config
from refunddesk.services import shops
from refunddesk.services.context import AppContext, open_context
from refunddesk.services.keyring_names import MOVED_SETTING
from refunddesk.store.database import open_database
from refunddesk.store.models import Shop
from refunddesk.store.settings_repo import set_setting
from tests.support.keyring import MemoryKeyring

WHEN = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)
SMTP = SmtpConfig(host="smtp.example.com", user="sklep", from_address="sklep@example.com")


def _old_version_folder(folder: Path, *, smtp: bool = False) -> None:
    """A data folder as an older RefundDesk left it: shop 1, connected; no database id."""
    paths.configure(folder)
    db = open_database(paths.default_database_url())
    with db.transaction() as s:
        s.add(
            Shop(
                name="Sklep",
                environment="production",
                api_url="https://api.allegro.pl",
                auth_url="https://allegro.pl",
                client_id="cid",
                created_at=WHEN,
                connected_at=WHEN,
            )
        )
        if smtp:
            save_smtp_config(s, SMTP)
    db.dispose()


def _open(folder: Path) -> AppContext:
    return open_context(data_dir=folder)


def test_old_entries_move_to_the_first_database_with_that_shop(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _old_version_folder(first, smtp=True)
    _old_version_folder(second)
    old = Secrets()
    old.set("shop/1/client_secret", "the-secret")
    old.set("shop/1/tokens", '{"access_token": "a", "refresh_token": "r"}')
    old.set(SMTP.password_key, "smtp-pass")

    ctx = _open(first)
    [shop] = shops.list_shops(ctx.db)
    assert ctx.secrets.get("shop/1/client_secret") == "the-secret"
    assert ctx.secrets.get(SMTP.password_key) == "smtp-pass"
    assert not shop.needs_reconnect
    # Moved, not copied: no entry is left under an old name.
    assert all(name.startswith("db/") for _service, name in memory_keyring.entries)
    ctx.close()

    # The second folder's shop 1 finds nothing of its own: it says so instead of "connected".
    ctx = _open(second)
    [other] = shops.list_shops(ctx.db)
    assert other.needs_reconnect
    assert ctx.secrets.get("shop/1/client_secret") is None
    ctx.close()

    ctx = _open(first)  # the move happened once; reopening changes nothing
    assert ctx.secrets.get("shop/1/client_secret") == "the-secret"
    assert not shops.list_shops(ctx.db)[0].needs_reconnect
    ctx.close()


def test_an_entry_under_the_new_name_is_never_overwritten(
    tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    folder = tmp_path / "profile"
    _old_version_folder(folder)
    ctx = _open(folder)  # a first start moves nothing (there is nothing yet)
    ctx.secrets.set("shop/1/client_secret", "new-secret")
    ctx.close()
    with ctx.db.transaction() as s:  # pretend this start is the first after the upgrade
        set_setting(s, MOVED_SETTING, False)
    Secrets().set("shop/1/client_secret", "old-secret")

    ctx = _open(folder)
    assert ctx.secrets.get("shop/1/client_secret") == "new-secret"
    assert memory_keyring.entries[(SERVICE, "shop/1/client_secret")] == "old-secret"
    ctx.close()


def test_with_no_keyring_the_move_waits_quietly(
    tmp_path: Path, memory_keyring: MemoryKeyring, caplog: pytest.LogCaptureFixture
) -> None:
    """A computer with no keyring: every command that needs one says so itself; the move's
    warning printed six lines (the install hint) before each command's own output."""
    _old_version_folder(tmp_path / "f")
    keyring.set_keyring(fail.Keyring())  # put back by the memory_keyring fixture
    with caplog.at_level(logging.INFO, logger="refunddesk"):
        ctx = _open(tmp_path / "f")
        ctx.close()
    postponed = [r for r in caplog.records if "not moved yet" in r.getMessage()]
    assert [r.levelno for r in postponed] == [logging.INFO]
