"""The worker keeps one client per shop across rounds, and a new one once the shop is reconnected.

A client holds its tokens in memory, so a client kept after a reconnect would go on acting with
the old login (maybe another Allegro account) for as long as Allegro accepts it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from refunddesk.marketplace.allegro.auth import OAuthTokens
from refunddesk.services import shops
from tests.support.pipeline import Pipeline


def _api_tokens(pipeline: Pipeline, since: int) -> set[str]:
    """The bearer tokens of the API requests the shop saw after the first ``since`` ones."""
    exchanges = pipeline.shop.contract.exchanges[since:]  # type: ignore[attr-defined]
    return {
        ex.request_headers.get("authorization", "")
        for ex in exchanges
        if not ex.path.startswith("/auth/")
    }


def test_the_worker_keeps_one_client_per_shop_across_rounds(pipeline: Pipeline) -> None:
    assert pipeline.worker is not None
    pipeline.cycle(settle=False)
    first = pipeline.worker._market(pipeline.shop_id)[0]
    pipeline.scenario.create_order()
    pipeline.cycle(settle=False)
    assert pipeline.worker._market(pipeline.shop_id)[0] is first


def test_reconnecting_a_shop_mid_run_makes_the_worker_use_the_new_login(
    pipeline: Pipeline,
) -> None:
    assert pipeline.worker is not None
    pipeline.scenario.create_order()
    pipeline.cycle(settle=False)
    before = pipeline.worker._market(pipeline.shop_id)[0]
    old_tokens = _api_tokens(pipeline, 0)
    assert len(old_tokens) == 1  # every request of the first round carried the first login

    # The merchant connects the shop again (the connect dialog stores the approved pair in
    # the keyring, then marks the shop connected). The old login stays valid on Allegro.
    issued = pipeline.scenario.issue_tokens()
    shop = shops.get_shop(pipeline.db, pipeline.shop_id)
    shops.token_store(shop, pipeline.secrets).save(
        OAuthTokens(
            issued["access_token"],
            issued["refresh_token"],
            # The client's clock is the wall clock (the shop's is frozen in the past).
            datetime.now(UTC) + timedelta(seconds=int(issued["expires_in"])),
        )
    )
    shops.mark_connected(pipeline.db, pipeline.shop_id, pipeline.now())
    seen = len(pipeline.shop.contract.exchanges)  # type: ignore[attr-defined]

    pipeline.scenario.create_order()
    report = pipeline.cycle(settle=False)

    assert not report.failed, report.summary()
    assert _api_tokens(pipeline, seen) == {f"Bearer {issued['access_token']}"}
    assert pipeline.worker._market(pipeline.shop_id)[0] is not before
