"""Merchant alerts through Apprise: "needs you now" events, rate-limited, without buyer data."""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from refunddesk.domain.money import Money
from refunddesk.domain.states import HeldReason, IntentState
from refunddesk.infra.secrets import Secrets, SecretsError, alert_url_key
from refunddesk.notify.alert_text import alert_body, alert_title, summary_body, summary_title

if TYPE_CHECKING:
    import apprise
from refunddesk.store.database import Database
from refunddesk.store.models import RefundIntent, Shop
from refunddesk.store.settings_repo import get_setting, set_setting

log = logging.getLogger(__name__)

ALERTS_SETTING_KEY = "alerts"
ALERTS_STATE_KEY = "alerts_state"
# More events than this in one pass (or in the window) become one summary: no storm.
STORM_LIMIT = 5
WINDOW = timedelta(hours=1)


class AlertKind(StrEnum):
    HOLD = "hold"
    FAILURE = "failure"
    CIRCUIT_BREAKER = "circuit_breaker"
    BUDGET = "budget"
    RECONNECT = "reconnect"
    TEST = "test"


@dataclass(frozen=True, slots=True)
class AlertEvent:
    """What happened, with the order id and amount at most: never a buyer's name or address."""

    kind: AlertKind
    shop: str
    order_id: str = ""
    amount: Money | None = None


DEFAULT_DIGEST_HOUR = 8

# What a merchant can choose to be alerted about (a test alert is always sent).
EVENT_KINDS = (
    AlertKind.HOLD,
    AlertKind.FAILURE,
    AlertKind.CIRCUIT_BREAKER,
    AlertKind.BUDGET,
    AlertKind.RECONNECT,
)


@dataclass(frozen=True, slots=True)
class AlertConfig:
    channels: tuple[str, ...] = ()  # names; each one's Apprise URL is in the keyring
    language: str = "en"  # the merchant's, not the buyer's
    enabled: bool = True
    events: tuple[AlertKind, ...] = EVENT_KINDS  # the kinds the merchant wants to hear about
    digest_hour: int | None = DEFAULT_DIGEST_HOUR  # local hour of the daily digest; None: off

    def to_json(self) -> dict[str, Any]:
        return {
            "channels": list(self.channels),
            "language": self.language,
            "enabled": self.enabled,
            "events": [k.value for k in self.events],
            "digest_hour": self.digest_hour,
        }

    @classmethod
    def from_json(cls, data: Any) -> AlertConfig:
        if not isinstance(data, dict):
            return cls()
        channels = tuple(str(c) for c in data.get("channels") or () if str(c).strip())
        language = str(data.get("language") or "en")
        # Settings written before the choice existed mean "everything".
        chosen = data.get("events")
        known = {k.value for k in EVENT_KINDS}
        events = (
            EVENT_KINDS
            if not isinstance(chosen, list)
            else tuple(AlertKind(k) for k in chosen if k in known)
        )
        hour = data.get("digest_hour", DEFAULT_DIGEST_HOUR)
        digest_hour = hour if isinstance(hour, int) and 0 <= hour <= 23 else None
        return cls(channels, language, bool(data.get("enabled", True)), events, digest_hour)

    def wants(self, event: AlertEvent) -> bool:
        return event.kind is AlertKind.TEST or event.kind in self.events


@dataclass
class AlertReport:
    sent: int = 0  # messages that reached at least one channel
    events: int = 0
    summarised: bool = False
    problems: list[str] = field(default_factory=list)


def load_alert_config(session: Session) -> AlertConfig:
    return AlertConfig.from_json(get_setting(session, ALERTS_SETTING_KEY))


def save_alert_config(session: Session, config: AlertConfig) -> None:
    set_setting(session, ALERTS_SETTING_KEY, config.to_json())


def save_channel_url(secrets: Secrets, channel: str, url: str) -> None:
    """Keep a channel's Apprise URL (it carries tokens or passwords) in the keyring only."""
    import apprise  # ~7 MiB: loaded when alerts are set up or sent, not when the window opens

    if not apprise.Apprise().add(url):
        raise ValueError(f"{channel}: Apprise does not understand this address.")
    secrets.set(alert_url_key(channel), url)


# -- what to say ---------------------------------------------------------------------------


