"""The event as one flat row (GeoJSON properties, Parquet columns): scalar fields under stable
names, plus the nested provenance (claims, source chains, figures, contradictions, articles)."""

from __future__ import annotations

from typing import Any, Literal

from dateline.export import acled, facts
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
)
from dateline.record import Event

Kind = Literal["str", "int", "float", "bool", "date", "json"]

FIELDS: tuple[tuple[str, Kind], ...] = (
    ("event_id", "str"), ("event_id_cnty", "str"),
    ("event_date", "date"), ("date_start", "date"), ("date_end", "date"), ("year", "int"),
    ("time_precision", "int"),
    ("disorder_type", "str"), ("event_type", "str"), ("sub_event_type", "str"), ("cameo", "str"),
    ("plover_event", "str"), ("plover_mode", "str"),
    ("actor1", "str"), ("assoc_actor_1", "str"), ("inter1", "int"), ("actor1_country", "str"),
    ("actor2", "str"), ("assoc_actor_2", "str"), ("inter2", "int"), ("actor2_country", "str"),
    ("interaction", "int"), ("civilian_targeting", "str"),
    ("country", "str"), ("country_name", "str"), ("region", "str"), ("admin1", "str"), ("admin2", "str"),
    ("location", "str"), ("latitude", "float"), ("longitude", "float"), ("geo_precision", "int"),
    ("geonames_id", "int"),
    ("fatalities", "int"), ("fatalities_low", "int"), ("fatalities_high", "int"), ("fatality_rule", "str"),
    ("fatalities_imputed", "bool"), ("fatalities_civilians", "int"),
    ("injured", "int"), ("injured_low", "int"), ("injured_high", "int"),
    ("corroboration", "int"), ("flags", "str"), ("source", "str"), ("source_scale", "str"),
    ("n_reports", "int"), ("n_articles", "int"), ("confidence", "float"), ("revision", "int"),
    ("created_at", "str"), ("updated_at", "str"), ("timestamp", "int"), ("notes", "str"),
    ("claims", "json"), ("source_chains", "json"), ("figures", "json"), ("contradictions", "json"),
    ("articles", "json"),
)


def row(e: Event) -> dict[str, Any]:
    country = event_country(e)
    loc, d, f = e.location, e.date, e.fatalities
    best, low, high = deaths(e)
    values: dict[str, Any] = {
        "event_id": e.event_id,
        "event_id_cnty": acled.event_id_cnty(e),
        "event_date": d.best if d else None,
        "date_start": d.start if d else None,
        "date_end": d.end if d else None,
        "year": d.best.year if d else None,
        "time_precision": d.time_precision if d else None,
        "disorder_type": disorder_type(e),
        "event_type": e.event_type,
        "sub_event_type": e.sub_event_type,
        "cameo": e.cameo,
        "plover_event": e.plover.event if e.plover else None,
        "plover_mode": e.plover.mode if e.plover else None,
        "actor1": e.actor1.name if e.actor1 else None,
        "assoc_actor_1": "; ".join(e.actor1.assoc) if e.actor1 else None,
        "inter1": inter(e.actor1),
        "actor1_country": e.actor1.country if e.actor1 else None,
        "actor2": e.actor2.name if e.actor2 else None,
        "assoc_actor_2": "; ".join(e.actor2.assoc) if e.actor2 else None,
        "inter2": inter(e.actor2),
        "actor2_country": e.actor2.country if e.actor2 else None,
        "interaction": interaction(e),
        "civilian_targeting": civilian_targeting(e),
        "country": country,
        "country_name": facts.country_name(country) if country else None,
        "region": facts.ACLED_REGION.get(country) if country else None,
        "admin1": loc.admin1 if loc else None,
        "admin2": loc.admin2 if loc else None,
        "location": loc.name if loc else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "geo_precision": loc.geo_precision if loc else None,
        "geonames_id": loc.geonames_id if loc else None,
        "fatalities": best,
        "fatalities_low": low,
        "fatalities_high": high,
        "fatality_rule": e.fatality_rule,
        "fatalities_imputed": f.imputed,
        "fatalities_civilians": f.civilians,
        "injured": e.injured.best,
        "injured_low": e.injured.low,
        "injured_high": e.injured.high,
        "corroboration": e.corroboration,
        "flags": "; ".join(e.flags),
        "source": "; ".join(outlets(e)),
        "source_scale": source_scale(e),
        "n_reports": len(e.report_ids),
        "n_articles": len(e.articles),
        "confidence": e.confidence,
        "revision": e.revision,
        "created_at": e.created_at,
        "updated_at": e.updated_at,
        "timestamp": changed_at(e),
        "notes": notes(e),
        "claims": [c.model_dump(mode="json") for c in e.claims],
        "source_chains": [s.model_dump(mode="json") for s in e.sources],
        "figures": [x.model_dump(mode="json") for x in e.figures],
        "contradictions": [c.model_dump(mode="json") for c in e.contradictions],
        "articles": [a.model_dump(mode="json") for a in e.articles],
    }
    return values
