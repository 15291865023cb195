"""send_pending_notices over Allegro messages: once per refund, only after success, never twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from refunddesk.domain.messages import details, from_text, render_text
from refunddesk.marketplace.base import (
    ApiErrorDetail,
    NetworkError,
    OutcomeUnknown,
    RateLimited,
    ValidationRefused,
)
from refunddesk.notify import service
from refunddesk.notify.records import allow_resend, notices_for_intent
from refunddesk.notify.service import send_pending_notices
from refunddesk.store.database import Database
from refunddesk.store.models import Notification, OrderEvent
from tests.unit.notify.builders import (
    NOW,
    FakeMessaging,
    add_refund,
    add_shop,
    new_database,
    notices,
)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def shop(db: Database) -> int:
    return add_shop(db)


def test_a_confirmed_refund_gets_one_message_in_the_buyers_language(
    db: Database, shop: int
) -> None:
    intent = add_refund(db, shop, login="anna_k", language="pl-PL")
    market = FakeMessaging()

    report = send_pending_notices(db, shop, market, NOW)

    assert report.sent == 1 and report.failed == 0
    [(login, order_id, text)] = market.sent
    assert login == "anna_k" and order_id.startswith("0c6f6e1a")
    assert "zostało anulowane, dlatego zwróciliśmy 159,98\u00a0zł" in text
    assert "- Herbata zielona Sencha 100 g (2 szt.): 39,98\u00a0zł" in text
    assert "- Czajniczek żeliwny 0,8 l (1 szt.): 110,00\u00a0zł" in text  # quantity from the order
    assert "Zwróciliśmy również koszt dostawy." in text
    assert text.rstrip().endswith("Herbaciarnia Lipowa")  # the shop's name signs it
    [row] = notices(db, intent)
    assert (row.channel, row.status, row.external_id) == ("allegro_message", "sent", "msg-1")
    assert row.platform_status == "VERIFYING"  # moderation may still hold it
    assert row.recipient == "anna_k" and row.language == "pl" and row.sent_at == NOW
    assert row.body.rstrip("\n") == text
    with db.sessions() as s:
        [event] = s.scalars(select(OrderEvent).where(OrderEvent.source == "notice")).all()
    assert event.type == "NOTICE_SENT"
    # Stored as a message: worded in the merchant's language when shown.
    assert render_text(event.detail, "en") == "Allegro message to anna_k (VERIFYING)"
    assert render_text(event.detail, "pl") == "Wiadomość Allegro do anna_k (VERIFYING)"


def test_running_twice_sends_nothing_more(db: Database, shop: int) -> None:
    add_refund(db, shop, login="a")
    add_refund(db, shop, login="b", language="zh-CN")
    market = FakeMessaging()

    first = send_pending_notices(db, shop, market, NOW)
    second = send_pending_notices(db, shop, market, NOW + timedelta(minutes=1))

    assert first.sent == 2 and second.sent == 0 and not second.outcomes
    assert sorted(who for who, _, _ in market.sent) == ["a", "b"]
    assert "原路退回" in market.texts_to("b")[0]


def test_only_succeeded_refunds_with_a_template_are_announced(db: Database, shop: int) -> None:
    for state in ("PLANNED", "SUBMITTED", "UNCONFIRMED", "FAILED", "HELD", "SHADOW"):
        add_refund(db, shop, login=f"buyer_{state}", state=state)
    add_refund(db, shop, login="no_template", template="")
    market = FakeMessaging()

    report = send_pending_notices(db, shop, market, NOW)

    assert report.outcomes == [] and market.sent == [] and notices(db) == []


def test_refunds_confirmed_long_ago_get_no_new_notice(db: Database, shop: int) -> None:
    add_refund(db, shop, login="old", finished_at=NOW - timedelta(days=30))
    market = FakeMessaging()
    assert send_pending_notices(db, shop, market, NOW).sent == 0
    assert market.sent == []


def test_other_shops_refunds_are_left_alone(db: Database, shop: int) -> None:
    other = add_shop(db, "Inny sklep")
    add_refund(db, other, login="theirs")
    assert send_pending_notices(db, shop, FakeMessaging(), NOW).sent == 0


def test_a_pending_row_left_by_a_crash_is_never_resent_and_later_marked_unknown(
    db: Database, shop: int
) -> None:
    intent = add_refund(db, shop, login="crash")
    with db.transaction() as s:
        s.add(
            Notification(
                intent_id=intent,
                channel="allegro_message",
                recipient="crash",
                subject="",
                body="…",
                status="pending",
                created_at=NOW,
            )
        )
    market = FakeMessaging()

    soon = send_pending_notices(db, shop, market, NOW + timedelta(minutes=1))
    assert soon.sent == 0 and soon.stale == 0
    assert [r.status for r in notices(db, intent)] == ["pending"]  # another worker may own it

    later = send_pending_notices(db, shop, market, NOW + timedelta(minutes=10))
    assert later.stale == 1 and market.sent == []
    [row] = notices(db, intent)
    assert row.status == "unknown"
    assert "check whether the buyer got it" in render_text(row.error, "en")
    assert "sprawdź, czy kupujący je dostał" in render_text(row.error, "pl")


def test_a_failing_buyer_is_recorded_and_the_next_buyer_still_gets_theirs(
    db: Database, shop: int
) -> None:
    refused = ValidationRefused(
        422, [ApiErrorDetail("VALIDATION_ERROR", user_message="Nie można wysłać wiadomości.")]
    )
    bad = add_refund(db, shop, login="refused_buyer")
    unsure = add_refund(db, shop, login="timeout_buyer")
    good = add_refund(db, shop, login="happy_buyer")
    market = FakeMessaging(
        failures={
            "refused_buyer": refused,
            "timeout_buyer": OutcomeUnknown("read timed out after sending"),
        }
    )

    report = send_pending_notices(db, shop, market, NOW)

    assert (report.sent, report.failed, report.unknown) == (1, 1, 1)
    assert [who for who, _, _ in market.sent] == ["happy_buyer"]
    [failed] = notices(db, bad)
    assert failed.status == "failed"
    # Worded from Allegro's error code in the merchant's language; Allegro's own (Polish)
    # words are a detail, not the sentence.
    english = render_text(failed.error, "en")
    assert english == "Allegro refused the request as invalid."
    assert render_text(failed.error, "zh_CN") != english
    said = details(from_text(failed.error), "en")
    assert any("Nie można wysłać wiadomości." in line for line in said)
    [maybe] = notices(db, unsure)
    assert maybe.status == "unknown"  # it may have gone out: never sent again on its own
    assert notices(db, good)[0].status == "sent"

    market.failures.clear()
    assert send_pending_notices(db, shop, market, NOW).outcomes == []
    # The merchant checked and allows a resend of the failed one: it goes out once more.
    assert allow_resend(db, failed.id)
    again = send_pending_notices(db, shop, market, NOW)
    assert again.sent == 1 and market.texts_to("refused_buyer")


def test_rate_limit_or_no_network_defers_without_a_row_and_pauses_the_channel(
    db: Database, shop: int
) -> None:
    add_refund(db, shop, login="first")
    add_refund(db, shop, login="second")
    market = FakeMessaging(failures={"first": RateLimited(retry_after=5)})

    report = send_pending_notices(db, shop, market, NOW)

    assert report.deferred == 1 and report.sent == 0 and market.sent == []
    assert notices(db) == []  # nothing was sent, so nothing is claimed
    assert report.problems and "slow down" in report.problems[0]

    market.failures = {"first": NetworkError("connection refused")}
    assert send_pending_notices(db, shop, market, NOW).sent == 0 and notices(db) == []

    market.failures.clear()
    assert send_pending_notices(db, shop, market, NOW).sent == 2


def test_a_message_blocked_by_moderation_is_failed(db: Database, shop: int) -> None:
    intent = add_refund(db, shop, login="blocked")
    report = send_pending_notices(db, shop, FakeMessaging(status="BLOCKED"), NOW)
    assert report.failed == 1
    [row] = notices(db, intent)
    assert row.status == "failed" and "moderation blocked" in render_text(row.error, "en")


def test_a_broken_template_fails_once_with_its_reason(db: Database, shop: int) -> None:
    intent = add_refund(db, shop, login="x", template="refund_missing")
    market = FakeMessaging()
    report = send_pending_notices(db, shop, market, NOW)
    [row] = notices(db, intent)
    assert report.failed == 1 and market.sent == []
    assert row.status == "failed" and "no message template called 'refund_missing'" in render_text(
        row.error, "en"
    )
    assert send_pending_notices(db, shop, market, NOW).outcomes == []


def test_buyer_without_a_synced_order_is_written_to_by_login_in_polish(
    db: Database, shop: int
) -> None:
    add_refund(db, shop, login="ghost", with_order=False)
    market = FakeMessaging()
    send_pending_notices(db, shop, market, NOW)
    [text] = market.texts_to("ghost")
    assert "Dzień dobry" in text and "159,98\u00a0zł" in text


def test_without_a_marketplace_nothing_is_claimed(db: Database, shop: int) -> None:
    add_refund(db, shop)
    assert send_pending_notices(db, shop, None, NOW).outcomes == []
    assert notices(db) == []


def test_notices_for_intent_reads_rows_back_as_plain_values(db: Database, shop: int) -> None:
    intent = add_refund(db, shop, login="viewer", language="de-DE")
    send_pending_notices(db, shop, FakeMessaging(), NOW)
    [view] = notices_for_intent(db, intent)
    assert view.status == "sent" and view.language == "de"
    assert view.subject.startswith("Rückerstattung für Ihre stornierte Bestellung 0c6f6e1a")
    assert view.body.startswith("Hallo Anna,\n\nIhre Bestellung")


def test_a_notice_another_worker_claimed_meanwhile_is_skipped(
    db: Database, shop: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    intent = add_refund(db, shop, login="contested")
    real_find_jobs = service._find_jobs

    def find_then_lose_the_race(*args: Any, **kwargs: Any) -> Any:
        jobs = real_find_jobs(*args, **kwargs)
        # Another worker claims the same refund between our read and our claim.
        with db.transaction() as s:
            s.add(
                Notification(
                    intent_id=intent,
                    channel="allegro_message",
                    recipient="contested",
                    body="theirs",
                    status="pending",
                    created_at=NOW,
                )
            )
        return jobs

    monkeypatch.setattr(service, "_find_jobs", find_then_lose_the_race)
    market = FakeMessaging()

    report = send_pending_notices(db, shop, market, NOW)

    assert market.sent == [] and report.outcomes == []
    [row] = notices(db, intent)
    assert row.body == "theirs" and row.status == "pending"
