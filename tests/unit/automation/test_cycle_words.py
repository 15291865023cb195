"""What a round did and why it did nothing, in the merchant's language: messages, not English."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from refunddesk.automation.quarantine import problem_message
from refunddesk.automation.sync import SyncReport
from refunddesk.automation.worker import CycleReport, ShopCycle
from refunddesk.domain.messages import Message, details, msg, render
from refunddesk.marketplace.base import UnreadableOrder

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
LANGUAGES = ("en", "pl", "zh_CN")


def _busy_round() -> CycleReport:
    sync = SyncReport(events_read=7, returns_saved=2, returns_changed=1)
    sync.changed_orders = {"a", "b", "c"}
    shop = ShopCycle(1, "Sklep Ani", synced=sync.summary_message())
    shop.decided = {"HELD": 1, "SHADOW": 2}
    shop.executed = {"submitted": 3}
    shop.problems = [msg("problem.bug"), msg("problem.bug")]
    return CycleReport(started_at=NOW, shops=[shop])


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_round_summary_names_states_in_the_merchants_words(language: str) -> None:
    line = _busy_round().summary(language)
    state = render(msg("state.HELD"), language)  # the words the Refunds screen uses
    submitted = render(msg("state.SUBMITTED"), language)
    assert line.startswith("Sklep Ani")
    assert state in line and submitted in line
    assert "HELD" not in line and "submitted" not in line  # no raw state codes
    for number in ("7", "3", "2", "1"):
        assert number in line
    if language != "en":
        english = _busy_round().summary("en")
        assert line != english
        for word in ("events", "orders saved", "problems", "held for approval", "nothing new"):
            assert word not in line


@pytest.mark.parametrize(
    "reason", ["cycle.refused", "cycle.busy", "cycle.storage", "cycle.stopped"]
)
def test_why_a_round_did_nothing_is_worded_per_language(reason: str) -> None:
    report = CycleReport(started_at=NOW, skipped_reason=msg(reason))
    lines = {language: report.summary(language) for language in LANGUAGES}
    assert len(set(lines.values())) == 3, lines  # three languages, three sentences
    assert all(line and reason not in line for line in lines.values())


def test_who_holds_automation_is_named_in_every_language() -> None:
    report = CycleReport(started_at=NOW, skipped_reason=msg("cycle.blocked", holder="kasa-2"))
    for language in LANGUAGES:
        assert "kasa-2" in report.summary(language)


def test_an_order_set_aside_is_a_message_whose_technical_reason_is_a_detail() -> None:
    problem = UnreadableOrder(
        "order-9", "not a finite number (inf)", field_path="lineItems[0].quantity"
    )
    said = problem_message(problem)
    assert isinstance(said, Message) and said.code == "quarantine.order"
    polish = render(said, "pl")
    assert "order-9" in polish and "Allegro" in polish
    assert "not a finite number" not in polish  # English from our reader: details only
    more = " ".join(details(said, "pl"))
    assert "not a finite number (inf)" in more and "lineItems[0].quantity" in more
    assert render(said, "zh_CN") != render(said, "en") != polish
