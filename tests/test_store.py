"""Tests of dateline.store.db.Store on real SQLite files, fed by the real coder.

The articles are invented for these tests; the coder (spaCy model and gazetteer) is loaded once
per session by the ``coder`` fixture in conftest.py.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from dateline.errors import DatelineError
from dateline.record import Article, CodedArticle, Report
from dateline.store.db import Store

pytestmark = pytest.mark.model

RAQQA = (
    "Government troops clashed with Islamic State fighters near Raqqa on Sunday, and two soldiers "
    "were killed, the Syrian Observatory for Human Rights said.\n\n"
    "Officials fear the militants could attack the town if the army withdraws."
)
IDLIB = (
    "Rebels shelled a market in Idlib yesterday, killing three civilians, the Syrian Observatory "
    "for Human Rights said."
)
KANDAHAR = "An airstrike hit a house in Kandahar on Friday, killing four people, provincial officials said."


@pytest.fixture(scope="module")
def raqqa(coder) -> CodedArticle:  # type: ignore[no-untyped-def]
    return coder.code(
        Article.from_text(RAQQA, id="raqqa", url="https://example.org/raqqa", published=date(2019, 3, 5))
    )


@pytest.fixture(scope="module")
def idlib(coder) -> CodedArticle:  # type: ignore[no-untyped-def]
    return coder.code(Article.from_text(IDLIB, id="idlib", published=date(2020, 6, 10)))


@pytest.fixture(scope="module")
def kandahar(coder) -> CodedArticle:  # type: ignore[no-untyped-def]
    return coder.code(Article.from_text(KANDAHAR, id="kandahar", published=date(2018, 9, 30)))


def test_the_invented_articles_code_as_expected(
    raqqa: CodedArticle, idlib: CodedArticle, kandahar: CodedArticle
) -> None:
    # The filter tests below rely on these facts; check them here so a coder change is named plainly.
    summary = {
        name: [
            (r.event_type, r.location.country if r.location else None, r.date.best if r.date else None)
            for r in c.events
        ]
        for name, c in (("raqqa", raqqa), ("idlib", idlib), ("kandahar", kandahar))
    }
    assert summary == {
        "raqqa": [("Battles", "SYR", date(2019, 3, 3))],
        "idlib": [("Explosions/Remote violence", "SYR", date(2020, 6, 9))],
        "kandahar": [("Explosions/Remote violence", "AFG", date(2018, 9, 28))],
    }
    assert [m.modality for m in raqqa.mentions] == ["hypothetical"]


def test_add_is_idempotent(tmp_path: Path, coder, raqqa: CodedArticle) -> None:  # type: ignore[no-untyped-def]
    store = Store(str(tmp_path / "events.sqlite"))
    assert store.counts() == {"articles": 0, "reports": 0, "mentions": 0, "failures": 0}

    first = store.add(raqqa)
    assert first.added is True
    assert (first.reports, first.mentions) == (len(raqqa.events), len(raqqa.mentions)) == (1, 1)
    after_first = store.counts()
    assert after_first == {"articles": 1, "reports": 1, "mentions": 1, "failures": 0}

    second = store.add(raqqa)
    assert (second.added, second.reports, second.mentions) == (False, 0, 0)
    assert store.counts() == after_first

    # The same text with other whitespace, another id and URL is the same article.
    again = coder.code(
        Article.from_text(
            RAQQA.replace("\n\n", "   \r\n\r\n\r\n") + "\n", id="copy", url="https://example.org/copy"
        )
    )
    assert again.article.sha256 == raqqa.article.sha256
    assert store.add(again).added is False
    assert store.counts() == after_first

    # A new Store on the same file sees the same data.
    assert Store(str(tmp_path / "events.sqlite")).counts() == after_first


def test_a_failed_article_leaves_nothing_behind(
    tmp_path: Path, raqqa: CodedArticle, idlib: CodedArticle
) -> None:
    db = tmp_path / "events.sqlite"
    store = Store(str(db))
    store.add(raqqa)
    before = store.counts()

    # idlib's own report goes in first, then one that reuses raqqa's report_id: the second
    # insert fails mid-article, after the article row and one report were written.
    own = idlib.events[0]
    clash = own.model_copy(update={"report_id": raqqa.events[0].report_id})
    broken = idlib.model_copy(update={"events": [own, clash]})
    with pytest.raises(IntegrityError):
        store.add(broken)

    assert store.counts() == before
    with sqlite3.connect(db) as conn:
        assert conn.execute(
            "select count(*) from articles where sha256 = ?", (idlib.article.sha256,)
        ).fetchone() == (0,)
        assert conn.execute(
            "select count(*) from reports where report_id = ?", (own.report_id,)
        ).fetchone() == (0,)
        assert conn.execute(
            "select count(*) from mentions where article_sha256 = ?", (idlib.article.sha256,)
        ).fetchone() == (0,)

    # Nothing half-written blocks the article: stored properly, it goes in whole.
    assert store.add(idlib).added is True
    assert store.counts()["articles"] == before["articles"] + 1


@pytest.fixture
def full_store(
    tmp_path: Path, raqqa: CodedArticle, idlib: CodedArticle, kandahar: CodedArticle
) -> tuple[Store, datetime, datetime]:
    store = Store(str(tmp_path / "events.sqlite"))
    t0 = datetime.now(UTC)
    for coded in (raqqa, idlib, kandahar):
        assert store.add(coded).added
    t1 = datetime.now(UTC)
    return store, t0, t1


def _ids(rows: object) -> list[str]:
    return [r["article"]["id"] for r in rows]  # type: ignore[attr-defined]


def test_events_filters(full_store: tuple[Store, datetime, datetime]) -> None:
    store, *_ = full_store
    # Ordered by event date.
    assert _ids(store.events()) == ["kandahar", "raqqa", "idlib"]
    assert _ids(store.events(country="SYR")) == ["raqqa", "idlib"]
    assert _ids(store.events(country="afg")) == ["kandahar"]
    assert _ids(store.events(country="KEN")) == []
    assert _ids(store.events(event_type="Battles")) == ["raqqa"]
    assert _ids(store.events(event_type="explosions/remote violence")) == ["kandahar", "idlib"]
    assert _ids(store.events(date_from=date(2019, 3, 3))) == ["raqqa", "idlib"]
    assert _ids(store.events(date_to=date(2019, 3, 3))) == ["kandahar", "raqqa"]
    assert _ids(store.events(date_from=date(2019, 3, 4), date_to=date(2020, 6, 9))) == ["idlib"]
    assert _ids(store.events(country="SYR", event_type="Battles", date_from=date(2020, 1, 1))) == []
    assert _ids(store.events(limit=2)) == ["kandahar", "raqqa"]


def test_events_since(full_store: tuple[Store, datetime, datetime]) -> None:
    store, t0, t1 = full_store
    assert len(list(store.events(since=t0 - timedelta(seconds=1)))) == 3
    assert list(store.events(since=t1 + timedelta(seconds=1))) == []
    # The same instant written with another UTC offset selects the same events.
    plus5 = timezone(timedelta(hours=5))
    assert len(list(store.events(since=(t0 - timedelta(seconds=1)).astimezone(plus5)))) == 3
    assert list(store.events(since=(t1 + timedelta(seconds=1)).astimezone(plus5))) == []


def test_records_round_trip(
    full_store: tuple[Store, datetime, datetime],
    raqqa: CodedArticle,
    idlib: CodedArticle,
    kandahar: CodedArticle,
) -> None:
    store, *_ = full_store
    originals = {r.report_id: r for c in (raqqa, idlib, kandahar) for r in c.events}
    rows = list(store.events())
    assert len(rows) == len(originals)
    texts = {c.article.sha256: c.article.text for c in (raqqa, idlib, kandahar)}
    for row in rows:
        report = Report.model_validate(row)
        assert report == originals[report.report_id]
        text = texts[report.article.sha256]
        for ev in report.evidence:
            assert text[ev.start : ev.end] == ev.text


def test_stored_article_keeps_its_metadata(tmp_path: Path, raqqa: CodedArticle) -> None:
    db = tmp_path / "events.sqlite"
    Store(str(db)).add(raqqa)
    with sqlite3.connect(db) as conn:
        row = conn.execute("select id, url, published, text from articles").fetchone()
    assert row == ("raqqa", "https://example.org/raqqa", "2019-03-05", raqqa.article.text)


def test_add_failure(tmp_path: Path) -> None:
    db = tmp_path / "events.sqlite"
    store = Store(str(db))
    store.add_failure("inbox/empty.txt", "E001", "inbox/empty.txt: E001: empty input: no text to code")
    assert store.counts()["failures"] == 1
    with sqlite3.connect(db) as conn:
        assert conn.execute("select input, code from failures").fetchall() == [("inbox/empty.txt", "E001")]


@pytest.mark.parametrize("kind", ["directory", "file-as-folder", "postgres-without-driver"])
def test_bad_database_raises_e013_naming_it(tmp_path: Path, kind: str) -> None:
    if kind == "directory":
        db = str(tmp_path)
    elif kind == "file-as-folder":
        (tmp_path / "plain.txt").write_text("not a folder", encoding="utf-8")
        db = str(tmp_path / "plain.txt" / "sub" / "events.sqlite")
    else:
        # No PostgreSQL driver is installed here; with one, the connection to port 1 fails instead.
        db = "postgresql://nohost:1/x"
    with pytest.raises(DatelineError) as info:
        Store(db)
    assert info.value.code == "E013"
    assert repr(db) in str(info.value)
    assert str(info.value).startswith("E013: cannot open database")
