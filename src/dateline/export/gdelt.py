"""GDELT-style event rows (the 58 columns of GDELT 1.0 event files, tab-separated).

CAMEO event codes come from the coder (``Event.cameo``, else the taxonomy's code for the
sub-type); QuadClass and the Goldstein scale follow from the code; actor codes are built
CAMEO-style from the actor's country and its ACLED inter code; places use FIPS 10-4 codes.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from dateline.export import facts
from dateline.export.fields import PlaceLookup, event_country, fold, outlets, place_kind, stable_number
from dateline.extract import taxonomy
from dateline.record import Actor, Event

_ACTOR = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO), *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)

# CAMEO actor roles for ACLED's inter codes: 1 state forces, 2 rebels, 3 political militias,
# 4 identity militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
_ROLE_BY_INTER = {1: "MIL", 2: "REB", 3: "UAF", 4: "UAF", 5: "CVL", 6: "CVL", 7: "CVL", 8: "MIL"}


def cameo_code(e: Event) -> str:
    if e.cameo:
        return e.cameo
    try:
        return taxonomy.sub_type(e.sub_event_type).cameo
    except KeyError:
        return "190" if e.event_type == taxonomy.BATTLES else "150"


def actor_role(a: Actor) -> str:
    """CAMEO actor type (MIL, COP, GOV, REB, UAF, CVL, IGO) from the ACLED name and inter code."""
    name = a.name.lower()
    if "united nations" in name or name.startswith("un "):
        return "IGO"
    if a.inter == 1:
        if name.startswith("police"):
            return "COP"
        if name.startswith("government"):
            return "GOV"
    if name.startswith("unidentified"):
        return "UAF"
    return _ROLE_BY_INTER.get(a.inter or 0, "UAF")


def actor_fields(a: Actor | None) -> list[Any]:
    if a is None:
        return [None] * len(_ACTOR)
    role = actor_role(a)
    known = "UNO" if role == "IGO" else None
    return [f"{a.country or ''}{role}", a.name.upper(), a.country, known, None, None, None, role, None, None]


def _adm1_code(e: Event, places: PlaceLookup | None, fips: str | None) -> str | None:
    """FIPS country code + the GeoNames admin1 code of the place (GDELT's ADM1Code); GeoNames
    admin1 codes are FIPS codes for most countries. Country code alone when unknown."""
    if fips is None:
        return None
    if places is not None and e.location and e.location.geonames_id is not None:
        code = getattr(places.get(e.location.geonames_id), "admin1_code", None)
        if code:
            return f"{fips}{code}"
    return fips


def action_geo(e: Event, places: PlaceLookup | None) -> list[Any]:
    """ActionGeo_Type (1 country, 2 US state, 3 US city, 4 world city, 5 world ADM1) and the rest."""
    country = event_country(e)
    fips = facts.fips(country) if country else None
    cname = facts.country_name(country) if country else None
    loc = e.location
    if loc is None:
        if country is None:
            return [0, None, None, None, None, None, None]
        return [1, cname, fips, fips, None, None, fips]
    kind = place_kind(e, places)
    us = country == "USA"
    geo_type = {"country": 1, "adm1": 2 if us else 5}.get(kind or "point", 3 if us else 4)
    parts = [loc.name]
    if loc.admin1 and fold(loc.admin1) != fold(loc.name):
        parts.append(loc.admin1)
    if cname and fold(cname) != fold(loc.name):
        parts.append(cname)
    adm1 = fips if kind == "country" else _adm1_code(e, places, fips)
    feature: Any = fips if kind == "country" else adm1 if kind == "adm1" else loc.geonames_id
    return [geo_type, ", ".join(parts), fips, adm1, loc.lat, loc.lon, feature]


def _yyyymmdd(value: str | None) -> int | None:
    if not value:
        return None
    t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if t.tzinfo is not None:
        t = t.astimezone(UTC)
    return int(t.strftime("%Y%m%d"))


def row(e: Event, places: PlaceLookup | None = None) -> dict[str, Any]:
    code = cameo_code(e)
    d = e.date.best if e.date else None
    action = action_geo(e, places)
    no_geo = [0, None, None, None, None, None, None]
    values: list[Any] = [
        stable_number(e.event_id),
        int(d.strftime("%Y%m%d")) if d else None,
        int(d.strftime("%Y%m")) if d else None,
        d.year if d else None,
        # GDELT's own approximation of the fraction of the year: (month * 30 + day) / 365.
        round(d.year + (d.month * 30 + d.day) / 365, 4) if d else None,
        *actor_fields(e.actor1),
        *actor_fields(e.actor2),
        1,  # IsRootEvent: each merged event is its articles' subject, not a side remark
        code,
        code[:3],
        code[:2],
        facts.quad_class(code),
        facts.goldstein(code),
        len(e.report_ids) or len(e.articles),
        len(outlets(e)) or len(e.sources),
        len(e.articles) or len(e.report_ids),
        0.0,  # AvgTone: Dateline does not score tone
        # Actor geography: the action's place stands in for where each actor was reported.
        *(action if e.actor1 else no_geo),
        *(action if e.actor2 else no_geo),
        *action,
        _yyyymmdd(e.updated_at or e.created_at),
        next((a.url for a in e.articles if a.url), None),
    ]
    return dict(zip(COLUMNS, values, strict=True))


def rows(events: Iterator[Event], places: PlaceLookup | None = None) -> Iterator[tuple[Event, str, dict[str, Any]]]:
    for e in events:
        r = row(e, places)
        yield e, str(r["GLOBALEVENTID"]), r
