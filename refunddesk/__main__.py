"""`python -m refunddesk`: the same as the `refunddesk` command."""

import sys

from refunddesk.cli import main

sys.exit(main())
