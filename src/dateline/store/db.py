"""The event store: one SQLite file by default, PostgreSQL through the same code.

``add`` writes one article in one transaction: the article, its reports, mentions and claims,
then the merge loop. Each new report is compared (by ``dateline.merge.match_score``) with the
stored events an SQL prefilter finds near it in time and space; it joins the best one or
founds a new event (``event_id = "ev_" + report_id``, stable forever). Every touched event is
rebuilt from all its members, and when that changes it, it gains a revision and a row in the
change feed. An interrupted run leaves whole articles or none; an article already stored
(same sha256 of normalized text) changes nothing.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Integer, String, and_, cast, column, delete, func, insert, or_, select, text
from sqlalchemy.orm import Session

from dateline.errors import DatelineError
from dateline.merge import (
    Member,
    MergeRule,
    OutletRegistry,
    assign,
    build_event,
    default_registry,
    diff_events,
    load_rule,
    members_of,
    signature,
)
from dateline.record import Article, ArticleRef, CodedArticle, Event, Mention, Report, Revision
from dateline.store import filters
from dateline.store.engine import WRITE, default_db, migrate, open_engine, shown, translate_errors
from dateline.store.models import (
    NO_DATE,
    TABLES,
    ArticleRow,
    ChangeRow,
    ClaimRow,
    EventMemberRow,
    EventRow,
    FailureRow,
    MentionRow,
    ReportRow,
    RevisionRow,
    SourceRow,
)
from dateline.store.query import Deletion, EventQuery, Page
from dateline.store.rows import (
    article_of,
    article_ref,
    article_row,
    claim_rows,
    dumps,
    event_columns,
    event_row,
    mention_row,
    report_of,
    report_row,
    search_text,
)

__all__ = ["DeleteResult", "Store", "StoreResult", "default_db"]

KM_PER_DEGREE = 111.2
MAX_CANDIDATES = 200  # nearest-in-time events scored per report; a prefilter, not the rule
WRITE_LOCK = 0x6461746C  # PostgreSQL advisory lock key of the store's writers ("datl")
# A text query matching at least this many events is paged window by window of days (SQLite).
COMMON_MATCHES = 2000
JULIAN_DAY_0 = 1721424.5  # SQLite's julianday() of the day before 0001-01-01: julianday(d) - this = ordinal


@dataclass(frozen=True)
class StoreResult:
    added: bool
    reports: int
    mentions: int
    events_created: int = 0
    events_updated: int = 0


@dataclass(frozen=True)
class DeleteResult:
    article_sha256: str
    reports_removed: int
    events_updated: int
    events_deleted: int


class Store:
    """Articles, reports and merged events in SQLite (a path) or PostgreSQL (a URL)."""

    def __init__(
        self,
        db: str | None = None,
        *,
        rule: MergeRule | None = None,
        registry: OutletRegistry | None = None,
        timeout: float | None = None,
    ) -> None:
        self.db = db or default_db()
        # How long to wait for another writer's lock (SQLite) or a server to answer (PostgreSQL).
        self.timeout = timeout if timeout is not None else float(os.environ.get("DATELINE_DB_TIMEOUT") or 10.0)
        timeout = self.timeout
        self.engine = open_engine(self.db, timeout=timeout)
        self.dialect: str = self.engine.dialect.name
        try:
            migrate(self.engine, self.db, timeout=timeout)
        except BaseException:
            self.engine.dispose()
            raise
        self._outlets_noted: set[str] = set()  # registry entries known to be in `sources`
        self.rule = rule or load_rule()
        self.registry = registry or default_registry()

    def __repr__(self) -> str:
        return f"Store({shown(self.db)!r})"

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    # -- transactions ---------------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[Session]:
        """One write transaction (SQLite: BEGIN IMMEDIATE, so a locked file fails before any row)."""
        with translate_errors(self.db, self.timeout), Session(self.engine, autoflush=False) as s:
            conn = s.connection(execution_options={WRITE: True})
            if self.dialect == "postgresql":
                # Writers take turns, as SQLite's lock makes them: two articles of one incident
                # merged at once would each found an event. Coding, the slow part, stays parallel.
                conn.execute(text(f"SET LOCAL lock_timeout = {int(self.timeout * 1000)}"))
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK})
            yield s
            s.commit()

    @contextmanager
    def _read(self) -> Iterator[Session]:
        with translate_errors(self.db, self.timeout), Session(self.engine) as s:
            yield s

    # -- ingest ---------------------------------------------------------------------------------

    def add(self, coded: CodedArticle) -> StoreResult:
        """Store one coded article and merge its reports, in one transaction; a known article adds nothing."""
        with self._write() as s:
            return self._add(s, coded)

    def add_many(self, coded: Iterable[CodedArticle]) -> list[StoreResult]:
        """Store articles one transaction each: a crash keeps the articles already committed."""
        return [self.add(c) for c in coded]

    def add_failure(self, input: str, code: str, reason: str) -> None:
        with self._write() as s:
            s.add(FailureRow(input=input, code=code, reason=reason, at=datetime.now(UTC)))

    def _add(self, s: Session, coded: CodedArticle) -> StoreResult:
        a = coded.article
        if s.get(ArticleRow, a.sha256) is not None:
            return StoreResult(False, 0, 0)
        now = datetime.now(UTC)
        mine = {m.report.report_id: m for m in members_of(coded)}
        sig = next(iter(mine.values())).signature if mine else signature(a.text)
        s.add(article_row(a, sig, now))
        self._note_outlet(s, a)
        s.add_all(report_row(r, a.sha256) for r in coded.events)
        s.add_all(mention_row(m, a.sha256) for m in coded.mentions)
        s.flush()  # reports before their claims: the rows have no ORM relationships to order them
        s.add_all(c for r in coded.events for c in claim_rows(r))
        s.flush()
        ref = a.ref()
        before: dict[str, Event | None] = {}  # each touched event as it was before this article
        for r in coded.events:
            event_id = self._best_event(s, r, ref)
            joined = event_id is not None
            if event_id is None:
                event_id = "ev_" + r.report_id
                before[event_id] = None
                # The event row must exist before its first member points at it.
                member = replace(mine[r.report_id], report=r.model_copy(update={"event_id": event_id}))
                self._rebuild(s, event_id, now, members=[member])
            elif event_id not in before:
                before[event_id] = self._event(s, event_id)
            row = s.get(ReportRow, r.report_id)
            assert row is not None
            row.event_id = event_id
            s.add(EventMemberRow(event_id=event_id, report_id=r.report_id))
            s.flush()
            if joined:
                self._rebuild(s, event_id, now)
        created = updated = 0
        for event_id, old in before.items():
            if self._record_revision(s, event_id, old, now, a, "created" if old is None else "report_added"):
                created += old is None
                updated += old is not None
        return StoreResult(True, len(coded.events), len(coded.mentions), created, updated)

    def _note_outlet(self, s: Session, a: Article) -> None:
        entry = self.registry.lookup(a.outlet, a.url)
        if entry is None or entry.name in self._outlets_noted:
            return
        if s.get(SourceRow, entry.name) is not None:
            self._outlets_noted.add(entry.name)  # committed rows only: a rolled-back insert is not remembered
            return
        s.add(SourceRow(
            name=entry.name, kind=entry.kind, owner_country=entry.owner_country, side=entry.side,
            basis=entry.basis, domains=dumps(list(entry.domains)),
        ))

    def _best_event(self, s: Session, r: Report, ref: ArticleRef) -> str | None:
        events = [Event.model_validate_json(record) for _, record in s.execute(self._candidates(r))]
        target = assign(Member(report=r, article=ref, signature=()), events, self.rule)
        return target.event_id if target is not None else None

    def _candidates(self, r: Report) -> Any:
        """Events that could match ``r`` under the rule: a generous window in days and km."""
        q = select(EventRow.event_id, EventRow.record)
        if r.date is not None:
            days = max(self.rule.max_days(p) for p in (1, 2, 3)) + self.rule.max_days(r.date.time_precision)
            lo, hi = r.date.start - timedelta(days=days), r.date.end + timedelta(days=days)
            # date_best bounds the index range; start/end catch events whose span reaches r.
            q = q.where(
                EventRow.date_best.between(lo - timedelta(days=days), hi + timedelta(days=days)),
                EventRow.date_end >= lo, EventRow.date_start <= hi,
            )
        loc = r.location
        if loc is not None and loc.lat is not None and loc.lon is not None:
            near = or_(*(
                and_(EventRow.geo_precision == p, *_box(loc.lat, loc.lon, max(self.rule.max_km(loc.geo_precision), self.rule.max_km(p))))
                for p in (1, 2, 3)
            ))
            if loc.country:
                near = or_(near, and_(EventRow.lat.is_(None), EventRow.country == loc.country))
            q = q.where(near)
        elif loc is not None and loc.country:
            q = q.where(EventRow.country == loc.country)
        if r.date is not None:  # the nearest in time first, should the cap bite
            if self.dialect == "sqlite":
                q = q.order_by(func.abs(func.julianday(EventRow.date_best) - func.julianday(r.date.best.isoformat())))
            elif self.dialect == "postgresql":
                q = q.order_by(func.abs(EventRow.date_best - r.date.best))
        return q.limit(MAX_CANDIDATES)

    def _members(self, s: Session, event_id: str) -> list[Member]:
        rows = s.execute(
            select(
                ReportRow.record, ArticleRow.id, ArticleRow.sha256, ArticleRow.url, ArticleRow.title,
                ArticleRow.outlet, ArticleRow.author, ArticleRow.published, ArticleRow.genre, ArticleRow.signature,
            )
            .join(ArticleRow, ArticleRow.sha256 == ReportRow.article_sha256)
            .where(ReportRow.event_id == event_id)
            .order_by(ArticleRow.ingested_at, ReportRow.report_id)
        ).all()
        denied: dict[str, list[Mention]] = {}
        for sha, record in s.execute(
            select(MentionRow.article_sha256, MentionRow.record).where(
                MentionRow.article_sha256.in_({row.sha256 for row in rows}), MentionRow.modality == "denied",
            )
        ):
            denied.setdefault(sha, []).append(Mention.model_validate_json(record))
        out: list[Member] = []
        for row in rows:
            report = report_of(row.record, event_id)
            ref = article_ref(row)
            sig = tuple(json.loads(row.signature))
            if denied.get(row.sha256):
                # members_of holds the rule for which denials go with which report; the text is
                # only needed for the signature, which we already have.
                coded = CodedArticle(
                    article=Article(**ref.model_dump(), text=""), events=[report],
                    mentions=denied[row.sha256], coder=report.coder,
                )
                out.extend(replace(m, signature=sig) for m in members_of(coded))
            else:
                out.append(Member(report=report, article=ref, signature=sig))
        return out

    def _event(self, s: Session, event_id: str) -> Event | None:
        record = s.scalar(select(EventRow.record).where(EventRow.event_id == event_id))
        return Event.model_validate_json(record) if record else None

    def _rebuild(self, s: Session, event_id: str, now: datetime, members: list[Member] | None = None) -> Event:
        """Recompute an event from its members and write it (revision fields are settled later)."""
        # A founding member means a new event: no row to look up.
        row = s.get(EventRow, event_id) if members is None else None
        previous = Event.model_validate_json(row.record) if row is not None else None
        if members is None:
            members = self._members(s, event_id)
        ev = build_event(event_id, members, rule=self.rule, registry=self.registry, previous=previous, now=now.isoformat())
        created = row.created_at if row is not None else now
        ev = ev.model_copy(update={
            "revision": previous.revision if previous else 1,
            "created_at": previous.created_at if previous else now.isoformat(),
            "updated_at": previous.updated_at if previous else now.isoformat(),
        })
        search = search_text(ev, [m.report for m in members])
        if row is None:
            s.add(event_row(ev, search, created, now))
        else:
            for key, value in event_columns(ev, search, filters.utc(created), row.updated_at).items():
                setattr(row, key, value)
        s.flush()
        return ev

    def _record_revision(
        self, s: Session, event_id: str, old: Event | None, now: datetime, article: ArticleRef, action: str,
    ) -> bool:
        """Settle revision/updated_at after an article touched the event; True when it changed."""
        row = s.get(EventRow, event_id)
        assert row is not None
        ev = Event.model_validate_json(row.record)
        changes: dict[str, list[Any]] = {}
        if old is not None:
            changes = filters.jsonable(diff_events(old, ev))
            if not changes:
                self._index_text(s, event_id, row.search_text, row.date_best, _day(old))
                return False
        number = 1 if old is None else old.revision + 1
        ev = ev.model_copy(update={"revision": number, "updated_at": now.isoformat()})
        for key, value in event_columns(ev, row.search_text, filters.utc(row.created_at), now).items():
            setattr(row, key, value)
        s.add(RevisionRow(
            event_id=event_id, number=number, at=now, article_id=article.id, article_sha256=article.sha256,
            action=action, changes=dumps(changes),
        ))
        s.add(ChangeRow(
            event_id=event_id, at=now, kind="created" if old is None else "updated",
            reason=f"{action} by article {article.id}",
        ))
        self._index_text(s, event_id, row.search_text, row.date_best, _day(old))
        return True

    def _index_text(self, s: Session, event_id: str, body: str | None, day: date | None, old_day: date | None) -> None:
        """Put the event's text in FTS5 under its day (``day``), removing it from ``old_day`` and ``day``."""
        if self.dialect != "sqlite":
            return  # PostgreSQL indexes events.search_text itself
        for d in {x for x in (day, old_day) if x is not None}:
            lo, hi = filters.fts_day_bounds(d, d)
            s.execute(text("DELETE FROM events_fts WHERE rowid >= :lo AND rowid < :hi AND event_id = :e"),
                      {"lo": lo, "hi": hi, "e": event_id})
        if body is None or day is None:
            return
        rowid = filters.fts_rowid(event_id, day)
        while s.execute(text("SELECT 1 FROM events_fts WHERE rowid = :r"), {"r": rowid}).first():
            rowid += 1  # another id of the same day with the same 40-bit hash
        s.execute(text("INSERT INTO events_fts(rowid, event_id, body) VALUES (:r, :e, :b)"), {"r": rowid, "e": event_id, "b": body})

    # -- deletion -------------------------------------------------------------------------------

    def delete_article(self, key: str) -> DeleteResult:
        """Remove an article (by id or sha256) with its reports, mentions and claims; rebuild its
        events, or delete those left without a report (kept in the change feed)."""
        with self._write() as s:
            row = self._find_article(s, key)
            ref = article_ref(row)
            reports = s.execute(
                select(ReportRow.report_id, ReportRow.event_id).where(ReportRow.article_sha256 == row.sha256)
            ).all()
            event_ids = sorted({e for _, e in reports if e})
            olds = {e: self._event(s, e) for e in event_ids}
            report_ids = [r for r, _ in reports]
            if report_ids:
                s.execute(delete(EventMemberRow).where(EventMemberRow.report_id.in_(report_ids)))
                s.execute(delete(ClaimRow).where(ClaimRow.report_id.in_(report_ids)))
                s.execute(delete(ReportRow).where(ReportRow.report_id.in_(report_ids)))
            s.execute(delete(MentionRow).where(MentionRow.article_sha256 == row.sha256))
            s.delete(row)
            s.flush()
            now = datetime.now(UTC)
            updated = deleted = 0
            for event_id in event_ids:
                left = s.scalar(select(func.count()).select_from(ReportRow).where(ReportRow.event_id == event_id))
                if left:
                    self._rebuild(s, event_id, now)
                    updated += self._record_revision(s, event_id, olds[event_id], now, ref, "report_removed")
                else:
                    s.execute(delete(RevisionRow).where(RevisionRow.event_id == event_id))
                    s.execute(delete(EventRow).where(EventRow.event_id == event_id))
                    self._index_text(s, event_id, None, None, _day(olds[event_id]))
                    s.add(ChangeRow(event_id=event_id, at=now, kind="deleted", reason=f"article {ref.id} deleted"))
                    deleted += 1
            return DeleteResult(row.sha256, len(report_ids), updated, deleted)

    def _find_article(self, s: Session, key: str) -> ArticleRow:
        row = s.get(ArticleRow, key)
        if row is not None:
            return row
        rows = s.scalars(select(ArticleRow).where(ArticleRow.id == key).limit(2)).all()
        if not rows:
            raise DatelineError("E025", key=key, detail=f"no stored article has this id or sha256 in {shown(self.db)}")
        if len(rows) > 1:
            raise DatelineError("E025", key=key, detail="several stored articles have this id: give the sha256")
        return rows[0]

    # -- reading --------------------------------------------------------------------------------

    def query(self, q: EventQuery) -> Page:
        """One page of events matching ``q``, ordered by (date, event_id); deletions when ``q.since``."""
        stmt = select(EventRow.record, EventRow.date_best, EventRow.event_id).where(*filters.where(q, self.dialect))
        if q.cursor:
            stmt = stmt.where(filters.after(q.cursor))
        stmt = stmt.order_by(EventRow.date_best, EventRow.event_id).limit(q.limit + 1)
        with self._read() as s:
            common = self._common_words(s, q)
            rows = self._text_page(s, q, common) if common else s.execute(stmt).all()
            deleted = self._deletions(s, q) if q.since is not None and not q.cursor else []
        more = len(rows) > q.limit
        rows = rows[: q.limit]
        events = [Event.model_validate_json(r.record) for r in rows]
        cursor = filters.encode_cursor(rows[-1].date_best, rows[-1].event_id) if more else None
        return Page(events=events, next_cursor=cursor, deleted=deleted)

    def _common_words(self, s: Session, q: EventQuery) -> str | None:
        """The FTS5 match of ``q.text`` when it is in so many events that paging by day pays."""
        match = filters.fts_match(q.text) if q.text and self.dialect == "sqlite" else None
        if match is None:
            return None
        n = s.scalar(
            text("SELECT count(*) FROM (SELECT 1 FROM events_fts WHERE events_fts MATCH :m LIMIT :n)"),
            {"m": match, "n": COMMON_MATCHES},
        )
        return match if (n or 0) >= COMMON_MATCHES else None

    def _text_page(self, s: Session, q: EventQuery, match: str) -> list[Any]:
        """The first ``q.limit + 1`` events of a common-word query, in (date, id) order.

        FTS5 rowids start with the event's day (``filters.fts_rowid``), so the matches of a window
        of days are one rowid range: each window is joined to ``events``, filtered and sorted on
        its own, and windows are read in date order, growing fourfold, until the page is full.
        A word in one event in ten thus costs a few hundred matches, not a hundred thousand.
        """
        cond = filters.where(q.model_copy(update={"text": None}), self.dialect)
        if q.cursor:
            cond.append(filters.after(q.cursor))
        first_match = text(
            "SELECT rowid FROM events_fts WHERE events_fts MATCH :m AND rowid >= :lo ORDER BY rowid LIMIT 1"
        )
        last = s.scalar(text("SELECT rowid FROM events_fts WHERE events_fts MATCH :m ORDER BY rowid DESC LIMIT 1"), {"m": match})
        if last is None:
            return []
        last_day = last >> filters.FTS_LOW_BITS
        if q.date_to is not None:
            last_day = min(last_day, q.date_to.toordinal())
        start = max(d.toordinal() for d in (q.date_from, q.cursor and filters.decode_cursor(q.cursor)[0], NO_DATE) if d)
        found = s.scalar(first_match, {"m": match, "lo": start << filters.FTS_LOW_BITS})
        need, span = q.limit + 1, 16
        rows: list[Any] = []
        while found is not None and need > 0:
            day = max(start, found >> filters.FTS_LOW_BITS)
            if day > last_day:
                break
            end = min(day + span - 1, last_day)
            lo, hi = filters.fts_day_bounds(date.fromordinal(day), date.fromordinal(end))
            window = (
                text("SELECT rowid AS fts_rowid, event_id FROM events_fts WHERE events_fts MATCH :m AND rowid >= :lo AND rowid < :hi")
                .bindparams(m=match, lo=lo, hi=hi)
                .columns(column("fts_rowid", Integer), column("event_id", String))
                .subquery("f")
            )
            got = s.execute(
                select(EventRow.record, EventRow.date_best, EventRow.event_id)
                .join(window, window.c.event_id == EventRow.event_id)
                # An entry counts only under the event's own day, so no event is listed twice.
                .where(*cond, func.julianday(EventRow.date_best) == window.c.fts_rowid.op(">>")(filters.FTS_LOW_BITS) + JULIAN_DAY_0)
                .order_by(EventRow.date_best, EventRow.event_id)
                .limit(need)
            ).all()
            rows.extend(got)
            need -= len(got)
            start, span = end + 1, span * 4
            found = s.scalar(first_match, {"m": match, "lo": hi}) if need > 0 else None
        return rows

    def _deletions(self, s: Session, q: EventQuery) -> list[Deletion]:
        assert q.since is not None
        alive = select(EventRow.event_id).where(EventRow.event_id == ChangeRow.event_id).exists()
        rows = s.execute(
            select(ChangeRow.event_id, ChangeRow.at, ChangeRow.reason)
            .where(ChangeRow.kind == "deleted", ChangeRow.at >= filters.utc(q.since), ~alive)
            .order_by(ChangeRow.at, ChangeRow.id)
        ).all()
        latest: dict[str, Deletion] = {}
        for r in rows:
            latest[r.event_id] = Deletion(event_id=r.event_id, deleted_at=filters.utc(r.at), reason=r.reason)
        return list(latest.values())

    def events(self, q: EventQuery | None = None) -> Iterator[Event]:
        """Every event matching ``q`` (all pages)."""
        q = q or EventQuery(limit=1000)
        while True:
            page = self.query(q)
            yield from page.events
            if page.next_cursor is None:
                return
            q = q.model_copy(update={"cursor": page.next_cursor})

    def count(self, q: EventQuery) -> int:
        with self._read() as s:
            return int(s.scalar(select(func.count()).select_from(EventRow).where(*filters.where(q, self.dialect))) or 0)

    def get_event(self, event_id: str) -> Event | None:
        with self._read() as s:
            return self._event(s, event_id)

    def revisions(self, event_id: str) -> list[Revision]:
        with self._read() as s:
            rows = s.scalars(select(RevisionRow).where(RevisionRow.event_id == event_id).order_by(RevisionRow.number)).all()
            return [
                Revision(
                    number=r.number, at=filters.utc(r.at).isoformat(), article_id=r.article_id,
                    article_sha256=r.article_sha256, action=r.action,  # type: ignore[arg-type]
                    changes=json.loads(r.changes),
                )
                for r in rows
            ]

    def reports_of(self, event_id: str) -> list[Report]:
        with self._read() as s:
            return [m.report for m in self._members(s, event_id)]

    def get_article(self, key: str) -> Article | None:
        with self._read() as s:
            try:
                return article_of(self._find_article(s, key))
            except DatelineError:
                return None

    def reports_in_article(self, key: str) -> list[Report]:
        with self._read() as s:
            try:
                row = self._find_article(s, key)
            except DatelineError:
                return []
            rows = s.execute(
                select(ReportRow.record, ReportRow.event_id).where(ReportRow.article_sha256 == row.sha256).order_by(ReportRow.report_id)
            ).all()
            return [report_of(r.record, r.event_id) for r in rows]

    def stats(self, q: EventQuery) -> dict[str, Any]:
        """Totals for a filter: events and fatalities overall, by day, by type and by country."""
        # One scan, grouped in the order of ix_events_summary (which holds every column read
        # here), so the database streams groups off a narrow index; totals are summed in Python.
        keys = (EventRow.date_best, EventRow.type_key, EventRow.country, EventRow.event_type)
        # The day as ISO text: parsing ~10^5 group rows into dates would cost more than the scan.
        # (to_char, not a cast, on PostgreSQL: a cast follows the server's DateStyle.)
        day_text: Any = EventRow.date_best
        if self.dialect == "sqlite":
            day_text = cast(EventRow.date_best, String)
        elif self.dialect == "postgresql":
            day_text = func.to_char(EventRow.date_best, "YYYY-MM-DD")
        stmt = (
            select(day_text, EventRow.event_type, EventRow.country, func.count(),
                   func.coalesce(func.sum(EventRow.fatalities_best), 0))
            .where(*self._summary_where(q)).group_by(*keys)
        )
        total = fatalities = 0
        by_day: dict[str, list[int]] = {}
        undated = NO_DATE.isoformat()
        by_type: dict[str, int] = {}
        by_country: dict[str, int] = {}
        with self._read() as s:
            for day_value, etype, country, n, dead in s.execute(stmt):
                day, n, dead = str(day_value), int(n), int(dead or 0)
                total += n
                fatalities += dead
                if day != undated:
                    acc = by_day.setdefault(day, [0, 0])
                    acc[0] += n
                    acc[1] += dead
                by_type[etype] = by_type.get(etype, 0) + n
                if country:
                    by_country[country] = by_country.get(country, 0) + n
        return {
            "total": total,
            "fatalities": fatalities,
            "by_day": [{"date": d, "events": n, "fatalities": f} for d, (n, f) in sorted(by_day.items())],
            "by_type": dict(sorted(by_type.items(), key=lambda x: (-x[1], x[0]))),
            "by_country": dict(sorted(by_country.items(), key=lambda x: (-x[1], x[0]))),
        }

    def _summary_where(self, q: EventQuery) -> list[Any]:
        """The filters of ``q`` for stats and grid, which should read ``ix_events_summary``.

        SQLite's planner would take the type or country index for such a filter, then look up
        every matching wide row for the toll and position; the summary index holds both, and
        its date order is stats' grouping order. ``|| ''`` keeps the planner off those indexes
        (a small box still drives through the (lat, lon) index). PostgreSQL weighs them itself.
        """
        if self.dialect != "sqlite" or not (q.event_type or q.country) or (q.bbox and filters.bbox_drives(q)):
            return filters.where(q, self.dialect)
        cond: list[Any] = filters.where(q.model_copy(update={"event_type": None, "country": None}), self.dialect)
        if q.event_type:
            cond.append((EventRow.type_key + "") == q.event_type.lower())
        if q.country:
            cond.append((EventRow.country + "") == q.country.upper())
        return cond

    def grid(self, q: EventQuery, cell_deg: float) -> list[dict[str, Any]]:
        """Events binned into cells of ``cell_deg`` degrees: count, deaths, mean position, types."""
        if not cell_deg > 0:
            raise ValueError("cell_deg must be positive")
        if self.dialect == "sqlite":  # lat+90 and lon+180 are never negative, so the cast floors
            cy: Any = cast((EventRow.lat + 90) / cell_deg, Integer)
            cx: Any = cast((EventRow.lon + 180) / cell_deg, Integer)
        else:
            cy = func.floor((EventRow.lat + 90) / cell_deg)
            cx = func.floor((EventRow.lon + 180) / cell_deg)
        stmt = (
            select(cy, cx, EventRow.event_type, func.count(), func.sum(EventRow.lat), func.sum(EventRow.lon),
                   func.coalesce(func.sum(EventRow.fatalities_best), 0))
            .where(*self._summary_where(q), EventRow.lat.is_not(None), EventRow.lon.is_not(None))
            .group_by(cy, cx, EventRow.event_type)
        )
        cells: dict[tuple[int, int], dict[str, Any]] = {}
        with self._read() as s:
            for y, x, etype, n, slat, slon, dead in s.execute(stmt):
                c = cells.setdefault((int(y), int(x)), {"n": 0, "lat": 0.0, "lon": 0.0, "fatalities": 0, "types": {}})
                c["n"] += int(n)
                c["lat"] += float(slat)
                c["lon"] += float(slon)
                c["fatalities"] += int(dead)
                c["types"][etype] = c["types"].get(etype, 0) + int(n)
        return [
            {"lat": c["lat"] / c["n"], "lon": c["lon"] / c["n"], "events": c["n"], "fatalities": c["fatalities"], "types": c["types"]}
            for _, c in sorted(cells.items())
        ]

    def counts(self) -> dict[str, int]:
        """Rows per table."""
        with self._read() as s:
            return {
                t: int(s.scalar(select(func.count()).select_from(text(t))) or 0)
                for t in TABLES
            }

    def bulk_insert_events(self, events: Iterable[tuple[Event, str]], *, at: datetime | None = None) -> int:
        """Write ready-made events (with their search text) directly, without merging: for
        benchmarks and imports of already-merged data. Returns the number written."""
        now = at or datetime.now(UTC)
        n = 0
        with self._write() as s:
            batch: list[dict[str, Any]] = []
            fts: list[dict[str, Any]] = []
            for ev, search in events:
                batch.append({"event_id": ev.event_id, **event_columns(ev, search, now, now)})
                fts.append({"r": filters.fts_rowid(ev.event_id, _day(ev) or NO_DATE), "e": ev.event_id, "b": search})
                if len(batch) >= 5000:
                    n += self._flush_bulk(s, batch, fts)
            n += self._flush_bulk(s, batch, fts)
        return n

    def _flush_bulk(self, s: Session, batch: list[dict[str, Any]], fts: list[dict[str, Any]]) -> int:
        if not batch:
            return 0
        s.execute(insert(EventRow), batch)
        if self.dialect == "sqlite":
            s.execute(text("INSERT INTO events_fts(rowid, event_id, body) VALUES (:r, :e, :b)"), fts)
        n = len(batch)
        batch.clear()
        fts.clear()
        return n


def _day(ev: Event | None) -> date | None:
    """The day an event is stored under (``events.date_best``)."""
    if ev is None:
        return None
    return ev.date.best if ev.date is not None else NO_DATE


def _box(lat: float, lon: float, km: float) -> list[Any]:
    dlat = km / KM_PER_DEGREE
    dlon = km / (KM_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01))
    return [EventRow.lat.between(lat - dlat, lat + dlat), EventRow.lon.between(lon - dlon, lon + dlon)]
