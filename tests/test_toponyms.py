"""Place resolution: loose matches stay near the text's focus, the admin hierarchy constrains and
backs up a name, US state abbreviations, second-order regions, and the country focus.

All texts here are invented for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.geo.gazetteer import Gazetteer
from dateline.geo.toponyms import recognise, resolve
from dateline.record import Article, Location

PUBLISHED = date(2020, 3, 10)


@pytest.fixture(scope="module")
def gazetteer(coder) -> Gazetteer:  # type: ignore[no-untyped-def]
    return coder.gazetteer  # type: ignore[no-any-return]


def _first_location(coder, text: str) -> Location | None:  # type: ignore[no-untyped-def]
    coded = coder.code(Article.from_text(text, published=PUBLISHED))
    assert coded.events, "expected a report"
    return coded.events[0].location


def _resolved(coder, text: str):  # type: ignore[no-untyped-def]
    doc = coder.nlp(text)
    tops = recognise(doc, gazetteer=coder.gazetteer)
    focus = resolve(tops, coder.gazetteer)
    return tops, focus


def test_second_order_regions_are_indexed(gazetteer: Gazetteer) -> None:
    places, exact = gazetteer.lookup_match("Gulran")
    assert exact
    district = next(p for p in places if p.feature == "ADM2")
    assert district.country == "AFG" and district.admin1 is not None
    # Placed inside Afghanistan's west (Herat), not at some default point.
    assert 33 < district.lat < 37 and 60 < district.lon < 64


def test_loose_match_flag(gazetteer: Gazetteer) -> None:
    assert gazetteer.lookup_match("Aleppo")[1] is True
    places, exact = gazetteer.lookup_match("Deir Ezzor")
    assert places and exact is False
    assert gazetteer.lookup("Deir Ezzor") == places


def test_district_in_province_resolves_inside_the_country(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(
        coder, "On 8 March 2020, Taliban militants attacked a police post in Gulran district, Herat, killing two policemen."
    )
    assert loc is not None and loc.country == "AFG"
    assert loc.geo_precision == 2 and loc.admin2 is not None


def test_unknown_district_falls_back_to_its_province(coder) -> None:  # type: ignore[no-untyped-def]
    # "Zorbakhel" is made up: its loose skeleton must not pull in a same-sounding town abroad.
    loc = _first_location(
        coder, "On 8 March 2020, Taliban militants attacked a checkpoint in Zorbakhel district, Helmand, killing three soldiers."
    )
    assert loc is not None and loc.country == "AFG"
    assert loc.admin1 is not None and "helmand" in loc.admin1.lower()
    assert loc.geo_precision in (2, 3)


def test_loose_matches_stay_in_the_focus_country(coder) -> None:  # type: ignore[no-untyped-def]
    tops, focus = _resolved(
        coder, "Afghan forces said Taliban fighters attacked Nijrab district, Kapisa, and fled towards Tagab district, Kapisa."
    )
    assert focus == "AFG"
    assert all(t.place is None or t.place.country == "AFG" for t in tops)


@pytest.mark.parametrize(("text", "state"), [("Springfield, Ill.", "Illinois"), ("Springfield, Mo.", "Missouri")])
def test_us_state_abbreviation_picks_the_state(coder, text: str, state: str) -> None:  # type: ignore[no-untyped-def]
    tops, _focus = _resolved(coder, f"Two men were shot dead outside a bar in {text} on Saturday night.")
    town = next(t for t in tops if t.text == "Springfield")
    assert town.place is not None and town.place.country == "USA"
    assert town.place.admin1 == state


def test_people_named_after_their_town_give_the_place(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "On 2 March 2020, Mombasa traders protested against new county levies.")
    assert loc is not None and loc.country == "KEN" and loc.name == "Mombasa"


def test_road_named_for_towns_gives_the_first_town(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "On 2 March 2020, residents protested on the Eldoret-Kitale road over a land dispute.")
    assert loc is not None and loc.country == "KEN" and loc.name == "Eldoret"


def test_footer_place_does_not_flip_the_focus(coder) -> None:  # type: ignore[no-untyped-def]
    tops, focus = _resolved(
        coder,
        "Police in Kisumu fired tear gas at protesters. Later, rioters in Kisumu and Nakuru burned tyres.\n\n"
        "The author lives in Chicago.",
    )
    assert focus == "KEN"
    assert any(t.place is not None and t.place.name == "Nakuru" for t in tops)


def test_town_called_by_its_main_name_beats_a_bigger_alias(coder) -> None:  # type: ignore[no-untyped-def]
    tops, _focus = _resolved(coder, "Hundreds of traders rallied in Islamabad against new taxes.")
    town = next(t for t in tops if t.text == "Islamabad")
    assert town.place is not None and town.place.country == "PAK"
