"""The Allegro HTTP layer against a real loopback server: retries, 429s, errors, secrecy."""

from __future__ import annotations

import logging
import socket
from datetime import UTC, datetime, timedelta

import pytest

from refunddesk.marketplace.allegro.auth import AllegroAuth, MemoryTokenStore, OAuthTokens
from refunddesk.marketplace.allegro.environments import AllegroEnvironment
from refunddesk.marketplace.allegro.http import (
    BETA_MEDIA_TYPE,
    PUBLIC_MEDIA_TYPE,
    AllegroHttp,
    RateLimiter,
    RetryPolicy,
    messaging_limiter_for,
)
from refunddesk.marketplace.base import (
    ApiError,
    CashOnDeliveryNotRefundable,
    Conflict,
    HttpAttempt,
    MalformedResponse,
    NetworkError,
    NotFound,
    OutcomeUnknown,
    RateLimited,
    ReconnectNeeded,
    ServerError,
    ValidationRefused,
)
from tests.support.allegro import FakeTime, Reply, ScriptedServer

ACCESS = "eyJhbGciOiJSUzI1NiJ9.access-token-one.sig"
REFRESH = "refresh-token-one-0123456789"
NEW_ACCESS = "eyJhbGciOiJSUzI1NiJ9.access-token-two.sig"
NEW_REFRESH = "refresh-token-two-0123456789"


def make_http(
    server: ScriptedServer, clock: FakeTime, attempts: list[HttpAttempt] | None = None
) -> tuple[AllegroHttp, MemoryTokenStore]:
    env = AllegroEnvironment.custom(server.url, name="test")
    store = MemoryTokenStore(OAuthTokens(ACCESS, REFRESH, clock.now() + timedelta(hours=12)))
    auth = AllegroAuth(env, "client-id", "client-secret", store, now=clock.now)
    http = AllegroHttp(
        env,
        auth,
        retry=RetryPolicy(get_retries=2, backoff_base=0.5),
        attempt_listener=attempts.append if attempts is not None else None,
        sleep=clock.sleep,
        clock=clock.monotonic,
        now=clock.now,
        jitter=lambda: 1.0,
        timeout=5.0,
    )
    return http, store


def errors(code: str, user_message: str = "", path: str | None = None) -> dict[str, object]:
    return {
        "errors": [
            {
                "code": code,
                "message": f"{code} for developers",
                "userMessage": user_message,
                "path": path,
                "details": None,
                "metadata": {},
            }
        ]
    }


