"""The desktop build's entry point: the same as the `refunddesk` command."""

import multiprocessing
import sys

from refunddesk.cli import main

if __name__ == "__main__":
    # A big first sync reads pages in a helper process (automation/reading_process.py): in a
    # frozen build that helper is this program started again, and must become the helper.
    multiprocessing.freeze_support()
    sys.exit(main())
