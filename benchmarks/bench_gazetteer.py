"""Gazetteer cost: build, load, memory and resolution speed next to the spaCy pass.

    python benchmarks/bench_gazetteer.py [--runs 5] [--limit 100] [--shared ../shared] [--skip-build]

1. Build: `gazetteer.build` into a temporary file (wall time, file size).
2. Load: open + first lookup in a fresh process (median over runs), and that process's peak
   resident memory after resolving every toponym name of the texts (the "loaded" footprint),
   next to the same process with the gazetteer never opened.
3. Speed on FA-KES development articles (../shared/eval/fakes/fakes_dev.csv, read at run time):
   spaCy's `nlp.pipe` over the texts, then recognition + resolution of the toponyms on the parsed
   docs, in the same process; toponyms/s and the share of time each pass takes. Raw
   `Gazetteer.lookup` calls per second as well.
Nothing here asserts a time; numbers are printed and written to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]

_LOAD = """
import json, sys, time
t0 = time.perf_counter()
from dateline.geo.gazetteer import Gazetteer
names = json.loads(sys.argv[2])
if sys.argv[3] == "open":
    g = Gazetteer.open(__import__("pathlib").Path(sys.argv[1]))
    g.lookup("Aleppo")
    load = time.perf_counter() - t0
    for n in names:
        g.lookup(n)
else:
    load = time.perf_counter() - t0
# VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork + exec.
status = dict(line.split(":", 1) for line in open("/proc/self/status"))
print(json.dumps({"load_s": load, "rss_mib": int(status["VmHWM"].split()[0]) / 1024}))
"""


def fakes_texts(shared: Path, limit: int | None) -> list[str]:
    path = shared / "eval" / "fakes" / "fakes_dev.csv"
    # The file is not valid UTF-8 (stray bytes): latin-1 reads every byte.
    with path.open(encoding="latin-1", newline="") as fh:
        texts = [row["article_content"] for row in csv.DictReader(fh) if row["article_content"].strip()]
    return texts[:limit] if limit else texts


def bench_build() -> dict[str, float]:
    from dateline.geo.gazetteer import build

    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "g.sqlite"
        t0 = time.perf_counter()
        build(target)
        wall = time.perf_counter() - t0
        return {"build_s": round(wall, 2), "size_mb": round(target.stat().st_size / 1e6, 1)}


def bench_load(path: Path, names: list[str], runs: int) -> dict[str, float]:
    def run(mode: str) -> dict[str, float]:
        out = subprocess.run(
            [sys.executable, "-c", _LOAD, str(path), json.dumps(names), mode],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        result: dict[str, float] = json.loads(out.stdout)
        return result

    opened = [run("open") for _ in range(runs)]
    bare = [run("bare") for _ in range(runs)]
    return {
        "load_s_median": round(statistics.median(r["load_s"] for r in opened), 3),
        "rss_mib_loaded": round(statistics.median(r["rss_mib"] for r in opened), 1),
        "rss_mib_without": round(statistics.median(r["rss_mib"] for r in bare), 1),
        "lookups_in_rss_run": len(names),
        "runs": runs,
    }


def bench_speed(texts: list[str], runs: int) -> tuple[dict[str, Any], list[str]]:
    from dateline.geo.gazetteer import Gazetteer
    from dateline.geo.geoparse import toponyms
    from dateline.nlp.model import load_model

    nlp = load_model()
    g = Gazetteer.open()
    spacy_s, geo_s, lookup_s = [], [], []
    n_tops = 0
    names: list[str] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=16))
        spacy_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        found = [toponyms(doc, g)[0] for doc in docs]
        geo_s.append(time.perf_counter() - t0)
        n_tops = sum(len(tops) for tops in found)
        names = [t.query for tops in found for t in tops]
        t0 = time.perf_counter()
        for n in names:
            g.lookup(n)
        lookup_s.append(time.perf_counter() - t0)
    sp, geo, lk = statistics.median(spacy_s), statistics.median(geo_s), statistics.median(lookup_s)
    return {
        "articles": len(texts),
        "toponyms": n_tops,
        "spacy_pipe_s": round(sp, 2),
        "geo_s": round(geo, 2),
        "toponyms_per_s": round(n_tops / geo, 1),
        "spacy_articles_per_s": round(len(texts) / sp, 1),
        "geo_articles_per_s": round(len(texts) / geo, 1),
        "geo_share_of_spacy": round(geo / sp, 3),
        "lookups_per_s": round(len(names) / lk, 1) if lk else None,
        "runs": runs,
    }, names


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=5, help="Runs per measurement (medians are reported).")
    ap.add_argument("--limit", type=int, default=100, help="FA-KES articles to time (0: all).")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared", help="The shared data folder.")
    ap.add_argument("--skip-build", action="store_true", help="Do not time a full build.")
    args = ap.parse_args()

    from dateline.geo.gazetteer import Gazetteer, active_path

    Gazetteer.open().close()  # the index in use must exist before load times mean anything
    texts = fakes_texts(args.shared, args.limit or None)
    speed, names = bench_speed(texts, max(1, min(args.runs, 3)))
    results: dict[str, Any] = {"gazetteer": str(active_path())}
    if not args.skip_build:
        results["build"] = bench_build()
    results["load"] = bench_load(active_path(), sorted(set(names)), args.runs)
    results["speed"] = speed

    rows = []
    if "build" in results:
        rows.append(("build (s)", results["build"]["build_s"]))
        rows.append(("index size (MB)", results["build"]["size_mb"]))
    rows += [
        ("load: open + first lookup (s, median)", results["load"]["load_s_median"]),
        ("peak RSS with gazetteer loaded (MiB)", results["load"]["rss_mib_loaded"]),
        ("peak RSS, same process, not opened (MiB)", results["load"]["rss_mib_without"]),
        (f"spaCy nlp.pipe, {speed['articles']} articles (s)", speed["spacy_pipe_s"]),
        (f"recognise + resolve, {speed['toponyms']} toponyms (s)", speed["geo_s"]),
        ("toponyms resolved per second", speed["toponyms_per_s"]),
        ("geo time / spaCy time", speed["geo_share_of_spacy"]),
        ("raw lookups per second", speed["lookups_per_s"]),
    ]
    width = max(len(r[0]) for r in rows)
    for label, value in rows:
        print(f"{label:<{width}}  {value}")
    out = REPO / "benchmarks" / "results" / "bench_gazetteer.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(REPO)}")


if __name__ == "__main__":
    main()
