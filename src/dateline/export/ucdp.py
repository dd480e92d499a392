"""UCDP GED-style rows: organized violence with at least one death, one row per event.

GED holds only lethal organized violence, so events of the non-violent ACLED types (protests,
riots, strategic developments) and violent events without a reported death are skipped; the
writer counts both and says so on stderr.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from dateline.export import facts
from dateline.export.fields import (
    CIVILIANS,
    EXTERNAL,
    STATE,
    VIOLENT_TYPES,
    PlaceLookup,
    deaths,
    event_country,
    inter,
    outlets,
    place_kind,
    stable_number,
)
from dateline.extract import taxonomy
from dateline.record import Actor, Event

COLUMNS: tuple[str, ...] = (
    "id", "year", "type_of_violence", "side_a", "side_b", "dyad_name", "deaths_a", "deaths_b",
    "deaths_civilians", "deaths_unknown", "best", "low", "high", "where_prec", "date_prec",
    "date_start", "date_end", "latitude", "longitude", "country", "adm_1", "adm_2",
    "where_coordinates", "source_article", "source_office", "source_date", "source_headline",
    "source_original", "number_of_sources",
)

STATE_BASED, NON_STATE, ONE_SIDED = 1, 2, 3


@dataclass
class Skipped:
    """What GED leaves out, counted for the user."""

    non_violent: int = 0
    no_deaths: int = 0


def _is_state(a: Actor | None) -> bool:
    return inter(a) in (STATE, EXTERNAL)


def type_of_violence(e: Event) -> int:
    """1 state-based (a state's forces on one side), 2 non-state (organized groups only),
    3 one-sided (an organized actor against civilians). Events with no coded actor: 3 for
    violence against civilians, else 2 (an unknown perpetrator is not assumed to be a state)."""
    codes = {inter(e.actor1), inter(e.actor2)} - {0}
    if e.event_type == taxonomy.VAC or CIVILIANS in codes:
        return ONE_SIDED
    if _is_state(e.actor1) or _is_state(e.actor2):
        return STATE_BASED
    return NON_STATE


def sides(e: Event, tov: int) -> tuple[str, str]:
    """(side_a, side_b): the state (state-based) or the perpetrator (one-sided) first."""
    actors = [a for a in (e.actor1, e.actor2) if a is not None]
    if tov == ONE_SIDED:
        perpetrators = [a for a in actors if a.inter != CIVILIANS]
        victims = [a for a in actors if a.inter == CIVILIANS]
        a = perpetrators[0].name if perpetrators else "Unidentified Armed Group"
        b = victims[0].name if victims else "Civilians"
        return a, b
    actors.sort(key=lambda x: 0 if _is_state(x) else 1)
    a = actors[0].name if actors else "Unidentified Armed Group"
    b = actors[1].name if len(actors) > 1 else "Unidentified Armed Group"
    return a, b


def where_prec(e: Event, places: PlaceLookup | None) -> int:
    """UCDP's 1-7 from what the coordinates stand for and ACLED's geo_precision."""
    kind = place_kind(e, places)
    if kind is None or kind == "country":
        return 6
    if kind == "adm1":
        return 4
    if kind == "adm2":
        return 3
    gp = e.location.geo_precision if e.location else 3
    if gp == 1:
        return 1
    if gp == 2:
        return 2
    return 4 if e.location and e.location.admin1 else 5


def date_prec(e: Event) -> int:
    """UCDP's 1 exact day, 2 a 2-6 day span, 3 a week, 4 a month, 5 longer, from the date span
    and ACLED's time_precision (2: within a week, 3: within a month)."""
    if e.date is None:
        return 5
    span = (e.date.end - e.date.start).days + 1
    if e.date.time_precision == 3:
        return 4 if span <= 31 else 5
    if span <= 1:
        return 1 if e.date.time_precision == 1 else 3
    if span <= 6:
        return 2
    if span <= 7:
        return 3
    return 4 if span <= 31 else 5


def _deaths_split(e: Event, tov: int) -> tuple[int, int, int, int]:
    """(deaths_a, deaths_b, deaths_civilians, deaths_unknown) summing to best. Our records
    carry a civilian breakdown but not a per-side one, so combatant deaths are 'unknown'."""
    best = deaths(e)[0]
    civ = e.fatalities.civilians
    if civ is None:
        civ = best if tov == ONE_SIDED else 0
    civ = min(civ, best)
    return 0, 0, civ, best - civ


def row(e: Event, places: PlaceLookup | None = None) -> dict[str, Any]:
    tov = type_of_violence(e)
    side_a, side_b = sides(e, tov)
    best, low, high = deaths(e)
    d_a, d_b, d_civ, d_unk = _deaths_split(e, tov)
    country = event_country(e)
    loc = e.location
    arts = e.articles
    claim_sources = [c.source for c in e.claims if c.source and c.kind != "outlet"]
    return {
        "id": stable_number(e.event_id),
        "year": e.date.best.year if e.date else None,
        "type_of_violence": tov,
        "side_a": side_a,
        "side_b": side_b,
        "dyad_name": f"{side_a} - {side_b}",
        "deaths_a": d_a,
        "deaths_b": d_b,
        "deaths_civilians": d_civ,
        "deaths_unknown": d_unk,
        "best": best,
        "low": low,
        "high": high,
        "where_prec": where_prec(e, places),
        "date_prec": date_prec(e),
        "date_start": e.date.start.isoformat() if e.date else None,
        "date_end": e.date.end.isoformat() if e.date else None,
        "latitude": loc.lat if loc else None,
        "longitude": loc.lon if loc else None,
        "country": facts.country_name(country) if country else None,
        "adm_1": loc.admin1 if loc else None,
        "adm_2": loc.admin2 if loc else None,
        "where_coordinates": loc.name if loc else (facts.country_name(country) if country else None),
        "source_article": "; ".join(
            ",".join(x for x in (a.outlet or a.url or a.id, a.published.isoformat() if a.published else "", a.title or "") if x)
            for a in arts
        ),
        "source_office": "; ".join(outlets(e)),
        "source_date": "; ".join(a.published.isoformat() for a in arts if a.published),
        "source_headline": "; ".join(a.title for a in arts if a.title),
        "source_original": "; ".join(dict.fromkeys(claim_sources or outlets(e))),
        "number_of_sources": len(arts) or len(e.report_ids),
    }


def rows(events: Iterator[Event], skipped: Skipped, places: PlaceLookup | None = None) -> Iterator[tuple[Event, str, dict[str, Any]]]:
    for e in events:
        if e.event_type not in VIOLENT_TYPES:
            skipped.non_violent += 1
            continue
        if deaths(e)[2] < 1:
            skipped.no_deaths += 1
            continue
        r = row(e, places)
        yield e, str(r["id"]), r
