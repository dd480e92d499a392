"""Round 21d (Asia sides): arrests of people told protesting in any word for it are how the protest
was met, and a crowd shutting a rail line or a site's gates demonstrates. Sentences are invented
for these tests."""

from __future__ import annotations

from functools import partial

import pytest

import dateline
from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2015-05-03")


# --- arrests of people protesting: a protest with intervention --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Union workers trying to demonstrate outside the ministry in Patna were arrested by police on Monday.",
        "Police arrested teachers who were organizing a sit-in in Lucknow on Friday.",
    ],
)
def test_arrest_of_people_protesting_is_protest_met_by_police(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Protest with intervention"
    assert inter_pair(r) == (1, 6)


def test_arrest_without_protest_stays_arrest() -> None:
    r = _first("Police arrested five traders in Agra on Monday for selling fake goods.")
    assert r.sub_event_type == "Arrests"


# --- a crowd shutting a rail line or gates demonstrates ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Farmers from Kalan village blocked the Ludhiana-Moga railway track near Jagraon over rising fertiliser prices.",
        "Around 200 taxi drivers blocked the entrance gates of the port in Chittagong to voice anger over new toll charges.",
    ],
)
def test_crowd_blocking_track_or_gates_is_protest(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Peaceful protest"
    assert inter_pair(r) == (0, 6)


@pytest.mark.parametrize(
    "text",
    [
        "A landslide blocked the railway track near Shimla on Sunday.",
        "Soldiers blocked the gates of the parliament in Bangkok on Sunday.",
    ],
)
def test_blocking_by_no_crowd_is_no_protest(text: str) -> None:
    coded = dateline.code(text, published="2015-05-03")
    assert not any(r.event_type == "Protests" for r in coded.events)


# --- a force's clash with demonstrators named as plain people is a riot -----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In Birgunj on Friday, women demonstrators and police clashed outside the tax office.",
        "Police and women demonstrators seeking a murder trial for a landlord clashed in Rajbiraj on Friday."
        " Four of the women were hurt in the clash.",
    ],
)
def test_force_clash_with_demonstrators_is_riot(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Riots"
    assert inter_pair(r) == (1, 5)
