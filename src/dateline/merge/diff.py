"""What changed between two versions of an event, for its revision history."""

from __future__ import annotations

from typing import Any

from dateline.record import Event


def _snapshot(e: Event) -> dict[str, Any]:
    loc = e.location
    return {
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "actor1": e.actor1.name if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None,
        "location": loc.name if loc else None,
        "location.coords": [loc.lat, loc.lon] if loc and loc.lat is not None else None,
        "location.geo_precision": loc.geo_precision if loc else None,
        "date": e.date.best.isoformat() if e.date else None,
        "date.time_precision": e.date.time_precision if e.date else None,
        "fatalities.best": e.fatalities.best,
        "fatalities.low": e.fatalities.low,
        "fatalities.high": e.fatalities.high,
        "injured.best": e.injured.best,
        "corroboration": e.corroboration,
        "flags": list(e.flags),
        "contradictions": len(e.contradictions),
        "reports": len(e.report_ids),
    }


def diff_events(old: Event, new: Event) -> dict[str, list[Any]]:
    """Fields that differ, as ``field -> [old, new]`` (JSON-ready; revision and timestamps ignored)."""
    a, b = _snapshot(old), _snapshot(new)
    return {k: [a[k], b[k]] for k in a if a[k] != b[k]}
