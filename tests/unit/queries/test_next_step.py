"""The dashboard's next step follows the app's state: connect, review, add a rule, arm one."""

from __future__ import annotations

from dataclasses import replace

import pytest

from refunddesk.automation import limits
from refunddesk.domain.cases import Trigger
from refunddesk.domain.rules import Mode, Rule
from refunddesk.queries.next_step import NextStep, Progress, load_progress
from refunddesk.services.context import AppContext
from refunddesk.store import rules_repo

GOOD = Progress(has_shop=True, armed_rules=1, shadow_rules=0, waiting=0, paused=False)


@pytest.mark.parametrize(
    ("progress", "step"),
    [
        (GOOD, NextStep.ALL_GOOD),
        (replace(GOOD, has_shop=False, waiting=3), NextStep.CONNECT),
        (replace(GOOD, armed_rules=0, waiting=2, paused=True), NextStep.REVIEW),
        (replace(GOOD, paused=True), NextStep.PAUSED),
        (replace(GOOD, armed_rules=0), NextStep.ADD_RULE),
        (replace(GOOD, armed_rules=0, shadow_rules=2), NextStep.TRY_SHADOW),
    ],
)
def test_the_most_pressing_step_comes_first(progress: Progress, step: NextStep) -> None:
    assert progress.step is step


def test_progress_is_read_from_the_database(
    app_context: AppContext, demo_context: AppContext
) -> None:
    assert load_progress(app_context.db).step is NextStep.CONNECT  # no shop at all
    db, now = demo_context.db, demo_context.now()
    assert load_progress(db).step is NextStep.ADD_RULE  # a shop, no rule
    shadow = rules_repo.save_rule(db, Rule("", "Cancellations", Trigger.BUYER_CANCELLED), now)
    rules_repo.save_rule(db, Rule("", "Off", Trigger.BUYER_CANCELLED, mode=Mode.ARMED), now)
    off = rules_repo.load_rules(db)[1]
    rules_repo.set_enabled(db, int(off.id), False)  # a switched-off rule does nothing
    assert load_progress(db) == Progress(True, 0, 1, 0, False)
    rules_repo.save_rule(db, replace(shadow, mode=Mode.ARMED), now)
    assert load_progress(db).step is NextStep.ALL_GOOD
    with db.transaction() as s:
        limits.update_settings(s, paused=True)
    assert load_progress(db).step is NextStep.PAUSED
