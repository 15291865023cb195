"""Buyer notices by e-mail through a real SMTP server on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from refunddesk.domain.messages import render, render_text
from refunddesk.infra.secrets import Secrets
from refunddesk.notify.email import (
    SmtpConfig,
    build_email,
    load_smtp_config,
    save_smtp_config,
    send_email,
)
from refunddesk.notify.errors import EmailRefused, EmailUnreachable
from refunddesk.notify.service import send_pending_notices
from refunddesk.store.database import Database
from tests.support.keyring import MemoryKeyring
from tests.support.smtp import SmtpServer, SmtpServerFactory, free_port
from tests.unit.notify.builders import (
    NOW,
    FakeMessaging,
    add_refund,
    add_shop,
    new_database,
    notices,
)


def _config(server: SmtpServer, **changes: object) -> SmtpConfig:
    values: dict[str, object] = {
        "host": server.host,
        "port": server.port,
        "from_address": "sklep@lipowa.example",
        "from_name": "Herbaciarnia Lipowa",
        "security": "none",
        "reply_to": "kontakt@lipowa.example",
        "timeout_s": 5,
    }
    values.update(changes)
    return SmtpConfig(**values)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = new_database(tmp_path)
    yield database
    database.dispose()


def test_a_notice_arrives_with_utf8_body_and_proper_headers(smtp_server: SmtpServer) -> None:
    config = _config(smtp_server)
    body = "Dzień dobry,\n\nzwróciliśmy 159,98 zł. Pieniądze wracają tą samą metodą płatności.\n"
    message = build_email(
        config, "anna@example.com", "Zwrot pieniędzy – zamówienie ŻÓŁĆ-1", body, now=NOW
    )

    message_id = send_email(config, "", message)

    [mail] = smtp_server.received
    assert mail.rcpt_tos == ("anna@example.com",)
    assert mail.mail_from == "sklep@lipowa.example"
    got = mail.message
    assert got["Subject"] == "Zwrot pieniędzy – zamówienie ŻÓŁĆ-1"
    assert got["To"] == "anna@example.com"
    assert got["From"] == "Herbaciarnia Lipowa <sklep@lipowa.example>"
    assert got["Reply-To"] == "kontakt@lipowa.example"
    assert got["Message-ID"] == message_id and len(message_id) <= 64
    assert got["Auto-Submitted"] == "auto-generated"
    assert got["Date"] == "Fri, 14 Mar 2025 12:00:00 +0000"
    assert got.get_content_type() == "text/plain"
    assert got.get_content_charset() == "utf-8"
    assert got.get_content().replace("\r\n", "\n") == body
    # Non-ASCII never travels raw in the headers.
    assert "Zwrot pieni\u0119dzy".encode() not in mail.raw.split(b"\r\n\r\n", 1)[0]


def test_the_password_comes_from_the_keyring_and_is_used_to_log_in(
    smtp_server_factory: SmtpServerFactory, db: Database, memory_keyring: MemoryKeyring
) -> None:
    server = smtp_server_factory(credentials=("sklep", "tajne-hasło"))
    config = _config(server, user="sklep")
    shop = add_shop(db)
    intent = add_refund(db, shop, login="anna_k", email="anna@example.com", language="cs-CZ")
    with db.transaction() as s:
        save_smtp_config(s, config)
    Secrets().set(config.password_key, "tajne-hasło")

    report = send_pending_notices(db, shop, FakeMessaging(), NOW)

    assert report.sent == 2
    assert server.logins == [("sklep", "tajne-hasło")]
    [mail] = server.received
    assert mail.message["Subject"].startswith("Vrácení peněz za zrušenou objednávku 0c6f6e1a")
    assert "a proto jsme Vám vrátili 159,98\u00a0PLN" in mail.message.get_content()
    rows = {r.channel: r for r in notices(db, intent)}
    assert rows["email"].status == "sent" and rows["email"].recipient == "anna@example.com"
    assert rows["email"].external_id == mail.message["Message-ID"]
    # The password is in the keyring only, never in the settings table.
    with db.sessions() as s:
        assert "tajne" not in str(load_smtp_config(s))
        assert "tajne" not in str(s.connection().exec_driver_sql("select * from settings").all())


def test_both_channels_go_out_once_even_when_run_again(
    smtp_server: SmtpServer, db: Database
) -> None:
    shop = add_shop(db)
    add_refund(db, shop, login="a", email="a@example.com", language="en-GB")
    add_refund(db, shop, login="b", email="", language="pl-PL")  # no e-mail: message only
    with db.transaction() as s:
        save_smtp_config(s, _config(smtp_server))
    market = FakeMessaging()

    first = send_pending_notices(db, shop, market, NOW)
    second = send_pending_notices(db, shop, market, NOW)

    assert first.sent == 3 and second.outcomes == []
    assert len(market.sent) == 2
    [mail] = smtp_server.received
    assert mail.message["Subject"].startswith("Refund for your cancelled order")
    assert "PLN\u00a0159.98" in mail.message.get_content()


def test_a_refused_address_fails_and_the_next_buyer_still_gets_mail(
    smtp_server: SmtpServer, db: Database
) -> None:
    shop = add_shop(db)
    bad = add_refund(db, shop, login="", email="refuse-me@example.com")
    good = add_refund(db, shop, login="", email="ok@example.com")
    with db.transaction() as s:
        save_smtp_config(s, _config(smtp_server))

    report = send_pending_notices(db, shop, None, NOW)

    assert (report.sent, report.failed) == (1, 1)
    [failed] = notices(db, bad)
    assert failed.status == "failed" and "refused the address refuse-me@example.com" in render_text(
        failed.error, "en"
    )
    assert notices(db, good)[0].status == "sent"
    assert [m.rcpt_tos for m in smtp_server.received] == [("ok@example.com",)]


def test_an_unreachable_server_defers_every_mail_without_claiming_it(db: Database) -> None:
    shop = add_shop(db)
    add_refund(db, shop, login="", email="a@example.com")
    add_refund(db, shop, login="", email="b@example.com")
    config = SmtpConfig(
        host="127.0.0.1", port=free_port(), from_address="sklep@lipowa.example", security="none"
    )
    with db.transaction() as s:
        save_smtp_config(s, config)

    report = send_pending_notices(db, shop, None, NOW)

    assert report.sent == 0 and report.deferred == 1  # the second is not even tried
    assert "could not be reached" in report.problems[0]
    assert notices(db) == []
    # Said in the merchant's words, not as "[Errno 111] Connection refused".
    message = build_email(config, "a@example.com", "Zwrot", "Zwrócone.", now=NOW)
    with pytest.raises(EmailUnreachable) as caught:
        send_email(config, "", message)
    assert caught.value.said is not None
    polish = render(caught.value.said, "pl")
    assert "serwer odrzucił połączenie (czy port jest właściwy?)" in polish
    assert "Errno" not in polish


def test_a_missing_password_keeps_mail_waiting_with_a_plain_problem(
    smtp_server: SmtpServer, db: Database
) -> None:
    shop = add_shop(db)
    add_refund(db, shop, login="", email="a@example.com")
    with db.transaction() as s:
        save_smtp_config(s, _config(smtp_server, user="sklep"))

    report = send_pending_notices(db, shop, None, NOW)

    assert report.outcomes == [] and smtp_server.received == []
    assert "No password is saved for the SMTP account sklep@127.0.0.1" in report.problems[0]


def test_starttls_is_never_silently_dropped(smtp_server: SmtpServer) -> None:
    config = _config(smtp_server, security="starttls", user="sklep")
    message = build_email(config, "a@example.com", "x", "y\n", now=NOW)
    with pytest.raises(EmailUnreachable, match="does not offer STARTTLS"):
        send_email(config, "secret", message)
    assert smtp_server.received == []


def test_header_injection_through_the_address_is_refused(smtp_server: SmtpServer) -> None:
    config = _config(smtp_server)
    with pytest.raises(EmailRefused):
        build_email(config, "a@example.com\nBcc: all@example.com", "x", "y\n", now=NOW)
    message = build_email(config, "a@example.com", "Zwrot\nBcc: all@example.com", "y\n", now=NOW)
    assert "Bcc" not in message and message["Subject"] == "Zwrot Bcc: all@example.com"


def test_settings_round_trip_and_explain_what_is_wrong(db: Database) -> None:
    config = SmtpConfig(host="smtp.example.com", port=465, user="u", from_address="a@b.pl")
    with db.transaction() as s:
        save_smtp_config(s, config)
    with db.sessions() as s:
        assert load_smtp_config(s) == config
    assert config.problems() == []
    assert config.account == "u@smtp.example.com"
    broken = SmtpConfig(host="", port=0, from_address="nope", security="tls")
    assert len(broken.problems()) == 4
    spaced = SmtpConfig(host="smtp example.com", from_address="a@b.pl").problems()
    assert [render(said, "en") for said in spaced] == [
        "A server name has no spaces: smtp example.com."
    ]
    unset = [render(said, "en") for said in SmtpConfig(host="smtp.example.com").problems()]
    assert unset == ["Enter the e-mail address notices are sent from."]
    assert render(SmtpConfig(host="h", from_address="nope").problems()[0], "pl") == (
        "'nope' nie jest adresem e-mail, z którego można wysyłać."
    )


def test_a_wrong_password_keeps_mail_waiting_and_says_so(
    smtp_server_factory: SmtpServerFactory, db: Database
) -> None:
    server = smtp_server_factory(credentials=("sklep", "right"))
    config = _config(server, user="sklep")
    shop = add_shop(db)
    add_refund(db, shop, login="", email="a@example.com")
    with db.transaction() as s:
        save_smtp_config(s, config)
    Secrets().set(config.password_key, "wrong")

    report = send_pending_notices(db, shop, None, NOW)

    assert server.logins == [("sklep", "wrong")] and server.received == []
    assert report.deferred == 1 and "refused the login for sklep" in report.problems[0]
    assert notices(db) == []  # nothing claimed: it goes out once the password is fixed

    Secrets().set(config.password_key, "right")
    assert send_pending_notices(db, shop, None, NOW).sent == 1
    assert len(server.received) == 1
