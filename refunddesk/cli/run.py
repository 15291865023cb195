"""`refunddesk run|sync|pause|resume`: the refund worker and automation on/off."""

from __future__ import annotations

import argparse
from typing import Any

from refunddesk.automation import limits
from refunddesk.automation.worker import CycleReport
from refunddesk.cli.common import (
    context,
    output_language,
    refused_value,
    say,
    stop_gracefully,
)
from refunddesk.cli.errors import CliError
from refunddesk.domain.messages import render
from refunddesk.services import shops


def add_parsers(sub: Any) -> None:
    run = sub.add_parser("run", help="run the refund worker headless until Ctrl-C / SIGTERM")
    run.add_argument("--once", action="store_true", help="one cycle, then exit")
    run.add_argument("--interval", type=_seconds, help="seconds between cycles")
    run.set_defaults(handler=cmd_run)
    sub.add_parser("sync", help="sync every shop once and print what changed").set_defaults(
        handler=cmd_sync
    )
    sub.add_parser("pause", help="pause automation (sync goes on, no refund is sent)").set_defaults(
        handler=cmd_pause
    )
    sub.add_parser("resume", help="resume automation").set_defaults(handler=cmd_resume)


def _seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise refused_value("cli.value.not_seconds", text=repr(text)) from None
    if not 0 < value <= 86_400:  # also refuses nan and inf
        raise refused_value("cli.value.seconds_range", text=text, high=86_400)
    return value


def cmd_run(args: argparse.Namespace) -> int:
    ctx = context(args)
    language = output_language(args)
    worker = ctx.make_worker(
        on_cycle=lambda report: _print_cycle(report, language), interval=args.interval
    )
    if args.once:
        try:
            report = worker.run_once()
        finally:
            worker.release()
            ctx.close()
        if worker.refused is not None:  # a damaged database: said plainly, with its exit code
            raise worker.refused
        # A script or a service manager must see a round that did not do its work.
        return 1 if report.failed else 0
    # SIGTERM and the first Ctrl-C ask the worker to stop between two steps, never inside a
    # database transaction or a refund being sent; a second Ctrl-C interrupts at once.
    stop_gracefully(worker.stop)
    say(args, "cli.worker_running")
    try:
        worker.run()
    except KeyboardInterrupt:
        worker.stop()
    finally:
        ctx.close()
    if worker.refused is not None:
        raise worker.refused
    say(args, "cli.worker_stopped")
    return 0


def _print_cycle(report: CycleReport, language: str = "en") -> None:
    stamp = (report.finished_at or report.started_at).strftime("%Y-%m-%d %H:%M:%S")
    print(f"{stamp}  {report.summary(language)}", flush=True)
    for shop in report.shops:
        for problem in shop.problems:
            print(f"    {shop.shop_name}: {render(problem, language)}", flush=True)


def cmd_sync(args: argparse.Namespace) -> int:
    from refunddesk.automation.sync import sync_shop
    from refunddesk.marketplace.base import MarketplaceError, ReconnectNeeded

    ctx = context(args)
    language = output_language(args)
    status = 0
    try:
        found = shops.list_shops(ctx.db)
        if not found:  # a failure, said as every failure is: on stderr, "refunddesk: …"
            raise CliError(
                "No shops yet: refunddesk shop add NAME --client-id ID (see shop add --help)."
            )
        for info in found:
            try:
                report = sync_shop(ctx.db, info.id, ctx.market_for(info.id), ctx.now)
            except ReconnectNeeded:
                print(
                    f"{info.name}: sync failed: Allegro no longer accepts this shop's login; "
                    "remove the shop and add it again."
                )
                status = 1
                continue
            except (MarketplaceError, shops.ShopError) as exc:
                print(f"{info.name}: sync failed: {exc}")
                status = 1
                continue
            print(f"{info.name}: {report.summary(language)}")
            for problem in report.problems:
                print(f"    {render(problem, language)}")
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
    say(args, "cli.automation_paused" if paused else "cli.automation_resumed")
    return 0
