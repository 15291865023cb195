"""lease generation (fencing token) and intent versions (compare-and-set)

Revision ID: 0002
Revises: 0001

The unused lease ``heartbeat`` column becomes ``generation``: it grows by one every time the
automation lease changes hands, and every claim checks it. ``refund_intents.version`` grows by
one on every change of an intent, so two workers that read the same state cannot both move it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("worker_leases") as batch:
        batch.alter_column("heartbeat", new_column_name="generation")
    with op.batch_alter_table("refund_intents") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))


def downgrade() -> None:
    with op.batch_alter_table("refund_intents") as batch:
        batch.drop_column("version")
    with op.batch_alter_table("worker_leases") as batch:
        batch.alter_column("generation", new_column_name="heartbeat")
