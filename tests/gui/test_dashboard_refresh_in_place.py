"""The dashboard refreshes after every worker cycle while refunds go out: its last actions and
its chart change in place (new texts, new bar heights) rather than being built anew, which
held the window's thread ~35 ms a refresh. What they show must follow the data all the same."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

from PySide6.QtCharts import QBarSeries, QCategoryAxis, QChartView, QValueAxis
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from refunddesk.domain.money import Money
from refunddesk.gui.screens.dashboard import DashboardScreen
from refunddesk.gui.services import GuiServices
from refunddesk.queries import dashboard as q

WAIT = 15_000


def _board(feed: int, counts: list[int], first_day: date) -> q.Dashboard:
    now = datetime.now(UTC)
    items = tuple(
        q.FeedItem(
            now - timedelta(days=2, minutes=i),
            f"order-{i:04d}-0000-0000",
            "refund",
            "REFUND_SUCCEEDED",
            "",
            Money(1_000 + i, "PLN"),
        )
        for i in range(feed)
    )
    days = tuple(q.DayCount(first_day + timedelta(days=i), c) for i, c in enumerate(counts))
    none = q.Totals()
    return q.Dashboard(True, none, none, 0, 0, none, 0, 0, (), days, items, ())


def _screen(qtbot: QtBot, services: GuiServices) -> DashboardScreen:
    screen = DashboardScreen(services)
    qtbot.addWidget(screen)
    screen.resize(1024, 768)
    screen.show()
    qtbot.waitUntil(lambda: screen.board is not None, timeout=WAIT)
    return screen


def _labels(screen: DashboardScreen) -> set[int]:
    return {id(label) for label in screen.feed.findChildren(QLabel)}


def test_the_last_actions_follow_the_feed_on_the_labels_they_already_have(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    screen = _screen(qtbot, demo_gui_services)
    day = date(2026, 11, 1)
    screen._show(_board(20, [0] * 14, day))
    first = screen.feed.shown_lines()
    assert len(first) == 20 and first == screen.feed.lines()
    labels = _labels(screen)

    newer = _board(21, [0] * 14, day)
    screen._show(replace(newer, feed=newer.feed[1:]))  # one entry on: every line moves
    assert screen.feed.shown_lines() == screen.feed.lines() != first
    assert _labels(screen) == labels  # the same labels, new texts

    for size in (3, 0, 5, 20):  # fewer lines, none (the hint says why), more again
        screen._show(_board(size, [0] * 14, day))
        shown = screen.feed.shown_lines()
        assert shown == (screen.feed.lines() if size else [screen.feed.lines()[0]])
        assert len(shown) == max(size, 1)
    tooltips = {label.toolTip() for label in screen.feed.findChildren(QLabel)}
    assert screen.feed.lines()[19] in tooltips  # a phrase's tooltip: the whole entry, as before
    assert "order-0019-0000-0000" in tooltips  # the order's: its whole id


def test_the_chart_changes_its_bars_in_place_and_is_built_anew_for_other_days(
    qtbot: QtBot, demo_gui_services: GuiServices
) -> None:
    screen = _screen(qtbot, demo_gui_services)
    view = screen.chart
    assert isinstance(view, QChartView)
    day = date(2026, 11, 1)
    screen._show(_board(0, [1] * 14, day))
    series = view.chart().series()[0]
    assert isinstance(series, QBarSeries)
    bars = series.barSets()[0]

    counts = [0, 2, 0, 0, 5, 0, 0, 0, 0, 0, 0, 0, 3, 9]
    screen._show(_board(0, counts, day))
    assert view.chart().series()[0] is series and series.barSets()[0] is bars
    assert [bars.at(i) for i in range(bars.count())] == [float(c) for c in counts]
    scale = view.chart().axes()[1] if isinstance(view.chart().axes()[1], QValueAxis) else None
    scale = scale or view.chart().axes()[0]
    assert isinstance(scale, QValueAxis) and scale.max() == 9

    screen._show(_board(0, [7] * 14, day + timedelta(days=1)))  # midnight: the days moved on
    assert view.chart().series()[0] is not series
    fresh = view.chart().series()[0].barSets()[0]  # type: ignore[attr-defined]
    assert [fresh.at(i) for i in range(fresh.count())] == [7.0] * 14
    days_axis = next(a for a in view.chart().axes() if isinstance(a, QCategoryAxis))
    assert str((day + timedelta(days=14)).day) in days_axis.categoriesLabels()  # today's label
