"""The rules screen: the ordered refund rules and their editor."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class RulesScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Rules")

    def description(self) -> str:
        return self.tr(
            "Your refund rules, in the order they are tried, and a point-and-click editor "
            "will appear here."
        )
