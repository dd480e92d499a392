"""Actors, round 14 (Asia): a force told stopping a protest, crowds fighting each other, people a
riot hurts, a party's armed factions, and named groups of South Asia in the dictionary."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import party_factions
from dateline.extract.events import _crowds_clash_text, _force_stops
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2015, 6, 16)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    ("text", "stops"),
    [
        ("Police blocked the teachers' march near the secretariat.", True),
        ("The nurses were turned away by the authorities at the gate.", True),
        ("The rally went on despite attempts by the police to halt it.", True),
        ("Cops pushed the students back from the barricade.", True),
        ("Police did not stop the march.", False),
        # former policemen are the crowd, not a force
        ("Retired policemen blocked the highway to demand their pensions.", False),
        ("The farmers marched to the district office.", False),
    ],
)
def test_force_stopping_a_crowd(text: str, stops: bool) -> None:
    assert _force_stops(text) is stops


@pytest.mark.parametrize(
    ("text", "clash"),
    [
        ("Workers of two rival parties clashed with each other in the bazaar.", True),
        ("Ten were hurt in a clash between supporters of two candidates.", True),
        # a force as one side: the riot is against it
        ("Ten were hurt in a clash between traders and the police.", False),
        ("Students clashed with police outside the campus.", False),
        ("Five were hurt in a clash between supporters of the twelve-party opposition alliance and the police.", False),
    ],
)
def test_crowds_fighting_each_other(text: str, clash: bool) -> None:
    assert _crowds_clash_text(text) is clash


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("A man was shot dead when two factions of the Awami League fought over a market lease.", "Bangladesh Awami League Militia"),
        ("Rival groups of BNP activists exchanged gunfire in the town.", "BNP: Bangladesh Nationalist Party Militia"),
        # no arms and no death: a brawl, left to the riot rules
        ("Two factions of the Awami League scuffled over a committee post.", None),
        # no faction cue, or two parties: not one party's infighting
        ("Awami League activists shot at a rally.", None),
        ("A man was killed as two groups of Awami League and BNP men fought.", None),
    ],
)
def test_party_factions(text: str, party: str | None) -> None:
    m = party_factions(text)
    assert (m.name if m is not None else None) == party
    if m is not None:
        assert m.inter == 3


@pytest.mark.model
def test_police_blocking_a_march_are_its_other_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Contract teachers marched in Ludhiana on Monday to demand regular pay. Police blocked the march near the secretariat.")
    sides = _sides(r)
    assert r.event_type == "Protests", (r.event_type, sides)
    assert [i for _n, i in sides] == [6, 1], sides


@pytest.mark.model
def test_two_crowds_fighting_are_rioters_on_both_sides(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(
        coder,
        "Supporters of two rival candidates clashed with each other in Kannur on Sunday, throwing stones. Police were deployed in the area.",
    )
    sides = _sides(r)
    assert r.event_type == "Riots", (r.event_type, sides)
    assert [i for _n, i in sides] == [5, 5], sides


@pytest.mark.model
def test_people_a_riot_hurts_are_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Picketers set fire to a bus in Rajshahi on Monday, injuring its driver and two passengers.")
    sides = _sides(r)
    assert r.event_type == "Riots", (r.event_type, sides)
    assert sides == [("Rioters (Bangladesh)", 5), ("Civilians (Bangladesh)", 7)], sides


@pytest.mark.model
def test_armed_party_factions_fight_a_battle(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "A man was shot dead in a clash between two factions of the Awami League over a market lease in Jessore on Friday.")
    sides = _sides(r)
    assert r.event_type == "Battles", (r.event_type, sides)
    assert sides == [("Bangladesh Awami League Militia", 3)] * 2, sides


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lashkar-e-Islam fighters attacked a check post in Khyber Agency on Tuesday, killing two policemen.", "LeI: Lashkar-e-Islam"),
        ("Jundallah gunmen shot dead two traders in Quetta on Tuesday.", "Jundallah"),
    ],
)
def test_named_groups_of_south_asia(coder, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert name in [n for n, _i in _sides(r)], _sides(r)
