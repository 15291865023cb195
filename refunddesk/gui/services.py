"""What every screen gets: the app context, background operations, and "what changed" news.

Screens never query the database or the network on the GUI thread: they call ``run()`` with a
plain function (a query or a service call from refunddesk.store / refunddesk.services), and
get the result back on the GUI thread through a signal (model: anki's qt/aqt/operations).
After changing something, a screen calls ``notify(Changes(...))`` so the others refresh only
what concerns them (model: anki's OpChanges).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from refunddesk.services.context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Changes:
    """Which kinds of data changed; a screen refreshes when one it shows is set."""

    refunds: bool = False
    review: bool = False
    orders: bool = False
    rules: bool = False
    settings: bool = False
    shops: bool = False
    automation: bool = False  # worker state, last sync, alerts

    @classmethod
    def everything(cls) -> Changes:
        return cls(True, True, True, True, True, True, True)

    def __or__(self, other: Changes) -> Changes:
        return Changes(*(a or b for a, b in zip(_fields(self), _fields(other), strict=True)))

    @property
    def any(self) -> bool:
        return any(_fields(self))


def _fields(c: Changes) -> tuple[bool, ...]:
    return (c.refunds, c.review, c.orders, c.rules, c.settings, c.shops, c.automation)


class _Relay(QObject):
    """Lives on the GUI thread; its queued signals carry results back from the pool."""

    done = Signal(object, object)  # callback, result
    failed = Signal(object, object)  # callback, exception


class _Op(QRunnable):
    def __init__(
        self,
        fn: Callable[[], Any],
        relay: _Relay,
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None],
    ) -> None:
        super().__init__()
        self._fn, self._relay, self._on_done, self._on_error = fn, relay, on_done, on_error

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as exc:  # delivered to the GUI thread, never swallowed
            self._relay.failed.emit(self._on_error, exc)
            return
        self._relay.done.emit(self._on_done, result)


class GuiServices(QObject):
    """Owned by the application; handed to every screen."""

    changed = Signal(object)  # Changes, always on the GUI thread
    # "Run the worker's next round now" (a notice allowed to go again); the app connects it.
    worker_wake_requested = Signal()

    def __init__(
        self,
        ctx: AppContext,
        parent: QObject | None = None,
        *,
        pool: QThreadPool | None = None,
        on_unexpected: Callable[[BaseException], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pool = pool or QThreadPool(self)
        self._pool.setMaxThreadCount(max(2, self._pool.maxThreadCount()))
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver)
        self._relay.failed.connect(self._deliver)
        self._on_unexpected = on_unexpected or _log_unexpected
        self._pending = 0

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``fn`` on a worker thread; ``on_done(result)`` / ``on_error(exc)`` on this one.

        With ``owner`` (by default the QObject a bound-method callback belongs to), the callbacks
        are dropped if the owner was destroyed meanwhile (a screen closed before its page
        arrived), instead of touching a deleted widget.
        """
        owner = owner or _bound_qobject(on_done) or _bound_qobject(on_error)
        if owner is not None:
            on_done = _while_alive(owner, on_done)
            on_error = _while_alive(owner, on_error or self._on_unexpected)
        self._pending += 1
        self._pool.start(_Op(fn, self._relay, on_done, on_error or self._on_unexpected))

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self._pending -= 1
        if callback is not None:
            callback(value)

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait_idle(self, msecs: int = 10_000) -> bool:
        """For tests and shutdown: wait for running operations (results still need the loop)."""
        return self._pool.waitForDone(msecs)

    def notify(self, changes: Changes) -> None:
        if changes.any:
            self.changed.emit(changes)


def _bound_qobject(callback: Callable[..., Any] | None) -> QObject | None:
    target = getattr(callback, "__self__", None)
    return target if isinstance(target, QObject) else None


def _while_alive(owner: QObject, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
    def guarded(value: Any) -> None:
        if callback is not None and shiboken6.isValid(owner):
            callback(value)

    return guarded


def _log_unexpected(exc: BaseException) -> None:
    log.error("background operation failed", exc_info=(type(exc), exc, exc.__traceback__))
