"""The incremental merge loop, in memory: the reference the store follows with SQL.

For each report of a new article, in order: score it against every event (the store first
narrows candidates with ``rule.max_days`` / ``rule.max_km``), join the best-scoring compatible
event, else open a new event whose id is the report's id. Every event the article touched is
rebuilt from all its members and gains one revision listing what changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from dateline.merge.build import build_event
from dateline.merge.diff import diff_events
from dateline.merge.match import match_score
from dateline.merge.member import Member
from dateline.merge.registry import OutletRegistry
from dateline.merge.rule import MergeRule
from dateline.record import Event, Revision


def assign(member: Member, events: Sequence[Event], rule: MergeRule) -> Event | None:
    """The best-scoring compatible event for a member (ties to the older event id), or None."""
    best: tuple[float, str, Event] | None = None
    for e in events:
        s = match_score(member.report, member.article, e, rule)
        if s is None:
            continue
        if best is None or s > best[0] or (s == best[0] and e.event_id < best[1]):
            best = (s, e.event_id, e)
    return best[2] if best else None


def assign_all(members: Sequence[Member], events: Sequence[Event], rule: MergeRule) -> list[Event | None]:
    """Targets for all reports of one article at once: the best-scoring (report, event) pairs are
    taken first and each event takes at most one report of the article, so the order in which the
    article tells its incidents does not decide where they go. None means: found a new event."""
    pairs: list[tuple[float, int, str, Event]] = []
    for i, m in enumerate(members):
        for e in events:
            s = match_score(m.report, m.article, e, rule)
            if s is not None:
                pairs.append((s, i, e.event_id, e))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    out: list[Event | None] = [None] * len(members)
    taken: set[str] = set()
    for _, i, eid, e in pairs:
        if out[i] is None and eid not in taken:
            out[i] = e
            taken.add(eid)
    return out


@dataclass
class MemoryMerger:
    rule: MergeRule
    registry: OutletRegistry
    events: dict[str, Event] = field(default_factory=dict)
    members: dict[str, list[Member]] = field(default_factory=dict)
    revisions: dict[str, list[Revision]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)

    def add(self, members: Sequence[Member], now: str) -> list[str]:
        """Merge one article's members; returns the ids of the events it created or changed."""
        if not members:
            return []
        sha = members[0].article.sha256
        if any(m.article.sha256 == sha for ms in self.members.values() for m in ms):
            return []  # the same text again changes nothing
        before: dict[str, Event | None] = {}
        targets = assign_all(members, list(self.events.values()), self.rule)
        for m, target in zip(members, targets, strict=True):
            eid = target.event_id if target is not None else m.report.report_id
            before.setdefault(eid, self.events.get(eid))
            self.members.setdefault(eid, []).append(m)
            self.events[eid] = build_event(
                eid, self.members[eid], rule=self.rule, registry=self.registry, previous=self.events.get(eid), now=now
            )
        for eid, old in before.items():
            self._revise(eid, old, "created" if old is None else "report_added", members[0], now)
        return list(before)

    def remove(self, article_sha256: str, now: str) -> list[str]:
        """Drop an article's reports and re-derive its events; an event left empty is deleted."""
        touched: list[str] = []
        for eid, ms in list(self.members.items()):
            keep = [m for m in ms if m.article.sha256 != article_sha256]
            if len(keep) == len(ms):
                continue
            touched.append(eid)
            gone = ms[0] if not keep else next(m for m in ms if m.article.sha256 == article_sha256)
            old = self.events[eid]
            if not keep:
                del self.members[eid], self.events[eid]
                self.deleted.add(eid)
                continue
            self.members[eid] = keep
            self.events[eid] = build_event(eid, keep, rule=self.rule, registry=self.registry, previous=old, now=now)
            self._revise(eid, old, "report_removed", gone, now)
        return touched

    def _revise(self, eid: str, old: Event | None, action: str, m: Member, now: str) -> None:
        new = self.events[eid]
        history = self.revisions.setdefault(eid, [])
        changes = {} if old is None else diff_events(old, new)
        number = len(history) + 1
        history.append(Revision(
            number=number, at=now, article_id=m.article.id, article_sha256=m.article.sha256,
            action=action,  # type: ignore[arg-type]
            changes=changes,
        ))
        self.events[eid] = new.model_copy(update={"revision": number, "updated_at": now})
