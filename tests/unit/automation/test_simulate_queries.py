"""The Simulate screen's queries: catalogue from synced lines, saved scenarios re-run."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.domain.scenarios import TestItem, TestScenario
from refunddesk.queries import simulate as q
from refunddesk.store import scenarios_repo
from refunddesk.store.database import open_database, sqlite_url
from tests.support.simulate_history import NOW, pln, seed_history


def test_catalogue_lists_each_offer_once_with_its_last_price(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "c.sqlite3"))
    seed_history(db)
    offers = q.catalogue(db)
    names = [o.name for o in offers]
    assert names == sorted(set(names))  # O5 and O6 both sold "Czajnik": listed once
    czajnik = next(o for o in offers if o.name == "Czajnik")
    assert czajnik.price == pln("120.00") and czajnik.offer_id == "offer-Czajnik"


def test_saved_scenarios_keep_their_baseline_and_show_a_changed_outcome(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "s.sqlite3"))
    scenario = TestScenario(
        items=(TestItem("Kubek", pln("40.00"), 1),),
        trigger=Trigger.BUYER_CANCELLED,
        bought_at=NOW,
        paid_at=NOW + timedelta(minutes=1),
    )
    rule = Rule("1", "Cancellations", Trigger.BUYER_CANCELLED, mode=Mode.ARMED)
    saved = q.save_scenario(db, " Small cancel ", scenario, [rule], NOW)
    assert (saved.outcome, saved.amount_minor, saved.rule_name) == ("REFUND", 4000, "Cancellations")
    assert [s.name for s in scenarios_repo.list_scenarios(db)] == ["Small cancel"]
    [same] = q.rerun_saved(db, [rule])
    assert not same.changed
    [off] = q.rerun_saved(db, [replace(rule, enabled=False)])
    assert off.changed and off.now.outcome == "NO_RULE" and off.before.outcome == "REFUND"
    assert scenarios_repo.delete_scenario(db, "Small cancel")
    assert q.rerun_saved(db, [rule]) == []
