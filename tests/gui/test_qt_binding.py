"""The Qt binding must not leak or free references on plain calls (a long-running app dies)."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import sys
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
o, label = QObject(), QLabel()
before = sys.getrefcount(None)
for _ in range(50_000):
    o.setObjectName("x")
    label.setText("y")
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_keep_none_alive() -> None:
    # In a child process: PySide6 6.12.0 aborts the interpreter ("none_dealloc") here.
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert abs(int(done.stdout.strip())) < 100
