"""`refunddesk service install|remove|status`: a systemd user unit that really runs this app."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from refunddesk.cli import main

SYSTEMCTL_RECORDER = """#!/bin/sh
echo "$@" >> "{log}"
case "$2" in is-enabled) echo enabled ;; is-active) echo active ;; esac
"""


@pytest.fixture
def config_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home))
    return home


@pytest.fixture
def no_systemctl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine without systemd (a container, CI as root): nothing called systemctl on PATH."""
    empty = tmp_path / "bin-without-systemctl"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


@pytest.fixture
def systemctl_calls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A systemctl that only records how it was called (the real one needs a user session)."""
    bin_dir, log = tmp_path / "bin", tmp_path / "systemctl.log"
    bin_dir.mkdir()
    script = bin_dir / "systemctl"
    script.write_text(SYSTEMCTL_RECORDER.format(log=log))
    script.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    return log


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code = main(["--log-level", "WARNING", *args])
    out = capsys.readouterr()
    return code, out.out + out.err


def _exec_start(unit: str) -> list[str]:
    [line] = [x for x in unit.splitlines() if x.startswith("ExecStart=")]
    # systemd's quoting is shell-like, with % and $ doubled.
    return [a.replace("%%", "%").replace("$$", "$") for a in shlex.split(line[10:])]


def test_install_writes_a_unit_that_runs_this_app_on_this_data_folder(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, config_home: Path, no_systemctl: None
) -> None:
    data = tmp_path / "shop data 100%"  # a space and a % survive systemd's quoting
    code, out = _cli(capsys, "--data-dir", str(data), "service", "install")
    assert code == 2 and "There is no RefundDesk data folder" in out  # a typo runs nothing
    assert not (config_home / "systemd" / "user" / "refunddesk.service").exists()
    data.mkdir()
    code, out = _cli(capsys, "--data-dir", str(data), "service", "install")
    assert code == 0, out
    assert "systemctl was not found" in out and "systemctl --user enable --now" in out
    unit = (config_home / "systemd" / "user" / "refunddesk.service").read_text()
    assert "[Install]\nWantedBy=default.target" in unit
    assert "Restart=on-failure" in unit and "RestartPreventExitStatus=1 65 77" in unit
    args = _exec_start(unit)
    assert args[-1] == "run" and args[args.index("--data-dir") + 1] == str(data.resolve())
    # The very command line systemd would start, asked for its version instead of running.
    env = {k: v for k, v in os.environ.items() if k != "REFUNDDESK_DATA_DIR"}
    done = subprocess.run(
        [*args[:-1], "--version"], capture_output=True, text=True, check=True, env=env
    )
    assert f"Database: {data.resolve() / 'refunddesk.sqlite3'}" in done.stdout


def test_status_and_remove_without_systemctl(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, config_home: Path, no_systemctl: None
) -> None:
    code, out = _cli(capsys, "service", "status")
    assert code == 3 and "Not installed" in out
    (tmp_path / "d").mkdir()
    _cli(capsys, "--data-dir", str(tmp_path / "d"), "service", "install")
    code, out = _cli(capsys, "service", "status")
    assert code == 0
    assert "systemctl was not found: whether it runs cannot be asked here" in out
    assert f"--data-dir {tmp_path / 'd'} run" in out
    code, out = _cli(capsys, "service", "remove")
    assert code == 0 and not (config_home / "systemd" / "user" / "refunddesk.service").exists()
    code, out = _cli(capsys, "service", "remove")
    assert code == 3 and "No RefundDesk service is installed" in out


def test_with_systemd_install_enables_and_starts_remove_stops(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, config_home: Path, systemctl_calls: Path
) -> None:
    (tmp_path / "d").mkdir()
    code, out = _cli(capsys, "--data-dir", str(tmp_path / "d"), "service", "install")
    assert code == 0 and "Enabled and started refunddesk.service" in out
    code, out = _cli(capsys, "service", "status")
    assert "Enabled: enabled" in out and "Running: active" in out
    _cli(capsys, "service", "remove")
    assert systemctl_calls.read_text().splitlines() == [
        "--user daemon-reload",
        "--user enable --now refunddesk.service",
        "--user is-enabled refunddesk.service",
        "--user is-active refunddesk.service",
        "--user disable --now refunddesk.service",
        "--user daemon-reload",
    ]


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["--demo"], "The demo is for trying RefundDesk out"),
        (["--database-url", "postgresql+psycopg://shop:s3cret@db/refunds"], "contains a password"),
    ],
)
def test_install_refuses_the_demo_and_a_password_in_the_url(
    capsys: pytest.CaptureFixture[str],
    config_home: Path,
    no_systemctl: None,
    args: list[str],
    said: str,
) -> None:
    code, out = _cli(capsys, *args, "service", "install")
    assert code == 2 and said in out
    assert "s3cret" not in out
    assert not (config_home / "systemd" / "user" / "refunddesk.service").exists()


def test_other_systems_are_pointed_to_the_user_guide(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    code, out = _cli(capsys, "service", "status")
    assert code == 2 and "Task Scheduler" in out
