"""A notice a person allows to go again goes once, even for a refund older than the age limit."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from refunddesk.marketplace.base import ApiErrorDetail, ValidationRefused
from refunddesk.notify.records import allow_resend, resends_allowed
from refunddesk.notify.service import MAX_NOTICE_AGE, send_pending_notices
from tests.unit.notify.builders import (
    NOW,
    FakeMessaging,
    add_refund,
    add_shop,
    new_database,
    notices,
)


def test_a_resend_allowed_weeks_later_goes_out_once(tmp_path: Path) -> None:
    db = new_database(tmp_path)
    try:
        shop = add_shop(db)
        intent = add_refund(db, shop, login="buyer")
        refused = ValidationRefused(400, [ApiErrorDetail("X", "no", "no", "Odrzucono.")])
        market = FakeMessaging(failures={"buyer": refused})
        send_pending_notices(db, shop, market, NOW)
        [failed] = notices(db, intent)
        assert failed.status == "failed"

        # The merchant gets to it a month later, well past the age limit for new notices.
        later = NOW + MAX_NOTICE_AGE + timedelta(days=23)
        market.failures.clear()
        assert send_pending_notices(db, shop, market, later).outcomes == []
        assert allow_resend(db, failed.id)
        report = send_pending_notices(db, shop, market, later)
        assert report.sent == 1 and len(market.texts_to("buyer")) == 1
        assert resends_allowed(db) == set()
        # Once: the next passes leave it alone.
        assert send_pending_notices(db, shop, market, later).outcomes == []
        assert len(market.texts_to("buyer")) == 1
    finally:
        db.dispose()
