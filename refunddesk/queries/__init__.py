"""Qt-free read-only queries the screens show, returning frozen rows (never ORM objects)."""
