"""The database tables, as SQLAlchemy 2.0 typed models. Money is integer minor units + currency."""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from refunddesk.store.types import (
    JSONText,
    allegro_id,
    currency_code,
    minor_units,
    optional_minor_units,
    optional_utc_time,
    short_text,
    utc_time,
)

# Stable constraint names, so migrations can alter them (SQLite batch mode needs names).
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Shop(Base):
    """One connected marketplace account. Its secrets live in the keyring, never here."""

    __tablename__ = "shops"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    environment: Mapped[str] = mapped_column(String(16))  # demo / sandbox / production / custom
    api_url: Mapped[str] = mapped_column(String(255))
    auth_url: Mapped[str] = mapped_column(String(255))
    client_id: Mapped[str] = mapped_column(String(255), default="")
    seller_login: Mapped[short_text]
    needs_reconnect: Mapped[bool] = mapped_column(Boolean, default=False)
    connected_at: Mapped[optional_utc_time]
    # What happens to cases found in the backfill window at connect: ask / apply / ignore.
    backlog_mode: Mapped[str] = mapped_column(String(8), server_default="ask", default="ask")
    created_at: Mapped[utc_time]


class SyncCursor(Base):
    """Where sync stopped reading a feed; moves in the same transaction as the rows it read."""

    __tablename__ = "sync_cursors"

    shop_id: Mapped[int] = mapped_column(
        ForeignKey("shops.id", ondelete="CASCADE"), primary_key=True
    )
    feed: Mapped[str] = mapped_column(String(32), primary_key=True)  # order_events, returns
    position: Mapped[str | None] = mapped_column(String(64), nullable=True)
    updated_at: Mapped[utc_time]


