"""`refunddesk refunds` and `refunddesk review`: what was refunded, and what needs a person."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from refunddesk.cli.common import context, utc_now
from refunddesk.services import review
from refunddesk.store import queries

REVIEW_ACTIONS = ("approve", "retry", "dismiss", "refunded-by-hand")


def add_parsers(sub: Any) -> None:
    refunds = sub.add_parser("refunds", help="list refunds")
    refunds.add_argument("--status", action="append", help="e.g. SUCCEEDED (repeatable)")
    refunds.add_argument("--since", help="ISO date, e.g. 2026-11-01")
    refunds.add_argument("--limit", type=int, default=50)
    refunds.set_defaults(handler=cmd_refunds)

    rv = sub.add_parser("review", help="what needs a person; approve, retry, dismiss")
    rv.set_defaults(handler=cmd_review)
    review_sub = rv.add_subparsers(dest="review_command", metavar="action")
    review_sub.add_parser("list")
    for name in REVIEW_ACTIONS:
        r = review_sub.add_parser(name)
        r.add_argument("ids", type=int, nargs="+")
        r.add_argument("--note", default="")


def _print_rows(rows: list[queries.RefundRow]) -> None:
    if not rows:
        print("Nothing to show.")
    for r in rows:
        print(
            f"{r.id:>6}  {r.created_at:%Y-%m-%d %H:%M}  {r.state:<17} {r.amount!s:>14}  "
            f"{r.trigger:<17} {r.order_id}  {r.buyer_login}"
        )
        if r.last_note:
            print(f"        {r.last_note}")


def cmd_refunds(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        since = datetime.fromisoformat(args.since).replace(tzinfo=UTC) if args.since else None
        _print_rows(
            queries.refunds(ctx.db, states=args.status or (), since=since, limit=args.limit)
        )
        return 0
    finally:
        ctx.close()


def cmd_review(args: argparse.Namespace) -> int:
    ctx = context(args)
    action = args.review_command or "list"
    actor = f"{getpass.getuser()} (command line)"
    try:
        if action == "list":
            _print_rows(queries.review_items(ctx.db))
            return 0
        do: dict[str, Callable[..., int]] = {
            "approve": review.approve,
            "retry": review.retry,
            "dismiss": review.dismiss,
            "refunded-by-hand": review.mark_refunded_by_hand,
        }
        count = do[action](ctx.db, args.ids, now=utc_now(), note=args.note, actor=actor)
        print(f"{action}: {count} refund(s) done.")
        return 0
    except review.ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()
