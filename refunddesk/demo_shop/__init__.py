"""An Allegro-compatible shop on loopback for demos, simulation and tests."""

from refunddesk.demo_shop.clock import ShopClock
from refunddesk.demo_shop.server import DemoShop, Exchange, Observer, serve
from refunddesk.demo_shop.state import ShopOptions

__all__ = ["DemoShop", "Exchange", "Observer", "ShopClock", "ShopOptions", "serve"]
