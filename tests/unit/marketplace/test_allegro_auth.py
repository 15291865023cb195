"""OAuth against a loopback server: the device flow's outcomes and single-use refresh tokens."""

from __future__ import annotations

import base64
import threading
from datetime import timedelta

import pytest

from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.allegro.auth import (
    AccessDenied,
    AllegroAuth,
    ClientRejected,
    DeviceCodeExpired,
    DeviceCodeInvalid,
    DeviceFlowCancelled,
    KeyringTokenStore,
    MemoryTokenStore,
    OAuthTokens,
    PollStatus,
)
from refunddesk.marketplace.allegro.environments import (
    PRODUCTION,
    SANDBOX,
    AllegroEnvironment,
    InsecureEnvironmentError,
    environment_named,
)
from refunddesk.marketplace.base import MarketplaceError, ReconnectNeeded
from tests.support.allegro import FakeTime, Reply, ScriptedServer
from tests.support.keyring import MemoryKeyring

DEVICE = "/auth/oauth/device"
TOKEN = "/auth/oauth/token"


def device_reply(expires_in: object = "3600") -> Reply:
    return Reply(
        body={
            "device_code": "dev-code-secret-1234567890",
            "user_code": "cbt3zdu4g",
            "expires_in": expires_in,
            "interval": 5,
            "verification_uri": "https://allegro.pl/skojarz-aplikacje",
            "verification_uri_complete": "https://allegro.pl/skojarz-aplikacje?code=cbt3zdu4g",
        },
        content_type="application/json",
    )


def token_reply(n: int, expires_in: object = 43199) -> Reply:
    return Reply(
        body={
            "access_token": f"access-{n}-0123456789",
            "token_type": "bearer",
            "refresh_token": f"refresh-{n}-0123456789",
            "expires_in": expires_in,
            "scope": "allegro:api:orders:read",
            "allegro_api": True,
            "jti": "x",
        },
        content_type="application/json",
    )


def oauth_error(error: str) -> Reply:
    return Reply(400, {"error": error, "error_description": "..."}, content_type="application/json")


def make_auth(
    server: ScriptedServer, clock: FakeTime, store: MemoryTokenStore | None = None
) -> AllegroAuth:
    env = AllegroEnvironment.custom(server.url)
    return AllegroAuth(env, "my-client", "my-secret", store or MemoryTokenStore(), now=clock.now)


