"""Round 18 speed work must not change what extraction finds: the casualty patterns run on most
sentences skipped when none of their verb words is left in the text (from the position a search
starts at), the date expressions of a stretch of a doc read once per doc, and the place-kind
suffix pattern tried only when a kind word follows a space in the text."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.extract import events, numbers
from dateline.extract.numbers import find_casualties
from dateline.geo import toponyms
from tests.event_checks import assert_casualties_same_without_shortcuts, casualty_variants

# Our own sentences, in the style of local conflict reports.
SENTENCES = [
    "Four villagers were killed in the raid, and the attackers fled into the forest afterwards.",
    "Gunmen shot dead a trader and wounded two boda boda riders near the market on Sunday.",
    "Two soldiers died of their wounds; a third succumbed in hospital, the army said.",
    "A police officer sustained serious injuries and another suffered a gunshot wound.",
    "Residents found a man shot dead in his car, and police left one suspect injured.",
    "The militia executed three elders and beheaded a herder, then massacred 12 people.",
    "Three fighters were martyred and 5 KIA, according to the group; no casualties elsewhere.",
    "An explosion killed one and injured several, leaving 3 dead and 4 hurt.",
    "Protesters marched peacefully through the town centre on Saturday and dispersed at noon.",
    "The mob lynched a suspected thief; the youths stoned to death another man and hacked a third.",
    "Officials said 40 people lost their lives and one man lost his life in the fighting.",
    "Two were hospitalised after the attack; the raid claimed the lives of six miners.",
]


NEW = ("_PREFILTER_RE", "_SUBJ_RE", "_OBJ_RE", "_OBJ_ONE_RE", "_OBJ_SING_RE", "_DIED_RE", "_SUFFER_RE", "_FOUND_ONE_RE")


@pytest.mark.parametrize("name", NEW)
def test_new_shortcuts_have_words_and_find_what_the_pattern_finds(name: str) -> None:
    regex = getattr(numbers, name)
    _regex, _twin, needs = numbers._SHORTCUTS[id(regex)]
    assert needs  # each of them is skipped by its words
    for sentence in SENTENCES:
        for text in casualty_variants(sentence):
            low = numbers._folded(text)
            for m in regex.finditer(text):
                seg = text[m.start() : m.end()].lower()
                assert all(any(w in seg for w in group) for group in needs), (name, m.group(0))
            for pos in range(0, len(text), 5):
                hit = numbers._search(regex, text, low, pos)
                plain = regex.search(text, pos)
                assert (hit and hit.span()) == (plain and plain.span()), (name, text, pos)


def test_subject_pattern_is_skipped_past_its_last_verb_word() -> None:
    text = SENTENCES[0]
    low = numbers._folded(text)
    first = numbers._SUBJ_RE.search(text)
    assert first is not None and numbers._first(numbers._SUBJ_RE, low) == 0
    # from the end of "killed" on, no word a casualty verb needs is left: the search is not run
    assert numbers._first(numbers._SUBJ_RE, low, first.end()) == -1
    assert numbers._search(numbers._SUBJ_RE, text, low, first.end()) is None


def test_prefilter_answers_by_its_words_before_its_twin(monkeypatch: Any) -> None:
    regex, _twin, needs = numbers._SHORTCUTS[id(numbers._PREFILTER_RE)]

    class _NoTwin:
        def search(self, *_args: Any) -> None:
            raise AssertionError("the twin ran on a text without any casualty word")

    monkeypatch.setitem(numbers._SHORTCUTS, id(regex), (regex, _NoTwin(), needs))
    assert find_casualties(SENTENCES[8]) == []


@pytest.mark.parametrize("sentence", SENTENCES)
def test_find_casualties_same_with_and_without_shortcuts(sentence: str, monkeypatch: Any) -> None:
    assert_casualties_same_without_shortcuts(sentence, monkeypatch, offset=3)


def test_event_dates_read_once_per_doc_and_stretch(nlp: Any, monkeypatch: Any) -> None:
    text = "Some 2000 supporters gathered in Nakuru on 3 March 2024, and on Monday police dispersed them."
    doc = nlp(text)
    published = date(2024, 3, 5)
    first = events._event_dates(doc, text, published)
    assert first and first == events._event_dates(nlp(text), text, published)  # a fresh doc reads the same
    assert "dateline_event_dates" in doc.user_data

    def _no_walk(*_args: Any) -> None:
        raise AssertionError("the stretch was read again")

    monkeypatch.setattr(events, "_token_at", _no_walk)
    assert events._event_dates(doc, text, published) is first
    # another stretch or another day is read anew
    with pytest.raises(AssertionError):
        events._event_dates(doc, text, date(2024, 3, 6))


def test_suffix_pattern_needs_its_kind_word() -> None:
    texts = [
        "Gunmen attacked a bus in Mandera County and in Kurram Agency on Friday.",
        "Fighting spread to Kunduz province, and the Gereshk (Nahr-e Saraj) district fell.",
        "Two were hurt in the Kisii Town Constituency after a rally in Baringo South sub-county.",
        "The news agency said police patrolled the capital on Monday.",
        "Protesters marched peacefully through the market on Saturday.",
    ]
    for text in texts:
        for variant in (text, text.upper(), text.lower()):
            assert bool(toponyms._SUFFIX.search(variant)) <= bool(toponyms._SUFFIX_TAIL.search(variant)), variant
    assert toponyms._SUFFIX.search(texts[0]) and toponyms._SUFFIX.search(texts[1]) and toponyms._SUFFIX.search(texts[2])
    assert not toponyms._SUFFIX_TAIL.search(texts[3]) and not toponyms._SUFFIX_TAIL.search(texts[4])
