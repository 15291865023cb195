"""What the status strip shows about the shop and the automation: a plain, Qt-free value."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from refunddesk.domain.messages import Said


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
    # The last round's problem as the core said it (a message): the strip words it in the
    # language shown at the time, so a language change rewords it too.
    last_error: Said = ""
    error_shop: str = ""  # the shop it is about ("" when about no one shop)
