"""The command line: `refunddesk` opens the app; subcommands run headless on a shop PC or server."""

from __future__ import annotations

import argparse
import contextlib
import logging
import signal
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import FrameType

from refunddesk import __version__, backtest_cli

log = logging.getLogger("refunddesk")

EPILOG = """\
Without a command the desktop app opens. Data (the database, logs, crash reports) lives in the
platform data folder unless --data-dir or REFUNDDESK_DATA_DIR says otherwise. Shop credentials are
kept in the operating system's keyring only.
"""


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="refunddesk",
        description="Automatic, rule-based buyer refunds for Allegro shops.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"RefundDesk {__version__}")
    p.add_argument("--data-dir", type=Path, help="folder for the database, logs and crash reports")
    p.add_argument(
        "--database-url",
        help="SQLAlchemy URL of the database (default: SQLite in the data folder; "
        "postgresql+psycopg://… for several PCs sharing one database)",
    )
    p.add_argument(
        "--demo",
        action="store_true",
        help="use the embedded demo shop (a fresh demo profile each start)",
    )
    p.add_argument("--language", choices=["en", "pl", "zh_CN"], help="language of the app")
    p.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    sub = p.add_subparsers(dest="command", metavar="command")

    sub.add_parser("gui", help="open the desktop app (the default)")
    run = sub.add_parser("run", help="run the refund worker headless until Ctrl-C / SIGTERM")
    run.add_argument("--once", action="store_true", help="one cycle, then exit")
    run.add_argument("--interval", type=float, help="seconds between cycles")
    sub.add_parser("sync", help="sync every shop once and print what changed")
    sub.add_parser("pause", help="pause automation (sync goes on, no refund is sent)")
    sub.add_parser("resume", help="resume automation")

    demo = sub.add_parser("demo-shop", help="serve the Allegro-compatible demo shop")
    demo.add_argument("--port", type=int, default=8765)
    demo.add_argument("--orders", type=int, default=40, help="seeded orders")

    shop = sub.add_parser("shop", help="connect, list and remove shops")
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
    shop_sub.add_parser("list", help="list connected shops")
    rm = shop_sub.add_parser("remove", help="remove a shop and its secrets")
    rm.add_argument("shop", help="name or number")

    rules = sub.add_parser("rules", help="list, export and import rules")
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="action", required=True)
    rules_sub.add_parser("list")
    exp = rules_sub.add_parser("export")
    exp.add_argument("file", type=Path)
    imp = rules_sub.add_parser("import")
    imp.add_argument("file", type=Path)

    refunds = sub.add_parser("refunds", help="list refunds")
    refunds.add_argument("--status", action="append", help="e.g. SUCCEEDED (repeatable)")
    refunds.add_argument("--since", help="ISO date, e.g. 2026-11-01")
    refunds.add_argument("--limit", type=int, default=50)

    review = sub.add_parser("review", help="what needs a person; approve, retry, dismiss")
    review_sub = review.add_subparsers(dest="review_command", metavar="action")
    review_sub.add_parser("list")
    for name in ("approve", "retry", "dismiss", "refunded-by-hand"):
        r = review_sub.add_parser(name)
        r.add_argument("ids", type=int, nargs="+")
        r.add_argument("--note", default="")
    backtest_cli.add_parser(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from refunddesk.infra import paths
    from refunddesk.infra.crash import install_excepthook
    from refunddesk.infra.logging import setup_logging

    if args.data_dir is not None:
        paths.configure(args.data_dir)
    setup_logging(getattr(logging, args.log_level))
    command = args.command or "gui"
    if command == "gui":
        return _gui(args)
    install_excepthook()
    if command == "demo-shop":
        return _demo_shop(args)
    from refunddesk.cli_commands import COMMANDS

    try:
        return COMMANDS[command](args)
    except KeyboardInterrupt:
        return 130


def _gui(args: argparse.Namespace) -> int:
    from refunddesk.infra import paths

    try:
        from refunddesk.gui.app import GuiOptions, run_gui
    except ImportError as exc:  # e.g. Qt's system libraries are missing
        print(f"The desktop app cannot start: {exc}", file=sys.stderr)
        print("Headless alternative: refunddesk run", file=sys.stderr)
        return 2
    return run_gui(
        GuiOptions(
            data_dir=paths.data_dir(),
            database_url=args.database_url or "",
            demo=args.demo,
            language=args.language,
        )
    )


def _demo_shop(args: argparse.Namespace) -> int:
    from refunddesk.demo_shop.server import serve

    stop_on_term()
    with contextlib.suppress(KeyboardInterrupt):
        serve(args.port, seed_orders=args.orders, auto_approve=True)
    return 0


def stop_on_term() -> None:
    """SIGTERM stops like Ctrl-C, so a service manager gets a clean stop."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)


def utc_now() -> datetime:
    return datetime.now(UTC)


if __name__ == "__main__":
    sys.exit(main())
