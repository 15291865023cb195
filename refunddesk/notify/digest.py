"""The merchant's daily digest: yesterday's refunds, what waits, failures and rule reminders.

Sent once a day at the hour the merchant chose, through the same Apprise channels as alerts.
Like alerts, it names orders by id and amount only: never a buyer's name, login or address.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, tzinfo

from sqlalchemy import func, select

from refunddesk.domain.money import Money
from refunddesk.infra.secrets import Secrets
from refunddesk.notify.alerts import ALERTS_STATE_KEY, AlertReport, _apprise, load_alert_config
from refunddesk.notify.language import format_money
from refunddesk.notify.records import RESENDABLE
from refunddesk.store.database import Database
from refunddesk.store.models import Notification, RefundIntent
from refunddesk.store.settings_repo import get_setting, set_setting

# How many held orders the digest lists by id before "…".
LISTED_HOLDS = 10


@dataclass(frozen=True, slots=True)
class DigestFacts:
    """What the digest says, for one local day (``day``) and the state now."""

    day: date
    refunded: int = 0
    refunded_totals: tuple[Money, ...] = ()
    failed: int = 0
    held: int = 0
    held_totals: tuple[Money, ...] = ()
    held_orders: tuple[str, ...] = ()
    notices_failed: int = 0
    reminders: tuple[str, ...] = field(default=())  # rule names due for a review


def collect(db: Database, day: date, zone: tzinfo) -> DigestFacts:
    start = datetime.combine(day, time(), zone)
    end = start + timedelta(days=1)
    i = RefundIntent
    finished = func.coalesce(i.finished_at, i.updated_at)
    with db.sessions() as s:
        refunded = s.execute(
            select(i.currency, func.count(), func.sum(i.amount_minor))
            .where(i.state == "SUCCEEDED", finished >= start, finished < end)
            .group_by(i.currency)
        ).all()
        failed = s.scalar(
            select(func.count())
            .where(i.state == "FAILED", i.updated_at >= start)
            .where(i.updated_at < end)
        )
        held = s.execute(
            select(i.order_id, i.amount_minor, i.currency)
            .where(i.state == "HELD")
            .order_by(i.created_at, i.id)
        ).all()
        notices = s.scalar(
            select(func.count()).where(
                Notification.status.in_([r.value for r in RESENDABLE]),
                Notification.created_at >= start,
                Notification.created_at < end,
            )
        )
    return DigestFacts(
        day=day,
        refunded=sum(int(n) for _c, n, _t in refunded),
        refunded_totals=tuple(Money(int(t or 0), c) for c, _n, t in refunded),
        failed=int(failed or 0),
        held=len(held),
        held_totals=_totals(Money(a, c) for _o, a, c in held),
        held_orders=tuple(o for o, _a, _c in held[:LISTED_HOLDS]),
        notices_failed=int(notices or 0),
    )


def _totals(amounts: Iterable[Money]) -> tuple[Money, ...]:
    sums: dict[str, int] = {}
    for m in amounts:
        sums[m.currency] = sums.get(m.currency, 0) + m.minor
    return tuple(Money(v, c) for c, v in sorted(sums.items()))


# -- words ----------------------------------------------------------------------------------

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "title": "RefundDesk daily digest for {day}",
        "refunded": "Refunded: {n} ({total})",
        "none_refunded": "Refunded: none",
        "failed": "Failed refunds: {n}",
        "held": "Waiting for you: {n} ({total}), orders {orders}",
        "none_held": "Nothing waits for you.",
        "notices": "Buyer notices that did not arrive: {n}",
        "reminders": "Rules to review: {names}",
        "more": "…",
    },
    "pl": {
        "title": "Dzienne podsumowanie RefundDesk za {day}",
        "refunded": "Zwrócono: {n} ({total})",
        "none_refunded": "Zwrócono: brak",
        "failed": "Nieudane zwroty: {n}",
        "held": "Czeka na Ciebie: {n} ({total}), zamówienia {orders}",
        "none_held": "Nic na Ciebie nie czeka.",
        "notices": "Powiadomienia, które nie dotarły do kupujących: {n}",
        "reminders": "Reguły do przejrzenia: {names}",
        "more": "…",
    },
    "zh": {
        "title": "RefundDesk 每日摘要（{day}）",
        "refunded": "已退款：{n} 笔（{total}）",
        "none_refunded": "已退款：无",
        "failed": "失败的退款：{n} 笔",
        "held": "等待您处理：{n} 笔（{total}），订单 {orders}",
        "none_held": "没有等待您处理的事项。",
        "notices": "未送达买家的通知：{n} 条",
        "reminders": "需要复查的规则：{names}",
        "more": "……",
    },
}


def _lang(language: str) -> str:
    base = language.replace("_", "-").split("-")[0].lower()
    return base if base in _WORDS else "en"


def digest_text(facts: DigestFacts, language: str) -> tuple[str, str]:
    """(title, body) of the digest in the merchant's language."""
    lang = _lang(language)
    w = _WORDS[lang]

    def money(totals: Sequence[Money]) -> str:
        return ", ".join(format_money(t, lang) for t in totals)

    lines = [
        w["refunded"].format(n=facts.refunded, total=money(facts.refunded_totals))
        if facts.refunded
        else w["none_refunded"]
    ]
    if facts.failed:
        lines.append(w["failed"].format(n=facts.failed))
    if facts.held:
        orders = ", ".join(facts.held_orders) + (
            " " + w["more"] if facts.held > len(facts.held_orders) else ""
        )
        lines.append(w["held"].format(n=facts.held, total=money(facts.held_totals), orders=orders))
    else:
        lines.append(w["none_held"])
    if facts.notices_failed:
        lines.append(w["notices"].format(n=facts.notices_failed))
    if facts.reminders:
        lines.append(w["reminders"].format(names=", ".join(facts.reminders)))
    return w["title"].format(day=facts.day.isoformat()), "\n".join(lines)


# -- sending once a day ---------------------------------------------------------------------

ReminderSource = Callable[[Database, datetime], Sequence[str]]


def send_digest_if_due(
    db: Database,
    now: datetime,
    *,
    secrets: Secrets | None = None,
    zone: tzinfo | None = None,
    reminders: ReminderSource | None = None,
) -> AlertReport | None:
    """Send yesterday's digest once the chosen local hour has come today; None when not due."""
    local = now.astimezone(zone) if zone is not None else now.astimezone()
    with db.sessions() as session:
        config = load_alert_config(session)
        state = get_setting(session, ALERTS_STATE_KEY) or {}
    hour = config.digest_hour
    today = local.date().isoformat()
    if not config.enabled or not config.channels or hour is None or local.hour < hour:
        return None
    if state.get("digest_sent_on") == today:
        return None
    assert local.tzinfo is not None  # astimezone() always gives an aware time
    facts = collect(db, local.date() - timedelta(days=1), local.tzinfo)
    if reminders is not None:
        facts = replace(facts, reminders=tuple(reminders(db, now)))
    title, body = digest_text(facts, config.language)
    report = AlertReport(events=1)
    target = _apprise(secrets or Secrets(), config.channels, report)
    if len(target) and target.notify(title=title, body=body):
        report.sent = 1
    else:
        report.problems.append("The daily digest could not be delivered; see the log.")
    # Marked sent either way: a channel that is down gets tomorrow's, not one every round.
    with db.transaction() as session:
        latest = get_setting(session, ALERTS_STATE_KEY) or {}
        set_setting(session, ALERTS_STATE_KEY, {**latest, "digest_sent_on": today})
    return report
