"""`refunddesk demo-shop`: serve the Allegro-compatible demo shop on this computer."""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from refunddesk.cli.common import stop_on_term


def add_parsers(sub: Any) -> None:
    demo = sub.add_parser("demo-shop", help="serve the Allegro-compatible demo shop")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--orders", type=int, default=40, help="seeded orders")
    demo.set_defaults(handler=cmd_demo_shop)


def cmd_demo_shop(args: argparse.Namespace) -> int:
    from refunddesk.demo_shop.server import serve

    stop_on_term()
    with contextlib.suppress(KeyboardInterrupt):
        serve(args.port, seed_orders=args.orders, auto_approve=True)
    return 0
