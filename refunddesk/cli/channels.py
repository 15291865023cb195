"""`refunddesk sms …` and `refunddesk alerts …`: the Settings screen's SMS and Alerts tabs."""

from __future__ import annotations

import argparse
import getpass
import sys
from dataclasses import replace
from typing import Any

from refunddesk.cli.common import VISIBLE_SECRET_WARNING, context, say, table, warn, words
from refunddesk.cli.errors import CliError, UsageError
from refunddesk.domain.messages import msg
from refunddesk.services import channels
from refunddesk.services.context import AppContext

MAX_SECRET_CHARS = 2000  # an Apprise URL with a few tokens; more is a pasting accident

SMS_DESCRIPTION = """\
Buyer notices by SMS through SMSAPI. The token lives in the keyring only.

  refunddesk sms token            asks for the token (or reads it from standard input)
  refunddesk settings set sms.sender Lipowa sms.enabled on
  refunddesk sms off "Sklep 2"    no SMS for that shop's buyers (on: again)
"""

ALERTS_DESCRIPTION = """\
Alerts to the merchant (holds, failures, the circuit breaker, a daily digest) through any
Apprise address: mailto://, tgram://, slack://, json:// … The address holds the service's
token, so it is kept in the keyring only and never shown; channels are listed by name.

  refunddesk alerts add --name team        asks for the address (or reads standard input)
  refunddesk alerts test team
  refunddesk settings set alerts.language pl alerts.digest-hour 8
"""


