"""The `refunddesk` command's entry point: the command line is imported only when it runs.

A big first sync reads pages in a helper process (automation/reading_process.py), started the
way multiprocessing's "spawn" starts one: a fresh interpreter that first runs the program's main
script again (as ``__mp_main__``). For the installed command that script is the one pip writes,
which imports this module. Importing the whole command line there (SQLAlchemy, the services, the
error classes: ~0.6 s) made the helper start late and carry it all for nothing.
"""

from __future__ import annotations


def main() -> int:
    from refunddesk.cli import main as run_command

    return run_command()
