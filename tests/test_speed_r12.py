"""Round 12 speed work must not change what extraction finds: the casualty patterns found by way
of their lower-case twins or skipped for a missing word, the toponym patterns tried only when
their tail is in the text, and the per-word tests read from the doc's arrays."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

import pytest

from dateline.extract import numbers
from dateline.extract.countries import DEMONYMS, country_code
from dateline.geo import toponyms
from dateline.geo.toponyms import ASSAULT_PREPS, LOCATIVE_PREPS, NEAR_WORDS, country_votes
from tests.event_checks import assert_casualties_same_without_shortcuts, casualty_variants

# Our own sentences, written to reach as many of find_casualties' patterns as we can.
SENTENCES = [
    "At least 12 people were killed and 30 wounded when a car bomb exploded near the market.",
    "The death toll from Monday's attack has risen to 17, officials said.",
    "The death toll in the raid on the village by gunmen on motorbikes late on Sunday night has since climbed to 9.",
    "The total number of people killed in the clashes reached 40 on Friday.",
    "Two of the wounded later died in hospital, and one of them succumbed on Tuesday.",
    "Three of the injured have since died of their wounds.",
    "Gunmen killed a farmer and his son, then shot dead a teacher in the next village.",
    "Soldiers shot him dead at the checkpoint; they also wounded her.",
    "The bodies of 14 men were found in a ditch, and 3 more bodies were recovered later.",
    "A body was found dumped in the river on Wednesday.",
    "Nine children were among the dead. Among the victims were two women.",
    "The blast claimed 5 lives and left 20 wounded, leaving 3 martyrs.",
    "Police shot four protesters, one fatally, and sent 6 people to the hospital.",
    "A journalist was shot and is in critical condition.",
    "She suffered serious injuries and her wounds were treated at a clinic.",
    "The commander was killed along with his driver and two guards.",
    "Rebels said they killed 20 soldiers (later revised to 12) in the ambush.",
    "No casualties were reported, and there were no deaths or injuries.",
    "Mob lynches robbery suspect in Kisumu; another man was beaten to death.",
    "Three IS fighters were killed, and ISIS said it found a man shot in his car.",
    "Troops were ambushed and killed 2 attackers, 5 KIA according to the army.",
    "The raid killed a woman and injured another, while the man who had been shot died.",
    "Protests over the killing of a student continued; riots after cleric killed by unknown men.",
    "The conflict that has killed 12,000 people since 2011 shows no sign of ending.",
    "He nearly died in the attack but escaped being killed; the plan was killed by lawmakers.",
    "Five people were shot, two of them fatally, and 3 were hospitalized.",
    "Fatalities coded separately; 2 killed (coded separately).",
    "Two Kenya Defence Forces (KDF) soldiers were killed by an <b>IED</b> blast.",
]


def test_lowered_pattern_keeps_escapes_and_group_names() -> None:
    assert numbers._lowered_pattern(r"(?P<vk>KIA|Dead)\b\S\W\D(?P=vk)[A-Z]") == r"(?P<vk>kia|dead)\b\S\W\D(?P=vk)[a-z]"


def test_every_shortcut_finds_what_finditer_finds() -> None:
    assert len(numbers._SHORTCUTS) >= 30
    for regex, _twin, _needs in numbers._SHORTCUTS.values():
        for sentence in SENTENCES:
            for text in casualty_variants(sentence):
                low = numbers._folded(text)
                got = [(m.span(), m.groupdict()) for m in numbers._scan(regex, text, low)]
                assert got == [(m.span(), m.groupdict()) for m in regex.finditer(text)], (regex.pattern[:60], text)
                for pos in (0, 7, len(text) // 2):
                    hit = numbers._search(regex, text, low, pos)
                    plain = regex.search(text, pos)
                    assert (hit and hit.span()) == (plain and plain.span()), (regex.pattern[:60], text, pos)


def test_a_pattern_is_skipped_when_its_word_is_missing() -> None:
    low = numbers._folded("Twelve people were killed in the attack.")
    assert numbers._first(numbers._BODIES_RE, low) == -1
    assert numbers._first(numbers._SUCCUMBED_THEM_RE, low) == -1
    assert numbers._first(numbers._OBJ_ONE_RE, low) == -1  # the twin finds no match at all
    assert numbers._first(numbers._BODIES_RE, numbers._folded("The bodies of 3 men were found.")) == 0
    # text that is not ASCII is read by the patterns themselves
    assert numbers._folded("Caf\u00e9 owner killed") is None


@pytest.mark.parametrize("sentence", SENTENCES)
def test_find_casualties_same_with_and_without_shortcuts(sentence: str, monkeypatch: Any) -> None:
    assert_casualties_same_without_shortcuts(sentence, monkeypatch, offset=5)


def test_distance_and_kind_tails_hold_in_every_match() -> None:
    texts = [
        "Fighting reached Tal Abyad, about 80 km (50 miles) east of the border.",
        "Shells fell on Kafr Nabl, north of Idlib.",
        "Gunmen raided Marsabit, a small town in the north, on Monday.",
        "Police said the attack was over. Nobody was hurt, the governor said.",
    ]
    for text in texts:
        assert bool(toponyms._DISTANCE_APPOS.search(text)) <= bool(toponyms._DISTANCE_APPOS_TAIL.search(text))
        assert bool(toponyms._NAME_THEN_KIND.search(text)) <= bool(toponyms._NAME_THEN_KIND_TAIL.search(text))
    assert toponyms._DISTANCE_APPOS.search(texts[0]) and toponyms._DISTANCE_APPOS.search(texts[1])
    assert toponyms._NAME_THEN_KIND.search(texts[2])
    assert not toponyms._DISTANCE_APPOS_TAIL.search(texts[3]) and not toponyms._NAME_THEN_KIND_TAIL.search(texts[3])


def test_near_words_pattern_says_what_each_word_said() -> None:
    tails = ["fighting near", "on the outskirts of", "in nearly all of", "close to", "closer to", "in suburban", "around the", "Nearby"]
    for tail in tails:
        low = tail.lower()
        assert (toponyms._NEAR_WORD.search(low) is not None) == any(re.search(rf"\b{w}\b", low) for w in NEAR_WORDS)


TEXT = (
    "Syrian troops shelled Kafr Nabl on Monday, and fighting spread from Aleppo to Idlib. "
    "Mombasa residents said Kenyan police, not the China-Pakistan corridor guards, fired on the crowd. "
    "The attack on Hamas positions near Gaza City killed 4, the Kurdish Red Crescent said."
)


def _votes_by_walk(doc: Any) -> Counter[str]:
    """country_votes as it was: the test of every token by its Token object."""
    votes: Counter[str] = Counter()
    for tok in doc:
        if not (tok.pos_ in ("ADJ", "PROPN") and tok.is_title):
            continue
        if (tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_) or (
            tok.i > 0 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_
        ):
            continue
        if tok.lower_ in toponyms._CROSS_BORDER_PEOPLES:
            continue
        code = DEMONYMS.get(tok.lower_) or country_code(tok.text)
        if code:
            votes[code] += 1
    return votes


def _known_names_by_walk(doc: Any, gazetteer: Any) -> list[tuple[str, int, int]]:
    """_known_names as it was: every token tested by its Token object."""
    out: list[tuple[str, int, int]] = []
    i, n = 0, len(doc)
    while i < n:
        tok = doc[i]
        if not (tok.is_title and tok.is_alpha) or tok.ent_type_ in ("PERSON", "DATE", "TIME", "ORG", "MONEY", "CARDINAL", "ORDINAL"):
            i += 1
            continue
        k = i
        while k < n and k - i < 3:
            word = doc[k]
            if not (word.is_title and word.is_alpha and word.ent_type_ not in ("PERSON", "DATE", "ORG")):
                break
            k += 1
        for end in range(k, i, -1):
            span = doc[i:end]
            name = span.text
            low = name.lower()
            if low in toponyms.COMMON_WORDS or low in toponyms.NOT_PLACES or low in DEMONYMS or low.rstrip("s") in DEMONYMS:
                continue
            if len(low) < 4 or toponyms.match_source(name):
                continue
            places, exact = gazetteer.lookup_match(name)
            if end - i == 1 and tok.is_sent_start and not tok.ent_type_ and tok.dep_ == "nsubj" and tok.head.lemma_.lower() not in toponyms.PLACE_TAKING and not toponyms._prominent(places, name):
                break
            if exact and places and all(p.feature != "PCLI" for p in places):
                out.append((name, span.start_char, span.end_char))
                i = end - 1
                break
        i += 1
    return out


def test_array_reads_pick_the_words_the_token_walk_picked(nlp: Any) -> None:
    doc = nlp(TEXT)
    assert country_votes(doc) == _votes_by_walk(doc)
    preps = [t.i for t in doc if t.lower_ in LOCATIVE_PREPS or t.lower_ in ("to", *ASSAULT_PREPS)]
    from spacy.attrs import LOWER

    from dateline.nlp.model import token_indices

    assert token_indices(doc, "toponym_preps", LOWER, toponyms._opens_place) == preps
    with _gazetteer() as gaz:
        known = [(t.text, t.start, t.end) for t in toponyms._known_names(doc, gaz)]
        assert known == _known_names_by_walk(doc, gaz)
        assert known, "the gazetteer knows some of these names"
        names = {t.text for t in toponyms.recognise(doc, gazetteer=gaz)}
    assert {"Aleppo", "Idlib", "Mombasa"} <= names


def _gazetteer() -> Any:
    from dateline.geo.gazetteer import Gazetteer

    return Gazetteer.open()
