"""Round 16b typing rules (riots and crowds). Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_checks import first_event

PUBLISHED = "2019-06-20"


_first = partial(first_event, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, traders protested against new levies in Eldoret; the protest turned riotous.",
        "On 18 June, traders protested against new levies in Eldoret. The protest turned riotous.",
    ],
)
def test_a_protest_that_turned_riotous_is_a_violent_demonstration(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Riots"
    assert r.sub_event_type == "Violent demonstration"


def test_a_crowd_that_demolishes_kiosks_riots() -> None:
    r = _first("On 18 June, hawkers protested against new levies in Eldoret and demolished the council's kiosks.")
    assert r.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, hawkers protested in Eldoret after the council demolished their kiosks.",
        "On 18 June, hawkers protested in Eldoret after their kiosks were demolished.",
    ],
)
def test_kiosks_demolished_by_others_are_the_grievance(text: str) -> None:
    assert _first(text).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, residents of the estate rioted, burned down her home and then beat her.",
        "On 18 June, party supporters angry that their rival won the primaries rioted and burned her home.",
        "On 18 June, students rioted over fees and burnt the principal's house.",
    ],
)
def test_a_riot_that_sets_on_one_person_is_mob_violence(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Mob violence"
    assert {e.text for e in r.evidence if e.field == "sub_event_type"} & {"burned", "burnt", "beat"}


@pytest.mark.parametrize(
    "text",
    [
        "On 18 June, youths rioted in Kisumu, barricading roads and burning tyres.",
        "On 18 June, students protested over fees and burnt the principal's house.",
        "On 18 June, youths rioted in Kisumu and burned their own houses.",
    ],
)
def test_a_riot_with_no_one_set_on_or_a_demonstration_stays_violent_demonstration(text: str) -> None:
    assert _first(text).sub_event_type == "Violent demonstration"
