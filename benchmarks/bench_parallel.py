"""`dateline ingest` on one process vs. `--workers N` (a local Dask cluster), in the same run.

    python benchmarks/bench_parallel.py [--runs 3] [--workers 2] [--limit N] [--shared ../shared]

The FA-KES development articles (../shared/eval/fakes/fakes_dev.csv) are written to a JSONL batch
and ingested for real (`dateline ingest`, a fresh process, a fresh SQLite store each time), runs
interleaved so load from elsewhere falls on both alike. Reported: wall time including start-up
(model loading, cluster start), articles/s, and the speed-up (median one-process wall / median
N-worker wall). Also checks that both stores hold the same events. Nothing is asserted; results
go to benchmarks/results/bench_parallel.json.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_code import fakes_texts

REPO = Path(__file__).resolve().parents[1]


def ingest(batch: Path, db: Path, workers: int) -> float:
    exe = Path(sys.executable).with_name("dateline")
    env = {**os.environ, "DATELINE_DB": str(db)}
    t0 = time.perf_counter()
    subprocess.run(
        [str(exe), "ingest", str(batch), "--workers", str(workers)],
        check=False,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - t0


def events_of(db: Path) -> list[tuple[Any, ...]]:
    with sqlite3.connect(db) as con:
        return sorted(con.execute("select event_id, fatalities_best from events").fetchall())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--shared", default=str(REPO.parent / "shared"))
    args = ap.parse_args()
    texts = fakes_texts(Path(args.shared), args.limit)
    walls: dict[int, list[float]] = {1: [], args.workers: []}
    same = True
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "fakes.jsonl"
        batch.write_text("".join(json.dumps(t) + "\n" for t in texts), encoding="utf-8")
        for run in range(args.runs):
            seen: dict[int, list[tuple[Any, ...]]] = {}
            for workers in walls:
                db = Path(tmp) / f"r{run}-w{workers}.sqlite"
                walls[workers].append(ingest(batch, db, workers))
                seen[workers] = events_of(db)
                print(f"run {run + 1}: workers={workers} {walls[workers][-1]:.1f} s", flush=True)
            same = same and seen[1] == seen[args.workers]
    n = len(texts)
    result = {
        "articles": n,
        "runs": args.runs,
        "cpus": os.cpu_count(),
        "same_events": same,
        "by_workers": {
            str(w): {
                "wall_s_median": round(statistics.median(v), 2),
                "articles_per_s": round(n / statistics.median(v), 2),
            }
            for w, v in walls.items()
        },
        "speedup": round(statistics.median(walls[1]) / statistics.median(walls[args.workers]), 2),
    }
    out = REPO / "benchmarks" / "results" / "bench_parallel.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
