"""The one error layer of the command line: a person's mistake is a message and an exit code."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from refunddesk.store.problems import DatabaseProblem

EXIT_INTERRUPTED = 130

Handler = Callable[[argparse.Namespace], int]


def run_command(handler: Handler, args: argparse.Namespace) -> int:
    """Run one command; Ctrl-C is how people stop a command, not a crash.

    A database that cannot be used (damaged, too new, locked, read-only, disk full) is said
    plainly, with its own exit code.
    """
    try:
        return handler(args)
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except DatabaseProblem as exc:
        print(f"error: {exc}", file=sys.stderr)
        return exc.exit_code
