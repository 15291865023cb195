"""The headless commands behind `refunddesk <command>`: each opens the app's data and reports."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime

from refunddesk import backtest_cli
from refunddesk.automation import limits
from refunddesk.automation.worker import CycleReport
from refunddesk.infra.secrets import SecretsError
from refunddesk.services import review, shops
from refunddesk.services.context import AppContext, open_context
from refunddesk.store import queries, rules_repo


def _context(args: argparse.Namespace) -> AppContext:
    return open_context(database_url=args.database_url, demo=args.demo)


def _now() -> datetime:
    return datetime.now(UTC)


def cmd_run(args: argparse.Namespace) -> int:
    from refunddesk.cli import stop_on_term

    ctx = _context(args)
    worker = ctx.make_worker(on_cycle=_print_cycle, interval=args.interval)
    if args.once:
        try:
            worker.run_once()
        finally:
            worker.release()
            ctx.close()
        return 0
    stop_on_term()
    print("RefundDesk worker running; Ctrl-C to stop.", flush=True)
    try:
        worker.run()
    except KeyboardInterrupt:
        worker.stop()
    finally:
        ctx.close()
    print("stopped.", flush=True)
    return 0


def _print_cycle(report: CycleReport) -> None:
    stamp = (report.finished_at or report.started_at).strftime("%Y-%m-%d %H:%M:%S")
    print(f"{stamp}  {report.summary()}", flush=True)
    for shop in report.shops:
        for problem in shop.problems:
            print(f"    {shop.shop_name}: {problem}", flush=True)


def cmd_sync(args: argparse.Namespace) -> int:
    from refunddesk.automation.sync import sync_shop
    from refunddesk.marketplace.base import MarketplaceError

    ctx = _context(args)
    status = 0
    try:
        found = shops.list_shops(ctx.db)
        if not found:
            print("No shop is connected. Add one with: refunddesk shop add NAME --client-id …")
            return 1
        for info in found:
            try:
                report = sync_shop(ctx.db, info.id, ctx.market_for(info.id), ctx.now)
            except MarketplaceError as exc:
                print(f"{info.name}: sync failed: {exc}")
                status = 1
                continue
            print(f"{info.name}: {report.summary()}")
            for problem in report.problems:
                print(f"    {problem}")
    finally:
        ctx.close()
    return status


def cmd_pause(args: argparse.Namespace) -> int:
    return _set_paused(args, True)


def cmd_resume(args: argparse.Namespace) -> int:
    return _set_paused(args, False)


def _set_paused(args: argparse.Namespace, paused: bool) -> int:
    ctx = _context(args)
    with ctx.db.transaction() as s:
        limits.update_settings(s, paused=paused)
    ctx.close()
    print("Automation paused." if paused else "Automation resumed.")
    return 0


def cmd_shop(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        if args.shop_command == "list":
            for info in shops.list_shops(ctx.db):
                state = "reconnect needed" if info.needs_reconnect else "connected"
                if info.connected_at is None:
                    state = "not connected"
                print(f"{info.id:>3}  {info.name:<24} {info.environment:<10} {state}")
            return 0
        if args.shop_command == "remove":
            info = _find_shop(ctx, args.shop)
            shops.remove_shop(ctx.db, ctx.secrets, info.id)
            print(f"Removed {info.name} and its secrets.")
            return 0
        return _shop_add(ctx, args)
    except (shops.ShopError, SecretsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


def _find_shop(ctx: AppContext, key: str) -> shops.ShopInfo:
    for info in shops.list_shops(ctx.db):
        if info.name == key or str(info.id) == key:
            return info
    raise shops.ShopError(f"no shop named {key!r}")


def _shop_add(ctx: AppContext, args: argparse.Namespace) -> int:
    secret = args.client_secret or os.environ.get("REFUNDDESK_CLIENT_SECRET")
    if not secret:
        secret = getpass.getpass("Client secret (not shown): ")
    info = shops.add_shop(
        ctx.db,
        ctx.secrets,
        name=args.name,
        environment=args.environment,
        client_id=args.client_id,
        client_secret=secret,
        api_url=args.api_url,
        auth_url=args.auth_url or args.api_url,
        now=_now(),
    )
    auth = shops.auth_for(info, ctx.secrets)
    code = auth.start_device_flow()
    print(f"To connect {info.name}, open:\n    {code.verification_uri_complete}")
    print(f"and confirm the code  {code.user_code_display}")
    print("Waiting for you to approve (Ctrl-C to give up)…", flush=True)
    try:
        auth.wait_for_approval(code, sleep=time.sleep, now=_now, cancelled=lambda: False)
    except Exception as exc:
        shops.remove_shop(ctx.db, ctx.secrets, info.id)
        print(f"Not connected: {exc}", file=sys.stderr)
        return 1
    shops.mark_connected(ctx.db, info.id, _now())
    print(f"Connected {info.name}.")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    from refunddesk.domain.describe import describe
    from refunddesk.domain.rules_json import RulesFileError, export_rules, import_rules

    ctx = _context(args)
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
        saved = rules_repo.replace_all(ctx.db, rules, _now())
        print(f"Imported {len(saved)} rules (each starts a new version).")
        return 0
    finally:
        ctx.close()


def _print_rows(rows: list[queries.RefundRow]) -> None:
    if not rows:
        print("Nothing to show.")
    for r in rows:
        print(
            f"{r.id:>6}  {r.created_at:%Y-%m-%d %H:%M}  {r.state:<17} {r.amount!s:>14}  "
            f"{r.trigger:<17} {r.order_id}  {r.buyer_login}"
        )
        if r.last_note:
            print(f"        {r.last_note}")


def cmd_refunds(args: argparse.Namespace) -> int:
    ctx = _context(args)
    try:
        since = datetime.fromisoformat(args.since).replace(tzinfo=UTC) if args.since else None
        _print_rows(
            queries.refunds(ctx.db, states=args.status or (), since=since, limit=args.limit)
        )
        return 0
    finally:
        ctx.close()


def cmd_review(args: argparse.Namespace) -> int:
    ctx = _context(args)
    action = args.review_command or "list"
    actor = f"{getpass.getuser()} (command line)"
    try:
        if action == "list":
            _print_rows(queries.review_items(ctx.db))
            return 0
        do: dict[str, Callable[..., int]] = {
            "approve": review.approve,
            "retry": review.retry,
            "dismiss": review.dismiss,
            "refunded-by-hand": review.mark_refunded_by_hand,
        }
        count = do[action](ctx.db, args.ids, now=_now(), note=args.note, actor=actor)
        print(f"{action}: {count} refund(s) done.")
        return 0
    except review.ReviewError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        ctx.close()


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "run": cmd_run,
    "sync": cmd_sync,
    "pause": cmd_pause,
    "resume": cmd_resume,
    "shop": cmd_shop,
    "rules": cmd_rules,
    "refunds": cmd_refunds,
    "review": cmd_review,
    "backtest": backtest_cli.run,
}
