"""A review action that cannot be done reads in the merchant's language; the CLI keeps English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from refunddesk.services import review
from refunddesk.services.context import AppContext
from tests.support.refund_rows import add_shop, insert_intents, intent_row

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def _refused(action: object) -> review.ReviewError:
    with pytest.raises(review.ReviewError) as info:
        action()  # type: ignore[operator]
    return info.value


def test_review_refusals_read_in_english_polish_and_chinese(app_context: AppContext) -> None:
    db = app_context.db
    shop_id = add_shop(db)
    insert_intents(
        db,
        [
            intent_row(shop_id, 1, state="SUCCEEDED"),
            intent_row(shop_id, 2, state="DISMISSED"),
        ],
    )
    refunded = _refused(lambda: review.approve(db, [1], now=NOW))
    assert str(refunded) == "refund 1 cannot be changed now: it has been refunded"
    assert refunded.text("pl") == "Zwrotu 1 nie można teraz zmienić: został już zwrócony."
    assert refunded.text("zh_CN") == "退款 1 现在无法更改：已经退款。"
    # A state without its own words is named as the screens name it.
    dismissed = _refused(lambda: review.retry(db, [2], now=NOW))
    assert str(dismissed) == "refund 2 cannot be changed now: it is dismissed"
    assert dismissed.text("pl") == "Zwrotu 2 nie można teraz zmienić: jego stan to: odrzucony."
    missing = _refused(lambda: review.approve(db, [99], now=NOW))
    assert missing.text("pl") == "Nie ma zwrotu numer 99."
    no_note = _refused(lambda: review.dismiss(db, [1], now=NOW, note=" "))
    assert no_note.text("zh_CN") == "请简单说明驳回的原因（会与退款一起保存）。"
