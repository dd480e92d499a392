"""Round 19 speed work must not change what extraction finds: sentence-wide word scans (negated
verbs, the cue word, "after"/"following") read from the LOWER and POS columns instead of a Python
Token per word, the modality chain climbing heads read from the HEAD column, and a source
phrase's text cut from the doc's text."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from spacy.tokens import Doc

from dateline.extract import attribution, events, modality, triggers

# Our own sentences, in the style of local conflict reports.
SENTENCES = [
    "Gunmen who had crossed from the hills shot dead three herders near the dam on Tuesday, police said.",
    "Protesters could have blocked the road if police had not dispersed them with tear gas.",
    "Troops will not withdraw from the town, the governor warned after militants attacked a checkpoint.",
    "Residents feared the rebels might return, and several families fled to the district headquarters.",
    "Two soldiers were killed when an explosive device went off under their vehicle.",
    "Police denied that officers had shot a student during the march, but witnesses disagreed.",
]


@pytest.fixture(scope="module")
def docs(nlp: Any) -> list[Doc]:
    return [nlp(s) for s in SENTENCES]


def _chain_by_tokens(tok: Any, sent: Any, limit: int = 6) -> list[int]:
    out, cur = [tok.i], tok
    for _ in range(limit):
        if cur.head.i == cur.i:
            break
        if cur.dep_ == "conj" and cur.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            break
        cur = cur.head
        if sent is not None and not (sent.start <= cur.i < sent.end):
            break
        out.append(cur.i)
    return out


def test_modality_chain_reads_heads_from_the_column(docs: list[Doc]) -> None:
    for doc in docs:
        sent = doc[1 : len(doc) - 2]  # a stretch the chain must not leave
        for tok in doc:
            assert [t.i for t in modality._chain(tok, sent)] == _chain_by_tokens(tok, sent)
            assert [t.i for t in modality._chain(tok)] == _chain_by_tokens(tok, None)


TARGETS = [
    "Militants attacked a police post on the border and opened fire on a convoy at dawn on Friday.",
    "Raiders attack and kill civilians in a village near the river.",
    "Police did not intervene, and the crowd never turned violent; officers would not arrest anyone.",
]


@pytest.mark.parametrize("text", TARGETS + SENTENCES)
def test_negated_verbs_read_from_columns(nlp: Any, text: str) -> None:
    doc = nlp(text)
    sents = [events._Sentence(s, k, 0) for k, s in enumerate(doc.sents)]
    want: set[str] = set()
    for x in sents:
        toks = list(x.span)
        for i, t in enumerate(toks):
            if t.lower_ in events._NEGATORS:
                verb = next((u for u in toks[i + 1 : i + 4] if u.pos_ == "VERB"), None)
                if verb is not None:
                    want.add(verb.lower_)
    assert events._negated_verbs(sents) == want


def test_prior_events_read_from_the_lower_column(nlp: Any) -> None:
    doc = nlp("Police shot a volunteer helping victims after a road accident near the bridge.")
    sent = doc[:]
    trig = next(t for t in doc if t.lower_ == "shot")
    found = triggers._prior_events(sent, [triggers.Trigger("Attack", 0.9, trig.i, trig.i, trig.i + 1, "shot", False, False)])
    after = next(t for t in doc if t.lower_ == "after")
    assert found == {t.i for t in after.subtree}


@pytest.mark.parametrize("text", [
    "The Kenya News Agency reported that two herders were killed.",
    "A spokesman for the county police commander said three suspects were arrested.",
    "Local residents told reporters that the militia burnt twenty houses.",
])
def test_source_phrase_text_cut_from_the_doc(nlp: Any, text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(text)
    spans = [doc[0:k] for k in range(1, min(len(doc), 8))]
    fast = [attribution._describe(s) for s in spans]
    monkeypatch.setattr(attribution, "span_text", lambda span: span.text)
    assert [attribution._describe(s) for s in spans] == fast



@pytest.mark.parametrize("cue", ["teargas", "torched", "stones thrown", "absent"])
def test_cue_evidence_found_from_the_lower_column(nlp: Any, cue: str) -> None:
    doc = nlp("Police fired teargas at the crowd. Youths torched two cars and stones thrown hit a bus.")
    d: Any = SimpleNamespace(sentences=[events._Sentence(s, k, 0) for k, s in enumerate(doc.sents)])
    want = [
        events._ev(doc, "sub_event_type", t.idx, t.idx + len(t.text))
        for x in d.sentences for t in x.span if t.lower_ == cue.split()[0]
    ][:1]
    assert events._cue_evidence(doc, d, cue) == want
