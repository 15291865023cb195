"""Reading and saving what the Settings screen shows: limits, sync, notices, SMTP, the keyring."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import make_url

from refunddesk.automation import limits
from refunddesk.automation.limits import AutomationSettings
from refunddesk.domain.messages import Said, msg, render
from refunddesk.domain.money import Money
from refunddesk.domain.typed_amount import parse_typed_amount
from refunddesk.infra.secrets import Secrets, SecretsError
from refunddesk.notify.email import (
    SmtpConfig,
    build_email,
    load_smtp_config,
    save_smtp_config,
    send_email,
    smtp_password,
)
from refunddesk.notify.errors import EmailNotConfigured
from refunddesk.services import shops
from refunddesk.store.database import Database
from refunddesk.store.settings_repo import get_setting, set_setting

NOTICES_KEY = "notices"  # {"notify_by_default": bool}: the default for new rules
MIN_SYNC_INTERVAL = 10
MAX_SYNC_INTERVAL = 24 * 3600
MAX_BACKFILL_DAYS = 365


class SettingsProblem(Exception):
    """Settings that cannot be saved; ``problems`` say why, for the merchant: ``str()`` in
    English (the command line, the log), ``text(language)`` for the window."""

    def __init__(self, problems: Sequence[Said]) -> None:
        self.problems = list(problems)
        super().__init__(self.text("en"))

    def text(self, language: str) -> str:
        # Chinese sentences end in a full stop of their own width: no space between them.
        space = "" if language.startswith("zh") else " "
        return space.join(render(p, language) for p in self.problems)


@dataclass(frozen=True, slots=True)
class KeyringInfo:
    name: str  # "" when there is no usable keyring
    warning: str | None  # shown when the keyring is not encrypted
    error: str | None  # shown when there is none


@dataclass(frozen=True, slots=True)
class SettingsView:
    """Everything the Settings screen shows, read in one go off the GUI thread."""

    automation: AutomationSettings
    smtp: SmtpConfig | None
    smtp_problem: str  # the saved SMTP settings could not be read
    smtp_password_saved: bool
    notify_by_default: bool
    shops: tuple[shops.ShopInfo, ...]
    keyring: KeyringInfo
    database_url: str  # with any password hidden
    data_dir: Path


def parse_amount(text: str, currency: str) -> Money | None:
    """A limit typed by a person: empty means no limit; "12,50", "1 200", "1 000,50" and
    "1,000.50" are fine (with both marks, the last one is the decimal one).

    Raises MoneyError for anything that is not an amount with at most two decimals.
    """
    return parse_typed_amount(text, currency)


def keyring_info(secrets: Secrets) -> KeyringInfo:
    try:
        return KeyringInfo(secrets.backend_name, secrets.insecure_warning(), None)
    except SecretsError as exc:
        return KeyringInfo("", None, str(exc))


def hide_password(url: str) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is shown as the user gave it, minus nothing secret
        return url.split("@")[-1]


def load_view(db: Database, secrets: Secrets, data_dir: Path) -> SettingsView:
    with db.sessions() as s:
        automation = limits.load_settings(s)
        notices = get_setting(s, NOTICES_KEY) or {}
        smtp: SmtpConfig | None = None
        smtp_problem = ""
        try:
            smtp = load_smtp_config(s)
        except EmailNotConfigured as exc:
            smtp_problem = str(exc)
    saved = False
    if smtp is not None and smtp.user:
        try:
            saved = secrets.get(smtp.password_key) is not None
        except SecretsError:
            saved = False
    return SettingsView(
        automation=automation,
        smtp=smtp,
        smtp_problem=smtp_problem,
        smtp_password_saved=saved,
        notify_by_default=bool(notices.get("notify_by_default", True)),
        shops=tuple(shops.list_shops(db)),
        keyring=keyring_info(secrets),
        database_url=hide_password(db.url),
        data_dir=data_dir,
    )


def save_limits(
    db: Database,
    *,
    order_cap: Money | None,
    buyer_daily_cap: Money | None,
    daily_budget: Money | None,
    daily_count: int | None,
    breaker_threshold: int,
    dry_run: bool,
    paused: bool,
) -> AutomationSettings:
    """Save the safety limits; the breaker's own state (open, failure count) is left alone."""
    problems = limit_problems(
        order_cap=order_cap,
        buyer_daily_cap=buyer_daily_cap,
        daily_budget=daily_budget,
        daily_count=daily_count,
        breaker_threshold=breaker_threshold,
    )
    if problems:
        raise SettingsProblem(problems)
    with db.transaction() as s:
        return limits.update_settings(
            s,
            order_cap=order_cap,
            buyer_daily_cap=buyer_daily_cap,
            daily_budget=daily_budget,
            daily_count=daily_count,
            breaker_threshold=breaker_threshold,
            dry_run=dry_run,
            paused=paused,
        )


