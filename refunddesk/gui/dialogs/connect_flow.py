"""The work behind the connect dialog, run on pool threads: device flow, poll, store the shop.

Nothing here touches Qt. One :class:`ShopConnection` is one device flow for one shop. A new
shop is stored only once Allegro approved it (services.shops.NewShop): a refusal, an expiry,
a closed dialog or a crash leave nothing behind, and the same name can be tried again.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from enum import StrEnum

from refunddesk.infra.secrets import SecretsError
from refunddesk.marketplace.allegro.auth import AllegroAuth, DeviceCode, PollStatus
from refunddesk.marketplace.base import MarketplaceError, NetworkError
from refunddesk.services import shops
from refunddesk.services.context import AppContext


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
    error: MarketplaceError | shops.ShopError | SecretsError | None = None


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
        shop: shops.ShopInfo | shops.NewShop,
        auth: AllegroAuth,
        code: DeviceCode,
    ) -> None:
        self._ctx = ctx
        # A new shop has no row (and so no id) until Allegro approves it.
        self._new = shop if isinstance(shop, shops.NewShop) else None
        self.shop: shops.ShopInfo | None = shop if isinstance(shop, shops.ShopInfo) else None
        self.name = shop.name
        self._auth = auth
        self.code = code
        self.is_new = self._new is not None
        self._lock = threading.Lock()
        self._polling = False
        self._cancelled = False
        self._finished = False

    # -- starting -------------------------------------------------------------------------

    @classmethod
    def begin_new(cls, ctx: AppContext, request: ConnectRequest) -> ShopConnection:
        """Check the request (and the keyring) and ask for a device code; stores nothing.

        Errors (ShopError, SecretsError, a refused URL, the network) propagate.
        """
        new = shops.prepare_shop(
            ctx.db,
            ctx.secrets,
            name=request.name,
            environment=request.environment,
            client_id=request.client_id,
            client_secret=request.client_secret,
            api_url=request.api_url,
            now=ctx.now,
        )
        return cls(ctx, new, new.auth, new.auth.start_device_flow())

    @classmethod
    def begin_reconnect(cls, ctx: AppContext, shop_id: int) -> ShopConnection:
        """A new device flow for a shop that exists already; nothing is removed if it fails."""
        info = shops.get_shop(ctx.db, shop_id)
        auth = shops.auth_for(info, ctx.secrets, now=ctx.now)
        return cls(ctx, info, auth, auth.start_device_flow())

    # -- running --------------------------------------------------------------------------

    @property
    def finished(self) -> bool:
        with self._lock:
            return self._finished

    def poll(self) -> PollStep:
        """Ask Allegro once; on approval the shop is stored (or marked connected) first."""
        with self._lock:
            if self._finished or self._cancelled:
                return PollStep(Outcome.CANCELLED, self.code.interval)
            self._polling = True
        try:
            result = self._auth.poll_once(self.code)
        except NetworkError as exc:
            return self._after_network_error(exc)
        except MarketplaceError as exc:
            self._end()
            return PollStep(Outcome.REFUSED, self.code.interval, error=exc)
        except BaseException:
            self._end()
            raise
        with self._lock:
            self._polling = False
            cancelled = self._cancelled
        if result.status is PollStatus.APPROVED:
            # Cancelled while the approval was on its way: the merchant asked for nothing.
            if cancelled:
                self._end()
                return PollStep(Outcome.CANCELLED, result.interval)
            try:
                self._store_approved()
            except (shops.ShopError, SecretsError) as exc:
                # The keyring failed, or the name was taken meanwhile: nothing was stored.
                self._end()
                return PollStep(Outcome.REFUSED, result.interval, error=exc)
            except BaseException:
                self._end()
                raise
            self._end()
            return PollStep(Outcome.CONNECTED, result.interval)
        if cancelled:
            self._end()
            return PollStep(Outcome.CANCELLED, result.interval)
        final = _FINAL.get(result.status)
        if final is not None:
            self._end()
            return PollStep(final, result.interval)
        slowed = result.status is PollStatus.SLOW_DOWN
        self.code = replace(self.code, interval=result.interval)
        return PollStep(None, result.interval, slowed_down=slowed)

    def _store_approved(self) -> None:
        if self._new is not None:
            self.shop = self._new.save()
        elif self.shop is not None:
            shops.mark_connected(self._ctx.db, self.shop.id, self._ctx.now())

    def _after_network_error(self, exc: NetworkError) -> PollStep:
        # Allegro may be approving right now: keep polling until the code expires.
        with self._lock:
            self._polling = False
            cancelled = self._cancelled
        expired = self.code.seconds_left(self._ctx.now()) == 0
        if cancelled or expired:
            self._end()
            outcome = Outcome.CANCELLED if cancelled else Outcome.NETWORK
            return PollStep(outcome, self.code.interval, error=exc)
        return PollStep(None, self.code.interval, network_trouble=True, error=exc)

    def cancel(self) -> None:
        """The merchant gave up: the flow ends and nothing is stored (now, or after the poll)."""
        with self._lock:
            self._cancelled = True
            if self._polling or self._finished:
                return
        self._end()

    def _end(self) -> None:
        # A new shop is stored only on approval: ending never needs to remove anything.
        with self._lock:
            self._finished = True
            self._polling = False
