"""Fixtures every test may use: a private data dir per test, and no secrets of earlier tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from refunddesk.infra.logging import forget_registered_secrets


@pytest.fixture(autouse=True)
def _private_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real platform data dir."""
    data = tmp_path / "refunddesk-data"
    monkeypatch.setenv("REFUNDDESK_DATA_DIR", str(data))
    return data


@pytest.fixture(autouse=True)
def _no_secrets_of_earlier_tests() -> None:
    """Redaction is process-wide: a test that used a common word as a secret ("secret") hid
    that word from every message read by the tests after it."""
    forget_registered_secrets()
