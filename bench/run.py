"""Run every benchmark (or a quick version of each) and print issue 13's figures as one table.

Run: ``make bench`` / ``make bench-quick`` (``.venv/bin/python bench/run.py [--quick]``). Each
script runs in its own process (one's heap and threads never disturb another's timings), its own
output goes to ``bench/results/<script>.log``, and the figures land in
``bench/results/latest.json``: one object per figure with ``name``, ``value``, ``unit``, ``goal``,
``reference`` and ``ok`` (plus ``better``, ``reference_what`` and ``inputs``).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"

# script, full arguments, quick arguments (smaller inputs; the rows say so)
PLAN: list[tuple[str, list[str], list[str]]] = [
    ("rules.py", [], ["--cases", "20000"]),
    ("sync.py", [], ["--orders", "10000", "--latency-orders", "20000"]),
    ("pipeline.py", ["--latency", "0", "100"], ["--orders", "100", "--latency", "100"]),
    (
        "gui.py",
        [],
        ["--skip", "refunds", "--orders", "5000", "--refunds", "100"],
    ),
]


def run_one(script: str, args: list[str], figures: Path) -> tuple[bool, float]:
    log = RESULTS / f"{Path(script).stem}.log"
    began = time.perf_counter()
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    with log.open("w") as out:
        done = subprocess.run(
            [sys.executable, str(BENCH / script), *args, "--figures", str(figures)],
            cwd=BENCH.parent,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    return done.returncode == 0, time.perf_counter() - began


def table(rows: list[dict[str, object]]) -> str:
    width = max([30, *(len(str(r["name"])) for r in rows)])
    head = f"{'figure':<{width}} {'value':>12} {'goal':>10} {'reference':>10} {'':<5}  inputs"
    lines = [head, "-" * len(head)]
    for r in rows:
        sign = ">=" if r["better"] == "higher" else "<="
        ref = r["reference"]
        lines.append(
            f"{r['name']:<{width}} {_num(r['value']) + ' ' + _unit(r):>12}"
            f" {sign + ' ' + _num(r['goal']):>10} {_num(ref):>10}"
            f" {'pass' if r['ok'] else 'short':<5}"
            f"  {r['inputs']}"
        )
    lines.append("")
    lines += [f"  {r['name']}: reference = {r['reference_what']}" for r in rows]
    return "\n".join(lines)


def _unit(r: dict[str, object]) -> str:
    return {"%": "%", "s": "s", "ms": "ms", "MiB": "MiB"}.get(str(r["unit"]), "")


def _num(x: object) -> str:
    if not isinstance(x, int | float) or x != x:
        return "-"
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:,.2f}"


def cpu_stolen() -> float | None:
    """Seconds of CPU the host took from this virtual machine since boot (Linux's /proc/stat
    "steal", all cores), or None where it is not known. Figures taken while it grows are
    the host's as much as ours."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()
        return int(fields[8]) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="smaller inputs, under 3 minutes")
    ap.add_argument("--only", nargs="*", default=[], help="scripts to run (rules.py ...)")
    args = ap.parse_args(argv)
    RESULTS.mkdir(exist_ok=True)
    figures = RESULTS / "figures.partial.json"
    figures.unlink(missing_ok=True)
    began, stolen_before = time.perf_counter(), cpu_stolen()
    failed: list[str] = []
    for script, full, quick in PLAN:
        if args.only and script not in args.only:
            continue
        print(f"== {script} ...", end=" ", flush=True)
        ok, took = run_one(script, quick if args.quick else full, figures)
        print(f"{took:.0f} s{'' if ok else ' FAILED, see bench/results/' + script[:-3] + '.log'}")
        if not ok:
            failed.append(script)
    rows = json.loads(figures.read_text()) if figures.exists() else []
    figures.unlink(missing_ok=True)
    if args.quick:
        for r in rows:
            r["inputs"] = f"QUICK: {r['inputs']}"
    took, stolen_after = time.perf_counter() - began, cpu_stolen()
    stolen = (
        ""
        if stolen_before is None or stolen_after is None
        else f" CPU taken by the host meanwhile (steal): {stolen_after - stolen_before:.0f} s."
    )
    (RESULTS / "latest.json").write_text(json.dumps(rows, indent=2) + "\n")
    print()
    print(table(rows))
    print(
        f"\n{'Quick' if args.quick else 'Full'} run, {datetime.now(UTC):%Y-%m-%d %H:%M} UTC,"
        f" {platform.node()}, {os.cpu_count()} cores, {took:.0f} s.{stolen}"
        " Figures: bench/results/latest.json; each script's output: bench/results/*.log."
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
