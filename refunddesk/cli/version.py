"""`refunddesk --version`: the app's version and which schema the database has."""

from __future__ import annotations

import argparse

from refunddesk.services.version import SchemaState, version_report


def cmd_version(args: argparse.Namespace) -> int:
    report = version_report(args.database_url, demo=bool(getattr(args, "demo", False)))
    for line in report.lines():
        print(line)
    # A script updating RefundDesk can tell "this app is too old for that database" apart.
    return 1 if report.state is SchemaState.NEWER else 0
