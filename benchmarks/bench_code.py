"""Throughput and cold start of `dateline code`, against spaCy's bare `nlp.pipe` in the same run.

    python benchmarks/bench_code.py [--runs 3] [--limit N] [--shared ../shared]

1. Cold start: `dateline code <seed article> --format jsonl` as a fresh process, wall time and
   peak resident memory (medians over runs).
2. Throughput on the FA-KES development articles (../shared/eval/fakes/fakes_dev.csv, written to a
   temporary JSONL batch, the batch interface): the whole coder (ingest + spaCy + extraction),
   on the fast path (default) and with the full parse (DATELINE_FULL_PARSE=1), vs. spaCy's bare
   `nlp.pipe` over the same texts with the same model, in one process, runs interleaved so
   load from elsewhere falls on all three alike. Reported as articles/s and words/s (medians over
   runs) and the ratios coder/bare: on a shared machine the ratios are the result, not the rates.
   Wall and CPU time of this process are both timed; CPU ratios are steadier when others
   share the machine.
3. Where the time goes: the NLP pass and the extraction timed apart (CPU), the fast path's own
   stages, spaCy's components one by one over the same texts, and a cProfile of one
   fast-path coder pass (top functions by cumulative time) in benchmarks/results/profile_code.txt.
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
from typing import Any

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


def _words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


def throughput(articles: list[dict[str, str]], runs: int) -> dict[str, Any]:
    import spacy

    from dateline.ingest import Failure, read_inputs
    from dateline.nlp.model import model_name
    from dateline.pipeline import Coder

    bare = spacy.load(model_name())
    fast = Coder()
    full = Coder(nlp=fast.nlp, gazetteer=fast.gazetteer, fast=False)
    texts = [a["text"] for a in articles]
    words = _words(texts)
    times: dict[str, list[float]] = {"bare": [], "fast": [], "full": []}
    # CPU seconds of this process too: other work on a shared machine stretches wall time
    # unevenly between passes, CPU time much less
    cpu: dict[str, list[float]] = {"bare": [], "fast": [], "full": []}
    counts: dict[str, tuple[int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        batch = Path(tmp) / "fakes.jsonl"
        batch.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")

        def run_coder(coder: Coder) -> tuple[int, int]:
            n_events = failed = 0
            for res in coder.code_many(read_inputs([str(batch)]), batch_size=16):
                if isinstance(res, Failure):
                    failed += 1
                else:
                    n_events += len(res.events)
            return n_events, failed

        # one warm-up pass each so no side pays first-call costs in the timed runs
        list(bare.pipe(texts[:8]))
        for c in (fast, full):
            list(c.code_many(read_inputs([str(batch)]), batch_size=16))
        for _ in range(runs):
            t0, c0 = time.perf_counter(), time.process_time()
            for _doc in bare.pipe(texts, batch_size=16):
                pass
            times["bare"].append(time.perf_counter() - t0)
            cpu["bare"].append(time.process_time() - c0)
            for name, coder in (("fast", fast), ("full", full)):
                t0, c0 = time.perf_counter(), time.process_time()
                counts[name] = run_coder(coder)
                times[name].append(time.perf_counter() - t0)
                cpu[name].append(time.process_time() - c0)
    n = len(texts)
    med = {k: statistics.median(v) for k, v in times.items()}
    # per-run ratios too: each run's three passes saw about the same load
    per_run = {k: [round(b / c, 3) for b, c in zip(times["bare"], times[k], strict=True)] for k in ("fast", "full")}
    per_run_cpu = {k: [round(b / c, 3) for b, c in zip(cpu["bare"], cpu[k], strict=True)] for k in ("fast", "full")}
    med_cpu = {k: statistics.median(v) for k, v in cpu.items()}
    return {
        "articles": n,
        "words": words,
        "runs": runs,
        "bare_nlp_pipe": {"articles_per_s": round(n / med["bare"], 2), "words_per_s": round(words / med["bare"])},
        "dateline_code_fast": {"articles_per_s": round(n / med["fast"], 2), "words_per_s": round(words / med["fast"])},
        "dateline_code_full_parse": {"articles_per_s": round(n / med["full"], 2), "words_per_s": round(words / med["full"])},
        "ratio_fast_over_bare": round(med["bare"] / med["fast"], 3),
        "ratio_full_over_bare": round(med["bare"] / med["full"], 3),
        "ratio_fast_over_bare_per_run": per_run["fast"],
        "ratio_full_over_bare_per_run": per_run["full"],
        # each run's passes share that run's load: the median of per-run ratios is the steadier figure
        "ratio_fast_over_bare_median_of_runs": round(statistics.median(per_run["fast"]), 3),
        "ratio_full_over_bare_median_of_runs": round(statistics.median(per_run["full"]), 3),
        "cpu_bare_nlp_pipe": {"articles_per_s": round(n / med_cpu["bare"], 2), "words_per_s": round(words / med_cpu["bare"])},
        "cpu_dateline_code_fast": {"articles_per_s": round(n / med_cpu["fast"], 2), "words_per_s": round(words / med_cpu["fast"])},
        "cpu_ratio_fast_over_bare_per_run": per_run_cpu["fast"],
        "cpu_ratio_full_over_bare_per_run": per_run_cpu["full"],
        "cpu_ratio_fast_over_bare_median_of_runs": round(statistics.median(per_run_cpu["fast"]), 3),
        "cpu_ratio_full_over_bare_median_of_runs": round(statistics.median(per_run_cpu["full"]), 3),
        "events_fast": counts["fast"][0],
        "events_full": counts["full"][0],
        "failed_articles": counts["fast"][1] + counts["full"][1],
    }


def where_time_goes(articles: list[dict[str, str]], out: Path, top: int = 15) -> dict[str, Any]:
    """NLP and extraction timed apart (fast and full), and a cProfile of one fast coder pass."""
    import cProfile
    import io
    import pstats

    from dateline.nlp.transitions import greedy_decodable, run_transitions
    from dateline.pipeline import Coder
    from dateline.record import Article

    fast = Coder()
    full = Coder(nlp=fast.nlp, gazetteer=fast.gazetteer, fast=False)
    arts = [Article.from_text(a["text"], id=a["id"], title=a["title"]) for a in articles]
    split: dict[str, dict[str, float]] = {}
    for name, coder in (("fast", fast), ("full", full)):
        list(coder.parse_many([a.text for a in arts[:8]], batch_size=16))
        if coder.fast is not None:
            coder.fast.stage_seconds.clear()
            coder.fast.token_counts.clear()
        t0 = time.process_time()
        docs = list(coder.parse_many([a.text for a in arts], batch_size=16))
        t_nlp = time.process_time() - t0
        t0 = time.process_time()
        for art, doc in zip(arts, docs, strict=True):
            coder._coder.code(art, doc)
        t_ext = time.process_time() - t0
        split[name] = {"nlp_cpu_s": round(t_nlp, 3), "extract_cpu_s": round(t_ext, 3), "extract_share": round(t_ext / (t_nlp + t_ext), 3)}
    assert fast.fast is not None
    stages = {k: round(v, 3) for k, v in fast.fast.stage_seconds.items()}
    tokens = fast.fast.token_counts
    shares = {k: round(tokens[k] / tokens["all"], 3) for k in ("parsed", "ner")} if tokens.get("all") else {}
    # spaCy's own components one after another over the same texts: what the bare pass spends where
    bare: dict[str, float] = {}
    docs = [fast.nlp.make_doc(a.text) for a in arts]
    for comp, proc in fast.nlp.pipeline:
        if greedy_decodable(proc):
            # the same component decoded as the fast path decodes it (same output): how much of
            # the gain is the decoding loop rather than the shortcut
            copies = [d.copy() for d in docs]
            t0 = time.process_time()
            run_transitions(proc, copies)
            bare[f"{comp} (greedy_decode)"] = round(time.process_time() - t0, 3)
        t0 = time.process_time()
        docs = list(proc.pipe(docs, batch_size=16)) if hasattr(proc, "pipe") else [proc(d) for d in docs]
        bare[comp] = round(time.process_time() - t0, 3)
    prof = cProfile.Profile()
    prof.enable()
    list(fast.code_many(arts, batch_size=16))
    prof.disable()
    buf = io.StringIO()
    pstats.Stats(prof, stream=buf).sort_stats("cumulative").print_stats(top)
    text = buf.getvalue()
    (out / "profile_code.txt").write_text(
        f"cProfile of one fast-path coder pass over {len(arts)} FA-KES dev articles, top {top} by cumulative time\n"
        f"(cProfile inflates Python-heavy code against compiled spaCy/thinc code; read it for shape, not totals)\n\n"
        + text
    )
    rows = []
    for line in text.splitlines():
        parts = line.split(None, 5)
        if len(parts) == 6 and parts[0].replace("/", "").isdigit() and parts[3].replace(".", "").isdigit():
            rows.append({"ncalls": parts[0], "cumtime": float(parts[3]), "function": parts[5]})
    return {
        "split": split,
        "fast_path_stages_cpu_s": stages,
        "fast_path_token_share": shares,
        "bare_components_cpu_s": bare,
        "profile_top": rows[:top],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--limit", type=int, default=None, help="only the first N FA-KES articles")
    ap.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    ap.add_argument("--profile-limit", type=int, default=120, help="articles in the profiled pass")
    ap.add_argument("--no-cold-start", action="store_true")
    args = ap.parse_args()
    seed = args.shared / "eval" / "seed" / "deir-ezzor-2017-01-23.txt"
    out = REPO / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    articles = fakes_texts(args.shared, args.limit)
    result: dict[str, Any] = {}
    if not args.no_cold_start:
        result["cold_start_seed"] = cold_start(seed, args.runs)
    result["fakes_dev_throughput"] = throughput(articles, args.runs)
    result["where_time_goes"] = where_time_goes(articles[: args.profile_limit], out)
    (out / "bench_code.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
