"""An installed RefundDesk outside the checkout: how the smoke tests run a command in it."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class Installed:
    """A ``refunddesk`` executable, a folder outside the checkout and a private data folder."""

    command: tuple[str, ...]
    workdir: Path
    data_dir: Path

    def env(self) -> dict[str, str]:
        env = {
            k: v
            for k, v in os.environ.items()
            if k not in ("PYTHONPATH", "REFUNDDESK_DATA_DIR") and not k.startswith("VIRTUAL_ENV")
        }
        env.update(
            REFUNDDESK_DATA_DIR=str(self.data_dir),
            QT_QPA_PLATFORM="offscreen",
            PYTHONDONTWRITEBYTECODE="1",
        )
        return env

    def run(self, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self.command, "--log-level", "WARNING", *args],
            cwd=self.workdir,
            env=self.env(),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    def ok(self, *args: str, timeout: float = 120) -> str:
        done = self.run(*args, timeout=timeout)
        assert done.returncode == 0, f"{args}: exit {done.returncode}\n{done.stdout}\n{done.stderr}"
        return done.stdout


def smoke(app: Installed, version: str) -> None:
    """What a new user does first, headless: every step needs the shipped resources."""
    out = app.ok("--version")
    assert f"RefundDesk {version}" in out and "Schema: no database yet" in out

    out = app.ok("--demo", "sync")  # the demo shop's catalogue ships in the package
    assert "orders saved" in out

    rules = app.workdir / "rules.json"
    app.ok("--demo", "rules", "export", str(rules))
    out = app.ok("rules", "import", str(rules))  # into the real (non-demo) database
    assert out.startswith("Imported ") and " rules" in out
    assert "Refund buyer cancellations" in app.ok("rules", "list")

    app.ok("--demo", "run", "--once")  # one worker round on the demo shop

    out = app.ok("--version")
    assert "(up to date)" in out  # the database made above, at this app's schema


def gui_in(app: Installed, language: str, title: str, shot: Path) -> None:
    """The window opens offscreen in ``language`` with its catalogue loaded and icons found."""
    out = app.ok("--demo", "--language", language, "gui", "--screenshot", str(shot), timeout=180)
    assert f"Window title: {title}" in out, out
    assert f"Language: {language}" in out, out
    assert "Icons: ok" in out, out
    assert shot.stat().st_size > 10_000
    # The catalogues were compiled when the package was built, not now.
    assert not (app.data_dir / "cache" / "translations").exists()
