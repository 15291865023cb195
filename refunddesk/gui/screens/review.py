"""The review screen: holds, failures and unconfirmed refunds that need a person."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class ReviewScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Review")

    def description(self) -> str:
        return self.tr("Holds, failures and unconfirmed refunds will appear here.")
