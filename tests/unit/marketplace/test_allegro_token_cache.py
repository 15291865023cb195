"""Tokens kept in memory: the keyring is read at a refresh and after a 401, not per request."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

import pytest

from refunddesk.marketplace.allegro.auth import AllegroAuth, MemoryTokenStore, OAuthTokens
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import AllegroHttp, RetryPolicy
from refunddesk.marketplace.base import ReconnectNeeded
from tests.support.allegro import FakeTime, Reply, ScriptedServer, Seen

TOKEN = "/auth/oauth/token"
EVENTS = "/order/events"


class CountingStore(MemoryTokenStore):
    """A keyring stand-in that counts its reads (each one is a D-Bus round trip in the app)."""

    def __init__(self, tokens: OAuthTokens) -> None:
        super().__init__(tokens)
        self.reads = 0

    def load(self) -> OAuthTokens | None:
        self.reads += 1
        return super().load()


def pair(n: int, clock: FakeTime, hours: float = 12) -> OAuthTokens:
    return OAuthTokens(
        f"access-{n}-0123456789", f"refresh-{n}-0123456789", clock.now() + timedelta(hours=hours)
    )


def make_http(server: ScriptedServer, clock: FakeTime, store: CountingStore) -> AllegroHttp:
    env = AllegroEnvironment.custom(server.url, name="test")
    auth = AllegroAuth(env, "client-id", "client-secret", store, now=clock.now)
    return AllegroHttp(
        env,
        auth,
        retry=RetryPolicy(get_retries=0),
        sleep=clock.sleep,
        clock=clock.monotonic,
        now=clock.now,
        jitter=lambda: 1.0,
        timeout=5.0,
    )


def accepting(*good: str) -> Callable[[Seen], Reply]:
    """An events endpoint that accepts only the given access tokens (401 otherwise)."""

    def reply_to(seen: Seen) -> Reply:
        if seen.headers["authorization"] in {f"Bearer {token}" for token in good}:
            return Reply(body={"events": []})
        return Reply(401, {"error": "invalid_token"})

    return reply_to


def test_many_requests_read_the_keyring_once(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    store = CountingStore(pair(1, fake_time))
    allegro_server.answer("GET", EVENTS, accepting("access-1-0123456789"))
    http = make_http(allegro_server, fake_time, store)

    for _ in range(20):
        assert http.get(EVENTS) == {"events": []}

    assert store.reads == 1
    assert len(allegro_server.requests_to("GET", EVENTS)) == 20


def test_a_pair_refreshed_by_another_process_is_picked_up_after_a_401(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    store = CountingStore(pair(1, fake_time))
    allegro_server.answer("GET", EVENTS, accepting("access-1-0123456789"))
    http = make_http(allegro_server, fake_time, store)
    http.get(EVENTS)
    reads_before = store.reads

    # The headless CLI refreshes: a new pair in the keyring, the old access token now refused.
    store.save(pair(2, fake_time))
    allegro_server.answer("GET", EVENTS, accepting("access-2-0123456789"))

    assert http.get(EVENTS) == {"events": []}
    first, second = allegro_server.requests_to("GET", EVENTS)[-2:]
    assert first.headers["authorization"] == "Bearer access-1-0123456789"
    assert second.headers["authorization"] == "Bearer access-2-0123456789"
    assert store.reads > reads_before  # the 401 made it look again
    assert allegro_server.requests_to("POST", TOKEN) == []  # and it did not spend a refresh

    # From then on the new pair is the one kept in memory.
    reads_after = store.reads
    http.get(EVENTS)
    assert store.reads == reads_after


def test_a_refresh_that_is_due_reads_the_keyring_first(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    store = CountingStore(pair(1, fake_time, hours=1))
    allegro_server.answer(
        "GET",
        EVENTS,
        accepting("access-1-0123456789", "access-2-0123456789"),
    )
    http = make_http(allegro_server, fake_time, store)
    http.get(EVENTS)

    store.save(pair(2, fake_time))  # another process refreshed ahead of expiry
    fake_time.advance(3600 - 60)  # our copy is now within the refresh margin
    http.get(EVENTS)

    assert allegro_server.requests_to("GET", EVENTS)[-1].headers["authorization"] == (
        "Bearer access-2-0123456789"
    )
    assert allegro_server.requests_to("POST", TOKEN) == []


def test_a_pair_stored_while_allegro_refused_ours_is_used(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    """A second computer (no shared lock) spent our refresh token: its stored pair is taken."""
    store = CountingStore(pair(1, fake_time, hours=1))
    auth = AllegroAuth(
        AllegroEnvironment.custom(allegro_server.url),
        "client-id",
        "client-secret",
        store,
        now=fake_time.now,
    )
    assert auth.access_token() == "access-1-0123456789"
    fake_time.advance(3600 - 60)

    def used_elsewhere(seen: Seen) -> Reply:
        store.save(pair(2, fake_time))  # the other computer saves while Allegro answers us
        return Reply(400, {"error": "invalid_grant"}, content_type="application/json")

    allegro_server.answer("POST", TOKEN, used_elsewhere)

    assert auth.access_token() == "access-2-0123456789"
    assert len(allegro_server.requests_to("POST", TOKEN)) == 1


def test_a_refused_login_keeps_reading_until_the_shop_is_reconnected(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    store = CountingStore(pair(1, fake_time, hours=0))
    allegro_server.on(
        "POST", TOKEN, Reply(400, {"error": "invalid_grant"}, content_type="application/json")
    )
    auth = AllegroAuth(
        AllegroEnvironment.custom(allegro_server.url),
        "client-id",
        "client-secret",
        store,
        now=fake_time.now,
    )
    for _ in range(2):
        with pytest.raises(ReconnectNeeded):
            auth.access_token()
    assert len(allegro_server.requests_to("POST", TOKEN)) == 1

    store.save(pair(9, fake_time))  # reconnected in the GUI: a new pair in the keyring
    assert auth.access_token() == "access-9-0123456789"
