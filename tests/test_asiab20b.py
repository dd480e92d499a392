"""Round 20b (Asia, interaction): a force named only in a protest's grievance is no side of it,
arrest courted by the crowd is its protest, and a force's clash with a demonstration whose other
side is unnamed is a riot, not a battle. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2015-05-04")
_inters = inter_pair


@pytest.mark.parametrize(
    "text",
    [
        # the reason given in a "for" phrase beside the "against" phrase is the grievance
        "Teachers staged a dharna in Bhopal against the government for the lathi charge on their colleagues.",
        "BJD members held protests across Odisha against the state government "
        "for the harsh lathi charge on party cadres at a meeting a week earlier.",
        # arrest offered by the crowd (a jail bharo) is the protest itself
        "Hundreds of farmers courted arrest in Nashik during a jail bharo agitation over crop loans.",
        "Protesters court arrest in Nagpur as part of an agitation against the new land bill.",
    ],
)
def test_force_in_grievance_or_courted_arrest_is_no_side(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Peaceful protest", (report.sub_event_type, report.actor2)
    assert report.actor2 is None


@pytest.mark.parametrize(
    "text",
    [
        "Teachers staged a dharna in Bhopal against the fee hike; police lathicharged them.",
        "Police arrested forty students in Pune for protesting against the fee hike.",
    ],
)
def test_force_that_stepped_in_stays_a_side(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Protest with intervention"
    assert report.actor2 is not None and report.actor2.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "A march by the Land Rights Committee in Khagrachari on Monday ended in a clash with the police. "
        "Several marchers were hurt.",
        "Ten marchers and two constables were hurt in a clash after police held a monk during a rally in Itahari.",
    ],
)
def test_force_clashing_with_a_demonstration_meets_rioters(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Violent demonstration", (
        report.sub_event_type,
        report.actor1,
        report.actor2,
    )
    assert _inters(report) == (1, 5)


@pytest.mark.parametrize(
    "text",
    [
        "Militants clashed with police in Sopore during a protest shutdown.",
        "Maoists fought a clash with police in Gadchiroli during a bandh, wounding two constables.",
    ],
)
def test_armed_men_in_a_clash_keep_it_a_battle(text: str) -> None:
    report = _first(text)
    assert report.event_type == "Battles", (report.event_type, report.sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Youth Congress workers took out a torch rally in Bhopal to highlight the recruitment scam.",
        "Students held a torch procession in Imphal demanding the arrest of the killers.",
    ],
)
def test_a_torch_rally_burns_nothing(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Peaceful protest", report.sub_event_type


def test_a_torched_bus_is_still_a_riot() -> None:
    assert _first("Rioters torched a bus in Dhaka during the hartal.").event_type == "Riots"