def limit_problems(
    *,
    order_cap: Money | None,
    buyer_daily_cap: Money | None,
    daily_budget: Money | None,
    daily_count: int | None,
    breaker_threshold: int,
) -> list[Said]:
    """What is wrong with these safety limits (nothing saved): checked before any of several
    settings is saved, so that they are saved together or not at all."""
    problems: list[Said] = []
    for said, value in (
        (msg("settings_problem.order_cap"), order_cap),
        (msg("settings_problem.buyer_daily_cap"), buyer_daily_cap),
        (msg("settings_problem.daily_budget"), daily_budget),
    ):
        if value is not None and value.minor <= 0:
            problems.append(said)
    if daily_count is not None and daily_count <= 0:
        problems.append(msg("settings_problem.daily_count"))
    if breaker_threshold < 1:
        problems.append(msg("settings_problem.breaker"))
    return problems


def sync_problems(interval_seconds: int, backfill_days: int) -> list[Said]:
    problems: list[Said] = []
    if not MIN_SYNC_INTERVAL <= interval_seconds <= MAX_SYNC_INTERVAL:
        problems.append(
            msg("settings_problem.sync_interval", low=MIN_SYNC_INTERVAL, high=MAX_SYNC_INTERVAL)
        )
    if not 1 <= backfill_days <= MAX_BACKFILL_DAYS:
        problems.append(msg("settings_problem.backfill_days", limit=MAX_BACKFILL_DAYS))
    return problems


def save_sync(db: Database, *, interval_seconds: int, backfill_days: int) -> AutomationSettings:
    problems = sync_problems(interval_seconds, backfill_days)
    if problems:
        raise SettingsProblem(problems)
    with db.transaction() as s:
        return limits.update_settings(
            s, sync_interval_seconds=interval_seconds, backfill_days=backfill_days
        )


def save_notices(
    db: Database,
    secrets: Secrets,
    *,
    notify_by_default: bool,
    smtp: SmtpConfig | None,
    password: str = "",
) -> None:
    """Save the notice settings. A non-empty ``password`` goes to the keyring, never the
    database; an empty one keeps the password already saved."""
    if smtp is not None:
        problems = smtp.problems()
        if problems:
            raise SettingsProblem(problems)
        if password and not smtp.user:
            raise SettingsProblem([msg("settings_problem.smtp_user")])
    if smtp is not None and password:
        # Keyring first: settings that point at a password which was never stored are worse.
        secrets.set(smtp.password_key, password)
    with db.transaction() as s:
        set_setting(s, NOTICES_KEY, {"notify_by_default": notify_by_default})
        if smtp is not None:
            save_smtp_config(s, smtp)


def notify_by_default(db: Database) -> bool:
    """Whether a new rule notifies the buyer, as chosen in Settings (yes until chosen)."""
    with db.sessions() as s:
        notices = get_setting(s, NOTICES_KEY) or {}
    return bool(notices.get("notify_by_default", True))


def disable_email(db: Database) -> None:
    """Turn e-mail notices off but keep the server settings for later."""
    with db.transaction() as s:
        config = load_smtp_config(s)
        if config is not None:
            save_smtp_config(s, replace(config, enabled=False))


def send_test_email(db: Database, secrets: Secrets, to: str, now: datetime) -> str:
    """Send a short test message with the saved settings; returns its Message-ID.

    Raises EmailFailed (and its kinds) with a plain explanation when it cannot be sent.
    """
    with db.sessions() as s:
        config = load_smtp_config(s)
    if config is None:
        raise EmailNotConfigured("Save the SMTP settings first.")
    password = smtp_password(config, secrets)
    message = build_email(
        config,
        to or config.from_address,
        "RefundDesk test e-mail",
        "This is a test from RefundDesk. Buyer notices will be sent like this.",
        now=now,
    )
    return send_email(config, password, message)
