"""Does a report tell the same incident as an event? The compatibility test and its score.

A report joins an event only when every test passes: it comes from an article the event does
not hold yet (an article that tells two incidents apart is believed), the event types are the
same or a listed compatible pair, the dates fall within the rule's window, the places within
the rule's distance, and the named armed groups do not exclude each other. Among compatible
events the highest score wins; the store creates a new event when none is compatible.
"""

from __future__ import annotations

import math
from datetime import date

from dateline.merge.rule import MergeRule
from dateline.record import Actor, ArticleRef, Event, EventDate, Location, Report

# ACLED inter codes of armed actors (state forces, rebels, militias, identity militias, external forces).
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
NON_STATE_INTERS = frozenset({2, 3, 4})


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(h)))


def is_named_armed(actor: Actor | None) -> bool:
    """A named armed actor: not 'Unidentified ...', not civilians, protesters or rioters."""
    if actor is None or actor.inter not in ARMED_INTERS:
        return False
    return not actor.name.lower().startswith("unidentified")


def named_armed(actors: tuple[Actor | None, ...]) -> set[str]:
    return {a.name for a in actors if a is not None and is_named_armed(a)}


def _date_gap(d: EventDate, e: EventDate) -> int:
    """Days between a report's best date and the event's date span (0 inside the span)."""
    if e.start <= d.best <= e.end:
        return 0
    if d.best < e.start:
        return (e.start - d.best).days
    return (d.best - e.end).days


def date_gap(report_date: EventDate | None, event_date: EventDate | None, rule: MergeRule) -> float | None:
    """Gap as a share of the allowed window (0..1), None when beyond it; 0.5 when a date is missing."""
    if report_date is None or event_date is None:
        return 0.5
    window = max(rule.max_days(report_date.time_precision), rule.max_days(event_date.time_precision))
    gap = _date_gap(report_date, event_date)
    if gap > window:
        return None
    return gap / window if window else 0.0


def place_gap(a: Location | None, b: Location | None, rule: MergeRule) -> float | None:
    """Distance as a share of the allowed distance (0..1), None when too far or not comparable.
    Without coordinates the two must name the same country; a side with no place at all
    cannot be matched (nothing says it is the same incident)."""
    if a is None or b is None:
        return None
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        if a.country and b.country and a.country == b.country:
            same = a.geonames_id is not None and a.geonames_id == b.geonames_id
            return 0.0 if same or a.name == b.name else 0.8
        return None
    limit = max(rule.max_km(a.geo_precision), rule.max_km(b.geo_precision))
    km = haversine_km(a.lat, a.lon, b.lat, b.lon)
    if km > limit:
        return None
    return km / limit if limit else 0.0


def actors_compatible(report: Report | Event, event: Event) -> tuple[bool, float]:
    """(compatible, bonus). Actor order carries no direction, so both actors are compared as a set.
    Two different named non-state armed groups (and no actor in common) exclude each other; a
    named group and an unidentified one do not; state forces that differ are kept together and
    flagged by build_event as a disputed perpetrator, because blame for a strike is what sides dispute."""
    mine = named_armed((report.actor1, report.actor2))
    theirs = named_armed((event.actor1, event.actor2))
    if mine & theirs:
        return True, 0.2
    if not mine or not theirs:
        return True, 0.0
    groups_mine = {a.name for a in (report.actor1, report.actor2) if a is not None and a.name in mine and a.inter in NON_STATE_INTERS}
    groups_theirs = {a.name for a in (event.actor1, event.actor2) if a is not None and a.name in theirs and a.inter in NON_STATE_INTERS}
    if groups_mine and groups_theirs:
        return False, 0.0
    return True, -0.2


def match_score(report: Report, article: ArticleRef, event: Event, rule: MergeRule) -> float | None:
    """How well a report fits an event (higher is better), or None when they cannot be one incident."""
    if any(a.sha256 == article.sha256 for a in event.articles):
        return None  # the article told its incidents apart
    if not rule.types_compatible(report.event_type, event.event_type):
        return None
    days = date_gap(report.date, event.date, rule)
    if days is None:
        return None
    km = place_gap(report.location, event.location, rule)
    if km is None:
        return None
    ok, actor_bonus = actors_compatible(report, event)
    if not ok:
        return None
    score = 1.0 - 0.3 * days - 0.3 * km + actor_bonus
    if report.event_type != event.event_type:
        score -= 0.3
    elif report.sub_event_type != event.sub_event_type:
        score -= 0.1
    if report.location is not None and event.location is not None and report.location.name == event.location.name:
        score += 0.1
    return round(score, 4) if score >= rule.min_score else None


def days_between(a: date, b: date) -> int:
    return abs((a - b).days)
