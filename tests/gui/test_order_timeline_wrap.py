"""The order timeline's details wrap to their column: a no-refund reason is read in full."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtWidgets import QApplication

from refunddesk.domain.messages import msg, to_text
from refunddesk.gui.widgets.order_timeline import OrderTimeline
from refunddesk.queries.orders import TimelineEntry

WHEN = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_a_long_reason_wraps_and_rows_are_measured_again_when_the_column_widens(
    qapp: QApplication,
) -> None:
    missed = msg("no_refund.rule_missed", rule="Small cancellations", why="a long reason " * 6)
    reason = msg("no_refund.conditions_not_met", misses=(missed,))
    timeline = OrderTimeline()
    timeline.resize(520, 300)
    timeline.show()
    timeline.set_entries(
        [
            TimelineEntry(WHEN, "allegro", "BOUGHT", "short"),
            TimelineEntry(WHEN, "refund", "DECISION_NO_ACTION", to_text(reason)),
        ]
    )
    qapp.processEvents()
    short, long = (timeline.topLevelItem(i) for i in range(2))
    assert short is not None and long is not None
    one_line = timeline.visualItemRect(short).height()
    narrow = timeline.visualItemRect(long).height()
    assert narrow > 2 * one_line  # wrapped, not cut at the edge

    timeline.resize(2400, 300)
    qapp.processEvents()
    timeline.doItemsLayout()  # what the delayed layout does on the next paint
    assert timeline.visualItemRect(long).height() < narrow
    timeline.close()
    timeline.deleteLater()


def test_a_return_line_says_return_once(qapp: QApplication) -> None:
    timeline = OrderTimeline()
    timeline.set_entries(
        [
            TimelineEntry(WHEN, "return", "RETURN_DELIVERED", "return 0001/Z78A"),
            TimelineEntry(WHEN, "refund", "DECISION_REFUND", ""),
        ]
    )
    returned, decided = timeline.texts()
    assert returned == "Return: Delivered to you"  # was "Return: Return: Delivered to you"
    assert decided.startswith("Refund: ")  # other sources keep their name in front
    timeline.deleteLater()


def test_chinese_lines_use_the_full_width_colon(qapp: QApplication, app_language: Any) -> None:
    assert app_language.set_language("zh_CN") == "zh_CN"
    timeline = OrderTimeline()
    timeline.set_entries([TimelineEntry(WHEN, "refund", "DECISION_REFUND", "")])
    (decided,) = timeline.texts()
    assert "：" in decided and ": " not in decided, decided
    timeline.deleteLater()
