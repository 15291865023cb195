"""The main window: navigation, shortcuts, the status strip and remembered geometry."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from refunddesk.domain.cases import Trigger
from refunddesk.gui.app import GuiOptions, GuiSession, open_settings
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog
from refunddesk.gui.formatting import format_datetime
from refunddesk.gui.main_window import MainWindow
from refunddesk.gui.screens.base import PlaceholderScreen
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from tests.support.gui import open_session

SCREEN_KEYS = ["dashboard", "rules", "simulate", "refunds", "review", "orders", "settings"]


def _shown(qtbot: QtBot, session: GuiSession) -> MainWindow:
    window = session.window
    with qtbot.waitExposed(window):
        window.show()
    return window


def test_navigation_lists_the_seven_screens_in_order(gui_session: GuiSession) -> None:
    window = gui_session.window
    assert window.screen_keys() == SCREEN_KEYS
    assert [b.text() for b in window.nav.buttons()] == [
        "Dashboard", "Rules", "Simulate", "Refunds", "Review", "Orders", "Settings",
    ]  # fmt: skip


def test_clicking_each_entry_shows_that_screen(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    for key in reversed(SCREEN_KEYS):
        button = window.nav.button(key)
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        page = window.screen_widget(key)
        assert window.stack.currentWidget() is page
        assert page.isVisible()
        assert button.isChecked()
        if isinstance(page, PlaceholderScreen):  # real screens have their own tests
            assert page.title_label.text() == button.text()
    assert sum(b.isChecked() for b in window.nav.buttons()) == 1


def test_ctrl_number_opens_the_numbered_screen(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    with qtbot.waitActive(window):
        window.activateWindow()
    for number in (7, 3, 1, 5):
        QTest.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_screen_key() == SCREEN_KEYS[number - 1]


def test_pause_toggle_flips_the_state_and_emits(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    window.set_status(ShellStatus("Sklep Ania", False, AutomationState.DRY_RUN))
    strip = window.status_strip
    assert "Dry run" in strip.state_label.text()
    assert strip.pause_button.text() == "Pause automation"

    with qtbot.waitSignal(window.pause_toggled) as paused:
        QTest.mouseClick(strip.pause_button, Qt.MouseButton.LeftButton)
    assert paused.args == [True]
    assert "Paused" in strip.state_label.text()
    assert strip.pause_button.text() == "Resume automation"
    assert window.status().automation_state is AutomationState.PAUSED

    with qtbot.waitSignal(window.pause_toggled) as resumed:
        QTest.mouseClick(strip.pause_button, Qt.MouseButton.LeftButton)
    assert resumed.args == [False]
    # Resume goes back to the mode the merchant paused, not to "Running".
    assert "Dry run" in strip.state_label.text()
    assert strip.pause_button.text() == "Pause automation"


def test_status_from_the_worker_moves_the_toggle_silently(
    qtbot: QtBot, gui_session: GuiSession
) -> None:
    window = _shown(qtbot, gui_session)
    with qtbot.assertNotEmitted(window.pause_toggled):
        window.set_status(ShellStatus("Sklep Ania", False, AutomationState.PAUSED))
        window.set_status(ShellStatus("Sklep Ania", False, AutomationState.RUNNING))
    assert not window.status_strip.pause_button.isChecked()
    assert "Running" in window.status_strip.state_label.text()


def test_sync_now_emits(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    with qtbot.waitSignal(window.sync_now_requested):
        QTest.mouseClick(window.status_strip.sync_button, Qt.MouseButton.LeftButton)


def test_demo_badge_shows_only_on_the_demo_shop(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    strip = window.status_strip
    window.set_status(ShellStatus("", True, AutomationState.RUNNING))
    assert strip.demo_badge.isVisible()
    assert strip.demo_badge.text() == "Demo shop"
    assert "demo" in window.windowTitle()
    window.set_status(ShellStatus("Sklep Ania", False, AutomationState.RUNNING))
    assert not strip.demo_badge.isVisible()
    assert strip.shop_label.isVisible()
    assert strip.shop_label.text() == "Sklep Ania"
    assert window.windowTitle() == "RefundDesk: Sklep Ania"


def test_last_sync_and_error_are_shown(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    strip = window.status_strip
    assert strip.last_sync_label.text() == "Last sync: never"
    when = datetime(2026, 3, 5, 14, 3, tzinfo=UTC)
    error = "Allegro did not answer in time (trace-id 7f3c)"
    window.set_status(ShellStatus("Sklep Ania", False, AutomationState.RUNNING, when, error))
    assert strip.last_sync_label.text() == f"Last sync: {format_datetime(when)}"
    assert strip.error_label.full_text() == error
    assert strip.error_label.toolTip() == error
    assert strip.error_label.text()  # elided perhaps, but shown


def test_review_badge_counts_what_waits(qtbot: QtBot, gui_session: GuiSession) -> None:
    window = _shown(qtbot, gui_session)
    badge = window.nav.button("review").badge
    assert not badge.isVisible()
    window.set_review_count(4)
    assert badge.isVisible()
    assert badge.text() == "4"
    assert window.nav.button("review").accessibleName() == "Review (waiting: 4)"
    window.set_review_count(250)
    assert badge.text() == "99+"
    window.set_review_count(0)
    assert not badge.isVisible()


def test_geometry_and_screen_are_restored_in_a_new_window(
    qtbot: QtBot, gui_session: GuiSession, _private_data_dir: Path
) -> None:
    window = _shown(qtbot, gui_session)
    # The offscreen screen is 800 px wide, and restoring clamps to the screen and the minimum size.
    window.resize(900, 700)
    window.show_screen("orders")
    window.close()
    assert (_private_data_dir / "gui.ini").is_file()

    again = MainWindow(open_settings(_private_data_dir))
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (900, 700)
    assert again.current_screen_key() == "orders"


def test_first_start_opens_at_a_full_size_on_the_dashboard(qtbot: QtBot, tmp_path: Path) -> None:
    """1280x800, but never bigger than the screen: on 1024x768 the first window's right edge
    and status bar were off screen (the offscreen platform's screen is 800x800)."""
    window = MainWindow(open_settings(tmp_path / "fresh"))
    qtbot.addWidget(window)
    room = window.screen().availableGeometry()
    assert room.width() < 1280  # this screen is the small case
    assert window.width() < 1280  # narrowed toward the screen (down to the window's least)
    assert window.height() == min(800, room.height())
    assert window.current_screen_key() == "dashboard"


def test_only_the_shown_screen_is_built_until_another_is_opened(
    qtbot: QtBot, gui_session: GuiSession
) -> None:
    # Building all seven at start cost ~25 MiB of a ~150 MiB window, for screens a merchant
    # may not open this time.
    window = _shown(qtbot, gui_session)
    assert window.current_screen_key() == "dashboard"
    assert [key for key in SCREEN_KEYS if window.screen_is_built(key)] == ["dashboard"]
    assert window.stack.widget(5).objectName() == "loading_orders"

    with qtbot.waitSignal(window.screen_built) as built:
        QTest.mouseClick(window.nav.button("orders"), Qt.MouseButton.LeftButton)
    key, page = built.args
    assert key == "orders" and page.objectName() == "screen_orders"
    assert window.stack.currentWidget() is page is window.screen_widget("orders")
    assert window.stack.indexOf(page) == 5 and window.stack.count() == len(SCREEN_KEYS)
    assert page.isVisible()

    with qtbot.assertNotEmitted(window.screen_built):  # built once, kept
        window.show_screen("dashboard")
        window.show_screen("orders")
    assert window.screen_widget("orders") is page


def test_simulate_builds_the_rules_screen_whose_draft_it_offers(gui_session: GuiSession) -> None:
    window = gui_session.window
    assert not window.screen_is_built("rules")
    window.show_screen("simulate/draft")
    assert window.current_screen_key() == "simulate"
    assert window.screen_is_built("rules")
    rules, simulate = window.screen_widget("rules"), window.screen_widget("simulate")
    assert simulate._draft_provider == rules.draft_rules  # type: ignore[attr-defined]


def test_connect_a_shop_works_on_a_dashboard_opened_later(
    qtbot: QtBot, gui_options: GuiOptions, _private_data_dir: Path
) -> None:
    # The app started on Orders (remembered): the Dashboard is built when first opened, and
    # its "Connect a shop…" must still open the dialog.
    settings = open_settings(_private_data_dir)
    settings.setValue("main_window/screen", "orders")
    settings.sync()
    sessions = open_session(gui_options)
    window = next(sessions).window
    try:
        assert window.current_screen_key() == "orders"
        assert not window.screen_is_built("dashboard")
        window.show_screen("dashboard")
        window.screen_widget("dashboard").connect_shop_requested.emit()  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: bool(_open_connect_dialogs(window)), timeout=3000)
        [dialog] = _open_connect_dialogs(window)
        dialog.reject()
    finally:
        sessions.close()


