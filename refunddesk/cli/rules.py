"""`refunddesk rules list|export|import`: the rule set as text and as a file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from refunddesk.cli.common import context, utc_now
from refunddesk.store import rules_repo


def add_parsers(sub: Any) -> None:
    rules = sub.add_parser("rules", help="list, export and import rules")
    rules.set_defaults(handler=cmd_rules)
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="action", required=True)
    rules_sub.add_parser("list")
    exp = rules_sub.add_parser("export")
    exp.add_argument("file", type=Path)
    imp = rules_sub.add_parser("import")
    imp.add_argument("file", type=Path)


def cmd_rules(args: argparse.Namespace) -> int:
    from refunddesk.domain.describe import describe
    from refunddesk.domain.rules_json import RulesFileError, export_rules, import_rules

    ctx = context(args)
    try:
        if args.rules_command == "list":
            for n, rule in enumerate(rules_repo.load_rules(ctx.db), start=1):
                flags = f"{rule.mode.value.lower()}{'' if rule.enabled else ', off'}"
                print(f"{n}. {rule.name} (v{rule.version}, {flags})\n   {describe(rule)}")
            return 0
        if args.rules_command == "export":
            args.file.write_text(export_rules(rules_repo.load_rules(ctx.db)), encoding="utf-8")
            print(f"Exported to {args.file}")
            return 0
        try:
            rules = import_rules(args.file.read_text(encoding="utf-8"))
        except (OSError, RulesFileError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        saved = rules_repo.replace_all(ctx.db, rules, utc_now())
        print(f"Imported {len(saved)} rules (each starts a new version).")
        return 0
    finally:
        ctx.close()
