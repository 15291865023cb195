"""After a refund succeeds: the "cancelled" fulfilment label and commission claims."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlalchemy import select, update

from refunddesk.automation.intent_ops import AttemptRecorder, save_attempts
from refunddesk.automation.states import IntentState
from refunddesk.domain.messages import Said, msg, to_text
from refunddesk.domain.plan_json import plan_from_json
from refunddesk.marketplace.base import (
    Conflict,
    Marketplace,
    MarketplaceError,
    NetworkError,
    RateLimited,
    ReconnectNeeded,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.store import models as m
from refunddesk.store import sync_repo
from refunddesk.store.database import Database

log = logging.getLogger(__name__)


def run_followups(
    db: Database,
    shop_id: int,
    market: Marketplace,
    now: Callable[[], datetime],
    recorder: AttemptRecorder,
) -> list[Said]:
    """Do the after-success steps of every succeeded intent that still has some; problems out."""
    with db.transaction() as s:
        # Most refunds have no step to do: marked done in one statement, not one each.
        s.execute(
            update(m.RefundIntent)
            .where(
                m.RefundIntent.shop_id == shop_id,
                m.RefundIntent.state == IntentState.SUCCEEDED.value,
                m.RefundIntent.followups_done.is_(False),
                m.RefundIntent.set_cancelled_label.is_(False),
                m.RefundIntent.claim_commission.is_(False),
            )
            .values(followups_done=True)
            .execution_options(synchronize_session=False)
        )
    with db.sessions() as s:
        ids = list(
            s.scalars(
                select(m.RefundIntent.id).where(
                    m.RefundIntent.shop_id == shop_id,
                    m.RefundIntent.state == IntentState.SUCCEEDED.value,
                    m.RefundIntent.followups_done.is_(False),
                )
            )
        )
    problems: list[Said] = []
    for intent_id in ids:
        with recorder.capture() as attempts:
            try:
                _followups_for(db, intent_id, market, now)
            except (NetworkError, RateLimited, ReconnectNeeded, Conflict) as exc:
                # Nothing refused the step: no answer, slow down, a login to renew, a newer
                # revision. It is tried again next round; only a refusal gives it up.
                problems.append(
                    msg("problem.followup_retry", intent=intent_id, why=error_message(exc))
                )
            except MarketplaceError as exc:
                problems.append(msg("problem.followup", intent=intent_id, why=error_message(exc)))
                with db.transaction() as s:
                    intent = s.get(m.RefundIntent, intent_id)
                    assert intent is not None
                    intent.followups_done = True
                    sync_repo.add_timeline(
                        s,
                        shop_id,
                        intent.order_id,
                        source="refund",
                        type="FOLLOWUP_FAILED",
                        occurred_at=now(),
                        detail=to_text(msg("followup.refused", why=error_message(exc))),
                    )
            finally:
                with db.transaction() as s:
                    save_attempts(s, intent_id, list(attempts))
    return problems


def _followups_for(
    db: Database, intent_id: int, market: Marketplace, now: Callable[[], datetime]
) -> None:
    with db.sessions() as s:
        intent = s.get(m.RefundIntent, intent_id)
        assert intent is not None
        shop_id, order_id = intent.shop_id, intent.order_id
        wants_label, wants_claims = intent.set_cancelled_label, intent.claim_commission
        plan = plan_from_json(intent.plan)
        filed = {
            c.line_item_id
            for c in s.scalars(
                select(m.CommissionClaim).where(m.CommissionClaim.intent_id == intent_id)
            )
        }
    if wants_label:
        order = market.get_order(order_id)  # the live revision: Allegro refuses a stale one
        if order.fulfillment_status != "CANCELLED":
            market.set_fulfillment(order_id, order.revision, "CANCELLED")
            with db.transaction() as s:
                sync_repo.add_timeline(
                    s,
                    shop_id,
                    order_id,
                    source="refund",
                    type="LABEL_CANCELLED",
                    occurred_at=now(),
                    detail=to_text(msg("followup.label_cancelled")),
                    source_id=f"intent:{intent_id}:label",
                )
    if wants_claims:
        for line in plan.lines:
            if line.quantity is None or line.line_item_id in filed:
                continue  # claims are per whole unit; partial refunds carry no commission claim
            claim = market.create_refund_claim(line.line_item_id, line.quantity)
            with db.transaction() as s:
                s.add(
                    m.CommissionClaim(
                        intent_id=intent_id,
                        line_item_id=line.line_item_id,
                        quantity=line.quantity,
                        claim_id=claim.id,
                        status=claim.status,
                        created_at=now(),
                    )
                )
                sync_repo.add_timeline(
                    s,
                    shop_id,
                    order_id,
                    source="refund",
                    type="COMMISSION_CLAIMED",
                    occurred_at=now(),
                    detail=to_text(
                        msg("followup.commission_claimed", quantity=line.quantity, item=line.name)
                    ),
                    source_id=f"claim:{claim.id}",
                )
    with db.transaction() as s:
        intent = s.get(m.RefundIntent, intent_id)
        assert intent is not None
        intent.followups_done = True
