"""The fast path (dateline.nlp.fastpath): same text, sentences inside paragraphs, a parse where
the coder reads one, spaCy's attribute_ruler output, and the same reports as the full pass."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, LEMMA, MORPH, POS, TAG

ARTICLES = [
    (
        "Syrian government forces retook the village of Harabesh on Monday after heavy clashes with "
        "Islamic State fighters, the Syrian Observatory for Human Rights said.\n\n"
        "The weather was cold.  Markets  stayed open in the old city.\n\n"
        "At least 12 civilians were killed when an air strike hit a market in Idlib on Sunday, "
        "local activists told Reuters.\r\n\r\nResidents said the town had been quiet for weeks."
    ),
    (
        "KABUL, March 3 (Reuters) - Taliban militants attacked a police checkpoint in Kunduz province "
        "overnight, killing four policemen, a provincial spokesman said.\n\n"
        "Officials plan to open a new school next year.\n"
        "The ministry did not comment.\n\n"
        "\u201cWe repelled the attack,\u201d he said. Two militants were arrested in Baghlan."
    ),
    (
        "Police fired tear gas to disperse hundreds of protesters in Nairobi on Tuesday.\n\n\n"
        "Some 300 people marched through the city centre. No one was hurt, according to the Kenya Red Cross."
    ),
    "  \n\nA roadside bomb exploded near a convoy in Mogadishu.   \n",
    "",
    "No conflict here at all.\n\nJust a calm and sunny day.",
]


@pytest.fixture(scope="module")
def fast(nlp):  # type: ignore[no-untyped-def]
    from dateline.nlp.fastpath import FastPipeline

    return FastPipeline(nlp)


@pytest.fixture(scope="module")
def full_coder(nlp, coder):  # type: ignore[no-untyped-def]
    from dateline.pipeline import Coder

    return Coder(nlp=nlp, gazetteer=coder.gazetteer, fast=False)


@pytest.fixture(scope="module")
def fast_coder(nlp, coder):  # type: ignore[no-untyped-def]
    from dateline.pipeline import Coder

    return Coder(nlp=nlp, gazetteer=coder.gazetteer, fast=True)


def test_fast_doc_text_is_the_article_text(fast) -> None:  # type: ignore[no-untyped-def]
    docs = list(fast.pipe(ARTICLES, batch_size=4))
    assert [d.text for d in docs] == ARTICLES
    assert fast(ARTICLES[0]).text == ARTICLES[0]


def test_sentences_never_cross_blank_lines(fast) -> None:  # type: ignore[no-untyped-def]
    for doc in fast.pipe(ARTICLES):
        for sent in doc.sents:
            inner = sent.text.strip().replace("\r", "")
            assert "\n\n" not in inner.replace(" ", "").replace("\t", "") or not inner, sent.text


def test_candidate_sentences_have_a_parse_and_entities(fast) -> None:  # type: ignore[no-untyped-def]
    doc = fast(ARTICLES[0])
    retook = next(t for t in doc if t.text == "retook")
    assert retook.dep_ == "ROOT"
    assert any(c.dep_ == "nsubj" for c in retook.children)
    assert retook.lemma_ and retook.pos_ == "VERB"
    killed = next(t for t in doc if t.text == "killed")
    assert killed.dep_ != ""
    assert any(e.label_ == "GPE" and e.text == "Idlib" for e in doc.ents)
    # a sentence with no trigger and no reporting verb is not parsed, but is tagged and lemmatised
    cold = next(t for t in doc if t.text == "cold")
    assert cold.dep_ == "" and cold.tag_ and cold.pos_ and cold.lemma_
    assert cold.sent.start == next(t for t in doc if t.text == "The").i


def test_fast_attribute_ruler_matches_spacy(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.nlp.fastpath import FastAttributeRuler

    ruler = nlp.get_pipe("attribute_ruler")
    fast = FastAttributeRuler(ruler)
    assert fast.supported()
    cols = [POS, MORPH, LEMMA, TAG, DEP]
    with nlp.select_pipes(disable=["attribute_ruler", "lemmatizer"]):
        docs = list(nlp.pipe([*ARTICLES, "I didn't know it. Y'all gon na see, ain't it? Let's go."]))
    for doc in docs:
        assert (ruler(doc.copy()).to_array(cols) == fast(doc.copy()).to_array(cols)).all()


def test_cue_words_cover_trigger_and_reporting_forms(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.nlp.fastpath import cue_words

    cues = cue_words(nlp)
    strings = nlp.vocab.strings
    trig = {strings[int(i)] for i in cues.trigger}
    report = {strings[int(i)] for i in cues.report}
    assert {"retook", "clashes", "shelled", "killed", "rallies", "seized", "stabbed", "struck", "fought"} <= trig
    assert {"said", "told", "says", "claimed", "wrote", "according"} <= report | {strings[int(i)] for i in cues.according}


def _signature(coded):  # type: ignore[no-untyped-def]
    return [
        (
            r.event_type, r.sub_event_type, r.actor1.name if r.actor1 else None, r.actor2.name if r.actor2 else None,
            r.location.name if r.location else None, r.date.best if r.date else None,
            r.fatalities.best, r.injured.best, [(c.source, c.verb) for c in r.claims], r.modality,
        )
        for r in coded.events
    ]


def test_fast_and_full_code_the_same_reports(full_coder, fast_coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    for text in ARTICLES:
        article = Article.from_text(text, published="2017-03-06")
        assert _signature(fast_coder.code(article)) == _signature(full_coder.code(article)), text


def test_batches_match_single_documents(fast_coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    arts = [Article.from_text(t, published="2017-03-06") for t in ARTICLES]
    batched = [_signature(c) for c in fast_coder.code_many(arts, batch_size=3)]
    single = [_signature(fast_coder.code(a)) for a in arts]
    assert batched == single


def test_full_parse_switch(monkeypatch, nlp, coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.pipeline import Coder

    monkeypatch.setenv("DATELINE_FULL_PARSE", "1")
    assert Coder(nlp=nlp, gazetteer=coder.gazetteer).fast is None
    monkeypatch.delenv("DATELINE_FULL_PARSE")
    assert Coder(nlp=nlp, gazetteer=coder.gazetteer).fast is not None


def test_lemmas_by_signature_match_spacy_lemmatizer(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.nlp.fastpath import lemmatize_by_signature, lemmatizer_by_signature_ok

    lemmatizer = nlp.get_pipe("lemmatizer")
    assert lemmatizer_by_signature_ok(lemmatizer)
    with nlp.select_pipes(disable=["lemmatizer"]):
        docs = list(nlp.pipe([*ARTICLES, "The militias were shelling; they'd fled, and mice ran. Better days came."]))
    for doc in docs:
        assert (lemmatizer(doc.copy()).to_array([LEMMA]) == lemmatize_by_signature(lemmatizer, doc.copy()).to_array([LEMMA])).all()


def test_trigger_prefilter_finds_what_a_walk_of_every_token_finds(fast) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.events import sentences_of
    from dateline.extract.triggers import find_triggers

    for text in ARTICLES:
        doc = fast(text)
        sents = sentences_of(doc)
        pre = [find_triggers(s) for s in sents]
        doc.user_data["dateline_trigger_openers"] = list(range(len(doc)))  # every token a candidate
        assert [find_triggers(s) for s in sents] == pre
    assert any(pre for text in ARTICLES[:1] for pre in [find_triggers(s) for s in sentences_of(fast(text))])


# A paragraph with entities of several kinds, contractions (multi-token attribute-ruler rules)
# and sentence ends followed by quotes, brackets and lower-case words.
TRICKY = (
    "Gunmen didn't spare the convoy near Kandahar on Friday, the Afghan interior ministry said. "
    "\u201cThey fled.\u201d (Two were caught.) e.g. residents ain't sure... Are they? Yes!! "
    "Colonel Ahmad Zia of the 205th Corps told the BBC that 14 soldiers died.\n\n"
    "We're gon na see, he said?! it ended."
)


def test_greedy_decode_gives_spacys_parse_and_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.attrs import ENT_IOB, ENT_TYPE, HEAD, SENT_START

    from dateline.nlp.transitions import greedy_decodable, greedy_decode

    texts = [*ARTICLES, TRICKY]
    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        base = list(nlp.pipe(texts))
    for name, cols in (("parser", [HEAD, DEP, SENT_START]), ("ner", [ENT_IOB, ENT_TYPE])):
        pipe = nlp.get_pipe(name)
        assert greedy_decodable(pipe)
        ours = [d.copy() for d in base]
        greedy_decode(pipe, ours)
        theirs = list(pipe.pipe([d.copy() for d in base]))
        for a, b in zip(ours, theirs, strict=True):
            assert (a.to_array(cols) == b.to_array(cols)).all(), (name, a.text)
    assert any(e.label_ == "GPE" and e.text == "Kandahar" for e in ours[-1].ents)


def test_sub_docs_are_as_doc_copies(nlp) -> None:  # type: ignore[no-untyped-def]
    import numpy as np

    from dateline.nlp.fastpath import sub_docs

    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        doc = nlp(TRICKY)
    ranges = [(0, 5), (3, len(doc)), (len(doc) - 1, len(doc))]
    head = list(doc._get_array_attrs())
    for (a, b), sub in zip(ranges, sub_docs(doc, ranges), strict=True):
        ref = doc[a:b].as_doc()
        assert sub.text == ref.text
        assert (sub.to_array(head) == ref.to_array(head)).all()
        assert np.array_equal(sub.tensor, ref.tensor)
        assert [t.norm_ for t in sub] == [t.norm_ for t in ref]  # "n't" keeps its norm "not"


def _walk_sentence_starts(doc):  # type: ignore[no-untyped-def]
    """The rule as first written, token by token: the reference for the array version."""
    from dateline.nlp.fastpath import CLOSERS, SENT_END_CHARS

    starts, n, i = ([0] if len(doc) else []), len(doc), 0
    while i < n:
        tok = doc[i]
        if tok.is_space and tok.text.count("\n") >= 2 and i + 1 < n:
            starts.append(i + 1)
        elif tok.text[-1:] in SENT_END_CHARS and not tok.is_space and (len(tok.text) == 1 or tok.text in ("...", "?!", "!!")):
            j = i + 1
            while j < n and (doc[j].text in CLOSERS or doc[j].text in SENT_END_CHARS):
                j += 1
            while j < n and doc[j].is_space and doc[j].text.count("\n") < 2:
                j += 1
            if j < n and not doc[j].is_space and not doc[j].text[:1].islower():
                starts.append(j)
            i = max(i + 1, j)
            continue
        i += 1
    return sorted(set(starts))


def test_rule_sentence_starts_match_the_token_walk(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.nlp.fastpath import rule_sentence_starts

    for text in [*ARTICLES, TRICKY, "Done.\n\n", "?!", "\n\n\n", "A . b. C"]:
        doc = nlp.make_doc(text)
        assert rule_sentence_starts(doc) == _walk_sentence_starts(doc), text
    doc = nlp.make_doc(TRICKY)
    starts = rule_sentence_starts(doc)
    assert [doc[i].text for i in starts][:5] == ["Gunmen", "\u201c", "(", "Are", "Yes"]


def test_token_indices_answers_per_name_and_function(nlp) -> None:  # type: ignore[no-untyped-def]
    from spacy.attrs import LOWER

    from dateline.nlp.model import token_indices

    doc, again = nlp.make_doc("Shells fell and shells hit."), nlp.make_doc("shells, shells")
    assert token_indices(doc, "speedtest_shells", LOWER, lambda w: w == "shells") == [0, 3]
    assert token_indices(again, "speedtest_shells", LOWER, lambda w: w == "shells") == [0, 2]
    # another name with the same values must not reuse the first one's answers
    assert token_indices(again, "speedtest_commas", LOWER, lambda w: w == ",") == [1]


def test_coded_docs_keep_their_text_without_rebuilding_it(fast, nlp, coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.nlp.model import doc_text
    from dateline.pipeline import Coder

    full = Coder(nlp=nlp, gazetteer=coder.gazetteer, fast=False)
    for doc in [*fast.pipe(ARTICLES), *full.parse_many(ARTICLES, batch_size=4), full.parse(TRICKY)]:
        assert doc.user_data["dateline_text"] == doc.text == doc_text(doc)


def test_decoding_batches_cut_by_tokens_change_nothing(nlp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from spacy.attrs import ENT_IOB, ENT_TYPE, HEAD

    from dateline.nlp import transitions

    with nlp.select_pipes(enable=["tok2vec", "tagger"]):
        base = list(nlp.pipe([*ARTICLES, TRICKY]))
    monkeypatch.setattr(transitions, "TOKENS_PER_BATCH", 20)  # several batches, cut inside the list
    for name, cols in (("parser", [HEAD, DEP]), ("ner", [ENT_IOB, ENT_TYPE])):
        pipe = nlp.get_pipe(name)
        ours = [d.copy() for d in base]
        transitions.run_transitions(pipe, ours, batch_size=3)
        theirs = list(pipe.pipe([d.copy() for d in base]))
        assert [d.to_array(cols).tolist() for d in ours] == [d.to_array(cols).tolist() for d in theirs], name
