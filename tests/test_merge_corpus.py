"""The merge corpus, coded by the real coder and merged: exactly the intended events.

examples/outlets/articles.jsonl holds short articles we wrote (several outlets on the
same incidents, reprints of a wire story, a denial, a correction, two incidents in one article,
two same-day incidents in different towns); expected.json says what they must merge into. The
corpus goes through the in-memory merge loop and through the store, and both must agree with it.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.merge import MemoryMerger, MergeRule, default_registry, members_of, signature, similarity
from dateline.record import Article, CodedArticle, Event

pytestmark = pytest.mark.model

CORPUS = Path(__file__).parent.parent / "examples" / "outlets"
EXPECTED: list[dict[str, Any]] = json.loads((CORPUS / "expected.json").read_text("utf-8"))["events"]


def _articles() -> list[Article]:
    rows = [json.loads(line) for line in (CORPUS / "articles.jsonl").read_text("utf-8").splitlines() if line.strip()]
    rows.sort(key=lambda d: (d["published"], d["id"]))
    return [
        Article.from_text(
            d["text"], id=d["id"], url=d["url"], outlet=d["outlet"], title=d["title"],
            published=date.fromisoformat(d["published"]),
        )
        for d in rows
    ]


@pytest.fixture(scope="module")
def coded(coder: Any) -> list[CodedArticle]:
    return [coder.code(a) for a in _articles()]


def _merge(coded: list[CodedArticle], rule: MergeRule | None = None) -> MemoryMerger:
    merger = MemoryMerger(rule=rule or MergeRule(), registry=default_registry())
    for c in coded:
        merger.add(members_of(c), now=f"{c.article.published}T12:00:00Z")
    return merger


def _key(e: Event) -> frozenset[str]:
    return frozenset(a.id for a in e.articles)


def _by_articles(events: list[Event]) -> dict[frozenset[str], Event]:
    out = {_key(e): e for e in events}
    assert len(out) == len(events), "two events hold the same set of articles"
    return out


def _check_event(e: Event, want: dict[str, Any], revisions: int) -> None:
    label = want["incident"]
    assert e.location is not None and e.location.text == want["place"], label
    assert e.event_type == want["event_type"], label
    assert e.date is not None and e.date.best.isoformat() == want["date"], label
    f = want["fatalities"]
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (f["low"], f["best"], f["high"]), label
    assert e.corroboration == want["corroboration"], label
    chains = sorted(sorted(s.articles) for s in e.sources)
    assert chains == sorted(sorted(c) for c in want["chains"]), label
    assert e.flags == want["flags"], label
    assert sorted(c.field for c in e.contradictions) == sorted(want["contradictions"]), label
    assert revisions == want["revisions"], label
    if "denied_by" in want:
        assert sorted({c.source for c in e.claims if c.value == "denied"}) == want["denied_by"], label
    # every figure stays attached to the article and source that gives it
    for fig in e.figures:
        assert fig.article_id in _key(e) and fig.source, label


def test_corpus_merges_into_the_intended_events(coded: list[CodedArticle]) -> None:
    merger = _merge(coded)
    got = _by_articles(list(merger.events.values()))
    assert set(got) == {frozenset(w["articles"]) for w in EXPECTED}
    for want in EXPECTED:
        e = got[frozenset(want["articles"])]
        _check_event(e, want, len(merger.revisions[e.event_id]))
        assert e.revision == want["revisions"]
        for name, (old, new) in want.get("history", {}).items():
            assert any(r.changes.get(name) == [old, new] for r in merger.revisions[e.event_id]), (want["incident"], name)


def test_corpus_two_reports_of_one_article_never_share_an_event(coded: list[CodedArticle]) -> None:
    merger = _merge(coded)
    for e in merger.events.values():
        shas = [a.sha256 for a in e.articles]
        assert len(shas) == len(set(shas)) == len(e.report_ids)
    two = [c for c in coded if len(c.events) == 2]
    assert {c.article.id for c in two} == {"ariha-enab", "borno-trust"}


def test_corpus_corroborated_rule_changes_only_the_best_figure(coded: list[CodedArticle]) -> None:
    merger = _merge(coded, MergeRule(fatality_rule="corroborated"))
    got = _by_articles(list(merger.events.values()))
    for want in EXPECTED:
        e = got[frozenset(want["articles"])]
        assert e.fatalities.best == want["best_corroborated"], want["incident"]
        assert (e.fatalities.low, e.fatalities.high) == (want["fatalities"]["low"], want["fatalities"]["high"])


def test_corpus_grouping_does_not_depend_on_arrival_order(coded: list[CodedArticle]) -> None:
    forward = _by_articles(list(_merge(coded).events.values()))
    backward = _by_articles(list(_merge(list(reversed(coded))).events.values()))
    assert set(forward) == set(backward)
    for key, e in forward.items():
        other = backward[key]
        assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (
            other.fatalities.low, other.fatalities.best, other.fatalities.high)
        assert e.corroboration == other.corroboration and e.flags == other.flags


def test_corpus_reprints_are_near_duplicates_and_independent_reports_are_not() -> None:
    texts = {a.id: a.text for a in _articles()}
    sig = {k: signature(v) for k, v in texts.items()}
    threshold = MergeRule().duplicate_threshold
    assert similarity(sig["ariha-afp"], sig["ariha-reprint-1"]) >= threshold
    assert similarity(sig["ariha-afp"], sig["ariha-reprint-2"]) >= threshold
    for other in ("ariha-sohr", "ariha-tass", "ariha-enab"):
        assert similarity(sig["ariha-afp"], sig[other]) < 0.2


def test_corpus_deleting_the_denial_re_derives_the_event(coded: list[CodedArticle]) -> None:
    merger = _merge(coded)
    tass = next(c for c in coded if c.article.id == "ariha-tass")
    (eid,) = [k for k in merger.remove(tass.article.sha256, now="2026-03-09T00:00:00Z") if k in merger.events]
    e = merger.events[eid]
    assert "denied" not in e.flags and all(c.value != "denied" for c in e.claims)
    assert (e.fatalities.low, e.fatalities.best, e.fatalities.high) == (11, 11, 15)
    assert merger.revisions[eid][-1].action == "report_removed"
    assert merger.revisions[eid][-1].changes["fatalities.best"] == [4, 11]


def test_corpus_through_the_store(coded: list[CodedArticle], tmp_path: Path) -> None:
    from dateline.store.db import Store

    with Store(str(tmp_path / "corpus.sqlite"), rule=MergeRule(), registry=default_registry()) as store:
        for c in coded:
            store.add(c)
        for c in coded:  # the same articles again change nothing
            store.add(c)
        events = list(store.events())
        got = _by_articles(events)
        assert set(got) == {frozenset(w["articles"]) for w in EXPECTED}
        for want in EXPECTED:
            e = got[frozenset(want["articles"])]
            _check_event(e, want, len(store.revisions(e.event_id)))
