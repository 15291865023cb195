"""`python -m refunddesk.demo_shop [--port N] [--orders N]`: run the demo shop in the foreground."""

from __future__ import annotations

import argparse

from refunddesk.demo_shop.server import serve


def main() -> None:
    parser = argparse.ArgumentParser(description="An Allegro-compatible demo shop on loopback")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--orders", type=int, default=40, help="realistic orders to seed")
    parser.add_argument(
        "--no-auto-approve",
        action="store_true",
        help="device codes wait for a click on /skojarz-aplikacje",
    )
    args = parser.parse_args()
    serve(args.port, seed_orders=args.orders, auto_approve=not args.no_auto_approve)


if __name__ == "__main__":
    main()
