"""Merge cost: MinHash signatures, rebuilding an event, and the in-memory merge loop.

    python benchmarks/bench_merge.py [--runs 5]

Each figure is reported next to a baseline run in the same process, so the ratio is the result
on a shared machine: signature() against the sha256 of the normalized text (what every ingest
already pays), build_event() against validating the built event from JSON (what the store pays
to read it back). Records are generated; nothing here asserts a time. Results go to
benchmarks/results/bench_merge.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from dateline.merge import Member, MemoryMerger, MergeRule, build_event, default_registry, signature
from dateline.record import (
    Actor,
    Article,
    Claim,
    Coder,
    Event,
    EventDate,
    Evidence,
    Fatalities,
    Location,
    Report,
    text_sha256,
)

REPO = Path(__file__).resolve().parents[1]
WORDS = ["strike", "market", "town", "killed", "people", "forces", "said", "officials", "rescue", "residents", "city", "attack", "army", "shelling", "village", "wounded", "monitor", "ministry", "police", "gunmen", "fighters", "convoy", "checkpoint"]
CODER = Coder(version="bench", model="none", gazetteer="none")


def _text(rnd: random.Random, words: int = 300) -> str:
    return " ".join(rnd.choice(WORDS) for _ in range(words))


def _member(rnd: random.Random, i: int, lat: float, lon: float, day: date, text: str) -> Member:
    art = Article.from_text(text, id=f"a{i}", outlet=f"Outlet {i % 40}", published=day)
    killed = rnd.randint(1, 20)
    claim = Claim(source=f"Outlet {i % 40}", kind="outlet", chain=[f"Outlet {i % 40}"], fields=["event_type", "fatalities"], value=killed)
    report = Report(
        event_id=f"r{i}", report_id=f"r{i}", article=art.ref(), event_type="Explosions/Remote violence",
        sub_event_type="Air/drone strike",
        actor1=Actor(name="Unidentified Armed Group (Syria)", text="", inter=3, country="SYR"),
        location=Location(name=f"T{lat:.2f}", text="t", lat=lat, lon=lon, country="SYR", geo_precision=1),
        date=EventDate(best=day, start=day, end=day, time_precision=1),
        fatalities=Fatalities(best=killed, low=killed, high=killed, text="killed"),
        claims=[claim], evidence=[Evidence(field="event", start=0, end=1, text="x")],
        confidence=rnd.uniform(0.3, 0.95), coder=CODER,
    )
    return Member(report=report, article=art.ref(), signature=signature(text))


def _time(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="repetitions; the median is reported")
    args = ap.parse_args()
    rnd = random.Random(7)
    rule, registry = MergeRule(), default_registry()
    results: dict[str, object] = {}

    texts = [_text(rnd) for _ in range(500)]
    sig_s = _time(lambda: [signature(t) for t in texts], args.runs)
    sha_s = _time(lambda: [text_sha256(t) for t in texts], args.runs)
    results["signature"] = {"articles_per_s": round(len(texts) / sig_s), "ratio_to_sha256": round(sig_s / sha_s, 1)}

    for size in (1, 5, 20, 100, 400):
        wire = _text(rnd)
        members = [
            _member(rnd, i, 35.8, 36.6, date(2026, 3, 3), wire if i % 3 == 0 else _text(rnd, 120))
            for i in range(size)
        ]
        built = build_event("e", members, rule=rule, registry=registry, previous=None, now="2026-01-01T00:00:00Z")
        raw = built.model_dump_json()
        build_s = _time(lambda m=members: build_event("e", m, rule=rule, registry=registry, previous=None, now="t"), args.runs)  # type: ignore[misc]
        load_s = _time(lambda r=raw: Event.model_validate_json(r), args.runs)  # type: ignore[misc]
        results[f"build_event_{size}"] = {
            "ms": round(build_s * 1000, 2), "ratio_to_validate_json": round(build_s / load_s, 1),
            "corroboration": built.corroboration,
        }

    # The loop: 2,000 reports over 400 incidents in 40 days and a 100 km square.
    incidents = [(35.0 + rnd.random(), 36.0 + rnd.random(), date(2026, 1, 1) + timedelta(days=rnd.randrange(40))) for _ in range(400)]
    stream = [_member(rnd, i, *incidents[rnd.randrange(400)], _text(rnd, 80)) for i in range(2000)]

    def loop() -> int:
        merger = MemoryMerger(rule=rule, registry=registry)
        for m in stream:
            merger.add([m], now="t")
        return len(merger.events)

    loop_s = _time(loop, max(1, args.runs // 2))
    results["memory_loop_2000_reports"] = {"reports_per_s": round(len(stream) / loop_s), "events": loop()}

    out = REPO / "benchmarks" / "results" / "bench_merge.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
