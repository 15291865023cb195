"""Core messages: one catalogue per language, the same codes and values, stored as JSON."""

from __future__ import annotations

import json
import re
from datetime import timedelta
from pathlib import Path

from refunddesk.domain.cases import Trigger
from refunddesk.domain.conditions import Conditions
from refunddesk.domain.decisions import evaluate
from refunddesk.domain.message_texts import CATALOGUES
from refunddesk.domain.messages import (
    Message,
    details,
    from_stored,
    from_text,
    msg,
    placeholders,
    render,
    render_all,
    to_stored,
    to_text,
)
from refunddesk.domain.orders import OrderStatus
from refunddesk.domain.rules import Mode, Rule
from refunddesk.marketplace.base import ApiError, ApiErrorDetail, ServerError
from refunddesk.marketplace.error_words import error_message

from .factories import NOW, case, line, order, pln

PACKAGE = Path(__file__).resolve().parents[3] / "refunddesk"


def test_every_code_is_worded_in_every_language_with_the_same_values() -> None:
    english = CATALOGUES["en"]
    for language in ("pl", "zh_CN"):
        texts = CATALOGUES[language]
        assert set(texts) == set(english), language
        for code, template in texts.items():
            assert placeholders(template) == placeholders(english[code]), (language, code)
            if not isinstance(template, str):
                assert "other" in template, (language, code)
                if language == "pl":  # Polish needs its few and many forms, not only "other"
                    assert {"one", "few", "many"} <= set(template), code


def test_every_code_the_core_writes_is_in_the_catalogue() -> None:
    written = {
        code
        for path in PACKAGE.rglob("*.py")
        for code in re.findall(r'msg\(\s*"([a-z_]+\.[a-z_]+)"', path.read_text("utf-8"))
    }
    assert written, "no msg(...) call found: the pattern no longer matches the code"
    assert written - set(CATALOGUES["en"]) == set()


def _decide(language: str) -> list[str]:
    """A real decision: a rule skipped by its total, then one holding a refund above its cap."""
    rules = [
        Rule(
            "r1",
            "Small orders",
            Trigger.BUYER_CANCELLED,
            conditions=Conditions(total_under=pln("100.00")),
            mode=Mode.ARMED,
        ),
        Rule(
            "r2",
            "Cancellations",
            Trigger.BUYER_CANCELLED,
            caps=(pln("500.00"),),
            mode=Mode.ARMED,
        ),
    ]
    the_order = order(line("L1", "1234.56"), status=OrderStatus.CANCELLED)
    decision = evaluate(rules, case(the_order=the_order), NOW)
    return render_all(decision.trace, language)


def test_a_real_decision_reads_in_polish_and_chinese() -> None:
    polish = _decide("pl")
    assert polish[0] == (
        "Reguła 1 „Small orders” pominięta: wartość zamówienia 1\u00a0234,56\u00a0zł "
        "nie jest mniejsza niż 100,00\u00a0zł"
    )
    assert polish[1] == "Reguła 2 „Cancellations” pasuje"
    assert polish[2] == "Czeka na akceptację: zwrot przekracza limit reguły."
    chinese = _decide("zh_CN")
    assert chinese[0].startswith("规则 1“Small orders”已跳过：订单总额 PLN")
    assert chinese[2] == "等待批准：退款金额超过规则上限。"
    assert _decide("en")[2] == "Held for approval: the refund is above the rule's cap."


def test_plural_forms_follow_each_language() -> None:
    def days(n: int, language: str) -> str:
        return render(msg("condition.bought_too_recently", n=n, limit=30), language)

    assert days(1, "en") == "bought 1 day ago, fewer than 30"
    assert days(3, "en") == "bought 3 days ago, fewer than 30"
    assert days(1, "pl") == "kupione 1 dzień temu, mniej niż 30"
    assert days(3, "pl") == "kupione 3 dni temu, mniej niż 30"
    assert render(msg("condition.buyer_orders", n=5, limit=9), "pl").startswith(
        "kupujący ma 5 zamówień"
    )
    assert render(msg("condition.buyer_orders", n=22, limit=30), "pl").startswith(
        "kupujący ma 22 zamówienia"
    )
    assert days(3, "zh_CN") == "购买于 3 天前，少于 30 天"


def test_messages_survive_the_database_and_old_english_rows_are_shown_as_they_are() -> None:
    said = msg(
        "note.less_left",
        left=pln("10.00"),
        planned=pln("25.00"),
    )
    nested = msg("trace.held", reasons=(msg("hold.OVER_CAP"), msg("hold.RULE_SAYS_REVIEW")))
    late = msg("skip.not_late_yet", late_from=NOW + timedelta(hours=2))
    for m in (said, nested, late):
        assert from_stored(json.loads(json.dumps(to_stored(m)))) == m
        assert from_text(to_text(m)) == m
    old = "Refunded 12.00 PLN (SUCCESS)."
    assert render(from_stored(old), "pl") == old
    assert render(from_text(old), "zh_CN") == old
    assert render(Message("a.code.from.a.newer.version"), "pl") == "a.code.from.a.newer.version"


def test_allegros_polish_words_and_trace_id_stay_in_the_details() -> None:
    exc = ServerError(
        503,
        [ApiErrorDetail("INTERNAL_SERVER_ERROR", "Injected fault", "Spróbuj ponownie później")],
        trace_id="abc123",
    )
    said = msg("note.unconfirmed", why=error_message(exc))
    english = render(said, "en")
    assert "Allegro had an internal error" in english
    assert "Spróbuj" not in english and "abc123" not in english
    assert "Spróbuj" not in render(said, "zh_CN") and "Allegro 发生内部错误" in render(
        said, "zh_CN"
    )
    assert details(said, "pl") == [
        "Słowa Allegro: Spróbuj ponownie później",
        "Kod błędu: INTERNAL_SERVER_ERROR",
        "Identyfikator śledzenia (dla pomocy Allegro): abc123",
    ]
    refused = error_message(ApiError(422, [ApiErrorDetail("X", "bad", "Zła kwota")]))
    assert render(refused, "en") == "Allegro refused the request."