class Order(Base):
    __tablename__ = "orders"
    __table_args__ = (UniqueConstraint("shop_id", "order_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Looked up through the unique (shop_id, order_id) index: no index of its own.
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    order_id: Mapped[allegro_id]  # Allegro's checkout form id
    revision: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(32), index=True)
    fulfillment_status: Mapped[str] = mapped_column(String(32), default="NEW")
    line_items_sent: Mapped[str] = mapped_column(String(8), default="NONE")
    buyer_id: Mapped[str] = mapped_column(String(64), default="")
    buyer_login: Mapped[str] = mapped_column(String(120), default="", index=True)
    buyer_email: Mapped[short_text]
    buyer_first_name: Mapped[short_text]
    buyer_last_name: Mapped[short_text]
    buyer_language: Mapped[str] = mapped_column(String(16), default="")
    buyer_phone: Mapped[str] = mapped_column(String(32), default="")  # for SMS notices
    buyer_guest: Mapped[bool] = mapped_column(Boolean, default=False)
    currency: Mapped[currency_code]
    total_minor: Mapped[optional_minor_units]  # summary.totalToPay
    delivery_cost_minor: Mapped[optional_minor_units]
    delivery_method: Mapped[short_text]
    dispatch_deadline: Mapped[optional_utc_time]
    marketplace_id: Mapped[str] = mapped_column(String(32), default="allegro-pl")
    bought_at: Mapped[optional_utc_time] = mapped_column(index=True)
    updated_at: Mapped[optional_utc_time]  # Allegro's updatedAt
    synced_at: Mapped[utc_time]
    sync_error: Mapped[str] = mapped_column(Text, default="")

    line_items: Mapped[list[LineItem]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="LineItem.position"
    )
    payments: Mapped[list[Payment]] = relationship(
        back_populates="order", cascade="all, delete-orphan", order_by="Payment.position"
    )
    shipments: Mapped[list[Shipment]] = relationship(
        back_populates="order", cascade="all, delete-orphan"
    )


class LineItem(Base):
    __tablename__ = "line_items"
    __table_args__ = (UniqueConstraint("order_pk", "line_item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Looked up through the unique constraint's index, which begins with it.
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)
    line_item_id: Mapped[allegro_id]
    offer_id: Mapped[str] = mapped_column(String(64), index=True)
    offer_name: Mapped[str] = mapped_column(String(255))
    external_id: Mapped[str] = mapped_column(String(120), default="")
    quantity: Mapped[int] = mapped_column(Integer)
    unit_price_minor: Mapped[minor_units]
    original_unit_price_minor: Mapped[optional_minor_units]
    additional_services_minor: Mapped[optional_minor_units]
    currency: Mapped[currency_code]
    bought_at: Mapped[optional_utc_time]

    order: Mapped[Order] = relationship(back_populates="line_items")


class Payment(Base):
    """The buyer's payment, or a surcharge (an extra payment on the same order)."""

    __tablename__ = "payments"
    __table_args__ = (UniqueConstraint("order_pk", "payment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Looked up through the unique constraint's index, which begins with it.
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer, default=0)  # 0 = the main payment
    is_surcharge: Mapped[bool] = mapped_column(Boolean, default=False)
    payment_id: Mapped[allegro_id]
    type: Mapped[str] = mapped_column(String(32))
    provider: Mapped[str] = mapped_column(String(16), default="")
    features: Mapped[str] = mapped_column(String(255), default="")  # comma-separated
    paid_minor: Mapped[optional_minor_units]
    currency: Mapped[currency_code]
    finished_at: Mapped[optional_utc_time]

    order: Mapped[Order] = relationship(back_populates="payments")


class Shipment(Base):
    __tablename__ = "shipments"
    __table_args__ = (UniqueConstraint("order_pk", "shipment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # Looked up through the unique constraint's index, which begins with it.
    order_pk: Mapped[int] = mapped_column(ForeignKey("orders.id", ondelete="CASCADE"))
    shipment_id: Mapped[allegro_id]
    waybill: Mapped[str] = mapped_column(String(64), default="")
    carrier_id: Mapped[str] = mapped_column(String(64), default="")
    created_at: Mapped[optional_utc_time]

    order: Mapped[Order] = relationship(back_populates="shipments")


class CustomerReturn(Base):
    __tablename__ = "customer_returns"
    __table_args__ = (UniqueConstraint("shop_id", "return_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    return_id: Mapped[allegro_id]
    order_id: Mapped[str] = mapped_column(String(64), index=True)  # Allegro's checkout form id
    status: Mapped[str] = mapped_column(String(32), index=True)
    created_at: Mapped[utc_time]
    reference_number: Mapped[str] = mapped_column(String(64), default="")
    buyer_login: Mapped[str] = mapped_column(String(120), default="")
    buyer_email: Mapped[short_text]
    # The buyer's own account, given for cash-on-delivery returns: needed for a manual transfer.
    bank_owner: Mapped[short_text]
    bank_account_number: Mapped[str] = mapped_column(String(64), default="")
    bank_iban: Mapped[str] = mapped_column(String(64), default="")
    bank_swift: Mapped[str] = mapped_column(String(16), default="")
    rejection_code: Mapped[str] = mapped_column(String(32), default="")
    synced_at: Mapped[utc_time]

    items: Mapped[list[ReturnItem]] = relationship(
        back_populates="customer_return", cascade="all, delete-orphan", order_by="ReturnItem.id"
    )


class ReturnItem(Base):
    __tablename__ = "return_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    return_pk: Mapped[int] = mapped_column(
        ForeignKey("customer_returns.id", ondelete="CASCADE"), index=True
    )
    offer_id: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    name: Mapped[short_text]
    price_minor: Mapped[optional_minor_units]
    currency: Mapped[str] = mapped_column(String(3), default="")
    reason: Mapped[str] = mapped_column(String(32), default="NONE")
    user_comment: Mapped[str] = mapped_column(Text, default="")

    customer_return: Mapped[CustomerReturn] = relationship(back_populates="items")


class OrderEvent(Base):
    """One entry of an order's timeline: Allegro events, returns, refunds, notices, people."""

    __tablename__ = "order_events"
    __table_args__ = (UniqueConstraint("shop_id", "source", "source_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"))
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    source: Mapped[str] = mapped_column(String(16))  # allegro / return / refund / notice / person
    # Allegro's event id for feed events; makes a redelivered event a no-op.
    source_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    type: Mapped[str] = mapped_column(String(48))
    occurred_at: Mapped[utc_time]
    detail: Mapped[str] = mapped_column(Text, default="")


class SyncProblem(Base):
    """Something sync could not read (a malformed order, say): shown for review, retried."""

    __tablename__ = "sync_problems"
    __table_args__ = (UniqueConstraint("shop_id", "subject", "subject_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    subject: Mapped[str] = mapped_column(String(16))  # order / return
    subject_id: Mapped[str] = mapped_column(String(64))
    message: Mapped[str] = mapped_column(Text)
    first_seen: Mapped[utc_time]
    last_seen: Mapped[utc_time]
    resolved_at: Mapped[optional_utc_time]


class ProductGroup(Base):
    """A merchant's named list of offers or SKUs, e.g. "Promo November"."""

    __tablename__ = "product_groups"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    members: Mapped[Any] = mapped_column(JSONText(), default=list)  # offer ids / SKUs


class Rule(Base):
    __tablename__ = "rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The stable id a rules file carries; survives export and import (deleted rules keep theirs).
    uid: Mapped[str] = mapped_column(String(64), unique=True)
    position: Mapped[int] = mapped_column(Integer, default=0)  # first match wins
    enabled: Mapped[bool] = mapped_column(Boolean, default=True)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)
    current_version: Mapped[int] = mapped_column(Integer, default=1)
    created_at: Mapped[utc_time]

    versions: Mapped[list[RuleVersion]] = relationship(
        back_populates="rule", cascade="all, delete-orphan", order_by="RuleVersion.version"
    )


class RuleVersion(Base):
    """An immutable snapshot of a rule; every decision points at one."""

    __tablename__ = "rule_versions"
    __table_args__ = (UniqueConstraint("rule_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    rule_id: Mapped[int] = mapped_column(ForeignKey("rules.id", ondelete="CASCADE"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(120))
    definition: Mapped[Any] = mapped_column(JSONText())  # the rule as rules_json writes it
    created_at: Mapped[utc_time]

    rule: Mapped[Rule] = relationship(back_populates="versions")


class RefundIntent(Base):
    """A planned refund and its state; the states are the safety mechanism (DESIGN.md §3)."""

    __tablename__ = "refund_intents"
    # Re-syncing, redelivered events and restarts never plan the same refund twice.
    __table_args__ = (
        UniqueConstraint("shop_id", "order_id", "trigger", "scope"),
        # The history screen filters and sorts a million rows by these (bench/refunds_screen.py).
        Index("ix_refund_intents_state_created_at", "state", "created_at"),
        Index("ix_refund_intents_amount_minor", "amount_minor"),
        Index("ix_refund_intents_rule_id", "rule_id"),
        Index("ix_refund_intents_trigger", "trigger"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    shop_id: Mapped[int] = mapped_column(ForeignKey("shops.id", ondelete="CASCADE"), index=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    trigger: Mapped[str] = mapped_column(String(32))
    scope: Mapped[str] = mapped_column(String(80))  # "order", or "return:<id>"
    state: Mapped[str] = mapped_column(String(16), index=True)
    mode: Mapped[str] = mapped_column(String(8))  # armed / shadow
    rule_id: Mapped[int | None] = mapped_column(ForeignKey("rules.id"), nullable=True)
    rule_version: Mapped[int | None] = mapped_column(Integer, nullable=True)
    rule_name: Mapped[short_text]
    trace: Mapped[Any] = mapped_column(JSONText(), default=list)  # plain sentences
    plan: Mapped[Any] = mapped_column(JSONText(), default=dict)  # lines, delivery, notes
    amount_minor: Mapped[minor_units]
    currency: Mapped[currency_code]
    reason_code: Mapped[str] = mapped_column(String(32))
    seller_comment: Mapped[str] = mapped_column(String(250), default="")
    payment_id: Mapped[str] = mapped_column(String(64), default="")
    buyer_login: Mapped[str] = mapped_column(String(120), default="", index=True)
    notify_template: Mapped[str] = mapped_column(String(64), default="")
    set_cancelled_label: Mapped[bool] = mapped_column(Boolean, default=False)
    claim_commission: Mapped[bool] = mapped_column(Boolean, default=False)
    not_before: Mapped[optional_utc_time]  # a rule's delay: wait, visible and cancellable
    detected_at: Mapped[utc_time]  # when the trigger happened (event, return, deadline)
    # A person approved it: the caps that held it no longer apply (the remainder always does).
    approved: Mapped[bool] = mapped_column(Boolean, default=False)
    # After success: the "cancelled" label and commission claims, done once, retried if they fail.
    followups_done: Mapped[bool] = mapped_column(Boolean, default=False)
    # Generated and committed before the first POST; every resend uses the same one.
    command_id: Mapped[str | None] = mapped_column(String(36), nullable=True, unique=True)
    platform_refund_id: Mapped[str | None] = mapped_column(String(64), nullable=True)
    platform_status: Mapped[str] = mapped_column(String(16), default="")
    held_reason: Mapped[str] = mapped_column(String(32), default="")
    held_detail: Mapped[str] = mapped_column(Text, default="")
    failure_code: Mapped[str] = mapped_column(String(64), default="")
    failure_detail: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[utc_time] = mapped_column(index=True)
    updated_at: Mapped[utc_time]
    submitted_at: Mapped[optional_utc_time]
    finished_at: Mapped[optional_utc_time]
    # Every change is a compare-and-set on this (SQLAlchemy's version counter): of two workers
    # or a worker and a person that read the same state, exactly one change wins.
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    # The facts the decision rested on (paid amount, status, parcels, return …): when a sync
    # changes them, the case is planned again (automation/replan.py). facts_at: last confirmed.
    facts: Mapped[Any] = mapped_column(JSONText(), nullable=True)
    facts_at: Mapped[optional_utc_time]
    # Found in the backfill window when the shop was connected (the shop's backlog choice).
    backlog: Mapped[bool] = mapped_column(Boolean, server_default=false(), default=False)

    attempts: Mapped[list[RefundAttempt]] = relationship(
        back_populates="intent", cascade="all, delete-orphan", order_by="RefundAttempt.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (SQLAlchemy reads it)


class RefundAttempt(Base):
    """Every HTTP attempt made for an intent, with its status code and Allegro trace-id."""

    __tablename__ = "refund_attempts"

    id: Mapped[int] = mapped_column(primary_key=True)
    intent_id: Mapped[int] = mapped_column(
        ForeignKey("refund_intents.id", ondelete="CASCADE"), index=True
    )
    command_id: Mapped[str] = mapped_column(String(36), default="")
    method: Mapped[str] = mapped_column(String(8))
    path: Mapped[str] = mapped_column(String(255))
    started_at: Mapped[utc_time]
    duration_ms: Mapped[int] = mapped_column(Integer, default=0)
    http_status: Mapped[int | None] = mapped_column(Integer, nullable=True)
    trace_id: Mapped[str] = mapped_column(String(128), default="")
    error: Mapped[str] = mapped_column(Text, default="")

    intent: Mapped[RefundIntent] = relationship(back_populates="attempts")


class ReviewAction(Base):
    """What a person did to an intent (approve, retry, dismiss, mark refunded by hand)."""

    __tablename__ = "review_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    intent_id: Mapped[int] = mapped_column(
        ForeignKey("refund_intents.id", ondelete="CASCADE"), index=True
    )
    action: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(120), default="")
    at: Mapped[utc_time]


class CommissionClaim(Base):
    """A commission refund claim filed after a successful refund, when the rule asks for it."""

    __tablename__ = "commission_claims"
    __table_args__ = (UniqueConstraint("intent_id", "line_item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intent_id: Mapped[int] = mapped_column(ForeignKey("refund_intents.id", ondelete="CASCADE"))
    line_item_id: Mapped[str] = mapped_column(String(64))
    quantity: Mapped[int] = mapped_column(Integer)
    claim_id: Mapped[str] = mapped_column(String(64), default="")
    status: Mapped[str] = mapped_column(String(32), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[utc_time]


class Notification(Base):
    """A buyer notice; sent once per refund and channel, only after the refund is confirmed."""

    __tablename__ = "notifications"
    __table_args__ = (UniqueConstraint("intent_id", "channel"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    intent_id: Mapped[int] = mapped_column(
        ForeignKey("refund_intents.id", ondelete="CASCADE"), index=True
    )
    channel: Mapped[str] = mapped_column(String(16))  # allegro_message / email
    recipient: Mapped[str] = mapped_column(String(255))
    language: Mapped[str] = mapped_column(String(16), default="")
    subject: Mapped[short_text]
    body: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))  # pending / sent / failed / unknown
    platform_status: Mapped[str] = mapped_column(String(16), default="")  # VERIFYING, BLOCKED …
    external_id: Mapped[str] = mapped_column(String(64), default="")
    error: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[utc_time]
    sent_at: Mapped[optional_utc_time]


class Setting(Base):
    """A merchant setting as JSON (safety limits, sync interval, language …). No secrets."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONText())


class WorkerLease(Base):
    """Only one worker may run automation against a shared database at a time.

    ``generation`` is the fencing token: it grows each time the lease changes hands, and every
    claim of a refund checks it in the same transaction (automation/lease.py).
    """

    __tablename__ = "worker_leases"

    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120))
    expires_at: Mapped[utc_time]
    generation: Mapped[int] = mapped_column(BigInteger, default=0)
