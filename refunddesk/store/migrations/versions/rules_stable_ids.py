"""stable rule ids that survive export and import

Revision ID: rules_1
Revises: 0002

``rules.uid`` is the id a rules file carries. Existing rules get their row id as text, which
is what an export wrote as their id until now, so re-importing an older file still finds them.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "rules_1"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("rules") as batch:
        batch.add_column(sa.Column("uid", sa.String(length=64), nullable=True))
    op.execute("UPDATE rules SET uid = CAST(id AS VARCHAR(64))")
    with op.batch_alter_table("rules") as batch:
        batch.alter_column("uid", existing_type=sa.String(length=64), nullable=False)
        batch.create_unique_constraint(op.f("uq_rules_uid"), ["uid"])


def downgrade() -> None:
    with op.batch_alter_table("rules") as batch:
        batch.drop_constraint("uq_rules_uid", type_="unique")
        batch.drop_column("uid")
