"""Speed for a million events: a covering index for totals and map cells, and (SQLite) full-text
rowids ordered by event day, so the first page of a common word stops early.

``ix_events_summary`` holds every column ``Store.stats`` and ``Store.grid`` read (date, type,
country, toll, position), so their scans read a narrow index instead of the wide rows that carry
each event's JSON record, and GROUP BY date streams in index order.

On SQLite the FTS5 rowid of an event becomes ``day << 40 | hash40(event_id)`` (day = proleptic
ordinal of ``events.date_best``): FTS5 walks matches in rowid order, so a page ordered by date
reads the matches of a few days, not all of them. The table is rebuilt from ``events``.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import date

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

SUMMARY_COLUMNS = ["date_best", "type_key", "country", "event_type", "fatalities_best", "lat", "lon"]
FTS_TABLE = "CREATE VIRTUAL TABLE events_fts USING fts5(event_id UNINDEXED, body, tokenize='porter unicode61')"
LOW_BITS = 40


# Written out here, not imported: a migration must keep doing what it did when it shipped.
def _day_rowid(event_id: str, day: date) -> int:
    return (day.toordinal() << LOW_BITS) | int(hashlib.sha1(event_id.encode()).hexdigest()[:10], 16)


def _hash_rowid(event_id: str, _day: date) -> int:  # revision 0001's rowid
    return int(hashlib.sha1(event_id.encode()).hexdigest()[:15], 16)


def _refill_fts(rowid: Callable[[str, date], int]) -> None:
    conn = op.get_bind()
    op.execute("DROP TABLE events_fts")
    op.execute(FTS_TABLE)
    used: set[int] = set()
    rows = conn.execute(sa.text("SELECT event_id, date_best, search_text FROM events")).yield_per(5000)
    insert = sa.text("INSERT INTO events_fts(rowid, event_id, body) VALUES (:r, :e, :b)")
    batch: list[dict[str, object]] = []
    for event_id, day, body in rows:
        r = rowid(event_id, day if isinstance(day, date) else date.fromisoformat(str(day)[:10]))
        while r in used:  # two ids hashing alike on one day: take the next free rowid
            r += 1
        used.add(r)
        batch.append({"r": r, "e": event_id, "b": body})
        if len(batch) >= 5000:
            conn.execute(insert, batch)
            batch = []
    if batch:
        conn.execute(insert, batch)


def upgrade() -> None:
    op.create_index("ix_events_summary", "events", SUMMARY_COLUMNS)
    if op.get_bind().dialect.name == "sqlite":
        _refill_fts(_day_rowid)


def downgrade() -> None:
    op.drop_index("ix_events_summary", table_name="events")
    if op.get_bind().dialect.name == "sqlite":
        _refill_fts(_hash_rowid)
