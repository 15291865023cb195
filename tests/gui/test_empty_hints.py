"""Every empty table and list says why it is empty and what fills it, in the merchant's language,
and the note goes away when rows arrive."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from refunddesk.gui.app import GuiOptions, GuiSession
from refunddesk.gui.services import Changes
from refunddesk.gui.widgets.empty_hint import EmptyHint
from refunddesk.gui.widgets.empty_texts import all_sources, empty_text
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.gui import open_session

ENGLISH = set(all_sources().values())


@pytest.fixture
def demo_app(
    qapp: QApplication, _private_data_dir: Path, demo_context: AppContext
) -> Iterator[GuiSession]:
    """The demo shop connected, nothing synced yet."""
    yield from open_session(
        GuiOptions(_private_data_dir, "", demo=True, language="en", context=demo_context,
                   start_worker=False), show=True
    )  # fmt: skip


def _settle(session: GuiSession) -> None:
    assert session.services is not None
    for _ in range(3):
        session.services.wait_idle()
        session.app.processEvents()


def _notes(screen: QWidget) -> list[str]:
    """What the screen's empty views say (notes over tables and the dashboard's lists)."""
    hints = [h.text() for h in screen.findChildren(EmptyHint) if h.is_showing()]
    labels = [
        w.text()
        for w in screen.findChildren(QWidget, "EmptyHint")
        if not isinstance(w, EmptyHint) and not w.isHidden()
    ]
    return hints + labels


# The screens whose every table or list is empty on the first start, and a note each shows.
FIRST_START = {
    "dashboard": "feed",
    "orders": "orders",
    "refunds": "refunds",
    "review": "review",
    "rules": "rules",
    "simulate": "simulate_trace",
    "settings": "shops",
}


def test_each_empty_screen_says_why_in_english_and_polish(first_start: GuiSession) -> None:
    window = first_start.window
    english: dict[str, list[str]] = {}
    for key in window.screen_keys():
        window.show_screen(key)
        _settle(first_start)
        english[key] = _notes(window.screen_widget(key))
    for key, where in FIRST_START.items():
        assert empty_text(where) in english[key], f"{key}: {english[key]}"
    # No empty view anywhere is left without a note: each note is one of the table's texts.
    for key, notes in english.items():
        assert set(notes) <= ENGLISH, f"{key}: {notes}"

    for language in ("pl", "zh_CN"):
        first_start.languages.set_language(language)
        for key, where in FIRST_START.items():
            window.show_screen(key)
            _settle(first_start)
            notes = _notes(window.screen_widget(key))
            assert empty_text(where) in notes, f"{language} {key}: {notes}"
            assert len(notes) == len(english[key]), f"{language} {key}: {notes}"
            untranslated = [n for n in notes if n in ENGLISH]
            assert not untranslated, f"{language} {key}: {untranslated}"
    first_start.languages.set_language("pl")
    assert empty_text("orders") not in ENGLISH  # the catalogue really was loaded


def test_the_note_goes_when_orders_refunds_and_rules_arrive(
    demo_app: GuiSession, demo_context: AppContext
) -> None:
    window = demo_app.window
    screens = {key: window.screen_widget(key) for key in ("orders", "refunds", "rules")}
    for key, screen in screens.items():
        window.show_screen(key)
        _settle(demo_app)
        assert screen.empty_hint.is_showing(), key  # type: ignore[attr-defined]
    save_rules(demo_context)
    cancel_one_of_each(demo_context, demo_context.make_worker())
    assert demo_app.services is not None
    demo_app.services.notify(Changes.everything())
    for key, screen in screens.items():
        window.show_screen(key)
        _settle(demo_app)
        assert not screen.empty_hint.is_showing(), key  # type: ignore[attr-defined]
        view = screen.empty_hint.parentWidget().parentWidget()  # type: ignore[attr-defined]
        assert view.model().rowCount() > 0, key


def test_orders_filtered_to_nothing_say_so(demo_app: GuiSession, demo_context: AppContext) -> None:
    cancel_one_of_each(demo_context, demo_context.make_worker())
    assert demo_app.services is not None
    demo_app.services.notify(Changes(orders=True))
    window = demo_app.window
    window.show_screen("orders")
    orders = window.screen_widget("orders")
    _settle(demo_app)
    assert not orders.empty_hint.is_showing()  # type: ignore[attr-defined]
    orders.search.setText("no order is called this")  # type: ignore[attr-defined]
    orders.apply_filters()  # type: ignore[attr-defined]
    _settle(demo_app)
    assert orders.empty_hint.is_showing()  # type: ignore[attr-defined]
    assert orders.empty_hint.text() == empty_text("orders_filtered")  # type: ignore[attr-defined]
    orders.search.clear()  # type: ignore[attr-defined]
    orders.apply_filters()  # type: ignore[attr-defined]
    _settle(demo_app)
    assert not orders.empty_hint.is_showing()  # type: ignore[attr-defined]


def test_a_note_follows_the_rows_and_keeps_an_empty_view_from_scrolling_sideways(
    qapp: QApplication,
) -> None:
    model = QStandardItemModel(0, 2)
    view = QTableView()
    view.setModel(model)
    hint = EmptyHint(view, lambda: "Nothing here yet.")
    view.resize(300, 200)
    view.show()
    assert hint.isVisible() and hint.text() == "Nothing here yet."
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert hint.height() >= hint.heightForWidth(hint.width())  # wrapped, not cut
    model.appendRow([QStandardItem("a"), QStandardItem("b")])
    assert not hint.isVisible()
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
    model.removeRow(0)
    assert hint.isVisible()
    view.close()
    view.deleteLater()


def test_the_product_groups_dialog_says_how_to_start_a_group(first_start: GuiSession) -> None:
    window = first_start.window
    window.show_screen("rules")
    rules = window.screen_widget("rules")
    rules.groups_button.click()  # type: ignore[attr-defined]
    _settle(first_start)
    dialog = rules.groups_dialog  # type: ignore[attr-defined]
    try:
        assert dialog.empty_hint.is_showing()
        assert dialog.empty_hint.text() == empty_text("product_groups")
        first_start.languages.set_language("pl")
        assert dialog.empty_hint.text() == empty_text("product_groups")
        assert dialog.empty_hint.text() not in ENGLISH
    finally:
        dialog.reject()
