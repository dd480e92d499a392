"""Round 14b protest rules: a symbol burnt (an effigy set on fire, copies of a law, a portrait) is
a protest, not a riot; a crowd that faces the police or wrangles with them has the police as its
other side; a force named only as the doer of the wrong a crowd protests is no side of it.
Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_checks import first_event

PUBLISHED = "2015-06-20"


_first = partial(first_event, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, union leaders set fire to an effigy of the chief minister in front of the bus station in Nizamabad.",
        "On 18 June, hundreds of farmers held a demonstration in Mandya and burnt copies of the new land law.",
        "On 18 June, student activists marched through Madurai raising slogans and burnt portrait of the chief minister.",
        "On 18 June, railway workers took out a rally in Tinsukia and burnt a symbolic copy of the pay report.",
        "On 18 June, protesters in Janakpur burnt effigiess of the prime minister.",
    ],
)
def test_a_symbol_burnt_is_a_protest(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests", (r.sub_event_type, r.evidence)
    assert r.actor1 is not None and r.actor1.inter == 6


def test_a_symbol_burnt_beside_property_torched_stays_a_riot() -> None:
    r = _first("On 18 June, students held a rally in Patna, burnt copies of the order and torched two buses.")
    assert r.event_type == "Riots"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, two processions of the opposition alliance faced police obstruction in Rangpur.",
        "On 18 June, students protesting the new law in Mandalay were met by hundreds of riot police.",
        "On 18 June, the party's agitation in Asansol jostled with the police near the district office.",
        "On 18 June, farmers protested against the land acquisition in Kakinada. They got into a heated argument with the police.",
        "On 18 June, teachers gathered in Patiala to protest pay cuts. Police put up barriers to stop the teachers.",
    ],
)
def test_a_crowd_that_meets_the_police_has_them_as_its_other_side(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests"
    assert r.actor2 is not None and r.actor2.inter == 1, r.actor2


@pytest.mark.parametrize(
    "text",
    [
        # the police are who has the problems, not who met the crowd
        "On 18 June, activists staged a demonstration in Patna to highlight the problems faced by the police.",
        # the troops did the wrong the crowd protests; nobody met the crowd
        "On 18 June, activists held a protest demonstration in Srinagar to highlight the human rights violations perpetrated by Indian troops in Kashmir.",
    ],
)
def test_a_force_in_the_grievance_is_no_side(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests"
    assert r.actor2 is None or r.actor2.inter != 1, r.actor2
