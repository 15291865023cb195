"""Bulk SQL as plain text for the driver's own executemany (the same text on SQLite and
PostgreSQL but for the parameter marks). No SQLAlchemy here: the saving helper process of a
big first sync (automation/saving_process.py) writes with it and starts quicker without it."""

from __future__ import annotations

from collections.abc import Sequence


def insert_sql(
    table: str, columns: Sequence[str], mark: str, *, update_on: str = "", ignore_on: str = ""
) -> str:
    """INSERT for plain tuples in ``columns`` order (the same text on SQLite and PostgreSQL):
    with ``update_on`` (key columns) an existing row is overwritten, with ``ignore_on`` kept.

    For bulk saves through the driver's executemany: SQLAlchemy's per-row parameter handling
    costs more than the database's own work when rows come by the hundred thousand.
    """
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([mark] * len(columns))})"
    if update_on:
        keys = {k.strip() for k in update_on.split(",")}
        changes = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in keys)
        sql += f" ON CONFLICT ({update_on}) DO UPDATE SET {changes}"
    elif ignore_on:
        sql += f" ON CONFLICT ({ignore_on}) DO NOTHING"
    return sql
