"""`refunddesk backtest --days 30 --rules draft.json`: replay history through a draft rule set."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC, timedelta
from pathlib import Path
from typing import Any

from refunddesk.automation.backtest import BacktestResult, Totals, backtest
from refunddesk.cli.common import (
    context,
    iso_date,
    output_language,
    positive_int,
    table,
    utc_now,
)
from refunddesk.cli.errors import EXIT_FAILURE, Explained, UsageError, report
from refunddesk.domain.locale_format import format_money
from refunddesk.domain.messages import msg, render
from refunddesk.domain.money import Money
from refunddesk.domain.rules import Rule

MAX_CHANGES = 50


def add_parsers(sub: Any) -> None:
    p: argparse.ArgumentParser = sub.add_parser(
        "backtest",
        help="replay the synced history through a draft rule set and compare with what happened",
    )
    p.add_argument("--days", type=positive_int, default=30, help="how many days back (default 30)")
    p.add_argument(
        "--rules",
        type=Path,
        help="a rules file (as `refunddesk rules export` writes it); default: the saved rules",
    )
    p.add_argument(
        "--until",
        type=iso_date,
        help="end of the period, e.g. 2026-11-20T12:00+00:00 (default: now)",
    )
    p.add_argument(
        "--all-changes", action="store_true", help=f"list every changed order, not {MAX_CHANGES}"
    )
    p.set_defaults(handler=cmd_backtest)


def _money(amounts: list[Money], language: str) -> str:
    return " + ".join(format_money(a, language) for a in amounts) or "0"


def _table(rows: Sequence[Sequence[str]]) -> str:
    return "\n".join(table(rows, right=range(1, len(rows[0])), rule=True))


def _side(label: str, t: Totals, language: str) -> list[str]:
    return [
        label,
        str(t.refunds),
        _money(t.refunded_money(), language),
        str(t.holds),
        _money(t.held_money(), language),
        str(t.pending),
        str(t.nothing),
    ]


def format_result(
    result: BacktestResult, *, all_changes: bool = False, language: str = "en"
) -> str:
    """The backtest as plain-text tables (what the command prints), in ``language``."""

    def say(code: str, **values: Any) -> str:
        return render(msg(code, **values), language)

    def outcome(kind: Any, amount: Money) -> str:
        return f"{say(f'backtest.kind.{kind.value}')} {format_money(amount, language)}"

    heading = say(
        "backtest.heading",
        since=f"{result.since:%Y-%m-%d}",
        until=f"{result.until:%Y-%m-%d}",
        done=result.done,
        n=result.cases,
    )
    if result.cancelled:
        heading = say("backtest.heading_cancelled", heading=heading)
    if result.cases == 0:
        # Tables of zeros would look like "the draft changes nothing"; say why there are none.
        return f"{heading}\n\n{say('backtest.no_history')}"
    columns = ("refunds", "refunded", "holds", "held", "pending", "nothing")
    out = [
        heading,
        "",
        _table(
            [
                ["", *(say(f"backtest.col.{c}") for c in columns)],
                _side(say("backtest.row.draft"), result.draft, language),
                _side(say("backtest.row.actual"), result.actual, language),
            ]
        ),
        "",
        say("backtest.per_rule"),
        _table(
            [
                [say(f"backtest.col.{c}") for c in ("rule", *columns[:4], "nothing")],
                *(
                    [
                        say("backtest.shadow_rule", rule=r.rule_name) if r.shadow else r.rule_name,
                        str(r.totals.refunds),
                        _money(r.totals.refunded_money(), language),
                        str(r.totals.holds),
                        _money(r.totals.held_money(), language),
                        str(r.totals.nothing),
                    ]
                    for r in result.per_rule
                ),
            ]
        ),
        "",
    ]
    changes = result.changes if all_changes else result.changes[:MAX_CHANGES]
    if not result.changes:
        out.append(say("backtest.no_changes"))
    else:
        out.append(say("backtest.changes", n=len(result.changes)))
        labels = ("order", "trigger", "when", "happened", "draft", "draft_rule")
        out.append(
            _table(
                [
                    [say(f"backtest.col.{c}") for c in labels],
                    *(
                        [
                            c.order_id,
                            say(f"backtest.trigger.{c.trigger.value}"),
                            f"{c.detected_at:%Y-%m-%d %H:%M}",
                            outcome(c.before.kind, c.before.amount),
                            outcome(c.after.kind, c.after.amount),
                            c.after.rule_name or "-",
                        ]
                        for c in changes
                    ),
                ]
            )
        )
        if len(changes) < len(result.changes):
            out.append(say("backtest.more", n=len(result.changes) - len(changes)))
    return "\n".join(out)


def _load_rules(args: argparse.Namespace, db: Any) -> list[Rule]:
    from refunddesk.services.rules import read_rules_file
    from refunddesk.store import rules_repo

    if args.rules is None:
        return rules_repo.load_rules(db)
    # As `rules import` reads it: bounded in size, and a file that cannot be read is named
    # with its problem instead of an "[Errno 2] ..." line.
    return read_rules_file(args.rules)


def cmd_backtest(args: argparse.Namespace) -> int:
    from refunddesk.domain.rules_json import RulesFileError

    if args.days < 1:
        print(render(msg("cli.days_at_least_one"), output_language(args)), file=sys.stderr)
        return 2
    ctx = context(args)
    try:
        try:
            rules = _load_rules(args, ctx.db)
        except RulesFileError as exc:  # said as every failure is: "refunddesk: …"
            return report(Explained(exc.text(output_language(args)), EXIT_FAILURE))
        now = args.until or (ctx.now() if ctx.is_demo else utc_now())
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        try:
            now - timedelta(days=args.days)
        except OverflowError:
            raise UsageError(
                f"{args.days} days before {now:%Y-%m-%d} is before the year 1: give fewer "
                "--days or a later --until."
            ) from None
        result = backtest(ctx.db, rules, args.days, now)
        language = output_language(args)
        print(format_result(result, all_changes=args.all_changes, language=language))
        return 0
    finally:
        ctx.close()
