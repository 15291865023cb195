"""A bench's helper processes start as the app's do."""

from __future__ import annotations

import sys


def helpers_start_as_in_the_app() -> None:
    """A process started by multiprocessing's "spawn" (the page reading helper of a big first
    sync) first runs its parent's main script again. The app's is the `refunddesk` command's
    script, which imports next to nothing (refunddesk/command.py), or `python -m refunddesk`,
    which spawn leaves alone; a bench's own script imports SQLAlchemy and the sync, ~0.6 s more
    for every helper to start, and its memory. So a bench hides its script from spawn: the
    helper then starts as it does from the app."""
    main = sys.modules["__main__"]
    if getattr(main, "__spec__", None) is None and hasattr(main, "__file__"):
        del main.__file__
