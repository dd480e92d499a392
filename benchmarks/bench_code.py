"""Throughput and cold start of `dateline code`, against spaCy's bare `nlp.pipe` in the same run.

    python benchmarks/bench_code.py [--runs 3] [--limit N] [--shared ../shared]

1. Cold start: `dateline code <seed article> --format jsonl` as a fresh process, wall time and
   peak resident memory (medians over runs).
2. Throughput on the FA-KES development articles (../shared/eval/fakes/fakes_dev.csv, written to a
   temporary JSONL batch, the batch interface): the full coder (ingest + spaCy + extraction)
   vs. bare `nlp.pipe` over the same texts with the same model, one process each. Reported as
   articles/s and the ratio coder/bare; medians over runs.
Nothing here asserts a time; the numbers are printed and written to benchmarks/results/.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def fakes_texts(shared: Path, limit: int | None) -> list[dict[str, str]]:
    path = shared / "eval" / "fakes" / "fakes_dev.csv"
    # The file is not valid UTF-8 (stray bytes): latin-1 reads every byte.
    with path.open(encoding="latin-1", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for i, row in enumerate(rows):
        out.append({"id": f"fakes-{i}", "text": row["article_content"], "title": row["article_title"]})
    return out[:limit] if limit else out


def cold_start(seed: Path, runs: int) -> dict[str, float]:
    exe = Path(sys.executable).with_name("dateline")
    walls, rss = [], []
    for _ in range(runs):
        t0 = time.perf_counter()
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        subprocess.run([str(exe), "code", str(seed), "--format", "jsonl"], check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - t0)
        after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        rss.append(max(after, before) / 1024)  # ru_maxrss is KiB on Linux: the largest child so far
    return {"wall_s_median": round(statistics.median(walls), 2), "peak_rss_mib": round(max(rss), 1), "runs": runs}


def throughput(articles: list[dict[str, str]], runs: int) -> dict[str, float]:
    import spacy

    from dateline.ingest import Failure, read_inputs
    from dateline.nlp.model import model_name
    from dateline.pipeline import Coder

    bare = spacy.load(model_name())
    coder = Coder()
    texts = [a["text"] for a in articles]
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "fakes.jsonl"
        batch.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
        # one warm-up pass each so neither side pays first-call costs in the timed runs
        list(bare.pipe(texts[:8]))
        list(coder.code_many(read_inputs([str(batch)])))
        bare_t, coder_t, n_events, failed = [], [], 0, 0
        for _ in range(runs):
            t0 = time.perf_counter()
            for _doc in bare.pipe(texts, batch_size=16):
                pass
            bare_t.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            n_events = failed = 0
            for res in coder.code_many(read_inputs([str(batch)]), batch_size=16):
                if isinstance(res, Failure):
                    failed += 1
                else:
                    n_events += len(res.events)
            coder_t.append(time.perf_counter() - t0)
    n = len(texts)
    bare_rate = n / statistics.median(bare_t)
    coder_rate = n / statistics.median(coder_t)
    return {
        "articles": n,
        "runs": runs,
        "bare_nlp_pipe_articles_per_s": round(bare_rate, 2),
        "dateline_code_articles_per_s": round(coder_rate, 2),
        "ratio_dateline_over_bare": round(coder_rate / bare_rate, 3),
        "events": n_events,
        "failed_articles": failed,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="only the first N FA-KES articles")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    args = ap.parse_args()
    seed = args.shared / "eval" / "seed" / "deir-ezzor-2017-01-23.txt"
    result = {
        "cold_start_seed": cold_start(seed, args.runs),
        "fakes_dev_throughput": throughput(fakes_texts(args.shared, args.limit), args.runs),
    }
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "bench_code.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
