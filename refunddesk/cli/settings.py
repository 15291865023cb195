"""`refunddesk settings show|set|reset-breaker`: what the Settings screen sets, without the GUI."""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from refunddesk.automation.limits import AutomationSettings
from refunddesk.cli.common import VISIBLE_SECRET_WARNING, context, output_language, warn
from refunddesk.cli.errors import UsageError
from refunddesk.domain.messages import Said, msg, render
from refunddesk.domain.money import ALLEGRO_CURRENCIES, Money, MoneyError
from refunddesk.infra import paths
from refunddesk.notify.email import DEFAULT_PORTS, SECURITY_MODES, SmtpConfig
from refunddesk.services import channels, review, shops
from refunddesk.services import settings as service
from refunddesk.services.context import AppContext

DEFAULT_CURRENCY = "PLN"
MAX_VALUE_LENGTH = 200  # no setting needs more; a longer value is a pasting accident
MAX_AMOUNT_CHARS = 16  # 9 999 999 999 999.99 is more than any limit means
# In the languages the app speaks too: a Polish or Chinese merchant types their own yes.
ON = ("on", "yes", "true", "1", "tak", "wł", "włącz", "开", "是", "开启")
OFF = ("off", "no", "false", "0", "nie", "wył", "wyłącz", "关", "否", "关闭")
# Words that remove a limit. An empty value is not one of them: `settings set order-cap "$CAP"`
# with CAP unset would otherwise lift a safety limit without a word.
NONE = ("none", "off")


@dataclass(frozen=True)
class Key:
    """One setting: where it lives and how a typed value becomes it."""

    name: str
    group: str  # "limits", "sync", "notices", "sms", "alerts": the section saved together
    help: str
    parse: Callable[[str, Any], Any]  # (typed value, current value) -> new value


def _switch(text: str, _current: Any) -> bool:
    word = text.strip().lower()
    if word in ON:
        return True
    if word in OFF:
        return False
    raise UsageError(said=msg("cli.not_on_off", text=repr(text)))


def _whole(text: str, _current: Any) -> int:
    try:
        value = int(text.strip())
    except ValueError:
        raise UsageError(said=msg("cli.not_whole_number", text=repr(text))) from None
    if not 0 <= value <= 10_000_000:
        raise UsageError(said=msg("cli.out_of_range", value=value))
    return value


def _whole_or_none(text: str, current: Any) -> int | None:
    return None if text.strip().lower() in NONE else _whole(text, current)


def _amount(text: str, _current: Money | None) -> Money | None:
    """250, 249.99, "1 200,50" or "250 EUR" (PLN unless a currency follows); none for no limit.

    Anything else is refused: a word read as a currency without an amount ("abc", "PLN") once
    lifted the limit, and a code Allegro does not use ("100 XYZ") would limit no order."""
    typed = text.strip()
    if typed.lower() in NONE:
        return None
    # "250 EUR" or "250EUR": letters at the end are a currency.
    found = re.fullmatch(r"(.*?)\s*([^\W\d_]+)", typed)
    number, currency = (found.group(1), found.group(2)) if found else (typed, "")
    if not currency:
        number, currency = typed, DEFAULT_CURRENCY
    elif currency.upper() not in ALLEGRO_CURRENCIES or not number.strip():
        currencies = ", ".join(ALLEGRO_CURRENCIES)
        raise UsageError(
            said=msg("cli.value.not_an_amount", text=repr(typed), currencies=currencies)
        )
    if len(number.strip()) > MAX_AMOUNT_CHARS:
        raise UsageError(said=msg("cli.value.amount_too_large", number=number.strip()[:20]))
    try:
        amount = service.parse_amount(number, currency.upper())
    except MoneyError:  # three decimals, a negative amount: said as a mistake, in words
        raise UsageError(said=msg("cli.value.amount_refused", text=repr(typed))) from None
    if amount is None:  # only blanks were typed
        raise UsageError(said=msg("cli.value.amount_missing"))
    return amount


def _text(text: str, _current: Any) -> str:
    return text.strip()


def _security(text: str, _current: Any) -> str:
    word = text.strip().lower()
    if word not in SECURITY_MODES:
        choices = ", ".join(SECURITY_MODES)
        raise UsageError(said=msg("cli.value.security", text=repr(text), choices=choices))
    return word


def _backlog(text: str, _current: Any) -> str:
    word = text.strip().lower()
    if word not in shops.BACKLOG_MODES:
        choices = ", ".join(shops.BACKLOG_MODES)
        raise UsageError(said=msg("cli.value.backlog", text=repr(text), choices=choices))
    return word


