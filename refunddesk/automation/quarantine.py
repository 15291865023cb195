"""Orders and returns set aside because Allegro sent values that cannot be right."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from refunddesk.domain.messages import Said
from refunddesk.marketplace.base import UnreadableOrder
from refunddesk.store import orders_repo, sync_repo

log = logging.getLogger(__name__)


def problem_text(problem: UnreadableOrder) -> str:
    """The reason in plain words, with the field for whoever looks deeper."""
    where = f" (field {problem.field_path})" if problem.field_path else ""
    whose = f"{problem.subject} {problem.subject_id}: " if problem.subject != "order" else ""
    return f"{whose}Allegro sent a value that cannot be right: {problem.reason}{where}"


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
        text = problem_text(p)
        if p.subject == "history":
            sync_repo.record_problem(s, shop_id, "history", p.subject_id, text, now)
        elif p.subject == "return" and p.subject_id:
            whose = f" (order {p.order_id})" if p.order_id else ""
            sync_repo.record_problem(s, shop_id, "return", p.subject_id, text + whose, now)
        elif p.order_id and p.subject != "return":
            sync_repo.record_problem(s, shop_id, "order", p.order_id, text, now)
            orders[p.order_id] = text
        else:
            # Nothing to read it again by: it is listed again while the cursor stays before it.
            log.warning("an entry without a readable id was set aside: %s", p)
        report.append(f"order {p.order_id or '?'}: {text}")
    orders_repo.note_sync_errors(s, shop_id, orders)
