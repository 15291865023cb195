"""Render each screen in each language to docs/screenshots/<lang>-<screen>.png (1280x800)."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from refunddesk.gui.app import GuiOptions, build_gui  # noqa: E402
from refunddesk.gui.i18n import LANGUAGES  # noqa: E402
from refunddesk.gui.shell_status import AutomationState, ShellStatus  # noqa: E402

SIZE = (1280, 800)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="refunddesk-shots-") as tmp:
        session = build_gui(GuiOptions(Path(tmp), "sqlite://", demo=True, language="en"))
        window = session.window
        window.set_status(
            ShellStatus(
                shop_name="",
                is_demo=True,
                automation_state=AutomationState.RUNNING,
                last_sync=datetime.now(UTC) - timedelta(minutes=3),
                last_error="Allegro did not answer in time (trace-id 7f3c2a); retrying in 60 s",
            )
        )
        window.set_review_count(3)
        window.resize(*SIZE)
        window.show()
        written = 0
        for language in args.languages:
            session.languages.set_language(language)
            for key in window.screen_keys():
                window.show_screen(key)
                session.app.processEvents()
                path = args.out / f"{language}-{key}.png"
                if not window.grab().save(str(path)):
                    print(f"could not write {path}", file=sys.stderr)
                    return 1
                written += 1
        session.close()
        window.close()
    print(f"{written} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
