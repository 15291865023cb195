"""`refunddesk run|sync|pause|resume`: the refund worker and automation on/off."""

from __future__ import annotations

import argparse
from typing import Any

from refunddesk.automation import limits
from refunddesk.automation.worker import CycleReport
from refunddesk.cli.common import context, stop_on_term
from refunddesk.services import shops


def add_parsers(sub: Any) -> None:
    run = sub.add_parser("run", help="run the refund worker headless until Ctrl-C / SIGTERM")
    run.add_argument("--once", action="store_true", help="one cycle, then exit")
    run.add_argument("--interval", type=float, help="seconds between cycles")
    run.set_defaults(handler=cmd_run)
    sub.add_parser("sync", help="sync every shop once and print what changed").set_defaults(
        handler=cmd_sync
    )
    sub.add_parser("pause", help="pause automation (sync goes on, no refund is sent)").set_defaults(
        handler=cmd_pause
    )
    sub.add_parser("resume", help="resume automation").set_defaults(handler=cmd_resume)


def cmd_run(args: argparse.Namespace) -> int:
    ctx = context(args)
    worker = ctx.make_worker(on_cycle=_print_cycle, interval=args.interval)
    if args.once:
        try:
            report = worker.run_once()
        finally:
            worker.release()
            ctx.close()
        # A script or a service manager must see a round that did not do its work.
        return 1 if report.failed else 0
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

    ctx = context(args)
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
    ctx = context(args)
    with ctx.db.transaction() as s:
        limits.update_settings(s, paused=paused)
    ctx.close()
    print("Automation paused." if paused else "Automation resumed.")
    return 0
