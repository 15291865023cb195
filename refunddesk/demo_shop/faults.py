"""Injected faults scoped by method and path prefix: latency, 5xx, 429 bursts, drops, garbage."""

from __future__ import annotations

import random
import threading
from dataclasses import dataclass, field
from typing import Any

KINDS = frozenset({"latency", "error_rate", "burst_429", "drop_after_commit", "malformed"})


@dataclass
class Fault:
    kind: str
    path_prefix: str = "/"
    method: str | None = None  # None matches every method
    remaining: int | None = None  # None: until cleared
    latency_ms: int = 0
    rate: float = 0.0
    status: int = 503
    id: int = 0

    def matches(self, method: str, path: str) -> bool:
        return (self.method is None or self.method.upper() == method) and path.startswith(
            self.path_prefix
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "pathPrefix": self.path_prefix,
            "method": self.method,
            "remaining": self.remaining,
            "latencyMs": self.latency_ms,
            "rate": self.rate,
            "status": self.status,
        }


@dataclass
class Plan:
    """What the server must do to one request."""

    latency_ms: int = 0
    respond_status: int | None = None  # answer this error instead of processing
    drop: bool = False  # process, then close the socket without answering
    malformed: bool = False  # process, then answer 200 with a broken body
    applied: list[str] = field(default_factory=list)


class FaultSet:
    """The active faults; a seeded RNG makes error rates repeatable."""

    def __init__(self, seed: int = 1) -> None:
        self._lock = threading.Lock()
        self._faults: list[Fault] = []
        self._rng = random.Random(seed)
        self._next = 1

    def add(
        self,
        kind: str,
        *,
        path_prefix: str = "/",
        method: str | None = None,
        count: int | None = None,
        latency_ms: int = 0,
        rate: float = 0.0,
        status: int = 503,
    ) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; one of {sorted(KINDS)}")
        if kind in ("burst_429", "drop_after_commit", "malformed") and count is None:
            count = 1
        with self._lock:
            fault = Fault(kind, path_prefix, method, count, latency_ms, rate, status, self._next)
            self._next += 1
            self._faults.append(fault)
            return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def list(self) -> list[Fault]:
        with self._lock:
            return list(self._faults)

    def plan(self, method: str, path: str) -> Plan:
        plan = Plan()
        with self._lock:
            matching = [f for f in self._faults if f.matches(method, path)]
            for fault in matching:
                if fault.kind == "latency":
                    plan.latency_ms += fault.latency_ms
                    plan.applied.append(fault.kind)
            # An error answer replaces processing, so it is decided before drop/malformed.
            for fault in matching:
                if plan.respond_status is not None:
                    break
                if fault.kind == "error_rate" and self._rng.random() < fault.rate:
                    plan.respond_status = fault.status
                    self._use(fault)  # a count bounds the error answers, not the requests
                elif fault.kind == "burst_429":
                    plan.respond_status = 429
                    self._use(fault)
                else:
                    continue
                plan.applied.append(fault.kind)
            if plan.respond_status is None:
                for fault in matching:
                    if fault.kind == "drop_after_commit" and not plan.drop:
                        plan.drop = True
                    elif fault.kind == "malformed" and not plan.malformed:
                        plan.malformed = True
                    else:
                        continue
                    self._use(fault)
                    plan.applied.append(fault.kind)
            self._faults = [f for f in self._faults if f.remaining is None or f.remaining > 0]
        return plan

    @staticmethod
    def _use(fault: Fault) -> None:
        if fault.remaining is not None:
            fault.remaining -= 1
