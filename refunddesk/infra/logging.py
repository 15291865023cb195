"""Logging set-up: a rotating log file plus stderr, with secrets redacted from every record."""

from __future__ import annotations

import base64
import json
import logging
import logging.handlers
import re
import sys
import threading
import urllib.parse
from pathlib import Path
from typing import Any

from refunddesk.infra import paths
from refunddesk.infra.private_files import make_private_dir, open_private, tighten

REDACTED = "[REDACTED]"
LOG_FILENAME = "refunddesk.log"
MAX_LOG_BYTES = 2 * 1024 * 1024
LOG_BACKUPS = 5
# Shorter values would shred ordinary words out of the log; real secrets are longer anyway.
MIN_SECRET_LENGTH = 4
# Tokens rotate: keep the newest ones, forget the oldest, so the set cannot grow forever.
MAX_REGISTERED_SECRETS = 512

_FORMAT = "%(asctime)s %(levelname)-8s %(threadName)s %(name)s: %(message)s"

# -- redaction ----------------------------------------------------------------------------

_SECRET_KEYS = (
    r"(?:access_token|refresh_token|id_token|client_secret|device_code|"
    r"[a-z_]*password|passwd|secret)"
)
# A secret key in JSON, a Python repr, a form body, a query string or "key: value" text,
# followed by a quoted value (escapes allowed) or a bare one.
_KEY_VALUE = re.compile(
    rf"""(?P<key>["']?\b{_SECRET_KEYS}["']?\s*[:=](?!\s*\[REDACTED\])\s*)"""
    r"""(?:(?P<q>["'])(?:\\.|(?!(?P=q)).)*(?P=q)|(?P<bare>[^\s&"',;}\])]+))""",
    re.IGNORECASE,
)
# An Authorization header as text ("Authorization: Bearer x") or inside a dict repr.
_AUTHORIZATION = re.compile(
    r"""(?P<key>["']?\b(?:proxy-)?authorization["']?\s*[:=](?!\s*\[REDACTED\])\s*)"""
    r"""(?:(?P<q>["'])(?:\\.|(?!(?P=q)).)*(?P=q)|(?P<bare>[^\r\n]+))""",
    re.IGNORECASE,
)
_BEARER = re.compile(r"\bBearer\s+[A-Za-z0-9\-._~+/]+=*", re.IGNORECASE)
_BASIC = re.compile(r"\bBasic\s+(?P<value>[A-Za-z0-9+/]{4,}={0,2})", re.IGNORECASE)
_JWT = re.compile(r"\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_URL_USERINFO = re.compile(r"(?P<scheme>\b[a-z][a-z0-9+.-]*://[^/\s:@]+:)[^/\s@]+@", re.I)
# Extra fields (logger.info(..., extra={...})) whose *name* says they hold a secret.
_SECRET_FIELD = re.compile(r"token|secret|password|passwd|authorization|device_code", re.I)

_registered: dict[str, None] = {}  # insertion-ordered set
_registered_lock = threading.Lock()
_registered_pattern: re.Pattern[str] | None = None


def register_secret(value: str | None) -> None:
    """Make sure ``value`` never appears in a log line or crash report from now on."""
    global _registered_pattern
    if not value or len(value) < MIN_SECRET_LENGTH:
        return
    # The forms a value takes when it travels in a URL or a JSON body.
    variants = {value, urllib.parse.quote(value, safe=""), urllib.parse.quote_plus(value)}
    variants.add(json.dumps(value)[1:-1])
    with _registered_lock:
        for variant in variants:
            _registered.pop(variant, None)
            _registered[variant] = None
        while len(_registered) > MAX_REGISTERED_SECRETS * 4:
            del _registered[next(iter(_registered))]
        _registered_pattern = None


def forget_registered_secrets() -> None:
    """Drop every registered secret (for tests)."""
    global _registered_pattern
    with _registered_lock:
        _registered.clear()
        _registered_pattern = None


def _secrets_pattern() -> re.Pattern[str] | None:
    global _registered_pattern
    with _registered_lock:
        if _registered_pattern is None and _registered:
            # Longest first, so a secret that contains another is replaced whole.
            ordered = sorted(_registered, key=len, reverse=True)
            _registered_pattern = re.compile("|".join(re.escape(s) for s in ordered))
        return _registered_pattern


def _keep_key(match: re.Match[str]) -> str:
    quote = match.group("q")
    if quote:
        return f"{match.group('key')}{quote}{REDACTED}{quote}"
    return f"{match.group('key')}{REDACTED}"


def _basic_auth(match: re.Match[str]) -> str:
    # Only real credentials ("user:password" in base64), so "Basic settings" stays readable.
    try:
        decoded = base64.b64decode(match.group("value"), validate=True)
    except ValueError:
        return match.group(0)
    return f"Basic {REDACTED}" if b":" in decoded else match.group(0)


def redact(text: str) -> str:
    """``text`` with tokens, passwords, auth headers and registered secrets replaced."""
    if not text:
        return text
    pattern = _secrets_pattern()
    if pattern is not None:
        text = pattern.sub(REDACTED, text)
    text = _AUTHORIZATION.sub(_keep_key, text)
    text = _BEARER.sub(f"Bearer {REDACTED}", text)
    text = _BASIC.sub(_basic_auth, text)
    text = _KEY_VALUE.sub(_keep_key, text)
    text = _JWT.sub(REDACTED, text)
    return _URL_USERINFO.sub(lambda m: f"{m.group('scheme')}{REDACTED}@", text)


# -- records ------------------------------------------------------------------------------

_STANDARD_ATTRS = frozenset(
    logging.LogRecord("", 0, "", 0, "", None, None).__dict__.keys()
    | {"message", "asctime", "taskName"}
)
_PLAIN_TYPES = (int, float, bool, type(None))


def _extra_fields(record: logging.LogRecord) -> dict[str, Any]:
    return {k: v for k, v in record.__dict__.items() if k not in _STANDARD_ATTRS}


class RedactingFilter(logging.Filter):
    """Rewrites each record in place so no handler (or later filter) ever sees a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad %-format must not lose the record, nor leak its args
            message = f"{record.msg!r} (unformattable arguments)"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            # Format once here and drop the live traceback: frames hold locals and arguments.
            record.exc_text = logging.Formatter().formatException(record.exc_info)
            record.exc_info = None
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for name, value in _extra_fields(record).items():
            if _SECRET_FIELD.search(name) and value is not None:
                setattr(record, name, REDACTED)
            elif not isinstance(value, _PLAIN_TYPES):
                setattr(record, name, redact(value if isinstance(value, str) else repr(value)))
        return True


class RedactingFormatter(logging.Formatter):
    """Appends ``extra`` fields as ``key=value`` and redacts the finished line once more."""

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        extras = _extra_fields(record)
        if extras:
            fields = " ".join(f"{k}={v}" for k, v in sorted(extras.items()))
            head, sep, tail = line.partition("\n")
            line = f"{head} [{fields}]{sep}{tail}"
        return redact(line)


# -- the file ----------------------------------------------------------------------------


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names buyers and orders: every file it opens (rotations too) is 0600.

    A log that cannot be written (a full disk) says so once on stderr instead of a
    traceback per line.
    """

    _complained = False

    def _open(self) -> Any:
        return open_private(Path(self.baseFilename), self.mode, encoding=self.encoding)

    def handleError(self, record: logging.LogRecord) -> None:
        exc = sys.exc_info()[1]
        if not isinstance(exc, OSError):
            super().handleError(record)
            return
        if not self._complained:
            self._complained = True
            sys.stderr.write(f"RefundDesk cannot write its log {self.baseFilename}: {exc}\n")


# -- set-up -------------------------------------------------------------------------------

_installed: list[logging.Handler] = []
_previous_root_level: int | None = None
_log_file: Path | None = None


def setup_logging(
    level: int | str = logging.INFO,
    log_dir: Path | None = None,
    *,
    stderr_level: int | str | None = None,
) -> Path | None:
    """Log to ``<log_dir>/refunddesk.log`` (rotated, 5 × 2 MB, 0600) and stderr; returns the file.

    None when the log folder cannot be written (stderr only). Calling it again replaces the
    handlers it installed before.
    """
    global _previous_root_level, _log_file
    teardown_logging()
    redacting = RedactingFilter()
    formatter = RedactingFormatter(_FORMAT)
    stderr_handler = logging.StreamHandler(sys.stderr)
    stderr_handler.setLevel(stderr_level if stderr_level is not None else level)
    handlers: list[logging.Handler] = [stderr_handler]
    try:
        folder = make_private_dir(log_dir if log_dir is not None else paths.log_dir())
        log_file = folder / LOG_FILENAME
        for old in folder.glob(LOG_FILENAME + "*"):  # written by an older version
            tighten(old)
        file_handler: logging.Handler | None = PrivateRotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:  # a read-only or full data folder: the app still says why it stops
        sys.stderr.write(f"RefundDesk cannot write its log ({exc}); logging to the screen only\n")
        file_handler, log_file = None, None
    if file_handler is not None:
        file_handler.setLevel(level)
        handlers.insert(0, file_handler)
    root = logging.getLogger()
    for handler in handlers:
        handler.addFilter(redacting)
        handler.setFormatter(formatter)
        root.addHandler(handler)
        _installed.append(handler)
    _previous_root_level = root.level
    root.setLevel(min(h.level for h in handlers))
    logging.captureWarnings(True)
    _log_file = log_file
    return log_file


def teardown_logging() -> None:
    """Remove and close the handlers :func:`setup_logging` installed."""
    global _previous_root_level, _log_file
    root = logging.getLogger()
    while _installed:
        handler = _installed.pop()
        root.removeHandler(handler)
        handler.close()
    if _previous_root_level is not None:
        root.setLevel(_previous_root_level)
        _previous_root_level = None
        logging.captureWarnings(False)
    _log_file = None


def current_log_file() -> Path | None:
    """The file :func:`setup_logging` is writing to, if it was called."""
    return _log_file
