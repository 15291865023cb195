"""The expected errors of buyer notices: template problems and e-mail failures."""

from __future__ import annotations

from refunddesk.domain.messages import Message, Value, msg, render


class NoticeError(Exception):
    """An expected failure preparing or sending a buyer notice.

    Raised with a ``code`` (under ``notice_error.``) and its values, it carries the message
    (``said``) that is stored on the notice and worded in the merchant's language when shown;
    its text (``str``) is the English wording, for the log."""

    user_message: str = "The buyer notice could not be sent."

    def __init__(self, message: str = "", *, code: str = "", **values: Value) -> None:
        self.said: Message | None = msg(f"notice_error.{code}", **values) if code else None
        text = render(self.said, "en") if self.said is not None else message
        super().__init__(text or self.user_message)


class TemplateProblem(NoticeError):
    """A message template cannot be found, read or rendered."""

    user_message = "The message template has a problem."


class MissingVariable(TemplateProblem):
    """The template uses a name that RefundDesk does not provide."""

    def __init__(self, name: str, available: tuple[str, ...] = ()) -> None:
        self.name = name
        if available:
            super().__init__(code="missing_variable_hint", name=name, names=", ".join(available))
        else:
            super().__init__(code="missing_variable", name=name)


class TemplateNotAllowed(TemplateProblem):
    """The template tried something the sandbox forbids (internals, huge repetitions)."""


class MessageTooLong(TemplateProblem):
    """Even without the item list, the rendered message is longer than the channel allows."""

    def __init__(self, length: int, limit: int) -> None:
        self.length = length
        self.limit = limit
        super().__init__(code="too_long", length=length, limit=limit)


class EmailFailed(NoticeError):
    """An e-mail was not delivered to the SMTP server."""

    user_message = "The e-mail could not be sent."


class EmailNotConfigured(EmailFailed):
    """No SMTP server is set up, or its password is not in the keyring."""


class EmailUnreachable(EmailFailed):
    """The SMTP server could not be reached or refused the login: nothing was sent."""


class EmailRefused(EmailFailed):
    """The SMTP server refused this message (sender, recipient or content)."""


class EmailOutcomeUnknown(EmailFailed):
    """The connection broke while the message was being handed over: it may have been sent."""
