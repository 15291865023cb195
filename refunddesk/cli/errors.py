"""The one error layer of the command line: a person's mistake is a message and an exit code.

Known errors are classified by type (never by message text) into a plain paragraph on stderr
and exit code 2 (usage: what was typed is wrong) or 1 (failure: it could not be done); a
database that cannot be used keeps its own codes (store/problems.py). Anything else is a bug and
goes on to the crash reporter.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import requests
from sqlalchemy import exc as sa_exc

from refunddesk.domain.messages import Message, Said, Value, msg, render
from refunddesk.domain.money import MoneyError
from refunddesk.domain.rules_json import RulesFileError
from refunddesk.infra.logging import redact
from refunddesk.infra.secrets import KeyringLocked, SecretsError
from refunddesk.marketplace.allegro.auth import ClientRejected
from refunddesk.marketplace.allegro.environments import InsecureEnvironmentError
from refunddesk.marketplace.base import MarketplaceError, NetworkError
from refunddesk.marketplace.error_words import error_message
from refunddesk.services.review import ReviewError
from refunddesk.services.settings import SettingsProblem
from refunddesk.services.shops import ShopError
from refunddesk.store.problems import DatabaseProblem

log = logging.getLogger(__name__)

EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130

PROG = "refunddesk"


class CliError(Exception):
    """A command cannot do what was asked; the message is for the person who typed it.

    Given as ``said`` (a catalogue message), it is said in the output language; ``str()``
    is English, for the log."""

    exit_code = EXIT_FAILURE

    def __init__(self, message: str = "", *, said: Said | None = None) -> None:
        self.said = said
        super().__init__(message or (render(said, "en") if said is not None else ""))

    def text(self, language: str) -> str:
        return render(self.said, language) if self.said is not None else str(self)


class UsageError(CliError):
    """What was typed cannot work (a bad value, a missing secret): exit code 2."""

    exit_code = EXIT_USAGE


@dataclass(frozen=True, slots=True)
class Explained:
    message: str
    exit_code: int


# Database errors that say the database cannot be reached or read, not that our SQL is wrong.
_DATABASE_BUGS = (
    sa_exc.IntegrityError,
    sa_exc.ProgrammingError,
    sa_exc.DataError,
    sa_exc.InternalError,
    sa_exc.NotSupportedError,
)

_FAILURES: tuple[type[BaseException], ...] = (
    ShopError,
    ReviewError,
    RulesFileError,
    SecretsError,
)


def explain(exc: BaseException, language: str = "en") -> Explained | None:
    """The message and exit code for an expected error, or None for a bug, said in
    ``language`` (what the system or a server said is passed on as it came)."""

    def said(code: str, **values: Value) -> str:
        return render(msg(code, **values), language)

    if isinstance(exc, CliError):
        return Explained(exc.text(language), exc.exit_code)
    if isinstance(exc, DatabaseProblem):
        # Damaged, too new, locked, read-only or a full disk: `db --help` lists their own codes.
        return Explained(exc.text(language), exc.exit_code)
    if isinstance(exc, InsecureEnvironmentError):
        return Explained(render(msg("cli.address_refused", why=exc.said), language), EXIT_USAGE)
    if isinstance(exc, NetworkError):
        return Explained(render(_network_message(exc), language), EXIT_FAILURE)
    if isinstance(exc, ClientRejected):
        return Explained(said("cli.client_rejected", detail=str(exc)), EXIT_FAILURE)
    if isinstance(exc, MarketplaceError):
        headline = render(error_message(exc), language)
        return Explained(f"{headline} ({exc})", EXIT_FAILURE)
    if isinstance(exc, SettingsProblem):
        return Explained(exc.text(language), EXIT_USAGE)
    if isinstance(exc, MoneyError):
        return Explained(said("cli.not_an_amount", detail=str(exc)), EXIT_USAGE)
    if isinstance(exc, ShopError | ReviewError | RulesFileError):
        return Explained(exc.text(language), EXIT_FAILURE)
    if isinstance(exc, SecretsError) and language != "en":
        # The English text carries the platform's install steps; the others say what to do.
        code = "cli.keyring_locked" if isinstance(exc, KeyringLocked) else "cli.no_keyring"
        return Explained(said(code), EXIT_FAILURE)
    if isinstance(exc, _FAILURES):
        return Explained(str(exc), EXIT_FAILURE)
    if isinstance(exc, sa_exc.ArgumentError):
        return Explained(said("cli.bad_database_url"), EXIT_USAGE)
    if isinstance(exc, sa_exc.DBAPIError) and not isinstance(exc, _DATABASE_BUGS):
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else type(exc).__name__
        return Explained(said("cli.database_unusable", reason=reason), EXIT_FAILURE)
    if isinstance(exc, OSError):
        return Explained(render(_os_message(exc), language), EXIT_FAILURE)
    return None


def _network_message(exc: NetworkError) -> Message:
    # The marketplace hides the requests exception behind its own; its context says why.
    cause = exc.__cause__ or exc.__context__
    if isinstance(cause, requests.exceptions.SSLError):
        return msg("cli.certificate_refused")
    return msg("cli.network", detail=str(exc))


def _os_message(exc: OSError) -> Said:
    where = str(exc.filename or "")
    why = exc.strerror or type(exc).__name__  # the system's own words
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return msg("cli.os.may_not_write", where=where, why=why)
    if exc.errno in (errno.EEXIST, errno.ENOTDIR):
        return msg("cli.os.not_a_folder", where=where)
    if exc.errno == errno.ENOENT:
        if exc.filename and not Path(exc.filename).parent.exists():
            # Writing into a folder that is not there: the folder is what is missing.
            return msg("cli.os.no_folder", folder=str(Path(exc.filename).parent), file=where)
        return msg("cli.os.not_there", where=where)
    if exc.errno == errno.ENOSPC:
        return msg("cli.os.disk_full", where=where)
    return f"{why}: {where}" if where else why


def report(explained: Explained) -> int:
    """Print the message on stderr (secrets redacted) and return its exit code."""
    print(f"{PROG}: {redact(explained.message)}", file=sys.stderr)
    return explained.exit_code


def guarded(action: Callable[[], int], language: Callable[[], str] = lambda: "en") -> int:
    """Run ``action``; expected errors become a message (in ``language()``) and an exit code,
    bugs propagate."""
    try:
        return action()
    except KeyboardInterrupt:  # how people stop a command, not a crash
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # Whoever read the output stopped (`refunddesk rules list | head -4`): nothing to say.
        # Python flushes stdout again on exit; pointed at nothing, that flush is quiet too.
        with contextlib.suppress(OSError):
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_FAILURE
    except Exception as exc:
        explained = explain(exc, language())
        if explained is None:
            raise
        # The file log keeps the kind of error; the console shows only the plain message.
        log.info("command stopped: %s: %s", type(exc).__name__, explained.message)
        return report(explained)
