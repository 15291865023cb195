"""Starter rules follow the app language, unless the merchant renamed them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

from refunddesk.domain.starter_rules import (
    STARTER_NAMES,
    renamed_starter,
    starter_names,
    starter_rules,
)
from refunddesk.services import rules as svc
from refunddesk.store import rules_repo

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def test_every_language_names_every_starter_and_unknown_languages_get_english() -> None:
    for names in STARTER_NAMES.values():
        assert len(set(names)) == len(starter_rules())
    assert [r.name for r in starter_rules(language="pl")] == list(starter_names("pl"))
    assert starter_names("de") == STARTER_NAMES["en"]


def test_a_default_name_in_any_language_maps_to_the_same_starter_in_another() -> None:
    assert renamed_starter("Refund buyer cancellations", "pl") == (
        "Zwracaj pieniądze za anulowane zamówienia"
    )
    assert renamed_starter("Zwracaj pieniądze za anulowane zamówienia", "zh_CN") == (
        "为买家取消的订单退款"
    )
    assert renamed_starter("促销商品始终退款", "en") == "Always refund promo items"
    assert renamed_starter("Refund buyer cancellations", "en") is None  # already right
    assert renamed_starter("Refund buyer cancellations fast", "pl") is None  # the merchant's
    # An earlier version's default name is still the starter's: renamed to today's.
    assert renamed_starter("Hold refunds above 500 PLN for approval", "en") == (
        "Hold refunds of 500 PLN or more for approval"
    )
    assert renamed_starter("超过 500 PLN 的退款等待批准", "pl") == (
        "Wstrzymuj zwroty od 500 zł do zatwierdzenia"
    )


def test_switching_language_renames_default_starters_and_keeps_the_merchants_names(
    app_context: Any,
) -> None:
    db = app_context.db
    saved = svc.add_starter_rules(db, range(5), NOW)
    mine = rules_repo.save_rule(db, replace(saved[2], name="Late"), NOW)  # the merchant's
    renamed = svc.rename_starter_rules(db, "pl", NOW)
    assert len(renamed) == 4
    names = [r.name for r in rules_repo.load_rules(db)]
    assert names == [*starter_names("pl")[:2], "Late", *starter_names("pl")[3:]]
    assert mine.name == "Late"

    svc.rename_starter_rules(db, "zh_CN", NOW)
    assert [r.name for r in rules_repo.load_rules(db)][:2] == list(starter_names("zh_CN")[:2])
    assert svc.rename_starter_rules(db, "zh_CN", NOW) == []  # nothing left to rename
    # Only the name changed: the rule does what it did.
    assert rules_repo.load_rules(db)[1].action == saved[1].action
