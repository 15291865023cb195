"""`refunddesk rules list|export|import`: the rule set as text and as a file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from refunddesk.cli.common import context, print_json_rows, utc_now
from refunddesk.cli.errors import CliError
from refunddesk.services import rules as rule_service
from refunddesk.store import rules_repo

DESCRIPTION = """\
The rule list, in the order it is applied (the first matching rule decides).

actions:
  list [--json]                          the rules with their mode and a summary
  export FILE                            write the rules to a JSON file
  import FILE [--replace|--merge] [--keep-modes]
                                         read rules from a file; imported rules arrive in
                                         shadow unless --keep-modes
"""


def add_parsers(sub: Any) -> None:
    rules = sub.add_parser(
        "rules",
        help="list, export and import rules",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    rules.set_defaults(handler=cmd_rules)
    rules_sub = rules.add_subparsers(dest="rules_command", metavar="action", required=True)
    listing = rules_sub.add_parser("list", help="the rules with their mode and a summary")
    listing.add_argument("--json", action="store_true", help="one JSON object per line")
    exp = rules_sub.add_parser("export", help="write the rules to a JSON file")
    exp.add_argument("file", type=Path)
    imp = rules_sub.add_parser(
        "import",
        help="read rules from a file (they arrive in shadow unless --keep-modes)",
        description="Read rules from a file written by `rules export`. When this profile "
        "already has rules, say what to do with them: --replace or --merge.",
    )
    imp.add_argument("file", type=Path)
    how = imp.add_mutually_exclusive_group()
    how.add_argument(
        "--replace", action="store_true", help="the file's rules become the whole list"
    )
    how.add_argument(
        "--merge", action="store_true", help="add the file's rules after the existing ones"
    )
    imp.add_argument(
        "--keep-modes",
        action="store_true",
        help="keep each rule's armed/shadow mode from the file (default: all arrive in shadow)",
    )


def cmd_rules(args: argparse.Namespace) -> int:
    ctx = context(args)
    try:
        if args.rules_command == "list":
            return _list(rules_repo.load_rules(ctx.db), as_json=args.json)
        if args.rules_command == "export":
            count = rule_service.export_rules_to(ctx.db, args.file)
            print(f"Exported {count} rules to {args.file}")
            return 0
        return _import(ctx.db, args)
    finally:
        ctx.close()


def _list(rules: list[Any], *, as_json: bool) -> int:
    from refunddesk.domain.describe import describe

    if as_json:
        print_json_rows(
            {
                "position": n,
                "id": rule.id,
                "name": rule.name,
                "version": rule.version,
                "trigger": rule.trigger.value,
                "mode": rule.mode.value,
                "enabled": rule.enabled,
                "summary": describe(rule),
            }
            for n, rule in enumerate(rules, start=1)
        )
        return 0
    if not rules:
        print("No rules yet: refunddesk rules import FILE (or add them in the app's Rules screen).")
    for n, rule in enumerate(rules, start=1):
        flags = f"{rule.mode.value.lower()}{'' if rule.enabled else ', off'}"
        print(f"{n}. {rule.name} (v{rule.version}, {flags})\n   {describe(rule)}")
    return 0


def _import(db: Any, args: argparse.Namespace) -> int:
    mode: rule_service.ImportMode = (
        "replace" if args.replace else "merge" if args.merge else "refuse"
    )
    try:
        saved = rule_service.import_rules_from(
            db, args.file, utc_now(), mode=mode, keep_modes=args.keep_modes
        )
    except rule_service.RulesAlreadyExist as exc:
        raise CliError(
            f"This profile already has {exc.count} rule(s). Add --replace to make the file the "
            "whole list, or --merge to add its rules after them."
        ) from None
    except UnicodeDecodeError:
        raise CliError(f"{args.file} is not a rules file: it is not UTF-8 text.") from None
    modes = "with the modes in the file" if args.keep_modes else "in shadow (arm them when ready)"
    print(f"Imported {len(saved)} rules, {modes}.")
    return 0
