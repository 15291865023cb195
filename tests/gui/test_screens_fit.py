"""Every screen fits 1024x768 and 1280x800 in English, Polish and Chinese, with data and without.

One window per test; the language is switched at run time and the window resized, so the
whole sweep (3 languages x 2 sizes x 7 screens + the connect dialog) stays within seconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from refunddesk.gui.app import GuiOptions, GuiSession, build_gui
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog
from refunddesk.gui.services import GuiServices
from refunddesk.services.context import AppContext
from tests.support.dashboard_data import cancel_one_of_each, save_rules
from tests.support.layout_fit import layout_problems, sideways_scrollbars

SIZES = ((1024, 768), (1280, 800))
LANGUAGES = ("en", "pl", "zh_CN")


def _open(options: GuiOptions) -> Iterator[GuiSession]:
    session = build_gui(options)
    try:
        assert session.wait_ready(), f"the GUI did not open: {session.open_error!r}"
        session.window.show()
        yield session
    finally:
        session.window.tray_available = False
        session.close()
        session.window.close()
        session.window.deleteLater()
        session.languages.set_language("en")


@pytest.fixture
def shop_with_history(
    qapp: QApplication, _private_data_dir: Path, demo_context: AppContext
) -> Iterator[GuiSession]:
    """Rules, a refund done, one in shadow, one waiting its delay and one held for Review."""
    save_rules(demo_context)
    cancel_one_of_each(demo_context, demo_context.make_worker())
    yield from _open(
        GuiOptions(_private_data_dir, "", demo=True, language="en", context=demo_context,
                   start_worker=False)
    )  # fmt: skip


@pytest.fixture
def first_start(
    qapp: QApplication, _private_data_dir: Path, app_context: AppContext
) -> Iterator[GuiSession]:
    """No shop, no rules, no orders: what a merchant sees the first time."""
    yield from _open(
        GuiOptions(_private_data_dir, "", demo=False, language="en", context=app_context,
                   start_worker=False)
    )  # fmt: skip


def _settle(app: QApplication, services: GuiServices) -> None:
    """Background loads land and layouts settle (the pool is idle, the queue drained)."""
    for _ in range(2):
        services.wait_idle()
        app.processEvents()


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
