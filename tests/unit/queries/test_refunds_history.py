"""Refund history queries: filters, SQL sorting, paging without overlap, detail, CSV export."""

from __future__ import annotations

import csv
import time
from datetime import timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import insert

from refunddesk.domain.money import Money
from refunddesk.queries.refunds import (
    RefundFilter,
    RefundSort,
    SortColumn,
    count_refunds,
    refund_detail,
    refund_page,
)
from refunddesk.services.context import AppContext
from refunddesk.services.export import CsvStyle, export_refunds_csv
from refunddesk.store import models as m
from tests.support.refund_rows import HISTORY_START, add_shop, insert_intents, intent_row


def test_filters_narrow_the_history(app_context: AppContext) -> None:
    db = app_context.db
    shop = add_shop(db)
    other = add_shop(db, "Drugi sklep")
    rows = [intent_row(shop, n) for n in range(100)]
    rows += [
        intent_row(other, n, order_id=f"X-{n}", buyer_login="zofia_k") for n in range(100, 110)
    ]
    insert_intents(db, rows)
    assert count_refunds(db, RefundFilter()) == 110
    assert count_refunds(db, RefundFilter(states=("HELD",))) == 22  # n % 5 == 1
    assert count_refunds(db, RefundFilter(shop_id=other)) == 10
    assert count_refunds(db, RefundFilter(text="ZOFIA")) == 10  # case does not matter
    assert count_refunds(db, RefundFilter(text="order-000004")) == 10  # 40 … 49
    assert count_refunds(db, RefundFilter(text="%")) == 0  # a wildcard is just a character
    assert count_refunds(db, RefundFilter(trigger="NOT_SENT_IN_TIME")) == 37
    since = HISTORY_START + timedelta(minutes=10)
    until = HISTORY_START + timedelta(minutes=20)
    page = refund_page(db, RefundFilter(since=since, until=until), RefundSort(), 0, 50)
    assert [r.order_id for r in page] == [f"order-{n:07d}" for n in range(19, 9, -1)]


def test_sorting_by_amount_is_done_in_sql_and_pages_do_not_overlap(
    app_context: AppContext,
) -> None:
    db = app_context.db
    shop = add_shop(db)
    insert_intents(db, [intent_row(shop, n) for n in range(1000)])
    up = RefundSort(SortColumn.AMOUNT, descending=False)
    pages = [refund_page(db, RefundFilter(), up, start, 128) for start in range(0, 1000, 128)]
    amounts = [r.amount.minor for page in pages for r in page]
    assert len(amounts) == 1000
    assert amounts == sorted(amounts)
    assert len({r.id for page in pages for r in page}) == 1000
    top = refund_page(db, RefundFilter(), RefundSort(SortColumn.AMOUNT, True), 0, 1)[0]
    assert top.amount.minor == max(amounts)


def test_detail_has_breakdown_trace_attempts_and_person(app_context: AppContext) -> None:
    db = app_context.db
    shop = add_shop(db)
    plan = {
        "currency": "PLN",
        "lines": [
            {"line_item_id": "L1", "name": "Kubek", "value": {"amount": "39.99", "currency": "PLN"},
             "quantity": 1},
        ],
        "delivery": {"amount": "12.99", "currency": "PLN"},
        "notes": ["Capped at 50.00 PLN by the rule."],
    }  # fmt: skip
    insert_intents(db, [intent_row(shop, 1, plan=plan, trace=["Rule 1 matched.", "Held."])])
    with db.transaction() as s:
        intent_id = s.query(m.RefundIntent.id).scalar()
        s.execute(
            insert(m.RefundAttempt),
            [{"intent_id": intent_id, "method": "POST", "path": "/payments/refunds",
              "started_at": HISTORY_START, "http_status": 200, "trace_id": "trace-abc"}],
        )  # fmt: skip
        s.add(
            m.ReviewAction(
                intent_id=intent_id, action="dismiss", note="Paid by hand", at=HISTORY_START
            )
        )
    detail = refund_detail(db, intent_id)
    assert detail is not None
    assert [(b.name, b.value) for b in detail.breakdown] == [
        ("Kubek", Money(3999, "PLN")),
        ("", Money(1299, "PLN")),
    ]
    assert detail.notes == ("Capped at 50.00 PLN by the rule.",)
    assert detail.trace == ("Rule 1 matched.", "Held.")
    assert detail.attempts[0].trace_id == "trace-abc" and detail.attempts[0].http_status == 200
    assert detail.actions[0].note == "Paid by hand"
    assert refund_detail(db, intent_id + 1) is None


def test_export_writes_the_filtered_rows_with_exact_amounts(
    app_context: AppContext, tmp_path: Path
) -> None:
    db = app_context.db
    shop = add_shop(db)
    rows = [intent_row(shop, n) for n in range(50)]
    rows.append(intent_row(shop, 50, state="HELD", amount_minor=123456789, buyer_login="Łucja"))
    insert_intents(db, rows)
    out = tmp_path / "refunds.csv"
    written = export_refunds_csv(db, out, RefundFilter(states=("HELD",)), batch=4)
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with out.open(encoding="utf-8-sig", newline="") as f:
        got = list(csv.DictReader(f))
    assert written == len(got) == 11
    assert {r["status"] for r in got} == {"Held for you"}
    first = got[0]  # newest first
    assert (first["buyer"], first["amount"], first["currency"]) == ("Łucja", "1234567.89", "PLN")
    assert not list(tmp_path.glob("*.part"))


def test_a_polish_export_opens_in_polish_excel(
    app_context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Polish Excel splits columns at ";" and reads "1234567,89" as a number; times are the
    computer's local time as the screen shows them, the shop by its name, the mode in words."""
    monkeypatch.setenv("TZ", "Europe/Warsaw")
    time.tzset()
    try:
        db = app_context.db
        shop = add_shop(db, name="Sklep Ania")
        insert_intents(db, [intent_row(shop, 0, amount_minor=123456789, mode="shadow")])
        out = tmp_path / "zwroty.csv"
        export_refunds_csv(
            db, out, mode_words={"shadow": "Próbna"}, style=CsvStyle.for_language("pl")
        )
        with out.open(encoding="utf-8-sig", newline="") as f:
            [row] = list(csv.DictReader(f, delimiter=";"))
    finally:
        monkeypatch.undo()
        time.tzset()
    assert (row["amount"], row["currency"]) == ("1234567,89", "PLN")
    local = HISTORY_START.astimezone(ZoneInfo("Europe/Warsaw"))
    assert row["date"] == local.strftime("%Y-%m-%d %H:%M:%S")
    assert (row["shop"], row["mode"]) == ("Sklep Ania", "Próbna")
    assert CsvStyle.for_language("en") == CsvStyle.for_language("zh_CN") == CsvStyle(",", ".")
