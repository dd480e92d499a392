"""Round 16b place rules: a constituency named for its district plus a compass word, containers
given in brackets, and "Sub County" written as two words.

All texts here are invented for these tests."""

from __future__ import annotations

from datetime import date

from dateline.record import Location
from tests.event_checks import first_location, resolved

PUBLISHED = date(2019, 6, 20)


def _first_location(coder, text: str) -> Location | None:  # type: ignore[no-untyped-def]
    return first_location(coder, text, PUBLISHED)  # type: ignore[no-any-return]


_resolved = resolved


def _top(tops, name: str):  # type: ignore[no-untyped-def]
    return next(t for t in tops if t.text == name)


def test_a_compass_constituency_is_its_district_seat(coder) -> None:  # type: ignore[no-untyped-def]
    # "Marakwet East": the gazetteer knows "Marakwet" only as another name of Kapsowar, the seat
    loc = _first_location(coder, "On Sunday, bandits shot dead a herder in Marakwet East and drove off his goats.")
    assert loc is not None and loc.country == "KEN" and loc.name == "Kapsowar"


def test_a_bracketed_name_is_the_place_holding_the_one_before(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "On Monday, hundreds of traders protested against new levies in Kithirune (Central Imenti, Meru).")
    assert loc is not None and loc.country == "KEN" and loc.name == "Meru"
    tops, _focus = _resolved(coder, "On Monday, police shot dead two robbery suspects in Banita (Nakuru).")
    assert _top(tops, "Banita").container is _top(tops, "Nakuru")


def test_an_acronym_in_brackets_is_no_place(coder) -> None:  # type: ignore[no-untyped-def]
    tops, _focus = _resolved(coder, "Troops killed two militants along the Line of Control (LoC) in Poonch on Friday.")
    assert not any(t.text == "LoC" for t in tops)


def test_sub_county_in_two_words_is_the_unit_of_its_town(coder) -> None:  # type: ignore[no-untyped-def]
    tops, _focus = _resolved(coder, "Police shot dead a robbery suspect in Kibundani, Msambweni Sub County, on Tuesday.")
    t = next(t for t in tops if t.text.startswith("Msambweni"))
    assert t.place is not None and t.place.country == "KEN" and t.place.name == "Msambweni"


def test_a_bracketed_alias_before_a_kind_word_is_no_container(coder) -> None:  # type: ignore[no-untyped-def]
    # "X (Y) district": Y is another name of the district, not the place that holds it
    tops, _focus = _resolved(coder, "On 2 March, a drone strike killed four militants in Chawkay (Suki) district, Kunar.")
    assert _top(tops, "Chawkay").container is None or _top(tops, "Chawkay").container.text != "Suki"
