"""an order's rows indexed once: the doubled one-column indexes dropped

Revision ID: orders_1
Revises: notices_1

``orders.shop_id``, and ``order_pk`` of ``line_items``, ``payments`` and ``shipments``, each had
an index of their own beside a unique constraint that begins with the same column (shop and
order id; order and line, payment or shipment id). SQLite answers every look-up by that column
from the constraint's index just as well, so the extra one only cost writing: a first sync of
100,000 orders wrote every row into both (~10 % of saving an order, and ~4 % of the file).
"""

from __future__ import annotations

from alembic import op

revision = "orders_1"
down_revision = "notices_1"
branch_labels = None
depends_on = None

_DOUBLED = (
    ("orders", "shop_id"),
    ("line_items", "order_pk"),
    ("payments", "order_pk"),
    ("shipments", "order_pk"),
)


def upgrade() -> None:
    for table, column in _DOUBLED:
        op.drop_index(f"ix_{table}_{column}", table_name=table)


def downgrade() -> None:
    for table, column in _DOUBLED:
        op.create_index(f"ix_{table}_{column}", table, [column])
