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
    output_language,
    print_json_rows,
    say,
    table,
    utc_now,
    warn,
    words,
)
from refunddesk.cli.errors import EXIT_FAILURE, CliError, UsageError
from refunddesk.domain.locale_format import format_money
from refunddesk.domain.messages import Message, Said, msg, render
from refunddesk.domain.money import Money
from refunddesk.marketplace.allegro.auth import (
    AccessDenied,
    DeviceCode,
    DeviceCodeExpired,
    DeviceCodeInvalid,
    DeviceFlowCancelled,
    DeviceFlowFailed,
)
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
            return _list(ctx, args)
        if args.shop_command == "remove":
            info = _find_shop(ctx, args.shop)
            shops.remove_shop(ctx.db, ctx.secrets, info.id)
            say(args, "cli.shop_removed", name=info.name)
            return 0
        if args.shop_command == "backlog":
            return cmd_backlog(ctx, _find_shop(ctx, args.shop), args.choice, args)
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
            file = str(args.client_secret_file)
            raise UsageError(said=msg("cli.secret_file_unreadable", file=file, why=why)) from None
        if len(raw) > MAX_SECRET_BYTES:
            raise UsageError(said=msg("cli.secret_file_too_big", file=str(args.client_secret_file)))
        secret = raw.decode("utf-8", errors="replace").strip()
        source: Said = str(args.client_secret_file)
    elif args.client_secret == "-":
        secret = sys.stdin.readline(MAX_SECRET_BYTES).strip()
        source = msg("cli.from_stdin")
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
        source = msg("cli.from_prompt")
    else:
        raise UsageError(said=msg("cli.no_client_secret", env=CLIENT_SECRET_ENV))
    if not secret:
        raise UsageError(said=msg("cli.client_secret_empty", source=source))
    return secret


def _stdin_is_terminal() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):  # closed or detached standard input
        return False


def _list(ctx: AppContext, args: argparse.Namespace) -> int:
    found = shops.list_shops(ctx.db)
    if args.json:
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
        say(args, "cli.shops_none")
        return 0
    heading = [
        "#",
        *(words(args, f"cli.shop_col.{c}") for c in ("shop", "environment", "state", "backlog")),
    ]
    rows = [
        [
            str(info.id),
            info.name,
            words(args, f"cli.environment.{info.environment}"),
            words(args, f"cli.shop_state.{_state(info)}"),
            _choice(args, info.backlog_mode),
        ]
        for info in found
    ]
    print("\n".join(table([heading, *rows], right=(0,))))
    return 0


def _choice(args: argparse.Namespace, mode: str) -> str:
    """A choice for the cases found at connect: the word to type, and what it does."""
    return words(args, "cli.backlog_choice", choice=mode, does=msg(f"cli.backlog_does.{mode}"))


def _state(info: shops.ShopInfo) -> str:
    if info.connected_at is None:
        return "not_connected"
    return "reconnect_needed" if info.needs_reconnect else "connected"


def _find_shop(ctx: AppContext, key: str) -> shops.ShopInfo:
    for info in shops.list_shops(ctx.db):
        if info.name == key or str(info.id) == key:
            return info
    raise CliError(said=msg("cli.no_such_shop", name=key))


# Why connecting ended without a shop, by the error's type (cli.connect_<word>).
_FLOW_ENDS: tuple[tuple[type[DeviceFlowFailed], str], ...] = (
    (AccessDenied, "denied"),
    (DeviceCodeExpired, "expired"),
    (DeviceCodeInvalid, "code_unknown"),
    (DeviceFlowCancelled, "cancelled"),
)


def _shop_add(ctx: AppContext, args: argparse.Namespace, secret: str) -> int:
    def show_code(code: DeviceCode) -> None:
        say(args, "cli.connect_open", name=args.name)
        print(f"    {code.verification_uri_complete}")
        say(args, "cli.connect_code", user_code=code.user_code_display)
        say(args, "cli.connect_waiting")

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
        why = next((code for kind, code in _FLOW_ENDS if isinstance(exc, kind)), "failed")
        print(words(args, "cli.not_connected", why=msg(f"cli.connect_{why}")), file=sys.stderr)
        return EXIT_FAILURE
    say(args, "cli.shop_connected", name=info.name)
    say(args, "cli.shop_backlog_after_add", choice=_choice(args, info.backlog_mode), id=info.id)
    return 0


# -- the backlog found at connect: shop add --backlog, shop backlog SHOP [choice] ----------

CHOICES_HELP = (
    "what happens to the cases found in the backfill window when the shop is connected: "
    "ask = held for your approval in Review (the default), apply = refunded by the rules like "
    "new cases, ignore = left to you (shown on the dashboard)"
)


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


def cmd_backlog(
    ctx: AppContext, info: shops.ShopInfo, choice: str | None, args: argparse.Namespace
) -> int:
    if choice is not None:
        shops.set_backlog_mode(ctx.db, info.id, choice)
        say(args, "cli.backlog_now", name=info.name, choice=choice, does=_does(choice))
    else:
        mode = info.backlog_mode
        say(args, "cli.backlog_is", name=info.name, choice=mode, does=_does(mode))
    print_found(backlog.count_found(ctx.db, info.id, utc_now()), output_language(args))
    return 0


def _does(mode: str) -> Message:
    return msg(f"cli.backlog_does.{mode}")


def print_found(found: BacklogFound, language: str) -> None:
    """What the backfill window holds, one line per kind, with the amounts."""
    print(render(msg("cli.backlog_found_since", since=f"{found.since:%Y-%m-%d}"), language))
    rows = [
        [
            str(found.of(kind).count),
            render(msg(f"cli.backlog_kind.{kind.value}"), language),
            _amounts(found.of(kind).amounts, language),
        ]
        for kind in BacklogKind
    ]
    # Indented under the heading; the counts right-aligned, the words padded by terminal width.
    print("\n".join("  " + line for line in table(rows, right=(0,))))


def _amounts(amounts: tuple[Money, ...], language: str) -> str:
    # English keeps "49.98 PLN", as scripts have read it; the others write money their way.
    if language == "en":
        return " + ".join(f"{a.amount_str()} {a.currency}" for a in amounts) or "-"
    return " + ".join(format_money(a, language) for a in amounts) or "-"
