"""Orders and returns set aside because Allegro sent values that cannot be right."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from refunddesk.domain.messages import Message, Said, to_text
from refunddesk.marketplace.base import UnreadableOrder
from refunddesk.store import orders_repo, sync_repo

log = logging.getLogger(__name__)


def problem_message(problem: UnreadableOrder) -> Message:
    """What was set aside, in no particular language. The reason and the field are Allegro's
    data as our reader saw it (English, technical): they ride along for the details."""
    values: dict[str, object] = {"reason": problem.reason}
    if problem.field_path:
        values["field"] = problem.field_path
    if problem.order_id and problem.subject != "order":
        values["of_order"] = problem.order_id
    if problem.subject in ("order", "return", "refund", "shipment", "event"):
        code = f"quarantine.{problem.subject}"
    else:
        code = "quarantine.order"
    return Message(code, {"id": problem.subject_id or "?", **values})  # type: ignore[dict-item]


def problem_text(problem: UnreadableOrder) -> str:
    """The problem as stored in a text column (a problem row, an order's last sync error):
    a message as JSON, shown in the merchant's language by ``messages.render_text``."""
    return to_text(problem_message(problem))


def quarantine(
    s: Session,
    shop_id: int,
    problems: Sequence[UnreadableOrder],
    now: datetime,
    report: list[Said],
) -> None:
    """Problem rows for entries set aside from a list; what has no id is only reported."""
    orders: dict[str, str] = {}
    for p in problems:
        said = problem_message(p)
        text = to_text(said)
        if p.subject == "history":
            sync_repo.record_problem(s, shop_id, "history", p.subject_id, text, now)
        elif p.subject == "return" and p.subject_id:
            sync_repo.record_problem(s, shop_id, "return", p.subject_id, text, now)
        elif p.order_id and p.subject != "return":
            sync_repo.record_problem(s, shop_id, "order", p.order_id, text, now)
            orders[p.order_id] = text
        else:
            # Nothing to read it again by: it is listed again while the cursor stays before it.
            log.warning("an entry without a readable id was set aside: %s", p)
        report.append(said)
    orders_repo.note_sync_errors(s, shop_id, orders)
