"""Country, round 19: more words of one country's public life place a note that names no place
(Kenya's exams, offices and ruling party; South Asia's parties, unions, offices and utilities)."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.countries import usage_country
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2017, 6, 12)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # Kenya: national exams, unions, county and chiefs' offices, the ruling party as a body
        ("Candidates burnt a dormitory on the eve of the KCSE examinations.", "KEN"),
        ("KNUT officials led teachers on a march to demand their arrears.", "KEN"),
        ("Hawkers fought running battles with county askaris over the new levy.", "KEN"),
        ("Villagers stormed the office of the assistant chief after a boy was killed.", "KEN"),
        ("Aspirants who lost the Jubilee nominations barricaded the tallying centre.", "KEN"),
        ("Brewers of chang'aa clashed with officers who raided their dens.", "KEN"),
        # a bare "Jubilee" is a feast or an anniversary, no party
        ("Residents marched on the day of the silver jubilee of the parish.", None),
        # India: communist parties, protest forms, offices, languages
        ("CPM cadres staged a rasta roko on the highway over the price of onions.", "IND"),
        ("Members of the CPI (M) picketed the block development officer's office.", "IND"),
        ("Pro-Kannada groups blocked trains to demand water from the river project.", "IND"),
        ("Anganwadi workers sat outside the office for higher wages.", "IND"),
        # Pakistan: its power and gas utilities
        ("Traders blocked the road outside the WAPDA office over long power cuts.", "PAK"),
        ("Residents burnt tyres to protest gas shortages and the SNGPL's failure to act.", "PAK"),
        # Bangladesh: a wing of the ruling party spelt with a hyphen
        ("Two Jubo-League men were hacked by rivals near the bazaar.", "BGD"),
        # Sri Lanka: its divisional office
        ("Farmers protested in front of the Divisional Secretariat over fertiliser.", "LKA"),
        # Nepal: its communist party's short name, its new local units
        ("CPN cadres clashed with police in the rural municipality office.", "NPL"),
        # two countries' words: no country
        ("CPN and CPM cadres held a joint rally.", None),
        # a short all-capital name only as written
        ("The cpm of the pump was checked.", None),
    ],
)
def test_round19_usage_words_place_a_text(text: str, country: str | None) -> None:
    assert usage_country(text) == country


@pytest.mark.model
def test_a_kenyan_exam_gives_protesters_their_country(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Parents protested outside the school after the KCPE results were cancelled.", WHEN)
    assert ("Protesters (Kenya)", 6) in _sides(r), _sides(r)


@pytest.mark.model
def test_an_indian_party_gives_rioters_their_country(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "CPM workers clashed with rival party workers with stones after the vote count, injuring six.", WHEN)
    assert any(n == "Rioters (India)" for n, _i in _sides(r)), _sides(r)


@pytest.mark.model
def test_a_body_named_like_a_small_town_does_not_pull_the_place_abroad(coder) -> None:  # type: ignore[no-untyped-def]
    # "Congress" is also a hamlet in Arizona: taken for a place, it drew Delhi to California
    r = first_report(coder, "Hundreds of Congress members marched against the new land bill in Delhi.", WHEN)
    assert r.location is not None and r.location.country == "IND", r.location
    assert ("Protesters (India)", 6) in _sides(r), _sides(r)


@pytest.mark.model
def test_a_college_is_no_town_for_the_sides(coder) -> None:  # type: ignore[no-untyped-def]
    # "College" is also a town in Alaska: no vote for the United States
    r = first_report(coder, "Students of the BMS College went on a hunger strike over the fee increase.", WHEN)
    assert all("United States" not in n for n, _i in _sides(r)), _sides(r)


@pytest.mark.model
def test_a_division_named_after_its_town_places_the_event_there(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Clashes erupted in Njoro Division between farmers and herders, leaving two dead.", WHEN)
    assert r.location is not None and r.location.name == "Njoro", r.location


@pytest.mark.model
def test_a_ward_named_after_its_village_places_the_protest_there(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Residents protested in Kapsoit Ward over the lack of water.", WHEN)
    assert r.location is not None and r.location.name == "Kapsoit", r.location


@pytest.mark.model
def test_a_unit_told_as_whose_leaves_the_town_named_after_it(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Student protesters faced police and Pegu Division authorities at Letpadan for a third day.", WHEN)
    assert r.location is not None and r.location.name == "Letpandan", r.location


@pytest.mark.model
def test_a_military_division_is_no_place(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Police arrested two deserters of the Airborne Division in Kabul.", WHEN)
    assert r.location is not None and r.location.name == "Kabul", r.location