def test_headers_media_types_language_and_bearer(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/event-stats", Reply(body={"latestEvent": None}))
    allegro_server.on("GET", "/order/customer-returns", Reply(body={"count": 0}))
    allegro_server.on("POST", "/payments/refunds", Reply(body={"ok": True}))
    http, _ = make_http(allegro_server, fake_time)

    http.get("/order/event-stats")
    http.get("/order/customer-returns", {"orderId": "o1"})
    http.request("POST", "/payments/refunds", body={"reason": "Zwrot ł"}, language="en-US")

    stats, returns, refund = allegro_server.seen
    assert stats.headers["accept"] == PUBLIC_MEDIA_TYPE
    assert stats.headers["accept-language"] == "pl-PL"
    assert stats.headers["authorization"] == f"Bearer {ACCESS}"
    assert "content-type" not in stats.headers
    assert returns.headers["accept"] == BETA_MEDIA_TYPE
    assert returns.query == {"orderId": ["o1"]}
    assert refund.headers["content-type"] == PUBLIC_MEDIA_TYPE
    assert refund.headers["accept-language"] == "en-US"
    assert refund.json() == {"reason": "Zwrot ł"}


def test_get_is_retried_with_backoff_after_5xx(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    attempts: list[HttpAttempt] = []
    allegro_server.on(
        "GET",
        "/order/checkout-forms/x",
        Reply(503, errors("SERVICE_UNAVAILABLE")),
        Reply(502, raw=b"<html>bad gateway</html>"),
        Reply(body={"id": "x"}),
    )
    http, _ = make_http(allegro_server, fake_time, attempts)

    assert http.get("/order/checkout-forms/x") == {"id": "x"}
    assert [a.status for a in attempts] == [503, 502, 200]
    assert fake_time.sleeps == [0.5, 1.0]  # exponential, jitter pinned to its maximum
    assert all(a.trace_id.startswith("trace-") for a in attempts)


def test_get_gives_up_with_server_error_and_trace_id(
    allegro_server: ScriptedServer, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    allegro_server.on("GET", "/order/events", Reply(500, errors("INTERNAL_ERROR")))
    http, _ = make_http(allegro_server, fake_time)

    with (
        caplog.at_level(logging.WARNING, logger="refunddesk.allegro"),
        pytest.raises(ServerError) as caught,
    ):
        http.get("/order/events")
    assert isinstance(caught.value, OutcomeUnknown)
    assert len(allegro_server.seen) == 3
    assert caught.value.trace_id == "trace-3"
    assert "trace-3" in str(caught.value)
    assert "trace-3" in caplog.text


def test_get_retries_a_garbled_body_then_reports_it(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/events", Reply(raw=b'{"events": ['))
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(MalformedResponse):
        http.get("/order/events")
    assert len(allegro_server.seen) == 3


def test_get_retries_a_dropped_connection(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/events", Reply(drop=True), Reply(body={"events": []}))
    http, _ = make_http(allegro_server, fake_time)
    assert http.get("/order/events") == {"events": []}


def test_post_with_dropped_connection_is_outcome_unknown_and_not_resent(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    attempts: list[HttpAttempt] = []
    allegro_server.on("POST", "/payments/refunds", Reply(drop=True), Reply(body={"id": "r"}))
    http, _ = make_http(allegro_server, fake_time, attempts)

    with pytest.raises(OutcomeUnknown):
        http.request("POST", "/payments/refunds", body={"commandId": "cmd-1"}, command_id="cmd-1")
    assert len(allegro_server.requests_to("POST", "/payments/refunds")) == 1
    assert [(a.method, a.status, a.command_id) for a in attempts] == [("POST", None, "cmd-1")]
    assert attempts[0].error


def test_get_retries_an_answer_cut_midway(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    attempts: list[HttpAttempt] = []
    page = {"events": [{"id": str(n)} for n in range(50)]}
    allegro_server.on("GET", "/order/events", Reply(body=page, cut=True), Reply(body=page))
    http, _ = make_http(allegro_server, fake_time, attempts)
    assert http.get("/order/events") == page
    assert [a.status for a in attempts] == [None, 200]
    assert attempts[0].error


def test_post_whose_answer_is_cut_midway_is_outcome_unknown_and_not_resent(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    refund = {"id": "r", "status": "SUCCESS", "note": "x" * 200}
    allegro_server.on("POST", "/payments/refunds", Reply(body=refund, cut=True), Reply(body={}))
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(OutcomeUnknown):
        http.request("POST", "/payments/refunds", body={"commandId": "cmd-1"}, command_id="cmd-1")
    assert len(allegro_server.requests_to("POST", "/payments/refunds")) == 1


def test_answers_read_whole_leave_their_connection_open_for_the_next(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    big = {"checkoutForms": [{"id": str(n), "text": "z" * 2000} for n in range(100)]}
    allegro_server.on("GET", "/order/checkout-forms", Reply(body=big))
    allegro_server.on("GET", "/order/events", Reply(404, errors("NOT_FOUND")))
    http, _ = make_http(allegro_server, fake_time)
    for _ in range(3):
        assert http.get("/order/checkout-forms") == big
        with pytest.raises(ApiError):
            http.get("/order/events")  # an error's body is read whole too
    assert len({seen.port for seen in allegro_server.seen}) == 1


@pytest.mark.parametrize(
    "reply", [Reply(503, errors("SERVICE_UNAVAILABLE")), Reply(raw=b"<html>ok?</html>")]
)
def test_post_with_5xx_or_unreadable_body_is_outcome_unknown(
    allegro_server: ScriptedServer, fake_time: FakeTime, reply: Reply
) -> None:
    allegro_server.on("POST", "/payments/refunds", reply)
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(OutcomeUnknown):
        http.request("POST", "/payments/refunds", body={})
    assert len(allegro_server.seen) == 1


def test_post_times_out_as_outcome_unknown(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("PUT", "/order/checkout-forms/x/fulfillment", Reply(204, delay=1.0))
    http, _ = make_http(allegro_server, fake_time)
    http._timeout = 0.2
    with pytest.raises(OutcomeUnknown):
        http.request("PUT", "/order/checkout-forms/x/fulfillment", body={"status": "SENT"})


def test_post_to_a_closed_port_is_a_network_error_not_unknown(fake_time: FakeTime) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = AllegroEnvironment.custom(f"http://127.0.0.1:{port}")
    store = MemoryTokenStore(OAuthTokens(ACCESS, REFRESH, fake_time.now() + timedelta(hours=1)))
    auth = AllegroAuth(env, "id", "secret", store, now=fake_time.now)
    http = AllegroHttp(env, auth, sleep=fake_time.sleep, clock=fake_time.monotonic)
    with pytest.raises(NetworkError) as caught:
        http.request("POST", "/payments/refunds", body={})
    assert not isinstance(caught.value, OutcomeUnknown)


def test_429_waits_retry_after_then_resumes(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on(
        "POST",
        "/payments/refunds",
        Reply(429, headers={"Retry-After": "7"}),
        Reply(429),
        Reply(body={"id": "r1"}),
    )
    http, _ = make_http(allegro_server, fake_time)
    assert http.request("POST", "/payments/refunds", body={}) == {"id": "r1"}
    # Retry-After, then (none given) the backoff of a second 429 in a row, never a minute
    assert fake_time.sleeps == [7.0, 2.0]


def test_endless_429_gives_up_with_rate_limited(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/events", Reply(429, headers={"Retry-After": "2"}))
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(RateLimited) as caught:
        http.get("/order/events")
    assert caught.value.retry_after == 2.0
    assert len(allegro_server.seen) == 7  # six waits, never a burst
    assert fake_time.sleeps == [2.0] * 6


def test_message_429_defers_the_message_instead_of_stalling_the_round(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    # The per-user message limit answers 429 with a minute's Retry-After: the round must not
    # sleep that minute (refunds wait behind it); the notice is sent in a later round.
    allegro_server.on(
        "POST", "/messaging/messages", Reply(429, headers={"Retry-After": "60"}), Reply(body={})
    )
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(RateLimited) as caught:
        http.request("POST", "/messaging/messages", body={"text": "hi"})
    assert caught.value.retry_after == 60.0
    assert len(allegro_server.seen) == 1
    assert all(s < 2.0 for s in fake_time.sleeps), fake_time.sleeps


def test_shops_messages_share_one_pace_across_clients() -> None:
    env = AllegroEnvironment.custom("http://127.0.0.1:9", name="pace")
    first = messaging_limiter_for(env, "client", "db/1")
    assert messaging_limiter_for(env, "client", "db/1") is first
    assert messaging_limiter_for(env, "client", "db/2") is not first


@pytest.mark.parametrize(
    ("status", "body", "error_type"),
    [
        (
            422,
            errors("VALIDATION_ERROR", "ilość przekroczona, dostępna: 0", "lineItems"),
            ValidationRefused,
        ),
        (
            400,
            errors("COD_MARKETPLACE_NOT_SUPPORTED", "POD refunds are not supported"),
            CashOnDeliveryNotRefundable,
        ),
        (404, errors("NOT_FOUND", "Nie znaleziono"), NotFound),
        (409, errors("CONFLICT", "Revision outdated"), Conflict),
        (403, [{"code": "AUTHENTICATION_ERROR", "userMessage": "Brak dostępu"}], ApiError),
    ],
)
def test_error_bodies_become_typed_errors(
    allegro_server: ScriptedServer,
    fake_time: FakeTime,
    status: int,
    body: object,
    error_type: type[ApiError],
) -> None:
    allegro_server.on("POST", "/payments/refunds", Reply(status, body))
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(error_type) as caught:
        http.request("POST", "/payments/refunds", body={})
    error = caught.value
    assert type(error) is error_type
    assert error.status == status
    assert error.trace_id == "trace-1"
    assert error.errors[0].user_message
    if status == 422:
        assert error.errors[0].path == "lineItems"
        assert "dostępna: 0" in error.user_text
    assert len(allegro_server.seen) == 1


def test_401_refreshes_once_and_retries_with_the_new_token(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on(
        "GET",
        "/order/events",
        Reply(401, {"error": "invalid_token", "error_description": "expired"}),
        Reply(body={"events": []}),
    )
    allegro_server.on(
        "POST",
        "/auth/oauth/token",
        Reply(body={"access_token": NEW_ACCESS, "refresh_token": NEW_REFRESH, "expires_in": 43199}),
    )
    http, store = make_http(allegro_server, fake_time)

    assert http.get("/order/events") == {"events": []}
    first, refresh, second = allegro_server.seen
    assert first.headers["authorization"] == f"Bearer {ACCESS}"
    assert refresh.form() == {"grant_type": "refresh_token", "refresh_token": REFRESH}
    assert second.headers["authorization"] == f"Bearer {NEW_ACCESS}"
    stored = store.load()
    assert stored is not None and stored.refresh_token == NEW_REFRESH


def test_401_after_a_refused_refresh_is_reconnect_needed(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("GET", "/order/events", Reply(401, {"error": "invalid_token"}))
    allegro_server.on("POST", "/auth/oauth/token", Reply(400, {"error": "invalid_grant"}))
    http, _ = make_http(allegro_server, fake_time)
    with pytest.raises(ReconnectNeeded):
        http.get("/order/events")
    # A state, not a loop: the next call fails at once, without trying the dead token again.
    with pytest.raises(ReconnectNeeded):
        http.get("/order/events")
    assert len(allegro_server.requests_to("POST", "/auth/oauth/token")) == 1


def test_attempt_listener_sees_every_attempt(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    attempts: list[HttpAttempt] = []
    allegro_server.on(
        "POST", "/payments/refunds", Reply(429, headers={"Retry-After": "1"}), Reply(body={})
    )
    http, _ = make_http(allegro_server, fake_time, attempts)
    http.request("POST", "/payments/refunds", body={}, command_id="cmd-9")
    assert [(a.method, a.path, a.status, a.command_id) for a in attempts] == [
        ("POST", "/payments/refunds", 429, "cmd-9"),
        ("POST", "/payments/refunds", 200, "cmd-9"),
    ]
    assert attempts[0].trace_id == "trace-1" and attempts[1].trace_id == "trace-2"
    assert attempts[0].started_at.tzinfo is not None


def test_tokens_never_reach_the_log(
    allegro_server: ScriptedServer, fake_time: FakeTime, caplog: pytest.LogCaptureFixture
) -> None:
    allegro_server.on(
        "GET",
        "/order/events",
        Reply(401, {"error": "invalid_token"}),
        Reply(500, errors("X")),
        Reply(body={"events": []}),
    )
    allegro_server.on(
        "POST",
        "/auth/oauth/token",
        Reply(body={"access_token": NEW_ACCESS, "refresh_token": NEW_REFRESH, "expires_in": "60"}),
    )
    allegro_server.on("POST", "/payments/refunds", Reply(422, errors("VALIDATION_ERROR")))
    http, store = make_http(allegro_server, fake_time)
    with caplog.at_level(logging.DEBUG):
        http.get("/order/events")
        with pytest.raises(ValidationRefused):
            http.request("POST", "/payments/refunds", body={})
        logging.getLogger("refunddesk.allegro").info("stored: %r", store.load())
    assert caplog.records, "the flow should have logged something"
    for secret in (ACCESS, REFRESH, NEW_ACCESS, NEW_REFRESH, "client-secret"):
        assert secret not in caplog.text


def test_rate_limiter_spaces_requests_without_bursting() -> None:
    clock = FakeTime()
    limiter = RateLimiter(60, burst=1, clock=clock.monotonic, sleep=clock.sleep)
    waits = [limiter.acquire() for _ in range(4)]
    assert waits == [0.0, 1.0, 1.0, 1.0]
    clock.advance(10)
    assert limiter.acquire() == 0.0  # the bucket refilled while idle


def test_app_limiter_allows_a_burst_then_paces() -> None:
    clock = FakeTime()
    limiter = RateLimiter(9000, clock=clock.monotonic, sleep=clock.sleep)  # 150/s
    waits = [limiter.acquire() for _ in range(151)]
    assert waits[:150] == [0.0] * 150
    assert waits[150] == pytest.approx(1 / 150)


def test_messages_are_paced_one_per_second(
    allegro_server: ScriptedServer, fake_time: FakeTime
) -> None:
    allegro_server.on("POST", "/messaging/messages", Reply(201, {"id": "m", "status": "SENT"}))
    http, _ = make_http(allegro_server, fake_time)
    for _ in range(3):
        http.request("POST", "/messaging/messages", body={"text": "hi"})
    assert fake_time.sleeps == [1.0, 1.0]


def test_retry_after_as_http_date(allegro_server: ScriptedServer, fake_time: FakeTime) -> None:
    when = (fake_time.now() + timedelta(seconds=30)).astimezone(UTC)
    header = when.strftime("%a, %d %b %Y %H:%M:%S GMT")
    allegro_server.on(
        "GET", "/order/events", Reply(429, headers={"Retry-After": header}), Reply(body={})
    )
    http, _ = make_http(allegro_server, fake_time)
    http.get("/order/events")
    assert fake_time.sleeps == [30.0]
    assert isinstance(fake_time.now(), datetime)
