"""Words and dates that follow the app language: date filters, starter rule names, reasons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from refunddesk.gui import i18n
from refunddesk.gui.formatting import format_date
from refunddesk.gui.screens.orders import OrdersScreen
from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.gui.services import GuiServices


@pytest.fixture
def app_language(qapp: QApplication, tmp_path: Path) -> Iterator[i18n.LanguageSwitcher]:
    """The application's own switcher, so ``i18n.current_language()`` follows it."""
    switcher = i18n.install(qapp, tmp_path / "qm", "en")
    yield switcher
    switcher.set_language("en")  # translators are application-wide


def test_date_filters_write_dates_like_the_tables_after_a_language_switch(
    qtbot: QtBot, gui_services: GuiServices, app_language: i18n.LanguageSwitcher
) -> None:
    refunds, orders = RefundsScreen(gui_services), OrdersScreen(gui_services)
    qtbot.addWidget(refunds)
    qtbot.addWidget(orders)
    day = QDate(2026, 12, 5)
    table_day = datetime(2026, 12, 5, 12, 0, tzinfo=UTC)
    edits = (refunds.from_edit, refunds.to_edit, orders.date_from, orders.date_to)
    for language, shown in (("pl", "5.12.2026"), ("zh_CN", "2026/12/5"), ("en", "05/12/2026")):
        assert app_language.set_language(language) == language
        assert format_date(table_day) == shown  # what the tables write
        for edit in edits:
            edit.setDate(day)
            assert edit.text() == shown, (language, edit.objectName())
