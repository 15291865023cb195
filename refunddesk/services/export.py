"""The refund history as a CSV file for Excel: streamed in batches, exact amounts, no secrets,
in the separators of the merchant's language."""

from __future__ import annotations

import csv
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from refunddesk.infra.private_files import open_private
from refunddesk.queries.refunds import (
    STATUS_WORDS,
    TRIGGER_WORDS,
    RefundFilter,
    RefundSort,
    filter_choices,
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


@dataclass(frozen=True, slots=True)
class CsvStyle:
    """How a spreadsheet of the merchant's language reads a CSV file: Excel set to Polish
    splits columns at ";" and reads "79,80" as a number (with "," and "79.80" every row landed
    in one column and the amounts became text or dates)."""

    delimiter: str = ","
    decimal: str = "."

    @classmethod
    def for_language(cls, language: str) -> CsvStyle:
        return cls(";", ",") if language.startswith("pl") else cls()


def export_refunds_csv(
    db: Database,
    path: Path,
    flt: RefundFilter = RefundFilter(),
    sort: RefundSort = RefundSort(),
    *,
    status_words: Mapping[str, str] | None = None,
    trigger_words: Mapping[str, str] | None = None,
    mode_words: Mapping[str, str] | None = None,
    header: tuple[str, ...] = HEADER,
    style: CsvStyle = CsvStyle(),
    batch: int = 1000,
) -> int:
    """Write the filtered history to ``path``; returns the number of refunds written.

    Amounts are exact decimal numbers with the currency in its own column; dates are this
    computer's local time as spreadsheets read it ("2026-11-21 10:00:00", as the screen shows
    them). UTF-8 with a byte order mark, so Excel reads Polish and Chinese letters right.
    Written to a temporary file first, so a failed export never leaves half a file behind.
    """
    statuses = status_words or STATUS_WORDS
    triggers = trigger_words or TRIGGER_WORDS
    modes = mode_words or {}
    shops = {choice.id: choice.name for choice in filter_choices(db).shops}
    tmp = path.with_name(path.name + ".part")
    count = 0
    try:
        # Buyers' logins and amounts: readable by the user only, like everything else we write.
        with open_private(tmp, "w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out, delimiter=style.delimiter)
            writer.writerow(header)
            for r in iter_history(db, flt, sort, batch=batch):
                writer.writerow(
                    (
                        r.created_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"),
                        r.order_id,
                        r.buyer_login,
                        r.amount.amount_str().replace(".", style.decimal),
                        r.amount.currency,
                        statuses.get(r.state, r.state),
                        triggers.get(r.trigger, r.trigger),
                        r.rule_name,
                        "" if r.rule_version is None else r.rule_version,
                        modes.get(r.mode.lower(), r.mode),
                        shops.get(r.shop_id, r.shop_id),
                        r.id,
                    )
                )
                count += 1
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)
    return count
