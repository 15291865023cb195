"""What each empty table or list says: why it is empty and what fills it (context "EmptyHints").

One table, so the notes read alike on every screen and are translated in one place
(empty_hints_pl.ts, empty_hints_zh_CN.ts). A list the merchant narrowed with filters says
that no rows *match*, never that there are none.
"""

from __future__ import annotations

from typing import Literal

from PySide6.QtCore import QCoreApplication

CONTEXT = "EmptyHints"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


Where = Literal[
    "orders",
    "orders_filtered",
    "refunds",
    "refunds_filtered",
    "review",
    "rules",
    "feed",
    "waiting",
    "no_order",
    "timeline",
    "items",
    "order_refunds",
    "returns",
    "simulate_items",
    "simulate_breakdown",
    "simulate_nothing_moves",
    "simulate_trace",
    "regressions",
    "backtest_rules",
    "backtest_changes",
    "shops",
    "alert_channels",
    "product_groups",
]

_TEXTS: dict[Where, str] = {
    "orders": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No orders yet. Orders appear here after a shop is connected and its first sync has run.",
    ),
    "orders_filtered": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No orders match these filters. Clear the search or a filter to see more.",
    ),
    "refunds": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No refunds yet. Refunds appear here when a rule refunds an order or you approve "
        "one in Review.",
    ),
    "refunds_filtered": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No refunds match these filters. Clear the search or a filter to see more.",
    ),
    "review": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Nothing waits for you. Refunds a rule holds for your approval, refunds that failed "
        "and buyer notices that did not arrive appear here.",
    ),
    "rules": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No rules yet. Add one with “New rule” or “Add a starter rule”: a new rule starts "
        "in shadow mode and moves no money until you arm it.",
    ),
    "feed": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Nothing has happened yet. Rule decisions, refunds and buyer notices appear here "
        "as the shop's orders are handled.",
    ),
    "waiting": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No refund is waiting out a delay. A rule with a delay puts its refunds here until "
        "they are sent, so you can still stop one.",
    ),
    "no_order": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Choose an order in the list to see it here.",
    ),
    "timeline": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Nothing recorded for this order yet. Its events, rule decisions, refunds and "
        "buyer notices appear here as they happen.",
    ),
    "items": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No items recorded for this order. They come from Allegro with the order at the next sync.",
    ),
    "order_refunds": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No refund decided for this order. One appears here when a rule decides it or you "
        "approve it in Review.",
    ),
    "returns": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "The buyer has not declared a return. It appears here when the buyer sends one "
        "through Allegro.",
    ),
    "simulate_items": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No items in this order yet. Add a product from the catalogue or type one in.",
    ),
    "simulate_breakdown": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Run a simulation to see what would be refunded, part by part.",
    ),
    "simulate_nothing_moves": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No money would move in this simulation.",
    ),
    "simulate_trace": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Run a simulation to see, rule by rule, why it decided what it did.",
    ),
    "regressions": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No saved scenarios yet. Use “Save scenario” after a simulation to check "
        "it again whenever you change a rule.",
    ),
    "backtest_rules": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "Run a backtest to see how often each rule would have acted.",
    ),
    "backtest_changes": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No differences to show. Orders the rules would have handled differently from what "
        "happened appear here after a backtest.",
    ),
    "shops": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No shop connected yet. Use “Add shop…” to connect your Allegro shop, or "
        "the demo shop to try the app.",
    ),
    "alert_channels": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No alert channels yet. Add one to be told when a refund needs you.",
    ),
    "product_groups": QT_TRANSLATE_NOOP(
        "EmptyHints",
        "No product groups yet. “New group” starts one: a name and the offers or SKUs in it, "
        "for rules to match.",
    ),
}


def empty_text(where: Where) -> str:
    """The note for an empty ``where``, in the current language."""
    return QCoreApplication.translate(CONTEXT, _TEXTS[where])


def all_sources() -> dict[Where, str]:
    """Every note in English (tests check each one is translated)."""
    return dict(_TEXTS)
