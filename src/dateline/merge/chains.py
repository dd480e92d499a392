"""Independence: which members of an event are one source chain.

Reprints and near-duplicates (MinHash), articles crediting the same wire story, and articles by
the same outlet collapse into one chain; corroboration counts chains, not articles. A chain's
side is its outlet's side in the registry, else the side of the source its claim cites.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from dateline.merge.member import Member, order_key
from dateline.merge.minhash import EMPTY, similarity
from dateline.merge.registry import OutletEntry, OutletRegistry
from dateline.merge.rule import MergeRule
from dateline.record import Claim

_EVENT_FIELDS = {"event_type", "sub_event_type", "actor1", "actor2", "location", "date"}


@dataclass
class Chain:
    """One independent source chain: an outlet, its reprints and the articles crediting its story."""

    chain_id: str
    members: list[Member]
    outlet: str | None
    entry: OutletEntry | None
    side: str | None = None
    wire: OutletEntry | None = None

    @property
    def latest(self) -> Member:
        return self.members[-1]


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def event_claim(m: Member) -> Claim | None:
    """The claim behind the event itself (type, place, date), if the coder kept one."""
    for c in m.report.claims:
        if _EVENT_FIELDS & set(c.fields):
            return c
    return m.report.claims[0] if m.report.claims else None


def _credited_wire(m: Member, registry: OutletRegistry) -> OutletEntry | None:
    """The wire agency whose story this is: the outlet itself, or a wire credited in the event's claim chain."""
    own = registry.lookup(m.article.outlet, m.article.url)
    if own is not None and own.kind == "wire":
        return own
    claim = event_claim(m)
    if claim is None:
        return None
    for name in claim.chain[1:]:
        hit = registry.lookup(name)
        if hit is not None and hit.kind == "wire":
            return hit
    return None


def _outlet_key(m: Member, registry: OutletRegistry) -> str | None:
    entry = registry.lookup(m.article.outlet, m.article.url)
    if entry is not None:
        return entry.name
    return m.article.outlet.casefold().strip() if m.article.outlet else None


def _claim_side(m: Member, registry: OutletRegistry) -> str | None:
    """The side the source of the event's claim speaks for ("Reuters, citing the Russian ministry")."""
    claim = event_claim(m)
    if claim is None:
        return None
    for name in reversed(claim.chain[1:]):
        hit = registry.lookup(name)
        if hit is not None and hit.side:
            return hit.side
    return None


def _near_duplicate_pairs(ms: list[Member], threshold: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) of near-duplicate articles; one numpy comparison for the whole event
    when the signatures are comparable, so an event with hundreds of reprints stays cheap."""
    sigs = [m.signature for m in ms]
    width = len(sigs[0]) if sigs else 0
    if len(ms) < 8 or width == 0 or any(len(s) != width for s in sigs):
        return [
            (i, j) for i in range(len(ms)) for j in range(i + 1, len(ms)) if similarity(sigs[i], sigs[j]) >= threshold
        ]
    arr = np.array(sigs, dtype=np.int64)
    empty = (arr == EMPTY).all(axis=1)
    share = (arr[:, None, :] == arr[None, :, :]).mean(axis=2)
    ok = np.triu((share >= threshold) & ~empty[:, None] & ~empty[None, :], k=1)
    return [(int(i), int(j)) for i, j in np.argwhere(ok)]


def source_chains(members: Sequence[Member], rule: MergeRule, registry: OutletRegistry) -> list[Chain]:
    """Group members into independent source chains, each in publication order, chains by first article."""
    ms = sorted(members, key=order_key)
    uf = _UnionFind(len(ms))
    wires = [_credited_wire(m, registry) for m in ms]
    outlets = [_outlet_key(m, registry) for m in ms]
    for i, j in _near_duplicate_pairs(ms, rule.duplicate_threshold):
        uf.union(i, j)
    # Same text, same credited wire, same outlet: one union with the first member holding the key.
    holder: dict[tuple[str, str], int] = {}
    for i, m in enumerate(ms):
        wire = wires[i]
        keys = [("sha", m.article.sha256)]
        if wire is not None:
            keys.append(("wire", wire.name))
        if outlets[i] is not None:
            keys.append(("outlet", str(outlets[i])))
        for k in keys:
            uf.union(holder.setdefault(k, i), i)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(ms)):
        groups[uf.find(i)].append(i)
    chains: list[Chain] = []
    for idx in sorted(groups.values(), key=lambda g: g[0]):
        first = ms[idx[0]]
        wire = next((wires[i] for i in idx if wires[i] is not None), None)
        entry = wire or registry.lookup(first.article.outlet, first.article.url)
        outlet = entry.name if entry is not None else first.article.outlet
        sides = {_claim_side(ms[i], registry) for i in idx}
        side = entry.side if entry is not None and entry.side else (sides.pop() if len(sides) == 1 else None)
        chains.append(
            Chain(
                chain_id=first.article.sha256,
                members=[ms[i] for i in idx],
                outlet=outlet,
                entry=entry,
                side=side,
                wire=wire,
            )
        )
    return chains


