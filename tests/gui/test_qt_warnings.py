"""The guard itself: a Qt warning in a GUI test is caught (and would fail the test)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QtMsgType, qWarning
from pytestqt.qtbot import QtBot

from tests.support.gui import QtWarningCollector


def test_qt_warnings_are_collected_from_any_thread(
    qtbot: QtBot, qt_warnings: QtWarningCollector
) -> None:
    qWarning("QObject::connect: no such signal")
    worker = threading.Thread(target=qWarning, args=("from the worker",))
    worker.start()
    worker.join()
    taken = qt_warnings.take()  # consumed here, so this test itself passes
    assert [m.text for m in taken] == ["QObject::connect: no such signal", "from the worker"]
    assert all(m.kind is QtMsgType.QtWarningMsg for m in taken)
    assert qt_warnings.take() == []
