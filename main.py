"""`python main.py` == `python -m refunddesk`: opens the app (GUI by default)."""

import sys

if __name__ == "__main__":
    # Imported here, not above: a helper process runs this file again (refunddesk/command.py).
    from refunddesk.cli import main

    sys.exit(main())
