"""The local database: models, sessions, repositories and migrations."""
