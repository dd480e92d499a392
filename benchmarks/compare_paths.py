"""Quality of the fast path against the full parse, in one process (same code, same model):
runs the `dateline eval --gate` sets with both coders and prints every floor metric side by
side, the event counts, and the floor violations of each.

    python benchmarks/compare_paths.py [--shared ../shared]

Written to benchmarks/results/compare_paths.json.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    from dateline.eval import gate
    from dateline.pipeline import Coder

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args()
    baseline = gate.load_baseline()
    fast = Coder(fast=True)
    full = Coder(nlp=fast.nlp, gazetteer=fast.gazetteer, fast=False)
    results: dict[str, Any] = {}
    for name, coder in (("full", full), ("fast", fast)):
        metrics = gate.run(baseline, shared=args.shared, coder=coder, progress=False)
        results[name] = {"metrics": metrics, "violations": gate.check(metrics, baseline)}
    rows = []
    for set_name, spec in baseline["sets"].items():
        for key in [*spec["floors"], "no_report", "n_events", "events"]:
            a = gate.metric_at(results["full"]["metrics"]["sets"][set_name], key)
            b = gate.metric_at(results["fast"]["metrics"]["sets"][set_name], key)
            if a is None and b is None:
                continue
            delta = round(b - a, 4) if isinstance(a, (int, float)) and isinstance(b, (int, float)) else None
            rows.append({"set": set_name, "metric": key, "full": a, "fast": b, "delta": delta})
    out = {
        "rows": rows,
        "violations_full": results["full"]["violations"],
        "violations_fast": results["fast"]["violations"],
    }
    dest = REPO / "benchmarks" / "results"
    dest.mkdir(exist_ok=True)
    (dest / "compare_paths.json").write_text(json.dumps(out, indent=2, default=str))
    for r in rows:
        print(f"{r['set']:22} {r['metric']:34} full={r['full']!s:8} fast={r['fast']!s:8} delta={r['delta']}")
    print("violations full:", out["violations_full"])
    print("violations fast:", out["violations_fast"])


if __name__ == "__main__":
    main()
