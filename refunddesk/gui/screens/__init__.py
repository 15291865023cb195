"""The screens, in navigation order: replacing a screen is a one-line change to SCREENS.

A screen's module is imported when the screen is first built, not when the app starts: the
seven screens and what they use are ~175 modules a merchant may not open this time.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from refunddesk.gui.services import GuiServices

ScreenFactory = Callable[["GuiServices", QWidget | None], QWidget]


def built_by(module: str, name: str) -> ScreenFactory:
    """A factory that imports ``refunddesk.gui.screens.<module>`` and builds its ``name``."""

    def build(services: GuiServices, parent: QWidget | None) -> QWidget:
        screen_class = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        widget: QWidget = screen_class(services, parent)
        return widget

    build.__qualname__ = f"{module}.{name}"
    return build


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a label for lupdate (it matches this name); translated later where it is shown."""
    return source


@dataclass(frozen=True, slots=True)
class ScreenEntry:
    """One navigation entry.

    ``key`` is stable (settings, tests, shortcuts); ``label`` is the English source text,
    translated in the "Navigation" context; ``factory(services, parent)`` builds the page
    (a screen class with ``__init__(self, services, parent=None)`` is such a factory).
    """

    key: str
    label: str
    icon: str
    factory: ScreenFactory


SCREENS: tuple[ScreenEntry, ...] = (
    ScreenEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("Navigation", "Dashboard"),
        "dashboard",
        built_by("dashboard", "DashboardScreen"),
    ),
    ScreenEntry(
        "rules", QT_TRANSLATE_NOOP("Navigation", "Rules"), "rules", built_by("rules", "RulesScreen")
    ),
    ScreenEntry(
        "simulate",
        QT_TRANSLATE_NOOP("Navigation", "Simulate"),
        "simulate",
        built_by("simulate", "SimulateScreen"),
    ),
    ScreenEntry(
        "refunds",
        QT_TRANSLATE_NOOP("Navigation", "Refunds"),
        "refunds",
        built_by("refunds", "RefundsScreen"),
    ),
    ScreenEntry(
        "review",
        QT_TRANSLATE_NOOP("Navigation", "Review"),
        "review",
        built_by("review", "ReviewScreen"),
    ),
    ScreenEntry(
        "orders",
        QT_TRANSLATE_NOOP("Navigation", "Orders"),
        "orders",
        built_by("orders", "OrdersScreen"),
    ),
    ScreenEntry(
        "settings",
        QT_TRANSLATE_NOOP("Navigation", "Settings"),
        "settings",
        built_by("settings", "SettingsScreen"),
    ),
)


def register_screens() -> tuple[ScreenEntry, ...]:
    """The screens the main window builds, in order (Ctrl+1 is the first)."""
    return SCREENS