def add_parsers(sub: Any) -> None:
    sms = sub.add_parser(
        "sms",
        help="SMS notices: the SMSAPI token, on/off per shop",
        description=SMS_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sms.set_defaults(handler=cmd_sms)
    sms_actions = sms.add_subparsers(dest="sms_command", metavar="action", required=True)
    sms_actions.add_parser("show", help="the SMS settings (the token only as saved or not)")
    token = sms_actions.add_parser(
        "token", help="save the SMSAPI token: asked for, or one line on standard input"
    )
    token.add_argument("token", nargs="?", help=argparse.SUPPRESS)  # only to warn about it
    for word, meaning in (("on", "send SMS"), ("off", "send no SMS")):
        switch = sms_actions.add_parser(word, help=f"{meaning} (to one shop's buyers)")
        switch.add_argument("shop", nargs="?", help="shop name or id; without it: every shop")

    alerts = sub.add_parser(
        "alerts",
        help="alerts to the merchant: channels (Apprise addresses), test",
        description=ALERTS_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    alerts.set_defaults(handler=cmd_alerts)
    actions = alerts.add_subparsers(dest="alerts_command", metavar="action", required=True)
    actions.add_parser("list", help="the alert channels by name (never their addresses)")
    add = actions.add_parser("add", help="add a channel (or replace its address)")
    add.add_argument(
        "url", nargs="?", help="'-' or nothing: read it from standard input or a prompt"
    )
    add.add_argument("--name", required=True, help="a short name for the channel")
    remove = actions.add_parser("remove", help="remove a channel and its address")
    remove.add_argument("name")
    test = actions.add_parser("test", help="send one test alert through a channel")
    test.add_argument("name")


def cmd_sms(args: argparse.Namespace) -> int:
    token = ""
    if args.sms_command == "token":  # before opening anything: a missing token is a usage error
        token = _secret(args.token, kind="sms_token", option="refunddesk sms token")
    ctx = context(args)
    try:
        if args.sms_command == "show":
            return _sms_show(ctx, args)
        view = channels.load_sms(ctx.db, ctx.secrets)
        if args.sms_command == "token":
            channels.save_sms(ctx.db, ctx.secrets, view.config, token)
            say(args, "cli.sms_token_saved")
            return 0
        on = args.sms_command == "on"
        if args.shop is None:
            channels.save_sms(ctx.db, ctx.secrets, replace(view.config, enabled=on))
            say(args, "cli.sms_on" if on else "cli.sms_off")
            return 0
        shop_id, name = _find_shop(view, args.shop)
        off = set(view.config.shops_off) - {shop_id} if on else {*view.config.shops_off, shop_id}
        channels.save_sms(ctx.db, ctx.secrets, replace(view.config, shops_off=tuple(sorted(off))))
        say(args, "cli.sms_on_for" if on else "cli.sms_off_for", name=name)
        if on and not view.config.enabled:
            say(args, "cli.sms_off_everywhere")
        return 0
    finally:
        ctx.close()


def cmd_alerts(args: argparse.Namespace) -> int:
    url = ""
    if args.alerts_command == "add":
        url = _secret(args.url, kind="apprise_address", option="refunddesk alerts add --name N")
    ctx = context(args)
    try:
        view = channels.load_alerts(ctx.db, ctx.secrets)
        if args.alerts_command == "list":
            if not view.config.channels:
                say(args, "cli.alerts_none")
            for name in view.config.channels:
                state = (
                    "cli.alert_address_saved" if name in view.saved else "cli.alert_address_lost"
                )
                print(f"{name}\t{words(args, state)}")
            return 0
        if args.alerts_command == "add":
            channels.add_alert_channel(ctx.db, ctx.secrets, args.name, url)
            say(args, "cli.alert_saved", name=args.name.strip())
            return 0
        if args.name not in view.config.channels:
            raise CliError(said=msg("cli.no_such_alert_channel", name=args.name))
        if args.alerts_command == "remove":
            channels.remove_alert_channel(ctx.db, ctx.secrets, args.name)
            say(args, "cli.alert_removed", name=args.name)
            return 0
        try:
            channels.send_alert_test(ctx.db, ctx.secrets, args.name)
        except channels.AlertTestFailed as exc:
            raise CliError(said=exc.said) from None
        say(args, "cli.alert_test_sent", name=args.name)
        return 0
    finally:
        ctx.close()


def _sms_show(ctx: AppContext, args: argparse.Namespace) -> int:
    view = channels.load_sms(ctx.db, ctx.secrets)

    def on_off(on: bool) -> str:
        return words(args, "cli.sms_show.on" if on else "cli.sms_show.off")

    rows = [
        [words(args, "cli.sms_show.enabled"), on_off(view.config.enabled)],
        [
            words(args, "cli.sms_show.sender"),
            view.config.sender or words(args, "cli.sms_show.default_sender"),
        ],
        [
            words(args, "cli.sms_show.token"),
            words(args, "cli.sms_show.saved" if view.token_saved else "cli.sms_show.no_token"),
        ],
        *(
            [words(args, "cli.sms_show.shop", name=name), on_off(view.config.on_for(shop_id))]
            for shop_id, name in view.shops
        ),
    ]
    print("\n".join(table(rows)))
    return 0


def _find_shop(view: channels.SmsView, key: str) -> tuple[int, str]:
    for shop_id, name in view.shops:
        if name == key or str(shop_id) == key:
            return shop_id, name
    raise CliError(said=msg("cli.no_such_shop", name=key))


def _secret(given: str | None, *, kind: str, option: str) -> str:
    """A secret from standard input or a prompt; one on the command line is taken with a warning.

    ``kind`` names it (cli.secret_kind.<kind>); the prompt and the warning are still English."""
    said_what = msg(f"cli.secret_kind.{kind}")
    what = str(said_what)
    if given and given != "-":
        warn(
            VISIBLE_SECRET_WARNING.format(
                what=f"The {what}",
                instead=f"run `{option}` and type it at the prompt or pipe it in instead.",
            )
        )
        return given.strip()
    if given is None and _stdin_is_terminal():
        try:
            secret = getpass.getpass(f"{what} (not shown): ").strip()
        except EOFError:
            secret = ""
    else:
        secret = sys.stdin.readline(MAX_SECRET_CHARS + 1).strip() if sys.stdin else ""
    if len(secret) > MAX_SECRET_CHARS:
        raise UsageError(said=msg("cli.secret_too_long", what=said_what))
    if not secret:
        raise UsageError(said=msg("cli.no_secret_given", what=said_what))
    return secret


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # closed or detached standard input
        return False
