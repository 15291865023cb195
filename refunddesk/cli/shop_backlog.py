"""`shop backlog` and `shop add --backlog`: the merchant's choice for the backlog at connect."""

from __future__ import annotations

import argparse
from typing import Any

from refunddesk.cli.common import utc_now
from refunddesk.domain.money import Money
from refunddesk.queries.backlog import BacklogFound, BacklogKind
from refunddesk.services import backlog, shops
from refunddesk.services.context import AppContext

CHOICES_HELP = (
    "what happens to the cases found in the backfill window when the shop is connected: "
    "ask = held for your approval in Review (the default), apply = refunded by the rules like "
    "new cases, ignore = left to you (shown on the dashboard)"
)
KIND_WORDS = {
    BacklogKind.CANCELLED_NOT_REFUNDED: "cancelled paid orders not refunded",
    BacklogKind.NOT_SENT_IN_TIME: "orders past their dispatch deadline, not sent",
    BacklogKind.RETURN_DELIVERED: "delivered returns not refunded",
}


def add_backlog_option(add: argparse.ArgumentParser) -> None:
    add.add_argument("--backlog", choices=shops.BACKLOG_MODES, default="ask", help=CHOICES_HELP)


def add_backlog_parser(shop_sub: Any) -> None:
    p = shop_sub.add_parser(
        "backlog",
        help="show or change what happens to the cases found when the shop was connected",
        description=CHOICES_HELP[0].upper() + CHOICES_HELP[1:] + ".",
    )
    p.add_argument("shop", help="name or number")
    p.add_argument("choice", nargs="?", choices=shops.BACKLOG_MODES, help="the new choice")


def cmd_backlog(ctx: AppContext, info: shops.ShopInfo, choice: str | None) -> int:
    if choice is not None:
        shops.set_backlog_mode(ctx.db, info.id, choice)
        print(f"{info.name}: the cases found at connect are now handled as {choice!r}.")
    else:
        print(f"{info.name}: the cases found at connect are handled as {info.backlog_mode!r}.")
    print_found(backlog.count_found(ctx.db, info.id, utc_now()))
    return 0


def print_found(found: BacklogFound) -> None:
    """What the backfill window holds, one line per kind, with the amounts."""
    print(f"Found since {found.since:%Y-%m-%d} (the backfill window):")
    for kind, words in KIND_WORDS.items():
        totals = found.of(kind)
        print(f"  {totals.count:>5}  {words:<48} {_amounts(totals.amounts)}")


def _amounts(amounts: tuple[Money, ...]) -> str:
    return " + ".join(f"{a.amount_str()} {a.currency}" for a in amounts) or "-"
