"""Round 21b (Asia, interaction): when a force is a protest's other side (force used on the crowd, a
force standing in its way, and a force's act that is only what the crowd protests), a crowd named by
its stone throwing or chased and chasing as a riot's, a force's barricades as no riot cue, and two
parties' followings clashing as rioters on both sides. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from dateline.extract.events import CROWD_FRAY, FORCE_BARRICADES
from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2015-05-03")


# --- a force that used force on a crowd, or stood in its way, is the protest's other side ----------


@pytest.mark.parametrize(
    "text",
    [
        "Nurses demonstrated in Gaya on Monday over unpaid salaries. Police used mild force to scatter the agitators outside the station.",
        "Some forty dock workers were hurt when police used force to halt their march on the port office in Chittagong.",
    ],
)
def test_force_used_on_a_crowd_is_an_intervention(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests"
    assert r.sub_event_type == "Protest with intervention"
    assert inter_pair(r) == (1, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of policemen took up positions to stop about 200 monks marching from Sagaing to the capital.",
        "Librarians demonstrated in Lucknow against a hiring freeze. A riot control squad stopped them at the assembly gate.",
    ],
)
def test_force_standing_in_a_crowds_way_is_its_other_side(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests"
    assert inter_pair(r) == (1, 6)


def test_asking_the_police_to_stop_something_brings_no_force() -> None:
    r = _first("Nurses protested in Agra over pay. They urged police to stop harassing their members.")
    assert r.sub_event_type == "Peaceful protest"
    assert inter_pair(r) == (0, 6)


# --- barricades a force put up hold a crowd back; a crowd's own still riot -------------------------


def test_force_barricades_are_no_riot_cue() -> None:
    r = _first(
        "Nurses gathered in Agra to protest pay cuts. Police erected barricades to block the protesters."
    )
    assert r.event_type == "Protests"
    assert inter_pair(r) == (1, 6)


def test_crowd_barricades_still_riot() -> None:
    r = _first("Nurses gathered in Agra to protest pay cuts. They set up barricades on the highway.")
    assert r.event_type == "Riots"


def test_force_barricades_pattern() -> None:
    assert FORCE_BARRICADES.search("The police set up barricades near the bridge")
    assert FORCE_BARRICADES.search("marchers pushed against the police barricades")
    assert not FORCE_BARRICADES.search("youths put up barricades of burning logs")


# --- a force's act the crowd protests is its grievance, not a force meeting it ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "The arrest of a local councillor triggered protests by traders in Sukkur district.",
        "Reporters marched in Mandalay to defend the rights of photographers who have been detained.",
        "Upon hearing that student leaders were arrested, their classmates protested outside the press club.",
    ],
)
def test_a_protested_arrest_is_no_intervention(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests"
    assert r.sub_event_type == "Peaceful protest"
    assert inter_pair(r) == (0, 6)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested fifty teachers who were protesting in Patna over pay.",
        "Teachers protested in Patna over pay and were detained by police.",
        "Traders staged a sit-in in Kohat over the demolition drive, where several protesters were arrested.",
    ],
)
def test_an_arrest_at_the_protest_stays_an_intervention(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Protest with intervention"
    assert inter_pair(r) == (1, 6)


# --- a crowd told throwing stones, or chasing and chased, riots ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "During a strike against the mining law, police on Monday used tear gas and water cannon against stone-pelting"
        "  protestors in Ranchi.",
        "Strike supporters marched in Pabna on Sunday. When police blocked the march near the bus terminal, a chase"
        " and counter chase broke out.",
    ],
)
def test_stone_pelting_or_chasing_crowd_riots(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Riots"
    assert inter_pair(r) == (1, 5)


def test_crowd_fray_pattern() -> None:
    assert CROWD_FRAY.search("used batons on brick-throwing students")
    assert CROWD_FRAY.search("then came a chase and counter-chase")
    assert not CROWD_FRAY.search("a ban on stone pelting was announced")


# --- two parties' followings clashing are rioters on both sides ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Rampur, supporters of one councillor candidate clashed with supporters of his rival over posters."
        " Police were deployed to the area.",
        "Supporters of two rival councillors clashed in a Sitapur village on polling day. Police detained several people.",
    ],
)
def test_two_followings_clash_as_rioters_on_both_sides(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Riots"
    assert inter_pair(r) == (5, 5)


def test_clash_with_members_of_a_force_keeps_the_force() -> None:
    r = _first(
        "Villagers clashed with members of the security forces in Sitapur after a raid. Police detained several people."
    )
    assert r.event_type == "Riots"
    assert inter_pair(r) == (1, 5)


def test_force_that_clashed_with_a_following_stays_the_other_side() -> None:
    r = _first(
        "Police clashed with supporters of a local cleric in Kanpur on Sunday as they marched to the district office."
    )
    assert r.event_type == "Riots"
    assert inter_pair(r) == (1, 5)


# --- self-immolation and violence a force came to prevent are no riot -------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Unemployed nurses rallied in Ludhiana against the state's hiring rules. One nurse set herself on fire"
        " before colleagues doused the flames.",
        "Traders protested against a mayor's remarks in Jalandhar and his backers staged a rival rally. Police"
        " stood by to prevent a violent outburst.",
    ],
)
def test_self_immolation_or_averted_violence_is_no_riot(text: str) -> None:
    assert _first(text).event_type == "Protests"


def test_a_fire_set_by_others_still_riots() -> None:
    r = _first(
        "Members of the union gathered in Bathinda to protest. One teacher set himself on fire. Others set a bus on fire."
    )
    assert r.event_type == "Riots"


# --- a party's men or a protesting crowd clashing with a force riot against it -----------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Dinajpur, six people were hurt during a clash between Jatiya-Jamaat men and police when police blocked their"
        " procession.",
        "Two people died and about thirty were hurt when villagers clashed with police in Magura on Friday."
        " The villagers were protesting over a killing.",
    ],
)
def test_party_men_or_protesters_clashing_with_police_riot(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Riots"
    assert inter_pair(r) == (1, 5)


def test_a_force_that_attacked_a_crowd_is_no_riot() -> None:
    r = _first("Police attacked hawkers in Meerut on Monday.")
    assert r.event_type != "Riots"


# --- a dump as a place, ruin by nature or of a grievance, and books burnt are no riot ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Growers called off their protest for compensation over orchards destroyed due to quarry dust.",
        "Villagers staged a protest and blocked the road for hours over water-logging caused by the canal, as its"
        " water has destroyed their crops and houses.",
        "People living near the landfill and its garbage dump began a fast in Pune, asking the council to shut the dump"
        " and move the incinerator.",
        "The state Youth Congress burnt textbooks in Bhopal to protest the exam scam.",
    ],
)
def test_no_act_of_the_crowd_is_no_riot(text: str) -> None:
    assert _first(text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        "Protesters destroyed two buses in Bhopal during a protest over fuel prices.",
        "Several shops were damaged by protesters in Bhopal during a protest over fuel prices.",
        "Municipal workers went on strike in Delhi and dumped garbage on the road outside the mayor's office.",
    ],
)
def test_a_crowds_own_ruin_or_dumping_still_riots(text: str) -> None:
    assert _first(text).event_type == "Riots"


def test_a_headline_dumping_still_riots() -> None:
    r = _first(
        "12 May. Workers of a cleaning company dump garbage along a Kisumu road in protest of unpaid wages."
    )
    assert r.event_type == "Riots"
