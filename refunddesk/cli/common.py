"""What every command module shares: opening the app's data, the clock, a clean SIGTERM."""

from __future__ import annotations

import argparse
import signal
from collections.abc import Callable
from datetime import UTC, datetime
from types import FrameType

from refunddesk.services.context import AppContext, open_context


def context(args: argparse.Namespace) -> AppContext:
    """The app's data as the global options (--database-url, --demo) say."""
    return open_context(database_url=args.database_url, demo=args.demo)


def utc_now() -> datetime:
    return datetime.now(UTC)


def stop_gracefully(stop: Callable[[], None]) -> None:
    """SIGTERM and the first Ctrl-C call ``stop``; a second Ctrl-C raises KeyboardInterrupt."""
    asked: list[int] = []

    def handler(signum: int, frame: FrameType | None) -> None:
        if signum == signal.SIGINT and asked:
            raise KeyboardInterrupt
        asked.append(signum)
        stop()

    signal.signal(signal.SIGTERM, handler)
    signal.signal(signal.SIGINT, handler)


def stop_on_term() -> None:
    """SIGTERM stops like Ctrl-C, so a service manager gets a clean stop."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
