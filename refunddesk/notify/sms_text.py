"""SMS text: phone numbers in E.164 and how many parts (and which encoding) a text costs."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

from refunddesk.notify.errors import NoticeError

# Notices are short: one or two parts. A longer text is refused, not cut.
MAX_PARTS = 2

# The GSM 03.38 default alphabet; the extension table costs two septets a character.
_GSM_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
_GSM_EXTENDED = frozenset("^{}\\[~]|€\f")
# Polish letters without accents (ł has no decomposition, so it is listed).
_POLISH = str.maketrans("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ", "acelnoszzACELNOSZZ")
# Amounts carry no-break spaces ("1 234,56 zł"): a phone shows a plain space the same way.
_SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})

_MARKETPLACE_COUNTRY = {
    "allegro-pl": "PL",
    "allegro-cz": "CZ",
    "allegro-sk": "SK",
    "allegro-hu": "HU",
}
_SMS_TYPES = frozenset(
    {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE, PhoneNumberType.UNKNOWN}
)


class PhoneUnusable(NoticeError):
    """The order has no number an SMS can be sent to; the reason says why."""


@dataclass(frozen=True, slots=True)
class SmsLength:
    """What a text costs: its length in the encoding used, the encoding, and the parts."""

    text: str  # as it will be sent (after normalising when diacritics are not kept)
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    encoding: str  # "GSM-7" or "UCS-2"
    parts: int

    @property
    def fits(self) -> bool:
        return self.parts <= MAX_PARTS


def country_for(marketplace_id: str) -> str:
    """The ISO country whose numbering plan a marketplace's buyers write numbers in."""
    return _MARKETPLACE_COUNTRY.get(marketplace_id, "PL")


def to_e164(raw: str, marketplace_id: str) -> str:
    """``raw`` as +CC…, read in the marketplace's country; raises :class:`PhoneUnusable`."""
    text = raw.strip()
    if not text:
        raise PhoneUnusable(code="no_phone")
    try:
        number = phonenumbers.parse(text, country_for(marketplace_id))
    except NumberParseException as exc:
        raise PhoneUnusable(code="not_a_phone", number=repr(text)) from exc
    if not phonenumbers.is_valid_number(number):
        raise PhoneUnusable(code="invalid_phone", number=repr(text))
    if phonenumbers.number_type(number) not in _SMS_TYPES:
        raise PhoneUnusable(code="not_mobile", number=repr(text))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def sms_text(text: str, *, keep_diacritics: bool) -> str:
    """The text as the gateway will send it: plain spaces, Polish letters kept or normalised."""
    text = " ".join(text.translate(_SPACES).split())
    if keep_diacritics:
        return text
    # Like the gateway's normalize=1: letters the GSM alphabet lacks lose their accents
    # (ą → a, č → c); ones it has (é, ü) stay. Other scripts (Cyrillic, Chinese) stay as they are.
    return "".join(_plain_letter(c) for c in text.translate(_POLISH))


def _plain_letter(char: str) -> str:
    if char in _GSM_BASIC or char in _GSM_EXTENDED:
        return char
    base = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
    return base if base and all(c in _GSM_BASIC for c in base) else char


def measure(text: str, *, keep_diacritics: bool = False) -> SmsLength:
    """How the gateway counts (and charges) ``text``: GSM-7 when every character fits."""
    sent = sms_text(text, keep_diacritics=keep_diacritics)
    if all(c in _GSM_BASIC or c in _GSM_EXTENDED for c in sent):
        units = sum(2 if c in _GSM_EXTENDED else 1 for c in sent)
        single, multi, encoding = 160, 153, "GSM-7"
    else:
        # UCS-2 counts UTF-16 units: a character outside the BMP (an emoji) takes two.
        units = len(unicodedata.normalize("NFC", sent).encode("utf-16-le")) // 2
        single, multi, encoding = 70, 67, "UCS-2"
    parts = 1 if units <= single else -(-units // multi)
    return SmsLength(sent, units, encoding, parts)
