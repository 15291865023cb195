"""the buyer's phone on orders, for SMS notices

Revision ID: notices_1
Revises: 0003

``orders.buyer_phone`` keeps the number as Allegro gave it (the buyer's, else the delivery
address's); it is normalised to E.164 only when an SMS is sent, for the order's marketplace.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "notices_1"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(
            sa.Column("buyer_phone", sa.String(length=32), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("buyer_phone")
