"""EventQuery -> SQL: the WHERE clauses, the keyset cursor and full-text search on both dialects.

Every filter reads a denormalised column of ``events`` so a filtered first page is one index
range scan; full text is FTS5 on SQLite and a stored ``tsvector`` column with a GIN index on PostgreSQL.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, TextClause, and_, false, or_, text, tuple_

from dateline.store.models import NO_DATE, EventRow
from dateline.store.query import EventQuery

FTS_CONFIG = "english"


def utc(ts: datetime) -> datetime:
    """An aware UTC datetime (naive values are taken as UTC, as SQLite returns them)."""
    return ts.replace(tzinfo=UTC) if ts.tzinfo is None else ts.astimezone(UTC)


def _like(value: str) -> str:
    escaped = value.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


FTS_LOW_BITS = 40


def fts_rowid(event_id: str, day: date) -> int:
    """The FTS5 rowid of an event: its day (``events.date_best``) above a 40-bit hash of its id.

    FTS5 walks matches in rowid order, so this order is date order and a page of a common word
    reads a few days of matches (see ``Store._text_page``); one day's entry is found by a short
    rowid range, not a scan. Migration 0002 writes the same numbers.
    """
    return (day.toordinal() << FTS_LOW_BITS) | int(hashlib.sha1(event_id.encode()).hexdigest()[:10], 16)


def fts_day_bounds(first: date, last: date) -> tuple[int, int]:
    """The FTS5 rowids [lo, hi) of the events dated ``first`` to ``last`` inclusive."""
    return first.toordinal() << FTS_LOW_BITS, (last.toordinal() + 1) << FTS_LOW_BITS


def fts_match(query: str) -> str | None:
    """The FTS5 MATCH string of a user's words (each quoted: never read as query syntax)."""
    words = fts_words(query)
    return " ".join(f'"{w}"' for w in words) if words else None


def fts_words(query: str) -> list[str]:
    return re.findall(r"\w+", query.lower())


def text_clause(query: str, dialect: str) -> ColumnElement[bool] | TextClause:
    words = fts_words(query)
    if not words:
        return false()
    if dialect == "postgresql":
        # The config is written out, not bound: a parameter would hide it from the planner.
        # search_tsv is a stored generated column (see the migration): no to_tsvector per row.
        return text(f"events.search_tsv @@ plainto_tsquery('{FTS_CONFIG}', :fts_q)").bindparams(fts_q=" ".join(words))
    if dialect == "sqlite":
        match = fts_match(query)
        return text(
            "events.event_id IN (SELECT event_id FROM events_fts WHERE events_fts MATCH :fts_q)"
        ).bindparams(fts_q=match)
    return and_(*(EventRow.search_text.ilike(_like(w), escape="\\") for w in words))


def where(q: EventQuery, dialect: str) -> list[ColumnElement[bool] | TextClause]:
    """The filters of ``q`` (not the cursor) as SQL conditions on ``events``."""
    c: list[ColumnElement[bool] | TextClause] = []
    if q.date_from is not None:
        c.append(EventRow.date_best >= q.date_from)
    if q.date_to is not None:
        c.append(EventRow.date_best <= q.date_to)
        c.append(EventRow.date_best > NO_DATE)
    if q.bbox is not None:
        w, s, e, n = q.bbox
        lat: Any = EventRow.lat
        lon: Any = EventRow.lon
        if dialect == "sqlite" and not bbox_drives(q):
            # "+ 0" keeps SQLite's planner off the (lat, lon) index: a wide box read through it
            # is a long latitude band sorted afterwards; walking the date-ordered index and
            # filtering stops after one page. PostgreSQL weighs both with its statistics.
            lat, lon = EventRow.lat + 0, EventRow.lon + 0
        c.append(lat.between(s, n))
        if w <= e:
            c.append(lon.between(w, e))
        else:  # the box crosses the antimeridian
            c.append(or_(lon >= w, lon <= e))
    if q.country:
        c.append(EventRow.country == q.country.upper())
    if q.event_type:
        c.append(EventRow.type_key == q.event_type.lower())
    if q.sub_event_type:
        c.append(EventRow.sub_type_key == q.sub_event_type.lower())
    if q.actor:
        c.append(EventRow.actors_text.like(_like(q.actor), escape="\\"))
    if q.source:
        c.append(EventRow.sources_text.like(_like(q.source), escape="\\"))
    if q.source_kind:
        c.append(EventRow.kinds_text.like(_like(f"|{q.source_kind}|"), escape="\\"))
    if q.min_corroboration is not None:
        c.append(EventRow.corroboration >= q.min_corroboration)
    if q.text:
        c.append(text_clause(q.text, dialect))
    if q.since is not None:
        c.append(EventRow.updated_at >= utc(q.since))
    return c


# A box up to this many square degrees (a district or a city) is read through the (lat, lon)
# index and its few rows sorted; a wider one rides the date-ordered index and stops after a page.
SMALL_BOX_DEG2 = 1.0


def bbox_drives(q: EventQuery) -> bool:
    assert q.bbox is not None
    w, s, e, n = q.bbox
    width = e - w if w <= e else 360 - (w - e)
    return width * (n - s) <= SMALL_BOX_DEG2


def encode_cursor(day: date, event_id: str) -> str:
    raw = json.dumps([day.isoformat(), event_id], separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[date, str]:
    """The position after which the next page starts; ValueError when the cursor is not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        day, event_id = json.loads(raw)
        return date.fromisoformat(day), str(event_id)
    except (ValueError, TypeError) as exc:
        raise ValueError(f"invalid cursor {cursor!r}: pass next_cursor from the previous page") from exc


def after(cursor: str) -> ColumnElement[bool]:
    day, event_id = decode_cursor(cursor)
    return tuple_(EventRow.date_best, EventRow.event_id) > tuple_(day, event_id)


def jsonable(value: Any) -> Any:
    return json.loads(json.dumps(value, default=str))
