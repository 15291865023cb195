"""The status strip words a marketplace error from its code in the merchant's language; the
trace id and Allegro's own words are in the details (its tooltip), never in the strip."""

from __future__ import annotations

from datetime import UTC, datetime

from refunddesk.automation.worker import CycleReport, ShopCycle
from refunddesk.domain.messages import msg, render
from refunddesk.gui.app import GuiSession
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.gui.widgets.order_id import short_order_id
from refunddesk.gui.worker_bridge import last_problem
from refunddesk.marketplace.base import ApiError, ApiErrorDetail, RateLimited
from refunddesk.marketplace.error_words import error_message

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _status(report: CycleReport) -> ShellStatus:
    shop, problem = last_problem(report)  # as the worker bridge does after every round
    return ShellStatus(
        shop_name="Sklep Ani",
        automation_state=AutomationState.RUNNING,
        last_sync=NOW,
        last_error=problem,
        error_shop=shop,
    )


def test_allegros_error_reads_in_the_merchants_language_without_its_trace_id(
    gui_session: GuiSession,
) -> None:
    said = ApiErrorDetail("SOME_CODE", user_message="Spróbuj ponownie później")
    refused = ApiError(503, [said], trace_id="7f3c2a")
    report = CycleReport(started_at=NOW, shops=[ShopCycle(1, "Sklep Ani")])
    report.shops[0].problems.append(error_message(refused))
    window, strip = gui_session.window, gui_session.window.status_strip
    window.set_status(_status(report))
    shown: dict[str, str] = {}
    for language in ("en", "pl", "zh_CN"):
        gui_session.languages.set_language(language)
        line = strip.error_label.full_text()
        shown[language] = line
        assert line == render(error_message(refused), language)  # the shop is the one shown
        assert "7f3c2a" not in line and "Spróbuj" not in line
        tip = strip.error_label.toolTip()
        assert "7f3c2a" in tip and "Spróbuj ponownie później" in tip
    assert len(set(shown.values())) == 3, shown
    gui_session.languages.set_language("en")


def test_another_shops_problem_is_named_and_reworded_on_a_language_change(
    gui_session: GuiSession,
) -> None:
    report = CycleReport(started_at=NOW, shops=[ShopCycle(2, "Hurtownia")])
    report.shops[0].problems.append(error_message(RateLimited(retry_after=30)))
    strip = gui_session.window.status_strip
    gui_session.window.set_status(_status(report))
    gui_session.languages.set_language("pl")
    assert strip.error_label.full_text() == "Hurtownia: " + render(
        error_message(RateLimited(retry_after=30)), "pl"
    )
    assert "30 sekund" in strip.error_label.full_text()
    gui_session.languages.set_language("en")
    assert strip.error_label.full_text().endswith("it waits 30 seconds.")


def test_a_skipped_round_says_why_in_the_merchants_language(gui_session: GuiSession) -> None:
    report = CycleReport(started_at=NOW, skipped_reason=msg("cycle.busy"))
    strip = gui_session.window.status_strip
    gui_session.window.set_status(_status(report))
    gui_session.languages.set_language("pl")
    assert strip.error_label.full_text() == render(msg("cycle.busy"), "pl")
    assert strip.error_label.isVisible() or not gui_session.window.isVisible()
    gui_session.languages.set_language("en")
    assert strip.error_label.full_text() == render(msg("cycle.busy"), "en")


def test_an_orders_problem_names_it_by_the_short_id_and_the_tooltip_by_the_full_one(
    gui_session: GuiSession,
) -> None:
    order = "7ce42c82-1807-4e8c-b5bf-992dc9e9c616"
    report = CycleReport(started_at=NOW, shops=[ShopCycle(1, "Sklep Ani")])
    timeout = error_message(RateLimited(retry_after=5, trace_id="abc123"))
    report.shops[0].problems.append(msg("problem.order", order=order, why=timeout))
    strip = gui_session.window.status_strip
    gui_session.window.set_status(_status(report))
    line = strip.error_label.full_text()
    assert short_order_id(order) in line and order not in line
    assert order in strip.error_label.toolTip() and "abc123" in strip.error_label.toolTip()
