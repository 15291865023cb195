"""The desktop build's entry point: the same as the `refunddesk` command."""

import sys

from refunddesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
