"""The work behind the connect dialog, run on pool threads: add, device flow, poll, clean up.

Nothing here touches Qt. One :class:`ShopConnection` is one device flow for one shop; it owns the
rule that a shop added for this flow is removed again when the flow ends without approval, even
when the dialog is closed while a poll is still on its way.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from enum import StrEnum

from refunddesk.marketplace.allegro.auth import AllegroAuth, DeviceCode, PollStatus
from refunddesk.marketplace.base import MarketplaceError, NetworkError
from refunddesk.services import shops
from refunddesk.services.context import AppContext

# A network blip while the merchant is still reading the code should not end the flow;
# this many failed polls in a row does.
NETWORK_TRIES = 3


class Outcome(StrEnum):
    CONNECTED = "CONNECTED"
    DENIED = "DENIED"
    EXPIRED = "EXPIRED"
    INVALID = "INVALID"
    NETWORK = "NETWORK"  # Allegro (or the demo shop) could not be reached
    REFUSED = "REFUSED"  # another expected MarketplaceError, e.g. the client id was refused
    CANCELLED = "CANCELLED"


@dataclass(frozen=True, slots=True)
class ConnectRequest:
    """What the merchant typed; the secret goes straight to the keyring."""

    name: str
    environment: str  # "demo", "sandbox" or "production"
    client_id: str
    client_secret: str = ""
    api_url: str = ""


@dataclass(frozen=True, slots=True)
class PollStep:
    """One poll's meaning for the dialog: finished (``outcome``) or wait ``interval`` seconds."""

    outcome: Outcome | None
    interval: int
    slowed_down: bool = False
    network_trouble: bool = False
    error: MarketplaceError | None = None


_FINAL = {
    PollStatus.DENIED: Outcome.DENIED,
    PollStatus.EXPIRED: Outcome.EXPIRED,
    PollStatus.INVALID: Outcome.INVALID,
}


class ShopConnection:
    """A running device flow; every method may block (network, database): call off the GUI."""

    def __init__(
        self,
        ctx: AppContext,
        shop: shops.ShopInfo,
        auth: AllegroAuth,
        code: DeviceCode,
        *,
        is_new: bool,
    ) -> None:
        self._ctx = ctx
        self.shop = shop
        self._auth = auth
        self.code = code
        self.is_new = is_new
        self._lock = threading.Lock()
        self._polling = False
        self._cancelled = False
        self._finished = False
        self._network_failures = 0

    # -- starting -------------------------------------------------------------------------

    @classmethod
    def begin_new(cls, ctx: AppContext, request: ConnectRequest) -> ShopConnection:
        """Add the shop (secret to the keyring) and ask for a device code.

        Errors from add_shop (ShopError, SecretsError, a refused URL) propagate with nothing
        stored; if asking for the code fails, the shop just added is removed again.
        """
        info = shops.add_shop(
            ctx.db,
            ctx.secrets,
            name=request.name,
            environment=request.environment,
            client_id=request.client_id,
            client_secret=request.client_secret,
            api_url=request.api_url,
            now=ctx.now(),
        )
        try:
            auth = shops.auth_for(info, ctx.secrets, now=ctx.now)
            code = auth.start_device_flow()
        except BaseException:
            shops.remove_shop(ctx.db, ctx.secrets, info.id)
            raise
        return cls(ctx, info, auth, code, is_new=True)

    @classmethod
    def begin_reconnect(cls, ctx: AppContext, shop_id: int) -> ShopConnection:
        """A new device flow for a shop that exists already; nothing is removed if it fails."""
        info = shops.get_shop(ctx.db, shop_id)
        auth = shops.auth_for(info, ctx.secrets, now=ctx.now)
        return cls(ctx, info, auth, auth.start_device_flow(), is_new=False)

    # -- running --------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        with self._lock:
            return self._finished

    def poll(self) -> PollStep:
        """Ask Allegro once; on approval the shop is marked connected before this returns."""
        with self._lock:
            if self._finished or self._cancelled:
                return PollStep(Outcome.CANCELLED, self.code.interval)
            self._polling = True
        try:
            result = self._auth.poll_once(self.code)
        except NetworkError as exc:
            return self._after_network_error(exc)
        except MarketplaceError as exc:
            self._end(approved=False)
            return PollStep(Outcome.REFUSED, self.code.interval, error=exc)
        except BaseException:
            self._end(approved=False)
            raise
        with self._lock:
            self._polling = False
            self._network_failures = 0
            cancelled = self._cancelled
        if result.status is PollStatus.APPROVED:
            # Cancelled while the approval was on its way: the merchant asked for nothing.
            if cancelled:
                self._end(approved=False)
                return PollStep(Outcome.CANCELLED, result.interval)
            shops.mark_connected(self._ctx.db, self.shop.id, self._ctx.now())
            self._end(approved=True)
            return PollStep(Outcome.CONNECTED, result.interval)
        if cancelled:
            self._end(approved=False)
            return PollStep(Outcome.CANCELLED, result.interval)
        final = _FINAL.get(result.status)
        if final is not None:
            self._end(approved=False)
            return PollStep(final, result.interval)
        slowed = result.status is PollStatus.SLOW_DOWN
        self.code = replace(self.code, interval=result.interval)
        return PollStep(None, result.interval, slowed_down=slowed)

    def _after_network_error(self, exc: NetworkError) -> PollStep:
        with self._lock:
            self._polling = False
            self._network_failures += 1
            failures, cancelled = self._network_failures, self._cancelled
        if cancelled or failures >= NETWORK_TRIES:
            self._end(approved=False)
            outcome = Outcome.CANCELLED if cancelled else Outcome.NETWORK
            return PollStep(outcome, self.code.interval, error=exc)
        return PollStep(None, self.code.interval, network_trouble=True, error=exc)

    def cancel(self) -> None:
        """The merchant gave up: forget a shop added for this flow (now, or after the poll)."""
        with self._lock:
            self._cancelled = True
            if self._polling or self._finished:
                return
        self._end(approved=False)

    def _end(self, *, approved: bool) -> None:
        with self._lock:
            if self._finished:
                return
            self._finished = True
            self._polling = False
        if not approved and self.is_new:
            shops.remove_shop(self._ctx.db, self._ctx.secrets, self.shop.id)
