"""Round 18b speed work must not change what extraction finds: a preposition followed by a word
written in lower case (read from the doc's columns, no Token made) is passed over by the name
scan after prepositions, the grievance walk of non_event_words tests each word against one
word list built once, and the per-name word filter skips its set difference when a doc brings
no word it has not seen."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from dateline.extract import triggers
from dateline.geo import toponyms
from dateline.nlp import model
from dateline.nlp.model import token_indices

# Our own sentences, in the style of local conflict reports.
SENTENCES = [
    "Gunmen attacked traders in Murang'a on Thursday morning and fled to Nairobi, police said.",
    "Clashes broke out in central Garissa and in the town of Mandera after a raid on a camp.",
    "Fighters advanced on al Bab and shelled positions near Deir ez-Zor, a monitor said.",
    "Residents demanded help against the floods after a crash on the highway killed two boys.",
    "Protesters marched in Kisumu over the robbery of a bank and the theft of fuel.",
    "Troops advanced north to Ba'quba after the fighters withdrew from the outskirts of Tikrit.",
]


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Doc]:
    return [nlp(s) for s in SENTENCES]


def _token_walk(doc: Doc, i: int) -> bool:
    """Does the word scan after the preposition ``i`` reach a capitalised name (the Token walk the
    shortcut must agree with)?"""
    j = i + 1
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    while j < len(doc) and j - i <= 3 and doc[j].lower_ in toponyms._AREA_WORDS:
        j += 1
    return j < len(doc) and (toponyms._titled(doc[j]) or doc[j].text in toponyms._NAME_LINKS)


def test_a_word_in_lower_case_is_its_own_lower_case_form(docs: list[Doc]) -> None:
    for doc in docs:
        low, orth = model.column(doc, LOWER), model.column(doc, ORTH)
        for tok in doc:
            if low[tok.i] == orth[tok.i]:
                assert not toponyms._titled(tok), tok.text


def test_prepositions_passed_over_open_no_name(docs: list[Doc]) -> None:
    for doc in docs:
        low, orth = model.column(doc, LOWER), model.column(doc, ORTH)
        strings = doc.vocab.strings
        for i in token_indices(doc, "toponym_preps", LOWER, toponyms._opens_place):
            j = i + 1
            if j < len(doc) and strings[low[j]] == "the":
                j += 1
            if j < len(doc) and low[j] == orth[j] and strings[orth[j]] not in toponyms._NAME_LINKS and strings[low[j]] not in toponyms._AREA_WORDS:
                assert not _token_walk(doc, i), (doc.text, doc[i].text)


def test_names_after_prepositions_are_found(coder: Any, nlp: Any) -> None:
    def names(text: str) -> list[str]:
        return [t.text for t in toponyms._after_prepositions(nlp(text), coder.gazetteer)]

    found = names(SENTENCES[0])
    # "in Murang'a" (an inner apostrophe; the day after it ends the name) and "to Nairobi"
    assert "Murang'a" in found and "Nairobi" in found
    assert not any("Thursday" in n for n in found)
    # "in central Garissa": an area word in lower case opens the name all the same
    assert "Garissa" in names(SENTENCES[1])
    assert "Kisumu" in names(SENTENCES[4])


def test_grievance_topics_are_the_three_word_lists() -> None:
    assert triggers._GRIEVED_TOPICS == triggers.DISASTER_WORDS | triggers.ACCIDENT_WORDS | triggers.CRIME_WORDS


def test_grieved_disaster_and_crime_words_are_dropped(nlp: Any) -> None:
    # "demanded help against the floods": the flood is what the crowd asks about, no event of its own
    for text in (SENTENCES[3], SENTENCES[4]):
        doc = nlp(text)
        sent = next(iter(doc.sents))
        words = triggers.non_event_words(sent, triggers.find_triggers(sent))
        drop = {doc[i].lower_ for i in range(sent.start, sent.end)} - words
        topics = {t.lower_ for t in sent if t.lower_ in triggers._GRIEVED_TOPICS and triggers.grievance_of(t)}
        assert topics <= drop


def test_token_indices_same_for_a_doc_with_no_new_word(nlp: Any) -> None:
    asked: list[str] = []

    def accept(word: str) -> bool:
        asked.append(word)
        return word in ("raid", "raided")

    first = nlp("Bandits raided a village and the raid left two dead.")
    again = nlp("Bandits raided a village and the raid left two dead.")
    assert [first[i].text for i in token_indices(first, "speed18b_test", LOWER, accept)] == ["raided", "raid"]
    n = len(asked)
    assert [again[i].text for i in token_indices(again, "speed18b_test", LOWER, accept)] == ["raided", "raid"]
    assert len(asked) == n  # every word known: none asked again