def test_device_flow_start_sends_basic_auth_and_client_id(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", DEVICE, device_reply(expires_in="3600"))
    auth = make_auth(allegro_server, fake_time)

    code = auth.start_device_flow(scope="allegro:api:orders:read allegro:api:payments:write")

    (seen,) = allegro_server.seen
    expected = base64.b64encode(b"my-client:my-secret").decode()
    assert seen.headers["authorization"] == f"Basic {expected}"
    assert seen.form() == {
        "client_id": "my-client",
        "scope": "allegro:api:orders:read allegro:api:payments:write",
    }
    assert code.user_code_display == "cbt 3zd u4g"
    assert code.verification_uri_complete.endswith("?code=cbt3zdu4g")
    assert code.interval == 5
    assert code.expires_at == fake_time.now() + timedelta(hours=1)  # a string expires_in
    assert code.seconds_left(fake_time.now()) == 3600
    assert "dev-code-secret" not in repr(code)


def test_wrong_client_secret_is_reported_as_such(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", DEVICE, Reply(401, {"error": "unauthorized"}))
    with pytest.raises(ClientRejected):
        make_auth(allegro_server, fake_time).start_device_flow()


def test_approval_after_pending_and_slow_down(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", DEVICE, device_reply(expires_in=3600))
    allegro_server.on(
        "POST",
        TOKEN,
        oauth_error("authorization_pending"),
        oauth_error("slow_down"),
        oauth_error("authorization_pending"),
        token_reply(1),
    )
    store = MemoryTokenStore()
    auth = make_auth(allegro_server, fake_time, store)
    code = auth.start_device_flow()

    tokens = auth.wait_for_approval(code, sleep=fake_time.sleep)

    assert tokens.access_token == "access-1-0123456789"
    assert store.load() == tokens
    assert fake_time.sleeps == [5.0, 10.0, 10.0]  # slow_down adds 5 s for good
    polls = allegro_server.requests_to("POST", TOKEN)
    assert polls[0].form() == {
        "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
        "device_code": "dev-code-secret-1234567890",
    }
    assert tokens.expires_at == fake_time.now() + timedelta(seconds=43199)


@pytest.mark.parametrize(
    ("reply", "status", "error"),
    [
        (oauth_error("access_denied"), PollStatus.DENIED, AccessDenied),
        (oauth_error("Invalid device code"), PollStatus.INVALID, DeviceCodeInvalid),
        (oauth_error("invalid_grant"), PollStatus.INVALID, DeviceCodeInvalid),
        (oauth_error("expired_token"), PollStatus.EXPIRED, DeviceCodeExpired),
        (oauth_error("invalid_request"), PollStatus.EXPIRED, DeviceCodeExpired),
    ],
)
def test_device_flow_endings(
    allegro_server: ScriptedServer,
    fake_time: FakeTime,
    reply: Reply,
    status: PollStatus,
    error: type[Exception],
) -> None:
    allegro_server.on("POST", DEVICE, device_reply())
    allegro_server.on("POST", TOKEN, reply)
    store = MemoryTokenStore()
    auth = make_auth(allegro_server, fake_time, store)
    code = auth.start_device_flow()

    result = auth.poll_once(code)
    assert result.status is status and result.finished and result.tokens is None
    with pytest.raises(error):
        auth.wait_for_approval(code, sleep=fake_time.sleep)
    assert store.load() is None


def test_server_errors_resets_and_timeouts_while_polling_are_retried_at_the_interval(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", DEVICE, device_reply())
    slow = oauth_error("authorization_pending")
    slow.delay = 1.0  # longer than the client's timeout below
    allegro_server.on(
        "POST",
        TOKEN,
        Reply(503, {"errors": []}),
        Reply(drop=True),  # connection reset
        slow,
        Reply(502, raw=b"<html>Bad gateway</html>", content_type="text/html"),
        oauth_error("slow_down"),
        Reply(429, {"errors": []}),
        token_reply(1),
    )
    store = MemoryTokenStore()
    env = AllegroEnvironment.custom(allegro_server.url)
    auth = AllegroAuth(env, "my-client", "my-secret", store, now=fake_time.now, timeout=0.3)
    code = auth.start_device_flow()

    tokens = auth.wait_for_approval(code, sleep=fake_time.sleep)

    assert store.load() == tokens and tokens.access_token == "access-1-0123456789"
    # Every failure waits one interval; slow_down lengthens it by 5 s for good.
    assert fake_time.sleeps == [5.0, 5.0, 5.0, 5.0, 10.0, 10.0]
    assert len(allegro_server.requests_to("POST", TOKEN)) == 7


def test_a_network_down_until_the_code_expires_ends_as_expired(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", DEVICE, device_reply(expires_in=30))
    allegro_server.on("POST", TOKEN, Reply(503, {"errors": []}))
    auth = make_auth(allegro_server, fake_time)
    code = auth.start_device_flow()
    with pytest.raises(DeviceCodeExpired):
        auth.wait_for_approval(code, sleep=fake_time.sleep)
    assert len(allegro_server.requests_to("POST", TOKEN)) == 6  # at 0, 5 … 25 s


@pytest.mark.parametrize(
    "reply",
    [
        Reply(401, {"error": "invalid_client"}, content_type="application/json"),
        oauth_error("invalid_client"),
    ],
)
def test_a_refused_client_ends_the_polling_at_once(
    allegro_server: ScriptedServer, fake_time: FakeTime, reply: Reply
) -> None:
    allegro_server.on("POST", DEVICE, device_reply())
    allegro_server.on("POST", TOKEN, Reply(503, {"errors": []}), reply)
    auth = make_auth(allegro_server, fake_time)
    code = auth.start_device_flow()
    with pytest.raises(ClientRejected):
        auth.wait_for_approval(code, sleep=fake_time.sleep)
    assert len(allegro_server.requests_to("POST", TOKEN)) == 2


def test_expiry_by_the_clock_stops_polling(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", DEVICE, device_reply(expires_in=12))
    allegro_server.on("POST", TOKEN, oauth_error("authorization_pending"))
    auth = make_auth(allegro_server, fake_time)
    code = auth.start_device_flow()

    with pytest.raises(DeviceCodeExpired):
        auth.wait_for_approval(code, sleep=fake_time.sleep)
    # Polled at 0, 5 and 10 s; at 15 s the code had expired, so no fourth poll.
    assert len(allegro_server.requests_to("POST", TOKEN)) == 3
    assert auth.poll_once(code).status is PollStatus.EXPIRED
    assert len(allegro_server.requests_to("POST", TOKEN)) == 3


def test_cancelling_stops_the_wait(allegro_server: ScriptedServer, fake_time: FakeTime) -> None:
    allegro_server.on("POST", DEVICE, device_reply())
    allegro_server.on("POST", TOKEN, oauth_error("authorization_pending"))
    auth = make_auth(allegro_server, fake_time)
    code = auth.start_device_flow()
    with pytest.raises(DeviceFlowCancelled):
        auth.wait_for_approval(
            code, sleep=fake_time.sleep, cancelled=lambda: len(fake_time.sleeps) >= 2
        )
    assert len(allegro_server.requests_to("POST", TOKEN)) == 2


class RecordingStore(MemoryTokenStore):
    """Notes what was saved, to prove the new pair is stored before it is handed out."""

    def __init__(self, tokens: OAuthTokens) -> None:
        super().__init__(tokens)
        self.saved: list[str] = []

    def save(self, tokens: OAuthTokens) -> None:
        self.saved.append(tokens.refresh_token)
        super().save(tokens)


def test_refresh_ahead_of_expiry_saves_the_new_pair_first(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", TOKEN, token_reply(2))
    store = RecordingStore(
        OAuthTokens("access-1", "refresh-1", fake_time.now() + timedelta(hours=1))
    )
    auth = make_auth(allegro_server, fake_time, store)

    assert auth.access_token() == "access-1"  # an hour left: no refresh
    assert allegro_server.seen == []

    fake_time.advance(3600 - 60)  # a minute left, within the 5-minute margin
    assert auth.access_token() == "access-2-0123456789"
    assert store.saved == ["refresh-2-0123456789"]
    (seen,) = allegro_server.seen
    assert seen.form() == {"grant_type": "refresh_token", "refresh_token": "refresh-1"}
    assert auth.access_token() == "access-2-0123456789"
    assert len(allegro_server.seen) == 1


def test_concurrent_refreshes_use_the_refresh_token_once(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    good = token_reply(2)
    good.delay = 0.2  # both threads are waiting by the time Allegro answers
    allegro_server.on("POST", TOKEN, good, oauth_error("invalid_grant"))
    store = MemoryTokenStore(
        OAuthTokens("access-1", "refresh-1", fake_time.now() + timedelta(hours=1))
    )
    auth = make_auth(allegro_server, fake_time, store)
    results: list[str] = []
    failures: list[BaseException] = []

    def rejected_token() -> None:
        try:
            results.append(auth.refresh("access-1").access_token)
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=rejected_token) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(5)

    assert failures == []
    assert results == ["access-2-0123456789"] * 4
    assert len(allegro_server.requests_to("POST", TOKEN)) == 1


def test_revoked_refresh_token_means_reconnect_without_retrying(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", TOKEN, oauth_error("invalid_grant"))
    store = MemoryTokenStore(OAuthTokens("access-1", "refresh-1", fake_time.now()))
    auth = make_auth(allegro_server, fake_time, store)
    for _ in range(3):
        with pytest.raises(ReconnectNeeded):
            auth.access_token()
    assert len(allegro_server.requests_to("POST", TOKEN)) == 1

    # Reconnecting stores a new pair, and the shop works again.
    store.save(OAuthTokens("access-9", "refresh-9", fake_time.now() + timedelta(hours=12)))
    assert auth.access_token() == "access-9"


def test_a_token_answer_nested_too_deep_to_read_is_a_plain_problem(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    allegro_server.on("POST", TOKEN, Reply(raw=b'{"x": ' + deep + b"}"))
    store = MemoryTokenStore(OAuthTokens("access-1", "refresh-1", fake_time.now()))
    with pytest.raises(MarketplaceError, match="token answer lacks"):
        make_auth(allegro_server, fake_time, store).access_token()


def test_not_connected_is_reconnect_needed(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    with pytest.raises(ReconnectNeeded):
        make_auth(allegro_server, fake_time).access_token()


def test_keyring_store_round_trip_with_the_app_secrets() -> None:
    secrets = Secrets(backend=MemoryKeyring())
    store = KeyringTokenStore(secrets, shop_id=7)
    assert store.load() is None
    tokens = OAuthTokens("a-0123456789", "r-0123456789", FakeTime().now(), scope="x y")
    store.save(tokens)
    assert store.key == "shop/7/tokens"
    assert store.load() == tokens
    secrets.set("shop/7/tokens", "{not json")
    assert store.load() is None
    store.clear()
    assert secrets.get("shop/7/tokens") is None


def test_environments() -> None:
    assert PRODUCTION.token_url == "https://allegro.pl/auth/oauth/token"
    assert PRODUCTION.api_url == "https://api.allegro.pl"
    assert SANDBOX.device_url == "https://allegro.pl.allegrosandbox.pl/auth/oauth/device"
    assert SANDBOX.api_url == "https://api.allegro.pl.allegrosandbox.pl"
    demo = AllegroEnvironment.custom("http://127.0.0.1:8123/")
    assert demo.api_url == demo.auth_url == "http://127.0.0.1:8123"
    for ok in ("http://localhost:9", "http://[::1]:9", "http://127.3.4.5", "https://shop.example"):
        AllegroEnvironment.custom(ok)
    assert environment_named("sandbox") is SANDBOX


@pytest.mark.parametrize(
    "url",
    [
        "http://api.allegro.pl",
        "http://192.168.1.10:8000",
        "http://localhost.evil.example",
        "http://127.0.0.1.nip.io",
        "ftp://127.0.0.1",
        "127.0.0.1:8000",
    ],
)
def test_plain_http_off_this_computer_is_refused(url: str) -> None:
    with pytest.raises(InsecureEnvironmentError):
        AllegroEnvironment.custom(url)
