"""Suite-wide set-up: Qt offscreen, throwaway data dirs, and the shared fixtures' plugins."""

from __future__ import annotations

import os

# Qt aborts the process with no display unless a platform is chosen before it loads.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Each support module owns one kind of fixture; add a line when you add a module.
pytest_plugins = [
    "tests.support.basics",
    "tests.support.gui",
    "tests.support.demo_shop",
    "tests.support.keyring",
    "tests.support.allegro",
    "tests.support.pipeline",
    "tests.support.app_context",
    "tests.support.smtp",
    "tests.support.smsapi",
    "tests.support.rules_ui",
    "tests.support.refund_rows",
    "tests.support.postgres",
]
