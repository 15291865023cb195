"""The desktop build's entry point: the same as the `refunddesk` command."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A big first sync reads pages in a helper process (automation/reading_process.py): in a
    # frozen build that helper is this program started again, and must become the helper
    # before anything else runs or is imported (the command line is not: refunddesk/command.py).
    multiprocessing.freeze_support()
    from refunddesk.cli import main

    sys.exit(main())
