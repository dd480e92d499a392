"""Export throughput: events/s for each format, against writing the same events as JSON Lines
(pydantic's own serializer) in the same process, so the ratio is the result on a shared machine.

    python benchmarks/bench_export.py [--events 20000] [--runs 3]

Events are generated (several types, contested tolls, claims, unlocated ones); each format is
written to a temporary file through dateline.export.export, as `dateline export --out` does.
Nothing here asserts a time; results go to benchmarks/results/bench_export.json.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

from dateline.export import FORMATS, export
from dateline.record import (
    Actor,
    ArticleRef,
    Event,
    EventClaim,
    EventDate,
    Fatalities,
    Location,
    SourceChain,
)

REPO = Path(__file__).resolve().parents[1]
KINDS = [
    ("Battles", "Armed clash", "190", 1, 2),
    ("Explosions/Remote violence", "Air/drone strike", "195", 8, 2),
    ("Violence against civilians", "Attack", "180", 2, 7),
    ("Protests", "Peaceful protest", "141", 6, 0),
    ("Strategic developments", "Arrests", "173", 1, 6),
]
OUTLETS = [("TASS", "state_affiliated", "RUS"), ("SANA", "state_affiliated", "SYR"), ("Reuters", "wire", "GBR"), ("Local Paper", "local", "SYR")]


def make_events(n: int, seed: int = 0) -> list[Event]:
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        etype, sub, cameo, i1, i2 = KINDS[i % len(KINDS)]
        day = date(2017, 1, 1) + timedelta(days=rnd.randrange(365))
        chains = rnd.sample(OUTLETS, rnd.randint(1, 3))
        tolls = sorted(rnd.randrange(0, 30) for _ in chains)
        located = rnd.random() > 0.1
        out.append(Event(
            event_id=f"ev{i}", event_type=etype, sub_event_type=sub, cameo=cameo,
            actor1=Actor(name="Military Forces of Syria (2000-2024)", text="army", inter=i1, country="SYR"),
            actor2=Actor(name="Civilians (Syria)", text="people", inter=i2, country="SYR") if i2 else None,
            location=Location(name=f"Place {i % 500}", text="p", lat=33 + rnd.random() * 4 if located else None,
                              lon=36 + rnd.random() * 6 if located else None, country="SYR", admin1="Idlib", geo_precision=1),
            date=EventDate(best=day, start=day, end=day, time_precision=1),
            fatalities=Fatalities(best=tolls[0], low=tolls[0], high=tolls[-1]),
            claims=[EventClaim(source=o, kind="outlet", chain=[o], fields=["fatalities"], value=t, report_id=f"r{i}-{k}",
                               article_id=f"a{i}-{k}", outlet=o, chain_id=f"c{k}") for k, ((o, _, _), t) in enumerate(zip(chains, tolls, strict=True))],
            sources=[SourceChain(chain_id=f"c{k}", outlet=o, kind=kind, owner_country=c) for k, (o, kind, c) in enumerate(chains)],  # type: ignore[arg-type]
            articles=[ArticleRef(id=f"a{i}-{k}", sha256=f"{i:032x}{k:032x}", outlet=o, url=f"https://example.org/{i}/{k}", published=day) for k, (o, _, _) in enumerate(chains)],
            report_ids=[f"r{i}-{k}" for k in range(len(chains))], corroboration=len(chains), confidence=0.8,
            updated_at="2017-06-01T00:00:00+00:00",
        ))
    return out


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=20_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    events = make_events(args.events)
    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)

        def jsonl() -> None:
            with open(base / "events.jsonl", "w", encoding="utf-8") as fh:
                for e in events:
                    fh.write(e.model_dump_json(by_alias=True) + "\n")

        baseline = timed(jsonl, args.runs)
        results["jsonl (baseline)"] = {"seconds": baseline, "events_per_s": args.events / baseline, "ratio": 1.0}
        for fmt in FORMATS:
            out = base / f"events.{fmt}"
            secs = timed(lambda out=out, fmt=fmt: export(events, fmt, out, force=True), args.runs)
            results[fmt] = {"seconds": secs, "events_per_s": args.events / secs, "ratio": secs / baseline}
    for name, r in results.items():
        print(f"{name:18} {r['events_per_s']:>10.0f} events/s  {r['ratio']:5.2f}x the JSONL time")
    target = REPO / "benchmarks" / "results" / "bench_export.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps({"events": args.events, "runs": args.runs, "results": results}, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
