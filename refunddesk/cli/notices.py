"""`refunddesk notices [resend ID]`: buyer notices that failed, and sending one again by hand."""

from __future__ import annotations

import argparse
from typing import Any

from sqlalchemy import select

from refunddesk.cli.common import context, output_language
from refunddesk.cli.errors import CliError
from refunddesk.domain.messages import msg, render, render_text
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
            return _resend(ctx.db, args.id, args.yes, output_language(args))
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
                order = render(msg("cli.notice_order", order=order_id), language)
                print(f"{n.id}\t{n.channel}\t{n.status}\t{order}\t{why}")
        if not rows:
            print(render(msg("cli.notices_none"), language))
        return 0
    finally:
        ctx.close()


def _resend(db: Any, notice_id: int, yes: bool, language: str) -> int:
    def say(code: str, **values: Any) -> str:
        return render(msg(code, **values), language)

    with db.sessions() as s:
        row = s.get(Notification, notice_id)
        if row is None:  # as `review` says of a refund: exit code 1, on stderr
            raise CliError(say("cli.notice_unknown", id=notice_id))
        if row.status not in RESENDABLE:
            raise CliError(say("cli.notice_not_resendable", id=notice_id, status=row.status))
        print(say("cli.notice_to", channel=row.channel, recipient=row.recipient))
        if row.subject:
            print(say("cli.notice_subject", subject=row.subject))
        print(row.body or say("cli.notice_text_later"))
    answer = "" if yes else input(say("cli.notice_ask") + " ").strip().lower()
    if not yes and answer not in YES:
        print(say("cli.nothing_changed"))
        return 1
    if not allow_resend(db, notice_id):
        print(say("cli.notice_changed_meanwhile", id=notice_id))
        return 1
    print(say("cli.notice_resent"))
    return 0


# What "yes" is at the prompt, in the app's languages.
YES = ("y", "yes", "t", "tak", "是", "是的")
