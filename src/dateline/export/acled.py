"""ACLED-style rows: ACLED's 31 columns in ACLED's order, each computed from the merged event."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from dateline.export import facts
from dateline.export.fields import (
    changed_at,
    civilian_targeting,
    deaths,
    disorder_type,
    event_country,
    inter,
    interaction,
    notes,
    outlets,
    source_scale,
    stable_number,
    tags,
)
from dateline.record import Event

COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)

#: Prefix of event_id_cnty when no country is known (ISO 3166 reserves X.. codes for such use).
UNKNOWN_COUNTRY = "XXX"


def event_id_cnty(e: Event) -> str:
    return f"{event_country(e) or UNKNOWN_COUNTRY}{stable_number(e.event_id)}"


def row(e: Event) -> dict[str, Any]:
    country = event_country(e)
    loc = e.location
    return {
        "event_id_cnty": event_id_cnty(e),
        "event_date": e.date.best.isoformat() if e.date else None,
        "year": e.date.best.year if e.date else None,
        "time_precision": e.date.time_precision if e.date else None,
        "disorder_type": disorder_type(e),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else None,
        "assoc_actor_1": "; ".join(e.actor1.assoc) if e.actor1 else None,
        "inter1": inter(e.actor1),
        "actor2": e.actor2.name if e.actor2 else None,
        "assoc_actor_2": "; ".join(e.actor2.assoc) if e.actor2 else None,
        "inter2": inter(e.actor2),
        "interaction": interaction(e),
        "civilian_targeting": civilian_targeting(e),
        "iso": facts.iso_numeric(country) if country else None,
        "region": facts.ACLED_REGION.get(country) if country else None,
        "country": facts.country_name(country) if country else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "admin3": None,  # our locations stop at the second-order division
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "source": "; ".join(outlets(e)),
        "source_scale": source_scale(e),
        "notes": notes(e),
        "fatalities": deaths(e)[0],
        "tags": tags(e),
        "timestamp": changed_at(e),
    }


def rows(events: Iterator[Event]) -> Iterator[tuple[Event, str, dict[str, Any]]]:
    """(event, the row's id, row) for every event: ACLED covers every event type."""
    for e in events:
        r = row(e)
        yield e, r["event_id_cnty"], r
