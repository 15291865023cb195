"""The screens, in navigation order: replacing a screen is a one-line change to SCREENS."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from refunddesk.gui.screens.dashboard import DashboardScreen
from refunddesk.gui.screens.orders import OrdersScreen
from refunddesk.gui.screens.refunds import RefundsScreen
from refunddesk.gui.screens.review import ReviewScreen
from refunddesk.gui.screens.rules import RulesScreen
from refunddesk.gui.screens.settings import SettingsScreen
from refunddesk.gui.screens.simulate import SimulateScreen

if TYPE_CHECKING:
    from refunddesk.gui.services import GuiServices

ScreenFactory = Callable[["GuiServices", QWidget | None], QWidget]


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
        "dashboard", QT_TRANSLATE_NOOP("Navigation", "Dashboard"), "dashboard", DashboardScreen
    ),
    ScreenEntry("rules", QT_TRANSLATE_NOOP("Navigation", "Rules"), "rules", RulesScreen),
    ScreenEntry(
        "simulate", QT_TRANSLATE_NOOP("Navigation", "Simulate"), "simulate", SimulateScreen
    ),
    ScreenEntry("refunds", QT_TRANSLATE_NOOP("Navigation", "Refunds"), "refunds", RefundsScreen),
    ScreenEntry("review", QT_TRANSLATE_NOOP("Navigation", "Review"), "review", ReviewScreen),
    ScreenEntry("orders", QT_TRANSLATE_NOOP("Navigation", "Orders"), "orders", OrdersScreen),
    ScreenEntry(
        "settings", QT_TRANSLATE_NOOP("Navigation", "Settings"), "settings", SettingsScreen
    ),
)


def register_screens() -> tuple[ScreenEntry, ...]:
    """The screens the main window builds, in order (Ctrl+1 is the first)."""
    return SCREENS
