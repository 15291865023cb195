"""What the status strip shows about the shop and the automation: a plain, Qt-free value."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime


class AutomationState(enum.Enum):
    """The states the merchant can see; anything finer belongs on the dashboard."""

    RUNNING = "running"
    PAUSED = "paused"
    DRY_RUN = "dry_run"
    SHADOW = "shadow"
    BLOCKED = "blocked"  # another RefundDesk (another PC, the headless worker) runs automation


@dataclass(frozen=True, slots=True)
class ShellStatus:
    """The shop in use and how automation is doing, as the window's status strip shows it."""

    shop_name: str = ""
    is_demo: bool = False
    automation_state: AutomationState = AutomationState.PAUSED
    last_sync: datetime | None = None
    last_error: str = ""
