"""SMS text: E.164 numbers per marketplace, and parts counted the way the gateway charges."""

from __future__ import annotations

import pytest

from refunddesk.notify.sms_text import PhoneUnusable, measure, to_e164


@pytest.mark.parametrize(
    ("raw", "marketplace", "e164"),
    [
        ("600700800", "allegro-pl", "+48600700800"),
        ("+48 600-700-800", "allegro-pl", "+48600700800"),
        ("0048600700800", "allegro-pl", "+48600700800"),
        ("601 123 456", "allegro-cz", "+420601123456"),
        ("+420 601 123 456", "allegro-pl", "+420601123456"),  # a foreign buyer keeps their code
    ],
)
def test_numbers_become_e164_for_the_marketplace(raw: str, marketplace: str, e164: str) -> None:
    assert to_e164(raw, marketplace) == e164


def test_a_landline_cannot_get_an_sms() -> None:
    with pytest.raises(PhoneUnusable, match="not a mobile number"):
        to_e164("22 555 12 34", "allegro-pl")


def test_polish_letters_are_normalised_to_one_gsm_part_unless_kept() -> None:
    text = "Zwróciliśmy 159,98\u00a0zł za zamówienie. Żółć gęślą jaźń." * 2

    plain = measure(text)
    kept = measure(text, keep_diacritics=True)

    assert plain.encoding == "GSM-7" and plain.parts == 1 and "Zolc gesla jazn" in plain.text
    assert "\u00a0" not in plain.text
    assert kept.encoding == "UCS-2" and kept.parts == 2  # 106 characters: 67 a part


def test_parts_follow_the_gateway_limits() -> None:
    assert measure("a" * 160).parts == 1
    assert measure("a" * 161).parts == 2  # 153 a part once split
    assert measure("a" * 306).parts == 2 and not measure("a" * 307).fits
    assert measure("€" * 80).units == 160  # the extension table costs two
    assert measure("订" * 70).parts == 1 and measure("订" * 71).parts == 2
