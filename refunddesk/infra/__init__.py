"""Paths, secrets, logging and crash reports."""
