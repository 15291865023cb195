"""SMTP with the merchant's own CA: STARTTLS to aiosmtpd whose certificate a test CA signed."""

from __future__ import annotations

import ipaddress
import ssl
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from refunddesk.domain.messages import render
from refunddesk.notify.email import SmtpConfig, build_email, send_email
from refunddesk.notify.errors import EmailUnreachable
from tests.support.smtp import SmtpServer, _Handler, free_port

NOW = datetime(2026, 3, 14, 12, 0, tzinfo=UTC)


def _name(text: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, text)])


def _write_ca_and_server_cert(folder: Path) -> tuple[Path, Path, Path]:
    """A CA (its PEM is the merchant's bundle) and a 127.0.0.1 certificate it signed."""
    start, end = NOW - timedelta(days=1), NOW + timedelta(days=3650)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = (
        x509.CertificateBuilder()
        .subject_name(_name("Lipowa test CA"))
        .issuer_name(_name("Lipowa test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    server = (
        x509.CertificateBuilder()
        .subject_name(_name("127.0.0.1"))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(
            x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
            critical=False,
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca_pem, cert_pem, key_pem = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    ca_pem.write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    cert_pem.write_bytes(server.public_bytes(serialization.Encoding.PEM))
    key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return ca_pem, cert_pem, key_pem


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[SmtpServer, Path]]:
    """An SMTP server that requires STARTTLS with a certificate of its own CA; yields the CA."""
    ca_pem, cert_pem, key_pem = _write_ca_and_server_cert(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert_pem, key_pem)
    handler = _Handler()
    port = free_port()
    controller = Controller(
        handler, hostname="127.0.0.1", port=port, tls_context=context, require_starttls=True
    )
    controller.start()
    yield SmtpServer("127.0.0.1", port, handler, []), ca_pem
    controller.stop()


def _config(server: SmtpServer, ca_file: str = "") -> SmtpConfig:
    return SmtpConfig(
        host=server.host,
        port=server.port,
        from_address="sklep@lipowa.example",
        security="starttls",
        timeout_s=5,
        ca_file=ca_file,
    )


def test_starttls_trusts_the_merchants_ca_bundle(
    tls_server: tuple[SmtpServer, Path],
) -> None:
    server, ca_pem = tls_server
    message = build_email(_config(server), "anna@example.com", "Zwrot", "Zwróciliśmy.\n", now=NOW)
    # Without the bundle the server's certificate is rightly not trusted: nothing is sent.
    with pytest.raises(EmailUnreachable, match="CERTIFICATE_VERIFY_FAILED"):
        send_email(_config(server), "", message)
    assert server.received == []

    send_email(_config(server, str(ca_pem)), "", message)
    [mail] = server.received
    assert mail.rcpt_tos == ("anna@example.com",)


def test_a_bad_ca_bundle_path_is_a_plain_problem(tmp_path: Path) -> None:
    server = SmtpServer("127.0.0.1", 1, _Handler(), [])
    missing = _config(server, str(tmp_path / "nie-ma.pem"))
    assert any("does not exist" in render(p, "en") for p in missing.problems())
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate\n")
    junk_problems = _config(server, str(junk)).problems()
    assert any("could not be read as PEM" in render(p, "en") for p in junk_problems)
    assert _config(server).problems() == []
