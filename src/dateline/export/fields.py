"""Values every export format derives from a merged :class:`~dateline.record.Event` the same way:
the event's country, a stable numeric id, ACLED's disorder type, interaction and civilian
targeting, the source list and its scale, the kind of place the coordinates stand for, and the
one-sentence summary we generate for ACLED's ``notes``.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from functools import lru_cache
from typing import Literal, Protocol

from dateline.export import facts
from dateline.extract import taxonomy
from dateline.geo import names
from dateline.record import Actor, Event, SourceChain

PlaceKind = Literal["country", "adm1", "adm2", "point"]

VIOLENT_TYPES = frozenset({taxonomy.BATTLES, taxonomy.EXPLOSIONS, taxonomy.VAC})
# Actor inter codes (ACLED): 1 state forces ... 7 civilians, 8 external/other forces.
STATE, CIVILIANS, EXTERNAL = 1, 7, 8
# The order ACLED lists scales in when a record has several (e.g. "National-International").
SCALES = ("Local", "Sub-national", "National", "Regional", "International", "Other")


class PlaceLookup(Protocol):
    """What the exporters need from a gazetteer: a place by GeoNames id (see dateline.geo)."""

    def get(self, geonameid: int) -> object | None: ...


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """The gazetteer's name folding, cached: exports compare the same place names many times."""
    return names.fold(name)


def stable_number(event_id: str) -> int:
    """A positive integer derived from ``event_id`` alone, so it survives revisions and
    re-exports. 52 bits: exact in a float64 (pandas, R), collisions negligible at millions."""
    return int(hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:13], 16)


def event_country(e: Event) -> str | None:
    """ISO3 of the event: the location's country, else the first actor's that has one."""
    if e.location and e.location.country:
        return e.location.country
    for actor in (e.actor1, e.actor2):
        if actor and actor.country:
            return actor.country
    return None


def inter(actor: Actor | None) -> int:
    """ACLED inter code; 0 where there is no actor or it has no code (ACLED's 0 for a missing actor2)."""
    return actor.inter if actor is not None and actor.inter is not None else 0


def interaction(e: Event) -> int:
    """ACLED interaction: the two inter codes, lower first; one actor gives 10, 20, ..."""
    if e.interaction is not None:
        return e.interaction
    codes = sorted(c for c in (inter(e.actor1), inter(e.actor2)) if c)
    if not codes:
        return 0
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def disorder_type(e: Event) -> str:
    """ACLED's disorder type: the sub-type's group, except that state repression of
    demonstrators is both political violence and a demonstration event (as ACLED codes it)."""
    if e.sub_event_type == "Excessive force against protesters":
        return "Political violence; Demonstrations"
    try:
        return taxonomy.sub_type(e.sub_event_type).disorder
    except KeyError:
        return "Strategic developments" if e.event_type == taxonomy.STRATEGIC else "Political violence"


def civilian_targeting(e: Event) -> str:
    """'Civilian targeting' when civilians are the target of political violence, else ''
    (ACLED leaves the column empty for all other events)."""
    if e.event_type == taxonomy.VAC or e.sub_event_type == "Excessive force against protesters":
        return "Civilian targeting"
    if "Political violence" in disorder_type(e) and CIVILIANS in (inter(e.actor1), inter(e.actor2)):
        return "Civilian targeting"
    return ""


def outlets(e: Event) -> list[str]:
    """Every outlet behind the event, independent chains first, reprints after, no repeats."""
    names = [c.outlet for c in e.sources if c.outlet]
    names += [a.outlet for a in e.articles if a.outlet]
    names += [c.outlet for c in e.claims if c.outlet]
    return list(dict.fromkeys(names))


def _scale(chain: SourceChain, country: str | None) -> str:
    if chain.kind == "local":
        return "Local"
    owner = chain.owner_country
    if owner and country:
        if owner == country:
            return "National"
        region = facts.ACLED_REGION.get(country)
        return "Regional" if region and facts.ACLED_REGION.get(owner) == region else "International"
    if chain.kind in ("international", "wire"):
        return "International"
    return "Other"


def source_scale(e: Event) -> str:
    """ACLED's source_scale from each chain's outlet kind and owner country against the event's
    country (same country: National; same ACLED region: Regional; else International; local
    outlets: Local; unknown: Other), joined with '-' in ACLED's order."""
    country = event_country(e)
    found = {_scale(c, country) for c in e.sources}
    if not found and outlets(e):
        found = {"Other"}
    return "-".join(s for s in SCALES if s in found)


def place_kind(e: Event, places: PlaceLookup | None = None) -> PlaceKind | None:
    """What the coordinates stand for: a country or region centroid, or a place. The gazetteer
    answers when given; otherwise the name is compared with the country and admin names."""
    loc = e.location
    if loc is None:
        return None
    if places is not None and loc.geonames_id is not None:
        feature = getattr(places.get(loc.geonames_id), "feature", None)
        if feature == "PCLI":
            return "country"
        if feature in ("ADM1", "ADM2"):
            return "adm1" if feature == "ADM1" else "adm2"
        if feature is not None:
            return "point"
    name = fold(loc.name)
    cname = facts.country_name(loc.country) if loc.country else None
    if cname and name == fold(cname):
        return "country"
    if loc.admin1 and name == fold(loc.admin1):
        return "adm1"
    if loc.admin2 and name == fold(loc.admin2):
        return "adm2"
    return "point"


