"""Switching language at run time, the compiled catalogues, and locale-aware money and dates."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot
from sqlalchemy import insert

from refunddesk.domain.money import Money
from refunddesk.gui import i18n
from refunddesk.gui.app import GuiOptions, GuiSession, build_gui
from refunddesk.gui.formatting import format_money
from refunddesk.gui.resources import TRANSLATIONS_DIR
from refunddesk.gui.shell_status import AutomationState, ShellStatus
from refunddesk.queries.orders import OrderColumn
from refunddesk.store import models as m

GUI_PACKAGE = Path(__file__).resolve().parents[2] / "refunddesk" / "gui"


def test_switching_language_retranslates_the_open_window(
    qtbot: QtBot, gui_session: GuiSession
) -> None:
    window = gui_session.window
    window.show_screen("refunds")
    window.set_review_count(2)
    window.set_status(ShellStatus("", True, AutomationState.RUNNING))
    refunds = window.nav.button("refunds")
    strip = window.status_strip
    assert refunds.text() == "Refunds"

    assert gui_session.choose_language("pl") == "pl"
    assert refunds.text() == "Zwroty"
    assert window.nav.button("review").text() == "Do przejrzenia"
    assert strip.pause_button.text() == "Wstrzymaj automatyzację"
    assert strip.demo_badge.text() == "Sklep demonstracyjny"
    assert window.file_menu.title() == "&Plik"
    assert window.language_actions["pl"].isChecked()

    assert gui_session.choose_language("zh_CN") == "zh_CN"
    assert refunds.text() == "退款"
    assert strip.pause_button.text() == "暂停自动化"
    assert strip.state_label.text().endswith("运行中")

    assert gui_session.choose_language("en") == "en"
    assert refunds.text() == "Refunds"
    # Nothing the merchant was looking at is lost on the way.
    assert window.current_screen_key() == "refunds"
    assert window.nav.button("review").count() == 2
    assert window.status().is_demo


def test_language_menu_switches_and_is_remembered(
    qtbot: QtBot, gui_session: GuiSession, gui_options: GuiOptions
) -> None:
    gui_session.window.language_actions["pl"].trigger()
    assert i18n.current_language() == "pl"
    assert gui_session.window.nav.button("settings").text() == "Ustawienia"

    later = build_gui(GuiOptions(gui_options.data_dir, gui_options.database_url, True, None))
    qtbot.addWidget(later.window)
    later.close()
    assert i18n.current_language() == "pl"
    assert later.window.nav.button("orders").text() == "Zamówienia"


def test_catalogues_compile_into_the_data_dir_not_the_source_tree(
    gui_session: GuiSession, gui_options: GuiOptions
) -> None:
    gui_session.choose_language("zh_CN")
    assert (gui_options.data_dir / "cache" / "translations" / "refunddesk_zh_CN.qm").is_file()
    assert not list(TRANSLATIONS_DIR.glob("*.qm"))


def test_a_catalogue_is_rebuilt_when_its_source_is_newer(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    ts = source / "refunddesk_pl.ts"
    ts.write_bytes((TRANSLATIONS_DIR / "refunddesk_pl.ts").read_bytes())
    cache = tmp_path / "cache"
    qm = i18n.catalogue_for("pl", cache, source)
    built = qm.stat().st_mtime_ns
    assert i18n.catalogue_for("pl", cache, source).stat().st_mtime_ns == built
    later = built / 1e9 + 10
    os.utime(ts, (later, later))
    assert i18n.catalogue_for("pl", cache, source).stat().st_mtime_ns != built


def test_an_unwritable_data_folder_still_gets_the_chosen_language(
    gui_session: GuiSession, tmp_path: Path
) -> None:
    # A file where the cache folder should be: unwritable even for root, like a read-only folder.
    blocked = tmp_path / "blocked"
    blocked.write_text("not a folder")
    switcher = i18n.LanguageSwitcher(gui_session.app, blocked / "translations")
    try:
        assert switcher.set_language("pl") == "pl"
        assert gui_session.window.nav.button("refunds").text() == "Zwroty"
    finally:
        switcher.set_language("en")


def test_a_missing_catalogue_leaves_the_ui_in_english(gui_session: GuiSession) -> None:
    assert gui_session.languages.set_language("de") == "en"
    assert gui_session.window.nav.button("refunds").text() == "Refunds"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("pl_PL", "pl"), ("pl-PL", "pl"), ("zh", "zh_CN"), ("zh_Hans_CN", "zh_CN"), ("de_DE", "en"),
     (None, "en"), ("", "en"), ("zh_CN", "zh_CN")],
)  # fmt: skip
def test_language_codes_are_normalised(given: str | None, expected: str) -> None:
    assert i18n.normalise_language(given) == expected


def _messages(ts: Path) -> dict[tuple[str, str], tuple[str, bool]]:
    found: dict[tuple[str, str], tuple[str, bool]] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            # Plural forms (numerus="yes"): every form must be there and say the same things.
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if forms and not all(f.strip() for f in forms):
                forms = [""]
            text = "\n".join(forms) if forms else (translation.text or "")
            found[(name, message.findtext("source", ""))] = (text, finished)
    return found


def test_every_visible_string_is_translated(tmp_path: Path) -> None:
    """Runs lupdate over the GUI package: a new tr() string without PL and ZH fails here."""
    extracted = tmp_path / "extracted.ts"
    sources = sorted(str(p) for p in GUI_PACKAGE.rglob("*.py"))
    lupdate = Path(i18n.find_lrelease() or "").with_name("lupdate")
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(extracted)], check=True)
    wanted = set(_messages(extracted))
    assert len(wanted) > 40
    for code in ("pl", "zh_CN"):
        have: dict[tuple[str, str], tuple[str, bool]] = {}
        for ts in sorted(TRANSLATIONS_DIR.glob(f"*_{code}.ts")):  # the shell's and each area's
            have.update(_messages(ts))
        missing = sorted(key for key in wanted if not (key in have and have[key][1]))
        assert not missing, f"{code}: untranslated {missing}"
        for (_context, source), (text, _finished) in have.items():
            assert text.strip(), f"{code}: empty translation for {source!r}"
            for marker in ("%1", "%2"):
                assert (marker in source) == (marker in text), f"{code}: {marker} in {source!r}"


@pytest.mark.parametrize(
    ("locale", "money", "expected"),
    [
        ("pl_PL", Money(123456, "PLN"), "1\u00a0234,56\u00a0zł"),
        ("pl_PL", Money(123456789, "PLN"), "1\u00a0234\u00a0567,89\u00a0zł"),
        ("pl_PL", Money(1200, "EUR"), "12,00\u00a0€"),
        ("pl_PL", Money(-5, "PLN"), "-0,05\u00a0zł"),
        ("en_GB", Money(123456, "PLN"), "PLN\u00a01,234.56"),
        ("zh_CN", Money(123456789, "PLN"), "PLN\u00a01,234,567.89"),
    ],
)
def test_money_is_formatted_for_the_language(locale: str, money: Money, expected: str) -> None:
    assert format_money(money, QLocale(locale)) == expected


def test_money_follows_the_chosen_language(gui_session: GuiSession) -> None:
    gui_session.choose_language("pl")
    assert format_money(Money(9950, "PLN")) == "99,50\u00a0zł"
    gui_session.choose_language("en")
    assert format_money(Money(9950, "PLN")) == "PLN\u00a099.50"


_FIRST_AMOUNT = """
import sys, tempfile
from pathlib import Path
from babel import localedata
from PySide6.QtWidgets import QApplication
from refunddesk.domain.money import Money
from refunddesk.gui import i18n
from refunddesk.gui.formatting import format_money
app = QApplication([])
i18n.LanguageSwitcher(app, Path(tempfile.mkdtemp())).set_language("pl")
reads = []
read = localedata.load
localedata.load = lambda name, *a: reads.append(name) or read(name, *a)
print(format_money(Money(9950, "PLN")), reads)
"""


def test_choosing_a_language_reads_its_locale_data_before_anything_is_shown() -> None:
    # Babel reads locale data on first use, under a lock every thread shares: in a table's
    # first paint, beside a busy worker, that froze the window for ~250 ms. A fresh process,
    # so no other test's widget has read Polish already.
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_AMOUNT],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.stdout.strip() == "99,50\u00a0zł []"


def test_the_orders_table_follows_a_language_switch_after_it_was_painted(
    qtbot: QtBot, gui_session: GuiSession
) -> None:
    # The table remembers what its cells showed (paged_model.py): a language switch must
    # make it forget, or the amounts stay in the language they were first painted in.
    services = gui_session.services
    assert services is not None
    with services.ctx.db.transaction() as s:
        shop = m.Shop(
            name="Shop", environment="custom", api_url="http://127.0.0.1:1",
            auth_url="http://127.0.0.1:1", created_at=datetime(2026, 1, 1, tzinfo=UTC),
        )  # fmt: skip
        s.add(shop)
        s.flush()
        s.execute(
            insert(m.Order),
            [{
                "shop_id": shop.id, "order_id": "order-1", "status": "READY_FOR_PROCESSING",
                "buyer_login": "buyer", "currency": "PLN", "total_minor": 9950,
                "bought_at": datetime(2026, 1, 1, tzinfo=UTC),
                "synced_at": datetime(2026, 1, 1, tzinfo=UTC),
            }],
        )  # fmt: skip
    gui_session.window.show_screen("orders")
    model = gui_session.window.screen_widget("orders").model  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: model.rowCount() == 1 and not model.is_loading, timeout=5000)
    total = model.index(0, OrderColumn.TOTAL)
    assert total.data() == "PLN\u00a099.50"

    gui_session.choose_language("pl")
    assert total.data() == "99,50\u00a0zł"
