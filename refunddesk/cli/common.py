"""What every command module shares: opening the app's data, the clock, a clean SIGTERM."""

from __future__ import annotations

import argparse
import signal
from datetime import UTC, datetime
from types import FrameType

from refunddesk.services.context import AppContext, open_context


def context(args: argparse.Namespace) -> AppContext:
    """The app's data as the global options (--database-url, --demo) say."""
    return open_context(database_url=args.database_url, demo=args.demo)


def utc_now() -> datetime:
    return datetime.now(UTC)


def stop_on_term() -> None:
    """SIGTERM stops like Ctrl-C, so a service manager gets a clean stop."""

    def handler(signum: int, frame: FrameType | None) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, handler)
