"""`refunddesk shop add|list|remove|backlog`: connect shops (device flow) and forget them."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from typing import Any

from refunddesk.cli import shop_backlog
from refunddesk.cli.common import context, utc_now
from refunddesk.infra.secrets import SecretsError
from refunddesk.services import shops
from refunddesk.services.context import AppContext


def add_parsers(sub: Any) -> None:
    shop = sub.add_parser("shop", help="connect, list and remove shops")
    shop.set_defaults(handler=cmd_shop)
    shop_sub = shop.add_subparsers(dest="shop_command", metavar="action", required=True)
    add = shop_sub.add_parser("add", help="connect a shop (prints a code and a link)")
    add.add_argument("name")
    add.add_argument(
        "--environment",
        choices=["demo", "sandbox", "production", "custom"],
        default="production",
    )
    add.add_argument("--api-url", default="", help="for custom/demo: the API base URL")
    add.add_argument("--auth-url", default="", help="for custom: the OAuth base URL")
    add.add_argument("--client-id", required=True)
    add.add_argument(
        "--client-secret",
        help="the app's client secret (default: asked for, or REFUNDDESK_CLIENT_SECRET)",
    )
    shop_backlog.add_backlog_option(add)
    shop_sub.add_parser("list", help="list connected shops")
    rm = shop_sub.add_parser("remove", help="remove a shop and its secrets")
    rm.add_argument("shop", help="name or number")
    shop_backlog.add_backlog_parser(shop_sub)


def cmd_shop(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        if args.shop_command == "list":
            for info in shops.list_shops(ctx.db):
                state = "reconnect needed" if info.needs_reconnect else "connected"
                if info.connected_at is None:
                    state = "not connected"
                print(
                    f"{info.id:>3}  {info.name:<24} {info.environment:<10} {state:<17} "
                    f"backlog: {info.backlog_mode}"
                )
            return 0
        if args.shop_command == "remove":
            info = _find_shop(ctx, args.shop)
            shops.remove_shop(ctx.db, ctx.secrets, info.id)
            print(f"Removed {info.name} and its secrets.")
            return 0
        if args.shop_command == "backlog":
            return shop_backlog.cmd_backlog(ctx, _find_shop(ctx, args.shop), args.choice)
        return _shop_add(ctx, args)
    except (shops.ShopError, SecretsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _find_shop(ctx: AppContext, key: str) -> shops.ShopInfo:
    for info in shops.list_shops(ctx.db):
        if info.name == key or str(info.id) == key:
            return info
    raise shops.ShopError(f"no shop named {key!r}")


def _shop_add(ctx: AppContext, args: argparse.Namespace) -> int:
    secret = args.client_secret or os.environ.get("REFUNDDESK_CLIENT_SECRET")
    if not secret:
        secret = getpass.getpass("Client secret (not shown): ")
    info = shops.add_shop(
        ctx.db,
        ctx.secrets,
        name=args.name,
        environment=args.environment,
        client_id=args.client_id,
        client_secret=secret,
        api_url=args.api_url,
        auth_url=args.auth_url or args.api_url,
        now=utc_now(),
        backlog_mode=args.backlog,
    )
    auth = shops.auth_for(info, ctx.secrets)
    code = auth.start_device_flow()
    print(f"To connect {info.name}, open:\n    {code.verification_uri_complete}")
    print(f"and confirm the code  {code.user_code_display}")
    print("Waiting for you to approve (Ctrl-C to give up)…", flush=True)
    try:
        auth.wait_for_approval(code, sleep=time.sleep, now=utc_now, cancelled=lambda: False)
    except Exception as exc:
        shops.remove_shop(ctx.db, ctx.secrets, info.id)
        print(f"Not connected: {exc}", file=sys.stderr)
        return 1
    shops.mark_connected(ctx.db, info.id, utc_now())
    print(f"Connected {info.name}.")
    print(
        f"Cases found in the backfill window: {info.backlog_mode} "
        f"(`refunddesk shop backlog {info.id}` shows them after the first sync)."
    )
    return 0
