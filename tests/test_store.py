"""Tests of dateline.store.Store on real SQLite files and a real PostgreSQL server.

Most tests run twice (the ``db`` fixture: a temporary SQLite file, then a fresh database on the
session's PostgreSQL server from tests/pg.py) and feed hand-built coded articles
(tests/store_records.py), so the merge loop is tested without loading spaCy.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import IntegrityError

from dateline.errors import DatelineError
from dateline.record import Article, CodedArticle
from dateline.store.db import Store
from dateline.store.query import EventQuery
from tests.store_records import article, coded, report, strike

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return str(tmp_path / "events.sqlite")
    server = request.getfixturevalue("pg_server")
    return str(server.create_database())


@pytest.fixture
def store(db: str) -> Any:
    s = Store(db)
    yield s
    s.close()


def only(store: Store) -> Any:
    events = list(store.events())
    assert len(events) == 1, [e.event_id for e in events]
    return events[0]


# -- ingest and merging ---------------------------------------------------------------------


def test_a_new_store_is_empty_and_reopens(db: str) -> None:
    with Store(db) as s:
        assert set(s.counts().values()) == {0}
        assert s.dialect == ("sqlite" if "://" not in db else "postgresql")
    with Store(db) as again:  # the second open finds the schema at head and changes nothing
        assert set(again.counts().values()) == {0}


def test_add_is_idempotent(store: Store) -> None:
    first = strike("a1", "Four people died, officials said.", outlet="Reuters", deaths=4)
    r = store.add(first)
    assert (r.added, r.reports, r.events_created, r.events_updated) == (True, 1, 1, 0)
    counts = store.counts()
    assert counts["articles"] == counts["reports"] == counts["events"] == counts["event_members"] == 1
    assert counts["claims"] == 0 and counts["revisions"] == 1 and counts["changes"] == 1
    assert counts["sources"] == 1  # Reuters, from the outlet registry

    again = store.add(first)
    assert (again.added, again.reports, again.events_created, again.events_updated) == (False, 0, 0, 0)
    # The same text with other whitespace and another id is the same article.
    copy = coded(Article.from_text(first.article.text + "\n\n", id="copy"), *first.events)
    assert store.add(copy).added is False
    assert store.counts() == counts


def test_reports_of_one_incident_merge_into_one_event_with_a_toll_range(store: Store) -> None:
    a = strike("wire", "Four people died, the civil defence said.", outlet="Reuters", deaths=4)
    b = strike("state", "Two people were killed, the ministry said.", outlet="SANA", deaths=2, source="the ministry")
    c = strike("monitor", "Seven people were killed, a monitor reported.", outlet="Syrian Observatory for Human Rights", deaths=7)
    assert store.add(a).events_created == 1
    assert (store.add(b).events_updated, store.add(c).events_updated) == (1, 1)
    ev = only(store)
    founder = a.events[0].report_id
    assert ev.event_id == "ev_" + founder
    assert sorted(ev.report_ids) == sorted(r.report_id for x in (a, b, c) for r in x.events)
    assert (ev.fatalities.low, ev.fatalities.high) == (2, 7)
    assert ev.fatalities.best == 2  # conservative: the lowest figure among independent chains
    assert ev.corroboration == 3
    assert {f.value for f in ev.figures if f.field == "fatalities"} == {2, 4, 7}
    assert "contested" in ev.flags
    assert ev.revision == 3

    history = store.revisions(ev.event_id)
    assert [h.action for h in history] == ["created", "report_added", "report_added"]
    assert [h.article_id for h in history] == ["wire", "state", "monitor"]
    assert history[1].changes["fatalities.low"] == [4, 2]
    assert history[2].changes["fatalities.high"] == [4, 7]
    # The stored reports keep their ids and name the merged event.
    assert {r.report_id for r in store.reports_of(ev.event_id)} == set(ev.report_ids)
    assert {r.event_id for r in store.reports_of(ev.event_id)} == {ev.event_id}
    assert store.reports_in_article("state")[0].event_id == ev.event_id
    assert store.get_event(ev.event_id) == ev


def test_two_reports_of_one_article_are_never_merged(store: Store) -> None:
    art = article("two", "An air strike hit Saraqib. Another air strike hit Saraqib later that day.")
    result = store.add(coded(art, report(art, span=(0, 26)), report(art, span=(27, 60))))
    assert (result.reports, result.events_created) == (2, 2)
    events = list(store.events())
    assert len(events) == 2
    # A later article of the same strike joins one of them, not both.
    store.add(strike("later", "A resident described the damage.", deaths=1))
    assert sorted(len(e.report_ids) for e in store.events()) == [1, 2]


def test_incidents_in_different_towns_stay_apart(store: Store) -> None:
    store.add(strike("s", "Three died.", place="Saraqib", deaths=3))
    store.add(strike("k", "Three died.", place="Kandahar", deaths=3))
    store.add(strike("late", "Three more died.", place="Saraqib", deaths=3, day=date(2024, 4, 20)))
    assert store.counts()["events"] == 3


def test_a_failed_article_leaves_nothing_behind(store: Store) -> None:
    store.add(strike("first", "One died.", deaths=1))
    before = store.counts()
    other = strike("second", "Two died.", deaths=2, place="Mosul")
    clash = other.events[0].model_copy(update={"report_id": store.reports_in_article("first")[0].report_id})
    with pytest.raises(IntegrityError):
        store.add(other.model_copy(update={"events": [other.events[0], clash]}))
    assert store.counts() == before
    assert store.get_article("second") is None
    assert store.add(other).added is True
    assert store.counts()["articles"] == before["articles"] + 1


def test_article_round_trip(store: Store) -> None:
    c = strike("rt", "Five died.", outlet="Agence France-Presse", deaths=5)
    store.add(c)
    assert store.get_article("rt") == c.article
    assert store.get_article(c.article.sha256) == c.article
    assert store.get_article("nope") is None
    assert store.reports_in_article("rt") == [c.events[0].model_copy(update={"event_id": "ev_" + c.events[0].report_id})]


def test_a_reports_rank_survives_the_store_and_an_old_record_without_one_loads(store: Store) -> None:
    import json

    from dateline.record import Report
    from dateline.store.rows import report_of

    c = strike("rk", "Six died.", outlet="Reuters", deaths=6)
    ranked = c.events[0].model_copy(update={"rank": 0.37, "confidence": 0.61})
    store.add(coded(c.article, ranked))
    (back,) = store.reports_in_article("rk")
    assert back.rank == 0.37 and back.confidence == 0.61 and back.ranking() == 0.37
    record = ranked.to_json_dict()
    del record["rank"]  # as stored before reports had a rank
    old = report_of(json.dumps(record), None)
    assert isinstance(old, Report) and old.rank is None and old.ranking() == 0.61


# -- deletion, revisions and the change feed --------------------------------------------------


def test_delete_article_rebuilds_or_deletes_its_events(store: Store) -> None:
    a = strike("a", "Four died.", outlet="Reuters", deaths=4)
    b = strike("b", "Nine died.", outlet="Agence France-Presse", deaths=9)
    solo = strike("solo", "Two died.", place="Mosul", deaths=2)
    for c in (a, b, solo):
        store.add(c)
    merged = next(e for e in store.events() if len(e.report_ids) == 2)
    t0 = datetime.now(UTC)

    gone = store.delete_article("b")
    assert (gone.article_sha256, gone.reports_removed, gone.events_updated, gone.events_deleted) == (b.article.sha256, 1, 1, 0)
    ev = store.get_event(merged.event_id)
    assert ev is not None and ev.event_id == merged.event_id
    assert (ev.fatalities.low, ev.fatalities.high, ev.corroboration) == (4, 4, 1)
    last = store.revisions(ev.event_id)[-1]
    assert (last.action, last.article_id, last.changes["fatalities.high"]) == ("report_removed", "b", [9, 4])

    solo_id = "ev_" + solo.events[0].report_id
    gone = store.delete_article(solo.article.sha256)
    assert (gone.events_updated, gone.events_deleted) == (0, 1)
    assert store.get_event(solo_id) is None and store.revisions(solo_id) == []
    counts = store.counts()
    assert (counts["articles"], counts["reports"], counts["events"]) == (1, 1, 1)

    page = store.query(EventQuery(since=t0))
    assert [e.event_id for e in page.events] == [merged.event_id]
    assert [(d.event_id, d.reason) for d in page.deleted] == [(solo_id, "article solo deleted")]
    # The feed is a sync: nothing after now.
    later = store.query(EventQuery(since=datetime.now(UTC) + timedelta(seconds=1)))
    assert (later.events, later.deleted) == ([], [])

    with pytest.raises(DatelineError) as info:
        store.delete_article("solo")
    assert info.value.code == "E025" and "'solo'" in str(info.value)


def test_reingest_after_delete_restores_the_event(store: Store) -> None:
    c = strike("back", "Six died.", deaths=6)
    store.add(c)
    store.delete_article("back")
    assert store.add(c).events_created == 1
    ev = only(store)
    assert ev.event_id == "ev_" + c.events[0].report_id
    t = datetime.now(UTC) - timedelta(minutes=1)
    assert store.query(EventQuery(since=t)).deleted == []  # the event exists again


# -- queries ----------------------------------------------------------------------------------


@pytest.fixture
def filled(store: Store) -> Store:
    rows = [
        ("s1", "Saraqib", date(2024, 3, 1), "Reuters", None, "Air/drone strike"),
        ("s2", "Ariha", date(2024, 3, 9), "SANA", "Military Forces of Syria", "Shelling/artillery/missile attack"),
        ("k1", "Kandahar", date(2023, 7, 4), "Associated Press", "Taliban", "Remote explosive/landmine/IED"),
        ("m1", "Mosul", date(2024, 1, 15), None, "Islamic State", "Suicide bomb"),
        ("m2", "Mosul", date(2024, 5, 30), "Xinhua", None, "Air/drone strike"),
    ]
    for id_, place, day, outlet, actor, sub in rows:
        store.add(strike(id_, f"Report {id_} of a blast in {place}.", outlet=outlet, place=place, day=day,
                         deaths=len(id_), actor1=actor, sub_event_type=sub))
    store.add(strike("s1-copy", "A second outlet on the Saraqib strike.", outlet="Agence France-Presse", place="Saraqib",
                     day=date(2024, 3, 1), deaths=3))
    return store


def _dates(store: Store, **kw: Any) -> list[str]:
    q = EventQuery(**kw)
    events = list(store.events(q))
    assert store.count(q) == len(events)
    return [e.date.best.isoformat() for e in events if e.date]


def test_query_filters(filled: Store) -> None:
    s = filled
    assert _dates(s) == ["2023-07-04", "2024-01-15", "2024-03-01", "2024-03-09", "2024-05-30"]
    assert _dates(s, date_from=date(2024, 3, 1), date_to=date(2024, 3, 9)) == ["2024-03-01", "2024-03-09"]
    assert _dates(s, country="syr") == ["2024-03-01", "2024-03-09"]
    assert _dates(s, bbox=(36.0, 35.0, 37.0, 36.5)) == ["2024-03-01", "2024-03-09"]
    assert _dates(s, bbox=(60.0, 30.0, 70.0, 33.0)) == ["2023-07-04"]
    # west > east: the box crosses the antimeridian (east of 40 E, or west of 170 W)
    assert _dates(s, bbox=(40.0, 30.0, -170.0, 40.0)) == ["2023-07-04", "2024-01-15", "2024-05-30"]
    assert _dates(s, bbox=(179.5, 30.0, -179.5, 40.0)) == []
    assert _dates(s, event_type="explosions/remote violence") == _dates(s)
    assert _dates(s, event_type="Battles") == []
    assert _dates(s, sub_event_type="air/drone strike") == ["2024-03-01", "2024-05-30"]
    assert _dates(s, actor="taliban") == ["2023-07-04"]
    assert _dates(s, source="xinhua") == ["2024-05-30"]
    assert _dates(s, source_kind="state_affiliated") == ["2024-03-09"]
    assert _dates(s, source_kind="wire") == ["2023-07-04", "2024-03-01", "2024-05-30"]
    assert _dates(s, min_corroboration=2) == ["2024-03-01"]
    assert _dates(s, text="strikes Mosul") == ["2024-01-15", "2024-05-30"]  # stemmed: strike(s)
    assert _dates(s, text="second") == ["2024-03-01"]  # a title of the merged event's second article
    assert _dates(s, text="nowhere-to-be-found") == []
    assert _dates(s, text="   ") == []


def test_cursor_pages_cover_every_event_once(filled: Store) -> None:
    seen: list[str] = []
    q = EventQuery(limit=2)
    pages = 0
    while True:
        page = filled.query(q)
        pages += 1
        seen.extend(e.event_id for e in page.events)
        if page.next_cursor is None:
            break
        q = q.model_copy(update={"cursor": page.next_cursor})
    assert pages == 3
    assert seen == [e.event_id for e in filled.events()] and len(set(seen)) == 5
    with pytest.raises(ValueError, match="invalid cursor"):
        filled.query(EventQuery(cursor="not-a-cursor"))


def test_stats_and_grid(filled: Store) -> None:
    st = filled.stats(EventQuery())
    events = list(filled.events())
    assert st["total"] == 5
    assert st["fatalities"] == sum(e.fatalities.best or 0 for e in events)
    assert [d["date"] for d in st["by_day"]] == ["2023-07-04", "2024-01-15", "2024-03-01", "2024-03-09", "2024-05-30"]
    assert st["by_country"] == {"SYR": 2, "IRQ": 2, "AFG": 1}
    assert st["by_type"] == {"Explosions/Remote violence": 5}
    assert filled.stats(EventQuery(country="AFG"))["total"] == 1

    cells = filled.grid(EventQuery(), cell_deg=1.0)
    assert sum(c["events"] for c in cells) == 5
    mosul = next(c for c in cells if c["events"] == 2 and abs(c["lat"] - 36.34) < 0.01)
    assert abs(mosul["lon"] - 43.13) < 0.01
    assert mosul["types"] == {"Explosions/Remote violence": 2}
    # Saraqib and Ariha share a 1-degree cell; their mean position lies between them.
    syria = next(c for c in cells if 35 < c["lat"] < 36 and 36 < c["lon"] < 37)
    assert syria["events"] == 2 and 36.61 < syria["lon"] < 36.80
    assert len(filled.grid(EventQuery(), cell_deg=50.0)) < len(cells)


# -- bad input --------------------------------------------------------------------------------


def test_a_database_from_a_newer_dateline_is_refused(db: str) -> None:
    Store(db).close()
    url = db if "://" in db else f"sqlite:///{db}"
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    engine.dispose()
    with pytest.raises(DatelineError) as info:
        Store(db)
    assert info.value.code == "E022" and "9999_future" in str(info.value)


def test_a_version_01_file_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.sqlite"
    with sqlite3.connect(db) as conn:  # the 0.1 schema had these tables and no alembic_version
        conn.execute("create table articles (sha256 text primary key, id text, text text)")
        conn.execute("create table reports (report_id text primary key, record text)")
    with pytest.raises(DatelineError) as info:
        Store(str(db))
    assert info.value.code == "E023" and repr(str(db)) in str(info.value)
    with sqlite3.connect(db) as conn:
        tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert tables == {"articles", "reports"}  # nothing written


def test_a_locked_sqlite_file_is_a_clear_error_and_writes_nothing(tmp_path: Path) -> None:
    db = tmp_path / "locked.sqlite"
    store = Store(str(db), timeout=0.2)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatelineError) as info:
            store.add(strike("x", "One died.", deaths=1))
        assert info.value.code == "E024" and repr(str(db)) in str(info.value)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert store.counts()["articles"] == 0
    assert store.add(strike("x", "One died.", deaths=1)).added


@pytest.mark.parametrize("kind", ["directory", "file-as-folder", "not-a-database", "unreachable-postgres", "unknown-driver"])
def test_bad_database_raises_e013_naming_it(tmp_path: Path, kind: str) -> None:
    shown = None
    if kind == "directory":
        db = str(tmp_path)
    elif kind == "file-as-folder":
        (tmp_path / "plain.txt").write_text("not a folder", encoding="utf-8")
        db = str(tmp_path / "plain.txt" / "sub" / "events.sqlite")
    elif kind == "not-a-database":
        (tmp_path / "notes.sqlite").write_text("some notes, not SQLite\n" * 100, encoding="utf-8")
        db = str(tmp_path / "notes.sqlite")
    elif kind == "unreachable-postgres":
        db = "postgresql://analyst:s3cret@127.0.0.1:1/events"
        shown = "postgresql://analyst:***@127.0.0.1:1/events"
    else:
        db = "nosuchdb://somewhere/x"
    with pytest.raises(DatelineError) as info:
        Store(db, timeout=2)
    assert info.value.code == "E013"
    assert str(info.value).startswith(f"E013: cannot open database {(shown or db)!r}")
    assert "s3cret" not in str(info.value)


def test_models_describe_the_migrated_schema(db: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from dateline.store.models import Base

    Store(db).close()
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.connect() as conn:
        # Full-text structures are dialect-specific SQL the models do not describe.
        def ours(name: str | None, type_: str, _parent: Any) -> bool:
            return not (name or "").startswith(("events_fts", "ix_events_search", "search_tsv"))

        diffs = compare_metadata(MigrationContext.configure(conn, opts={"include_name": ours}), Base.metadata)
    engine.dispose()
    assert diffs == []


# -- a killed run -----------------------------------------------------------------------------

KILL_SCRIPT = """
import sys, time
from datetime import date, timedelta
sys.path.insert(0, {repo!r})
from dateline.store.db import Store
from tests.store_records import strike

