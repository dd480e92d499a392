"""Round 17c speed work must not change what extraction finds: subtrees and protest causes
remembered per doc and token, lemma and arrest walks read from the doc's columns, and the alias
tables' case-blind names scanned in lower-cased ASCII text."""

from __future__ import annotations

from typing import Any

import pytest

from dateline.extract import events, triggers
from dateline.nlp.model import subtree_ids
from tests.event_checks import SentenceStub

# Our own sentences, in the style of local conflict reports.
TEXT = (
    "Hundreds of traders protested in Eldoret town on Monday over the killing of a hawker by a motorist. "
    "Students marched to the county offices to protest the arrest of their leader, who was detained on Friday. "
    "Police fired tear gas and shot two demonstrators during the protests in the central business district. "
    "Residents said the youths burnt tyres and blocked the road near Kapsabet after the arrest of three suspects. "
    "Officers arrested ten protesters and took them to the station in the town of Iten, police said. "
    "The villagers fled to the hills and to the forest near the river, and in the evening they returned home."
)


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


def test_subtree_ids_match_subtree_and_are_kept(doc: Any) -> None:
    for tok in doc:
        got = subtree_ids(tok)
        assert got == {t.i for t in tok.subtree}
        assert subtree_ids(doc[tok.i]) is got  # built once per doc and token


def test_protest_cause_and_topic_remembered_per_token(doc: Any) -> None:
    for fn in (triggers.protest_cause, triggers.protest_topic):
        plain = fn.__wrapped__  # type: ignore[attr-defined]
        for tok in doc:
            want = plain(tok)
            first = fn(tok)
            assert first == want
            first.add(-1)  # a caller adding to its set ...
            assert fn(doc[tok.i]) == want  # ... leaves the remembered answer alone
    # the march's cause is the arrest: found through the remembered walk as before
    march = next(t for t in doc if t.lower_ == "protest")
    assert any(doc[i].lower_ == "arrest" for i in triggers.protest_cause(march))


def test_lemma_hits_is_lemma_test_per_token(doc: Any) -> None:
    lemmas = frozenset({"protest", "kill", "shoot", "arrest", "march"})
    for sent in doc.sents:
        want = [t.i for t in sent if t.lemma_.lower() in lemmas]
        assert events._lemma_hits(doc, sent.start, sent.end, lemmas) == want
    assert events._lemma_hits(doc, 0, len(doc), lemmas)


def test_arrests_demanded_skips_sentences_without_arrest_words(doc: Any, nlp: Any) -> None:
    sents = [SentenceStub(s) for s in doc.sents]
    # an arrest is told as done in the fifth sentence: no arrest word is the protest's topic
    assert events._arrests_demanded(doc, sents) == set()
    marched = [x for x in sents if "marched" in x.span.text]
    # ("detained" is said of the leader whose arrest the march is about: topical too)
    assert "arrest" in events._arrests_demanded(doc, marched)
    calm = nlp("Hundreds of teachers marched peacefully through Nakuru town on Friday.")
    assert events._arrests_demanded(calm, [SentenceStub(s) for s in calm.sents]) == set()


def test_alias_scan_lower_cased_matches_case_blind_scan() -> None:
    import dataclasses

    from dateline.extract import actors, attribution, countries
    from dateline.extract.aliases import _ascii_blind, build

    texts = [
        TEXT,
        TEXT.upper(),
        "AL-SHABAAB fighters and al-shabaab militants attacked a Kenya Police post; KDF troops responded.",
        "A Taliban-planted mine hit a bus, the Taliban-led council said, Reuters reported.",
        "Ma\u0301ndera residents told the Daily Nation that ISIS fighters fled.",  # not ASCII: the case-blind scan
    ]
    for index in (actors._group_index(), actors._party_index(), attribution._source_index(), countries._context_index()):
        assert index.folded_low is not None
        blind = dataclasses.replace(index, folded_low=None, _seen={})
        for text in texts:
            assert index.matches(text) == blind.matches(text)
    # names the engine folds onto ASCII letters keep the case-blind scan
    assert _ascii_blind("a") and _ascii_blind("\u00e9")
    assert not _ascii_blind("\u0131") and not _ascii_blind("\u017f") and not _ascii_blind("\u212a")
    assert build([("Kas\u0131m Group", 1)], lambda a: False).folded_low is None
    assert build([("Kasim Group", 1)], lambda a: False).folded_low is not None
