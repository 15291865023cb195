"""PySide6 asks of every module imported after it whether its source mentions "PySide6".

That question (shibokensupport's ``_mod_uses_pyside``, for the opt-in ``__feature__`` switches)
is answered with ``inspect.getsource``, which keeps every line of every module in ``linecache``
for the life of the process: at the app's start, ~870 modules and ~30 MiB of strings, an
eighth of the window's peak memory. Here the same question is answered by reading the file's
bytes once, and the lines already cached are dropped. Same answers, nothing kept.

PySide6's internals may change: where the function is not found, nothing is replaced and only
the cache is dropped, so the app works as before with more memory.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads shibokensupport, which installs the question)

_MARK = "_refunddesk_reads_bytes"


def read_sources_without_keeping_them() -> bool:
    """Answer PySide's question from the file's bytes; True when its function was replaced."""
    feature = sys.modules.get("shibokensupport.feature")
    asked: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    replaced = False
    if feature is not None and asked is not None and not getattr(asked, _MARK, False):
        feature._mod_uses_pyside = _uses_pyside_answered_by(asked)  # type: ignore[attr-defined]
        replaced = True
    linecache.clearcache()
    return replaced


def _uses_pyside_answered_by(
    original: Callable[[ModuleType], bool],
) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return original(module)  # packages' compiled modules, zip imports: PySide's way
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return original(module)

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


read_sources_without_keeping_them()
