"""Logging: nothing secret reaches the log file, whichever way it was logged."""

from __future__ import annotations

import base64
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from refunddesk.infra import paths
from refunddesk.infra.logging import (
    LOG_FILENAME,
    REDACTED,
    forget_registered_secrets,
    redact,
    register_secret,
    setup_logging,
    teardown_logging,
)

JWT = (
    "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9."
    "eyJ1c2VyX25hbWUiOiIxMjM0NTYiLCJleHAiOjE3MDB9."
    "c2lnbmF0dXJlLW9mLXRoZS10b2tlbg"
)
BASIC = base64.b64encode(b"client-id-42:basic-pass-77").decode()
SECRETS = {
    "bearer": "opaque-bearer-Zx81kq",
    "access": "acc-token-Hq27Pw",
    "refresh": "ref-token-Lm40Tz",
    "client_secret": "cs-Jf93Xa-secret",
    "device_code": "dev-code-Yt56Rb",
    "password": "smtp-pass-Qw12Er",
    "registered": "merchant-typed-Vb34Nm",
    "traceback": "in-source-Kp09Ds",
    "jwt": JWT,
    "basic": BASIC,
}


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    forget_registered_secrets()
    path = setup_logging(logging.DEBUG, tmp_path / "logs", stderr_level=logging.CRITICAL)
    yield path
    teardown_logging()
    forget_registered_secrets()


def _contents(path: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def _fail_with_secret_in_source() -> None:
    # The secret sits in this source line, which a traceback prints verbatim.
    raise ValueError("refused: Authorization: Bearer in-source-Kp09Ds")


def test_known_secrets_never_reach_the_log_file(log_file: Path) -> None:
    log = logging.getLogger("refunddesk.test.redaction")
    register_secret(SECRETS["registered"])

    log.info("GET /order/events Authorization: Bearer %s", SECRETS["bearer"])
    log.info("headers=%s", {"Authorization": f"Bearer {SECRETS['bearer']}", "Accept": "json"})
    log.info('token response {"access_token": "%s", "refresh_token": "%s", "expires_in": 43199}',
             SECRETS["access"], SECRETS["refresh"])  # fmt: skip
    log.info("POST body grant_type=refresh_token&refresh_token=%s&client_secret=%s",
             SECRETS["refresh"], SECRETS["client_secret"])  # fmt: skip
    log.debug("poll https://allegro.pl.allegrosandbox.pl/auth/oauth/token?device_code=%s&x=1",
              SECRETS["device_code"])  # fmt: skip
    log.info("smtp login %r", {"user": "shop@example.com", "password": SECRETS["password"]})
    log.info("Authorization: Basic %s", SECRETS["basic"])
    log.info("token was %s", SECRETS["jwt"])
    log.warning("merchant typed %s into the order note", SECRETS["registered"])
    log.info("refund sent", extra={"order_id": "ORD-1", "access_token": SECRETS["access"]})
    log.info("retry", extra={"shop": 7, "request": f"Bearer {SECRETS['bearer']}"})
    try:
        raise ConnectionError(f"refresh failed for refresh_token={SECRETS['refresh']}")
    except ConnectionError:
        log.exception("token refresh crashed (%s)", SECRETS["registered"])
    try:
        _fail_with_secret_in_source()
    except ValueError:
        log.error("call failed", exc_info=True)

    text = _contents(log_file)
    leaked = {name: value for name, value in SECRETS.items() if value in text}
    assert leaked == {}
    # The lines are there, only the secrets are gone.
    assert "GET /order/events Authorization: [REDACTED]" in text
    assert '"expires_in": 43199' in text
    assert "grant_type=refresh_token&refresh_token=[REDACTED]" in text
    assert "order_id=ORD-1" in text and "shop=7" in text
    assert "Traceback (most recent call last)" in text
    assert "ConnectionError" in text and "_fail_with_secret_in_source" in text
    assert text.count(REDACTED) >= len(SECRETS)


def test_log_lives_in_the_log_dir_by_default() -> None:
    try:
        path = setup_logging(logging.INFO, stderr_level=logging.CRITICAL)
        logging.getLogger("refunddesk.test").info("hello from the default log")
        assert path == paths.log_dir() / LOG_FILENAME
        assert "hello from the default log" in _contents(path)
    finally:
        teardown_logging()


def test_setup_twice_does_not_duplicate_lines(tmp_path: Path) -> None:
    try:
        setup_logging(logging.INFO, tmp_path, stderr_level=logging.CRITICAL)
        path = setup_logging(logging.INFO, tmp_path, stderr_level=logging.CRITICAL)
        logging.getLogger("refunddesk.test").info("exactly once")
        assert _contents(path).count("exactly once") == 1
    finally:
        teardown_logging()


def test_stderr_gets_the_same_redacted_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    try:
        setup_logging(logging.INFO, tmp_path)
        logging.getLogger("refunddesk.test").warning("using Bearer %s", SECRETS["bearer"])
    finally:
        teardown_logging()
    err = capsys.readouterr().err
    assert "using Bearer [REDACTED]" in err
    assert SECRETS["bearer"] not in err


@pytest.mark.parametrize(
    "text",
    [
        "Basic settings were saved",
        "password reset link sent to the buyer",
        "refund 120.50 PLN for order 29f0a3c0",
        "customer-returns?from=2024-05-01T00:00:00Z&limit=100",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert redact(text) == text


def test_registered_secret_is_caught_url_encoded_too() -> None:
    forget_registered_secrets()
    try:
        register_secret("p@ss word/+1")
        assert "p%40ss" not in redact("url: https://x/?code=p%40ss%20word%2F%2B1")
        assert redact("tiny") == "tiny"
        register_secret("ab")  # too short to register: would shred ordinary words
        assert redact("about abc") == "about abc"
    finally:
        forget_registered_secrets()


def test_url_userinfo_is_redacted() -> None:
    assert redact("postgresql://refund:hunter22@db.local/shop") == (
        f"postgresql://refund:{REDACTED}@db.local/shop"
    )


def test_records_are_cleaned_for_every_later_handler(log_file: Path) -> None:
    # A GUI log view added after set-up formats records itself, without our formatter.
    seen: list[str] = []
    plain = logging.Formatter("%(message)s %(request)s")

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            seen.append(plain.format(record))

    collector = Collect()
    logging.getLogger().addHandler(collector)
    try:
        try:
            raise RuntimeError(f"boom client_secret={SECRETS['client_secret']}")
        except RuntimeError:
            logging.getLogger("refunddesk.test").exception(
                "with %s", SECRETS["jwt"], extra={"request": f"Bearer {SECRETS['bearer']}"}
            )
    finally:
        logging.getLogger().removeHandler(collector)
    assert len(seen) == 1
    assert "RuntimeError: boom client_secret=[REDACTED]" in seen[0]
    assert not [v for v in SECRETS.values() if v in seen[0]]
