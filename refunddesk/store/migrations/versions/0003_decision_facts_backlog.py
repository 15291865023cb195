"""decision facts (re-planning) and the backlog choice at connect

Revision ID: 0003
Revises: rules_1

A decision keeps the facts it rested on (``facts``) and when they were last confirmed
(``facts_at``): when a sync changes them, the case is planned again. ``backlog`` marks cases
found in the backfill window when the shop was connected; ``shops.backlog_mode`` says what
happens to them (ask / apply / ignore).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import refunddesk.store.types

revision = "0003"
down_revision = "rules_1"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("refund_intents") as batch:
        batch.add_column(sa.Column("facts", refunddesk.store.types.JSONText(), nullable=True))
        batch.add_column(sa.Column("facts_at", refunddesk.store.types.UTCDateTime(), nullable=True))
        batch.add_column(
            sa.Column("backlog", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("shops") as batch:
        batch.add_column(
            sa.Column("backlog_mode", sa.String(length=8), nullable=False, server_default="ask")
        )


def downgrade() -> None:
    with op.batch_alter_table("shops") as batch:
        batch.drop_column("backlog_mode")
    with op.batch_alter_table("refund_intents") as batch:
        batch.drop_column("backlog")
        batch.drop_column("facts_at")
        batch.drop_column("facts")
