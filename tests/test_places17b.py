"""Round 17b place rules: a party's local chapter names its town, a town placed in a district it
does not lie in yields to the district, Pakistan's tribal agencies are districts, a county's
name that says who people are yields to the place, and a capitalised area word opening a
body's name ("the Central Bureau of Investigation") makes no place.

All texts here are invented for these tests."""

from __future__ import annotations

from datetime import date

from dateline.record import Location
from tests.event_checks import first_location, resolved

PUBLISHED = date(2015, 6, 20)


def _first_location(coder, text: str) -> Location | None:  # type: ignore[no-untyped-def]
    return first_location(coder, text, PUBLISHED)  # type: ignore[no-any-return]


def test_a_party_chapter_names_its_town(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "JUI Sukkur Chapter workers marched against load shedding.")
    assert loc is not None and loc.country == "PAK" and loc.name == "Sukkur"


def test_a_town_said_to_lie_in_a_district_it_is_not_in_yields_to_the_district(coder) -> None:  # type: ignore[no-untyped-def]
    # the gazetteer's Mandi lies in Himachal Pradesh; the sector is in Poonch district
    loc = _first_location(coder, "Indian troops returned fire on Wednesday in Mandi sector of Poonch district after posts were hit.")
    assert loc is not None and loc.country == "IND" and loc.admin1 is not None and "Jammu" in loc.admin1
    # an upazila named after its town holds the village in its own division
    loc = _first_location(
        coder, "Police said a farmer died when two village factions fought with sticks at Ramganj in Lalmohan upazila, Bhola district."
    )
    assert loc is not None and loc.name == "Lālmohan"


def test_a_town_in_its_own_district_keeps_its_place(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "Two people were hurt when rival supporters clashed in Gilgil, Nakuru County.")
    assert loc is not None and loc.name == "Gilgil"
    # a province is not read so: GeoNames files some towns under an older one
    loc = _first_location(coder, "Gunmen killed a mayoral candidate in San Martin de Pangoa in the Apurimac river valley.")
    assert loc is not None and loc.name == "San Martín de Pangoa"


def test_a_tribal_agency_is_a_district(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "Jets struck hideouts in North Waziristan Agency on Sunday, killing twelve militants.")
    assert loc is not None and loc.country == "PAK" and loc.text == "North Waziristan" and loc.geo_precision == 2
    loc = _first_location(coder, "Soldiers and militants exchanged fire for hours in Kurram Agency on Friday.")
    assert loc is not None and loc.name is not None and loc.name.startswith("Kurram")
    # a news or state agency stays none
    tops, _focus = resolved(coder, "Xinhua News Agency said police fired tear gas at protesters in Dhaka.")
    assert [t.text for t in tops] == ["Dhaka"]


def test_a_county_name_that_says_who_people_are_yields_to_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "Fighting between Turkana militia and police reservists in Kitale left six dead.")
    assert loc is not None and loc.name == "Kitale"


def test_a_capitalised_area_word_opening_a_body_name_is_no_place(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Lawyers demonstrated near the Central Bureau of Investigation building in Lucknow on Monday."
    tops, _focus = resolved(coder, text)
    assert [t.text for t in tops] == ["Lucknow"]
    loc = _first_location(coder, text)
    assert loc is not None and loc.country == "IND" and loc.name == "Lucknow"
