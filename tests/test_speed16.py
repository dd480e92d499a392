"""Round 16 speed work must not change what extraction finds: the doc's entities and word
columns read once per doc, the few-id column test, the gate before the force patterns, the
identity vote from the ORTH array and the remembered point queries of the gazetteer."""

from __future__ import annotations

from collections import Counter
from typing import Any

import numpy as np
import pytest
from spacy.attrs import DEP, ENT_TYPE, LOWER

from dateline.extract import events
from dateline.extract.actors import identity_groups, identity_votes
from dateline.extract.attribution import find_attribution
from dateline.geo import toponyms
from dateline.nlp.model import doc_ents, span_ents, span_words, token_indices

# Our own sentences, in the style of conflict reporting.
TEXT = (
    "Police in Nairobi said on Monday that Pokot raiders killed three herders near Kapedo. "
    "According to the Kenya Red Cross, the Turkanas fled to Lodwar after the attack. "
    "Rebels captured Manbij and troops were deployed in Aleppo, the army said. "
    "John Kamau, a resident, told reporters that the Maasais and the Kalenjin were calm."
)


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


def test_doc_ents_is_doc_ents_built_once(doc: Any) -> None:
    ents = doc_ents(doc)
    assert [(e.start, e.end, e.label_) for e in ents] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert doc_ents(doc) is ents


def test_span_ents_matches_spacy_for_every_sentence_and_window(doc: Any) -> None:
    spans = list(doc.sents) + [doc[i : i + 7] for i in range(0, len(doc), 3)]
    for span in spans:
        assert [(e.start, e.end) for e in span_ents(span)] == [(e.start, e.end) for e in span.ents]


def test_token_indices_shares_the_column_and_finds_none_without_a_walk(doc: Any) -> None:
    found = token_indices(doc, "test16_said", LOWER, lambda w: w == "said")
    assert found == [t.i for t in doc if t.lower_ == "said"]
    assert token_indices(doc, "test16_none", LOWER, lambda w: w == "zzzz") == []
    objects = token_indices(doc, "test16_obj", DEP, lambda d: d in ("dobj", "nsubjpass"))
    assert objects == [t.i for t in doc if t.dep_ in ("dobj", "nsubjpass")]


def test_among_is_isin(doc: Any) -> None:
    types = doc.to_array([ENT_TYPE])
    ids = sorted(set(types.tolist()))
    for wanted in ([], ids[:1], ids[:2], ids, [12345]):
        assert np.array_equal(toponyms._among(types, wanted), np.isin(types, wanted))


def test_identity_votes_count_each_mention_in_reading_order(doc: Any) -> None:
    names = identity_groups()
    expected: Counter[str] = Counter()
    for tok in doc:
        iso3 = names.get(tok.text) or (names.get(tok.text[:-1]) if tok.text.endswith("s") else None)
        if iso3 is not None:
            expected[iso3] += 1
    votes = identity_votes(doc)
    assert votes == expected
    assert list(votes) == list(expected)
    assert votes.most_common() == expected.most_common()


@pytest.mark.parametrize(
    "text",
    [
        "Police blocked the marchers at the roundabout.",
        "The crowd was turned away by the authorities before noon.",
        "Heavy security presence was reported around the county offices.",
        "Officers responded and the road was reopened.",
        "Hundreds of traders marched to the governor's office.",
        "POLICE WERE DEPLOYED AT THE GATE.",
        "Polİce were deployed at the gate.",
    ],
)
def test_force_gate_agrees_with_the_patterns(text: str) -> None:
    if events._names_no_force(text):
        assert not (
            events.FORCE_PRESENT.search(text)
            or events.FORCE_STOPS.search(text)
            or events.FORCE_MEETS.search(text)
            or events.FORCE_INVOLVED.search(text)
        )
    assert events._names_no_force("Hundreds of traders marched to the governor's office.")
    assert not events._names_no_force("Police blocked the marchers.")


def test_attribution_according_to_still_found(nlp: Any) -> None:
    d = nlp("According to the Kenya Red Cross, five people were injured in the clashes.")
    sent = next(iter(d.sents))
    a = find_attribution(sent)
    assert a is not None and a.verb == "according to"


def test_gazetteer_point_queries_remembered(coder: Any) -> None:
    gaz = coder.gazetteer
    first = gaz.country("KEN")
    assert first is not None and first.country == "KEN"
    assert gaz.country("ken") is first  # the same answer, from memory
    assert gaz.country("ZZZ") is None and gaz.country("ZZZ") is None


def test_span_words_kept_per_stretch_and_handed_out_fresh(doc: Any) -> None:
    sent = next(iter(doc.sents))
    first = span_words(doc, sent.start, sent.end)
    assert first == {t.lower_ for t in sent}
    first.add("zzzz")
    assert "zzzz" not in span_words(doc, sent.start, sent.end)


def test_model_loaded_once_however_asked(nlp: Any) -> None:
    from dateline.nlp.model import load_model

    assert load_model() is nlp
    assert load_model(None) is nlp
