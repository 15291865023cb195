"""Fixtures every test may use: a private data dir per test."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real platform data dir."""
    data = tmp_path / "refunddesk-data"
    monkeypatch.setenv("REFUNDDESK_DATA_DIR", str(data))
    return data
