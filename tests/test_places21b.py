"""Round 21b place rules: places read abroad. A capitalised word known only as a foreign town's
alternate name, a small namesake abroad against the text's own country words, a country by an
alternate name against a region by its own, a town in the county of its name, a name the NER
model cut short, and a town given with its district and province.

All texts here are invented for these tests."""

from __future__ import annotations

from datetime import date

from dateline.geo.toponyms import Toponym, _whole_names
from dateline.pipeline import Coder
from dateline.record import Article, Location
from dateline.time.anchor import NOTE_GENRE
from tests.event_checks import first_location

PUBLISHED = date(2019, 6, 20)


def _first_location(coder, text: str) -> Location | None:  # type: ignore[no-untyped-def]
    return first_location(coder, text, PUBLISHED)  # type: ignore[no-any-return]


def _reports(coder: Coder, text: str):  # type: ignore[no-untyped-def]
    return coder.code(Article.from_text(text, id="t", published=PUBLISHED, genre=NOTE_GENRE)).events


def test_a_word_known_only_as_a_foreign_towns_other_name_places_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    # "Human" is one of Uman's (Ukraine) foreign names, not its own: no town of the text
    loc = _first_location(
        coder, "Human rights defenders marched to parliament on Monday to demand the release of a blogger."
    )
    assert loc is None or loc.country != "UKR"


def test_a_small_namesake_abroad_yields_to_the_texts_own_country(coder) -> None:  # type: ignore[no-untyped-def]
    # the party and the "upazila" speak for Bangladesh; Italy's small Santhià is a namesake
    loc = _first_location(
        coder,
        "Activists of the Bangladesh Nationalist Party clashed with police in Santhia upazila on Friday.",
    )
    assert loc is not None and loc.country == "BGD"


def test_a_country_by_an_alternate_name_does_not_outrank_a_region_by_its_own(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "Hundreds of teachers protested in Sikkim over unpaid wages on Tuesday.")
    assert loc is not None and loc.country == "IND" and loc.name == "Sikkim"


def test_a_town_in_the_county_of_its_own_name_beats_a_namesake_abroad(coder) -> None:  # type: ignore[no-untyped-def]
    loc = _first_location(coder, "Gunmen shot a trader dead in the market town of Kwale on Friday.")
    assert loc is not None and loc.country == "KEN" and loc.name == "Kwale"


def test_a_name_cut_short_is_read_whole_where_the_gazetteer_knows_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Two constables were shot at a checkpoint in Dera Ismail Khan late on Sunday."
    start = text.index("Dera")
    tops = _whole_names(text, [Toponym("Dera", start, start + 4, "Dera", None, False)], coder.gazetteer)
    assert [(t.text, t.query, t.end) for t in tops] == [
        ("Dera Ismail Khan", "Dera Ismail Khan", start + len("Dera Ismail Khan"))
    ]
    # a longer run the gazetteer does not know stays as it was
    text = "Protesters gathered outside Nairobi Police Headquarters on Monday."
    start = text.index("Nairobi")
    tops = _whole_names(text, [Toponym("Nairobi", start, start + 7, "Nairobi", None, False)], coder.gazetteer)
    assert [t.text for t in tops] == ["Nairobi"]


def test_a_town_given_with_its_district_and_province_is_one_place(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(
        coder, "A landmine killed three labourers in Dera Murad Jamali, Nasirabad , Balochistan on Monday."
    )
    assert len(reports) == 1
    r = reports[0]
    assert r.location is not None and r.location.name == "Dera Murad Jamali" and r.fatalities.best == 3


def test_a_list_of_places_still_splits(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(
        coder, "Farmers rallied in Panglong, Loilem, and Hopong on Monday against land seizures."
    )
    assert len(reports) >= 2
