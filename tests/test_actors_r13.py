"""Actors, round 13 (Kenya): a town whose only namesake abroad has no known size places the text,
Nairobi's estates place a text in Kenya, attacks over land told in other words are communal, and
people a crowd sets on by hand are the civilians of mob violence."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

pytestmark = pytest.mark.model

WHEN = date(2018, 6, 4)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


def test_a_namesake_abroad_of_no_known_size_is_no_rival(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.countries import _name_country

    # Molo: a Kenyan town of some 48,000 people, and a place of no recorded size in China
    places, exact = coder.gazetteer.lookup_match("Molo")
    assert exact and any(p.country != "KEN" and p.population == 0 for p in places), places
    assert _name_country("Molo", coder.gazetteer, False) == "KEN"
    # a place abroad that has the name only among its other names stays a rival (Kanda, a Tokyo
    # district, and a name shared by places in Pakistan and elsewhere)
    places, exact = coder.gazetteer.lookup_match("Kanda")
    if exact and any(p.country != "JPN" and p.population == 0 and p.name != "Kanda" for p in places):
        assert _name_country("Kanda", coder.gazetteer, False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Kibera protest against the demolition of their stalls.",
        "Residents of Korogocho protest over water shortages.",
    ],
)
def test_a_nairobi_estate_places_the_text_in_kenya(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.actor1 is not None and r.actor1.name == "Protesters (Kenya)", _sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "A farmer was attacked and injured near Londiani over a land disagreement on Sunday.",
        "Two women were attacked and hurt in an attack over land control near Kapsabet on Sunday.",
    ],
)
def test_an_attack_over_land_in_other_words_is_communal(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.sub_event_type == "Attack", (r.sub_event_type, _sides(r))
    assert sorted(i for _n, i in _sides(r)) == [4, 7], _sides(r)


def test_people_a_crowd_sets_on_are_the_civilians_of_mob_violence(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Pupils of a boarding school in Kisii pelted their teachers with stones over a cancelled trip on Monday.")
    assert sorted(i for _n, i in _sides(r)) == [5, 7], (r.sub_event_type, _sides(r))


def test_road_users_stoned_at_a_barricade_are_bystanders(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Students blocked the highway in Eldoret and stoned motorists to protest against higher fees on Monday.")
    assert [i for _n, i in _sides(r)] != [5, 7], (r.sub_event_type, _sides(r))


@pytest.mark.parametrize(
    "text",
    [
        "Armed group believed to be Al Shabaab attacks police officers near Lamu.",
        "Unknown gunmen believed to be Al Shabaab fighters attacked a police post in Lamu on Sunday.",
    ],
)
def test_an_unnamed_group_believed_to_be_a_named_one_is_that_group(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert sorted(i for _n, i in _sides(r)) == [1, 2], _sides(r)
    assert not any(n.startswith("Unidentified") for n, _i in _sides(r)), _sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday al-Shabaab claimed responsibility for an attack on a police post in Mandera in which two officers were killed.",
        "Two police officers were killed when gunmen attacked their camp in Mandera on Sunday. Al-Shabaab claimed the attack.",
    ],
)
def test_the_group_that_claims_an_attack_on_the_police_is_the_attacker(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert {(name.split(" (")[0], inter) for name, inter in _sides(r)} == {("Al Shabaab", 2), ("Police Forces of Kenya", 1)}, r
