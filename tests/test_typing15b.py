"""Round 15b typing rules (protest vs riot). Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

import dateline
from tests.event_checks import first_event

PUBLISHED = "2015-06-20"


_first = partial(first_event, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # what the crowd alleges is its grievance: no looting, destruction or force by the crowd
        "On 18 June, parents staged a protest outside the school, alleging that the management is looting families in the name of fees.",
        "On 18 June, teachers protested in the town. Their leaders hold that the officials are bent to destroy the schools.",
        "On 18 June, a resident began a hunger strike. He alleged that party workers forcibly took money from him.",
    ],
)
def test_what_a_crowd_alleges_is_no_riot(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Protests"
    assert r.sub_event_type == "Peaceful protest"


def test_arrests_the_protesters_allege_are_no_intervention() -> None:
    text = (
        "On 18 June, workers protested against the arrest of their leader. "
        "Protesters said hundreds of members are arrested every month."
    )
    assert _first(text).sub_event_type == "Peaceful protest"


def test_what_police_say_the_crowd_did_still_counts() -> None:
    # a force's account of the crowd's acts is a report of them, not a grievance
    text = "On 18 June, traders protested in the market. Police said the protesters torched a bus."
    assert _first(text).sub_event_type == "Violent demonstration"


def test_a_day_of_a_hartal_fragment_dates_the_next_act() -> None:
    # "(Day 4 of hartal)" with no verb only dates the blast told after it
    text = "On Tuesday (Day 4 of hartal) In Bogra, party activists exploded two crude bombs at a police van."
    coded = dateline.code(text, published=PUBLISHED)
    assert coded.events
    assert all(r.sub_event_type != "Peaceful protest" for r in coded.events)


def test_a_hartal_observed_stays_a_protest() -> None:
    text = "On 18 June, shops stayed shut on the third day of the hartal in Sylhet."
    assert _first(text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        # a disaster or an accident named in what the crowd asks for is its grievance, not the event
        "On 18 June, farmers formed a human chain on the beach to demand more relief from the state government to cope with the drought.",
        "On 18 June, hundreds of residents took to the streets of the town demanding speed bumps to prevent road accidents.",
        "On 18 June, thousands of home guards continued their strike to press their demands for higher pay and accident insurance.",
    ],
)
def test_disaster_or_accident_a_crowd_demands_against_is_its_grievance(text: str) -> None:
    assert _first(text).event_type == "Protests"


@pytest.mark.parametrize(
    "text",
    [
        # an act only meant, or left open, is no violence done
        "On 18 June, about 200 nurses protested at the hospital in Phnom Penh. "
        "Traders waved placards and prepared to burn tyres before the chief talked them out of it.",
        "On 18 June, opposition supporters marched in Kisumu. Nobody could say whether the crowd turned violent.",
    ],
)
def test_violence_only_meant_or_open_is_no_riot(text: str) -> None:
    assert _first(text).event_type == "Protests"


def test_tyres_burnt_by_the_marchers_still_riot() -> None:
    text = "On 18 June, opposition supporters marched in Kisumu and burnt tyres on the road."
    assert _first(text).sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        # blasts the text makes part of a strike's enforcement are its picketers' violence
        "In Narayanganj, crude bombs were exploded at two buses in Rupganj on Friday as part of the nationwide blockade.",
        "In Sylhet, pro-shutdown activists hurled five crude bombs at a train on Sunday.",
    ],
)
def test_blasts_enforcing_a_strike_are_a_violent_demonstration(text: str) -> None:
    assert _first(text).sub_event_type == "Violent demonstration"


def test_blasts_only_dated_by_a_hartal_stay_explosions() -> None:
    text = "During the hartal on Sunday, assailants hurled two crude bombs at a bus in Dhaka."
    assert _first(text).sub_event_type == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "In Mombasa, opposition supporters held their demos peacefully on 18 June.",
        "On 18 June, students staged a demo outside the university in Eldoret over fees.",
    ],
)
def test_a_demo_is_a_demonstration(text: str) -> None:
    assert _first(text).sub_event_type == "Peaceful protest"
