"""The systemd user unit that runs the headless worker with this install's data folder."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from refunddesk.store.problems import EXIT_DAMAGED, EXIT_READ_ONLY, EXIT_TOO_NEW

DEFAULT_NAME = "refunddesk"
# How long systemd waits after SIGTERM: the worker stops at its next claim, never mid-refund.
STOP_TIMEOUT_SECONDS = 120


def unit_dir() -> Path:
    """``~/.config/systemd/user`` (or under ``$XDG_CONFIG_HOME``), where user units live."""
    config = os.environ.get("XDG_CONFIG_HOME", "").strip()
    base = Path(config) if config else Path.home() / ".config"
    return base / "systemd" / "user"


def unit_path(name: str = DEFAULT_NAME) -> Path:
    return unit_dir() / f"{name}.service"


def refunddesk_command() -> list[str]:
    """How to start this very RefundDesk: the desktop build's executable, or its Python."""
    if getattr(sys, "frozen", False):  # a PyInstaller build: the executable is the app
        return [sys.executable]
    return [sys.executable, "-m", "refunddesk"]


def quote(arg: str) -> str:
    """One argument as systemd's ExecStart reads it (quotes, backslashes, % and $ escaped)."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("%", "%%").replace("$", "$$")
    plain = escaped == arg and arg and not any(c.isspace() or c in "'\";" for c in arg)
    return arg if plain else f'"{escaped}"'


@dataclass(frozen=True, slots=True)
class WorkerService:
    """What the unit runs: this RefundDesk, on this data folder (and database, if given)."""

    data_dir: Path
    database_url: str | None = None
    command: tuple[str, ...] = ()

    def exec_args(self) -> list[str]:
        args = [*(self.command or refunddesk_command()), "--data-dir", str(self.data_dir)]
        if self.database_url:
            args += ["--database-url", self.database_url]
        return [*args, "run"]

    def unit_text(self) -> str:
        exec_start = " ".join(quote(a) for a in self.exec_args())
        # A database this app must not touch (damaged, too new, read-only) will not heal by
        # restarting; a locked one or a network outage will.
        no_restart = " ".join(str(c) for c in (EXIT_TOO_NEW, EXIT_DAMAGED, EXIT_READ_ONLY))
        return "\n".join(
            [
                "# Written by `refunddesk service install`; `refunddesk service remove` deletes",
                "# it. The worker backs off by itself while the network or Allegro is down.",
                "[Unit]",
                "Description=RefundDesk refund worker (headless)",
                "",
                "[Service]",
                "Type=simple",
                f"ExecStart={exec_start}",
                "Restart=on-failure",
                "RestartSec=30",
                f"RestartPreventExitStatus={no_restart}",
                "KillSignal=SIGTERM",
                f"TimeoutStopSec={STOP_TIMEOUT_SECONDS}",
                "Environment=PYTHONUNBUFFERED=1",
                "",
                "[Install]",
                "WantedBy=default.target",
                "",
            ]
        )


def exec_start_of(text: str) -> str | None:
    """The ExecStart line of a unit file's text (what ``service status`` shows)."""
    for line in text.splitlines():
        if line.startswith("ExecStart="):
            return line.removeprefix("ExecStart=")
    return None


def systemctl_user(args: Sequence[str]) -> list[str]:
    return ["systemctl", "--user", *args]
