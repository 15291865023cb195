""" "Needs you now" alerts about the whole shop: the circuit breaker, a shop to reconnect.

Holds and failures are alerted per refund (alerts.new_events). These are states, not rows:
each is alerted once when it begins, and again only after it ended and began anew.
"""

from __future__ import annotations

from sqlalchemy import select

from refunddesk.automation import limits
from refunddesk.notify.alerts import AlertEvent, AlertKind
from refunddesk.store.database import Database
from refunddesk.store.models import Shop
from refunddesk.store.settings_repo import get_setting, set_setting

SEEN_KEY = "alerts_seen/states"


def state_events(db: Database) -> list[AlertEvent]:
    """The states that began since the last call (and remembers them)."""
    with db.transaction() as session:
        seen = get_setting(session, SEEN_KEY) or {}
        events: list[AlertEvent] = []
        shops = session.scalars(select(Shop).order_by(Shop.id)).all()
        reconnect = sorted(s.id for s in shops if s.needs_reconnect)
        before = set(seen.get("reconnect") or ())
        names = {s.id: s.name for s in shops}
        events += [AlertEvent(AlertKind.RECONNECT, names[i]) for i in reconnect if i not in before]
        breaker = limits.load_settings(session).breaker_open
        if breaker and not seen.get("breaker"):
            # Automation is global: the event names every shop it stopped for.
            events.append(AlertEvent(AlertKind.CIRCUIT_BREAKER, ", ".join(names.values())))
        now_seen = {"reconnect": reconnect, "breaker": breaker}
        if now_seen != seen:  # most rounds change nothing: no write
            set_setting(session, SEEN_KEY, now_seen)
    return events
