"""Build the merged event from its members: one record, every source's claim kept beside it.

Independence first: members collapse into source chains (reprints and near-duplicates by
MinHash, the same wire story credited, the same outlet writing again). A chain speaks once,
with its latest word: an outlet that corrects its toll replaces its own earlier figure, while
every figure stays listed in ``figures``. Then each field is settled across chains: type by a
rank-weighted vote (each report's ``rank``, see :meth:`dateline.record.Report.ranking`), place by precision then corroboration, date by consensus, the toll
as a range over chains with a best estimate by the rule. Disagreements become contradictions.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

from dateline.merge.chains import Chain, source_chains
from dateline.merge.disputes import contradictions_of, denials_of
from dateline.merge.figures import chain_figures, figure_record, figures_of
from dateline.merge.match import is_named_armed
from dateline.merge.member import Member, order_key
from dateline.merge.registry import OutletRegistry
from dateline.merge.rule import MergeRule
from dateline.record import (
    Actor,
    Event,
    EventClaim,
    EventDate,
    EventFlag,
    Fatalities,
    Injured,
    Location,
    SourceChain,
)

FLAG_ORDER: tuple[EventFlag, ...] = ("single_source", "one_side_only", "contested", "imputed", "denied")


def _weighted_vote(items: list[tuple[str, float]]) -> str:
    weights: dict[str, float] = defaultdict(float)
    for key, w in items:
        weights[key] += w
    return min(weights, key=lambda k: (-weights[k], k))


def _pick_actor(cands: list[tuple[Actor, float]], exclude: str | None = None) -> Actor | None:
    """A named armed actor beats an unidentified one; among equals, the larger rank weight."""
    pool = [(a, w) for a, w in cands if a.name != exclude]
    if not pool:
        return None
    weights: dict[str, float] = defaultdict(float)
    first: dict[str, Actor] = {}
    for a, w in pool:
        weights[a.name] += w
        first.setdefault(a.name, a)
    best = min(weights, key=lambda n: (not is_named_armed(first[n]), -weights[n], n))
    return first[best]


def _interaction(a1: Actor | None, a2: Actor | None) -> int | None:
    codes = sorted(a.inter for a in (a1, a2) if a is not None and a.inter is not None)
    if not codes:
        return None
    return codes[0] * 10 + (codes[1] if len(codes) > 1 else 0)


def _settle_location(
    chains: list[Chain], previous: Location | None
) -> tuple[Location | None, list[tuple[Location, Chain]]]:
    current = [(ch.latest.report.location, ch) for ch in chains if ch.latest.report.location is not None]
    located: list[tuple[Location, Chain]] = [(loc, ch) for loc, ch in current if loc is not None]
    if not located:
        return None, []

    def key(loc: Location) -> str:
        return str(loc.geonames_id) if loc.geonames_id is not None else loc.name.casefold()

    support: dict[str, set[str]] = defaultdict(set)
    latest_pub: dict[str, date] = {}
    best_loc: dict[str, Location] = {}
    for loc, ch in located:
        k = key(loc)
        support[k].add(ch.chain_id)
        pub = ch.latest.article.published or date.min
        latest_pub[k] = max(latest_pub.get(k, date.min), pub)
        if k not in best_loc or loc.geo_precision < best_loc[k].geo_precision:
            best_loc[k] = loc
    # Most precise, then most chains; on a tie the place already shown stays (a new article that
    # only disagrees does not move the event), then the most recently stated, then a fixed order.
    kept = key(previous) if previous is not None else None
    winner = min(
        best_loc,
        key=lambda k: (best_loc[k].geo_precision, -len(support[k]), k != kept, -latest_pub[k].toordinal(), k),
    )
    return best_loc[winner], located


def _settle_date(
    chains: list[Chain], previous: EventDate | None
) -> tuple[EventDate | None, list[tuple[EventDate, Chain]]]:
    dated = [(ch.latest.report.date, ch) for ch in chains]
    current: list[tuple[EventDate, Chain]] = [(d, ch) for d, ch in dated if d is not None]
    if not current:
        return None, []
    precision = min(d.time_precision for d, _ in current)
    precise = [d for d, _ in current if d.time_precision == precision]
    votes = Counter(d.best for d in precise)
    kept = previous.best if previous is not None else None
    best = min(votes, key=lambda b: (-votes[b], b != kept, b))
    chosen = next(d for d in precise if d.best == best)
    return EventDate(
        best=best,
        start=min(d.start for d in precise),
        end=max(d.end for d in precise),
        time_precision=precision,
        text=chosen.text,
    ), current


def _confidence(chains: list[Chain], cap: float) -> float:
    miss = 1.0
    for ch in chains:
        miss *= 1.0 - max(m.report.confidence for m in ch.members)
    return round(min(cap, 1.0 - miss), 4)


def build_event(
    event_id: str,
    members: Sequence[Member],
    *,
    rule: MergeRule,
    registry: OutletRegistry,
    previous: Event | None,
    now: str,
) -> Event:
    """The merged event recomputed from all its members (see the module docstring for the rule)."""
    if not members:
        raise ValueError("build_event needs at least one member")
    chains = source_chains(members, rule, registry)
    ordered = [m for ch in chains for m in ch.members]
    by_report = {m.report.report_id: m for m in ordered}
    # reports weigh by their rank (hand-set, never calibrated), so a refitted calibration does not
    # move the vote or the model
    weights = [(m, max(m.report.ranking(), 0.01)) for m in ordered]

    event_type = _weighted_vote([(m.report.event_type, w) for m, w in weights])
    typed = [(m, w) for m, w in weights if m.report.event_type == event_type]
    sub_event_type = _weighted_vote([(m.report.sub_event_type, w) for m, w in typed])
    model = max((m for m, _ in typed if m.report.sub_event_type == sub_event_type), key=lambda m: m.report.ranking())

    actor1 = _pick_actor([(m.report.actor1, w) for m, w in weights if m.report.actor1 is not None])
    actor2 = _pick_actor(
        [(m.report.actor2, w) for m, w in weights if m.report.actor2 is not None],
        exclude=actor1.name if actor1 else None,
    )
    location, located = _settle_location(chains, previous.location if previous else None)
    event_date, dated = _settle_date(chains, previous.date if previous else None)

    figures = figures_of(chains)
    fatal_now = chain_figures(figures, "fatalities", chains)
    injured_now = chain_figures(figures, "injured", chains)
    fatalities: Fatalities = figure_record(fatal_now, rule, by_report, Fatalities, True)
    injured: Injured = figure_record(injured_now, rule, by_report, Injured, False)

    claims = [
        EventClaim(**c.model_dump(), report_id=m.report.report_id, article_id=m.article.id, outlet=m.article.outlet, chain_id=ch.chain_id)
        for ch in chains
        for m in ch.members
        for c in m.report.claims
    ]
    denials = denials_of(chains, registry)
    claims.extend(denials)
    contradictions = contradictions_of(chains, fatal_now, located, dated, denials, rule)

    sides = {ch.side for ch in chains}
    flags: set[EventFlag] = set()
    if len(chains) == 1:
        flags.add("single_source")
    if None not in sides and len(sides) == 1:
        flags.add("one_side_only")
    if contradictions:
        flags.add("contested")
    if fatalities.imputed:
        flags.add("imputed")
    if denials:
        flags.add("denied")

    sources = [
        SourceChain(
            chain_id=ch.chain_id,
            outlet=ch.outlet,
            kind=ch.entry.kind if ch.entry is not None else "unknown",
            owner_country=ch.entry.owner_country if ch.entry is not None else None,
            side=ch.side,
            articles=list(dict.fromkeys(m.article.id for m in ch.members)),
            reprints=len({m.article.sha256 for m in ch.members}) - 1,
        )
        for ch in chains
    ]
    articles = list({m.article.sha256: m.article for m in sorted(ordered, key=order_key)}.values())
    return Event(
        event_id=event_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        plover=model.report.plover,
        cameo=model.report.cameo,
        actor1=actor1,
        actor2=actor2,
        interaction=_interaction(actor1, actor2),
        location=location,
        date=event_date,
        fatalities=fatalities,
        fatality_rule=rule.fatality_rule,
        injured=injured,
        figures=figures,
        claims=claims,
        sources=sources,
        corroboration=len(chains),
        flags=[f for f in FLAG_ORDER if f in flags],
        contradictions=contradictions,
        report_ids=[m.report.report_id for m in sorted(ordered, key=order_key)],
        articles=articles,
        confidence=_confidence(chains, rule.confidence_cap),
        revision=previous.revision if previous is not None else 1,
        created_at=previous.created_at if previous is not None and previous.created_at else now,
        updated_at=previous.updated_at if previous is not None and previous.updated_at else now,
    )

