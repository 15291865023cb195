"""`refunddesk refunds` and `refunddesk review`: what was refunded, and what needs a person."""

from __future__ import annotations

import argparse
import getpass
from collections.abc import Callable
from datetime import datetime
from typing import Any

from refunddesk.automation.states import IntentState
from refunddesk.cli.common import (
    context,
    iso_date,
    output_language,
    padded,
    positive_int,
    print_json_rows,
    text_width,
    utc_now,
)
from refunddesk.domain.locale_format import format_money
from refunddesk.domain.messages import details, msg, render
from refunddesk.services import review
from refunddesk.store import queries

STATES = tuple(s.value for s in IntentState)

REVIEW_DESCRIPTION = """\
Refunds that wait for a person: holds, failures and refunds whose outcome Allegro did not confirm.

actions:
  list [--json]                          what needs a person (the default)
  approve IDS [--note TEXT]              send held refunds on the next cycle
  retry IDS [--note TEXT]                send failed refunds again
  dismiss IDS --note TEXT                do not refund (the note says why)
  refunded-by-hand IDS [--note TEXT]     you refunded them outside RefundDesk
  reopen IDS [--note TEXT]               undo a dismissal: held again, for you to approve
"""
REVIEW_ACTIONS: dict[str, Callable[..., int]] = {
    "approve": review.approve,
    "retry": review.retry,
    "dismiss": review.dismiss,
    "refunded-by-hand": review.mark_refunded_by_hand,
    "reopen": review.reopen,
}


def add_parsers(sub: Any) -> None:
    refunds = sub.add_parser("refunds", help="list refunds")
    refunds.add_argument(
        "--status",
        action="append",
        type=str.upper,
        choices=STATES,
        metavar="STATUS",
        help=f"only these (repeatable): {', '.join(STATES)}",
    )
    refunds.add_argument("--since", type=iso_date, help="a date, e.g. 2026-11-01")
    refunds.add_argument("--limit", type=positive_int, default=50, help="at most (default 50)")
    refunds.add_argument("--json", action="store_true", help="one JSON object per line")
    refunds.set_defaults(handler=cmd_refunds)

    rv = sub.add_parser(
        "review",
        help="what needs a person; approve, retry, dismiss, refunded-by-hand, reopen",
        description=REVIEW_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rv.add_argument("--json", action="store_true", help="list: one JSON object per line")
    rv.set_defaults(handler=cmd_review)
    review_sub = rv.add_subparsers(dest="review_command", metavar="action")
    listing = review_sub.add_parser("list", help="what needs a person (the default)")
    listing.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="one JSON object per line"
    )
    for name in REVIEW_ACTIONS:
        r = review_sub.add_parser(name)
        r.add_argument("ids", type=positive_int, nargs="+", metavar="ID")
        r.add_argument("--note", default="", required=name == "dismiss")
        if name == "approve":
            r.add_argument(
                "--shadow-too",
                action="store_true",
                help="also send trial (shadow) records for real",
            )


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def row_json(r: queries.RefundRow, language: str = "en") -> dict[str, Any]:
    """The stable JSON keys of one refund (docs/CLI.md lists them); texts in ``language``."""
    return {
        "id": r.id,
        "shop_id": r.shop_id,
        "order_id": r.order_id,
        "buyer_login": r.buyer_login,
        "amount": r.amount.amount_str(),
        "amount_minor": r.amount.minor,
        "currency": r.amount.currency,
        "state": r.state,
        "trigger": r.trigger,
        "mode": r.mode.upper(),  # ARMED or SHADOW, as in `rules list --json`
        "rule_name": r.rule_name,
        "rule_version": r.rule_version,
        "reason_code": r.reason_code,
        "held_reason": r.held_reason,
        "failure_detail": render(r.failure_detail, language),
        "created_at": _iso(r.created_at),
        "updated_at": _iso(r.updated_at),
        "not_before": _iso(r.not_before),
        "last_note": render(r.last_note, language),
        # Allegro's own words and trace ids behind the texts above (for Allegro's support).
        "details": [*details(r.failure_detail, language), *details(r.last_note, language)],
    }


def _print_rows(rows: list[queries.RefundRow], *, as_json: bool, empty: str, language: str) -> None:
    if as_json:
        print_json_rows(row_json(r, language) for r in rows)
        return
    if not rows:
        print(render(msg(empty), language))

    def state_of(r: queries.RefundRow) -> str:
        # English keeps the codes scripts have read (--json is for scripts); the other
        # languages get the words and the money as the window shows them.
        return r.state if language == "en" else render(msg(f"state.{r.state}"), language)

    # As wide as the longest state shown ("tylko zapisany (tryb próbny)" is 28 columns).
    states = [state_of(r) for r in rows]
    state_width = max([17, *(text_width(s) for s in states)])
    for r, state in zip(rows, states, strict=True):
        amount = str(r.amount) if language == "en" else format_money(r.amount, language)
        print(
            f"{r.id:>6}  {r.created_at:%Y-%m-%d %H:%M}  {padded(state, state_width)} {amount:>14}  "
            f"{r.trigger:<17} {r.order_id}  {r.buyer_login}"
        )
        if r.failure_detail:
            print(f"        {render(r.failure_detail, language)}")
        if r.last_note and r.last_note != r.failure_detail:
            print(f"        {render(r.last_note, language)}")
        for line in dict.fromkeys(
            [*details(r.failure_detail, language), *details(r.last_note, language)]
        ):
            print(f"          {line}")


def cmd_refunds(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        rows = queries.refunds(ctx.db, states=args.status or (), since=args.since, limit=args.limit)
        filtered = args.status or args.since
        _print_rows(
            rows,
            as_json=args.json,
            language=output_language(args),
            empty="cli.refunds_none_match" if filtered else "cli.refunds_none_yet",
        )
        return 0
    finally:
        ctx.close()


def _refuse_shadow(ctx: Any, ids: list[int]) -> None:
    shadow = [i for i in ids if queries.refund_state(ctx.db, i) == IntentState.SHADOW.value]
    if shadow:
        raise review.ReviewError(msg("cli.approve_shadow", id=shadow[0]))


def cmd_review(args: argparse.Namespace) -> int:
    ctx = context(args)
    action = args.review_command or "list"
    try:
        if action == "list":
            _print_rows(
                queries.review_items(ctx.db),
                as_json=args.json,
                language=output_language(args),
                empty="cli.review_nothing",
            )
            return 0
        actor = f"{getpass.getuser()} (command line)"
        if action == "approve" and not args.shadow_too:
            # A trial record approved sends real money; `refunds` lists them beside the
            # held ones, so a mistyped number would. Only asked for by name.
            _refuse_shadow(ctx, args.ids)
        count = REVIEW_ACTIONS[action](ctx.db, args.ids, now=utc_now(), note=args.note, actor=actor)
        said = msg("cli.review_done", action=msg(f"cli.review_action.{action}"), n=count)
        print(render(said, output_language(args)))
        return 0
    finally:
        ctx.close()
