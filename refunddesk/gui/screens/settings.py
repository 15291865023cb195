"""The settings screen: shops, safety limits, sync, notices and language."""

from __future__ import annotations

from refunddesk.gui.screens.base import PlaceholderScreen


class SettingsScreen(PlaceholderScreen):
    """Placeholder until the real screen is built."""

    def title(self) -> str:
        return self.tr("Settings")

    def description(self) -> str:
        return self.tr(
            "Shops and connection, safety limits, sync, buyer notices and language will be "
            "set here."
        )
