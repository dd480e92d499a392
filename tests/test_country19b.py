"""Country, round 19b: fewer events placed in the wrong country. Foreigners' demonyms ("a Chinese
company") give way to the text's other words, a country's public-life words vote for it, and a
capitalised common noun ("the Capital") is no place abroad."""

from __future__ import annotations

from collections import Counter
from datetime import date

import pytest

from dateline.extract.countries import usage_country
from dateline.extract.events import host_votes
from dateline.geo.toponyms import country_votes
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2017, 6, 12)


# --- foreigners' demonyms ----------------------------------------------------------------------


@pytest.mark.model
def test_a_demonym_of_foreigners_is_counted_apart(nlp) -> None:  # type: ignore[no-untyped-def]
    guests: Counter[str] = Counter()
    votes = country_votes(nlp("Kenyan police arrested two Chinese nationals at the mine."), guests)
    assert votes == Counter({"KEN": 1, "CHN": 1})
    assert guests == Counter({"CHN": 1})


@pytest.mark.model
def test_people_of_a_descent_are_guests(nlp) -> None:  # type: ignore[no-untyped-def]
    guests: Counter[str] = Counter()
    country_votes(nlp("Police beat up traders of Somali descent in the market."), guests)
    assert guests == Counter({"SOM": 1})


def test_host_votes_drop_guests_only_when_another_country_remains() -> None:
    assert host_votes(Counter({"KEN": 1, "CHN": 1}), Counter({"CHN": 1})) == Counter({"KEN": 1})
    # the foreigners' country is all the text says: it stays
    assert host_votes(Counter({"CHN": 1}), Counter({"CHN": 1})) == Counter({"CHN": 1})
    assert host_votes(Counter({"KEN": 2}), Counter()) == Counter({"KEN": 2})


@pytest.mark.model
def test_foreign_nationals_arrested_are_placed_where_the_police_are(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Two Chinese nationals were arrested by Kenyan police over illegal mining.", WHEN)
    assert r.location is not None and r.location.country == "KEN", r.location


@pytest.mark.model
def test_a_protest_against_a_foreign_company_is_the_hosts(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Angry residents stormed the offices of a Chinese company after a Kenyan worker died on the site.", WHEN)
    assert r.location is not None and r.location.country == "KEN", r.location
    assert ("Protesters (Kenya)", 6) in _sides(r), _sides(r)


# --- a country's public-life words -------------------------------------------------------------


@pytest.mark.model
def test_usage_words_break_a_tie_between_two_regions(coder) -> None:  # type: ignore[no-untyped-def]
    # Punjab: a province of Pakistan and a state of India; a dharna is India's word
    r = first_report(coder, "Farmers sat on a dharna across Punjab over paddy prices.", WHEN)
    assert r.location is not None and r.location.country == "IND", r.location


# --- common nouns capitalised ------------------------------------------------------------------


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of teachers rallied in the Capital on Sunday against the new pay scale.",
    ],
)
def test_a_capitalised_common_noun_is_no_place_abroad(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.location is None or r.location.country != "ARG", r.location


def test_pakistans_gas_utilities_by_their_full_names() -> None:
    assert usage_country("Workers of the Sui Southern Gas Company protested outside the press club.") == "PAK"
    assert usage_country("Residents blocked the road over Sui Northern Gas load shedding.") == "PAK"
