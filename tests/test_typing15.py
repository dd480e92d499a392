"""Round 15 typing rules. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_checks import first_event

PUBLISHED = "2019-06-20"


_first = partial(first_event, published=PUBLISHED)


def _said(r, field: str) -> list[str]:
    return [e.text for e in r.evidence if e.field == field]


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, protesters burnt an effigy of the governor and torched two buses in Kisumu town.",
        "On 18 June, residents of Kisumu demonstrated, burnt an effigy of the governor and set ablaze two vehicles.",
    ],
)
def test_other_burning_beside_an_effigy_is_a_riot(text: str) -> None:
    # the effigy's burning is symbolic; the buses or vehicles burnt are property, and make it a riot
    r = _first(text)
    assert r.sub_event_type == "Violent demonstration"
    # the cue named is the burning of property, not of the effigy
    assert "burnt" not in _said(r, "sub_event_type")


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, protesters burnt an effigy of the governor in Kisumu town.",
        "On 18 June, students demonstrated in Eldoret and set fire to an effigy of the principal.",
        "On 18 June, traders in Nakuru protested over new fees and burnt portraits of the governor.",
        "On 18 June, youths in Homa Bay protested against their party and burnt their party cards.",
    ],
)
def test_symbolic_burning_alone_stays_peaceful(text: str) -> None:
    assert _first(text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, police fired tear gas at protesters who tried to forcibly enter the electoral offices in Kisumu.",
        "On 18 June, police fired tear gas after protesters in Nairobi broke a police line outside parliament.",
    ],
)
def test_crowd_forcing_its_way_is_violent(text: str) -> None:
    # forcing entry or breaking through a police line is the crowd's own violence
    assert _first(text).sub_event_type == "Violent demonstration"


def test_force_acting_forcibly_is_no_crowd_violence() -> None:
    assert _first("On 18 June, police forcibly dispersed protesters in Nairobi.").sub_event_type == "Protest with intervention"


def test_militants_burning_a_vehicle_are_no_rioters() -> None:
    r = _first("On 18 June, the militants burnt a bus and two shops in Mandera.")
    assert r.event_type == "Strategic developments"
    assert r.sub_event_type == "Looting/property destruction"


def test_crime_word_in_a_unit_name_is_no_crime() -> None:
    # "Theft" names the police unit, not a theft that happened: the blast is the event
    r = _first("On 18 June, a truck of the Anti-Stock Theft Unit was damaged by an explosion near Wajir.")
    assert r.sub_event_type == "Remote explosive/landmine/IED"


def test_rioters_named_are_no_demonstration() -> None:
    r = _first("On 18 June, youths threw stones at officers on curfew patrol in Lamu. The rioters were opposed to the curfew.")
    assert r.sub_event_type == "Mob violence"


def test_stones_thrown_at_a_rally_are_mob_violence() -> None:
    # the rally is the target, not the throwers' demonstration
    r = _first("On 18 June, youths threw stones at a political rally of the ruling party in Kisii.")
    assert r.sub_event_type == "Mob violence"


def test_protesters_throwing_stones_still_demonstrate() -> None:
    r = _first("On 18 June, protesters at a rally threw stones at police in Kisii.")
    assert r.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, the Garre and Degodia clans clashed in Mandera. Three civilians, including a woman, were killed.",
        "On 18 June, a woman was killed in a shootout near Lokori between armed herders.",
    ],
)
def test_fight_with_both_sides_named_stays_a_battle(text: str) -> None:
    assert _first(text).sub_event_type == "Armed clash"


def test_clashes_that_only_kill_civilians_stay_an_attack() -> None:
    assert _first("On 18 June, ethnic clashes left three civilians dead in Mandera.").sub_event_type == "Attack"


def test_stones_thrown_in_protest_stay_a_demonstration() -> None:
    # only a rally named as the target is someone else's gathering; "in protest" is the throwers' own
    r = _first("On 18 June, villagers pelted stones at the MP at a function in protest over a hike in power tariffs.")
    assert r.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, nine homes were torched at Olenguruone amid fighting between Kipsigis and Maasai herders.",
        "On 18 June, dozens of houses were torched in Githima estate during battles between rival communities and police.",
    ],
)
def test_property_burnt_in_a_fight_between_sides_is_the_battle(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Armed clash"
    assert {"fighting", "battles"} & set(_said(r, "sub_event_type"))


def test_property_burnt_with_no_fight_told_stays_destruction() -> None:
    r = _first("On 18 June, unknown people burned houses in villages on the Isiolo-Meru border.")
    assert r.sub_event_type == "Looting/property destruction"


def test_what_the_crowd_found_is_its_grievance() -> None:
    r = _first("On 18 June, more than 300 traders staged a demonstration in Nakuru town after they found their stalls destroyed by county officers.")
    assert r.sub_event_type == "Peaceful protest"


def test_what_the_crowd_did_before_is_its_own_act() -> None:
    r = _first("On 18 June, traders staged a demonstration in Nakuru town after they destroyed the county stalls.")
    assert r.sub_event_type == "Violent demonstration"
