"""The refunds screen: refund history with filters and details."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class RefundsScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Refunds")

    def description(self) -> str:
        return self.tr(
            "Every refund made or planned, with its amount, reason, rule and status, will "
            "appear here."
        )
