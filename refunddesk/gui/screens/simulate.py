"""The simulate screen: test orders and scenarios against the rules."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class SimulateScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Simulate")

    def description(self) -> str:
        return self.tr(
            "Try a made-up order against your rules and see the decision and its reasons "
            "before any money moves."
        )
