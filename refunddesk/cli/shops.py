"""`refunddesk shop add|list|remove|backlog`: connect shops (device flow) and forget them."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from refunddesk.cli.common import (
    VISIBLE_SECRET_WARNING,
    context,
    print_json_rows,
    say,
    utc_now,
    warn,
)
from refunddesk.cli.errors import EXIT_FAILURE, CliError, UsageError
from refunddesk.domain.money import Money
from refunddesk.marketplace.allegro.auth import DeviceCode, DeviceFlowFailed
from refunddesk.queries.backlog import BacklogFound, BacklogKind
from refunddesk.services import backlog, shops
from refunddesk.services.context import AppContext

CLIENT_SECRET_ENV = "REFUNDDESK_CLIENT_SECRET"
MAX_SECRET_BYTES = 4096  # a client secret is ~64 characters; a bigger file is the wrong file

ADD_EPILOG = f"""\
The client secret comes from, in this order: --client-secret-file PATH, --client-secret -
(read from standard input), the environment variable {CLIENT_SECRET_ENV}, or a prompt when
standard input is a terminal. It is kept in the system keyring only.
"""


def add_parsers(sub: Any) -> None:
    shop = sub.add_parser(
        "shop",
        help="connect, list and remove shops",
        description="Connect, list and remove shops. Actions: add, list, remove, backlog.",
    )
    shop.set_defaults(handler=cmd_shop)
    shop_sub = shop.add_subparsers(dest="shop_command", metavar="action", required=True)
    add = shop_sub.add_parser(
        "add",
        help="connect a shop (prints a code and a link)",
        epilog=ADD_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add.add_argument("name", help="the shop's name, as RefundDesk shows it (yours to choose)")
    add.add_argument(
        "--environment",
        choices=list(shops.ENVIRONMENTS),
        default="production",
        help="where the shop's Allegro account is (default: production)",
    )
    add.add_argument("--api-url", default="", help="for custom/demo: the API base URL")
    add.add_argument("--auth-url", default="", help="for custom: the OAuth base URL")
    add.add_argument("--client-id", required=True)
    secret = add.add_mutually_exclusive_group()
    secret.add_argument(
        "--client-secret-file", type=Path, metavar="PATH", help="read the client secret from PATH"
    )
    secret.add_argument(
        "--client-secret",
        metavar="SECRET",
        help="'-' reads it from standard input; a literal secret works but other users of "
        "this computer can see it in the process list",
    )
    add_backlog_option(add)
    listing = shop_sub.add_parser("list", help="list connected shops")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    rm = shop_sub.add_parser("remove", help="remove a shop and its secrets")
    rm.add_argument("shop", help="name or number")
    add_backlog_parser(shop_sub)


def cmd_shop(args: argparse.Namespace) -> int:
    # The secret is read before anything is opened: a missing one changes nothing.
    secret = client_secret(args) if args.shop_command == "add" else ""
    ctx = context(args)
    try:
        if args.shop_command == "list":
            return _list(ctx, as_json=args.json)
        if args.shop_command == "remove":
            info = _find_shop(ctx, args.shop)
            shops.remove_shop(ctx.db, ctx.secrets, info.id)
            say(args, "cli.shop_removed", name=info.name)
            return 0
        if args.shop_command == "backlog":
            return cmd_backlog(ctx, _find_shop(ctx, args.shop), args.choice)
        return _shop_add(ctx, args, secret)
    finally:
        ctx.close()


def client_secret(args: argparse.Namespace) -> str:
    """The client secret from a file, standard input, the environment or a prompt."""
    secret: str
    if args.client_secret_file is not None:
        try:
            with args.client_secret_file.open("rb") as f:
                raw = f.read(MAX_SECRET_BYTES + 1)
        except OSError as exc:  # a path typed wrong: what was typed cannot work (exit code 2)
            why = exc.strerror or type(exc).__name__
            raise UsageError(f"--client-secret-file {args.client_secret_file}: {why}.") from None
        if len(raw) > MAX_SECRET_BYTES:
            raise UsageError(f"{args.client_secret_file} is too big to be a client secret.")
        secret = raw.decode("utf-8", errors="replace").strip()
        source = str(args.client_secret_file)
    elif args.client_secret == "-":
        secret = sys.stdin.readline(MAX_SECRET_BYTES).strip()
        source = "standard input"
    elif args.client_secret:
        warn(
            VISIBLE_SECRET_WARNING.format(
                what="A client secret",
                instead="use --client-secret-file PATH, --client-secret - (standard input) "
                f"or {CLIENT_SECRET_ENV} instead.",
            )
        )
        return str(args.client_secret)
    elif os.environ.get(CLIENT_SECRET_ENV, "").strip():
        return os.environ[CLIENT_SECRET_ENV].strip()
    elif _stdin_is_terminal():
        try:
            secret = getpass.getpass("Client secret (not shown): ").strip()
        except EOFError:
            secret = ""
        source = "the prompt"
    else:
        raise UsageError(
            "No client secret was given and there is no terminal to ask for it. Use "
            f"--client-secret-file PATH, --client-secret - (standard input) or {CLIENT_SECRET_ENV}."
        )
    if not secret:
        raise UsageError(f"The client secret from {source} is empty.")
    return secret


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # closed or detached standard input
        return False


def _list(ctx: AppContext, *, as_json: bool) -> int:
    found = shops.list_shops(ctx.db)
    if as_json:
        print_json_rows(
            {
                "id": info.id,
                "name": info.name,
                "environment": info.environment,
                "api_url": info.api_url,
                "client_id": info.client_id,
                "state": _state(info),
                "connected_at": info.connected_at.isoformat() if info.connected_at else None,
                "backlog": info.backlog_mode,
            }
            for info in found
        )
        return 0
    if not found:
        print("No shops yet: refunddesk shop add NAME --client-id ID (see shop add --help).")
    for info in found:
        state = _state(info).replace("_", " ")
        print(
            f"{info.id:>3}  {info.name:<24} {info.environment:<10} {state:<17} "
            f"backlog: {info.backlog_mode}"
        )
    return 0


def _state(info: shops.ShopInfo) -> str:
    if info.connected_at is None:
        return "not_connected"
    return "reconnect_needed" if info.needs_reconnect else "connected"


def _find_shop(ctx: AppContext, key: str) -> shops.ShopInfo:
    for info in shops.list_shops(ctx.db):
        if info.name == key or str(info.id) == key:
            return info
    raise CliError(f"There is no shop named {key!r}; `refunddesk shop list` shows them.")


def _shop_add(ctx: AppContext, args: argparse.Namespace, secret: str) -> int:
    def show_code(code: DeviceCode) -> None:
        print(f"To connect {args.name}, open:\n    {code.verification_uri_complete}")
        print(f"and confirm the code  {code.user_code_display}")
        print("Waiting for you to approve (Ctrl-C to give up)…", flush=True)

    try:
        # All or nothing: a refusal, an expired code or Ctrl-C leaves no shop and no secret.
        info = shops.connect_new_shop(
            ctx.db,
            ctx.secrets,
            name=args.name,
            environment=args.environment,
            client_id=args.client_id,
            client_secret=secret,
            api_url=args.api_url,
            auth_url=args.auth_url or args.api_url,
            show_code=show_code,
            backlog_mode=args.backlog,
        )
    except DeviceFlowFailed as exc:
        print(f"Not connected: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    print(f"Connected {info.name}.")
    print(
        f"Cases found in the backfill window: {info.backlog_mode} "
        f"(`refunddesk shop backlog {info.id}` shows them after the first sync)."
    )
    return 0


# -- the backlog found at connect: shop add --backlog, shop backlog SHOP [choice] ----------

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
