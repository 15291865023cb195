"""Real keyring failures become NoKeyringAvailable with install instructions."""

from __future__ import annotations

import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from keyring.backends import fail

from refunddesk.domain.messages import Message, render
from refunddesk.infra.secrets import Secrets
from refunddesk.services.context import AppContext

# Prints the error class the app would show, or "ok".
_PROBE = """
from refunddesk.infra.secrets import Secrets, SecretsError
try:
    Secrets().set("probe", "probe-secret-value")
except SecretsError as exc:
    print(type(exc).__name__)
    print(exc)
else:
    print("ok")
"""


def _isolated_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_RUNTIME_DIR=str(home),
    )
    return env


def test_no_dbus_session_tells_the_user_what_to_install(tmp_path: Path) -> None:
    env = _isolated_env(tmp_path)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.SecretService.Keyring"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    first, _, message = done.stdout.partition("\n")
    assert first == "NoKeyringAvailable"
    assert "apt install gnome-keyring" in message
    assert "dbus-run-session" in message


@pytest.mark.keyring
def test_keyring_that_was_never_unlocked_is_reported_as_unavailable(tmp_path: Path) -> None:
    daemon, session = shutil.which("gnome-keyring-daemon"), shutil.which("dbus-run-session")
    assert daemon and session, "gnome-keyring and dbus-run-session are needed (system-deps)"
    # A fresh login keyring whose creation needs a GUI prompt: keyring raises InitError.
    script = (
        f"{daemon} --start --components=secrets >/dev/null 2>&1; "
        f'exec "{sys.executable}" -c "$PROBE"'
    )
    env = _isolated_env(tmp_path)
    env["PROBE"] = _PROBE
    done = subprocess.run(
        [session, "--", "sh", "-c", script],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    first, _, message = done.stdout.partition("\n")
    assert first == "NoKeyringAvailable"
    assert "never been set up or unlocked" in message


def test_a_worker_round_without_a_keyring_is_a_plain_problem_not_a_bug(
    demo_context: AppContext, caplog: pytest.LogCaptureFixture
) -> None:
    """`run --once` on a computer with no keyring printed the cycle's traceback on the console
    and called it an unexpected error."""
    demo_context.secrets = Secrets(backend=fail.Keyring())
    worker = demo_context.make_worker()
    with caplog.at_level(logging.INFO, logger="refunddesk"):
        report = worker.run_once()
    [shop] = report.shops
    assert shop.failed
    [problem] = shop.problems
    assert isinstance(problem, Message) and problem.code == "problem.no_keyring"
    assert "pęku kluczy" in render(problem, "pl")
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert not [r for r in caplog.records if r.exc_info]
