"""A page of Allegro's order list read from its text.

In the app (``AllegroClient.orders_page_from_text``) and in the page reading helper process of
a big first sync (automation/reading_process.py), which is sent this function and so imports
this module alone: no HTTP client, no OAuth, nothing of ``requests``, and it starts sooner.
"""

from __future__ import annotations

from refunddesk.domain.orders import OrderPage
from refunddesk.marketplace.allegro import json_text, mapping
from refunddesk.marketplace.allegro.usual_orders import usual_page
from refunddesk.marketplace.base import MalformedResponse


def page_size(limit: int) -> int:
    return max(1, min(limit, 100))  # what Allegro's order list allows


def orders_page_from_text(text: bytes, offset: int, limit: int) -> OrderPage:
    """What ``AllegroClient.list_orders`` gives for the answer ``list_orders_text`` gave."""
    usual = usual_page(text, offset)  # nearly every page: quicker, the same orders
    if usual is not None:
        return usual
    try:
        value = json_text.loads(text)
    except ValueError:
        raise MalformedResponse("GET /order/checkout-forms: not JSON") from None
    return mapping.orders_page_from_json(value, offset, page_size(limit))
