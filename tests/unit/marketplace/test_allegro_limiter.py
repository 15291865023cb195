"""One request budget per client id, across threads and shops; 429s with no Retry-After."""

from __future__ import annotations

import threading
from bisect import bisect_left
from datetime import timedelta

import pytest

from refunddesk.infra.process_keyring import ProcessKeyring
from refunddesk.infra.secrets import Secrets, shop_client_secret_key
from refunddesk.marketplace.allegro.auth import AllegroAuth, MemoryTokenStore, OAuthTokens
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import (
    ALLEGRO_PER_MINUTE,
    APP_BURST,
    APP_STEADY_PER_MINUTE,
    AllegroHttp,
    RateLimiter,
    RetryPolicy,
)
from refunddesk.marketplace.base import RateLimited
from refunddesk.services.shops import ShopInfo, client_for
from tests.support.allegro import FakeTime, Reply, ScriptedServer


class SharedClock:
    """A virtual clock many threads read: every reading moves it on a little, and now and then
    a lot (an idle spell that refills the bucket). Each thread remembers its last reading, so
    a grant's moment is that reading plus what the limiter told it to sleep."""

    def __init__(self) -> None:
        self._now = 0.0
        self._reads = 0
        self._lock = threading.Lock()
        self.local = threading.local()

    def __call__(self) -> float:
        with self._lock:
            self._reads += 1
            self._now += 30.0 if self._reads % 12_000 == 0 else 0.001
            self.local.last = self._now
            return self._now


def test_limiter_never_lets_more_than_the_budget_out_across_threads() -> None:
    clock = SharedClock()
    limiter = RateLimiter(
        APP_STEADY_PER_MINUTE, burst=APP_BURST, clock=clock, sleep=lambda _seconds: None
    )
    grants: list[float] = []
    grants_lock = threading.Lock()
    per_thread, threads = 3000, 8

    def send() -> None:
        mine = []
        for _ in range(per_thread):
            waited = limiter.acquire()
            mine.append(clock.local.last + waited)  # when this request may go out
        with grants_lock:
            grants.extend(mine)

    workers = [threading.Thread(target=send) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    grants.sort()
    assert len(grants) == per_thread * threads
    # Allegro counts any sliding minute: none may hold more than the burst plus a minute's rate.
    ceiling = APP_BURST + APP_STEADY_PER_MINUTE
    busiest = max(bisect_left(grants, t + 60.0) - i for i, t in enumerate(grants))
    assert busiest <= ceiling < ALLEGRO_PER_MINUTE
    assert busiest > APP_STEADY_PER_MINUTE  # the run did press against the limit


def test_shops_of_one_client_id_share_one_budget() -> None:
    secrets = Secrets(backend=ProcessKeyring()).for_database("db-x")

    def shop(shop_id: int, client_id: str, api_url: str = "http://127.0.0.1:9") -> ShopInfo:
        secrets.set(shop_client_secret_key(shop_id), "secret")
        name = f"Shop {shop_id}"
        return ShopInfo(shop_id, name, "custom", api_url, api_url, client_id, False, None, "db-x")

    first = client_for(shop(1, "app-a"), secrets)
    second = client_for(shop(2, "app-a"), secrets)
    other_app = client_for(shop(3, "app-b"), secrets)
    other_env = client_for(shop(4, "app-a", "http://127.0.0.1:10"), secrets)
    assert first.http.app_limiter is second.http.app_limiter
    assert first.http.app_limiter is not other_app.http.app_limiter
    assert first.http.app_limiter is not other_env.http.app_limiter


def _http(server: ScriptedServer, clock: FakeTime, jitter: float) -> AllegroHttp:
    env = AllegroEnvironment.custom(server.url, name="test")
    tokens = OAuthTokens("access", "refresh", clock.now() + timedelta(hours=12))
    auth = AllegroAuth(env, "client-id", "secret", MemoryTokenStore(tokens), now=clock.now)
    return AllegroHttp(
        env,
        auth,
        retry=RetryPolicy(),
        sleep=clock.sleep,
        clock=clock.monotonic,
        now=clock.now,
        jitter=lambda: jitter,
        timeout=5.0,
    )


def test_429_without_retry_after_backs_off_from_a_second(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/events", Reply(429), Reply(429), Reply(body={"events": []}))
    http = _http(allegro_server, fake_time, jitter=1.0)
    assert http.get("/order/events") == {"events": []}
    assert fake_time.sleeps == [1.0, 2.0]  # not the minute Allegro's worst block lasts


@pytest.mark.parametrize(("jitter", "first", "last"), [(1.0, 1.0, 30.0), (0.0, 0.5, 15.0)])
def test_endless_429_without_retry_after_doubles_to_a_cap_then_gives_up(
    allegro_server: ScriptedServer, fake_time: FakeTime, jitter: float, first: float, last: float
) -> None:
    allegro_server.on("GET", "/order/events", Reply(429))
    http = _http(allegro_server, fake_time, jitter)
    with pytest.raises(RateLimited):
        http.get("/order/events")
    waits = fake_time.sleeps
    assert waits[0] == first and waits[-1] == last
    assert waits == sorted(waits)
    assert max(waits) <= 30.0
    # All the waits together cover at most Allegro's one-minute block, and no more.
    assert sum(waits) <= 61.0
    assert len(allegro_server.seen) == 7  # six waits, then RateLimited


def test_a_429_drops_the_saved_up_burst_for_every_thread() -> None:
    clock = FakeTime()
    limiter = RateLimiter(9000, burst=150, clock=clock.monotonic, sleep=clock.sleep)
    assert limiter.acquire() == 0.0  # 149 more could go out at once
    limiter.hold_back()
    assert limiter.acquire() == pytest.approx(1 / 150)  # now only at the steady rate