store = Store(sys.argv[1])
places = ["Saraqib", "Kandahar", "Mosul"]
for i in range(int(sys.argv[2])):
    store.add(strike(f"a{{i}}", f"Article number {{i}}.", deaths=i % 7, place=places[i % 3],
                     day=date(2024, 1, 1) + timedelta(days=i // 3)))
    print(i, flush=True)
"""


def test_a_killed_batch_resumes_without_duplicates(db: str, tmp_path: Path) -> None:
    script = tmp_path / "batch.py"
    script.write_text(KILL_SCRIPT.format(repo=str(REPO)), encoding="utf-8")
    n = 60
    proc = subprocess.Popen([sys.executable, str(script), db, str(n)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if int(line) >= 10:
            proc.kill()
            break
    proc.wait()
    with Store(db) as s:
        partial = s.counts()
    assert 10 <= partial["articles"] < n
    # Whole articles only: every stored article has its report, every report its event.
    assert partial["articles"] == partial["reports"] == partial["event_members"]
    done = subprocess.run([sys.executable, str(script), db, str(n)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with Store(db) as s:
        resumed = s.counts()
    # The reference: the same batch run once, uninterrupted, into a fresh SQLite file.
    clean = subprocess.run([sys.executable, str(script), str(tmp_path / "clean.sqlite"), str(n)], capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    with Store(str(tmp_path / "clean.sqlite")) as s:
        expected = s.counts()
    for table in ("articles", "reports", "events", "event_members", "claims"):
        assert resumed[table] == expected[table], table


# -- with the real coder ----------------------------------------------------------------------

RAQQA = (
    "Government troops clashed with Islamic State fighters near Raqqa on Sunday, and two soldiers "
    "were killed, the Syrian Observatory for Human Rights said.\n\n"
    "Officials fear the militants could attack the town if the army withdraws."
)


@pytest.mark.model
def test_coded_article_is_stored_once(tmp_path: Path, coder) -> None:  # type: ignore[no-untyped-def]
    raqqa: CodedArticle = coder.code(Article.from_text(RAQQA, id="raqqa", published=date(2019, 3, 5)))
    store = Store(str(tmp_path / "events.sqlite"))
    result = store.add(raqqa)
    assert (result.added, result.reports, result.mentions) == (True, 1, 1)
    again = coder.code(Article.from_text(RAQQA.replace("\n\n", "  \r\n\r\n\r\n") + "\n", id="copy"))
    assert store.add(again).added is False
    ev = only(store)
    assert ev.report_ids == [raqqa.events[0].report_id]
    assert ev.location is not None and ev.location.country == "SYR"
    assert store.counts()["mentions"] == 1


def test_postgres_writers_take_turns_and_a_stuck_one_is_a_clear_error(pg_server: Any) -> None:
    import psycopg

    from dateline.store.db import WRITE_LOCK

    db = pg_server.create_database()
    store = Store(db, timeout=0.5)
    holder = psycopg.connect(db.replace("postgresql+psycopg", "postgresql"))
    holder.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))  # another writer mid-article
    try:
        with pytest.raises(DatelineError) as info:
            store.add(strike("x", "One died.", deaths=1))
        assert info.value.code == "E024"
    finally:
        holder.rollback()
        holder.close()
    assert store.counts()["articles"] == 0
    assert store.add(strike("x", "One died.", deaths=1)).added
    store.close()


def test_two_writers_at_once_store_each_article_once(db: str, tmp_path: Path) -> None:
    script = tmp_path / "batch.py"
    script.write_text(KILL_SCRIPT.format(repo=str(REPO)), encoding="utf-8")
    Store(db).close()  # migrate first, so the writers race on articles, not on the schema
    n = 30
    procs = [subprocess.Popen([sys.executable, str(script), db, str(n)], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
             for _ in range(2)]
    for p in procs:
        _, stderr = p.communicate(timeout=300)
        assert p.returncode == 0, stderr
    clean = subprocess.run([sys.executable, str(script), str(tmp_path / "clean.sqlite"), str(n)], capture_output=True, text=True, timeout=300)
    assert clean.returncode == 0, clean.stderr
    with Store(db) as s, Store(str(tmp_path / "clean.sqlite")) as c:
        got, expected = s.counts(), c.counts()
    for table in ("articles", "reports", "events", "event_members", "revisions"):
        assert got[table] == expected[table], table


# -- speed paths (their results must equal the plain queries') and migration 0002 -----------------


def _bulk_events(n: int, seed: int = 3) -> list[tuple[Any, str]]:
    """n merged events spread over ~3 years, 4 countries, 3 types; 'market' in 3 of 4, 'bridge' in a few."""
    import random

    from dateline.record import Event

    rng = random.Random(seed)
    places = [(35.9, 36.8, "SYR"), (31.6, 65.7, "AFG"), (36.3, 43.1, "IRQ"), (15.5, 45.3, "YEM")]
    types = ["Battles", "Protests", "Explosions/Remote violence"]
    out = []
    for i in range(n):
        lat, lon, iso = places[rng.randrange(4)]
        day = date(2021, 1, 1) + timedelta(days=rng.randrange(1100))
        toll = rng.randrange(5)
        ev = Event.model_validate({
            "event_id": f"ev_b{i:05d}", "event_type": types[rng.randrange(3)], "sub_event_type": "Other",
            "confidence": 0.5,
            "location": {"name": "T", "text": "T", "lat": lat + rng.uniform(-1, 1), "lon": lon + rng.uniform(-1, 1),
                         "country": iso, "geo_precision": 1},
            "date": None if i % 97 == 0 else {"best": day, "start": day, "end": day, "time_precision": 1},
            "fatalities": {"best": toll, "low": toll, "high": toll},
            "corroboration": 1 + i % 3,
        })
        words = ("market " if i % 4 else "") + ("bridge " if i % 50 == 0 else "") + f"town{i % 7}"
        out.append((ev, words))
    return out


def test_stats_and_grid_add_up_on_many_events(store: Store) -> None:
    data = _bulk_events(600)
    assert store.bulk_insert_events(data) == 600
    for q in (EventQuery(), EventQuery(country="irq"), EventQuery(event_type="battles", date_from=date(2022, 1, 1))):
        events = list(store.events(q))
        st = store.stats(q)
        assert st["total"] == len(events) > 0
        assert st["fatalities"] == sum(e.fatalities.best or 0 for e in events)
        dated = [e for e in events if e.date]
        assert sum(d["events"] for d in st["by_day"]) == len(dated)
        assert sum(d["fatalities"] for d in st["by_day"]) == sum(e.fatalities.best or 0 for e in dated)
        assert [d["date"] for d in st["by_day"]] == sorted({e.date.best.isoformat() for e in dated})
        assert sum(st["by_type"].values()) == sum(st["by_country"].values()) == len(events)
        assert list(st["by_type"].values()) == sorted(st["by_type"].values(), reverse=True)
        cells = store.grid(q, 2.0)
        assert sum(c["events"] for c in cells) == len(events)
        assert sum(c["fatalities"] for c in cells) == st["fatalities"]
        assert {t: sum(c["types"].get(t, 0) for c in cells) for t in st["by_type"]} == st["by_type"]


def test_common_word_pages_by_day_windows_equal_the_plain_query(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import dateline.store.db as store_db

    with Store(db) as s:
        s.bulk_insert_events(_bulk_events(900))
        queries = [
            EventQuery(text="market", limit=25),
            EventQuery(text="markets", country="YEM", limit=10),
            EventQuery(text="market town3", date_from=date(2022, 6, 1), date_to=date(2022, 9, 1), limit=7),
            EventQuery(text="bridge", limit=5),
            EventQuery(text="market", event_type="protests", min_corroboration=2, limit=40),
        ]

        def pages(q: EventQuery) -> list[list[str]]:
            out = []
            while True:
                page = s.query(q)
                out.append([e.event_id for e in page.events])
                if page.next_cursor is None or len(out) > 200:
                    return out
                q = q.model_copy(update={"cursor": page.next_cursor})

        plain = [pages(q) for q in queries]
        monkeypatch.setattr(store_db, "COMMON_MATCHES", 1)  # every word now counts as common
        windowed = [pages(q) for q in queries]
    assert windowed == plain
    assert len(plain[0]) > 20 and all(len(p) == 25 for p in plain[0][:-1])  # many full pages
    assert plain[0][0][0] == "ev_b00097"  # undated events come first, then by date


def _alembic(db: str, action: str, target: str) -> None:
    from alembic import command
    from alembic.config import Config

    from dateline.store.engine import migrations_dir

    config = Config()
    config.set_main_option("script_location", migrations_dir())
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.connect() as conn:
        config.attributes["connection"] = conn
        getattr(command, action)(config, target)
        conn.commit()
    engine.dispose()


def test_a_revision_0001_database_upgrades_and_keeps_its_data(db: str) -> None:
    import hashlib

    from sqlalchemy import inspect

    with Store(db) as s:
        s.add(strike("wire", "Four died, the civil defence said.", outlet="Reuters", deaths=4))
        s.add(strike("state", "Two died, the ministry said.", outlet="SANA", deaths=2))
        s.add(strike("mosul", "One died.", place="Mosul", deaths=1, day=date(2024, 2, 10)))
        s.delete_article("state")
        s.add(strike("state", "Two died, the ministry said.", outlet="SANA", deaths=2))
        before = ([e.model_dump() for e in s.events()], s.counts(), s.stats(EventQuery()),
                  {e.event_id: s.revisions(e.event_id) for e in s.events()})
    _alembic(db, "downgrade", "0001")
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0001"
        assert "ix_events_summary" not in {ix["name"] for ix in inspect(conn).get_indexes("events")}
        if "://" not in db:  # the FTS rows are as revision 0001 wrote them
            rowids = dict(conn.execute(text("SELECT event_id, rowid FROM events_fts")).all())
            assert rowids and all(r == int(hashlib.sha1(e.encode()).hexdigest()[:15], 16) for e, r in rowids.items())
    engine.dispose()

    with Store(db) as s:  # opening upgrades
        after = ([e.model_dump() for e in s.events()], s.counts(), s.stats(EventQuery()),
                 {e.event_id: s.revisions(e.event_id) for e in s.events()})
        assert after == before
        assert [e.location.name for e in s.events(EventQuery(text="mosul"))] == ["Mosul"]  # type: ignore[union-attr]
        s.add(strike("afp", "Agence France-Presse on the Saraqib strike.", outlet="Agence France-Presse", deaths=3))
        assert [e.corroboration for e in s.events(EventQuery(text="saraqib"))] == [3]
    engine = create_engine(db if "://" in db else f"sqlite:///{db}")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0002"
        assert "ix_events_summary" in {ix["name"] for ix in inspect(conn).get_indexes("events")}
    engine.dispose()
