"""A computer with no usable keyring: the dashboard opens and says so, nothing crashes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from refunddesk.gui.screens.dashboard import DashboardScreen
from refunddesk.gui.services import GuiServices
from refunddesk.infra.secrets import Secrets
from refunddesk.services.context import AppContext
from refunddesk.store.database import open_database, sqlite_url


@pytest.fixture
def no_keyring_services(qapp: object, tmp_path: Path) -> Iterator[GuiServices]:
    # A real profile (no demo) on a computer where keyring finds nothing to use.
    db = open_database(sqlite_url(tmp_path / "app.sqlite3"))
    ctx = AppContext(db=db, secrets=Secrets(fail.Keyring()), data_dir=tmp_path)
    ctx._closers.append(db.dispose)
    services = GuiServices(ctx)
    yield services
    services.wait_idle()
    ctx.close()


def test_the_dashboard_opens_and_says_there_is_no_keyring(
    qtbot: QtBot, no_keyring_services: GuiServices
) -> None:
    board = DashboardScreen(no_keyring_services)  # read the keyring at once: it raised here
    qtbot.addWidget(board)
    qtbot.waitUntil(lambda: board.board is not None, timeout=10_000)
    assert board.alerts_label.text() == (
        "No system keyring can be used, so RefundDesk cannot read or keep shop logins. "
        "Settings → General says what to install."
    )
    board.refresh()  # and again, as every visit does
    no_keyring_services.wait_idle()
    assert board.board is not None
