#!/usr/bin/env python
"""``GET /events`` latency on large stores, and the page's time to first markers in Chromium.

    python benchmarks/bench_api.py                      # 100,000 and 1,000,000 events
    python benchmarks/bench_api.py --sizes 100000 --runs 30 --no-browser

For each size a SQLite store is filled with synthetic merged events (bulk insert through the
store's own tables; generated here, no real data), served by ``dateline serve`` in a subprocess,
and queried over HTTP. Prints median and p99 per request kind, the ratio of each size's median
to the smallest size's, and writes everything to benchmarks/results/bench_api.json.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from dateline.record import (
    Actor,
    ArticleRef,
    EventClaim,
    EventDate,
    Fatalities,
    Location,
    SourceChain,
)
from dateline.record import Event as MergedEvent
from dateline.store.db import Store

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Looting/property destruction"),
]
# (country, lat, lon, spread in degrees): invented hot spots, so events cluster like real ones.
SPOTS = [
    ("SYR", 35.0, 38.5, 1.5), ("UKR", 48.5, 35.0, 2.5), ("SDN", 13.5, 27.0, 3.0), ("YEM", 15.0, 45.0, 2.0),
    ("MLI", 15.0, -2.0, 3.0), ("COD", -1.5, 29.0, 1.5), ("MMR", 21.0, 96.0, 2.5), ("NGA", 11.0, 9.0, 3.0),
    ("MEX", 20.0, -101.0, 3.0), ("AFG", 34.0, 67.0, 3.0), ("SOM", 3.0, 45.0, 2.0), ("IRQ", 34.0, 43.0, 2.0),
]
OUTLETS = [("Example Wire", "wire"), ("Example Daily", "local"), ("State Example TV", "state_affiliated"), ("Example Monitor", "monitor")]
WORDS = ["army", "rebels", "shelling", "market", "village", "convoy", "checkpoint", "drone", "protest", "police", "militia", "airstrike"]


def make_event(i: int, rng: random.Random, start: date, days: int) -> tuple[MergedEvent, str]:
    event_type, sub = TYPES[rng.randrange(len(TYPES))]
    country, lat0, lon0, spread = SPOTS[rng.randrange(len(SPOTS))]
    lat, lon = lat0 + rng.uniform(-spread, spread), lon0 + rng.uniform(-spread, spread)
    day = start + timedelta(days=rng.randrange(days))
    outlet, kind = OUTLETS[rng.randrange(len(OUTLETS))]
    sha = f"{i:064x}"
    killed = rng.choice([0, 0, 0, 1, 2, 3, 5, 8, 12, 30])
    event = MergedEvent(
        event_id=f"ev_{i:020x}",
        event_type=event_type,
        sub_event_type=sub,
        actor1=Actor(name=f"Group {rng.randrange(200)}", text="fighters", inter=2, country=country),
        actor2=Actor(name=f"Military Forces of {country}", text="the army", inter=1, country=country),
        location=Location(name=f"Place {i % 5000}", text="the town", lat=lat, lon=lon, country=country, geo_precision=1),
        date=EventDate(best=day, start=day, end=day, time_precision=1),
        fatalities=Fatalities(best=killed, low=killed, high=killed),
        claims=[
            EventClaim(source="officials", kind="government", chain=[outlet, "officials"], report_id=f"r{i}", article_id=sha, outlet=outlet)
        ],
        sources=[SourceChain(chain_id=sha, outlet=outlet, kind=kind, articles=[sha])],  # type: ignore[arg-type]
        corroboration=1 + (i % 3 == 0),
        flags=["single_source"] if i % 3 else [],
        report_ids=[f"r{i}"],
        articles=[ArticleRef(id=sha, sha256=sha, outlet=outlet, published=day)],
        confidence=0.7,
    )
    search = " ".join(rng.choice(WORDS) for _ in range(12))
    return event, search


def build(path: Path, n: int, seed: int = 7) -> float:
    rng = random.Random(seed)
    start = date(2022, 1, 1)
    t0 = time.perf_counter()
    with Store(str(path)) as store:
        store.bulk_insert_events(make_event(i, rng, start, 3 * 365) for i in range(n))
    return time.perf_counter() - t0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    def __init__(self, db: Path) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(self.port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if httpx.get(self.base + "/openapi.json", timeout=5).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.3)
        self.stop()
        raise RuntimeError("server did not start")

    def stop(self) -> None:
        self.proc.terminate()
        self.proc.wait(timeout=20)


def requests_to_time(http: httpx.Client) -> Iterator[tuple[str, str, dict[str, Any]]]:
    first = http.get("/events", params={"limit": 100}).json()
    yield "first page (100)", "/events", {"limit": 100}
    yield "type filter", "/events", {"type": "Battles", "limit": 100}
    yield "country + dates", "/events", {"country": "SYR", "from": "2023-03-01", "to": "2023-04-30", "limit": 100}
    yield "bbox", "/events", {"bbox": "36,34,38,36", "limit": 100}
    yield "actor substring", "/events", {"actor": "Group 17", "limit": 100}
    yield "min corroboration", "/events", {"min_corroboration": 2, "limit": 100}
    yield "text search", "/events", {"q": "convoy", "limit": 100}
    yield "next page (cursor)", "/events", {"limit": 100, "cursor": first["next_cursor"]}
    yield "geojson 2000", "/events", {"format": "geojson", "limit": 2000}
    yield "csv 1000", "/events", {"format": "csv", "limit": 1000}
    yield "stats (page load)", "/stats", {}
    yield "grid zoom 3", "/grid", {"zoom": 3}


def time_requests(base: str, runs: int) -> dict[str, dict[str, float]]:
    out: dict[str, dict[str, float]] = {}
    with httpx.Client(base_url=base, timeout=300) as http:
        for name, path, params in requests_to_time(http):
            http.get(path, params=params).raise_for_status()  # warm the page cache
            times = []
            for _ in range(runs):
                t0 = time.perf_counter()
                r = http.get(path, params=params)
                times.append(time.perf_counter() - t0)
                r.raise_for_status()
            times.sort()
            p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))]
            out[name] = {"median_ms": statistics.median(times) * 1000, "p99_ms": p99 * 1000}
            print(f"  {name:22s} median {out[name]['median_ms']:8.1f} ms   p99 {out[name]['p99_ms']:8.1f} ms", flush=True)
    return out


def page_to_first_markers(base: str, runs: int = 3) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    times = []
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=os.environ.get("DATELINE_CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
        )
        for _ in range(runs):
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            t0 = time.perf_counter()
            page.goto(base + "/")
            page.wait_for_selector("#markers > *", timeout=300_000)
            times.append(time.perf_counter() - t0)
            # Responsive: a script round-trip answers promptly once the markers are drawn.
            t1 = time.perf_counter()
            page.evaluate("1 + 1")
            responsive = time.perf_counter() - t1
            shown = page.evaluate("document.querySelectorAll('#markers > *').length")
            page.close()
    print(f"  page to first markers  median {statistics.median(times) * 1000:8.0f} ms  ({shown} map nodes; eval {responsive * 1000:.0f} ms)")
    return {"median_ms": statistics.median(times) * 1000, "max_ms": max(times) * 1000, "map_nodes": shown}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100000,1000000", help="comma-separated event counts")
    parser.add_argument("--runs", type=int, default=50, help="timed requests per kind")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium page-load measure")
    parser.add_argument("--keep", type=Path, default=None, help="folder to keep the generated databases in (reused if present)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    results: dict[str, Any] = {"runs": args.runs, "sizes": {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for n in sizes:
            db = folder / f"bench-api-{n}.sqlite"
            entry: dict[str, Any] = {}
            if not db.exists():
                print(f"building {n:,} events ...", flush=True)
                entry["build_s"] = build(db, n)
                print(f"  built in {entry['build_s']:.0f} s", flush=True)
            print(f"{n:,} events:", flush=True)
            server = Server(db)
            try:
                entry["requests"] = time_requests(server.base, args.runs)
                if not args.no_browser:
                    entry["page"] = page_to_first_markers(server.base)
            finally:
                server.stop()
            results["sizes"][str(n)] = entry
    base = results["sizes"][str(sizes[0])]["requests"]
    for n in sizes[1:]:
        req = results["sizes"][str(n)]["requests"]
        ratios = {k: req[k]["median_ms"] / max(base[k]["median_ms"], 1e-9) for k in req}
        results["sizes"][str(n)]["median_ratio_vs_smallest"] = ratios
        print(f"median ratio {n:,} / {sizes[0]:,}: " + ", ".join(f"{k} {v:.1f}x" for k, v in ratios.items()))
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "bench_api.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(f"results in {RESULTS / 'bench_api.json'}")


if __name__ == "__main__":
    main()
