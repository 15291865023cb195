"""Fixtures: a fresh demo shop per test, its traffic checked against Allegro's spec."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import requests

from refunddesk.demo_shop import DemoShop
from tests.support.openapi_contract import ContractRecorder, SpecUnavailable, load_openapi

PUBLIC = "application/vnd.allegro.public.v1+json"
BETA = "application/vnd.allegro.beta.v1+json"

DemoShopFactory = Callable[..., DemoShop]


def _in_ci() -> bool:
    return os.environ.get("CI", "").lower() == "true"


@pytest.fixture(scope="session")
def allegro_openapi() -> Any | None:
    """The compiled spec, or None (contract checks off) when the file is absent outside CI."""
    try:
        return load_openapi()
    except SpecUnavailable as exc:
        if _in_ci():
            pytest.fail(f"{exc}; contract checks are required in CI")
        return None


@pytest.fixture
def allegro_spec(allegro_openapi: Any | None) -> Any:
    """For tests about the contract itself: skip them when the spec is absent (not in CI)."""
    if allegro_openapi is None:
        pytest.skip("Allegro's OpenAPI description is absent; set REFUNDDESK_ALLEGRO_SPEC")
    return allegro_openapi


@pytest.fixture
def demo_shop_factory(allegro_openapi: Any | None) -> Iterator[DemoShopFactory]:
    """`factory(**ShopOptions fields, clock=..., port=...)` -> a started, spec-checked shop.

    Each shop gets `shop.contract` (a ContractRecorder). At teardown every shop is stopped
    and the test fails listing each contract violation seen.
    """
    shops: list[DemoShop] = []

    def make(**options: Any) -> DemoShop:
        recorder = ContractRecorder(allegro_openapi)
        shop = DemoShop(observer=recorder, **options)
        shop.contract = recorder  # type: ignore[attr-defined]
        shops.append(shop.start())
        return shop

    yield make
    problems: list[str] = []
    for shop in shops:
        shop.stop()
        recorder = shop.contract  # type: ignore[attr-defined]
        if recorder.violations:
            problems.append(recorder.report())
    if problems:
        pytest.fail("Demo shop traffic broke Allegro's OpenAPI contract:\n" + "\n".join(problems))


@pytest.fixture
def demo_shop(demo_shop_factory: DemoShopFactory) -> DemoShop:
    """A running demo shop with default options (empty; seed it through `shop.scenario`)."""
    return demo_shop_factory()


def api_session(
    shop: DemoShop, *, token: str | None = None, media: str = PUBLIC
) -> requests.Session:
    """A requests session that talks to the shop as an authorised Allegro client would."""
    session = requests.Session()
    session.headers.update(
        {
            "Authorization": f"Bearer {token or shop.access_token()}",
            "Accept": media,
            "Content-Type": media,
        }
    )
    return session


def control_session(shop: DemoShop) -> requests.Session:
    """A session for the scenario API over HTTP (``/__demo/…``), with this run's control key."""
    session = requests.Session()
    session.headers.update(shop.control_headers())
    return session


@pytest.fixture
def shop_api(demo_shop: DemoShop) -> Iterator[requests.Session]:
    """An authorised session against `demo_shop` (public media type)."""
    with api_session(demo_shop) as session:
        yield session
