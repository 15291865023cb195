"""Settings of the SMS channel and of merchant alerts: read, saved, tested (CLI and GUI alike).

Secrets (the SMSAPI token, each alert channel's Apprise URL) go to the keyring only; the
database keeps the rest.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from refunddesk.domain.messages import Said, SaidError, msg
from refunddesk.infra.logging import register_secret
from refunddesk.infra.secrets import Secrets, SecretsError, alert_url_key, sms_token_key
from refunddesk.notify.alerts import (
    ALERTS_SETTING_KEY,
    DEFAULT_DIGEST_HOUR,
    AlertConfig,
    AlertKind,
    load_alert_config,
    save_alert_config,
    send_test_alert,
)
from refunddesk.notify.sms import SmsConfig, load_sms_config, save_sms_config
from refunddesk.queries.rule_reminders import DEFAULT_REVIEW_DAYS, review_days
from refunddesk.services import shops
from refunddesk.services.settings import SettingsProblem
from refunddesk.store.database import Database
from refunddesk.store.settings_repo import get_setting

ALERT_LANGUAGES = ("en", "pl", "zh_CN")
_CHANNEL_NAME = re.compile(r"^[\w .\-]{1,40}$")


# -- SMS -----------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SmsView:
    config: SmsConfig
    token_saved: bool
    shops: tuple[tuple[int, str], ...]  # (id, name) of every connected shop


def load_sms(db: Database, secrets: Secrets) -> SmsView:
    with db.sessions() as s:
        config = load_sms_config(s)
    return SmsView(
        config=config,
        token_saved=_saved(secrets, sms_token_key()),
        shops=tuple((info.id, info.name) for info in shops.list_shops(db)),
    )


def sms_problems(secrets: Secrets, config: SmsConfig, token: str = "") -> list[Said]:
    """What is wrong with these SMS settings (nothing saved)."""
    problems = list(config.problems())
    if config.enabled and not token.strip() and not _saved(secrets, sms_token_key()):
        problems.append(msg("settings_problem.sms_token"))
    return problems


def save_sms(db: Database, secrets: Secrets, config: SmsConfig, token: str = "") -> SmsConfig:
    """Save the SMS settings; a non-empty ``token`` replaces the one in the keyring."""
    token = token.strip()
    problems = sms_problems(secrets, config, token)
    if problems:
        raise SettingsProblem(problems)
    if token:
        secrets.set(sms_token_key(), token)  # SecretsError: nothing else was changed
    with db.transaction() as s:
        save_sms_config(s, config)
    return config


# -- merchant alerts -----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AlertsView:
    config: AlertConfig
    saved: tuple[str, ...]  # channels whose Apprise URL is in the keyring
    review_days: int = DEFAULT_REVIEW_DAYS  # rules not reviewed this long get a reminder
    set_up: bool = True  # False until the alerts were first saved: the config is the defaults


def load_alerts(db: Database, secrets: Secrets) -> AlertsView:
    with db.sessions() as s:
        stored = get_setting(s, ALERTS_SETTING_KEY)
    config = AlertConfig.from_json(stored)
    saved = tuple(c for c in config.channels if _saved(secrets, alert_url_key(c)))
    return AlertsView(config, saved, review_days(db), set_up=stored is not None)


def alert_problems(language: str, digest_hour: int | None) -> list[Said]:
    """What is wrong with these alert choices (nothing saved)."""
    problems: list[Said] = []
    if language not in ALERT_LANGUAGES:
        choices = ", ".join(ALERT_LANGUAGES)
        problems.append(msg("settings_problem.alert_language", choices=choices))
    if digest_hour is not None and not 0 <= digest_hour <= 23:
        problems.append(msg("settings_problem.digest_hour"))
    return problems


def save_alerts(
    db: Database,
    *,
    enabled: bool,
    language: str,
    events: Sequence[AlertKind],
    digest_hour: int | None = DEFAULT_DIGEST_HOUR,
) -> AlertConfig:
    """The choices of the Alerts tab; the channels are added and removed one by one."""
    problems = alert_problems(language, digest_hour)
    if problems:
        raise SettingsProblem(problems)
    with db.transaction() as s:
        config = replace(
            load_alert_config(s),
            enabled=enabled,
            language=language,
            events=tuple(events),
            digest_hour=digest_hour,
        )
        save_alert_config(s, config)
    return config


def add_alert_channel(
    db: Database, secrets: Secrets, name: str, url: str, *, language: str | None = None
) -> AlertConfig:
    """Add a channel (or replace its address): the URL to the keyring, the name to settings.
    ``language``: what the alerts are written in, when they were never set up (the first
    channel, added from the window, takes the window's language rather than English)."""
    name, url = name.strip(), url.strip()
    # Apprise logs an address it cannot read in full; a mistyped one still holds the token.
    register_secret(url)
    problems: list[Said] = []
    if not _CHANNEL_NAME.match(name):
        problems.append(msg("settings_problem.channel_name"))
    if not url:
        problems.append(msg("settings_problem.channel_url"))
    elif not _understood(url):
        problems.append(_not_understood(url))
    if problems:
        raise SettingsProblem(problems)
    secrets.set(alert_url_key(name), url)
    with db.transaction() as s:
        stored = get_setting(s, ALERTS_SETTING_KEY)
        config = AlertConfig.from_json(stored)
        if stored is None and language in ALERT_LANGUAGES:
            config = replace(config, language=language)
        if name not in config.channels:  # always so while never set up: no channels yet
            config = replace(config, channels=(*config.channels, name))
            save_alert_config(s, config)
    return config


def _not_understood(url: str) -> Said:
    """Why Apprise cannot use ``url``. A webhook's plain web address is the usual slip (a
    chat tool's "incoming webhook" page shows one): Apprise writes it json:// or jsons://."""
    scheme, sep, rest = url.partition("://")
    if sep and scheme.lower() in ("http", "https"):
        apprise_url = ("jsons://" if scheme.lower() == "https" else "json://") + rest
        return msg("settings_problem.channel_web_address", url=apprise_url)
    return msg("settings_problem.channel_unknown")


def remove_alert_channel(db: Database, secrets: Secrets, name: str) -> AlertConfig:
    with db.transaction() as s:
        config = load_alert_config(s)
        config = replace(config, channels=tuple(c for c in config.channels if c != name))
        save_alert_config(s, config)
    secrets.delete(alert_url_key(name))
    return config


class AlertTestFailed(SaidError):
    """The test alert did not go out; the message says what to check (in any language)."""


def send_alert_test(db: Database, secrets: Secrets, channel: str) -> None:
    """Send one test alert through ``channel``, in the alerts' language; raises AlertTestFailed."""
    with db.sessions() as s:
        language = load_alert_config(s).language
    try:
        url = secrets.get(alert_url_key(channel))
    except SecretsError as exc:
        why = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise AlertTestFailed(msg("alert_test.unreadable", channel=channel, why=why)) from exc
    if not url:
        raise AlertTestFailed(msg("alert_test.no_address", channel=channel))
    if not send_test_alert(channel, language, secrets=secrets):
        raise AlertTestFailed(msg("alert_test.not_delivered", channel=channel))


def _saved(secrets: Secrets, key: str) -> bool:
    try:
        return bool(secrets.get(key))
    except SecretsError:
        return False


def _understood(url: str) -> bool:
    import apprise  # ~7 MiB: loaded when a channel is checked, not when the window opens

    return bool(apprise.Apprise().add(url))
