"""One measured figure of issue 13, as the bench scripts hand it to bench/run.py."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path


@dataclass
class Figure:
    """A figure next to its goal and to a reference measured in the same run.

    ``better`` says which way the goal points ("higher" or "lower"); ``inputs`` says what was
    measured (a quick run uses smaller inputs, and says so here).
    """

    name: str
    value: float
    unit: str
    goal: float
    better: str
    reference: float | None
    reference_what: str
    inputs: str

    @property
    def ok(self) -> bool:
        if self.value != self.value:  # NaN: nothing was measured
            return False
        return self.value >= self.goal if self.better == "higher" else self.value <= self.goal

    def as_json(self) -> dict[str, object]:
        return {**asdict(self), "ok": self.ok}


def write(path: str | None, figures: list[Figure]) -> None:
    """Append ``figures`` to ``path`` (a JSON list), when the harness asked for them."""
    if not path:
        return
    out = Path(path)
    have = json.loads(out.read_text()) if out.exists() else []
    out.write_text(json.dumps(have + [f.as_json() for f in figures], indent=2))