def timestamp(value: str | None) -> int | None:
    """Unix seconds of an ISO 8601 time (naive times are UTC)."""
    if not value:
        return None
    t = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if t.tzinfo is None:
        t = t.replace(tzinfo=UTC)
    return int(t.timestamp())


def changed_at(e: Event) -> int | None:
    return timestamp(e.updated_at or e.created_at)


def deaths(e: Event) -> tuple[int, int, int]:
    """(best, low, high) fatalities with ACLED's 'none reported = 0' and low <= best <= high."""
    f = e.fatalities
    best = f.best if f.best is not None else (f.low if f.low is not None else 0)
    low = min(f.low if f.low is not None else best, best)
    high = max(f.high if f.high is not None else best, best)
    return best, low, high


# Our phrasing of each sub-type for the generated notes: (with a target, without one).
_PHRASES: dict[str, tuple[str, str]] = {
    "Armed clash": ("clashed with {t}", "were involved in an armed clash"),
    "Government regains territory": ("regained territory from {t}", "regained territory"),
    "Non-state actor overtakes territory": ("took territory from {t}", "took territory"),
    "Chemical weapon": ("used chemical weapons against {t}", "used chemical weapons"),
    "Air/drone strike": ("carried out air/drone strikes on {t}", "carried out air/drone strikes"),
    "Suicide bomb": ("carried out a suicide bombing against {t}", "carried out a suicide bombing"),
    "Shelling/artillery/missile attack": ("shelled {t}", "carried out shelling or missile fire"),
    "Remote explosive/landmine/IED": ("targeted {t} with an explosive device", "set off an explosive device"),
    "Grenade": ("threw a grenade at {t}", "threw a grenade"),
    "Sexual violence": ("committed sexual violence against {t}", "committed sexual violence"),
    "Attack": ("attacked {t}", "carried out an attack"),
    "Abduction/forced disappearance": ("abducted {t}", "abducted people"),
    "Peaceful protest": ("protested peacefully", "protested peacefully"),
    "Protest with intervention": ("protested and {t} intervened", "protested and were dispersed"),
    "Excessive force against protesters": ("used excessive force against {t}", "used excessive force against protesters"),
    "Violent demonstration": ("demonstrated violently against {t}", "demonstrated violently"),
    "Mob violence": ("carried out mob violence against {t}", "carried out mob violence"),
    "Agreement": ("reached an agreement with {t}", "reached an agreement"),
    "Arrests": ("arrested {t}", "made arrests"),
    "Change to group/activity": ("changed their activity towards {t}", "changed their group or activity"),
    "Disrupted weapons use": ("disrupted weapons use by {t}", "disrupted weapons use"),
    "Headquarters or base established": ("established a base against {t}", "established a base"),
    "Looting/property destruction": ("looted or destroyed property of {t}", "looted or destroyed property"),
    "Non-violent transfer of territory": ("took territory from {t} without fighting", "took territory without fighting"),
}


def _value_text(value: object) -> str:
    if isinstance(value, dict):
        return str(value.get("name") or value.get("best") or value)
    return str(value)


def notes(e: Event) -> str:
    """One generated sentence (two with disputes): date, actors, action, place, toll and range,
    how many independent sources, and who disputes what."""
    when = f"On {e.date.best.isoformat()}, " if e.date else ""
    who = e.actor1.name if e.actor1 else "Unidentified actors"
    with_target, alone = _PHRASES.get(e.sub_event_type, ("were involved in {t} (" + e.sub_event_type.lower() + ")", e.sub_event_type.lower()))
    action = with_target.format(t=e.actor2.name) if e.actor2 else alone
    where = ""
    if e.location:
        where = f" in {e.location.name}"
        if e.location.admin1 and fold(e.location.admin1) != fold(e.location.name):
            where += f", {e.location.admin1}"
    best, low, high = deaths(e)
    n = e.corroboration or len(e.sources) or len(e.articles)
    counted = f"{n} source{'s' if n != 1 else ''}"
    if best == 0 and high == 0:
        toll = f"no fatalities reported ({counted})"
    elif low != high:
        toll = f"{best} killed (range {low}-{high}, {counted})"
    else:
        toll = f"{best} killed ({counted})"
    text = f"{when}{who} {action}{where}; {toll}."
    disputes = []
    for c in e.contradictions:
        parts = [f"{_value_text(v.get('value'))} per {', '.join(v.get('sources') or ['unnamed sources'])}" for v in c.values]
        disputes.append(f"{c.field}: {'; '.join(parts)}" if parts else c.note)
    if disputes:
        text += " Disputed " + " | ".join(disputes) + "."
    if "denied" in e.flags and not any(c.field == "occurrence" for c in e.contradictions):
        text += " A party denies the event."
    return text[0].upper() + text[1:]


def tags(e: Event) -> str:
    """ACLED-style tags: crowd size for demonstrations (never stated by our coder) and the
    event's Dateline flags, separated by '; '."""
    out = []
    if e.event_type in (taxonomy.PROTESTS, taxonomy.RIOTS):
        out.append("crowd size=no report")
    out += [f"dateline {flag.replace('_', ' ')}" for flag in e.flags]
    return "; ".join(out)
