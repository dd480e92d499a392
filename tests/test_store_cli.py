"""`dateline events` and `dateline delete` run for real (subprocess) on a store filled with
hand-built articles (tests/store_records.py), so no spaCy model is loaded."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from dateline.record import Event
from dateline.store.db import Store
from tests.store_records import strike


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATELINE_DB": str(db), "COLUMNS": "200", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True, env=env, timeout=120)


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.sqlite"
    with Store(str(path)) as s:
        s.add(strike("wire", "Four died, the civil defence said.", outlet="Reuters", deaths=4))
        s.add(strike("state", "Two died, the ministry said.", outlet="SANA", deaths=2))
        s.add(strike("mosul", "One died.", place="Mosul", deaths=1, day=date(2024, 2, 10), actor1="Islamic State"))
    return path


def test_events_lists_merged_events_with_filters(db: Path) -> None:
    out = run("events", "--format", "jsonl", db=db)
    assert out.returncode == 0, out.stderr
    events = [Event.model_validate(r) for r in records(out.stdout)]
    assert [e.date.best.isoformat() for e in events if e.date] == ["2024-02-10", "2024-03-01"]
    merged = events[1]
    assert (merged.corroboration, merged.fatalities.low, merged.fatalities.high) == (2, 2, 4)

    only_syr = run("events", "--format", "jsonl", "--country", "SYR", "--min-corroboration", "2", db=db)
    assert [r["event_id"] for r in records(only_syr.stdout)] == [merged.event_id]
    by_actor = run("events", "--format", "jsonl", "--actor", "islamic", "--bbox", "40,30,45,40", db=db)
    assert [r["location"]["name"] for r in records(by_actor.stdout)] == ["Mosul"]
    by_kind = run("events", "--format", "jsonl", "--source-kind", "state_affiliated", "--text", "Saraqib", db=db)
    assert [r["event_id"] for r in records(by_kind.stdout)] == [merged.event_id]
    assert records(run("events", "--format", "jsonl", "--limit", "1", db=db).stdout)[0]["event_id"] == events[0].event_id

    table = run("events", "--format", "csv", "--from", "2024-03-01", db=db)
    rows = list(csv.DictReader(io.StringIO(table.stdout)))
    assert [(r["event_id"], r["fatalities_low"], r["fatalities_high"], r["corroboration"]) for r in rows] == [
        (merged.event_id, "2", "4", "2")
    ]


def test_bad_filters_are_usage_errors_naming_the_option(db: Path) -> None:
    out = run("events", "--bbox", "1,2,3", db=db)
    assert out.returncode == 2 and "--bbox" in out.stderr
    out = run("events", "--since", "yesterday", db=db)
    assert out.returncode == 2 and "--since" in out.stderr


def test_delete_and_the_since_feed(db: Path) -> None:
    t0 = datetime.now(UTC)
    gone = run("delete", "mosul", "state", "no-such-article", db=db)
    assert gone.returncode == 1, gone.stderr  # two deleted, one unknown
    assert "deleted mosul" in gone.stderr and "0 events revised, 1 events deleted" in gone.stderr
    assert "deleted state" in gone.stderr and "1 events revised, 0 events deleted" in gone.stderr
    assert "E025" in gone.stderr and "'no-such-article'" in gone.stderr

    feed = records(run("events", "--format", "jsonl", "--since", (t0 - timedelta(seconds=1)).isoformat(), db=db).stdout)
    changed = [r for r in feed if "event_id" in r]
    deletions = [r for r in feed if "deleted" in r]
    assert len(changed) == 1 and changed[0]["fatalities"]["best"] == 4 and changed[0]["revision"] == 3
    assert len(deletions) == 1 and deletions[0]["deleted"].startswith("ev_")
    assert deletions[0]["reason"] == "article mosul deleted"
    later = run("events", "--format", "jsonl", "--since", (datetime.now(UTC) + timedelta(seconds=5)).isoformat(), db=db)
    assert later.returncode == 0 and later.stdout == ""


def test_a_locked_database_is_a_clear_error(db: Path) -> None:
    import sqlite3

    before = Store(str(db)).counts()
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        env_db = db
        out = subprocess.run(
            [sys.executable, "-m", "dateline.cli", "delete", "wire"], capture_output=True, text=True, timeout=120,
            env={**os.environ, "DATELINE_DB": str(env_db), "DATELINE_DB_TIMEOUT": "0.3", "COLUMNS": "200", "NO_COLOR": "1"},
        )
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert out.returncode == 3, out.stderr
    assert "E024" in out.stderr and "is locked by another process" in out.stderr and str(db) in out.stderr
    assert "Traceback" not in out.stderr
    assert Store(str(db)).counts() == before


@pytest.fixture(params=["sqlite", "postgresql"])
def any_db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    db = str(tmp_path / "events.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_server").create_database()
    with Store(db) as s:
        s.add(strike("wire", "Four died, the civil defence said.", outlet="Reuters", deaths=4))
        s.add(strike("state", "Two died, the ministry said.", outlet="SANA", deaths=2))
        s.add(strike("mosul", "One died.", place="Mosul", deaths=1, day=date(2024, 2, 10)))
    return db


def test_events_history_lists_each_revision_with_its_article(any_db: str) -> None:
    out = run("events", "--format", "jsonl", "--history", db=any_db)  # type: ignore[arg-type]
    assert out.returncode == 0, out.stderr
    recs = records(out.stdout)
    assert [len(r["revisions"]) for r in recs] == [1, 2]  # Mosul alone; Saraqib told by two articles
    merged = recs[1]["revisions"]
    assert [(r["number"], r["action"], r["article_id"]) for r in merged] == [(1, "created", "wire"), (2, "report_added", "state")]
    assert merged[1]["changes"]["corroboration"] == [1, 2]
    assert merged[1]["changes"]["fatalities.low"] == [4, 2]
    with Store(any_db) as s:
        assert merged == [r.model_dump(mode="json") for r in s.revisions(recs[1]["event_id"])]

    plain = records(run("events", "--format", "jsonl", db=any_db).stdout)  # type: ignore[arg-type]
    assert plain == [{k: v for k, v in r.items() if k != "revisions"} for r in recs]

    table = run("events", "--format", "table", "--history", db=any_db)  # type: ignore[arg-type]
    assert table.returncode == 0, table.stderr
    lines = [line for line in table.stdout.splitlines() if "report_added" in line]
    assert len(lines) == 1 and "state" in lines[0] and "fatalities.low: 4 -> 2" in lines[0]

    csv_out = run("events", "--format", "csv", "--history", db=any_db)  # type: ignore[arg-type]
    assert csv_out.returncode == 2 and "--history" in csv_out.stderr and "jsonl" in csv_out.stderr
