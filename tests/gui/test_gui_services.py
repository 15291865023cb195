"""Background operations deliver results on the GUI thread; change news reaches listeners."""

from __future__ import annotations

import threading
from typing import Any

import shiboken6
from pytestqt.qtbot import QtBot

from refunddesk.gui.services import Changes, GuiServices


def test_result_arrives_on_the_gui_thread(qtbot: QtBot, gui_services: GuiServices) -> None:
    seen: list[tuple[Any, bool]] = []
    worker_thread: list[bool] = []

    def work() -> int:
        worker_thread.append(threading.current_thread() is threading.main_thread())
        return 42

    gui_services.run(
        work, lambda r: seen.append((r, threading.current_thread() is threading.main_thread()))
    )
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    assert seen == [(42, True)]
    assert worker_thread == [False]  # the work itself ran off the GUI thread


def test_errors_arrive_too(qtbot: QtBot, gui_services: GuiServices) -> None:
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad input")

    gui_services.run(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert not gui_services.busy


def test_change_news(qtbot: QtBot, gui_services: GuiServices) -> None:
    with qtbot.waitSignal(gui_services.changed, timeout=1000) as blocker:
        gui_services.notify(Changes(review=True))
    assert blocker.args[0].review and not blocker.args[0].orders
    assert (Changes(review=True) | Changes(orders=True)) == Changes(review=True, orders=True)
    with qtbot.assertNotEmitted(gui_services.changed):
        gui_services.notify(Changes())


def test_results_for_a_destroyed_owner_are_dropped(qtbot: QtBot, gui_services: GuiServices) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    delivered: list[int] = []
    gate = threading.Event()

    def slow() -> int:
        gate.wait(5)
        return 1

    gui_services.run(slow, lambda r: (delivered.append(r), label.setText("x")), owner=label)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: not gui_services.busy, timeout=5000)
    assert delivered == []  # never called on the deleted label


def test_a_bound_method_callback_guards_its_own_widget(
    qtbot: QtBot, gui_services: GuiServices
) -> None:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    gate = threading.Event()
    gui_services.run(lambda: gate.wait(5) and "late", label.setText)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: not gui_services.busy, timeout=5000)  # no crash, nothing delivered
