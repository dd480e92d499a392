"""Store speed: ingest (articles/s) into SQLite and PostgreSQL, and `dateline events`-style
queries on a million stored events (latency median and p99).

    python benchmarks/bench_store.py [--articles 10000] [--events 1000000] [--runs 200]
                                     [--summary-runs 10] [--no-postgres] [--hand-built]

1. Ingest: a few real texts (the files in examples/, plus invented sentences) are coded once by
   the real coder; 10,000 distinct CodedArticles are then derived from them by varying the text
   (so the sha256), the date, the place and the toll. Each goes through ``Store.add`` (one
   transaction, SQL prefilter, match_score, build_event, revisions), so the store and merge path
   is measured, not spaCy. ``--hand-built`` skips the coder and uses tests/store_records.py.
2. Queries: a million events are generated and bulk-inserted (``Store.bulk_insert_events``);
   ``Store.stats`` and ``Store.grid`` run ``--summary-runs`` times per case (whole store, one
   year, one type); then ``Store.query`` runs filtered first pages (country + 90 days; type + bbox; min
   corroboration; full text) and deep cursor pages (page after the middle event), ``--runs``
   times each with random parameters, then again after ``gc.freeze()`` (as a server would after
   startup: full garbage collections of long-lived objects otherwise land on random queries).
   The target is p99 < 50 ms for a filtered page of 100.

PostgreSQL is a throwaway server from tests/pg.py (Debian's postgresql package) unless
``--no-postgres``. Nothing here asserts a time; results go to benchmarks/results/bench_store.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import ExitStack
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # for tests.pg and tests.store_records

from dateline.record import Article, CodedArticle, Event, report_id  # noqa: E402
from dateline.store.db import Store  # noqa: E402
from dateline.store.filters import encode_cursor  # noqa: E402
from dateline.store.query import EventQuery  # noqa: E402

# Invented sentences in the style of incident reports (our own words), coded once by the coder.
SEEDS = [
    "An air strike hit a market in Saraqib on Monday, killing five civilians, the civil defence said.",
    "Government forces shelled villages near Ariha on Tuesday, killing three people, a monitor said.",
    "A roadside bomb struck a police vehicle in Kandahar on Sunday, killing two officers, officials said.",
    "Gunmen attacked a checkpoint near Mosul on Friday, and four soldiers were killed, the army said.",
    "A drone strike hit a house in Marib on Wednesday, killing six people, local sources said.",
]
# Where variants are moved to: (lat, lon, ISO3) of towns, jittered by up to ~0.5 degrees.
PLACES = [(35.86, 36.80, "SYR"), (31.61, 65.71, "AFG"), (36.34, 43.13, "IRQ"), (15.46, 45.32, "YEM"),
          (2.04, 45.34, "SOM"), (11.85, 13.16, "NGA"), (48.02, 37.80, "UKR"), (15.50, 32.56, "SDN")]
TYPES = [("Explosions/Remote violence", "Air/drone strike"), ("Battles", "Armed clash"),
         ("Violence against civilians", "Attack"), ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
         ("Protests", "Peaceful protest"), ("Riots", "Mob violence")]
OUTLETS = ["Reuters", "Agence France-Presse", "Associated Press", "SANA", "TASS", "Xinhua", None, "Local Herald"]


def seed_articles(hand_built: bool) -> list[CodedArticle]:
    if hand_built:
        from tests.store_records import strike

        return [strike(f"seed{i}", s) for i, s in enumerate(SEEDS)]
    from dateline.pipeline import Coder

    coder = Coder()
    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").glob("*.txt"))] + SEEDS
    coded = [coder.code(Article.from_text(t, id=f"seed{i}", published=date(2024, 3, 5))) for i, t in enumerate(texts)]
    return [c for c in coded if c.events]


def variants(seeds: list[CodedArticle], n: int, rng: random.Random) -> Iterator[CodedArticle]:
    """n distinct articles: new text hash, and per report a new date, place and toll."""
    for i in range(n):
        base = seeds[i % len(seeds)]
        art = Article.from_text(f"{base.article.text}\n\nBenchmark copy {i}.", id=f"v{i}",
                                outlet=OUTLETS[i % len(OUTLETS)], published=date(2022, 1, 1) + timedelta(days=i % 900))
        day = date(2022, 1, 1) + timedelta(days=rng.randrange(900))
        lat0, lon0, iso = PLACES[rng.randrange(len(PLACES))]
        reports = []
        for r in base.events:
            start = r.evidence[0].start if r.evidence else 0
            end = r.evidence[0].end if r.evidence else 1
            rid = report_id(art.sha256, start, end)
            loc = r.location.model_copy(update={"lat": lat0 + rng.uniform(-0.5, 0.5), "lon": lon0 + rng.uniform(-0.5, 0.5),
                                                "country": iso}) if r.location else None
            d = r.date.model_copy(update={"best": day, "start": day, "end": day}) if r.date else None
            toll = rng.randrange(0, 30)
            fat = r.fatalities.model_copy(update={"best": toll, "low": toll, "high": toll})
            reports.append(r.model_copy(update={"report_id": rid, "event_id": rid, "article": art.ref(),
                                                "location": loc, "date": d, "fatalities": fat}))
        yield base.model_copy(update={"article": art, "events": reports})


def bench_ingest(db: str, articles: list[CodedArticle]) -> dict[str, Any]:
    store = Store(db)
    t0 = time.perf_counter()
    for c in articles:
        store.add(c)
    wall = time.perf_counter() - t0
    counts = store.counts()
    store.close()
    return {"articles": len(articles), "seconds": round(wall, 1), "articles_per_s": round(len(articles) / wall, 1),
            "events": counts["events"], "reports": counts["reports"], "revisions": counts["revisions"]}


def generated_events(n: int, rng: random.Random) -> Iterator[tuple[Event, str]]:
    """n merged events with realistic filter columns; the JSON record is built by templating."""
    template = Event.model_validate({
        "event_id": "ev_0", "event_type": "Battles", "sub_event_type": "Armed clash", "confidence": 0.7,
        "actor1": {"name": "Military Forces", "text": "troops"}, "actor2": {"name": "Rebels", "text": "rebels"},
        "location": {"name": "Town", "text": "Town", "lat": 0.0, "lon": 0.0, "country": "SYR", "geo_precision": 1},
        "date": {"best": "2024-01-01", "start": "2024-01-01", "end": "2024-01-01", "time_precision": 1},
        "fatalities": {"best": 1, "low": 1, "high": 1},
        "sources": [{"chain_id": "c", "outlet": "Reuters", "kind": "wire"}], "corroboration": 1,
    })
    kinds = ["wire", "state_affiliated", "monitor", "local", "government"]
    words = ["market", "checkpoint", "convoy", "village", "hospital", "school", "bridge", "airport", "camp", "mosque"]
    for i in range(n):
        lat0, lon0, iso = PLACES[i % len(PLACES)]
        etype, sub = TYPES[rng.randrange(len(TYPES))]
        day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
        toll = rng.randrange(0, 40)
        chains = 1 + int(rng.expovariate(1.0))
        kind = kinds[rng.randrange(len(kinds))]
        ev = template.model_copy(update={
            "event_id": f"ev_{i:012x}", "event_type": etype, "sub_event_type": sub,
            "location": template.location.model_copy(update={"lat": lat0 + rng.uniform(-2, 2), "lon": lon0 + rng.uniform(-2, 2),  # type: ignore[union-attr]
                                                             "country": iso, "name": f"Town {i % 5000}"}),
            "date": template.date.model_copy(update={"best": day, "start": day, "end": day}),  # type: ignore[union-attr]
            "fatalities": template.fatalities.model_copy(update={"best": toll, "low": toll, "high": toll + rng.randrange(3)}),
            "sources": [template.sources[0].model_copy(update={"kind": kind})],
            "corroboration": chains,
        })
        yield ev, f"{etype} at the {words[i % len(words)]} of Town {i % 5000}, reported {words[(i // 10) % len(words)]}"


def _pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def bench_queries(store: Store, n_events: int, runs: int, rng: random.Random) -> dict[str, Any]:
    iso = [p[2] for p in PLACES]

    def first_day() -> date:
        return date(2015, 1, 1) + timedelta(days=rng.randrange(3560))

    def mid_cursor() -> str:
        i = rng.randrange(n_events)
        ev = store.get_event(f"ev_{i:012x}")
        assert ev is not None and ev.date is not None
        return encode_cursor(ev.date.best, ev.event_id)

    cases: dict[str, Any] = {
        "first page, no filter": lambda: EventQuery(limit=100),
        "country + 90 days": lambda: (lambda d: EventQuery(country=rng.choice(iso), date_from=d, date_to=d + timedelta(days=90), limit=100))(first_day()),
        "type + bbox": lambda: (lambda p: EventQuery(event_type=rng.choice(TYPES)[0], bbox=(p[1] - 1, p[0] - 1, p[1] + 1, p[0] + 1), limit=100))(rng.choice(PLACES)),
        "small bbox (0.5 deg)": lambda: (lambda p: EventQuery(bbox=(p[1] - 0.25, p[0] - 0.25, p[1] + 0.25, p[0] + 0.25), limit=100))(rng.choice(PLACES)),
        "country + min corroboration 3": lambda: EventQuery(country=rng.choice(iso), min_corroboration=3, limit=100),
        "full text + country": lambda: EventQuery(text=rng.choice(["market", "hospital convoy", "bridge"]), country=rng.choice(iso), limit=100),
        "full text, common word": lambda: EventQuery(text=rng.choice(["market", "school", "camp"]), limit=100),
        "deep cursor page": lambda: EventQuery(cursor=mid_cursor(), limit=100),
        "deep cursor page + country": lambda: EventQuery(cursor=mid_cursor(), country=rng.choice(iso), limit=100),
    }
    out: dict[str, Any] = {}
    for name, make in cases.items():
        store.query(make())  # warm the cache
        times, sizes = [], []
        for _ in range(runs):
            q = make()
            t0 = time.perf_counter()
            page = store.query(q)
            times.append((time.perf_counter() - t0) * 1000)
            sizes.append(len(page.events))
        out[name] = {"median_ms": round(statistics.median(times), 2), "p99_ms": round(_pct(times, 99), 2),
                     "mean_page": round(statistics.fmean(sizes), 1), "runs": runs}
    return out


def bench_summaries(store: Store, runs: int, rng: random.Random) -> dict[str, Any]:
    """Store.stats and Store.grid (the page's timeline and map clusters): whole store and filtered."""

    def year() -> EventQuery:
        y = rng.randrange(2015, 2025)
        return EventQuery(date_from=date(y, 1, 1), date_to=date(y, 12, 31))

    cases: dict[str, Any] = {
        "stats, no filter": lambda: store.stats(EventQuery()),
        "stats, one year": lambda: store.stats(year()),
        "stats, one type": lambda: store.stats(EventQuery(event_type=rng.choice(TYPES)[0])),
        "stats, country + 90 days": lambda: store.stats(EventQuery(country=rng.choice(PLACES)[2], date_from=date(2020, 3, 1), date_to=date(2020, 5, 30))),
        "grid 1 deg, no filter": lambda: store.grid(EventQuery(), 1.0),
        "grid 1 deg, one year": lambda: store.grid(year(), 1.0),
        "grid 1 deg, one type": lambda: store.grid(EventQuery(event_type=rng.choice(TYPES)[0]), 1.0),
    }
    out: dict[str, Any] = {}
    for name, run in cases.items():
        run()  # warm the cache
        times = []
        for _ in range(runs):
            t0 = time.perf_counter()
            run()
            times.append((time.perf_counter() - t0) * 1000)
        out[name] = {"median_ms": round(statistics.median(times), 1), "max_ms": round(max(times), 1), "runs": runs}
        print(f"  {name}: median {out[name]['median_ms']} ms", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=200)
    ap.add_argument("--summary-runs", type=int, default=10, help="runs of each stats/grid case")
    ap.add_argument("--no-postgres", action="store_true")
    ap.add_argument("--hand-built", action="store_true", help="seed articles built by hand, no spaCy")
    ap.add_argument("--seed", type=int, default=5)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    results: dict[str, Any] = {"args": vars(args), "at": datetime.now(UTC).isoformat(timespec="seconds")}

    with ExitStack() as stack:
        tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-store-")))
        pg = None
        if not args.no_postgres:
            from tests.pg import find_bin, postgres_server

            bin_dir = find_bin()
            if bin_dir is None:
                print("no PostgreSQL binaries: PostgreSQL skipped", file=sys.stderr)
            else:
                pg = stack.enter_context(postgres_server(bin_dir))

        if args.articles:
            seeds = seed_articles(args.hand_built)
            arts = list(variants(seeds, args.articles, rng))
            results["ingest"] = {"seed_articles": len(seeds), "sqlite": bench_ingest(str(tmp / "ingest.sqlite"), arts)}
            print(f"ingest sqlite: {results['ingest']['sqlite']}", flush=True)
            if pg is not None:
                results["ingest"]["postgresql"] = bench_ingest(pg.create_database("ingest"), arts)
                print(f"ingest postgresql: {results['ingest']['postgresql']}", flush=True)
            del arts, seeds
        gc.collect()

        if args.events:
            results["query"] = {}
            targets = [("sqlite", str(tmp / "query.sqlite"))]
            if pg is not None:
                targets.append(("postgresql", pg.create_database("query")))
            for name, db in targets:
                store = Store(db)
                t0 = time.perf_counter()
                store.bulk_insert_events(generated_events(args.events, random.Random(args.seed)))
                if store.dialect == "postgresql":
                    # VACUUM sets the visibility map autovacuum would set soon after a load; without
                    # it, stats and grid cannot use index-only scans (about twice as slow).
                    with store.engine.connect() as conn:
                        conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE events")
                else:
                    with store.engine.begin() as conn:
                        conn.exec_driver_sql("ANALYZE")
                load = time.perf_counter() - t0
                print(f"{name}: {args.events} events loaded in {load:.0f} s", flush=True)
                gc.collect()
                summaries = bench_summaries(store, args.summary_runs, rng)
                cases = bench_queries(store, args.events, args.runs, rng)
                # Full collections of the process's long-lived objects (libraries, the loaded
                # model) land on random queries; a server freezes its startup heap once.
                gc.freeze()
                frozen = bench_queries(store, args.events, args.runs, rng)
                gc.unfreeze()
                results["query"][name] = {"events": args.events, "load_s": round(load, 1), "cases": cases,
                                          "cases_gc_frozen": frozen, "summaries": summaries}
                store.close()

    print()
    print(f"{'':44} {'median ms':>10} {'p99 ms':>10} {'p99 frozen':>11} {'page':>6}")
    for name, r in results.get("query", {}).items():
        for case, m in r["cases"].items():
            f = r["cases_gc_frozen"][case]
            print(f"{name + ': ' + case:44} {m['median_ms']:>10} {m['p99_ms']:>10} {f['p99_ms']:>11} {m['mean_page']:>6}")
    for name, r in results.get("query", {}).items():
        for case, m in r["summaries"].items():
            print(f"{name + ': ' + case:44} {m['median_ms']:>10} {'':>10} {'':>11}")
    for name, r in results.get("ingest", {}).items():
        if isinstance(r, dict):
            print(f"ingest {name}: {r['articles_per_s']} articles/s ({r['articles']} articles -> {r['events']} events)")
    out = REPO / "benchmarks" / "results" / "bench_store.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"written to {out}")


if __name__ == "__main__":
    main()
