"""Counts read as the language says them: Polish one/few/many, Chinese one form, English too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from refunddesk.gui import counts, i18n


@pytest.fixture
def switcher(qapp: QApplication, tmp_path: Path) -> Iterator[i18n.LanguageSwitcher]:
    languages = i18n.LanguageSwitcher(qapp, tmp_path / "translations")
    try:
        yield languages
    finally:
        languages.set_language("en")  # translators are application-wide


@pytest.mark.parametrize(
    ("n", "expected"),
    [
        (1, "Zaznaczono 1 zwrot, razem 10 zł"),
        (2, "Zaznaczono 2 zwroty, razem 10 zł"),
        (5, "Zaznaczono 5 zwrotów, razem 10 zł"),
        (12, "Zaznaczono 12 zwrotów, razem 10 zł"),
        (22, "Zaznaczono 22 zwroty, razem 10 zł"),
        (25, "Zaznaczono 25 zwrotów, razem 10 zł"),
    ],
)
def test_polish_counts_take_the_form_for_their_number(
    switcher: i18n.LanguageSwitcher, n: int, expected: str
) -> None:
    switcher.set_language("pl")
    assert counts.refunds_selected(n, "10 zł") == expected


def test_polish_dashboard_counts_each_follow_their_own_number(
    switcher: i18n.LanguageSwitcher,
) -> None:
    switcher.set_language("pl")
    said = {n: counts.pieces(counts.held(n), counts.failed_or_unchecked(n)) for n in (1, 2, 5, 22)}
    assert said[1] == "1 wstrzymany, 1 nieudany lub niepotwierdzony"
    assert said[2] == "2 wstrzymane, 2 nieudane lub niepotwierdzone"
    assert said[5] == "5 wstrzymanych, 5 nieudanych lub niepotwierdzonych"
    assert said[22] == "22 wstrzymane, 22 nieudane lub niepotwierdzone"
    # Two counts in one line: each piece takes the form of its own number.
    assert counts.pieces(counts.held(1), counts.failed_or_unchecked(5)) == (
        "1 wstrzymany, 5 nieudanych lub niepotwierdzonych"
    )


def test_english_counts_are_singular_for_one_and_plural_otherwise(
    switcher: i18n.LanguageSwitcher,
) -> None:
    switcher.set_language("en")
    assert counts.refunds_selected(1, "PLN 10.00") == "1 refund selected, together PLN 10.00"
    assert counts.refunds_selected(2, "PLN 10.00") == "2 refunds selected, together PLN 10.00"
    assert counts.left_to_you(1).startswith("1 older case left to you")
    assert counts.cases_looked_at(1).startswith("1 case of its trigger was looked at")
    assert counts.cases_looked_at(3).startswith("3 cases of its trigger were looked at")
    assert "(s)" not in counts.approve_question(1, "PLN 1.00")


def test_chinese_counts_have_one_form(switcher: i18n.LanguageSwitcher) -> None:
    switcher.set_language("zh_CN")
    assert counts.refunds_selected(1, "X") == "已选择 1 笔退款，共计 X"
    assert counts.refunds_selected(5, "X") == "已选择 5 笔退款，共计 X"
    both = counts.pieces(counts.held(1), counts.failed_or_unchecked(2))
    assert both == "1 个暂扣，2 个失败或未确认"


def test_no_count_sentence_in_any_language_keeps_the_source_marker(
    switcher: i18n.LanguageSwitcher,
) -> None:
    for language in ("en", "pl", "zh_CN"):
        switcher.set_language(language)
        for n in (0, 1, 2, 5, 22):
            for text in (
                counts.approve_question(n, "X"),
                counts.dismiss_question(n, "X"),
                counts.mark_by_hand_question(n, "X"),
                counts.send_again_question(n, "X"),
                counts.approve_found_at_connect_question(n, "X"),
                counts.more_notices(n),
                counts.ledger_moved(n, "X"),
                counts.scenarios(n),
                counts.cancelled_after(1, n),
                counts.over_the_last_days(n, "X"),
                counts.refunded_orders(n, "X"),
            ):
                assert "(s)" not in text and "%n" not in text and str(n) in text, (language, text)


@pytest.mark.parametrize(
    ("n", "count", "unreadable"),
    [
        (1, "1 zamówienie", "Nie udało się odczytać 1 zamówienia z Allegro."),
        (2, "2 zamówienia", "Nie udało się odczytać 2 zamówień z Allegro."),
        (5, "5 zamówień", "Nie udało się odczytać 5 zamówień z Allegro."),
        (22, "22 zamówienia", "Nie udało się odczytać 22 zamówień z Allegro."),
    ],
)
def test_polish_order_counts(
    switcher: i18n.LanguageSwitcher, n: int, count: str, unreadable: str
) -> None:
    switcher.set_language("pl")
    assert counts.orders(n) == count
    assert counts.unreadable_orders(n) == unreadable


def test_english_breaker_and_reminders_count_right(switcher: i18n.LanguageSwitcher) -> None:
    switcher.set_language("en")
    assert counts.breaker_stopped(1).startswith("Automation stopped after 1 failure:")
    assert counts.breaker_stopped(3).startswith("Automation stopped after 3 failures in a row:")
    assert counts.rule_held_of("Small", 1, 1) == (
        "“Small” held 1 of its 1 case since it was last reviewed."
    )
    assert counts.rule_failed_of("Small", 2, 7) == (
        "“Small” failed 2 of its 7 cases since it was last reviewed."
    )
    assert counts.orders(1) == "1 order" and counts.orders(0) == "0 orders"
