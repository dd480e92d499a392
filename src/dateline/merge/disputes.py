"""Disputes: where independent chains disagree (toll, perpetrator, place, day) and who denies the event."""

from __future__ import annotations

import re
from typing import Any, Literal

from dateline.merge.chains import Chain
from dateline.merge.match import is_named_armed
from dateline.merge.member import DENY_WORDS, claim_denies, denier
from dateline.merge.registry import OutletRegistry
from dateline.merge.rule import MergeRule
from dateline.record import Contradiction, EventClaim, EventDate, FigureClaim, Location


def _values_by(items: list[tuple[Any, str, str]]) -> list[dict[str, Any]]:
    """[(value, source, report_id)] grouped by value, for a Contradiction."""
    grouped: dict[str, dict[str, Any]] = {}
    for value, source, rid in items:
        g = grouped.setdefault(str(value), {"value": value, "sources": [], "report_ids": []})
        if source not in g["sources"]:
            g["sources"].append(source)
        g["report_ids"].append(rid)
    return sorted(grouped.values(), key=lambda g: str(g["value"]))


def denials_of(chains: list[Chain], registry: OutletRegistry) -> list[EventClaim]:
    out: list[EventClaim] = []
    seen: set[tuple[str, str]] = set()
    for ch in chains:
        for m in ch.members:
            outer = m.article.outlet or m.article.url or m.article.id
            found: list[tuple[str, str | None, str]] = []
            for mention in m.denials:
                sentence = mention.sentence.text.strip()
                verb = next((w for w in re.findall(r"[A-Za-z]+", sentence) if w.lower() in DENY_WORDS), "denied")
                found.append((denier(sentence) or outer, verb, sentence))
            for c in m.report.claims:
                if claim_denies(c):
                    found.append((c.source, c.verb, c.quote or ""))
            if m.report.modality == "denied" and not found:
                found.append((outer, "denied", ""))
            for who, verb, quote in found:
                if (who, m.article.id) in seen:
                    continue
                seen.add((who, m.article.id))
                hit = registry.lookup(who)
                kind: Literal["government", "military", "other"] = "other"
                if (hit is not None and hit.kind == "government") or any(w in who.lower() for w in ("ministry", "government", "minister", "spokes", "official")):
                    kind = "government"
                elif any(w in who.lower() for w in ("army", "military", "forces", "command")):
                    kind = "military"
                out.append(EventClaim(
                    source=who, kind=kind, chain=[outer, who] if who != outer else [outer], verb=verb,
                    quote=quote or None, fields=["occurrence"], value="denied",
                    report_id=m.report.report_id, article_id=m.article.id, outlet=m.article.outlet,
                    chain_id=ch.chain_id,
                ))
    return out


def contradictions_of(
    chains: list[Chain],
    fatal: list[FigureClaim],
    located: list[tuple[Location, Chain]],
    dated: list[tuple[EventDate, Chain]],
    denials: list[EventClaim],
    rule: MergeRule,
) -> list[Contradiction]:
    out: list[Contradiction] = []
    values = [f.value for f in fatal if f.value is not None]
    if values and rule.tolls_contradict(min(values), max(values)):
        out.append(Contradiction(
            field="fatalities",
            values=_values_by([(f.value, f.source, f.report_id) for f in fatal if f.value is not None]),
            note=f"independent sources give tolls from {min(values)} to {max(values)}",
        ))
    perps = [
        (ch.latest.report.actor1.name, ch.outlet or ch.chain_id[:12], ch.latest.report.report_id)
        for ch in chains
        if ch.latest.report.actor1 is not None and is_named_armed(ch.latest.report.actor1)
    ]
    if len({p for p, _, _ in perps}) > 1:
        out.append(Contradiction(field="perpetrator", values=_values_by(perps), note="sources name different perpetrators"))
    towns = [(loc.name, ch.outlet or ch.chain_id[:12], ch.latest.report.report_id) for loc, ch in located if loc.geo_precision == 1]
    if len({t for t, _, _ in towns}) > 1:
        out.append(Contradiction(field="location", values=_values_by(towns), note="sources place the event in different towns"))
    days = [(d.best.isoformat(), ch.outlet or ch.chain_id[:12], ch.latest.report.report_id) for d, ch in dated if d.time_precision == 1]
    if len({d for d, _, _ in days}) > 1:
        out.append(Contradiction(field="date", values=_values_by(days), note="sources give different days"))
    if denials:
        reported = [(ch.outlet or ch.chain_id[:12]) for ch in chains]
        deny_rows = [("denied", d.source, d.report_id) for d in denials]
        report_rows = [("reported", o, ch.latest.report.report_id) for o, ch in zip(reported, chains, strict=True)]
        out.append(Contradiction(
            field="occurrence", values=_values_by(deny_rows + report_rows),
            note="denied by " + ", ".join(sorted({d.source for d in denials})),
        ))
    return out


