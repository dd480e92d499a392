"""Round 20b (kinterb): more of which force is a crowd's other side. A force that steps in to stop
a lynching saved the mob's victim, who stays the other side; an officer of a police unit ("an AP
officer"), or an officer hurt or told in a report about the police, is the police; arrests of
people held for a crime ("the owner was arrested", "police said they arrested gang members") are
no intervention in a protest (ACLED)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sentence_actors, sides

WHEN = date(2016, 3, 14)


def _inters(r) -> list[int]:  # type: ignore[no-untyped-def]
    return sorted(inter for _, inter in sides(r))


@pytest.mark.parametrize(
    "text",
    [
        "Market vendors and farmers nearly lynch a herbalist accused of theft in Kibwezi before police intervene.",
        "Two Somali traders are beaten and nearly lynched in a Kisumu estate by an angry mob. Police were able to intervene before anyone was killed.",
    ],
)
def test_a_force_that_stops_a_lynching_is_no_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Mob violence"
    assert _inters(r) == [5, 7]


def test_a_force_that_intervenes_in_a_riot_is_its_other_side(coder) -> None:  # type: ignore[no-untyped-def]
    # not a lynching: the force that stepped in is still the riot's other side
    r = first_report(
        coder,
        "Students in Embu rioted over exam rules and stoned vehicles. Police intervened to break up the riot.",
        WHEN,
    )
    assert _inters(r) == [1, 5]


@pytest.mark.parametrize(
    "text",
    [
        "An AP officer from Mwingi was lynched by villagers for reasons that are not known.",
        "Two GSU officers were attacked by a mob of boda boda riders in Isiolo town.",
    ],
)
def test_an_officer_of_a_police_unit_is_the_police(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert _inters(r) == [1, 5]
    assert any(name.startswith("Police Forces of Kenya") for name, _ in sides(r))


def test_an_officer_hurt_is_the_police(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, "1 officer killed by suspected gang members in Ruiru", "KEN", WHEN)
    assert any(name.startswith("Police Forces of Kenya") for name, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "The returning officer was chased away by voters in Bomet.",
        "A clinical officer was chased away by angry relatives in Bomet.",
    ],
)
def test_an_officer_of_another_office_is_not_the_police(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(name.startswith("Police") for name, _ in sentence_actors(nlp, text, "KEN", WHEN))


def test_a_unit_already_named_is_not_read_twice(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(
        nlp,
        "Two General Service Unit (GSU) officers were wounded in a shootout with herders in Baringo.",
        "KEN",
        WHEN,
    )
    assert found and all(name.endswith("General Service Unit") for name, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        "Hawkers protested in Nakuru town after a stall was burnt down. The owner of the building was arrested.",
        "Matatu operators protested in Thika over extortion by a gang. Police said they had arrested several gang members.",
    ],
)
def test_arrests_of_others_are_no_intervention(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Peaceful protest"
    assert _inters(r) == [6]


def test_arrests_of_the_crowd_are_an_intervention(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "Students of Kisii University protested over fees. Police arrested 12 students.", WHEN
    )
    assert r.sub_event_type == "Protest with intervention"
    assert _inters(r) == [1, 6]


def test_a_force_named_first_of_two_that_clashed_is_a_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "Police and ODM supporters clashed when officers tried to stop a rally in Homa Bay town.", WHEN
    )
    assert _inters(r) == [1, 5]


def test_two_parties_supporters_that_clashed_riot_on_both_sides(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Jubilee and ODM supporters clashed in Homa Bay town, injuring four.", WHEN)
    assert _inters(r) == [5, 5]


def test_a_people_of_another_country_keeps_its_home(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Jie raiders attacked a Turkana village in Lokiriama and stole 300 goats.", WHEN)
    assert any(name == "Jie Ethnic Militia (Uganda)" for name, _ in sides(r)), sides(r)


def test_a_people_of_the_events_country_takes_it(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Pokot raiders attacked a Turkana village in Kapedo and stole 300 goats.", WHEN)
    assert any(name == "Pokot Ethnic Militia (Kenya)" for name, _ in sides(r)), sides(r)


def test_a_south_sudanese_people_before_independence_is_sudans(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Toposa raiders attacked a Turkana village near Lokichoggio and drove off 200 cattle."
    assert ("Toposa Ethnic Militia (Sudan)", 4) in sides(first_report(coder, text, date(2009, 5, 1)))
    assert ("Toposa Ethnic Militia (South Sudan)", 4) in sides(first_report(coder, text, date(2015, 5, 1)))
