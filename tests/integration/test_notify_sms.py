"""Buyer notices by SMS through smsapi-client, against a loopback fake of SMSAPI's endpoint."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from refunddesk.domain.messages import render_text
from refunddesk.infra.secrets import Secrets, sms_token_key
from refunddesk.notify import service
from refunddesk.notify.records import allow_resend, mark_stale_pending
from refunddesk.notify.service import send_pending_notices
from refunddesk.notify.sms import SmsConfig, save_sms_config
from refunddesk.queries.notices import notice_problems
from refunddesk.store.database import Database
from refunddesk.store.models import Notification, OrderEvent
from tests.support.smsapi import TOKEN, FakeSmsApi
from tests.unit.notify.builders import NOW, add_refund, add_shop, new_database, notices


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def shop(db: Database, smsapi: FakeSmsApi, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(service, "SMS_RETRY_PAUSE_S", 0.01)
    shop_id = add_shop(db)
    with db.transaction() as s:
        save_sms_config(s, SmsConfig(enabled=True, sender="Lipowa", base_url=smsapi.url))
    Secrets().set(sms_token_key(), TOKEN)
    return shop_id


def _sms(db: Database) -> list[Notification]:
    return [n for n in notices(db) if n.channel == "sms"]


def test_one_sms_after_success_in_e164_with_the_amount(
    db: Database, shop: int, smsapi: FakeSmsApi
) -> None:
    intent = add_refund(db, shop, phone="600 700 800", email="")

    first = send_pending_notices(db, shop, None, NOW)
    second = send_pending_notices(db, shop, None, NOW + timedelta(minutes=1))

    [sms] = smsapi.sent
    assert sms.to == "48600700800"
    assert sms.sender == "Lipowa"
    assert "159,98 zl" in sms.message and "zwrocilismy" in sms.message  # diacritics normalised
    assert smsapi.problems == []
    assert first.sent == 1 and second.sent == 0
    [row] = _sms(db)
    assert (row.intent_id, row.status, row.recipient) == (intent, "sent", "+48600700800")
    assert row.external_id == sms.id and row.platform_status == "QUEUE"


@pytest.mark.parametrize("state", ["HELD", "SHADOW", "FAILED", "SUBMITTED", "DISMISSED"])
def test_no_sms_for_refunds_that_did_not_succeed(
    db: Database, shop: int, smsapi: FakeSmsApi, state: str
) -> None:
    add_refund(db, shop, phone="600700800", state=state)

    send_pending_notices(db, shop, None, NOW)

    assert smsapi.sent == [] and _sms(db) == []


def test_a_refund_confirmed_before_the_worker_died_gets_one_sms_after_restart(
    db: Database, shop: int, smsapi: FakeSmsApi, tmp_path: Path
) -> None:
    add_refund(db, shop, phone="600700800")
    # The worker died right after SUCCEEDED was committed: nothing was sent, nothing claimed.
    db.dispose()
    restarted = new_database(tmp_path)
    try:
        send_pending_notices(restarted, shop, None, NOW)
        send_pending_notices(restarted, shop, None, NOW + timedelta(minutes=10))
    finally:
        restarted.dispose()
    assert len(smsapi.sent) == 1


def test_a_worker_killed_mid_send_never_sends_a_second_sms_on_its_own(
    db: Database, shop: int, smsapi: FakeSmsApi
) -> None:
    intent = add_refund(db, shop, phone="600700800")
    with db.transaction() as s:  # the claim a killed worker left behind
        s.add(
            Notification(
                intent_id=intent,
                channel="sms",
                recipient="+48600700800",
                body="",
                status="pending",
                created_at=NOW,
            )
        )

    assert mark_stale_pending(db, shop, NOW + timedelta(minutes=10)) == 1
    send_pending_notices(db, shop, None, NOW + timedelta(minutes=10))

    assert smsapi.sent == []
    assert [n.status for n in _sms(db)] == ["unknown"]


def test_gateway_errors_are_retried_with_the_same_idx_then_shown_as_failed(
    db: Database, shop: int, smsapi: FakeSmsApi
) -> None:
    intent = add_refund(db, shop, phone="600700800")
    smsapi.fail_next = [503, 503, 503]

    report = send_pending_notices(db, shop, None, NOW)

    assert smsapi.sent == [] and report.failed == 1
    [row] = _sms(db)
    assert row.status == "failed" and "HTTP 503" in render_text(row.error, "en")
    with db.sessions() as s:
        types = [e.type for e in s.query(OrderEvent).filter(OrderEvent.source == "notice")]
    assert types == ["NOTICE_FAILED"]
    # Review lists it (what the screen and `refunddesk notices` read), the number masked.
    [problem] = notice_problems(db)
    assert (problem.id, problem.channel, problem.status) == (row.id, "sms", "failed")
    assert "HTTP 503" in render_text(problem.error, "en") and "600700800" not in problem.recipient

    # A person allows it again: the next pass sends it, once.
    assert allow_resend(db, row.id)
    send_pending_notices(db, shop, None, NOW + timedelta(minutes=1))
    assert len(smsapi.sent) == 1 and [
        n.status for n in notices(db, intent) if n.channel == "sms"
    ] == ["sent"]


def test_a_passing_503_is_retried_and_the_sms_goes_once(
    db: Database, shop: int, smsapi: FakeSmsApi
) -> None:
    add_refund(db, shop, phone="600700800")
    smsapi.fail_next = [503]

    report = send_pending_notices(db, shop, None, NOW)

    assert report.sent == 1 and len(smsapi.sent) == 1


def test_a_refused_token_is_a_plain_failure(db: Database, shop: int, smsapi: FakeSmsApi) -> None:
    add_refund(db, shop, phone="600700800")
    Secrets().set(sms_token_key(), "revoked")

    send_pending_notices(db, shop, None, NOW)

    [row] = _sms(db)
    assert row.status == "failed" and "token" in render_text(row.error, "en")


@pytest.mark.parametrize(
    ("phone", "reason", "polish"),
    [
        ("", "no phone number", "nie ma numeru telefonu"),
        ("12", "not a valid phone number", "nie jest prawidłowym numerem"),
        ("22 555 12 34", "not a mobile number", "nie jest numerem komórkowym"),  # a landline
        ("brak", "not a phone number", "nie jest numerem telefonu"),
    ],
)
def test_an_unusable_number_is_skipped_with_a_reason(
    db: Database, shop: int, smsapi: FakeSmsApi, phone: str, reason: str, polish: str
) -> None:
    add_refund(db, shop, phone=phone)

    send_pending_notices(db, shop, None, NOW)
    send_pending_notices(db, shop, None, NOW + timedelta(minutes=1))

    assert smsapi.sent == []
    [row] = _sms(db)
    assert row.status == "skipped" and reason in render_text(row.error, "en")
    assert polish in render_text(row.error, "pl")  # worded in the merchant's language
    with db.sessions() as s:
        [event] = s.query(OrderEvent).filter(OrderEvent.source == "notice").all()
    assert event.type == "NOTICE_SKIPPED" and reason in render_text(event.detail, "en")


def test_a_czech_order_reads_its_number_in_czech(
    db: Database, shop: int, smsapi: FakeSmsApi
) -> None:
    add_refund(db, shop, phone="601 123 456", marketplace="allegro-cz", language="cs-CZ")

    send_pending_notices(db, shop, None, NOW)

    [sms] = smsapi.sent
    assert sms.to == "420601123456" and "vratili jsme 159,98 PLN za objednavku" in sms.message


def test_a_shop_with_sms_off_sends_none(db: Database, shop: int, smsapi: FakeSmsApi) -> None:
    add_refund(db, shop, phone="600700800")
    with db.transaction() as s:
        save_sms_config(s, SmsConfig(enabled=True, base_url=smsapi.url, shops_off=(shop,)))

    send_pending_notices(db, shop, None, NOW)

    assert smsapi.sent == []


def test_delivery_reports_are_followed_to_the_end(
    db: Database, shop: int, smsapi: FakeSmsApi
) -> None:
    from refunddesk.notify.follow import follow_notices
    from refunddesk.notify.sms import SmsGateway

    add_refund(db, shop, phone="600700800")
    add_refund(db, shop, phone="600700801")
    send_pending_notices(db, shop, None, NOW)
    gateway = SmsGateway(TOKEN, smsapi.url)
    first, second = smsapi.sent

    assert follow_notices(db, shop, NOW, sms=gateway) == 0  # both still queued
    smsapi.deliver(first.id, "DELIVERED")
    smsapi.deliver(second.id, "UNDELIVERED")
    assert follow_notices(db, shop, NOW, sms=gateway) == 2

    rows = {n.external_id: n for n in _sms(db)}
    assert (rows[first.id].status, rows[first.id].platform_status) == ("sent", "DELIVERED")
    assert rows[second.id].status == "failed"
    assert "not delivered" in render_text(rows[second.id].error, "en")