def _open_connect_dialogs(window: MainWindow) -> list[ConnectShopDialog]:
    return [d for d in window.findChildren(ConnectShopDialog) if d.isVisible()]


def test_starting_the_app_imports_no_screen_module() -> None:
    # A screen's module (and the editors under it) is imported when the screen is built.
    code = (
        "import sys, refunddesk.gui.app; print(sorted(m for m in sys.modules if m.startswith("
        "('refunddesk.gui.screens.', 'refunddesk.gui.rules_editor', 'refunddesk.gui.simulate'))))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.strip() == "[]"


def test_an_unchanged_status_leaves_the_strip_alone(
    gui_session: GuiSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The worker reports its status after every step of a sync: the same one is not redrawn.
    strip = gui_session.window.status_strip
    status = ShellStatus("Sklep Ania", False, AutomationState.RUNNING)
    gui_session.window.set_status(status)
    redrawn: list[ShellStatus] = []
    draw = strip.retranslate_ui
    monkeypatch.setattr(strip, "retranslate_ui", lambda: redrawn.append(strip.status()) or draw())
    gui_session.window.set_status(ShellStatus("Sklep Ania", False, AutomationState.RUNNING))
    assert redrawn == []
    synced = datetime(2026, 3, 5, tzinfo=UTC)
    later = ShellStatus("Sklep Ania", False, AutomationState.RUNNING, synced)
    gui_session.window.set_status(later)
    assert redrawn == [later]
    assert strip.last_sync_label.text() == f"Last sync: {format_datetime(synced)}"


def test_try_it_simulates_the_event_of_the_rule_being_tried(gui_session: GuiSession) -> None:
    # Simulate opened on the draft but kept "the buyer cancels": another rule decided, and
    # the late-order rule the merchant meant to try was never tried.
    window = gui_session.window
    window.show_screen("rules")
    rules = window.screen_widget("rules")
    editor = rules.editor  # type: ignore[attr-defined]
    editor.trigger.setCurrentIndex(editor.trigger.findData(Trigger.NOT_SENT_IN_TIME.value))
    editor.try_button.click()
    assert window.current_screen_key() == "simulate"
    simulate = window.screen_widget("simulate")
    assert simulate.picker.trigger() is Trigger.NOT_SENT_IN_TIME  # type: ignore[attr-defined]
    assert simulate.rules_combo.currentData() == "draft"  # type: ignore[attr-defined]
