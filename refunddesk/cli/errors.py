"""The one error layer of the command line: a person's mistake is a message and an exit code."""

from __future__ import annotations

import argparse
from collections.abc import Callable

EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run one command; Ctrl-C is how people stop a command, not a crash."""
    try:
        return handler(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
