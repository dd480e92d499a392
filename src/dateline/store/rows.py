"""Records <-> rows: what the store writes for an article, a report and a merged event."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from dateline.record import Article, ArticleRef, Claim, Event, Mention, Report
from dateline.store.models import NO_DATE, ArticleRow, ClaimRow, EventRow, MentionRow, ReportRow


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def article_row(a: Article, signature: tuple[int, ...], now: datetime) -> ArticleRow:
    return ArticleRow(
        sha256=a.sha256, id=a.id, url=a.url, title=a.title, outlet=a.outlet, author=a.author,
        published=a.published, genre=a.genre, text=a.text, ingested_at=now, signature=dumps(list(signature)),
    )


def article_ref(row: Any) -> ArticleRef:
    """An ArticleRef from a row holding the article columns (an ArticleRow or a selected tuple)."""
    return ArticleRef(
        id=row.id, sha256=row.sha256, url=row.url, title=row.title, outlet=row.outlet,
        author=row.author, published=row.published, genre=row.genre,
    )


def article_of(row: ArticleRow) -> Article:
    return Article(**article_ref(row).model_dump(), text=row.text)


def report_row(r: Report, article_sha256: str) -> ReportRow:
    loc = r.location
    return ReportRow(
        report_id=r.report_id, event_id=None, article_sha256=article_sha256,
        event_type=r.event_type, sub_event_type=r.sub_event_type,
        date_best=r.date.best if r.date else None, country=loc.country if loc else None,
        lat=loc.lat if loc else None, lon=loc.lon if loc else None,
        fatalities=r.fatalities.best, confidence=r.confidence, modality=r.modality,
        record=dumps(r.to_json_dict()),
    )


def claim_rows(r: Report) -> list[ClaimRow]:
    return [_claim_row(r.report_id, c) for c in r.claims]


def _claim_row(report_id: str, c: Claim) -> ClaimRow:
    return ClaimRow(
        report_id=report_id, source=c.source, kind=c.kind, chain=dumps(c.chain), hedge=c.hedge,
        fields=dumps(c.fields), value=None if c.value is None else dumps(c.value),
    )


def mention_row(m: Mention, article_sha256: str) -> MentionRow:
    return MentionRow(
        article_sha256=article_sha256, kind=m.kind, modality=m.modality, reason=m.reason,
        record=dumps(m.to_json_dict()),
    )


def report_of(record: str, event_id: str | None) -> Report:
    """The stored report; its ``event_id`` is the merged event it belongs to (the store's view)."""
    r = Report.model_validate_json(record)
    return r.model_copy(update={"event_id": event_id}) if event_id else r


def search_text(ev: Event, reports: list[Report]) -> str:
    """What full-text search matches: titles, evidence sentences, place, actors and sources."""
    parts: list[str] = [a.title for a in ev.articles if a.title]
    for r in reports:
        parts.extend(e.text for e in r.evidence)
    if ev.location:
        parts.extend(p for p in (ev.location.name, ev.location.admin1, ev.location.admin2) if p)
    for actor in (ev.actor1, ev.actor2):
        if actor:
            parts.append(actor.name)
    parts.extend(dict.fromkeys(c.source for c in ev.claims))
    parts.extend(s.outlet for s in ev.sources if s.outlet)
    return "\n".join(dict.fromkeys(parts))


def _bars(values: list[str]) -> str:
    """'|a|b|' so a LIKE on '|a|' matches a whole value and '%a%' any part of one."""
    uniq = list(dict.fromkeys(v for v in values if v))
    return "|" + "|".join(uniq) + "|" if uniq else ""


def event_columns(ev: Event, search: str, created: datetime, updated: datetime) -> dict[str, Any]:
    loc, d = ev.location, ev.date
    outlets = [s.outlet.lower() for s in ev.sources if s.outlet]
    outlets += [a.outlet.lower() for a in ev.articles if a.outlet]
    sources = outlets + [c.source.lower() for c in ev.claims]
    return {
        "date_best": d.best if d else NO_DATE,
        "date_start": d.start if d else None,
        "date_end": d.end if d else None,
        "time_precision": d.time_precision if d else None,
        "geo_precision": loc.geo_precision if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "country": loc.country if loc else None,
        "location": loc.name if loc else None,
        "event_type": ev.event_type,
        "sub_event_type": ev.sub_event_type,
        "type_key": ev.event_type.lower(),
        "sub_type_key": ev.sub_event_type.lower(),
        "actors_text": " | ".join(a.name.lower() for a in (ev.actor1, ev.actor2) if a),
        "sources_text": _bars(sources),
        "kinds_text": _bars([s.kind for s in ev.sources]),
        "fatalities_best": ev.fatalities.best,
        "fatalities_low": ev.fatalities.low,
        "fatalities_high": ev.fatalities.high,
        "corroboration": ev.corroboration,
        "search_text": search,
        "created_at": created,
        "updated_at": updated,
        "revision": ev.revision,
        "record": dumps(ev.to_json_dict()),
    }


def event_row(ev: Event, search: str, created: datetime, updated: datetime) -> EventRow:
    return EventRow(event_id=ev.event_id, **event_columns(ev, search, created, updated))
