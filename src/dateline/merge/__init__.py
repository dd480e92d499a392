"""Merge: reports of one incident from many articles become one event.

Pure functions over records, no database: the store (``dateline.store``) calls them.
``match_score`` says whether a report can join an event; ``build_event`` recomputes the
merged event from its members (source chains, toll range, contradictions, flags);
``diff_events`` lists what a revision changed. :class:`MemoryMerger` is the same incremental
loop the store runs, kept in memory for tests and small jobs. The rule is in ``docs/merging.md``.
"""

from __future__ import annotations

from dateline.merge.build import build_event
from dateline.merge.chains import Chain, source_chains
from dateline.merge.diff import diff_events
from dateline.merge.match import haversine_km, match_score
from dateline.merge.member import Member, members_of
from dateline.merge.memory import MemoryMerger, assign, assign_all
from dateline.merge.minhash import signature, similarity
from dateline.merge.registry import OutletEntry, OutletRegistry, default_registry
from dateline.merge.rule import MergeRule, load_rule

__all__ = [
    "Chain",
    "Member",
    "MemoryMerger",
    "MergeRule",
    "OutletEntry",
    "OutletRegistry",
    "assign",
    "assign_all",
    "build_event",
    "default_registry",
    "diff_events",
    "haversine_km",
    "load_rule",
    "match_score",
    "members_of",
    "signature",
    "similarity",
    "source_chains",
]