def _language(text: str, _current: Any) -> str:
    word = text.strip()
    if word not in channels.ALERT_LANGUAGES:
        choices = ", ".join(channels.ALERT_LANGUAGES)
        raise UsageError(said=msg("cli.value.alert_language", text=repr(text), choices=choices))
    return word


KEYS = {
    k.name: k
    for k in (
        Key("paused", "limits", "on/off: no refund is sent while paused", _switch),
        Key("dry-run", "limits", "on/off: decide and record, send nothing", _switch),
        Key("order-cap", "limits", "largest refund per order (amount or none)", _amount),
        Key("buyer-daily-cap", "limits", "largest total per buyer per day", _amount),
        Key("daily-budget", "limits", "largest total of refunds per day", _amount),
        Key("daily-count", "limits", "most refunds per day (number or none)", _whole_or_none),
        Key("breaker-threshold", "limits", "pause after this many failures in a row", _whole),
        Key("sync-interval", "sync", "seconds between syncs with Allegro", _whole),
        Key("backfill-days", "sync", "days of past orders read when a shop is added", _whole),
        Key("backlog", "shops", "cases found at connect, every shop: ask, apply, ignore", _backlog),
        Key("notify-by-default", "notices", "on/off: new rules tell buyers", _switch),
        Key("email.enabled", "notices", "on/off: send buyer notices by e-mail", _switch),
        Key("email.host", "notices", "SMTP server name", _text),
        Key("email.port", "notices", "SMTP port", _whole),
        Key("email.security", "notices", f"one of {', '.join(SECURITY_MODES)}", _security),
        Key("email.user", "notices", "SMTP user name (empty for none)", _text),
        Key("email.from", "notices", "the address notices are sent from", _text),
        Key("email.from-name", "notices", "the name notices are sent from", _text),
        Key("email.reply-to", "notices", "where buyers' replies go (optional)", _text),
        Key("email.ca-file", "notices", "PEM file of extra CAs for the server (optional)", _text),
        Key("email.password", "notices", "'-' reads it from standard input", _text),
        Key(
            "sms.enabled",
            "sms",
            "on/off: send buyer notices by SMS (refunddesk sms --help)",
            _switch,
        ),
        Key("sms.sender", "sms", "SMS sender name registered in SMSAPI (empty: default)", _text),
        Key("sms.diacritics", "sms", "on/off: keep Polish letters (70 characters a part)", _switch),
        Key("sms.api-url", "sms", "SMSAPI address (https://api.smsapi.com/ abroad)", _text),
        Key(
            "alerts.enabled",
            "alerts",
            "on/off: alert the merchant (refunddesk alerts --help)",
            _switch,
        ),
        Key(
            "alerts.language", "alerts", f"one of {', '.join(channels.ALERT_LANGUAGES)}", _language
        ),
        Key(
            "alerts.digest-hour",
            "alerts",
            "hour (0-23) of the daily digest, or none",
            _whole_or_none,
        ),
    )
}
# Where each e-mail key lives in SmtpConfig.
_SMTP_FIELDS = {
    "email.enabled": "enabled",
    "email.host": "host",
    "email.port": "port",
    "email.security": "security",
    "email.user": "user",
    "email.from": "from_address",
    "email.from-name": "from_name",
    "email.reply-to": "reply_to",
    "email.ca-file": "ca_file",
}
# Where each limits/sync key lives in AutomationSettings.
_AUTOMATION_FIELDS = {
    "paused": "paused",
    "dry-run": "dry_run",
    "order-cap": "order_cap",
    "buyer-daily-cap": "buyer_daily_cap",
    "daily-budget": "daily_budget",
    "daily-count": "daily_count",
    "breaker-threshold": "breaker_threshold",
    "sync-interval": "sync_interval_seconds",
    "backfill-days": "backfill_days",
}

DESCRIPTION = (
    "What the app's Settings screen sets, for a shop PC without the GUI.\n\nkeys:\n"
    + ("\n".join(f"  {k.name:<20} {k.help}" for k in KEYS.values()))
    + (
        "\n\nSeveral KEY VALUE pairs in one `set` are saved together (the e-mail settings are "
        "checked as a whole):\n  refunddesk settings set email.host smtp.example.pl "
        "email.from shop@example.pl email.user shop\n"
        'Amounts are in PLN unless a currency follows: order-cap "250 EUR"; none removes a limit.'
    )
)


