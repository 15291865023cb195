"""`refunddesk backtest --days 30 --rules draft.json`: replay history through a draft rule set."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import UTC
from pathlib import Path
from typing import Any

from refunddesk.automation.backtest import BacktestResult, Totals, backtest
from refunddesk.cli.common import context, iso_date, positive_int, utc_now
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


def _money(amounts: list[Money]) -> str:
    return " + ".join(str(a) for a in amounts) or "0.00"


def _table(rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = []
    for n, row in enumerate(rows):
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _side(label: str, t: Totals) -> list[str]:
    return [
        label,
        str(t.refunds),
        _money(t.refunded_money()),
        str(t.holds),
        _money(t.held_money()),
        str(t.pending),
        str(t.nothing),
    ]


def format_result(result: BacktestResult, *, all_changes: bool = False) -> str:
    """The backtest as plain-text tables (what the command prints)."""
    out = [
        f"Backtest {result.since:%Y-%m-%d} .. {result.until:%Y-%m-%d}: "
        f"{result.done} of {result.cases} cases replayed"
        + (" (cancelled)" if result.cancelled else ""),
        "",
        _table(
            [
                ["", "refunds", "refunded", "holds", "held", "pending", "nothing"],
                _side("draft rules", result.draft),
                _side("what happened", result.actual),
            ]
        ),
        "",
        "Per draft rule (shadow rules count as if armed):",
        _table(
            [
                ["rule", "refunds", "refunded", "holds", "held", "nothing"],
                *(
                    [
                        r.rule_name + (" (shadow)" if r.shadow else ""),
                        str(r.totals.refunds),
                        _money(r.totals.refunded_money()),
                        str(r.totals.holds),
                        _money(r.totals.held_money()),
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
        out.append("No order's outcome would change.")
    else:
        out.append(f"Orders whose outcome would change ({len(result.changes)}):")
        out.append(
            _table(
                [
                    ["order", "trigger", "when", "happened", "draft", "draft rule"],
                    *(
                        [
                            c.order_id,
                            c.trigger.value,
                            f"{c.detected_at:%Y-%m-%d %H:%M}",
                            f"{c.before.kind.value} {c.before.amount}",
                            f"{c.after.kind.value} {c.after.amount}",
                            c.after.rule_name or "-",
                        ]
                        for c in changes
                    ),
                ]
            )
        )
        if len(changes) < len(result.changes):
            out.append(f"... and {len(result.changes) - len(changes)} more (--all-changes)")
    return "\n".join(out)


def _load_rules(args: argparse.Namespace, db: Any) -> list[Rule]:
    from refunddesk.domain.rules_json import import_rules
    from refunddesk.store import rules_repo

    if args.rules is None:
        return rules_repo.load_rules(db)
    return import_rules(args.rules.read_text(encoding="utf-8"))


def cmd_backtest(args: argparse.Namespace) -> int:
    from refunddesk.domain.rules_json import RulesFileError

    if args.days < 1:
        print("error: --days must be at least 1", file=sys.stderr)
        return 2
    ctx = context(args)
    try:
        try:
            rules = _load_rules(args, ctx.db)
        except (OSError, RulesFileError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        now = args.until or (ctx.now() if ctx.is_demo else utc_now())
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        result = backtest(ctx.db, rules, args.days, now)
        print(format_result(result, all_changes=args.all_changes))
        return 0
    finally:
        ctx.close()
