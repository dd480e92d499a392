"""Where a report's event happened when its own sentence is vague: a bare country yields to a
place inside it, named in the sentence or in the sentences after it; and romanisation variants
of Arabic names ("Hassakeh") reach the gazetteer. Every sentence here is written for the test."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from dateline.geo.names import doubled_keys, spelling_keys
from dateline.record import Article, Location

pytestmark = pytest.mark.model


def place_of(coder: Any, text: str) -> Location | None:
    coded = coder.code(Article.from_text(text, published=date(2021, 5, 10)))
    assert coded.events, text
    return coded.events[0].location


def test_spelling_keys_cover_shadda_and_ta_marbuta() -> None:
    assert "hasakeh" in spelling_keys("Hassakeh") and "hasakah" in spelling_keys("Hassakeh")
    assert "raqa" in spelling_keys("Raqqa") and "raqqah" in spelling_keys("Raqqa")
    assert spelling_keys("Idlib") == [] and spelling_keys("Ham") == []  # nothing to vary, or too short


def test_a_doubled_spelling_still_finds_the_place(coder: Any) -> None:
    places, exact = coder.gazetteer.lookup_match("Hassakeh")
    assert not exact and any(p.country == "SYR" and p.admin1 == "Al Ḩasakah" for p in places)


def test_a_demonym_yields_to_the_province_it_qualifies(coder: Any) -> None:
    loc = place_of(coder, "Gunmen shot dead four farmers on Sunday in the eastern Syrian province of Hassakeh.")
    assert loc is not None and loc.country == "SYR" and loc.admin1 == "Al Ḩasakah"


def test_a_lead_naming_only_the_country_takes_the_town_named_next(coder: Any) -> None:
    loc = place_of(
        coder,
        "Air strikes killed 12 civilians in northern Syria on Sunday. "
        "The raids hit a vegetable market in the town of Saraqib, residents said.",
    )
    assert loc is not None and loc.name == "Saraqib" and loc.geo_precision == 2


def test_a_town_named_next_in_another_country_is_not_taken(coder: Any) -> None:
    loc = place_of(
        coder,
        "A car bomb killed seven soldiers in Syria on Sunday. "
        "Diplomats meeting in Geneva said talks would resume next week.",
    )
    assert loc is not None and loc.country == "SYR" and loc.admin1 is None and loc.geo_precision == 3


def test_a_single_letter_spelling_finds_the_doubled_name(coder: Any) -> None:
    assert "raqqa" in doubled_keys("Raqa") and doubled_keys("Ham") == []
    places, exact = coder.gazetteer.lookup_match("Raqa")
    assert not exact and any(p.country == "SYR" and p.admin1 == "Ar Raqqah" for p in places)


def test_a_backer_is_not_where_the_event_happened(coder: Any) -> None:
    loc = place_of(coder, "A US-led coalition air strike killed nine fighters on Monday in the town of Raqa.")
    assert loc is not None and loc.country == "SYR" and loc.admin1 == "Ar Raqqah"


def test_a_district_of_a_town_is_a_part_of_that_town(coder: Any) -> None:
    loc = place_of(coder, "A car bomb killed four people on Friday in the Salah al-Din district of Aleppo.")
    assert loc is not None and loc.country == "SYR" and loc.admin1 == "Ḩalab" and loc.name != "Şalāḩ ad Dīn"


def test_a_district_of_a_province_stays_a_district(coder: Any) -> None:
    loc = place_of(coder, "Gunmen killed two police officers on Friday in the Maywand district of Kandahar.")
    assert loc is not None and loc.country == "AFG" and loc.admin1 == "Kandahār"


def test_a_country_possessive_without_its_apostrophe_names_the_place_after_it(coder: Any) -> None:
    loc = place_of(coder, "Jets struck a market in western Syrias Idlib province on Saturday, killing nine people.")
    assert loc is not None and loc.country == "SYR" and loc.admin1 == "Idlib"


def test_a_word_ending_in_s_is_not_read_as_a_possessive(coder: Any) -> None:
    from dateline.geo.toponyms import recognise

    doc = coder.nlp("Police said Texas Rangers arrested two men in Austin on Monday.")
    tops = recognise(doc, gazetteer=coder.gazetteer)
    assert not any(t.text == "Texa" for t in tops)


def test_a_country_possessive_with_its_apostrophe_names_the_county_after_it(coder: Any) -> None:
    loc = place_of(coder, "Six herders were killed in clashes in northern Kenya's Isiolo County on Monday.")
    assert loc is not None and loc.country == "KEN" and loc.admin1 == "Isiolo"


def test_a_person_after_a_country_possessive_is_no_place(coder: Any) -> None:
    from dateline.geo.toponyms import recognise

    doc = coder.nlp("Russia's Vladimir Putin met the envoy in Moscow on Monday.")
    assert "Vladimir" not in [t.text for t in recognise(doc, gazetteer=coder.gazetteer)]


def test_an_acronym_after_a_country_possessive_is_no_place(coder: Any) -> None:
    from dateline.geo.toponyms import recognise

    doc = coder.nlp("A car bomb killed 20 people near the city of Deir al-Zor, Syrias SANA news agency reported.")
    assert "SANA" not in [t.text for t in recognise(doc, gazetteer=coder.gazetteer)]


def test_a_town_name_run_into_the_next_words_is_cut_to_the_town(coder: Any) -> None:
    loc = place_of(coder, "A car bomb killed 20 people on Friday near the city of Deir al-Zor Syrian state media reported.")
    assert loc is not None and loc.country == "SYR" and loc.admin1 == "Dayr az Zawr"


def test_an_event_known_only_by_its_province_sits_at_the_provincial_capital(coder: Any) -> None:
    # ACLED's geo_precision 3: the region's main town, not the middle of the region
    loc = place_of(coder, "Two soldiers were killed on Sunday when rebels attacked a checkpoint in Helmand province.")
    seat = coder.gazetteer.region_seat(next(p for p in coder.gazetteer.lookup("Helmand") if p.feature == "ADM1"))
    assert seat is not None and seat.admin1 == "Helmand" and seat.feature == "P"
    assert loc is not None and loc.geo_precision == 3 and loc.admin1 == "Helmand" and loc.name == "Helmand"
    assert (loc.lat, loc.lon) == (seat.lat, seat.lon)


def test_a_town_named_in_the_report_keeps_its_own_point(coder: Any) -> None:
    loc = place_of(coder, "A roadside bomb killed three police officers on Sunday in the town of Sangin, Helmand.")
    assert loc is not None and loc.geo_precision < 3 and loc.name.startswith("Sang")


def test_an_ezafe_name_is_not_split_at_its_first_hyphen(coder: Any) -> None:
    # "Shahrak-e-Naw village" is one name: its first word is not the district of Shahrak in Ghor
    from dateline.geo.toponyms import recognise, resolve

    doc = coder.nlp("Gunmen killed a shopkeeper on Monday in the Shahrak-e-Naw village of Zarkand district, Balkh.")
    tops = recognise(doc, gazetteer=coder.gazetteer)
    resolve(tops, coder.gazetteer)
    village = next(t for t in tops if t.text.startswith("Shahrak"))
    assert village.place is None or village.place.admin1 == "Balkh"
    # a name that joins two towns still gives the first one ("the Kabul-Jalalabad highway")
    doc = coder.nlp("A bomb hit a bus on the Kabul-Jalalabad highway in Afghanistan on Monday.")
    tops = recognise(doc, gazetteer=coder.gazetteer)
    resolve(tops, coder.gazetteer)
    road = next(t for t in tops if t.text.startswith("Kabul"))
    assert road.place is not None and road.place.name == "Kabul"


def test_a_lead_naming_only_the_country_takes_the_district_named_next(coder: Any) -> None:
    loc = place_of(
        coder,
        "Foreign jets bombed insurgent positions in Afghanistan on Sunday. "
        "Officials said the raids were carried out in Sangin district of Helmand.",
    )
    assert loc is not None and loc.country == "AFG" and loc.admin1 == "Helmand" and loc.geo_precision == 2


def test_a_town_abroad_named_before_does_not_place_the_event(coder: Any) -> None:
    loc = place_of(
        coder,
        "Ministers met in Geneva on Monday to discuss the war in Syria. "
        "Government jets bombed a rebel-held village on Tuesday, killing nine people, a monitor said.",
    )
    assert loc is not None and loc.country == "SYR"


def test_a_lead_naming_only_the_country_takes_a_town_named_several_sentences_later(coder: Any) -> None:
    loc = place_of(
        coder,
        "Syrian government warplanes killed 14 people in Syria on Sunday, activists said. "
        "The Syrian Observatory for Human Rights gave the toll. It said five children were among the dead. "
        "Rescue workers searched the rubble for hours. The group said more bodies were expected. "
        "The raids hit a crowded market in the town of Saraqib.",
    )
    assert loc is not None and loc.name == "Saraqib" and loc.admin1 == "Idlib" and loc.geo_precision == 2


def test_the_capital_of_the_country_in_question_places_the_event(coder: Any) -> None:
    loc = place_of(coder, "Two bombs exploded in the capital's Gulshan area on Monday, Bangladeshi police said.")
    assert loc is not None and loc.name == "Dhaka" and loc.geo_precision == 1
    loc = place_of(coder, "Suicide bombers struck a shrine near Syria's capital on Saturday, killing 20 people.")
    assert loc is not None and loc.name == "Damascus" and loc.geo_precision == 2
    assert coder.gazetteer.capital("KEN") is not None and coder.gazetteer.capital("KEN").name == "Nairobi"


def test_a_province_capital_is_not_the_national_capital(coder: Any) -> None:
    loc = place_of(coder, "Five bombs exploded across Pattani's capital city in Thailand on Monday, police said.")
    assert loc is not None and loc.name != "Bangkok" and loc.admin1 == "Pattani"


# Round 5: notes that name no country, places named with their region, roads and features.


def test_a_feature_named_for_a_town_places_a_note_that_names_no_country(coder: Any) -> None:
    # no demonym, no country: the town in the feature's name lies in one country only
    loc = place_of(coder, "Traders at Nanyuki Market protested on Tuesday against new levies.")
    assert loc is not None and loc.country == "KEN" and loc.name == "Nanyuki" and loc.geo_precision == 2


def test_a_feature_is_matched_by_the_leading_words_that_name_its_town(coder: Any) -> None:
    loc = place_of(coder, "Nurses at the Machakos Level Five Hospital went on strike on Monday over unpaid allowances.")
    assert loc is not None and loc.country == "KEN" and loc.admin1 == "Machakos" and loc.geonames_id is not None
    assert coder.gazetteer.get(loc.geonames_id).feature == "P"


def test_a_shortened_feature_name_must_be_a_towns_own_name(coder: Any) -> None:
    from dateline.geo.toponyms import Toponym, _feature_match

    # "Bust" is only an old alternate name of Lashkar Gah: "Bust Stand" is no place there
    t = Toponym("Bust Stand area", 0, 15, "Bust Stand area", None, True)
    assert _feature_match(t, coder.gazetteer)[0] == []
    own = Toponym("Nanyuki Stock Market", 0, 20, "Nanyuki Stock Market", None, True)
    places, name = _feature_match(own, coder.gazetteer)
    assert name == "Nanyuki" and {p.country for p in places} == {"KEN"}


def test_a_town_named_with_its_county_is_coded_at_the_town(coder: Any) -> None:
    # both names come before the trigger: the county is the nearer, the town the answer
    loc = place_of(coder, "In Wundanyi, Taita-Taveta County, police shot dead two robbery suspects on Sunday.")
    assert loc is not None and loc.name == "Wundanyi" and loc.geo_precision == 1


def test_a_road_named_for_two_towns_yields_to_the_town_named_on_it(coder: Any) -> None:
    loc = place_of(coder, "At Iten on the Eldoret-Kapsabet road, farmers protested on Monday against low maize prices.")
    assert loc is not None and loc.name == "Iten"


def test_a_feature_in_a_named_region_takes_its_own_town(coder: Any) -> None:
    loc = place_of(coder, "Students clashed with police at Meerut University in Uttar Pradesh on Friday.")
    assert loc is not None and loc.country == "IND" and loc.name == "Meerut" and loc.geo_precision == 2


def test_a_state_yields_to_the_district_named_inside_it(coder: Any) -> None:
    # "X LGA of Y State" is no container link the recogniser reads; the state still holds the district
    loc = place_of(coder, "In a village of Shendam Local Government Area of Plateau State, gunmen attacked a market on Sunday.")
    assert loc is not None and loc.country == "NGA" and loc.name == "Shendam" and loc.geo_precision < 3


def test_a_town_given_as_a_bearing_yields_to_the_place_itself(coder: Any) -> None:
    loc = place_of(coder, "In Baquba, north of Baghdad, gunmen shot dead a judge on Monday.")
    assert loc is not None and loc.admin1 == "Diyālá" and loc.geo_precision == 1


def test_an_event_off_a_town_is_coded_at_it_with_precision_2(coder: Any) -> None:
    loc = place_of(coder, "Gunmen shot dead a judge 30 km north of Baquba on Monday.")
    assert loc is not None and loc.admin1 == "Diyālá" and loc.geo_precision == 2


def test_a_landmark_placed_only_by_the_country_yields_to_the_town(coder: Any) -> None:
    loc = place_of(coder, "A grenade thrown near the Water Tower in Kenya's Garissa town wounded five people on Friday.")
    assert loc is not None and loc.name == "Garissa" and loc.admin1 == "Garissa"


def test_a_district_named_in_the_lead_places_a_report_told_after_it(coder: Any) -> None:
    # the second sentence holds the only event word; the district the lead names places it,
    # not the bare country
    loc = place_of(coder, "In Kurigram district, the mood was tense on Monday. Unknown men torched a bus there at night.")
    assert loc is not None and loc.country == "BGD" and loc.admin2 == "Kurigram" and loc.geo_precision == 2


def test_a_town_in_a_named_township_is_coded_at_the_township_town(coder: Any) -> None:
    loc = place_of(coder, "Rebels clashed with soldiers in Kutkai Township of Shan State on Tuesday.")
    assert loc is not None and loc.country == "MMR" and loc.name == "Kutkai"


# Round 6b: destinations and homes are not the place; the most specific place the report gives.


def test_a_bus_bound_for_a_town_is_not_attacked_there(coder: Any) -> None:
    loc = place_of(coder, "Gunmen ambushed a Nairobi-bound lorry at Witu on Monday, killing two passengers.")
    assert loc is not None and loc.name == "Witu"


def test_a_town_linked_after_its_province_is_the_place(coder: Any) -> None:
    # "in Sindh in Kandhkot" reads as if the town held the province: the town is still the place
    loc = place_of(coder, "Nurses protested against low pay in Sindh in Kandhkot on Tuesday.")
    assert loc is not None and loc.name == "Kandhkot" and loc.geo_precision == 1


def test_a_district_named_after_its_province_places_a_report_told_before_it(coder: Any) -> None:
    loc = place_of(coder, "Gunmen shot dead three travellers on Monday. The killing happened in Balochistan's Zhob district.")
    assert loc is not None and loc.country == "PAK" and loc.admin2 is not None and "Zhob" in loc.admin2


# Round 8: the places of a note that names another country, examples of a region, destinations.


def test_a_town_given_as_an_example_of_a_region_is_the_place(coder: Any) -> None:
    loc = place_of(coder, "Teachers staged protests in several towns of Punjab such as Multan on Monday.")
    assert loc is not None and loc.country == "PAK" and loc.name == "Multan"


def test_a_town_a_list_includes_is_the_place_not_the_region(coder: Any) -> None:
    loc = place_of(coder, "Farmers blocked roads in three districts of Sindh, including Sukkur, on Tuesday.")
    assert loc is not None and loc.country == "PAK" and loc.name == "Sukkur"


def test_a_destination_in_the_next_sentence_does_not_place_the_lead(coder: Any) -> None:
    loc = place_of(
        coder,
        "Gunmen hurled a petrol bomb at a bus on Tuesday night, injuring two passengers. "
        "The Dhaka-bound bus was hit in Rajshahi city, police said.",
    )
    assert loc is not None and loc.name == "Rajshahi"


def test_a_town_of_one_country_is_placed_when_the_note_names_another_country(coder: Any) -> None:
    # the far country named at the end takes the note's focus; the town, known only in Kenya,
    # still places the riot
    loc = place_of(coder, "Youths rioted in Awasi on Monday after a local activist was deported to Canada.")
    assert loc is not None and loc.country == "KEN" and loc.name == "Awasi"


def test_the_place_of_what_a_protest_is_about_yields_to_the_protest_place(coder: Any) -> None:
    loc = place_of(coder, "Shopkeepers in Quetta protested the arrest of their leader in Karachi.")
    assert loc is not None and loc.name == "Quetta"


def test_a_town_named_as_a_groups_stronghold_does_not_place_the_event(coder: Any) -> None:
    loc = place_of(
        coder,
        "A roadside bomb killed six soldiers near a checkpoint on Sunday as rebels pushed towards the "
        "militants' Raqqa stronghold. The blast hit a convoy outside the town of Saraqib, residents said.",
    )
    assert loc is not None and loc.admin1 == "Idlib" and loc.name != "Ar Raqqah"


def test_a_stronghold_aimed_at_yields_to_the_town_struck(coder: Any) -> None:
    loc = place_of(
        coder,
        "Air raids killed 11 people on Monday in an offensive aimed at the jihadists' bastion of Raqqa. "
        "The strikes hit a bakery in the town of Maarat al-Numan, a monitor said.",
    )
    assert loc is not None and loc.admin1 == "Idlib"


@pytest.mark.parametrize(
    "text",
    [
        "Jets struck the rebel stronghold of Douma on Sunday, killing nine people.",
        "Fighting in the rebel stronghold of Douma killed five fighters on Sunday.",
    ],
)
def test_a_stronghold_the_event_is_in_or_strikes_is_the_place(coder: Any, text: str) -> None:
    loc = place_of(coder, text)
    assert loc is not None and loc.admin1 == "Rīf Dimashq"


def test_a_reported_cause_after_a_protest_place_is_no_source(coder: Any) -> None:
    # "following reported X" qualifies X; its words are no attribution that hides the place
    loc = place_of(coder, "Protests in Eldoret following reported police brutality against traders.")
    assert loc is not None and loc.name == "Eldoret"


def test_a_misspelt_county_is_not_a_foreign_county_of_a_like_skeleton(coder: Any) -> None:
    text = "In Makeuni county, traders protested against new market fees on Monday."
    coded = coder.code(Article.from_text(text, published=date(2021, 5, 10)))
    assert all(e.location is None or e.location.country != "USA" for e in coded.events)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two Kenyan traders near the border with Somalia on Monday.",
        "Bandits killed a Kenyan herder near the Somalia border on Monday.",
    ],
)
def test_the_far_side_of_a_border_is_not_the_events_country(coder: Any, text: str) -> None:
    loc = place_of(coder, text)
    assert loc is not None and loc.country == "KEN"


def test_an_acled_row_of_a_listed_place_is_scored_on_that_places_part(coder: Any) -> None:
    # ACLED writes one row per listed place, all with the same note; the coder splits the list
    # the same way, and each row must be paired with the part for its own place, not the first.
    from dateline.eval.formats import first_report, place_part

    text = "Hundreds of teachers protested in Nakuru, Eldoret and Kisumu on Tuesday over unpaid salaries."
    reports = coder.code(Article.from_text(text, published=date(2021, 5, 10))).events
    names = [r.location.text for r in reports if r.location is not None]
    assert names == ["Nakuru", "Eldoret", "Kisumu"], names
    first = first_report(reports)
    assert first is not None and first.location is not None and first.location.text == "Nakuru"
    for place in ("Nakuru", "Eldoret", "Kisumu"):
        part = place_part(reports, first, place)
        assert part is not None and part.location is not None and part.location.text == place
    # a row naming a place the coder did not split out keeps the first report
    assert place_part(reports, first, "Naivasha") is first


def test_a_place_part_is_never_another_events_report(coder: Any) -> None:
    from dateline.eval.formats import first_report, place_part

    text = (
        "Police arrested six protesters in Nakuru on Monday. "
        "On Tuesday gunmen shot dead two herders in Eldoret."
    )
    reports = coder.code(Article.from_text(text, published=date(2021, 5, 10))).events
    assert len(reports) == 2 and {r.location.text for r in reports if r.location} == {"Nakuru", "Eldoret"}
    first = first_report(reports)
    assert first is not None and first.location is not None and first.location.text == "Nakuru"
    assert place_part(reports, first, "Eldoret") is first


@pytest.mark.parametrize(
    "text",
    [
        "Two traders were shot dead on Monday at Malakisi, Bungoma by unidentified gunmen.",
        "Two traders were shot dead on Monday at Karatina, in Nyeri by unidentified gunmen.",
    ],
)
def test_a_town_and_what_holds_it_are_one_report(coder: Any, text: str) -> None:
    # "X, Y" and "X, in Y" with no "and" put X inside Y: one event, at X, not a list of two
    reports = coder.code(Article.from_text(text, published=date(2021, 5, 10))).events
    assert len(reports) == 1, [r.location.text for r in reports if r.location]
    loc = reports[0].location
    assert loc is not None and loc.text == text.split(" at ")[1].split(",")[0]


def test_a_comma_list_ending_in_and_is_still_split(coder: Any) -> None:
    text = "Two traders were shot dead on Monday in Kitale, Webuye and Bungoma by unidentified gunmen."
    reports = coder.code(Article.from_text(text, published=date(2021, 5, 10))).events
    assert [r.location.text for r in reports if r.location] == ["Kitale", "Webuye", "Bungoma"]


@pytest.mark.parametrize(
    "text, town",
    [
        ("Lawyers boycotted the courts and staged a sit-in outside the Quetta Press Club on Monday.", "Quetta"),
        ("Students of Sukkur Government College protested on Monday against a rise in fees.", "Sukkur"),
    ],
)
def test_a_local_body_named_for_its_town_places_the_event_there(coder: Any, text: str, town: str) -> None:
    # the NER model reads "Quetta Press Club" as an organisation; ACLED codes the event at the town
    loc = place_of(coder, text)
    assert loc is not None and loc.name == town and loc.geo_precision == 2


def test_a_local_body_yields_to_a_place_the_sentence_names(coder: Any) -> None:
    loc = place_of(coder, "Members of the Quetta Press Club marched in Karachi on Monday against the killing of a reporter.")
    assert loc is not None and loc.name == "Karachi"


def test_a_national_body_names_no_town(coder: Any) -> None:
    loc = place_of(coder, "Nurses protested on Monday outside the offices of the Pakistan Medical Association.")
    assert loc is not None and loc.geo_precision == 3 and loc.admin1 is None


# Round 10b: lists with names the gazetteer or the recogniser does not know, stretches of road,
# and sites named for a town or region when the text's country does not vouch for them.
def _places(coder: Any, text: str) -> list[Location]:
    return [r.location for r in coder.code(Article.from_text(text, published=date(2021, 5, 10))).events if r.location]


def test_a_listed_place_the_gazetteer_cannot_answer_keeps_its_report(coder: Any) -> None:
    # the list went on past the unknown name and it got a report of its own, place unknown
    locs = _places(coder, "Police clashed with protesters in Kisumu, Homa Bay, Kabulonga and Bungoma on Monday.")
    assert [loc.text for loc in locs] == ["Kisumu", "Homa Bay", "Kabulonga", "Bungoma"]
    unknown = locs[2]
    assert unknown.lat is None and unknown.geonames_id is None and unknown.country == "KEN"


def test_a_name_the_recogniser_missed_does_not_end_a_list(coder: Any) -> None:
    locs = _places(coder, "Police clashed with protesters in Kisumu, Homa Bay, Nyarongi and Bungoma on Monday.")
    assert [loc.text for loc in locs][-1] == "Bungoma" and len(locs) >= 3


def test_a_list_with_no_space_after_a_comma_is_still_split(coder: Any) -> None:
    locs = _places(coder, "Two traders were shot dead on Monday in Kitale,Webuye and Bungoma by unidentified gunmen.")
    assert [loc.text for loc in locs] == ["Kitale", "Webuye", "Bungoma"]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits ambushed a lorry on the road between Garissa and Mandera on Tuesday, killing two.",
        "Bandits ambushed a lorry between Garissa and Mandera Highway on Tuesday, killing two.",
        "A bomb went off in a market between the towns of Garissa and Mandera on Tuesday, killing two.",
    ],
)
def test_a_stretch_between_two_towns_is_one_place_near_the_first(coder: Any, text: str) -> None:
    reports = coder.code(Article.from_text(text, published=date(2021, 5, 10))).events
    assert len(reports) == 1, [r.location.text for r in reports if r.location]
    loc = reports[0].location
    assert loc is not None and loc.name == "Garissa" and loc.geo_precision == 2
    assert reports[0].fatalities.best == 2  # the toll is not divided between the two towns


def test_a_feature_word_inside_a_region_name_is_the_region(coder: Any) -> None:
    loc = place_of(coder, "Rebels attacked a police post in the West Garo Hills on Monday, killing two policemen.")
    assert loc is not None and loc.name == "West Garo Hills" and loc.country == "IND"


def test_a_site_named_for_a_town_of_several_far_apart_namesakes_stays_unplaced(coder: Any) -> None:
    # Huntsville, Alabama and Huntsville, Texas: with no country or state named, either is a guess
    loc = place_of(coder, "Students protested on Monday outside Huntsville High School over a teacher's dismissal.")
    assert loc is None or loc.lat is None or loc.name != "Huntsville"


def test_a_refugee_camp_is_in_its_towns_country_not_the_refugees(coder: Any) -> None:
    from dateline.eval.runner import NOTE_GENRE

    text = (
        "A militia commander was gunned down on 4 February inside the Dadaab refugee camp, where he had lived in hiding. "
        "He is accused of killing many people in Ethiopia."
    )
    # an ACLED-style note: the camp is where it happened, the country the text is about is elsewhere
    reports = coder.code(Article.from_text(text, published=date(2021, 2, 4), genre=NOTE_GENRE)).events
    loc = reports[0].location if reports else None
    assert loc is not None and loc.name == "Dadaab" and loc.country == "KEN"


def _event_place(coder: Any, text: str, verb: str) -> str | None:
    """The event-location choice (the event-location eval's) for the first ``verb`` of ``text``."""
    from dateline.geo.geoparse import event_location, toponyms

    doc = coder.nlp(text)
    tops, _focus = toponyms(doc, coder.gazetteer)
    i = text.index(verb)
    pick = event_location(doc, tops, i, i + len(verb))
    return pick.text if pick is not None else None


def test_a_named_road_in_a_town_places_the_event_at_the_town(coder: Any) -> None:
    text = "A roadside bomb exploded on Haifa Street in central Baghdad on Monday, wounding two policemen."
    assert _event_place(coder, text, "exploded") == "Baghdad"


def test_the_place_of_a_victims_office_is_not_where_he_was_killed(coder: Any) -> None:
    text = "Abu Omar al-Shami, the group's commander in Sirte, was killed in an air strike on Tuesday."
    assert _event_place(coder, text, "killed") is None


@pytest.mark.parametrize(("text", "verb"), [
    ("News cameras captured the governor shaking hands with traders in Lagos on Friday.", "captured"),
    ("A photographer captured the singer leaving a restaurant in Milan late on Sunday.", "captured"),
    ('"Ask the voters in Kenya what they think," the senator shot back on Tuesday.', "shot"),
    ('The peaceful count demonstrated the "maturity of voters" in Ghana, observers said.', "demonstrated"),
])  # fmt: skip
def test_words_in_senses_with_no_scene_take_no_place(coder: Any, text: str, verb: str) -> None:
    assert _event_place(coder, text, verb) is None


def test_a_far_killing_is_placed_by_the_town_its_country_qualifies(coder: Any) -> None:
    text = (
        "Masked men shot dead six fishermen and wounded a boy during a raid that began before dawn and went on"
        " for several hours on Friday in Peru's northern port town of Chimbote, the navy said."
    )
    assert _event_place(coder, text, "shot") == "Chimbote"


def test_a_regional_adjective_is_no_place(coder: Any) -> None:
    text = (
        "In Valletta, some 200 students marched on the French embassy alongside a group of European trade"
        " unionists visiting the Maltese capital."
    )
    assert _event_place(coder, text, "marched") == "Valletta"


def test_an_unknown_name_after_a_name_and_of_is_part_of_a_group_name(coder: Any) -> None:
    text = "Jets hit Jaysh al-Fateh (Army of Conquest) targets at Dahret Zubayr on Monday."
    assert _event_place(coder, text, "hit") == "Dahret Zubayr"


@pytest.mark.parametrize(("text", "verb"), [
    ("The bombs were detonated by a police unit based in Mombasa.", "detonated"),
    ("The driver, a teacher living in Haifa, was shot and wounded at a checkpoint.", "shot"),
    ("Hundreds of fans from across Africa marched through the city on Saturday.", "marched"),
    ("Naval vessels from several nations including Japan and Chile are patrolling the strait.", "patrolling"),
])  # fmt: skip
def test_where_a_participant_lives_or_comes_from_is_not_the_scene(coder: Any, text: str, verb: str) -> None:
    assert _event_place(coder, text, verb) is None


@pytest.mark.parametrize(("text", "verb", "place"), [
    ("Norway's embassy in the capital was bombed overnight, and two guards were hurt.", "bombed", None),
    ("Dozens of activists protested on Friday outside the consulates of Germany, Italy, Sweden and Norway in the city"
     " of Lagos.", "protested", "Lagos"),
])  # fmt: skip
def test_an_embassy_belongs_to_its_country_and_stands_in_another(coder: Any, text: str, verb: str, place: str | None) -> None:
    assert _event_place(coder, text, verb) == place


def test_a_protest_against_something_that_is_no_event_is_where_that_thing_is(coder: Any) -> None:
    text = "Hundreds of fishermen protested on Tuesday against a port closure in India's southern Kerala state."
    assert _event_place(coder, text, "protested") == "Kerala"


def test_much_of_a_place_is_that_place(coder: Any) -> None:
    assert _event_place(coder, "Much of Grozny was destroyed in the fighting last winter.", "destroyed") == "Grozny"


@pytest.mark.parametrize(("text", "verb", "place"), [
    ("A surveillance drone was shot down on Sunday over the northern countryside of Idlib province.", "shot", "Idlib"),
    ("Coast guard cutters will patrol over the open waters of the Arabian Sea during the holiday season.", "patrol",
     "Arabian Sea"),
])  # fmt: skip
def test_over_a_part_of_a_place_is_above_it_not_about_it(coder: Any, text: str, verb: str, place: str) -> None:
    assert _event_place(coder, text, verb) == place
