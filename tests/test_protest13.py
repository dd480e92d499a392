"""Round 13b protest rules: a protest's grievance is no force that met it, and property destroyed,
premises forced or people attacked by the crowd make a riot. Sentences are invented for these tests."""

from __future__ import annotations

import pytest

import dateline


def _first(text: str):
    coded = dateline.code(text, published="2019-10-10")
    assert coded.events, coded
    return coded.events[0]


def test_death_described_in_the_grievance_is_no_force() -> None:
    # "killed by a motorist" describes the death protested; the police only fired tear gas
    ev = _first(
        "On Oct 3rd, demonstrators blocked the Kisumu-Busia road to protest the death of a trader, "
        "allegedly killed by a motorist. Police fired tear gas to disperse the crowd."
    )
    assert ev.sub_event_type == "Protest with intervention"


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, students of Kisii University demonstrated against a fee increase. "
        "The demonstration led to destruction of property on campus.",
        "Traders in Eldoret protested over new levies on Monday and broke into the county offices.",
        "Youths in Bungoma protested over the lack of jobs on Monday. The youths then attacked vehicles on the highway.",
        "Students of Kaimosi Boys protested on Monday over the transfer of their principal. They beat up two teachers.",
    ],
)
def test_crowd_destroying_or_breaking_in_riots(text: str) -> None:
    assert _first(text).sub_event_type == "Violent demonstration"


def test_break_in_the_crowd_protests_stays_a_protest() -> None:
    ev = _first("Residents of Kitale protested on Monday after thieves broke into the local clinic.")
    assert ev.sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "BJP workers observed a bandh in Shimla protesting against the police lathicharge on party workers during a rally last week.",
        "Teachers in Multan protested and boycotted classes against baton charge and teargas use on teachers in Lahore a day earlier.",
    ],
)
def test_force_a_protest_is_held_against_is_its_grievance(text: str) -> None:
    ev = _first(text)
    assert ev.sub_event_type == "Peaceful protest"
    assert all(a is None or a.inter != 1 for a in (ev.actor1, ev.actor2))


@pytest.mark.parametrize(
    "text",
    [
        # people the text does not name as the crowd attack the protesters
        "Traders protested in Bungoma on Monday. Unknown people attacked two of the traders.",
        # what the crowd stormed the offices to protest is its grievance
        "A candidate and his supporters stormed the county offices in Nyeri on Monday to protest the destruction of his posters by vandals.",
    ],
)
def test_violence_not_the_crowds_keeps_the_protest(text: str) -> None:
    assert _first(text).sub_event_type == "Peaceful protest"
