"""One shop's session used from many threads: a bounded number in flight, one token refresh."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import requests

from refunddesk.marketplace.allegro.auth import AllegroAuth, MemoryTokenStore, OAuthTokens
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import AllegroHttp, RetryPolicy
from refunddesk.marketplace.base import MAX_IN_FLIGHT
from tests.support.allegro import FakeTime, Reply, ScriptedServer, Seen

ACCESS = "access-one"
NEW_ACCESS = "access-two"
TOKEN = "/auth/oauth/token"


class CountingSession(requests.Session):
    """A real session that notes how many of its requests are on the wire at once."""

    def __init__(self) -> None:
        super().__init__()
        self._lock = threading.Lock()
        self.now = self.most = 0

    def request(self, *args: Any, **kwargs: Any) -> requests.Response:  # type: ignore[override]
        with self._lock:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            return super().request(*args, **kwargs)
        finally:
            with self._lock:
                self.now -= 1


def _http(server: ScriptedServer, clock: FakeTime, session: requests.Session) -> AllegroHttp:
    env = AllegroEnvironment.custom(server.url, name="test")
    store = MemoryTokenStore(OAuthTokens(ACCESS, "refresh-one", clock.now() + timedelta(hours=12)))
    auth = AllegroAuth(env, "client-id", "client-secret", store, now=clock.now)
    return AllegroHttp(
        env,
        auth,
        retry=RetryPolicy(get_retries=0),
        sleep=clock.sleep,
        clock=clock.monotonic,
        now=clock.now,
        timeout=5.0,
        session=session,
    )


def _all_at_once(threads: int, call: Any) -> tuple[list[Any], list[BaseException]]:
    start = threading.Barrier(threads)
    results: list[Any] = []
    failures: list[BaseException] = []

    def one() -> None:
        start.wait()
        try:
            results.append(call())
        except BaseException as exc:
            failures.append(exc)

    workers = [threading.Thread(target=one) for _ in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(20)
    return results, failures


def test_no_more_than_max_in_flight_requests_at_once(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/events", Reply(body={"events": []}, delay=0.05))
    session = CountingSession()
    http = _http(allegro_server, fake_time, session)

    results, failures = _all_at_once(2 * MAX_IN_FLIGHT, lambda: http.get("/order/events"))

    assert failures == []
    assert len(results) == 2 * MAX_IN_FLIGHT
    assert session.most == MAX_IN_FLIGHT  # they did overlap, and never more than the bound


def test_concurrent_401s_refresh_the_login_once(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    threads = 8

    # The old token is refused and the new one accepted, whatever order the requests arrive in
    # (a thread scheduled late on a busy machine may send its first request after the refresh).
    # Refusals are held back so that the threads' first requests overlap.
    def reply_to(request: Seen) -> Reply:
        if request.headers["authorization"] == f"Bearer {ACCESS}":
            return Reply(401, {"error": "invalid_token"}, delay=1.0)
        return Reply(body={"events": []})

    allegro_server.answer("GET", "/order/events", reply_to)
    allegro_server.on(
        "POST",
        TOKEN,
        Reply(
            body={"access_token": NEW_ACCESS, "refresh_token": "refresh-two", "expires_in": 3600}
        ),
        Reply(400, {"error": "invalid_grant"}),  # a second use of the single-use token
    )
    http = _http(allegro_server, fake_time, requests.Session())

    results, failures = _all_at_once(threads, lambda: http.get("/order/events"))

    assert failures == []
    assert results == [{"events": []}] * threads
    assert len(allegro_server.requests_to("POST", TOKEN)) == 1
    gets = allegro_server.requests_to("GET", "/order/events")
    tokens = [g.headers["authorization"] for g in gets]
    refused = tokens.count(f"Bearer {ACCESS}")
    assert refused >= 2  # at least two 401s were in flight together: the case under test
    assert tokens.count(f"Bearer {NEW_ACCESS}") == threads  # each thread once with the new token
    assert len(tokens) == refused + threads
