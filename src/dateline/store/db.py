"""An embedded event store. One SQLite file by default; any SQLAlchemy URL works.

Each article is written in one transaction (article, its reports and mentions together), so
an interrupted run leaves whole articles or none. An article is identified by the sha256 of its
normalized text: storing it again changes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    insert,
    select,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from dateline.errors import DatelineError
from dateline.record import CodedArticle

metadata = MetaData()

articles = Table(
    "articles", metadata,
    Column("sha256", String(64), primary_key=True),
    Column("id", Text, nullable=False),
    Column("url", Text), Column("title", Text), Column("outlet", Text), Column("author", Text),
    Column("published", Date), Column("genre", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)
reports = Table(
    "reports", metadata,
    Column("report_id", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("article_sha256", String(64), ForeignKey("articles.sha256"), nullable=False, index=True),
    Column("event_type", Text, nullable=False), Column("sub_event_type", Text, nullable=False),
    Column("date_best", Date, index=True), Column("country", String(3), index=True),
    Column("location", Text), Column("lat", Float), Column("lon", Float),
    Column("fatalities", Integer), Column("confidence", Float), Column("modality", Text),
    Column("record", Text, nullable=False),
    Column("stored_at", DateTime(timezone=True), nullable=False, index=True),
)
mentions = Table(
    "mentions", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_sha256", String(64), ForeignKey("articles.sha256"), nullable=False, index=True),
    Column("kind", Text, nullable=False), Column("modality", Text, nullable=False),
    Column("reason", Text), Column("record", Text, nullable=False),
)
failures = Table(
    "failures", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("input", Text, nullable=False), Column("code", String(8), nullable=False),
    Column("reason", Text, nullable=False), Column("at", DateTime(timezone=True), nullable=False),
)


def default_db() -> str:
    """$DATELINE_DB, else ~/.local/share/dateline/dateline.sqlite (XDG_DATA_HOME honoured)."""
    if os.environ.get("DATELINE_DB"):
        return os.environ["DATELINE_DB"]
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return str(base / "dateline" / "dateline.sqlite")


def _url(db: str) -> str:
    if "://" in db:
        return db
    path = Path(db).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


@dataclass(frozen=True)
class StoreResult:
    added: bool
    reports: int
    mentions: int


class Store:
    def __init__(self, db: str | None = None) -> None:
        self.db = db or default_db()
        try:
            self.engine: Engine = create_engine(_url(self.db), future=True)
            if self.engine.dialect.name == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            metadata.create_all(self.engine)
        except (SQLAlchemyError, OSError, ImportError) as exc:  # ImportError: URL names a missing DB driver
            raise DatelineError("E013", db=self.db, detail=str(exc).splitlines()[0]) from exc

    def add(self, coded: CodedArticle) -> StoreResult:
        """Store one coded article and its reports in one transaction; a known article adds nothing."""
        a = coded.article
        now = datetime.now(UTC)
        with self.engine.begin() as conn:
            if conn.execute(select(articles.c.sha256).where(articles.c.sha256 == a.sha256)).first():
                return StoreResult(False, 0, 0)
            conn.execute(insert(articles).values(
                sha256=a.sha256, id=a.id, url=a.url, title=a.title, outlet=a.outlet, author=a.author,
                published=a.published, genre=a.genre, text=a.text, ingested_at=now,
            ))
            for r in coded.events:
                loc = r.location
                conn.execute(insert(reports).values(
                    report_id=r.report_id, event_id=r.event_id, article_sha256=a.sha256,
                    event_type=r.event_type, sub_event_type=r.sub_event_type,
                    date_best=r.date.best if r.date else None, country=loc.country if loc else None,
                    location=loc.name if loc else None, lat=loc.lat if loc else None, lon=loc.lon if loc else None,
                    fatalities=r.fatalities.best, confidence=r.confidence, modality=r.modality,
                    record=json.dumps(r.to_json_dict(), ensure_ascii=False), stored_at=now,
                ))
            for m in coded.mentions:
                conn.execute(insert(mentions).values(
                    article_sha256=a.sha256, kind=m.kind, modality=m.modality, reason=m.reason,
                    record=json.dumps(m.to_json_dict(), ensure_ascii=False),
                ))
        return StoreResult(True, len(coded.events), len(coded.mentions))

    def add_failure(self, input: str, code: str, reason: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(failures).values(input=input, code=code, reason=reason, at=datetime.now(UTC)))

    def events(
        self,
        *,
        since: datetime | None = None,
        country: str | None = None,
        event_type: str | None = None,
        date_from: Any = None,
        date_to: Any = None,
        limit: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        q = select(reports.c.record).order_by(reports.c.date_best, reports.c.report_id)
        if since is not None:
            # stored_at is written in UTC; SQLite keeps no offset, so compare in UTC too.
            if since.tzinfo is not None:
                since = since.astimezone(UTC)
            q = q.where(reports.c.stored_at >= since)
        if country:
            q = q.where(reports.c.country == country.upper())
        if event_type:
            q = q.where(func.lower(reports.c.event_type) == event_type.lower())
        if date_from is not None:
            q = q.where(reports.c.date_best >= date_from)
        if date_to is not None:
            q = q.where(reports.c.date_best <= date_to)
        if limit:
            q = q.limit(limit)
        with self.engine.connect() as conn:
            for (record,) in conn.execute(q):
                yield json.loads(record)

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
                for t in (articles, reports, mentions, failures)
            }


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()
