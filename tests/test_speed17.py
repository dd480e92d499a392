"""Round 17 speed work must not change what extraction finds: words, heads and texts read from
the doc's columns instead of Token objects, and token walks skipped where the sentence lacks the
words they look for. Each test compares the fast form with the Token walk it replaced."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest

from dateline.extract import events, triggers
from dateline.extract.reference import lays_responsibility
from dateline.geo import toponyms
from dateline.nlp.model import column, heads, lowers, span_text
from tests.event_checks import SentenceStub

# Our own sentences, in the style of conflict reporting.
TEXT = (
    "Traders in Eldoret marched on Tuesday demanding the resignation of the county police commander over the killing of a hawker. "
    "Police did not intervene and no arrests were made, the Burnt Forest station said. "
    "Kenyan troops and Somali-backed militiamen clashed near Mandera after a road accident, residents said. "
    "Al-Shabaab claimed responsibility for the attack in Lamu. "
    "The streets of Kisumu were calm without violence or looting."
)


@pytest.fixture(scope="module")
def doc(nlp: Any) -> Any:
    return nlp(TEXT)


def test_columns_heads_and_texts_match_tokens(doc: Any) -> None:
    from spacy.attrs import LOWER

    assert column(doc, LOWER) == [t.lower for t in doc]
    assert heads(doc) == [t.head.i for t in doc]
    for sent in doc.sents:
        assert span_text(sent) == sent.text
        assert lowers(doc, sent.start, sent.end) == {t.lower_ for t in sent}
        skip = {sent.start, sent.start + 2}
        assert lowers(doc, sent.start, sent.end, skip) == {t.lower_ for t in sent if t.i not in skip}


def test_ungrieved_words_is_grievance_of_per_word(doc: Any, nlp: Any) -> None:
    spans = list(doc.sents)
    expected = {doc[i].lower_ for x in spans for i in range(x.start, x.end) if not triggers.grievance_of(doc[i])}
    assert triggers.ungrieved_words(doc, spans) == expected
    # the march's demand is its grievance: the police named under "resignation" are left out
    assert "commander" not in expected
    # a doc with no word of grievance keeps every word
    calm = nlp("Hundreds of teachers marched peacefully through Nakuru town on Friday.")
    assert triggers.ungrieved_words(calm, list(calm.sents)) == {t.lower_ for t in calm}


def test_name_only_words_match_the_token_walk(doc: Any) -> None:
    sents = [SentenceStub(s) for s in doc.sents]
    named = {t.lower_ for x in sents for t in x.span if t.pos_ == "PROPN" and t.is_title}
    other = {t.lower_ for x in sents for t in x.span if t.pos_ != "PROPN"}
    assert events._name_only_words(doc, sents) == named - other  # type: ignore[arg-type]


def _denied_by_tokens(sents: list[SentenceStub]) -> set[str]:
    out: set[str] = set()
    for x in sents:
        denied = {t.head.i for t in x.span if t.dep_ == "neg" or (t.dep_ == "det" and t.lower_ == "no")}
        lacked = [
            t for t in x.span
            if t.dep_ == "pobj" and (t.head.lower_ == "without" or (t.head.lower_ == "of" and t.head.head.lower_ in ("devoid", "free")))
        ]
        while lacked:
            t = lacked.pop()
            if t.i not in denied:
                denied.add(t.i)
                lacked.extend(c for c in t.children if c.dep_ == "conj")
        out.update(t.lower_ for t in x.span if t.i in denied or (t.dep_ == "xcomp" and t.head.i in denied))
    return out


def test_denied_words_match_the_token_walk(doc: Any) -> None:
    sents = [SentenceStub(s) for s in doc.sents]
    found = events._denied_words(sents)  # type: ignore[arg-type]
    assert found == _denied_by_tokens(sents)
    assert "intervene" in found
    assert events._denied_words([]) == set()


def test_non_event_words_skip_walks_only_where_no_word_is_sought(doc: Any) -> None:
    for sent in doc.sents:
        trigs = triggers.find_triggers(sent)
        words = triggers.non_event_words(sent, trigs)
        # every word kept is a word of the sentence; a sentence with none of the sought words
        # loses none of its words
        assert words <= {t.lower_ for t in sent}
        sought = {t.lower_ for t in sent} & (triggers.BEFORE_WORDS | triggers._NAME_EVENT_WORDS)
        if not sought and not any(t.lower_.startswith("storm") for t in sent) and not any(
            t.sub_event_type in triggers.GRIEVANCE_SUBS for t in trigs
        ):
            assert words == {t.lower_ for t in sent}


def test_lays_responsibility_needs_its_word(doc: Any) -> None:
    sents = list(doc.sents)
    assert lays_responsibility(sents[3])
    assert not lays_responsibility(sents[4])


def _votes_by_tokens(doc: Any) -> Counter[str]:
    from dateline.extract.countries import country_code

    votes: Counter[str] = Counter()
    for tok in doc:
        if tok.pos_ not in ("ADJ", "PROPN") or not tok.is_title:
            continue
        if (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or (
            tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
        ):
            continue
        if tok.lower_ in toponyms._CROSS_BORDER_PEOPLES:
            continue
        code = toponyms.DEMONYMS.get(tok.lower_) or country_code(tok.text)
        if code and not toponyms._raiders_origin(doc, tok.i):
            votes[code] += 1
    return votes


def test_country_votes_match_the_token_walk(doc: Any) -> None:
    votes = toponyms.country_votes(doc)
    assert votes == _votes_by_tokens(doc)
    assert votes["KEN"] >= 1
    assert "SOM" not in votes  # "Somali-backed": a compound names no place of events


def test_known_names_cut_from_offsets(doc: Any, nlp: Any) -> None:
    from dateline.geo.gazetteer import Gazetteer

    with Gazetteer.open() as gaz:
        found = toponyms._known_names(doc, gaz)
        for t in found:
            assert TEXT[t.start : t.end] == t.text
        other = nlp("Kisauni residents said Mombasa police arrived late.")
        for t in toponyms._known_names(other, gaz):
            span = other.char_span(t.start, t.end)
            assert span is not None and span.text == t.text


def test_lookup_exact_is_lookup_match_when_exact() -> None:
    from dateline.geo.gazetteer import Gazetteer

    # a known town, a loose spelling, a glued article and a made-up name
    names = ("Mandera", "Mandira", "Deir Ezzor", "Qwxzv Town", "")
    with Gazetteer.open() as fresh:
        exact_first = {n: fresh.lookup_exact(n) for n in names}
    with Gazetteer.open() as gaz:
        for n in names:
            places, exact = gaz.lookup_match(n)
            want = places if exact else []
            assert exact_first[n] == want  # asked before lookup_match...
            assert gaz.lookup_exact(n) == want  # ...and after it (from its remembered answer)
        assert gaz.lookup_exact("Mandera")
