"""Round 16b speed work must not change what extraction finds: the per-pattern gates of the date
finder, the identity-name pre-filter from the ORTH column and the set-based memo of
token_indices."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from spacy.attrs import LOWER

from dateline.extract import actors
from dateline.nlp.model import token_indices
from dateline.time import anchor

# Our own sentences, in the style of conflict reporting, with many kinds of date expression.
DATED = [
    "On 12 May 2015, police dispersed traders in Mombasa.",
    "On May 12, 2015 police arrested 14 people in Garissa.",
    "Between 3 and 5 June, militants attacked three villages.",
    "From Monday to Wednesday, clashes went on in the camp.",
    "The report, dated 2016-04-09, counted 12 dead.",
    "Fighting broke out on 12 and 13 August near the border.",
    "Raids took place on August 12 and 13 in the district.",
    "Shelling resumed in mid-March and again in early April 2017.",
    "Students marched yesterday morning and again last night.",
    "Two days ago gunmen burned a market; the day before yesterday it was calm.",
    "Protests grew over the past week and earlier this month.",
    "Herders clashed over the weekend and last Friday evening.",
    "The group was formed in 2009 and grew in late 2012.",
    "They met on 3, 4 and 6 May to plan the strike.",
    "MAY 7: RIOTERS TORCHED A POLICE POST ON SUNDAY.",
    "A bomb killed 4 people (Tuesday 23/01) in the market.",
    "Villagers said soldiers came in the night and took two men.",
    "No date is given here, only the army and the town.",
]


def _ungated(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(anchor, "_NEEDS", tuple(() for _ in anchor._PATTERNS))
    monkeypatch.setattr(anchor, "_LIST_NEEDS", ())


@pytest.mark.parametrize("published", [date(2015, 5, 14), None])
def test_date_gates_change_no_date(monkeypatch: pytest.MonkeyPatch, published: date | None) -> None:
    gated = [anchor.find_dates(t, published, offset=7) for t in DATED]
    with monkeypatch.context() as m:
        _ungated(m)
        plain = [anchor.find_dates(t, published, offset=7) for t in DATED]
    assert gated == plain
    # the sentences do hold dates (without a publication day, only those that carry a year)
    assert sum(len(x) for x in gated) > (len(DATED) if published else 4)


def test_date_gates_are_necessary_for_every_match() -> None:
    assert len(anchor._NEEDS) == len(anchor._PATTERNS)
    for text in DATED:
        low = text.lower()
        for (pattern, _), needs in zip(anchor._PATTERNS, anchor._NEEDS, strict=True):
            if pattern.search(text):
                assert anchor._holds(low, needs, {}), (pattern.pattern[:40], text)
        for pattern in (anchor._RE_LIST_DM, anchor._RE_LIST_MD):
            if pattern.search(text):
                assert anchor._holds(low, anchor._LIST_NEEDS, {})


def test_date_gate_skips_a_pattern_without_its_words() -> None:
    needs = anchor._NEEDS[[p for p, _ in anchor._PATTERNS].index(anchor._RE_MD)]
    assert not anchor._holds("gunmen attacked on tuesday", needs, {})
    assert anchor._holds("gunmen attacked on 4 june", needs, {})


IDENTITY = (
    "Pokot raiders attacked a village near Kapedo on Monday. "
    "Police said the attackers fled towards the hills. "
    "Clashes between the Borana and Gabra communities left two dead. "
    "Nobody was arrested in Marsabit town."
)


def test_identity_prefilter_changes_no_mention(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(IDENTITY)
    sents = list(doc.sents)
    fast = [actors._identity_mentions(s, "KEN") for s in sents]
    fresh = nlp(IDENTITY)
    with monkeypatch.context() as m:
        m.setattr(actors, "_identity_tokens", lambda d, names: list(range(len(d))))
        slow = [actors._identity_mentions(s, "KEN") for s in fresh.sents]
    assert fast == slow
    assert fast[0] and fast[2] and not fast[1] and not fast[3]


def test_identity_tokens_are_the_listed_names_and_plurals(nlp: Any) -> None:
    doc = nlp("The Maasais and Pokot raiders met the police in Nairobi.")
    names = actors.identity_groups()
    found = actors._identity_tokens(doc, names)
    assert found == [t.i for t in doc if t.text in names or (t.text.endswith("s") and t.text[:-1] in names)]
    assert [doc[i].text for i in found] == ["Maasais", "Pokot"]


def test_token_indices_memo_reads_new_words_of_a_later_doc(nlp: Any) -> None:
    first = nlp("Police fired tear gas at traders.")
    second = nlp("Soldiers fired at rebels and police.")
    accept = lambda w: w in ("police", "rebels")  # noqa: E731
    assert token_indices(first, "test16b_force", LOWER, accept) == [0]
    # "rebels" is new to the memo: asked about in the second doc, not taken as rejected
    assert token_indices(second, "test16b_force", LOWER, accept) == [3, 5]


ACTORS = (
    "Unidentified armed men shot two traders at a police post in Mandera. "
    "An air force jet struck a rebel position while army troops and KDF soldiers advanced. "
    "Protesters and a mob of youths stoned guards at a border point near Busia. "
    "Herdsmen and raiders fled after an unknown group attacked the market. "
    "Reporters said the weather was calm in the capital."
)


def test_actor_walk_visits_only_kind_words_and_finds_the_same(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = nlp(ACTORS)
    when = date(2016, 3, 2)
    fast = [actors.find_actors(s, event_country="KEN", when=when) for s in doc.sents]
    fresh = nlp(ACTORS)
    with monkeypatch.context() as m:
        m.setattr(actors, "_actor_word_tokens", lambda d: list(range(len(d))))
        slow = [actors.find_actors(s, event_country="KEN", when=when) for s in fresh.sents]
    assert fast == slow
    assert all(fast[:4]) and not fast[4]
    walked = {doc[i].lower_ for i in actors._actor_word_tokens(doc)}
    assert {"armed", "post", "air", "troops", "protesters", "mob", "guards", "herdsmen", "group"} <= walked
    assert not walked & {"reporters", "weather", "capital", "shot"}
