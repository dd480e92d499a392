"""The tables of the event store as SQLAlchemy 2 ORM models (the schema the migrations create).

Articles hold the text; reports are events as one article tells them; events are the merged
records, with one denormalised column per filter of :class:`~dateline.store.query.EventQuery` so
a filtered page is an index scan rather than a JSON parse. ``revisions`` keeps each event's
history and ``changes`` is the change feed: a deletion stays there after its event row is gone.

The migrations in ``dateline/store/migrations/versions`` are the source of truth for the
database; these models must describe the same tables (a test compares them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Undated events sort first under this date, so (date_best, event_id) stays a total order with
# no NULLs: SQLite and PostgreSQL order NULLs differently, which would break keyset paging.
NO_DATE = date(1, 1, 1)


class Base(DeclarativeBase):
    pass


class ArticleRow(Base):
    __tablename__ = "articles"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    id: Mapped[str] = mapped_column(Text, index=True)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    genre: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    signature: Mapped[str] = mapped_column(Text)  # MinHash as a JSON list of ints


class EventRow(Base):
    __tablename__ = "events"

    event_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    date_best: Mapped[date] = mapped_column(Date)  # NO_DATE when undated
    date_start: Mapped[date | None] = mapped_column(Date)
    date_end: Mapped[date | None] = mapped_column(Date)
    time_precision: Mapped[int | None] = mapped_column(Integer)
    geo_precision: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(3))
    location: Mapped[str | None] = mapped_column(Text)
    event_type: Mapped[str] = mapped_column(Text)
    sub_event_type: Mapped[str] = mapped_column(Text)
    # Lower-cased copies: filters are case-insensitive and must still use an index.
    type_key: Mapped[str] = mapped_column(Text)
    sub_type_key: Mapped[str] = mapped_column(Text)
    actors_text: Mapped[str] = mapped_column(Text)  # lower-cased actor1 | actor2 names
    sources_text: Mapped[str] = mapped_column(Text)  # lower-cased outlets and claim sources, '|' around each
    kinds_text: Mapped[str] = mapped_column(Text)  # outlet kinds of the chains, '|' around each
    fatalities_best: Mapped[int | None] = mapped_column(Integer)
    fatalities_low: Mapped[int | None] = mapped_column(Integer)
    fatalities_high: Mapped[int | None] = mapped_column(Integer)
    corroboration: Mapped[int] = mapped_column(Integer)
    search_text: Mapped[str] = mapped_column(Text)  # what full-text search sees
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revision: Mapped[int] = mapped_column(Integer)
    record: Mapped[str] = mapped_column(Text)  # the full Event as JSON

    __table_args__ = (
        Index("ix_events_date_id", "date_best", "event_id"),
        Index("ix_events_country_date_id", "country", "date_best", "event_id"),
        Index("ix_events_type_date_id", "type_key", "date_best", "event_id"),
        Index("ix_events_lat_lon", "lat", "lon"),
        Index("ix_events_type_lat_lon", "type_key", "lat", "lon"),  # a map of one event type
        Index("ix_events_updated_at", "updated_at"),
        # Every column stats and grid read: their scans read this narrow index, not the JSON rows.
        Index("ix_events_summary", "date_best", "type_key", "country", "event_type", "fatalities_best", "lat", "lon"),
    )


class ReportRow(Base):
    __tablename__ = "reports"

    report_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    event_id: Mapped[str | None] = mapped_column(ForeignKey("events.event_id"), index=True)
    article_sha256: Mapped[str] = mapped_column(ForeignKey("articles.sha256", ondelete="CASCADE"), index=True)
    event_type: Mapped[str] = mapped_column(Text)
    sub_event_type: Mapped[str] = mapped_column(Text)
    date_best: Mapped[date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(String(3))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    fatalities: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float)
    modality: Mapped[str] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)  # the Report as the coder wrote it, JSON


class EventMemberRow(Base):
    __tablename__ = "event_members"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"), primary_key=True)
    report_id: Mapped[str] = mapped_column(
        ForeignKey("reports.report_id", ondelete="CASCADE"), primary_key=True, index=True
    )


class MentionRow(Base):
    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    article_sha256: Mapped[str] = mapped_column(ForeignKey("articles.sha256", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(Text)
    modality: Mapped[str] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[str] = mapped_column(ForeignKey("reports.report_id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(Text)
    chain: Mapped[str] = mapped_column(Text)  # JSON list
    hedge: Mapped[str | None] = mapped_column(Text)
    fields: Mapped[str] = mapped_column(Text)  # JSON list
    value: Mapped[str | None] = mapped_column(Text)  # JSON scalar


class SourceRow(Base):
    """An outlet-registry entry that some stored article came from (a snapshot, for provenance)."""

    __tablename__ = "sources"

    name: Mapped[str] = mapped_column(Text, primary_key=True)
    kind: Mapped[str] = mapped_column(Text)
    owner_country: Mapped[str | None] = mapped_column(String(3))
    side: Mapped[str | None] = mapped_column(Text)
    basis: Mapped[str | None] = mapped_column(Text)
    domains: Mapped[str] = mapped_column(Text)  # JSON list


class RevisionRow(Base):
    __tablename__ = "revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.event_id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    article_id: Mapped[str | None] = mapped_column(Text)
    article_sha256: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(Text)
    changes: Mapped[str] = mapped_column(Text)  # JSON {field: [old, new]}

    __table_args__ = (UniqueConstraint("event_id", "number", name="uq_revisions_event_number"),)


class ChangeRow(Base):
    """The change feed. No foreign key: a deletion must outlive the event it names."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(String(64), index=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    kind: Mapped[str] = mapped_column(Text)  # created | updated | deleted
    reason: Mapped[str] = mapped_column(Text)


class FailureRow(Base):
    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    input: Mapped[str] = mapped_column(Text)
    code: Mapped[str] = mapped_column(String(8))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


TABLES = (
    "articles", "reports", "mentions", "claims", "sources", "events", "event_members",
    "revisions", "changes", "failures",
)
