"""The dashboard screen: automation state and today's refunds at a glance."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class DashboardScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Dashboard")

    def description(self) -> str:
        return self.tr(
            "Automation state, today's refunds, holds, failures and a chart of recent refunds"
            " will appear here."
        )
