"""Every screen fits 1024x768 and 1280x800 in English, Polish and Chinese, with data and without.

One window per test; the language is switched at run time and the window resized, so the
whole sweep (3 languages x 2 sizes x 7 screens + the connect dialog) stays within seconds.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCharts import QCategoryAxis, QChartView
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QWidget

from refunddesk.domain.cases import Trigger
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Mode, OverCap, Rule
from refunddesk.gui.app import GuiOptions, GuiSession
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog
from refunddesk.gui.i18n import current_language
from refunddesk.gui.services import GuiServices
from refunddesk.services.context import AppContext
from refunddesk.store import rules_repo
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.gui import open_session
from tests.support.layout_fit import in_sight, layout_problems, sideways_scrollbars

SIZES = ((1024, 768), (1280, 800))
LANGUAGES = ("en", "pl", "zh_CN")


@pytest.fixture
def shop_with_history(
    qapp: QApplication, _private_data_dir: Path, demo_context: AppContext
) -> Iterator[GuiSession]:
    """Rules, a refund done, one in shadow, one waiting its delay and one held for Review."""
    save_rules(demo_context)
    # A capped rule with the longest words the editor's combos show (issue 12: "above it:
    # hold for my approv…", "wszystko, co jeszcze można zwrócić z zam…").
    capped = Rule(
        "",
        "Refund what is left, up to a cap",
        Trigger.RETURN_DELIVERED,
        mode=Mode.SHADOW,
        caps=(Money(30000, "PLN"),),
        over_cap=OverCap.HOLD,
    )
    rules_repo.save_rule(demo_context.db, capped, demo_context.now())
    cancel_one_of_each(demo_context, demo_context.make_worker())
    yield from open_session(
        GuiOptions(_private_data_dir, "", demo=True, language="en", context=demo_context,
                   start_worker=False), show=True
    )  # fmt: skip


def _settle(app: QApplication, services: GuiServices) -> None:
    """Background loads land and layouts settle (the pool is idle, the queue drained).

    A screen is built when first shown: its first loads land, then its layout settles, which
    takes more than two rounds.
    """
    for _ in range(4):
        services.wait_idle()
        app.processEvents()


def _picture(session: GuiSession, name: str, problems: list[str]) -> None:
    """With REFUNDDESK_LAYOUT_PICTURES=<folder>, what failed is saved there to look at."""
    folder = os.environ.get("REFUNDDESK_LAYOUT_PICTURES")
    if folder and problems:
        size = "x".join(map(str, session.window.size().toTuple()))
        language = current_language()
        path = Path(folder) / f"{language}-{name}-{size}.png"
        session.window.grab().save(str(path))


def _each_rule_in_the_editor(session: GuiSession) -> list[str]:
    assert session.services is not None
    """Each saved rule opened in the editor (its combos then show that rule's choices)."""
    rules = session.window.screen_widget("rules")
    found: list[str] = []
    for row in range(rules.model.rowCount()):
        rules.view.selectRow(row)
        _settle(session.app, session.services)
        name = rules.editor.name.text()
        problems = layout_problems(session.window)
        _picture(session, f"rules-{row}", problems)
        found += [f"rule {name!r}: {p}" for p in problems]
    if rules.model.rowCount():
        rules.new_rule()
        _settle(session.app, session.services)
    return found


def _dates_beside_the_title(orders: QWidget) -> list[str]:
    """The Orders screen's date range is on its title's line (in Polish it wrapped alone onto
    a line of its own under the check boxes)."""
    title = orders.title.mapTo(orders, QPoint(0, orders.title.height() // 2)).y()
    found = []
    for edit in (orders.date_range, orders.date_from, orders.date_to):
        top = edit.mapTo(orders, QPoint(0, 0)).y()
        if not top <= title <= top + edit.height():
            found.append(f"{type(edit).__name__} is not on the title's line")
    return found


def _sweep(session: GuiSession, empty: bool) -> list[str]:
    app, window, services = session.app, session.window, session.services
    assert services is not None
    dialog = ConnectShopDialog(services, None, window)
    dialog.show()
    found: list[str] = []
    try:
        for language in LANGUAGES:
            session.languages.set_language(language)
            for width, height in SIZES:
                window.resize(width, height)
                for key in window.screen_keys():
                    window.show_screen(key)
                    _settle(app, services)
                    where = f"{language} {width}x{height} {key}:"
                    if window.width() > width or window.height() > height:
                        found.append(f"{where} the window needs {window.size().toTuple()}")
                    problems = layout_problems(window)
                    if empty:
                        problems += sideways_scrollbars(window)
                    elif key == "rules":  # the rules list fits beside the editor, with rules
                        problems += sideways_scrollbars(window.screen_widget("rules").view)
                    elif key in ("refunds", "review"):  # beside their detail, or above it
                        problems += sideways_scrollbars(window.screen_widget(key).table)
                    if key == "orders":
                        problems += _dates_beside_the_title(window.screen_widget(key))
                    if key == "rules":
                        problems += _each_rule_in_the_editor(session)
                    _picture(session, key, problems)
                    found += [f"{where} {p}" for p in problems]
            # The dialog at the size its layout asks for, which must fit the small screen.
            dialog.adjustSize()
            app.processEvents()
            where = f"{language} connect shop:"
            if dialog.width() > SIZES[0][0] or dialog.height() > SIZES[0][1]:
                found.append(f"{where} the dialog needs {dialog.size().toTuple()}")
            found += [f"{where} {p}" for p in layout_problems(dialog)]
    finally:
        dialog.reject()
        services.wait_idle()
    return found


def test_every_screen_fits_with_a_shops_history(shop_with_history: GuiSession) -> None:
    problems = _sweep(shop_with_history, empty=False)
    assert not problems, "\n".join(problems)


def test_every_screen_fits_on_first_start_without_scrolling_sideways(
    first_start: GuiSession,
) -> None:
    problems = _sweep(first_start, empty=True)
    assert not problems, "\n".join(problems)


def test_the_rule_summary_and_the_simulation_verdict_are_in_sight_at_1280x800(
    shop_with_history: GuiSession,
) -> None:
    """What a rule does and what a simulation decided are read first: neither may need
    scrolling at 1280x800, in any language (both were below the fold in English)."""
    session = shop_with_history
    app, window, services = session.app, session.window, session.services
    assert services is not None
    window.resize(1280, 800)
    rules, simulate = window.screen_widget("rules"), window.screen_widget("simulate")
    out_of_sight: list[str] = []
    for language in LANGUAGES:
        session.languages.set_language(language)
        window.show_screen("rules")
        _settle(app, services)
        assert rules.model.rowCount() > 1
        for row in range(rules.model.rowCount()):
            rules.view.selectRow(row)
            _settle(app, services)
            assert rules.editor.summary.text()
            if not in_sight(rules.editor.summary):
                out_of_sight.append(f"{language}: the summary of rule {row + 1}")

        window.show_screen("simulate")
        _settle(app, services)
        simulate.composer.add_selected_offer()
        simulate.run_simulation()
        _settle(app, services)
        headline = simulate.result_view.headline
        assert simulate.last_result is not None
        if not in_sight(headline):
            out_of_sight.append(f"{language}: the simulation's verdict {headline.text()!r}")
        simulate.composer.model.set_lines([])
    assert not out_of_sight, "\n".join(out_of_sight)


def _day_axis_room(chart: QChartView) -> list[str]:
    """Each day label needs its text's width (and a little air) up to its neighbour; the
    first one its width up to the axis's start."""
    axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert isinstance(axis, QCategoryAxis)
    labels = axis.categoriesLabels()
    metrics = QFontMetrics(axis.labelsFont())
    per_day = chart.chart().plotArea().width() / (axis.max() - axis.min())
    values = [axis.endValue(label) for label in labels]
    gaps = [b - a for a, b in zip([axis.min(), *values], values, strict=False)]
    airs = [0] + [8] * (len(labels) - 1)
    return [
        f"day {label!r} has {gap * per_day:.0f} px for {metrics.horizontalAdvance(label)} px"
        for label, gap, air in zip(labels, gaps, airs, strict=True)
        if gap * per_day < metrics.horizontalAdvance(label) + air
    ]


def test_the_day_chart_thins_its_labels_out_rather_than_cutting_them(
    shop_with_history: GuiSession,
) -> None:
    session = shop_with_history
    app, window, services = session.app, session.window, session.services
    assert services is not None
    board = window.screen_widget("dashboard")
    chart = board.chart
    cut: list[str] = []
    for language in LANGUAGES:
        session.languages.set_language(language)
        for width, height in SIZES:
            window.resize(width, height)
            window.show_screen("dashboard")
            _settle(app, services)
            axis = chart.chart().axes(Qt.Orientation.Horizontal)[0]
            today = board.board.per_day[-1].day.day
            assert axis.categoriesLabels()[-1] == str(today)  # today always has its label
            cut += [f"{language} {width}x{height}: {p}" for p in _day_axis_room(chart)]
    # Squeezed (a narrow chart on a small screen): every other day, or fewer, never "…".
    chart.resize(200, chart.height())
    app.processEvents()
    labels = chart.chart().axes(Qt.Orientation.Horizontal)[0].categoriesLabels()
    assert 1 < len(labels) < len(board.board.per_day)
    cut += [f"narrow: {p}" for p in _day_axis_room(chart)]
    assert not cut, "\n".join(cut)
