"""The demo shop's products, delivery methods and buyer names (resources/demo/catalogue.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from refunddesk.domain.money import Money
from refunddesk.infra import paths

CATALOGUE_PATH = paths.resources_dir() / "demo" / "catalogue.json"

# Used when the resources folder is not shipped next to the package (an installed wheel).
_FALLBACK: dict[str, Any] = {
    "currency": "PLN",
    "products": [
        {
            "offerId": "17000000000",
            "name": "Kubek ceramiczny 350 ml",
            "price": "24.99",
            "sku": "KUB-350",
            "category": "Dom i kuchnia",
        },
        {
            "offerId": "17000007919",
            "name": "Ładowarka USB-C 65W",
            "price": "119.00",
            "sku": "LAD-65W",
            "category": "Elektronika",
        },
    ],
    "delivery": [{"id": "inpost-paczkomaty", "name": "Allegro Paczkomaty InPost", "cost": "9.99"}],
    "firstNames": ["Anna", "Piotr"],
    "lastNames": ["Nowak", "Kowalski"],
    "cities": [["Warszawa", "00-950"]],
    "streets": ["ul. Długa"],
}


@dataclass(frozen=True)
class Product:
    offer_id: str
    name: str
    price: int
    sku: str
    category: str


@dataclass(frozen=True)
class DeliveryMethod:
    id: str
    name: str
    cost: int


@dataclass(frozen=True)
class Catalogue:
    currency: str
    products: tuple[Product, ...]
    delivery: tuple[DeliveryMethod, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    cities: tuple[tuple[str, str], ...]
    streets: tuple[str, ...]

    def product(self, offer_id: str) -> Product | None:
        return next((p for p in self.products if p.offer_id == offer_id), None)


@lru_cache(maxsize=1)
def load_catalogue() -> Catalogue:
    try:
        raw = json.loads(CATALOGUE_PATH.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raw = _FALLBACK
    cur = raw["currency"]
    return Catalogue(
        currency=cur,
        products=tuple(
            Product(
                p["offerId"], p["name"], Money.parse(p["price"], cur).minor, p["sku"], p["category"]
            )
            for p in raw["products"]
        ),
        delivery=tuple(
            DeliveryMethod(d["id"], d["name"], Money.parse(d["cost"], cur).minor)
            for d in raw["delivery"]
        ),
        first_names=tuple(raw["firstNames"]),
        last_names=tuple(raw["lastNames"]),
        cities=tuple((c[0], c[1]) for c in raw["cities"]),
        streets=tuple(raw["streets"]),
    )
