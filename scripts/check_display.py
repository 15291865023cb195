"""Exit 0 when a screen is available for the desktop app; otherwise say how to run it and exit 2."""

from __future__ import annotations

import sys

from refunddesk.cli.gui import display_available

HELP = """\
RefundDesk's window needs a display, and none was found
(DISPLAY and WAYLAND_DISPLAY are unset, and QT_QPA_PLATFORM is not given).

  To see the window on a virtual screen:   xvfb-run -a make run
  To run the refund worker without a window: refunddesk run
"""


def main() -> int:
    if display_available():
        return 0
    sys.stderr.write(HELP)
    return 2


if __name__ == "__main__":
    sys.exit(main())
