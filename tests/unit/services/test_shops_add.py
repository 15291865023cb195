"""Adding a shop is all or nothing: after any failure no row and no keyring entry remain."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import keyring.errors
import pytest

from refunddesk.demo_shop import DemoShop, ShopClock
from refunddesk.infra.secrets import SecretsError
from refunddesk.marketplace.allegro.auth import AccessDenied, DeviceCode, DeviceCodeExpired
from refunddesk.marketplace.base import NetworkError
from refunddesk.services import shops
from refunddesk.services.context import AppContext
from tests.support.demo_shop import DemoShopFactory
from tests.support.keyring import MemoryKeyring


@pytest.fixture
def shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    """A shop that waits for the merchant's click, on a clock the test moves."""
    return demo_shop_factory(
        auto_approve=False, clock=ShopClock(datetime(2026, 5, 4, 10, 0, tzinfo=UTC), frozen=True)
    )


def _connect(
    ctx: AppContext, shop: DemoShop, name: str, decide: str, **extra: Any
) -> shops.ShopInfo:
    """`shop add` as the CLI runs it; the merchant approves or denies when the code shows."""

    def show(code: DeviceCode) -> None:
        if decide == "approve":
            shop.scenario.approve_device(code.user_code)
        elif decide == "deny":
            shop.scenario.deny_device(code.user_code)

    return shops.connect_new_shop(
        ctx.db,
        ctx.secrets,
        name=name,
        environment="demo",
        client_id=shop.options.client_id,
        client_secret=shop.options.client_secret,
        api_url=shop.url,
        show_code=show,
        now=shop.clock.now,
        **{"sleep": shop.clock.advance, **extra},
    )


def _nothing_stored(ctx: AppContext, keyring: MemoryKeyring) -> None:
    assert shops.list_shops(ctx.db) == []
    assert keyring.entries == {}


@pytest.mark.parametrize(("decide", "error"), [("deny", AccessDenied), ("wait", DeviceCodeExpired)])
def test_a_refused_or_expired_login_stores_nothing_and_a_retry_works(
    app_context: AppContext,
    shop: DemoShop,
    memory_keyring: MemoryKeyring,
    decide: str,
    error: type[Exception],
) -> None:
    with pytest.raises(error):
        _connect(app_context, shop, "Sklep Ani", decide)
    _nothing_stored(app_context, memory_keyring)

    info = _connect(app_context, shop, "Sklep Ani", "approve")
    assert info.name == "Sklep Ani" and info.connected_at is not None
    assert shops.token_store(info, app_context.secrets).load() is not None
    assert shops.auth_for(info, app_context.secrets).access_token()


def test_allegro_failing_to_give_a_code_stores_nothing(
    app_context: AppContext, shop: DemoShop, memory_keyring: MemoryKeyring
) -> None:
    shop.scenario.add_fault("error_rate", "/auth/oauth/device", rate=1.0, status=503)
    with pytest.raises(NetworkError):
        _connect(app_context, shop, "Sklep Ani", "approve")
    _nothing_stored(app_context, memory_keyring)


def test_ctrl_c_while_waiting_stores_nothing(
    app_context: AppContext, shop: DemoShop, memory_keyring: MemoryKeyring
) -> None:
    def interrupted(_seconds: float) -> None:
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        _connect(app_context, shop, "Sklep Ani", "wait", sleep=interrupted)
    _nothing_stored(app_context, memory_keyring)


def test_a_keyring_failure_after_approval_stores_nothing_and_a_retry_works(
    app_context: AppContext,
    shop: DemoShop,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_set = memory_keyring.set_password
    calls: list[str] = []

    def second_write_fails(service: str, user: str, password: str) -> None:
        # The client secret is written, the tokens are not: the secret must go again.
        calls.append(user)
        if len(calls) == 2:
            raise keyring.errors.PasswordSetError("the keyring went away")
        real_set(service, user, password)

    monkeypatch.setattr(memory_keyring, "set_password", second_write_fails)
    with pytest.raises(SecretsError):
        _connect(app_context, shop, "Sklep Ani", "approve")
    assert calls[0].endswith("/client_secret") and calls[1].endswith("/tokens")
    _nothing_stored(app_context, memory_keyring)

    monkeypatch.setattr(memory_keyring, "set_password", real_set)
    assert _connect(app_context, shop, "Sklep Ani", "approve").connected_at is not None


def test_a_broken_keyring_is_found_before_the_merchant_approves(
    app_context: AppContext,
    shop: DemoShop,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def locked(*_args: object) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(SecretsError):
        _connect(app_context, shop, "Sklep Ani", "approve")
    assert not shop.tokens.devices  # no code was asked for, so nothing to approve in vain


def test_leftovers_of_an_unfinished_add_do_not_block_a_retry(
    app_context: AppContext, shop: DemoShop, memory_keyring: MemoryKeyring
) -> None:
    # What `shop add` did until now when Allegro could not be reached: the row and the
    # client secret stayed behind ("a shop called … exists already" on retry).
    left = shops.add_shop(
        app_context.db,
        app_context.secrets,
        name="Sklep Ani",
        environment="demo",
        client_id=shop.options.client_id,
        client_secret="an-old-secret",
        api_url=shop.url,
    )

    info = _connect(app_context, shop, "Sklep Ani", "approve")

    assert [s.name for s in shops.list_shops(app_context.db)] == ["Sklep Ani"]
    assert info.connected_at is not None
    assert "an-old-secret" not in memory_keyring.entries.values()
    assert left.connected_at is None


def test_a_connected_shop_of_that_name_is_never_replaced(
    app_context: AppContext, shop: DemoShop, memory_keyring: MemoryKeyring
) -> None:
    first = _connect(app_context, shop, "Sklep Ani", "approve")
    with pytest.raises(shops.ShopError, match="exists already"):
        _connect(app_context, shop, "Sklep Ani", "approve")
    assert shops.list_shops(app_context.db) == [first]


def test_add_shop_keeps_no_row_when_the_keyring_refuses_the_secret(
    app_context: AppContext, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> None:
        raise keyring.errors.PasswordSetError("refused")

    monkeypatch.setattr(memory_keyring, "set_password", refuse)
    with pytest.raises(SecretsError):
        shops.add_shop(
            app_context.db,
            app_context.secrets,
            name="Sklep Ani",
            environment="production",
            client_id="id",
            client_secret="secret",
        )
    _nothing_stored(app_context, memory_keyring)
