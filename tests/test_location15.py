"""Round 15, places a note names only through its people or their bodies: a town that opens an
institution's name, and a region or city the sentence names its people for, when nothing else
places the event. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

from dateline.extract.events import _institution_town
from dateline.geo.gazetteer import Gazetteer
from tests.event_checks import first_event

PUBLISHED = "2015-06-20"


_first = partial(first_event, published=PUBLISHED)


def test_a_town_opening_an_association_name_places_the_protest_near_it() -> None:
    r = _first("The Nakuru Traders Association held a demonstration against county levies.")
    assert r.location is not None and r.location.name == "Nakuru"
    assert r.location.geo_precision == 2
    assert any(e.field == "location" and e.text == "Nakuru" for e in r.evidence)


def test_the_town_must_open_the_name_of_the_newer_bodies() -> None:
    gazetteer = Gazetteer.open()
    text = "Workers of the State Sector Bank Employees Association protested."
    assert _institution_town(text, 0, len(text), gazetteer, "IND") is None
    opened = "Members of the Nakuru Traders Association protested."
    found = _institution_town(opened, 0, len(opened), gazetteer, "KEN")
    assert found is not None and found[0].name == "Nakuru"
    assert opened[found[1] : found[2]] == "Nakuru"


def test_a_body_named_with_of_gives_its_town() -> None:
    gazetteer = Gazetteer.open()
    text = "Lawyers of the District Bar of Nyeri went on strike."
    found = _institution_town(text, 0, len(text), gazetteer, "KEN")
    assert found is not None and found[0].name == "Nyeri"


def test_the_region_its_people_are_named_for_beats_the_bare_country() -> None:
    r = _first("Uttarakhand youth activists demonstrated towards the Chief Minister's residence.")
    assert r.location is not None and r.location.country == "IND"
    assert r.location.admin1 is not None and r.location.name.startswith("Uttar")
    assert r.location.geo_precision >= 2
