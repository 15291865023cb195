"""Realistic seeded orders: several lines, delivery, ONLINE / COD / Allegro Pay, repeat buyers."""

from __future__ import annotations

import random
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from refunddesk.demo_shop.catalogue import Catalogue, load_catalogue
from refunddesk.demo_shop.state import BuyerRec, LineRec, OrderRec

LANGUAGES = ("pl-PL",) * 8 + ("en-US", "uk-UA", "cs-CZ")


def _ascii(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def surname_for(first_name: str, surname: str) -> str:
    """A Polish surname in the form that goes with the first name: Anna Kowalska, Piotr
    Kowalski. (A Polish woman's first name ends in -a; -ski, -cki and -dzki surnames follow
    it, the others do not change.)"""
    if first_name.endswith("a") and surname.endswith(("ski", "cki", "dzki")):
        return surname[:-1] + "a"
    return surname


def make_buyer(rng: random.Random, cat: Catalogue, n: int) -> BuyerRec:
    first = rng.choice(cat.first_names)
    last = surname_for(first, rng.choice(cat.last_names))
    login = f"{_ascii(first)}_{_ascii(last)}{rng.randint(1, 99)}"
    city, post = rng.choice(cat.cities)
    return BuyerRec(
        id=str(50_000_000 + n),
        login=login,
        email=f"{login.replace('_', '.')}+{n}@allegromail.pl",
        first_name=first,
        last_name=last,
        language=rng.choice(LANGUAGES),
        city=city,
        post_code=post,
        street=f"{rng.choice(cat.streets)} {rng.randint(1, 120)}",
        phone=f"5{rng.randint(10_000_000, 99_999_999)}",
    )


def uuid_from(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


@dataclass
class SeededOrder:
    order: OrderRec
    paid: bool
    sent: bool


def seed_orders(rng: random.Random, count: int, now: datetime, days: int = 30) -> list[SeededOrder]:
    """`count` orders bought over the last `days` days, oldest first."""
    cat = load_catalogue()
    buyers = [make_buyer(rng, cat, i) for i in range(max(1, count * 2 // 3))]
    out: list[SeededOrder] = []
    span = days * 86_400
    for offset in sorted(rng.randrange(span) for _ in range(count)):
        bought = now - timedelta(seconds=span - offset)
        buyer = rng.choice(buyers)  # the same buyer coming back is a repeat buyer
        products = rng.sample(
            cat.products, k=min(len(cat.products), rng.choice((1, 1, 2, 2, 3, 4)))
        )
        lines = [
            LineRec(
                uuid_from(rng),
                p.offer_id,
                p.name,
                rng.choice((1, 1, 1, 2, 3)),
                p.price,
                p.price,
                p.sku,
                bought,
            )
            for p in products
        ]
        roll = rng.random()
        if roll < 0.12:
            ptype, provider, features = "CASH_ON_DELIVERY", "OFFLINE", []
            delivery = next((d for d in cat.delivery if "cod" in d.id), cat.delivery[0])
        else:
            ptype, provider = "ONLINE", rng.choice(("PAYU", "P24", "AF"))
            features = ["ALLEGRO_PAY"] if roll > 0.88 else []
            delivery = rng.choice([d for d in cat.delivery if "cod" not in d.id] or cat.delivery)
        handling = timedelta(days=rng.choice((1, 1, 2, 3)))
        order = OrderRec(
            id=uuid_from(rng),
            buyer=buyer,
            lines=lines,
            payment_id=uuid_from(rng),
            payment_type=ptype,
            provider=provider,
            features=features,
            bought_at=bought,
            currency=cat.currency,
            delivery_method_id=delivery.id,
            delivery_method_name=delivery.name,
            delivery_cost=delivery.cost,
            dispatch_from=bought,
            dispatch_to=bought + handling,
        )
        unpaid = ptype == "ONLINE" and rng.random() < 0.04 and (now - bought).days < 7
        sent = not unpaid and bought + handling < now and rng.random() < 0.85
        out.append(SeededOrder(order, paid=not unpaid, sent=sent))
    return out
