"""`refunddesk rules list|export|import|policy`: the rule set as text, as a file, as a policy."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from refunddesk.cli.common import context, output_language, print_json_rows, utc_now
from refunddesk.cli.errors import CliError
from refunddesk.domain.describe import describe, policy_text
from refunddesk.domain.messages import msg, render
from refunddesk.domain.policy_export import ALLEGRO_TERMS_LIMIT, allegro_terms, policy_html
from refunddesk.domain.rules import Rule
from refunddesk.infra.private_files import open_private
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
  policy [--format text|allegro|html] [--language pl|en|zh] [--output FILE]
                                         the armed rules as a refund policy for buyers:
                                         plain text, Allegro's "terms and returns" field
                                         (cut to its length) or HTML for a shop page
"""

# What a merchant types for each policy language; "zh" is Simplified Chinese.
POLICY_LANGUAGES = {"pl": "pl", "en": "en", "zh": "zh_CN", "zh_CN": "zh_CN"}


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
    policy = rules_sub.add_parser(
        "policy",
        help="the armed rules as a refund policy for buyers",
        description="The armed, enabled rules as a refund policy for buyers. --format allegro "
        f"fits Allegro's terms field ({ALLEGRO_TERMS_LIMIT} characters): a longer policy "
        "keeps its first whole sentences and ends with a note. --format html is a fragment "
        "for a shop page.",
    )
    policy.add_argument("--format", choices=("text", "allegro", "html"), default="text")
    policy.add_argument(
        "--language",
        dest="policy_language",  # not the global --language: that one is the merchant's
        choices=tuple(POLICY_LANGUAGES),
        default="pl",
        help="the policy's language (default: pl)",
    )
    policy.add_argument(
        "--output", type=Path, help="write to this file (readable by you only) instead of printing"
    )


def cmd_rules(args: argparse.Namespace) -> int:
    ctx = context(args)
    # `rules policy --language` is the policy's, for its buyers; what the command says to the
    # merchant (its notes and failures alike) follows the global --language, else the locale.
    language = output_language(args)
    try:
        if args.rules_command == "list":
            return _list(rules_repo.load_rules(ctx.db), as_json=args.json, language=language)
        if args.rules_command == "export":
            count = rule_service.export_rules_to(ctx.db, args.file)
            print(render(msg("cli.rules_exported", n=count, file=str(args.file)), language))
            return 0
        if args.rules_command == "policy":
            return _policy(rules_repo.load_rules(ctx.db), args, language)
        return _import(ctx.db, args, language)
    finally:
        ctx.close()


def _list(rules: list[Any], *, as_json: bool, language: str = "en") -> int:

    if as_json:
        print_json_rows(
            {
                "position": n,
                "id": rule.uid or rule.id,  # as in an exported rules file
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
        print(render(msg("cli.rules_none"), language))
    for n, rule in enumerate(rules, start=1):
        _print_rule(n, rule, language)
    return 0


def _print_rule(number: int, rule: Rule, language: str) -> None:
    """A rule's line and what it does, in plain words."""
    mode = msg(f"cli.rule_mode.{rule.mode.value.lower()}")
    code = "cli.rule_line" if rule.enabled else "cli.rule_line_off"
    line = msg(code, number=number, name=rule.name, version=rule.version, mode=mode)
    print(f"{render(line, language)}\n   {describe(rule, language)}")


def _import(db: Any, args: argparse.Namespace, language: str = "en") -> int:
    mode: rule_service.ImportMode = (
        "replace" if args.replace else "merge" if args.merge else "refuse"
    )
    before = rules_repo.load_rules(db)
    try:
        saved = rule_service.import_rules_from(
            db, args.file, utc_now(), mode=mode, keep_modes=args.keep_modes
        )
    except rule_service.RulesAlreadyExist as exc:
        raise CliError(render(msg("cli.rules_exist", n=exc.count), language)) from None
    except UnicodeDecodeError:
        raise CliError(render(msg("cli.rules_not_utf8", file=str(args.file)), language)) from None
    code = "cli.rules_imported_keep_modes" if args.keep_modes else "cli.rules_imported_shadow"
    print(render(msg(code, n=len(saved)), language))
    # What each rule does, in words: a rule the file left without an action or conditions
    # refunds everything, on every order of its trigger, and the merchant should see that.
    for n, rule in enumerate(saved, start=1):
        _print_rule(n, rule, language)
    for name in rule_service.armed_turned_to_shadow(before, saved):
        print(render(msg("cli.rule_disarmed_by_import", name=name), language))
    return 0


def _policy(rules: list[Any], args: argparse.Namespace, said_in: str = "en") -> int:
    language = POLICY_LANGUAGES[args.policy_language]
    cut = False
    if args.format == "allegro":
        text, cut = allegro_terms(rules, language)
    elif args.format == "html":
        text = policy_html(rules, language)
    else:
        text = policy_text(rules, language)
    if args.output is None:
        print(text, end="")
    else:
        # Like every export: readable by the merchant only.
        with open_private(args.output, "w", encoding="utf-8") as out:
            out.write(text)
        print(render(msg("cli.policy_written", file=str(args.output)), said_in))
    if cut:
        note = msg("cli.policy_cut", limit=ALLEGRO_TERMS_LIMIT)
        print(render(note, said_in), file=sys.stderr)
    return 0
