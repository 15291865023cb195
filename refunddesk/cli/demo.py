"""`refunddesk demo-shop`: serve the Allegro-compatible demo shop on this computer."""

from __future__ import annotations

import argparse
import contextlib
from typing import Any

from refunddesk.cli.common import refused_value, stop_on_term


def add_parsers(sub: Any) -> None:
    demo = sub.add_parser("demo-shop", help="serve the Allegro-compatible demo shop")
    demo.add_argument("--port", type=_port, default=8765, help="0 picks a free port")
    demo.add_argument("--orders", type=_orders, default=40, help="seeded orders (0 to 100000)")
    demo.set_defaults(handler=cmd_demo_shop)


def _whole(text: str, low: int, high: int, refused: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise refused_value("cli.value.not_whole", text=repr(text)) from None
    if not low <= value <= high:
        raise refused_value(refused, value=value, low=low, high=high)
    return value


def _port(text: str) -> int:
    return _whole(text, 0, 65_535, "cli.value.not_a_port")


def _orders(text: str) -> int:
    return _whole(text, 0, 100_000, "cli.value.not_an_order_count")


def cmd_demo_shop(args: argparse.Namespace) -> int:
    from refunddesk.demo_shop.server import serve

    stop_on_term()
    with contextlib.suppress(KeyboardInterrupt):
        serve(args.port, seed_orders=args.orders, auto_approve=True)
    return 0
