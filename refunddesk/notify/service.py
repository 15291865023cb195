"""Sending buyer notices for confirmed refunds: at most once per refund and channel."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, and_, delete, exists, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from refunddesk.domain.messages import Said, msg, render_text, to_text
from refunddesk.domain.messages import render as render_said
from refunddesk.domain.money import Money, MoneyError
from refunddesk.domain.plans import PlannedLine
from refunddesk.domain.states import IntentState
from refunddesk.infra.secrets import Secrets
from refunddesk.marketplace.base import (
    MalformedResponse,
    MarketplaceError,
    NetworkError,
    OutcomeUnknown,
    RateLimited,
    ReconnectNeeded,
)
from refunddesk.marketplace.error_words import error_message
from refunddesk.notify.allegro_message import MessageSender, send_allegro_message
from refunddesk.notify.email import (
    SmtpConfig,
    build_email,
    load_smtp_config,
    send_email,
    smtp_password,
)
from refunddesk.notify.errors import (
    EmailFailed,
    EmailOutcomeUnknown,
    EmailUnreachable,
    NoticeError,
    TemplateProblem,
)
from refunddesk.notify.facts import NoticeFacts, items_from_lines, plan_lines
from refunddesk.notify.language import fallback_language
from refunddesk.notify.records import (
    Channel,
    NoticeStatus,
    mark_stale_pending,
    resends_allowed,
    resends_done,
    timeline_line,
)
from refunddesk.notify.sms import (
    SmsConfig,
    SmsFailed,
    SmsGateway,
    SmsUnreachable,
    load_sms_config,
    sms_token,
)
from refunddesk.notify.sms_text import MAX_PARTS, PhoneUnusable, measure, sms_text, to_e164
from refunddesk.notify.templates import ALLEGRO_MESSAGE_MAX, RenderedNotice, render
from refunddesk.store.database import Database
from refunddesk.store.models import Notification, Order, OrderEvent, RefundIntent, Shop

log = logging.getLogger(__name__)

# Refunds confirmed longer ago get no new notices (say, when e-mail is set up months later).
MAX_NOTICE_AGE = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class NoticeOutcome:
    intent_id: int
    order_id: str
    channel: str
    status: str  # a NoticeStatus value, or "deferred" (nothing sent, tried again next pass)
    detail: str = ""


@dataclass
class NoticeReport:
    sent: int = 0
    failed: int = 0
    unknown: int = 0
    deferred: int = 0
    stale: int = 0  # pending rows from an interrupted run, now marked unknown
    outcomes: list[NoticeOutcome] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # channel-wide, for the status strip

    @property
    def changed(self) -> bool:
        return bool(self.sent or self.failed or self.unknown or self.stale)

    def add(self, outcome: NoticeOutcome) -> None:
        self.outcomes.append(outcome)
        if outcome.status == NoticeStatus.SENT:
            self.sent += 1
        elif outcome.status == NoticeStatus.FAILED:
            self.failed += 1
        elif outcome.status == NoticeStatus.UNKNOWN:
            self.unknown += 1
        else:
            self.deferred += 1

    def problem(self, text: str) -> None:
        if text not in self.problems:
            self.problems.append(text)


@dataclass(frozen=True, slots=True)
class _Job:
    """One refund to tell the buyer about, read from the database and detached from it."""

    intent_id: int
    template_id: str
    language: str
    fallback: str
    facts: NoticeFacts
    login: str
    email: str
    phone: str
    marketplace_id: str
    channels: tuple[Channel, ...]

    def recipient(self, channel: Channel) -> str:
        if channel is Channel.ALLEGRO_MESSAGE:
            return self.login
        return self.email if channel is Channel.EMAIL else self.phone


@dataclass(frozen=True, slots=True)
class _EmailSetup:
    config: SmtpConfig
    password: str


@dataclass(frozen=True, slots=True)
class _SmsSetup:
    config: SmsConfig
    gateway: SmsGateway


# The SMS template: short, the same for every rule (a rule's template is for long messages).
SMS_TEMPLATE = "sms_refund"
# Tries of one SMS when the gateway is unreachable or failing (same idx: never sent twice).
SMS_TRIES = 3
SMS_RETRY_PAUSE_S = 0.5


class _Deferred(Exception):
    """Nothing was sent and the channel cannot work now: try again on a later pass."""


# -- the pass ------------------------------------------------------------------------------


def send_pending_notices(
    db: Database,
    shop_id: int,
    market: MessageSender | None,
    now: datetime,
    *,
    secrets: Secrets | None = None,
    shop_name: str = "",
    max_notices: int = 50,
    max_age: timedelta = MAX_NOTICE_AGE,
) -> NoticeReport:
    """Tell buyers of confirmed refunds, once per refund and channel; never raises per buyer.

    ``market`` may be None when the shop is offline: Allegro messages then wait.
    """
    report = NoticeReport()
    report.stale = mark_stale_pending(db, shop_id, now)
    email = _email_setup(db, secrets, report)
    sms = _sms_setup(db, shop_id, secrets, report)
    resends = resends_allowed(db)
    with db.sessions() as session:
        shop = session.get(Shop, shop_id)
        signature = shop_name or (shop.name if shop else "")
        jobs = _find_jobs(
            session,
            shop_id,
            now,
            market is not None,
            email,
            sms is not None,
            max_age,
            max_notices,
            signature,
            resends,
        )
    paused: set[Channel] = set()
    resent: set[int] = set()
    for job in jobs:
        if job.intent_id in resends and not paused.intersection(job.channels):
            resent.add(job.intent_id)
        for channel in job.channels:
            if channel in paused:
                continue
            try:
                outcome = _deliver(db, shop_id, job, channel, market, email, sms, now)
            except _Deferred as exc:
                paused.add(channel)
                report.problem(render_text(str(exc), "en"))
                outcome = NoticeOutcome(job.intent_id, job.facts.order_id, channel, "deferred")
            if outcome is not None:
                report.add(outcome)
            if outcome is not None and outcome.status == "deferred":
                resent.discard(job.intent_id)
    resends_done(db, resent)
    return report


# -- reading what to send ------------------------------------------------------------------


def _english(problems: list[Said]) -> str:
    """Setting problems as a report line (the report's lines are English)."""
    return " ".join(render_said(p, "en") for p in problems)


def _email_setup(db: Database, secrets: Secrets | None, report: NoticeReport) -> _EmailSetup | None:
    try:
        with db.sessions() as session:
            config = load_smtp_config(session)
        if config is None or not config.enabled:
            return None
        problems = config.problems()
        if problems:
            report.problem("E-mail notices are off: " + _english(problems))
            return None
        password = smtp_password(config, secrets or Secrets()) if config.user else ""
    except EmailFailed as exc:
        report.problem(f"E-mail notices wait: {exc}")
        return None
    return _EmailSetup(config, password)


def _sms_setup(
    db: Database, shop_id: int, secrets: Secrets | None, report: NoticeReport
) -> _SmsSetup | None:
    with db.sessions() as session:
        config = load_sms_config(session)
    if not config.on_for(shop_id):
        return None
    problems = config.problems()
    if problems:
        report.problem("SMS notices are off: " + _english(problems))
        return None
    try:
        token = sms_token(secrets or Secrets())
    except SmsFailed as exc:
        report.problem(f"SMS notices wait: {exc}")
        return None
    return _SmsSetup(config, SmsGateway(token, config.base_url, config.timeout_s))


def _missing(channel: Channel) -> ColumnElement[bool]:
    return ~exists().where(
        Notification.intent_id == RefundIntent.id, Notification.channel == channel.value
    )


def _find_jobs(
    session: Session,
    shop_id: int,
    now: datetime,
    allegro_on: bool,
    email: _EmailSetup | None,
    sms_on: bool,
    max_age: timedelta,
    limit: int,
    signature: str,
    resends: set[int],
) -> list[_Job]:
    wanted: list[ColumnElement[bool]] = []
    # Only intents that still lack a channel they can use: others must not starve the batch.
    has_login = or_(RefundIntent.buyer_login != "", Order.buyer_login != "")
    if allegro_on:
        wanted.append(and_(has_login, _missing(Channel.ALLEGRO_MESSAGE)))
    if email is not None:
        wanted.append(and_(Order.buyer_email != "", _missing(Channel.EMAIL)))
    if sms_on:
        # No phone is not a reason to look away: the notice is recorded as skipped, with why.
        wanted.append(and_(Order.id.is_not(None), _missing(Channel.SMS)))
    if not wanted:
        return []
    confirmed_at = func.coalesce(RefundIntent.finished_at, RefundIntent.updated_at)
    rows = session.execute(
        select(RefundIntent, Order)
        .outerjoin(
            Order,
            and_(Order.shop_id == RefundIntent.shop_id, Order.order_id == RefundIntent.order_id),
        )
        .where(
            RefundIntent.shop_id == shop_id,
            RefundIntent.state == IntentState.SUCCEEDED.value,
            RefundIntent.notify_template != "",
            # A notice a person allowed to go again goes, however old the refund.
            or_(confirmed_at >= now - max_age, RefundIntent.id.in_(resends)),
            or_(*wanted),
        )
        .order_by(RefundIntent.id)
        .limit(limit)
    ).all()
    email_on = email is not None
    return [_job(session, i, o, allegro_on, email_on, sms_on, signature) for i, o in rows]


def _job(
    session: Session,
    intent: RefundIntent,
    order: Order | None,
    allegro_on: bool,
    email_on: bool,
    sms_on: bool,
    signature: str,
) -> _Job:
    done = set(
        session.scalars(select(Notification.channel).where(Notification.intent_id == intent.id))
    )
    login = (order.buyer_login if order else "") or intent.buyer_login
    address = order.buyer_email if order else ""
    channels = []
    if allegro_on and login and Channel.ALLEGRO_MESSAGE not in done:
        channels.append(Channel.ALLEGRO_MESSAGE)
    if email_on and address and Channel.EMAIL not in done:
        channels.append(Channel.EMAIL)
    if sms_on and order is not None and Channel.SMS not in done:
        channels.append(Channel.SMS)
    return _Job(
        intent_id=intent.id,
        template_id=intent.notify_template,
        language=order.buyer_language if order else "",
        fallback=fallback_language(order.marketplace_id if order else "allegro-pl"),
        facts=_facts(intent, order, login, signature),
        login=login,
        email=address,
        phone=order.buyer_phone if order else "",
        marketplace_id=order.marketplace_id if order else "allegro-pl",
        channels=tuple(channels),
    )


def _facts(intent: RefundIntent, order: Order | None, login: str, signature: str) -> NoticeFacts:
    lines: tuple[PlannedLine, ...] = ()
    delivery = False
    try:
        lines, delivery = plan_lines(intent.plan)
    except (KeyError, TypeError, ValueError, MoneyError):
        # An unreadable plan still deserves a notice: the amount is on the intent itself.
        log.warning("intent %s: plan unreadable, notice lists no items", intent.id)
    quantities = {li.line_item_id: li.quantity for li in order.line_items} if order else {}
    return NoticeFacts(
        order_id=intent.order_id,
        amount=Money(intent.amount_minor, intent.currency),
        items=items_from_lines(lines, quantities),
        buyer_login=login,
        buyer_first_name=order.buyer_first_name if order else "",
        delivery_refunded=delivery,
        shop_name=signature,
        trigger=intent.trigger,
    )


# -- sending one notice --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Result:
    status: NoticeStatus
    external_id: str = ""
    error: str = ""
    platform_status: str = ""  # Allegro's message status: VERIFYING, DELIVERED …


def _deliver(
    db: Database,
    shop_id: int,
    job: _Job,
    channel: Channel,
    market: MessageSender | None,
    email: _EmailSetup | None,
    sms: _SmsSetup | None,
    now: datetime,
) -> NoticeOutcome | None:
    recipient = job.recipient(channel)
    limit = ALLEGRO_MESSAGE_MAX if channel is Channel.ALLEGRO_MESSAGE else None
    result: _Result | None = None
    notice: RenderedNotice | None = None
    try:
        if channel is Channel.SMS:
            assert sms is not None
            recipient, notice = _sms_notice(job, sms.config)
        else:
            notice = render(
                job.template_id, job.language, job.facts, fallback=job.fallback, max_length=limit
            )
    except PhoneUnusable as exc:
        result = _Result(NoticeStatus.SKIPPED, error=_plain(exc))
    except TemplateProblem as exc:
        # Recorded once as failed: after fixing the template the merchant allows a resend.
        result = _Result(NoticeStatus.FAILED, error=_plain(exc))
    row_id = _claim(
        db, job, channel, recipient, notice, now, final=result.status if result else None
    )
    if row_id is None:
        return None  # another worker (or an earlier pass) has it
    if result is None:
        assert notice is not None
        result = _send(db, row_id, channel, job, notice, market, email, sms, recipient, now)
    _finish(db, shop_id, job, channel, recipient, row_id, result, now)
    detail = result.error or result.external_id
    return NoticeOutcome(job.intent_id, job.facts.order_id, channel, result.status, detail)


def _send(
    db: Database,
    row_id: int,
    channel: Channel,
    job: _Job,
    notice: RenderedNotice,
    market: MessageSender | None,
    email: _EmailSetup | None,
    sms: _SmsSetup | None,
    recipient: str,
    now: datetime,
) -> _Result:
    """How sending went. Failures where nothing was sent undo the claim and defer."""
    try:
        if channel is Channel.SMS:
            assert sms is not None
            return _send_sms(sms, recipient, notice.body, f"rd-{job.intent_id}-{row_id}")
        if channel is Channel.ALLEGRO_MESSAGE:
            assert market is not None
            receipt = send_allegro_message(market, job.login, job.facts.order_id, notice)
            return _Result(NoticeStatus.SENT, receipt.id, platform_status=receipt.status)
        assert email is not None
        message = build_email(email.config, job.email, notice.subject, notice.body, now=now)
        return _Result(NoticeStatus.SENT, send_email(email.config, email.password, message))
    except (RateLimited, ReconnectNeeded, EmailUnreachable) as exc:
        _release(db, row_id)
        raise _Deferred(_plain(exc)) from exc
    except (OutcomeUnknown, MalformedResponse, EmailOutcomeUnknown) as exc:
        return _Result(NoticeStatus.UNKNOWN, error=_plain(exc))
    except NetworkError as exc:  # no connection at all: nothing was sent
        _release(db, row_id)
        raise _Deferred(_plain(exc)) from exc
    except (MarketplaceError, NoticeError) as exc:
        # SmsUnreachable lands here only after its retries: shown in Review, resent by a person.
        return _Result(NoticeStatus.FAILED, error=_plain(exc))
    except Exception as exc:  # a bug: recorded on this notice, and the loop goes on
        log.exception("sending notice %s for intent %s failed", row_id, job.intent_id)
        error = to_text(msg("notice.internal_error", kind=type(exc).__name__))
        return _Result(NoticeStatus.UNKNOWN, error=error)


def _sms_notice(job: _Job, config: SmsConfig) -> tuple[str, RenderedNotice]:
    """The buyer's number in E.164 and the SMS text; raises PhoneUnusable or TemplateProblem."""
    number = to_e164(job.phone, job.marketplace_id)
    notice = render(SMS_TEMPLATE, job.language, job.facts, fallback=job.fallback)
    length = measure(notice.body, keep_diacritics=config.keep_diacritics)
    if not length.fits:
        raise TemplateProblem(
            code="sms_too_long",
            parts=length.parts,
            units=length.units,
            encoding=length.encoding,
            most=MAX_PARTS,
            template=SMS_TEMPLATE,
        )
    text = sms_text(notice.body, keep_diacritics=config.keep_diacritics)
    return number, RenderedNotice("", text, notice.language, SMS_TEMPLATE)


def _send_sms(sms: _SmsSetup, number: str, text: str, idx: str) -> _Result:
    """Send with a few tries; the gateway's idx check keeps a retried SMS from going twice."""
    for attempt in range(1, SMS_TRIES + 1):
        try:
            receipt = sms.gateway.send(number, text, sender=sms.config.sender, idx=idx)
            return _Result(NoticeStatus.SENT, receipt.id, platform_status=receipt.status)
        except SmsUnreachable:
            if attempt == SMS_TRIES:
                raise
            time.sleep(SMS_RETRY_PAUSE_S * attempt)
    raise AssertionError("unreachable")  # pragma: no cover


def _plain(exc: Exception) -> str:
    """The error as stored on the notice: Allegro's as a message from its code (its own
    Polish words and the trace id ride along as details), ours as the sentence it is."""
    if isinstance(exc, MarketplaceError):
        return to_text(error_message(exc))
    if isinstance(exc, NoticeError) and exc.said is not None:
        return to_text(exc.said)
    return str(exc)


def _claim(
    db: Database,
    job: _Job,
    channel: Channel,
    recipient: str,
    notice: RenderedNotice | None,
    now: datetime,
    *,
    final: NoticeStatus | None = None,
) -> int | None:
    """Write the row and commit it before sending; None when someone else already has it."""
    row = Notification(
        intent_id=job.intent_id,
        channel=channel.value,
        recipient=recipient,
        language=notice.language if notice else "",
        subject=notice.subject if notice else "",
        body=notice.body if notice else "",
        status=(final or NoticeStatus.PENDING).value,
        created_at=now,
    )
    try:
        with db.transaction() as session:
            session.add(row)
            session.flush()
            return row.id
    except IntegrityError:
        return None


def _release(db: Database, row_id: int) -> None:
    with db.transaction() as session:
        session.execute(
            delete(Notification).where(
                Notification.id == row_id, Notification.status == NoticeStatus.PENDING
            )
        )


_EVENT_TYPES = {
    NoticeStatus.SENT: "NOTICE_SENT",
    NoticeStatus.FAILED: "NOTICE_FAILED",
    NoticeStatus.UNKNOWN: "NOTICE_UNKNOWN",
    NoticeStatus.SKIPPED: "NOTICE_SKIPPED",
}


def _finish(
    db: Database,
    shop_id: int,
    job: _Job,
    channel: Channel,
    recipient: str,
    row_id: int,
    result: _Result,
    now: datetime,
) -> None:
    sent = result.status is NoticeStatus.SENT
    # The timeline keeps Allegro's message status: the notifications table has no column.
    detail = timeline_line(
        channel, recipient, result.platform_status or "", "" if sent else result.error
    )
    with db.transaction() as session:
        row = session.get(Notification, row_id)
        if row is None:
            return
        row.status = result.status.value
        row.external_id = result.external_id[:64]
        row.platform_status = (result.platform_status or "")[:16]
        row.error = result.error
        row.sent_at = now if sent else None
        session.add(
            OrderEvent(
                shop_id=shop_id,
                order_id=job.facts.order_id,
                source="notice",
                # A resent notice may reuse a deleted row's id (SQLite): keep events apart.
                source_id=f"notification-{row_id}-{uuid.uuid4().hex[:12]}",
                type=_EVENT_TYPES[result.status],
                occurred_at=now,
                detail=detail,
            )
        )
