"""Round 16 (leads): the country of an event no place settles, read from the nationality of the
people hurt rather than from the foreign force's name; and names that tell India from Pakistan
where a place name ("Punjab", "Hyderabad") lies on both sides of the border."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import victims_nation
from dateline.extract.countries import context_votes
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2015, 6, 4)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.model
def test_the_victims_nationality_is_read_apart_from_the_force_s(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Two Bangladeshi cattle traders were shot dead by Indian border guards on Sunday.")
    assert victims_nation(doc, "IND") == "BGD"
    # the text's country must be the force's for the victims to move it
    assert victims_nation(doc, "BGD") is None
    # people a force arrests or deports are no victims that move the event abroad
    assert victims_nation(nlp("Kenyan police arrested twelve Somali nationals on Monday."), "KEN") is None
    # with no force named by a nation, nothing is read
    assert victims_nation(nlp("Gunmen shot dead two Bangladeshi traders on Sunday."), "IND") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country", "force", "victims"),
    [
        (
            "Two Bangladeshi cattle traders were shot dead by Indian Border Security Force (BSF) personnel on Sunday.",
            "BGD", "Forces of India", "Civilians (Bangladesh)",
        ),
        ("Ethiopian soldiers abducted nine Kenyan fishermen on Tuesday.", "KEN", "Forces of Ethiopia", "Civilians (Kenya)"),
    ],
)
def test_an_unplaced_attack_happens_where_its_victims_are(coder, text: str, country: str, force: str, victims: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.location is not None and r.location.country == country, r.location
    sides = _sides(r)
    # the force acts abroad: an external force (ACLED inter 8)
    assert any(force in name and inter == 8 for name, inter in sides), sides
    assert (victims, 7) in sides, sides


@pytest.mark.model
def test_a_place_named_still_places_the_event(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Indian troops shot dead two Pakistani villagers in Kupwara district on Sunday.")
    assert r.location is not None and r.location.country == "IND", r.location


@pytest.mark.model
def test_arrests_of_foreigners_stay_at_home(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Kenyan police arrested twelve Somali nationals on Monday.")
    assert r.location is not None and r.location.country == "KEN", r.location


def test_indian_and_pakistani_institutions_vote_for_their_country() -> None:
    assert context_votes("protests against the land ordinance of the Union government") == {"IND": 1}
    assert context_votes("students rallied at Panjab University") == {"IND": 1}
    assert context_votes("BKU activists blocked the highway") == {"IND": 1}
    assert context_votes("a bill passed by the Sindh government") == {"PAK": 1}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Farmers staged protests across Punjab on Monday against the land ordinance of the Union government.", "IND"),
        ("Students protested at Panjab University on Tuesday against a rise in hostel fees.", "IND"),
        ("Clerks demonstrated outside the Hyderabad press club on Monday against a bill passed by the Sindh Government.", "PAK"),
    ],
)
def test_a_place_on_both_sides_of_the_border_follows_the_text_s_institutions(coder, text: str, country: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.actor1 is not None and r.actor1.name == f"Protesters ({'India' if country == 'IND' else 'Pakistan'})", _sides(r)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "On Monday Thai rangers and police together fought insurgents beside a school in Bana village.",
        "Indian police and paramilitary CRPF men fought with rioters at Narbal on Tuesday.",
    ],
)
def test_two_services_of_one_state_are_one_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    sides = _sides(_report(coder, text))
    assert len(sides) == 2 and sum(inter == 1 for _n, inter in sides) == 1, sides


@pytest.mark.model
def test_two_services_with_no_armed_man_or_crowd_named_keep_no_civilian_side(coder) -> None:  # type: ignore[no-untyped-def]
    # no armed man or crowd besides the two services: no civilian is made their other side
    sides = _sides(_report(coder, "Soldiers and police patrolled the market in Garissa on Monday after a grenade attack."))
    assert all(inter != 7 for _n, inter in sides), sides
