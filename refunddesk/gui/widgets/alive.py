"""Background results may arrive after their widget was closed: drop them instead of crashing."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject

T = TypeVar("T")


def while_alive(owner: QObject, callback: Callable[[T], Any]) -> Callable[[T], None]:
    """``callback`` if ``owner``'s C++ object still exists when the result arrives, else nothing."""

    @wraps(callback)
    def guarded(value: T) -> None:
        if shiboken6.isValid(owner):
            callback(value)

    return guarded
