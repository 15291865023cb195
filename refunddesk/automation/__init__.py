"""Sync, planning, execution and the worker loop. Qt-free."""
