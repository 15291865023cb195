"""Buyer notices in the merchant's words: channels, statuses and why one waits for a person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from refunddesk.domain.messages import render_text
from refunddesk.gui.i18n import current_language
from refunddesk.queries.notices import NoticeProblem


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a text for lupdate (it matches this name); translated where it is shown."""
    return source


_CHANNELS = {
    "allegro_message": QT_TRANSLATE_NOOP("NoticeWords", "Allegro message"),
    "email": QT_TRANSLATE_NOOP("NoticeWords", "E-mail"),
    "sms": QT_TRANSLATE_NOOP("NoticeWords", "SMS"),
}
_FAILED = QT_TRANSLATE_NOOP("NoticeWords", "Notice failed")
_UNKNOWN = QT_TRANSLATE_NOOP("NoticeWords", "Notice may not have arrived")
# For table cells, where the words above would be cut; the tooltip has them whole.
_FAILED_SHORT = QT_TRANSLATE_NOOP("NoticeWords", "Not sent")
_UNKNOWN_SHORT = QT_TRANSLATE_NOOP("NoticeWords", "Unsure")
_NOT_SENT = QT_TRANSLATE_NOOP("NoticeWords", "The buyer notice (%1) was not sent.")
_NOT_KNOWN = QT_TRANSLATE_NOOP(
    "NoticeWords", "It is not known whether the buyer got this notice (%1)."
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoticeWords", text)


def channel_text(channel: str) -> str:
    """A notice's channel in the merchant's words."""
    return _tr(_CHANNELS[channel]) if channel in _CHANNELS else channel


def notice_status_text(status: str) -> str:
    return _tr(_FAILED if status == "failed" else _UNKNOWN)


def notice_status_short(status: str) -> str:
    return _tr(_FAILED_SHORT if status == "failed" else _UNKNOWN_SHORT)


def notice_why_text(notice: NoticeProblem) -> str:
    """Why the notice waits for a person, then the channel's own explanation."""
    head = _tr(_NOT_SENT if notice.status == "failed" else _NOT_KNOWN)
    why = render_text(notice.error, current_language())  # stored as a message, or old text
    return f"{head.replace('%1', channel_text(notice.channel))} {why}".strip()
