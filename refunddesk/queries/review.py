"""What the Review screen lists: holds, failures and unconfirmed refunds, oldest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.domain.money import Money
from refunddesk.store import models as m
from refunddesk.store.database import Database

RI = m.RefundIntent
REVIEW_STATES = ("HELD", "FAILED", "UNCONFIRMED")
COD = "CASH_ON_DELIVERY"

# Where a seller sees one order in Allegro's web pages; demo shops have no such page.
_ORDER_PAGES = {
    "production": "https://allegro.pl/moje-allegro/sprzedaz/zamowienia/{}",
    "sandbox": "https://allegro.pl.allegrosandbox.pl/moje-allegro/sprzedaz/zamowienia/{}",
}


@dataclass(frozen=True, slots=True)
class BankDetails:
    """The buyer's own account from a customer return (cash on delivery: a manual transfer)."""

    owner: str
    account_number: str
    iban: str
    swift: str


@dataclass(frozen=True, slots=True)
class ReviewItem:
    id: int
    shop_id: int
    shop_environment: str
    order_id: str
    buyer_login: str
    amount: Money
    state: str
    trigger: str
    rule_name: str
    held_reason: str
    held_detail: str
    failure_code: str
    failure_detail: str
    created_at: datetime
    cash_on_delivery: bool

    @property
    def order_url(self) -> str | None:
        return order_url(self.shop_environment, self.order_id)

    @property
    def found_at_connect(self) -> bool:
        """Held only because it was found when the shop was connected (the "ask" choice):
        approved in one batch. One also held for another reason (a cap, cash on delivery)
        waits to be looked at on its own."""
        return (
            self.state == "HELD"
            and self.held_reason == "BACKLOG"
            and self.held_detail in ("", "BACKLOG")
        )


def order_url(environment: str, order_id: str) -> str | None:
    """The order's page in Allegro for the seller, or None (demo and custom shops)."""
    page = _ORDER_PAGES.get(environment)
    return page.format(order_id) if page else None


def review_items(db: Database, *, limit: int = 2000) -> list[ReviewItem]:
    """Holds, failures and unconfirmed refunds, oldest first."""
    pay_type = (
        select(m.Payment.type)
        .join(m.Order, m.Order.id == m.Payment.order_pk)
        .where(m.Order.shop_id == RI.shop_id, m.Order.order_id == RI.order_id)
        .where(m.Payment.is_surcharge.is_(False))
        .order_by(m.Payment.position)
        .limit(1)
        .scalar_subquery()
    )
    q = (
        select(RI, m.Shop.environment, pay_type.label("payment_type"))
        .join(m.Shop, m.Shop.id == RI.shop_id)
        .where(RI.state.in_(REVIEW_STATES))
        .order_by(RI.created_at, RI.id)
        .limit(limit)
    )
    with db.sessions() as s:
        return [
            ReviewItem(
                id=i.id,
                shop_id=i.shop_id,
                shop_environment=env,
                order_id=i.order_id,
                buyer_login=i.buyer_login,
                amount=Money(i.amount_minor, i.currency),
                state=i.state,
                trigger=i.trigger,
                rule_name=i.rule_name,
                held_reason=i.held_reason,
                held_detail=i.held_detail,
                failure_code=i.failure_code,
                failure_detail=i.failure_detail,
                created_at=i.created_at,
                cash_on_delivery=payment_type == COD or i.held_reason == COD,
            )
            for i, env, payment_type in s.execute(q)
        ]


def bank_details(db: Database, shop_id: int, order_id: str) -> BankDetails | None:
    """The newest bank account a buyer gave in a return for this order, if any."""
    q = (
        select(m.CustomerReturn)
        .where(m.CustomerReturn.shop_id == shop_id, m.CustomerReturn.order_id == order_id)
        .order_by(m.CustomerReturn.created_at.desc(), m.CustomerReturn.id.desc())
    )
    with db.sessions() as s:
        for r in s.scalars(q):
            if r.bank_account_number or r.bank_iban:
                return BankDetails(r.bank_owner, r.bank_account_number, r.bank_iban, r.bank_swift)
    return None


def sending_paused(db: Database) -> bool:
    """Whether automation is paused: an approved refund then waits until it is resumed."""
    with db.sessions() as s:
        return limits.load_settings(s).paused
