"""The three shapes of ``GET /events``: JSON (the full merged records), GeoJSON and CSV.

GeoJSON and CSV carry one flat summary row per event (what a map or a spreadsheet needs); the
claims, evidence and revisions are one ``GET /events/{id}`` away.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from dateline.record import Event
from dateline.store.query import Page

COLUMNS = [
    "event_id", "date", "date_start", "date_end", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "interaction", "location", "country", "admin1", "lat", "lon", "geo_precision",
    "fatalities", "fatalities_low", "fatalities_high", "injured", "corroboration", "flags", "outlets",
    "confidence", "revision", "updated_at",
]


def flat_row(event: Event) -> dict[str, Any]:
    loc, when = event.location, event.date
    return {
        "event_id": event.event_id,
        "date": when.best.isoformat() if when else None,
        "date_start": when.start.isoformat() if when else None,
        "date_end": when.end.isoformat() if when else None,
        "time_precision": when.time_precision if when else None,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "interaction": event.interaction,
        "location": loc.name if loc else None,
        "country": loc.country if loc else None,
        "admin1": loc.admin1 if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "fatalities": event.fatalities.best,
        "fatalities_low": event.fatalities.low,
        "fatalities_high": event.fatalities.high,
        "injured": event.injured.best,
        "corroboration": event.corroboration,
        "flags": list(event.flags),
        "outlets": sorted({c.outlet for c in event.sources if c.outlet}),
        "confidence": event.confidence,
        "revision": event.revision,
        "updated_at": event.updated_at,
    }


def _deleted(page: Page) -> list[dict[str, Any]]:
    return [d.model_dump(mode="json") for d in page.deleted]


def to_geojson(page: Page) -> dict[str, Any]:
    features = []
    for event in page.events:
        row = flat_row(event)
        lat, lon = row["lat"], row["lon"]
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        features.append({"type": "Feature", "id": event.event_id, "geometry": geometry, "properties": row})
    # next_cursor and deleted are foreign members (RFC 7946 section 6.1): readers ignore them.
    return {"type": "FeatureCollection", "features": features, "next_cursor": page.next_cursor, "deleted": _deleted(page)}


def to_csv(page: Page) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for event in page.events:
        row = flat_row(event)
        row["flags"] = ";".join(row["flags"])
        row["outlets"] = ";".join(row["outlets"])
        writer.writerow(row)
    return out.getvalue()
