"""Checks demo-shop traffic against Allegro's published OpenAPI description (openapi-core)."""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from refunddesk.demo_shop import Exchange

SPEC_ENV = "REFUNDDESK_ALLEGRO_SPEC"
VENDOR_TYPES = ("application/vnd.allegro.public.v1+json", "application/vnd.allegro.beta.v1+json")
# Outside Allegro's REST description: the OAuth host, the consent page, our scenario API.
UNCHECKED_PREFIXES = ("/__demo", "/auth/oauth", "/skojarz-aplikacje")


def spec_path() -> Path:
    env = os.environ.get(SPEC_ENV)
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared" / "allegro-api" / "openapi.yaml"


class SpecUnavailable(Exception):
    """The spec file is not there; the caller decides between skip and fail (CI)."""


@lru_cache(maxsize=1)
def load_openapi() -> Any:
    """Load and compile the spec once per process (~2 s); vendor media types registered."""
    path = spec_path()
    if not path.is_file():
        raise SpecUnavailable(
            f"Allegro's OpenAPI description is not at {path} (set {SPEC_ENV} to its path)"
        )
    import yaml
    from openapi_core import Config, OpenAPI

    with path.open("rb") as fh:
        spec = yaml.load(fh, Loader=yaml.CSafeLoader)
    # openapi-core cannot check Allegro's OAuth2 schemes (it only warns); the shop checks
    # bearer tokens itself, so the contract is about shapes, not credentials.
    spec.pop("security", None)
    for item in (spec.get("paths") or {}).values():
        for op in item.values():
            if isinstance(op, dict):
                op.pop("security", None)
    _apply_errata(spec)
    # Without these deserializers openapi-core silently validates no body at all.
    config = Config(extra_media_type_deserializers=dict.fromkeys(VENDOR_TYPES, json.loads))
    return OpenAPI.from_dict(spec, config=config)


# Where Allegro's published description contradicts what the API must do. Each entry is a
# deliberate, named exception; the rest of the schema is checked as published.
ERRATA = (
    # "count: minimum 1" on the order list: an empty page (a new shop, a filter that matches
    # nothing) has count 0. Allegro answers that way; the schema cannot express it.
    ("CheckoutForms", "count"),
    ("CheckoutForms", "totalCount"),
)


def _apply_errata(spec: dict[str, Any]) -> None:
    schemas = spec.get("components", {}).get("schemas", {})
    for schema_name, prop in ERRATA:
        field = schemas.get(schema_name, {}).get("properties", {}).get(prop)
        if isinstance(field, dict) and field.get("minimum") == 1:
            field["minimum"] = 0


def spec_server(openapi: Any) -> str:
    servers = openapi.spec.get("servers") or []
    for server in servers:
        url = str(server["url"])
        if "sandbox" not in url:
            return url.rstrip("/")
    return "https://api.allegro.pl"


@dataclass
class _Request:
    host_url: str
    path: str
    method: str
    parameters: Any
    content_type: str
    body: bytes | None


@dataclass
class _Response:
    status_code: int
    content_type: str
    headers: Any
    data: bytes | None


def _to_openapi(openapi: Any, ex: Exchange) -> tuple[_Request, _Response]:
    from openapi_core.datatypes import RequestParameters
    from werkzeug.datastructures import Headers, ImmutableMultiDict

    query = ImmutableMultiDict([(k, v) for k, values in ex.query.items() for v in values])
    headers = Headers(list(ex.request_headers.items()))
    request = _Request(
        host_url=spec_server(openapi),
        path=ex.path,
        method=ex.method.lower(),
        parameters=RequestParameters(query=query, header=headers, cookie=ImmutableMultiDict()),
        content_type=ex.request_headers.get("content-type", "").lower(),
        body=ex.request_body or None,
    )
    response = _Response(
        status_code=ex.status,
        content_type=ex.response_headers.get("content-type", "").lower(),
        headers=Headers(list(ex.response_headers.items())),
        data=ex.response_body or None,
    )
    return request, response


def _describe(exc: BaseException) -> str:
    parts = [f"{type(exc).__name__}: {exc}"]
    cause = exc.__cause__ or exc.__context__
    for sub in getattr(cause, "schema_errors", None) or getattr(exc, "schema_errors", None) or []:
        where = "/".join(str(p) for p in getattr(sub, "path", []))
        parts.append(f"  at {where or '<root>'}: {getattr(sub, 'message', sub)}")
    if cause is not None and not getattr(cause, "schema_errors", None):
        parts.append(f"  cause: {type(cause).__name__}: {cause}")
    return "\n".join(parts)


def _declared_status(openapi: Any, ex: Exchange) -> bool | None:
    """Whether the spec declares this status for the operation; None if the path is unknown."""
    paths = openapi.spec.get("paths") or {}
    for template, item in paths.items():
        if _match(template, ex.path):
            op = item.get(ex.method.lower())
            if op is None:
                return None
            responses = op.get("responses") or {}
            return str(ex.status) in responses or "default" in responses
    return None


def _match(template: str, path: str) -> bool:
    t_parts, p_parts = template.strip("/").split("/"), path.strip("/").split("/")
    return len(t_parts) == len(p_parts) and all(
        t.startswith("{") or t == p for t, p in zip(t_parts, p_parts, strict=True)
    )


def check_exchange(openapi: Any, ex: Exchange, *, check_request: bool = True) -> list[str]:
    """Every way this exchange breaks the spec; [] when it conforms or is out of scope."""
    if ex.path.startswith(UNCHECKED_PREFIXES):
        return []
    declared = _declared_status(openapi, ex)
    if declared is None:
        return [f"{ex.method} {ex.path}: not an operation in Allegro's spec"]
    request, response = _to_openapi(openapi, ex)
    problems: list[str] = []
    if check_request:
        try:
            openapi.validate_request(request)
        except Exception as exc:  # openapi-core raises a family of unrelated error types
            problems.append(f"{ex.method} {ex.path} request: {_describe(exc)}")
    # Injected faults and statuses the spec does not list (429, 5xx, 406 on some paths)
    # have no schema to hold them to.
    if declared and not ex.faults:
        try:
            openapi.validate_response(request, response)
        except Exception as exc:
            problems.append(f"{ex.method} {ex.path} -> {ex.status} response: {_describe(exc)}")
    return problems


class ContractRecorder:
    """A DemoShop observer that validates every exchange and keeps the violations."""

    def __init__(self, openapi: Any | None) -> None:
        self.openapi = openapi
        self.violations: list[str] = []
        self.exchanges: list[Exchange] = []
        self._lock = threading.Lock()
        self._lenient_requests = 0

    def __call__(self, ex: Exchange) -> None:
        with self._lock:
            self.exchanges.append(ex)
            lenient = self._lenient_requests > 0
        if self.openapi is None:
            return
        problems = check_exchange(self.openapi, ex, check_request=not lenient)
        if problems:
            with self._lock:
                self.violations.extend(problems)

    @contextlib.contextmanager
    def invalid_requests_expected(self) -> Iterator[None]:
        """For tests that send a bad request on purpose: still check the responses."""
        with self._lock:
            self._lenient_requests += 1
        try:
            yield
        finally:
            with self._lock:
                self._lenient_requests -= 1

    def report(self) -> str:
        return "\n".join(f"- {v}" for v in self.violations)
