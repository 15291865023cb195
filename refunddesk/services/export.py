"""The refund history as a CSV file for Excel: streamed in batches, exact amounts, no secrets."""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from pathlib import Path

from refunddesk.infra.private_files import open_private
from refunddesk.queries.refunds import (
    STATUS_WORDS,
    TRIGGER_WORDS,
    RefundFilter,
    RefundSort,
    iter_history,
)
from refunddesk.store.database import Database

HEADER = (
    "date",
    "order",
    "buyer",
    "amount",
    "currency",
    "status",
    "trigger",
    "rule",
    "rule version",
    "mode",
    "shop",
    "refund id",
)


def export_refunds_csv(
    db: Database,
    path: Path,
    flt: RefundFilter = RefundFilter(),
    sort: RefundSort = RefundSort(),
    *,
    status_words: Mapping[str, str] | None = None,
    trigger_words: Mapping[str, str] | None = None,
    header: tuple[str, ...] = HEADER,
    batch: int = 1000,
) -> int:
    """Write the filtered history to ``path``; returns the number of refunds written.

    Amounts are exact decimal strings with the currency in its own column; dates are ISO 8601
    in UTC. UTF-8 with a byte order mark, so Excel reads Polish and Chinese letters right.
    Written to a temporary file first, so a failed export never leaves half a file behind.
    """
    statuses = status_words or STATUS_WORDS
    triggers = trigger_words or TRIGGER_WORDS
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        # Buyers' logins and amounts: readable by the user only, like everything else we write.
        with open_private(tmp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(header)
            for r in iter_history(db, flt, sort, batch=batch):
                writer.writerow(
                    (
                        r.created_at.isoformat(timespec="seconds"),
                        r.order_id,
                        r.buyer_login,
                        r.amount.amount_str(),
                        r.amount.currency,
                        statuses.get(r.state, r.state),
                        triggers.get(r.trigger, r.trigger),
                        r.rule_name,
                        "" if r.rule_version is None else r.rule_version,
                        r.mode,
                        r.shop_id,
                        r.id,
                    )
                )
                count += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
