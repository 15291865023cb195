"""Write refunddesk/store/schema.sql: the schema every migration produces on an empty database.

Run after adding a migration (tests/unit/store/test_fresh_schema.py says when it is stale):
``.venv/bin/python scripts/write_schema.py``.
"""

from __future__ import annotations

from refunddesk.store import fresh_schema

if __name__ == "__main__":
    fresh_schema.SCHEMA_FILE.write_text(fresh_schema.migrated(), encoding="utf-8")
    print(f"wrote {fresh_schema.SCHEMA_FILE}")
