"""The desktop app: the only package that imports PySide6."""

# First, so no module imported after PySide6 has its source kept in memory (pyside_scan.py).
from refunddesk.gui import pyside_scan as _pyside_scan  # noqa: F401
