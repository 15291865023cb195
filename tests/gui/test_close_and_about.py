"""Closing the window asks once what should happen to automation; the About box's version."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import refunddesk
from refunddesk.gui.app import GuiOptions, GuiSession, build_gui
from refunddesk.gui.msgbox import HeadlessMessages, MessageKind
from refunddesk.gui.tray import CLOSE_TO_TRAY_KEY
from refunddesk.store.migrate import head_revision


@pytest.fixture
def session(qapp: QApplication, gui_options: GuiOptions) -> Iterator[GuiSession]:
    """A shown window whose settings file is the one the Settings screen writes."""
    assert gui_options.context is not None
    built = build_gui(replace(gui_options, data_dir=gui_options.context.data_dir))
    assert built.wait_ready()
    built.window.show()
    try:
        yield built
    finally:
        built.window.tray_available = False
        built.settings.setValue("tray/told_closing_stops", True)
        built.close()
        built.window.close()
        built.window.deleteLater()
        built.languages.set_language("en")


def _questions(log: HeadlessMessages) -> list[str]:
    return [r.title for r in log.of_kind(MessageKind.QUESTION)]


def test_with_a_tray_the_first_close_asks_and_keep_running_hides_the_window(
    qtbot: QtBot, session: GuiSession, message_log: HeadlessMessages
) -> None:
    window = session.window
    window.tray_available = True
    message_log.answer_next(True)
    with qtbot.assertNotEmitted(window.closing):
        window.close()
    assert _questions(message_log) == ["Keep refunding when the window is closed?"]
    assert not window.isVisible()  # hidden to the tray: automation goes on
    assert session.settings.value(CLOSE_TO_TRAY_KEY, type=bool) is True

    window.show()
    with qtbot.assertNotEmitted(window.closing):
        window.close()
    assert len(_questions(message_log)) == 1  # asked once, remembered

    # Settings → General changes the answer: the next close stops automation, without asking.
    settings_screen = window.screen_widget("settings")
    window.show()
    window.show_screen("settings")  # a screen behind another refreshes when shown
    general = settings_screen.general  # type: ignore[attr-defined]
    qtbot.waitUntil(general.tray.isChecked, timeout=5000)
    general.tray.click()
    with qtbot.waitSignal(window.closing, timeout=2000):
        window.close()
    assert len(_questions(message_log)) == 1


def test_answering_stop_closes_and_stops_automation(
    qtbot: QtBot, session: GuiSession, message_log: HeadlessMessages
) -> None:
    window = session.window
    window.tray_available = True
    message_log.answer_next(False)
    with qtbot.waitSignal(window.closing, timeout=2000):
        window.close()
    assert session.settings.value(CLOSE_TO_TRAY_KEY, type=bool) is False


def test_without_a_tray_closing_says_once_that_automation_stops(
    qtbot: QtBot, session: GuiSession, message_log: HeadlessMessages
) -> None:
    window = session.window
    session.choose_language("pl")
    message_log.answer_next(False)  # "Close RefundDesk now?" No: the window stays
    with qtbot.assertNotEmitted(window.closing):
        window.close()
    assert window.isVisible()
    [asked] = message_log.of_kind(MessageKind.QUESTION)
    assert asked.title == "Zamknięcie zatrzymuje automatyczne zwroty"
    assert "refunddesk service install" in asked.text
    with qtbot.waitSignal(window.closing, timeout=2000):
        window.close()
    assert len(message_log.of_kind(MessageKind.QUESTION)) == 1


def test_about_names_the_version_and_the_database_schema(
    qtbot: QtBot, session: GuiSession, message_log: HeadlessMessages
) -> None:
    assert session.context is not None
    head = head_revision(session.context.db)
    session.window.about_action.trigger()
    qtbot.waitUntil(lambda: bool(message_log.of_kind(MessageKind.INFORMATION)), timeout=5000)
    [about] = message_log.of_kind(MessageKind.INFORMATION)
    assert about.title == "About RefundDesk"
    assert f"RefundDesk {refunddesk.__version__}" in about.text
    assert f"Database schema: {head} (up to date)" in about.text

    session.choose_language("zh_CN")
    assert session.window.help_menu.title() == "帮助(&H)"
    session.window.about_action.trigger()
    qtbot.waitUntil(lambda: len(message_log.of_kind(MessageKind.INFORMATION)) == 2, timeout=5000)
    assert f"数据库结构版本：{head}（最新）" in message_log.of_kind(MessageKind.INFORMATION)[1].text


def test_the_tray_menu_follows_the_language(qtbot: QtBot, session: GuiSession) -> None:
    tray = session.tray
    assert tray is not None and tray.sync_action.text() == "Sync now"
    session.choose_language("zh_CN")
    qtbot.waitUntil(lambda: tray.sync_action.text() == "立即同步", timeout=5000)
