"""`refunddesk notices [resend ID]`: buyer notices that failed, and sending one again by hand."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from refunddesk.cli.common import context, output_language
from refunddesk.cli.errors import CliError
from refunddesk.domain.messages import render_text
from refunddesk.notify.records import RESENDABLE, NoticeStatus, allow_resend
from refunddesk.store.models import Notification, RefundIntent


def add_parsers(sub: Any) -> None:
    p = sub.add_parser("notices", help="buyer notices that failed; resend one")
    p.set_defaults(handler=cmd_notices)
    actions = p.add_subparsers(dest="notices_command", metavar="action")
    resend = actions.add_parser(
        "resend", help="show a failed or unknown notice, then let the worker send it again"
    )
    resend.add_argument("id", type=int, help="the notice's id (from `refunddesk notices`)")
    resend.add_argument("--yes", action="store_true", help="do not ask before resending")


def cmd_notices(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        if args.notices_command == "resend":
            return _resend(ctx.db, args.id, args.yes)
        with ctx.db.sessions() as s:
            rows = s.execute(
                select(Notification, RefundIntent.order_id)
                .join(RefundIntent, RefundIntent.id == Notification.intent_id)
                .where(Notification.status.in_((*RESENDABLE, NoticeStatus.SKIPPED)))
                .order_by(Notification.id)
            ).all()
            language = output_language(args)
            for n, order_id in rows:
                why = render_text(n.error, language)
                print(f"{n.id}\t{n.channel}\t{n.status}\torder {order_id}\t{why}")
        if not rows:
            print("No failed notices.")
        return 0
    finally:
        ctx.close()


def _resend(db: Any, notice_id: int, yes: bool) -> int:
    with db.sessions() as s:
        row = s.get(Notification, notice_id)
        if row is None:  # as `review` says of a refund: exit code 1, on stderr
            raise CliError(f"There is no notice {notice_id}.")
        if row.status not in RESENDABLE:
            raise CliError(
                f"Notice {notice_id} is {row.status}: only a failed or unknown one is resent."
            )
        print(f"{row.channel} to {row.recipient}")
        if row.subject:
            print(f"Subject: {row.subject}")
        print(row.body or "(the text is rendered again when it is sent)")
    if not yes and input("Send it again? [y/N] ").strip().lower() not in ("y", "yes"):
        print("Nothing changed.")
        return 1
    if not allow_resend(db, notice_id):
        print(f"Notice {notice_id} changed meanwhile; nothing was done.")
        return 1
    print("The worker sends it again on its next round (once).")
    return 0
