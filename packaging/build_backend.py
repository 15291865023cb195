"""setuptools' build backend, asking for PySide6 (its lrelease) only when a wheel is built.

An editable install (the dev venv) compiles translations on first use instead, so it need not
install Qt into pip's throwaway build environment.
"""

from __future__ import annotations

from typing import Any

from setuptools import build_meta as _setuptools
from setuptools.build_meta import *  # noqa: F403 (the backend's whole interface)

QT_FOR_LRELEASE = "PySide6-Essentials>=6.8,<6.12"


def get_requires_for_build_wheel(config_settings: dict[str, Any] | None = None) -> list[str]:
    return [*_setuptools.get_requires_for_build_wheel(config_settings), QT_FOR_LRELEASE]
