"""The orders screen: synced orders and their timelines."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class OrdersScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Orders")

    def description(self) -> str:
        return self.tr("Synced orders and the timeline of each one will appear here.")
