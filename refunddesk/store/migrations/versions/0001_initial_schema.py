"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-26 05:00:52.348666
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import refunddesk.store.types

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "product_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("members", refunddesk.store.types.JSONText(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_product_groups")),
        sa.UniqueConstraint("name", name=op.f("uq_product_groups_name")),
    )
    op.create_table(
        "rules",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("current_version", sa.Integer(), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rules")),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", refunddesk.store.types.JSONText(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_settings")),
    )
    op.create_table(
        "shops",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("environment", sa.String(length=16), nullable=False),
        sa.Column("api_url", sa.String(length=255), nullable=False),
        sa.Column("auth_url", sa.String(length=255), nullable=False),
        sa.Column("client_id", sa.String(length=255), nullable=False),
        sa.Column("seller_login", sa.String(length=255), nullable=False),
        sa.Column("needs_reconnect", sa.Boolean(), nullable=False),
        sa.Column("connected_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shops")),
        sa.UniqueConstraint("name", name=op.f("uq_shops_name")),
    )
    op.create_table(
        "worker_leases",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("expires_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("heartbeat", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_worker_leases")),
    )
    op.create_table(
        "customer_returns",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("return_id", sa.String(length=64), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("reference_number", sa.String(length=64), nullable=False),
        sa.Column("buyer_login", sa.String(length=120), nullable=False),
        sa.Column("buyer_email", sa.String(length=255), nullable=False),
        sa.Column("bank_owner", sa.String(length=255), nullable=False),
        sa.Column("bank_account_number", sa.String(length=64), nullable=False),
        sa.Column("bank_iban", sa.String(length=64), nullable=False),
        sa.Column("bank_swift", sa.String(length=16), nullable=False),
        sa.Column("rejection_code", sa.String(length=32), nullable=False),
        sa.Column("synced_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_customer_returns_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_customer_returns")),
        sa.UniqueConstraint(
            "shop_id", "return_id", name=op.f("uq_customer_returns_shop_id_return_id")
        ),
    )
    with op.batch_alter_table("customer_returns", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_customer_returns_order_id"), ["order_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_customer_returns_shop_id"), ["shop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_customer_returns_status"), ["status"], unique=False)

    op.create_table(
        "order_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=True),
        sa.Column("type", sa.String(length=48), nullable=False),
        sa.Column("occurred_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_order_events_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_order_events")),
        sa.UniqueConstraint(
            "shop_id", "source", "source_id", name=op.f("uq_order_events_shop_id_source_source_id")
        ),
    )
    with op.batch_alter_table("order_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_order_events_order_id"), ["order_id"], unique=False)

    op.create_table(
        "orders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("revision", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("fulfillment_status", sa.String(length=32), nullable=False),
        sa.Column("line_items_sent", sa.String(length=8), nullable=False),
        sa.Column("buyer_id", sa.String(length=64), nullable=False),
        sa.Column("buyer_login", sa.String(length=120), nullable=False),
        sa.Column("buyer_email", sa.String(length=255), nullable=False),
        sa.Column("buyer_first_name", sa.String(length=255), nullable=False),
        sa.Column("buyer_last_name", sa.String(length=255), nullable=False),
        sa.Column("buyer_language", sa.String(length=16), nullable=False),
        sa.Column("buyer_guest", sa.Boolean(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("total_minor", sa.BigInteger(), nullable=True),
        sa.Column("delivery_cost_minor", sa.BigInteger(), nullable=True),
        sa.Column("delivery_method", sa.String(length=255), nullable=False),
        sa.Column(
            "dispatch_deadline", refunddesk.store.types.UTCDateTime(length=32), nullable=True
        ),
        sa.Column("marketplace_id", sa.String(length=32), nullable=False),
        sa.Column("bought_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.Column("updated_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.Column("synced_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("sync_error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"], ["shops.id"], name=op.f("fk_orders_shop_id_shops"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_orders")),
        sa.UniqueConstraint("shop_id", "order_id", name=op.f("uq_orders_shop_id_order_id")),
    )
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_orders_bought_at"), ["bought_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_buyer_login"), ["buyer_login"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_shop_id"), ["shop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_orders_status"), ["status"], unique=False)

    op.create_table(
        "refund_intents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("trigger", sa.String(length=32), nullable=False),
        sa.Column("scope", sa.String(length=80), nullable=False),
        sa.Column("state", sa.String(length=16), nullable=False),
        sa.Column("mode", sa.String(length=8), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=True),
        sa.Column("rule_version", sa.Integer(), nullable=True),
        sa.Column("rule_name", sa.String(length=255), nullable=False),
        sa.Column("trace", refunddesk.store.types.JSONText(), nullable=False),
        sa.Column("plan", refunddesk.store.types.JSONText(), nullable=False),
        sa.Column("amount_minor", sa.BigInteger(), nullable=False),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason_code", sa.String(length=32), nullable=False),
        sa.Column("seller_comment", sa.String(length=250), nullable=False),
        sa.Column("payment_id", sa.String(length=64), nullable=False),
        sa.Column("buyer_login", sa.String(length=120), nullable=False),
        sa.Column("notify_template", sa.String(length=64), nullable=False),
        sa.Column("set_cancelled_label", sa.Boolean(), nullable=False),
        sa.Column("claim_commission", sa.Boolean(), nullable=False),
        sa.Column("not_before", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.Column("detected_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("approved", sa.Boolean(), nullable=False),
        sa.Column("followups_done", sa.Boolean(), nullable=False),
        sa.Column("command_id", sa.String(length=36), nullable=True),
        sa.Column("platform_refund_id", sa.String(length=64), nullable=True),
        sa.Column("platform_status", sa.String(length=16), nullable=False),
        sa.Column("held_reason", sa.String(length=32), nullable=False),
        sa.Column("held_detail", sa.Text(), nullable=False),
        sa.Column("failure_code", sa.String(length=64), nullable=False),
        sa.Column("failure_detail", sa.Text(), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("updated_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("submitted_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.Column("finished_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["rule_id"], ["rules.id"], name=op.f("fk_refund_intents_rule_id_rules")
        ),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_refund_intents_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_intents")),
        sa.UniqueConstraint("command_id", name=op.f("uq_refund_intents_command_id")),
        sa.UniqueConstraint(
            "shop_id",
            "order_id",
            "trigger",
            "scope",
            name=op.f("uq_refund_intents_shop_id_order_id_trigger_scope"),
        ),
    )
    with op.batch_alter_table("refund_intents", schema=None) as batch_op:
        batch_op.create_index("ix_refund_intents_amount_minor", ["amount_minor"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_refund_intents_buyer_login"), ["buyer_login"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_refund_intents_created_at"), ["created_at"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_refund_intents_order_id"), ["order_id"], unique=False)
        batch_op.create_index("ix_refund_intents_rule_id", ["rule_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refund_intents_shop_id"), ["shop_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_refund_intents_state"), ["state"], unique=False)
        batch_op.create_index(
            "ix_refund_intents_state_created_at", ["state", "created_at"], unique=False
        )
        batch_op.create_index("ix_refund_intents_trigger", ["trigger"], unique=False)

    op.create_table(
        "rule_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("rule_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("definition", refunddesk.store.types.JSONText(), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["rule_id"],
            ["rules.id"],
            name=op.f("fk_rule_versions_rule_id_rules"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rule_versions")),
        sa.UniqueConstraint("rule_id", "version", name=op.f("uq_rule_versions_rule_id_version")),
    )
    with op.batch_alter_table("rule_versions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_rule_versions_rule_id"), ["rule_id"], unique=False)

    op.create_table(
        "sync_cursors",
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("feed", sa.String(length=32), nullable=False),
        sa.Column("position", sa.String(length=64), nullable=True),
        sa.Column("updated_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_sync_cursors_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("shop_id", "feed", name=op.f("pk_sync_cursors")),
    )
    op.create_table(
        "sync_problems",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shop_id", sa.Integer(), nullable=False),
        sa.Column("subject", sa.String(length=16), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("first_seen", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("last_seen", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("resolved_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["shop_id"],
            ["shops.id"],
            name=op.f("fk_sync_problems_shop_id_shops"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_problems")),
        sa.UniqueConstraint(
            "shop_id",
            "subject",
            "subject_id",
            name=op.f("uq_sync_problems_shop_id_subject_subject_id"),
        ),
    )
    with op.batch_alter_table("sync_problems", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_problems_shop_id"), ["shop_id"], unique=False)

    op.create_table(
        "commission_claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intent_id", sa.Integer(), nullable=False),
        sa.Column("line_item_id", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.String(length=64), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["intent_id"],
            ["refund_intents.id"],
            name=op.f("fk_commission_claims_intent_id_refund_intents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_commission_claims")),
        sa.UniqueConstraint(
            "intent_id", "line_item_id", name=op.f("uq_commission_claims_intent_id_line_item_id")
        ),
    )
    op.create_table(
        "line_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("line_item_id", sa.String(length=64), nullable=False),
        sa.Column("offer_id", sa.String(length=64), nullable=False),
        sa.Column("offer_name", sa.String(length=255), nullable=False),
        sa.Column("external_id", sa.String(length=120), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("unit_price_minor", sa.BigInteger(), nullable=False),
        sa.Column("original_unit_price_minor", sa.BigInteger(), nullable=True),
        sa.Column("additional_services_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("bought_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_pk"],
            ["orders.id"],
            name=op.f("fk_line_items_order_pk_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_line_items")),
        sa.UniqueConstraint(
            "order_pk", "line_item_id", name=op.f("uq_line_items_order_pk_line_item_id")
        ),
    )
    with op.batch_alter_table("line_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_line_items_offer_id"), ["offer_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_line_items_order_pk"), ["order_pk"], unique=False)

    op.create_table(
        "notifications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intent_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(length=16), nullable=False),
        sa.Column("recipient", sa.String(length=255), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("subject", sa.String(length=255), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("platform_status", sa.String(length=16), nullable=False),
        sa.Column("external_id", sa.String(length=64), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("sent_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["intent_id"],
            ["refund_intents.id"],
            name=op.f("fk_notifications_intent_id_refund_intents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_notifications")),
        sa.UniqueConstraint(
            "intent_id", "channel", name=op.f("uq_notifications_intent_id_channel")
        ),
    )
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_notifications_intent_id"), ["intent_id"], unique=False)

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_pk", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("is_surcharge", sa.Boolean(), nullable=False),
        sa.Column("payment_id", sa.String(length=64), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("provider", sa.String(length=16), nullable=False),
        sa.Column("features", sa.String(length=255), nullable=False),
        sa.Column("paid_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("finished_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_pk"],
            ["orders.id"],
            name=op.f("fk_payments_order_pk_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
        sa.UniqueConstraint("order_pk", "payment_id", name=op.f("uq_payments_order_pk_payment_id")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_order_pk"), ["order_pk"], unique=False)

    op.create_table(
        "refund_attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intent_id", sa.Integer(), nullable=False),
        sa.Column("command_id", sa.String(length=36), nullable=False),
        sa.Column("method", sa.String(length=8), nullable=False),
        sa.Column("path", sa.String(length=255), nullable=False),
        sa.Column("started_at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("trace_id", sa.String(length=128), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["intent_id"],
            ["refund_intents.id"],
            name=op.f("fk_refund_attempts_intent_id_refund_intents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_refund_attempts")),
    )
    with op.batch_alter_table("refund_attempts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_refund_attempts_intent_id"), ["intent_id"], unique=False
        )

    op.create_table(
        "return_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("return_pk", sa.Integer(), nullable=False),
        sa.Column("offer_id", sa.String(length=64), nullable=False),
        sa.Column("quantity", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=255), nullable=False),
        sa.Column("price_minor", sa.BigInteger(), nullable=True),
        sa.Column("currency", sa.String(length=3), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("user_comment", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["return_pk"],
            ["customer_returns.id"],
            name=op.f("fk_return_items_return_pk_customer_returns"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_return_items")),
    )
    with op.batch_alter_table("return_items", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_return_items_return_pk"), ["return_pk"], unique=False)

    op.create_table(
        "review_actions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("intent_id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("actor", sa.String(length=120), nullable=False),
        sa.Column("at", refunddesk.store.types.UTCDateTime(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["intent_id"],
            ["refund_intents.id"],
            name=op.f("fk_review_actions_intent_id_refund_intents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_actions")),
    )
    with op.batch_alter_table("review_actions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_actions_intent_id"), ["intent_id"], unique=False
        )

    op.create_table(
        "shipments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("order_pk", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.String(length=64), nullable=False),
        sa.Column("waybill", sa.String(length=64), nullable=False),
        sa.Column("carrier_id", sa.String(length=64), nullable=False),
        sa.Column("created_at", refunddesk.store.types.UTCDateTime(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["order_pk"],
            ["orders.id"],
            name=op.f("fk_shipments_order_pk_orders"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipments")),
        sa.UniqueConstraint(
            "order_pk", "shipment_id", name=op.f("uq_shipments_order_pk_shipment_id")
        ),
    )
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_shipments_order_pk"), ["order_pk"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("shipments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_shipments_order_pk"))

    op.drop_table("shipments")
    with op.batch_alter_table("review_actions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_actions_intent_id"))

    op.drop_table("review_actions")
    with op.batch_alter_table("return_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_return_items_return_pk"))

    op.drop_table("return_items")
    with op.batch_alter_table("refund_attempts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_refund_attempts_intent_id"))

    op.drop_table("refund_attempts")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_order_pk"))

    op.drop_table("payments")
    with op.batch_alter_table("notifications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_notifications_intent_id"))

    op.drop_table("notifications")
    with op.batch_alter_table("line_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_line_items_order_pk"))
        batch_op.drop_index(batch_op.f("ix_line_items_offer_id"))

    op.drop_table("line_items")
    op.drop_table("commission_claims")
    with op.batch_alter_table("sync_problems", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_problems_shop_id"))

    op.drop_table("sync_problems")
    op.drop_table("sync_cursors")
    with op.batch_alter_table("rule_versions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_rule_versions_rule_id"))

    op.drop_table("rule_versions")
    with op.batch_alter_table("refund_intents", schema=None) as batch_op:
        batch_op.drop_index("ix_refund_intents_trigger")
        batch_op.drop_index("ix_refund_intents_state_created_at")
        batch_op.drop_index(batch_op.f("ix_refund_intents_state"))
        batch_op.drop_index(batch_op.f("ix_refund_intents_shop_id"))
        batch_op.drop_index("ix_refund_intents_rule_id")
        batch_op.drop_index(batch_op.f("ix_refund_intents_order_id"))
        batch_op.drop_index(batch_op.f("ix_refund_intents_created_at"))
        batch_op.drop_index(batch_op.f("ix_refund_intents_buyer_login"))
        batch_op.drop_index("ix_refund_intents_amount_minor")

    op.drop_table("refund_intents")
    with op.batch_alter_table("orders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_orders_status"))
        batch_op.drop_index(batch_op.f("ix_orders_shop_id"))
        batch_op.drop_index(batch_op.f("ix_orders_buyer_login"))
        batch_op.drop_index(batch_op.f("ix_orders_bought_at"))

    op.drop_table("orders")
    with op.batch_alter_table("order_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_order_events_order_id"))

    op.drop_table("order_events")
    with op.batch_alter_table("customer_returns", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_customer_returns_status"))
        batch_op.drop_index(batch_op.f("ix_customer_returns_shop_id"))
        batch_op.drop_index(batch_op.f("ix_customer_returns_order_id"))

    op.drop_table("customer_returns")
    op.drop_table("worker_leases")
    op.drop_table("shops")
    op.drop_table("settings")
    op.drop_table("rules")
    op.drop_table("product_groups")
