"""Render every screen and the connect dialog per language to docs/screenshots/<lang>-<name>.png."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import select, update  # noqa: E402

from refunddesk.automation.worker import CycleReport, ShopCycle  # noqa: E402
from refunddesk.demo_shop import DemoShop  # noqa: E402
from refunddesk.demo_shop.clock import ShopClock  # noqa: E402
from refunddesk.domain.rules import Mode  # noqa: E402
from refunddesk.gui.app import GuiOptions, GuiSession, build_gui  # noqa: E402
from refunddesk.gui.dialogs.connect_shop import ConnectShopDialog  # noqa: E402
from refunddesk.gui.i18n import LANGUAGES  # noqa: E402
from refunddesk.gui.main_window import MainWindow  # noqa: E402
from refunddesk.gui.services import Changes, GuiServices  # noqa: E402
from refunddesk.gui.shell_status import AutomationState, ShellStatus  # noqa: E402
from refunddesk.gui.worker_bridge import last_problem  # noqa: E402
from refunddesk.infra.process_keyring import ProcessKeyring  # noqa: E402
from refunddesk.infra.secrets import Secrets  # noqa: E402
from refunddesk.marketplace.base import OutcomeUnknown  # noqa: E402
from refunddesk.marketplace.error_words import error_message  # noqa: E402
from refunddesk.services import shops  # noqa: E402
from refunddesk.services.context import AppContext, connect_demo  # noqa: E402
from refunddesk.services.demo import starter_rules  # noqa: E402
from refunddesk.store import rules_repo  # noqa: E402
from refunddesk.store.database import open_database, sqlite_url  # noqa: E402
from refunddesk.store.models import RefundIntent, RuleVersion  # noqa: E402

# The window sizes pictured: the first is the README's (file <lang>-<screen>.png), the others
# get their size in the name (<lang>-<screen>-1024x768.png).
SIZES = ((1280, 800), (1024, 768))
SIZE = SIZES[0]
START = datetime(2026, 11, 16, 9, 0, tzinfo=UTC)
# Starter rules armed for the pictures (the rest stay in shadow mode, as a new merchant has them).
ARMED = (
    "Hold refunds of 500 PLN or more for approval",
    "Refund buyer cancellations",
    "Refund delivered returns of the returned items",
)


def _item(name: str, price: str, quantity: int = 1) -> dict[str, object]:
    return {"name": name, "price": price, "quantity": quantity}


@contextmanager
def demo_context(folder: Path) -> Iterator[AppContext]:
    """A demo shop on a frozen clock, connected, with an in-memory keyring (nothing leaks)."""
    shop = DemoShop(
        clock=ShopClock(START, frozen=True),
        refund_settle_seconds=3600,
        message_interval_seconds=0.0,
    ).start()
    db = open_database(sqlite_url(folder / "shots.sqlite3"))
    ctx = AppContext(
        db=db,
        secrets=Secrets(backend=ProcessKeyring()),
        data_dir=folder,
        demo_shop=shop,
        now=shop.clock.now,
    )
    ctx._closers += [shop.stop, db.dispose]
    try:
        connect_demo(ctx)
        yield ctx
    finally:
        ctx.close()


def make_life(ctx: AppContext) -> None:
    """A week of a small shop: history, a late order, cancellations, a delivered return, a hold."""
    shop = ctx.demo_shop
    assert shop is not None
    scenario = shop.scenario
    for rule in starter_rules():
        mode = Mode.ARMED if rule.name in ARMED else Mode.SHADOW
        rules_repo.save_rule(ctx.db, replace(rule, mode=mode), ctx.now())
    worker = ctx.make_worker()
    scenario.seed(30, days=10)
    # Synced before they go wrong: RefundDesk acts on what happens after it is connected.
    late = scenario.create_order(
        [_item("Lampka biurkowa LED", "89.00")],
        dispatch_deadline=(ctx.now() + timedelta(days=1)).isoformat(),
    )
    returned = scenario.create_order(
        [_item("Kubek ceramiczny 350 ml", "39.90", 2), _item("Podkładka korkowa", "12.50")]
    )
    worker.run_once()
    scenario.advance_clock(5 * 24 * 3600)  # the late order is now 4 days past its deadline
    scenario.mark_sent(returned["id"])
    cancelled = [
        scenario.create_order([_item(name, price)])["id"]
        for name, price in (
            ("Etui na telefon", "49.99"),
            ("Słuchawki bezprzewodowe", "189.00"),
            ("Plecak miejski 25 l", "249.00"),
            ("Ekspres do kawy", "649.00"),  # above 500 PLN: held for the merchant
        )
    ]
    worker.run_once()
    for order_id in cancelled:
        scenario.cancel_as_buyer(order_id)
    ret = scenario.declare_return(returned["id"], [{"lineItemId": _first_line(shop, returned)}])
    scenario.set_return_status(ret["id"], "DELIVERED")
    worker.run_once()
    scenario.settle_refunds()
    worker.run_once()
    del late


def _first_line(shop: DemoShop, order: dict[str, object]) -> str:
    lines = order.get("lineItems")
    if isinstance(lines, list) and lines:
        return str(lines[0]["id"])
    return shop.state.orders[str(order["id"])].lines[0].id


def settle(app: QApplication, services: GuiServices | None, rounds: int = 3) -> None:
    """Let background loads land: the pool idle and the event queue drained, a few times."""
    deadline = time.monotonic() + 10
    for _ in range(rounds):
        while time.monotonic() < deadline:
            app.processEvents()
            if services is None or not services.busy:
                break
            time.sleep(0.005)
        app.processEvents()


def _save(widget: QWidget, path: Path) -> Path:
    if not widget.grab().save(str(path)):
        raise OSError(f"could not write {path}")
    return path


def _dialogs(
    app: QApplication, services: GuiServices, parent: QWidget, approval_shop: DemoShop
) -> tuple[ConnectShopDialog, ConnectShopDialog]:
    """The dialog as first seen, and one waiting for approval (real code and QR)."""
    form = ConnectShopDialog(services, None, parent)
    waiting = ConnectShopDialog(services, None, parent, demo_url=approval_shop.url)
    waiting.name_edit.setText("Sklep nr 2")
    for dialog in (form, waiting):
        dialog.show()
    waiting.connect_button.click()
    deadline = time.monotonic() + 10
    while not waiting.code_label.text() and time.monotonic() < deadline:
        settle(app, services, 1)
    return form, waiting


def _fit(dialog: QWidget) -> QWidget:
    # As the merchant would see it: the size its layout asks for in this language.
    dialog.adjustSize()
    return dialog


def render(out: Path, languages: list[str]) -> list[Path]:
    """Write the pictures; returns their paths in the order written."""
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with (
        tempfile.TemporaryDirectory(prefix="refunddesk-shots-") as tmp,
        demo_context(Path(tmp)) as ctx,
    ):
        make_life(ctx)
        session = build_gui(
            GuiOptions(
                Path(tmp) / "gui", "", demo=True, language="en", context=ctx, start_worker=False
            )
        )
        approval_shop = DemoShop(auto_approve=False).start()
        try:
            written = _render_session(session, approval_shop, out, languages)
        finally:
            approval_shop.stop()
            session.close()
            session.window.quit_for_real()  # close() would ask the first-close question
            session.languages.set_language("en")
    return written


def _render_session(
    session: GuiSession, approval_shop: DemoShop, out: Path, languages: list[str]
) -> list[Path]:
    app, window, services = session.app, session.window, session.services
    assert services is not None
    # A round that met a timeout, worded as the app words it (worker_bridge.last_problem, then
    # the status strip in each language); the trace id stays in the tooltip's details.
    shop = shops.list_shops(services.ctx.db)[0].name
    timeout = OutcomeUnknown("Read timed out", trace_id="7f3c2a")
    report = CycleReport(started_at=services.ctx.now(), shops=[ShopCycle(1, shop)])
    report.shops[0].problems.append(error_message(timeout))
    error_shop, problem = last_problem(report)
    window.set_status(
        ShellStatus(
            shop_name="",
            is_demo=True,
            automation_state=AutomationState.RUNNING,
            last_sync=services.ctx.now() - timedelta(minutes=3),
            last_error=problem,
            error_shop=error_shop,
        )
    )
    window.resize(*SIZE)
    window.show()
    settle(app, services)
    form, waiting = _dialogs(app, services, window, approval_shop)
    written: list[Path] = []
    names = [rule.name for rule in starter_rules()]
    shots: list[tuple[str, Callable[[], QWidget]]] = []
    for key in window.screen_keys():
        shots.append((key, partial(_show, window, key)))
    shots += [("connect_shop", lambda: _fit(form)), ("connect_shop_code", lambda: _fit(waiting))]
    try:
        for language in languages:
            session.languages.set_language(language)
            _name_starters(window, services, names)
            settle(app, services)
            for size in SIZES:
                window.resize(*size)
                suffix = "" if size == SIZE else f"-{size[0]}x{size[1]}"
                for name, show in shots:
                    if suffix and name.startswith("connect_shop"):
                        continue  # dialogs keep their own size
                    widget = show()
                    settle(app, services)
                    written.append(_save(widget, out / f"{language}-{name}{suffix}.png"))
            window.resize(*SIZE)
    finally:
        waiting.reject()  # cancels the flow: the half-added second shop is removed again
        form.reject()
        services.wait_idle()
        settle(app, services)
    return written


def _name_starters(window: MainWindow, services: GuiServices, current: list[str]) -> None:
    """Starter rules named as the Rules screen names them when a merchant adds them in this
    language (``current``: the names they have now, updated here)."""
    wanted = window.screen_widget("rules").starter_names()  # type: ignore[attr-defined]
    renamed = dict(zip(current, wanted, strict=True))
    with services.ctx.db.transaction() as s:
        for version in s.scalars(select(RuleVersion).where(RuleVersion.name.in_(current))):
            new = renamed[version.name]
            version.name = new
            version.definition = {**version.definition, "name": new}
        for old, new in renamed.items():  # the name each refund was decided under
            s.execute(
                update(RefundIntent).where(RefundIntent.rule_name == old).values(rule_name=new)
            )
    current[:] = wanted
    services.notify(Changes(rules=True, refunds=True))


def _show(window: MainWindow, key: str) -> QWidget:
    window.show_screen(key)
    if key == "review":  # a case chosen: why it waits, and what the merchant can do
        table = getattr(window.screen_widget(key), "table", None)
        if table is not None and table.model().rowCount() > 0:
            table.selectRow(0)
    return window


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--languages", nargs="*", default=list(LANGUAGES))
    args = parser.parse_args(argv)
    began = time.perf_counter()
    written = render(args.out, list(args.languages))
    print(f"{len(written)} screenshots in {args.out} ({time.perf_counter() - began:.1f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
