"""Amounts to edit are written with the language's decimal separator, and read back exactly."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from refunddesk.domain.money import Money
from refunddesk.gui import i18n
from refunddesk.gui.rules_editor.inputs import MoneyEdit as RuleMoneyEdit
from refunddesk.gui.simulate.composer import OrderComposer
from refunddesk.gui.widgets.money_edit import MoneyEdit


def test_polish_amounts_have_a_decimal_comma_and_read_back_exactly(
    qtbot: QtBot, app_language: i18n.LanguageSwitcher
) -> None:
    amount = Money(1250, "PLN")
    assert app_language.set_language("pl") == "pl"
    limit = MoneyEdit()
    deduction = RuleMoneyEdit()
    qtbot.addWidget(limit)
    qtbot.addWidget(deduction)
    limit.set_value(amount)
    deduction.set_money(amount)
    assert (limit.text(), deduction.line.text()) == ("12,50", "12,50")
    assert deduction.line.placeholderText() == "0,00"
    assert (limit.value(), deduction.money()) == (amount, amount)
    # The window switched to English: the empty field's example follows; typed text stays.
    assert app_language.set_language("en") == "en"
    assert deduction.line.placeholderText() == "0.00"
    assert deduction.money() == amount


def test_the_test_orders_delivery_cost_starts_in_the_languages_form(
    qtbot: QtBot, app_language: i18n.LanguageSwitcher
) -> None:
    assert app_language.set_language("pl") == "pl"
    composer = OrderComposer()
    qtbot.addWidget(composer)
    assert composer.delivery_edit.text() == "9,99"
    assert composer.delivery_cost() == Money(999, "PLN")
    assert app_language.set_language("zh_CN") == "zh_CN"  # untouched: it follows
    assert composer.delivery_edit.text() == "9.99"
    composer.delivery_edit.setText("12.00")
    assert app_language.set_language("pl") == "pl"  # typed: it stays as typed
    assert composer.delivery_edit.text() == "12.00"


def test_amounts_grouped_by_thousands_are_read_alike_on_every_screen(qtbot: QtBot) -> None:
    # "1 000,50" was refused in the rule editor and Simulate, accepted in Settings → Limits.
    from refunddesk.gui.simulate.composer import parse_amount
    from refunddesk.services.settings import parse_amount as limits_amount

    deduction = RuleMoneyEdit()
    qtbot.addWidget(deduction)
    for typed in ("1 000,50", "1\u00a0000,50", "1.000,50", "1,000.50", "1000,50"):
        deduction.line.clear()
        qtbot.keyClicks(deduction.line, typed)  # as typed, through the field's validator
        assert deduction.line.text() == typed
        assert deduction.money() == Money(100050, "PLN"), typed
        assert parse_amount(typed) == Money(100050, "PLN"), typed
        assert limits_amount(typed, "PLN") == Money(100050, "PLN"), typed
    deduction.line.setText("12,999")
    assert deduction.money() is None and not deduction.is_valid()
