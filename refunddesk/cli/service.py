"""`refunddesk service install|remove|status`: the headless worker as a systemd user service."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from typing import Any

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from refunddesk.cli.errors import UsageError
from refunddesk.infra import paths
from refunddesk.infra.service_unit import (
    DEFAULT_NAME,
    WorkerService,
    exec_start_of,
    systemctl_user,
    unit_path,
)

EXIT_NOT_INSTALLED = 3  # like `systemctl status` for a unit that is not there
EXIT_UNSUPPORTED = 2

EPILOG = """\
The service runs `refunddesk run` with this command's --data-dir / --database-url, under your
user, with your keyring. Writing the unit file does not need systemd to be running; starting it
does. On Windows (Task Scheduler) and macOS (launchd) see docs/USER_GUIDE.md.
"""


def add_parsers(sub: Any) -> None:
    service = sub.add_parser(
        "service",
        help="run the worker in the background as a systemd user service (Linux)",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    service.set_defaults(handler=cmd_service)
    actions = service.add_subparsers(dest="service_command", metavar="action", required=True)
    install = actions.add_parser("install", help="write the unit file, then enable and start it")
    install.add_argument(
        "--no-start", action="store_true", help="only write the unit file (start it yourself)"
    )
    actions.add_parser("remove", help="stop and disable the service and delete its unit file")
    actions.add_parser("status", help="is the service installed, enabled and running")
    for action in actions.choices.values():
        action.add_argument("--name", default=DEFAULT_NAME, help="the unit's name (%(default)s)")


def cmd_service(args: argparse.Namespace) -> int:
    if not sys.platform.startswith("linux"):
        print(
            "refunddesk service is for Linux (systemd). On Windows use Task Scheduler, on macOS "
            "launchd: docs/USER_GUIDE.md shows both.",
            file=sys.stderr,
        )
        return EXIT_UNSUPPORTED
    action = {"install": _install, "remove": _remove, "status": _status}[args.service_command]
    return action(args)


def _systemctl(*args: str) -> subprocess.CompletedProcess[str] | None:
    """Run ``systemctl --user``; None when there is no systemctl at all."""
    if shutil.which("systemctl") is None:
        return None
    return subprocess.run(
        systemctl_user(args), capture_output=True, text=True, timeout=60, check=False
    )


def _failed(done: subprocess.CompletedProcess[str]) -> str:
    return (done.stderr or done.stdout).strip() or f"exit code {done.returncode}"


def _install(args: argparse.Namespace) -> int:
    if args.demo:
        raise UsageError(
            "The demo is for trying RefundDesk out; install the service for your real shop "
            "data (without --demo)."
        )
    url = args.database_url
    if url:
        try:
            has_password = make_url(url).password is not None
        except ArgumentError:
            raise UsageError("The database URL is not a database URL.") from None
        if has_password:  # a unit file is no place for a secret
            raise UsageError(
                "The database URL contains a password, which would be written into the unit "
                "file. Leave it out and keep it in ~/.pgpass (PostgreSQL reads it from there)."
            )
    path = unit_path(args.name)
    service = WorkerService(paths.data_dir(), url)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists()
    path.write_text(service.unit_text(), encoding="utf-8")
    print(f"{'Updated' if existed else 'Wrote'} {path}")
    print(f"It runs: {exec_start_of(service.unit_text())}")
    name = f"{args.name}.service"
    if args.no_start:
        print(f"Start it with: systemctl --user enable --now {name}")
        return 0
    reloaded = _systemctl("daemon-reload")
    if reloaded is None:
        print("systemctl was not found, so the service was not started. On a machine with "
              f"systemd: systemctl --user enable --now {name}")  # fmt: skip
        return 0
    started = _systemctl("enable", "--now", name) if reloaded.returncode == 0 else reloaded
    if started is None or started.returncode != 0:
        detail = _failed(started) if started is not None else ""
        print(f"The unit file is in place, but systemd did not start it: {detail}")
        print(f"When your user session runs systemd: systemctl --user enable --now {name}")
        return 0
    print(f"Enabled and started {name}: it also starts when you log in.")
    print("To keep it running while you are logged out: loginctl enable-linger")
    return 0


def _remove(args: argparse.Namespace) -> int:
    path = unit_path(args.name)
    name = f"{args.name}.service"
    if not path.exists():
        print(f"No RefundDesk service is installed (nothing at {path}).")
        return EXIT_NOT_INSTALLED
    stopped = _systemctl("disable", "--now", name)
    path.unlink()
    if stopped is not None:
        _systemctl("daemon-reload")
    print(f"Removed {path}")
    if stopped is not None and stopped.returncode != 0:
        print(f"(systemd said: {_failed(stopped)})")
    return 0


def _status(args: argparse.Namespace) -> int:
    path = unit_path(args.name)
    name = f"{args.name}.service"
    if not path.exists():
        print(f"Not installed: no unit file at {path}.")
        print("Install it with: refunddesk service install")
        return EXIT_NOT_INSTALLED
    print(f"Unit file: {path}")
    print(f"It runs: {exec_start_of(path.read_text(encoding='utf-8')) or '(no ExecStart line)'}")
    enabled = _systemctl("is-enabled", name)
    if enabled is None:
        print("systemctl was not found: whether it runs cannot be asked here. The unit starts "
              "where systemd runs your user session.")  # fmt: skip
        return 0
    active = _systemctl("is-active", name)
    assert active is not None
    print(f"Enabled: {enabled.stdout.strip() or _failed(enabled)}")
    print(f"Running: {active.stdout.strip() or _failed(active)}")
    print(f"Its log: journalctl --user -u {name}")
    return 0
