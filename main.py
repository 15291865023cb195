"""`python main.py` == `python -m refunddesk`: opens the app (GUI by default)."""

import sys

from refunddesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