def compose(events: Sequence[AlertEvent], language: str) -> list[tuple[str, str]]:
    """(title, body) messages: one per event, or one summary when there are too many."""
    if len(events) <= STORM_LIMIT:
        return [(alert_title(e, language), alert_body(e, language)) for e in events]
    counts = Counter(e.kind for e in events)
    return [(summary_title(len(events), language), summary_body(counts, events, language))]


# -- sending -------------------------------------------------------------------------------


def _apprise(secrets: Secrets, channels: Sequence[str], report: AlertReport) -> apprise.Apprise:
    import apprise  # ~7 MiB: loaded when alerts are set up or sent, not when the window opens

    target = apprise.Apprise()
    for channel in channels:
        try:
            url = secrets.get(alert_url_key(channel))
        except SecretsError as exc:
            report.problems.append(f"Alerts via {channel} wait: {exc}")
            continue
        if not url or not target.add(url):
            report.problems.append(f"Alerts via {channel}: the address is missing or not valid.")
    return target


def send_alerts(
    db: Database,
    events: Sequence[AlertEvent],
    now: datetime,
    *,
    secrets: Secrets | None = None,
) -> AlertReport:
    """Tell the merchant; at most STORM_LIMIT messages an hour, the rest as one summary."""
    report = AlertReport(events=len(events))
    with db.sessions() as session:
        config = load_alert_config(session)
        state = get_setting(session, ALERTS_STATE_KEY) or {}
    events = [e for e in events if config.wants(e)]
    if not events or not config.enabled or not config.channels:
        return report
    recent = [t for t in state.get("sent_at", []) if _parse(t) > now - WINDOW]
    messages = compose(events, config.language)
    if len(recent) + len(messages) > STORM_LIMIT:
        counts = Counter(e.kind for e in events)
        title = summary_title(len(events), config.language)
        messages = [(title, summary_body(counts, events, config.language))]
    report.summarised = len(messages) < len(events)
    target = _apprise(secrets or Secrets(), config.channels, report)
    if not len(target):
        return report
    for title, body in messages:
        if target.notify(title=title, body=body):
            report.sent += 1
            recent.append(now.isoformat())
        else:
            report.problems.append("An alert could not be delivered; see the log.")
    with db.transaction() as session:
        set_setting(session, ALERTS_STATE_KEY, {**state, "sent_at": recent})
    return report


def send_test_alert(channel: str, language: str, *, secrets: Secrets | None = None) -> bool:
    """The Settings button: one test message through one channel."""
    report = AlertReport()
    target = _apprise(secrets or Secrets(), [channel], report)
    event = AlertEvent(AlertKind.TEST, "RefundDesk")
    return bool(len(target)) and bool(
        target.notify(title=alert_title(event, language), body=alert_body(event, language))
    )


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


# -- what happened since the last pass -----------------------------------------------------

_HOLD_KINDS = {
    HeldReason.CIRCUIT_BREAKER: AlertKind.CIRCUIT_BREAKER,
    HeldReason.DAILY_BUDGET: AlertKind.BUDGET,
    HeldReason.DAILY_COUNT: AlertKind.BUDGET,
}


def new_events(db: Database, shop_id: int) -> list[AlertEvent]:
    """Holds and failures since the last call (a cursor on intent ids per state change)."""
    key = f"alerts_seen/{shop_id}"
    with db.transaction() as session:
        seen = get_setting(session, key) or {}
        shop = session.get(Shop, shop_id)
        rows = session.scalars(
            select(RefundIntent).where(
                RefundIntent.shop_id == shop_id,
                RefundIntent.state.in_((IntentState.HELD.value, IntentState.FAILED.value)),
            )
        ).all()
        events: list[AlertEvent] = []
        marks: dict[str, str] = {}  # only rows still waiting: the record stays small
        for row in rows:
            mark = marks[str(row.id)] = f"{row.state}:{row.held_reason}"
            if seen.get(str(row.id)) == mark:
                continue
            amount = Money(row.amount_minor, row.currency)
            events.append(AlertEvent(_kind(row), shop.name if shop else "", row.order_id, amount))
        set_setting(session, key, marks)
    return events


def _kind(row: RefundIntent) -> AlertKind:
    if row.state == IntentState.FAILED.value:
        return AlertKind.FAILURE
    try:
        return _HOLD_KINDS.get(HeldReason(row.held_reason), AlertKind.HOLD)
    except ValueError:
        return AlertKind.HOLD