def add_parsers(sub: Any) -> None:
    p = sub.add_parser(
        "settings",
        help="show or change the settings (limits, sync, notices)",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.set_defaults(handler=cmd_settings)
    actions = p.add_subparsers(dest="settings_command", metavar="action", required=True)
    show = actions.add_parser("show", help="every setting and its value")
    show.add_argument("--json", action="store_true", help="one JSON object")
    change = actions.add_parser("set", help="change settings: KEY VALUE [KEY VALUE ...]")
    change.add_argument("pairs", nargs="+", metavar="KEY VALUE")
    actions.add_parser("reset-breaker", help="close the circuit breaker: refunds are sent again")


def cmd_settings(args: argparse.Namespace) -> int:
    changes = _pairs(args.pairs) if args.settings_command == "set" else {}
    ctx = context(args)
    try:
        if args.settings_command == "show":
            return _show(ctx, as_json=args.json)
        if args.settings_command == "reset-breaker":
            review.reset_circuit_breaker(ctx.db)
            print("Circuit breaker reset: refunds are sent again.")
            return 0
        _apply(ctx, changes)
        print(render(msg("cli.settings_saved", keys=", ".join(changes)), output_language(args)))
        return 0
    finally:
        ctx.close()


def _pairs(words: list[str]) -> dict[str, str]:
    if len(words) % 2:
        raise UsageError(said=msg("cli.value.missing"))
    pairs: dict[str, str] = {}
    for key, value in zip(words[::2], words[1::2], strict=True):
        if key not in KEYS:
            raise UsageError(
                said=msg("cli.value.not_a_setting", key=repr(key), keys=", ".join(KEYS))
            )
        if len(value) > MAX_VALUE_LENGTH:
            raise UsageError(said=msg("cli.value.too_long", key=key))
        pairs[key] = value
    return pairs


def _values(ctx: AppContext) -> dict[str, Any]:
    view = service.load_view(ctx.db, ctx.secrets, paths.data_dir())
    a = view.automation
    values: dict[str, Any] = {
        name: _plain(getattr(a, field)) for name, field in _AUTOMATION_FIELDS.items()
    }
    values["breaker-open"] = a.breaker_open
    # One choice per shop (shop backlog SHOP MODE); shown as one word when they agree.
    modes = sorted({info.backlog_mode for info in view.shops})
    values["backlog"] = modes[0] if len(modes) == 1 else ("mixed" if modes else None)
    values["notify-by-default"] = view.notify_by_default
    for name, field in _SMTP_FIELDS.items():
        values[name] = None if view.smtp is None else getattr(view.smtp, field)
    values["email.password"] = "saved" if view.smtp_password_saved else None
    values.update(_channel_values(ctx))
    values["database"] = view.database_url
    values["data-dir"] = str(view.data_dir)
    values["keyring"] = view.keyring.name or view.keyring.error
    return values


def _channel_values(ctx: AppContext) -> dict[str, Any]:
    """SMS and alert settings; secrets only as "saved", alert channels by name."""
    sms = channels.load_sms(ctx.db, ctx.secrets)
    alerts = channels.load_alerts(ctx.db, ctx.secrets)
    names = dict(sms.shops)
    return {
        "sms.enabled": sms.config.enabled,
        "sms.sender": sms.config.sender,
        "sms.diacritics": sms.config.keep_diacritics,
        "sms.api-url": sms.config.base_url,
        "sms.token": "saved" if sms.token_saved else None,
        "sms.off-for-shops": ", ".join(names.get(i, str(i)) for i in sms.config.shops_off) or None,
        "alerts.enabled": alerts.config.enabled,
        "alerts.language": alerts.config.language,
        "alerts.digest-hour": alerts.config.digest_hour,
        "alerts.channels": ", ".join(alerts.config.channels) or None,
    }


def _plain(value: Any) -> Any:
    return str(value) if isinstance(value, Money) else value


def _show(ctx: AppContext, *, as_json: bool) -> int:
    values = _values(ctx)
    if as_json:
        print(json.dumps(values, ensure_ascii=False, sort_keys=True))
        return 0
    for name, value in values.items():
        shown = "none" if value is None else ("on" if value is True else "off")
        if not isinstance(value, bool) and value is not None:
            shown = str(value)
        print(f"{name:<20} {shown}")
    return 0


def _apply(ctx: AppContext, changes: dict[str, str]) -> None:
    """Saves ``changes`` together: every group is checked before any is saved, so a refused
    value leaves every setting as it was (each group is saved by its own service, and
    `dry-run off sync-interval 5` saved dry-run before the interval was refused)."""
    view = service.load_view(ctx.db, ctx.secrets, paths.data_dir())
    automation = view.automation
    parsed = {}
    for name, text in changes.items():
        current = (
            getattr(automation, _AUTOMATION_FIELDS[name]) if name in _AUTOMATION_FIELDS else None
        )
        parsed[name] = KEYS[name].parse(text, current)
    groups = {KEYS[name].group for name in parsed}
    updated: AutomationSettings = replace(
        automation,
        **{_AUTOMATION_FIELDS[n]: v for n, v in parsed.items() if n in _AUTOMATION_FIELDS},
    )
    sms = alerts = None
    problems: list[Said] = []
    if "limits" in groups:
        problems += service.limit_problems(
            order_cap=updated.order_cap,
            buyer_daily_cap=updated.buyer_daily_cap,
            daily_budget=updated.daily_budget,
            daily_count=updated.daily_count,
            breaker_threshold=updated.breaker_threshold,
        )
    if "sync" in groups:
        problems += service.sync_problems(updated.sync_interval_seconds, updated.backfill_days)
    if "sms" in groups:
        sms = channels.load_sms(ctx.db, ctx.secrets).config
        sms = replace(
            sms,
            enabled=parsed.get("sms.enabled", sms.enabled),
            sender=parsed.get("sms.sender", sms.sender),
            keep_diacritics=parsed.get("sms.diacritics", sms.keep_diacritics),
            base_url=parsed.get("sms.api-url", sms.base_url),
        )
        problems += channels.sms_problems(ctx.secrets, sms)
    if "alerts" in groups:
        alerts = channels.load_alerts(ctx.db, ctx.secrets).config
        alerts = replace(
            alerts,
            enabled=parsed.get("alerts.enabled", alerts.enabled),
            language=parsed.get("alerts.language", alerts.language),
            digest_hour=parsed.get("alerts.digest-hour", alerts.digest_hour),
        )
        problems += channels.alert_problems(alerts.language, alerts.digest_hour)
    if problems:
        raise service.SettingsProblem(problems)
    if "notices" in groups:  # checks its e-mail settings itself, before the rest is saved
        _save_notices(ctx, view, parsed)
    if "limits" in groups:
        service.save_limits(
            ctx.db,
            order_cap=updated.order_cap,
            buyer_daily_cap=updated.buyer_daily_cap,
            daily_budget=updated.daily_budget,
            daily_count=updated.daily_count,
            breaker_threshold=updated.breaker_threshold,
            dry_run=updated.dry_run,
            paused=updated.paused,
        )
    if "sync" in groups:
        service.save_sync(
            ctx.db,
            interval_seconds=updated.sync_interval_seconds,
            backfill_days=updated.backfill_days,
        )
    if "shops" in groups:
        # Cases still waiting are decided again under the new choice (services.shops).
        for info in view.shops:
            shops.set_backlog_mode(ctx.db, info.id, parsed["backlog"])
    if sms is not None:
        channels.save_sms(ctx.db, ctx.secrets, sms)
    if alerts is not None:
        channels.save_alerts(
            ctx.db,
            enabled=alerts.enabled,
            language=alerts.language,
            events=alerts.events,
            digest_hour=alerts.digest_hour,
        )


def _save_notices(ctx: AppContext, view: service.SettingsView, parsed: dict[str, Any]) -> None:
    smtp = view.smtp
    smtp_changes = {_SMTP_FIELDS[n]: v for n, v in parsed.items() if n in _SMTP_FIELDS}
    if smtp_changes:
        base = smtp or SmtpConfig(host="")
        if "security" in smtp_changes and "port" not in smtp_changes:
            smtp_changes["port"] = DEFAULT_PORTS[smtp_changes["security"]]
        smtp = replace(base, **smtp_changes)
    password = ""
    if "email.password" in parsed:
        password = _password(parsed["email.password"])
        if smtp is None:
            raise UsageError(said=msg("cli.value.password_first"))
    try:
        service.save_notices(
            ctx.db,
            ctx.secrets,
            notify_by_default=parsed.get("notify-by-default", view.notify_by_default),
            smtp=smtp,
            password=password,
        )
    except service.SettingsProblem as problem:
        if view.smtp is not None or not smtp_changes:
            raise
        # The first e-mail setup: one key at a time cannot pass the whole check, and the
        # merchant who set only the port was told about the server and the sender.
        hint = msg("settings_problem.smtp_first")
        raise service.SettingsProblem([*problem.problems, hint]) from None


def _password(value: str) -> str:
    if value == "-":
        value = sys.stdin.readline(MAX_VALUE_LENGTH + 1).strip()
        if not value:
            raise UsageError(said=msg("cli.value.no_password"))
        return value
    warn(
        VISIBLE_SECRET_WARNING.format(
            what="A password",
            instead="give - as the value and the password on standard input instead.",
        )
    )
    return value
