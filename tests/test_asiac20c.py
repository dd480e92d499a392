"""Round 20c (Asia, interaction): people told burnt by a riot's arson or fire bombs are the riot's
other side, civilians. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2015-01-20")
_inters = inter_pair


@pytest.mark.parametrize(
    "text",
    [
        "In Bogra, picketers threw a petrol bomb at a lorry during the hartal, burning its driver and another man.",
        "In Feni, blockade supporters threw a petrol bomb at a lorry during the hartal, and its driver and helper were burnt.",
        "Picketers set two lorries on fire at the Rangpur bus terminal on Monday night. "
        "A cleaner who was asleep in one lorry received serious burn injuries.",
    ],
)
def test_people_burnt_by_rioters_are_civilians(text: str) -> None:
    report = _first(text)
    assert report.event_type == "Riots", (report.event_type, report.sub_event_type)
    assert _inters(report) == (5, 7), (report.actor1, report.actor2)


@pytest.mark.parametrize(
    "text",
    [
        # nobody hurt: the riot has no other side
        "In Comilla, picketers threw two petrol bombs at a lorry and burnt it. No one was hurt.",
        # only things burnt
        "Picketers burnt tyres and blocked the highway in Feni during the hartal.",
    ],
)
def test_riot_burning_only_things_has_no_victims(text: str) -> None:
    report = _first(text)
    assert report.event_type == "Riots", (report.event_type, report.sub_event_type)
    assert report.actor2 is None, report.actor2


def _names(report) -> set[str]:
    return {a.name for a in (report.actor1, report.actor2) if a is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Eight militants were killed when Pakistani fighter jets bombed their hideouts in the Datta Khel area of North Waziristan.",
        "Security forces killed four militants in a search operation in the Bara area of Khyber Agency on Tuesday.",
    ],
)
def test_state_fighting_militants_in_tribal_agencies_names_the_pakistani_taliban(text: str) -> None:
    report = _first(text)
    assert "TTP: Tehreek-i-Taliban Pakistan" in _names(report), _names(report)


def test_separatist_fighters_in_balochistan_are_baloch_separatists() -> None:
    report = _first(
        "Frontier Corps personnel killed three militants from separatist outfits during a raid in Turbat, Balochistan."
    )
    assert "Baloch Separatists (Pakistan)" in _names(report), _names(report)


@pytest.mark.parametrize(
    "text",
    [
        # a bomb left by unseen hands stays unidentified
        "A soldier was killed when an IED planted by militants hit an army vehicle in South Waziristan.",
        # outside the tribal agencies nothing names the militants
        "Troops killed three militants in a clash in Peshawar on Tuesday.",
        # the text itself calls them unknown
        "Unknown militants attacked a checkpost in North Waziristan, killing two soldiers in the exchange of fire.",
    ],
)
def test_unnamed_militants_stay_unidentified_without_the_regional_cue(text: str) -> None:
    report = _first(text)
    assert "Unidentified Armed Group (Pakistan)" in _names(report), _names(report)


@pytest.mark.parametrize(
    ("text", "burnt"),
    [
        ("Three passengers were burnt.", True),
        ("The fire bomb hit the lorry, burning its driver.", True),
        ("A cleaner received serious burn injuries.", True),
        # things burnt, not people
        ("Passengers fled as the buses were burnt.", False),
        ("The villagers' huts were burnt.", False),
        ("Students marched, burning the minister's effigy.", False),
    ],
)
def test_people_burnt_reads_people_not_things(text: str, burnt: bool) -> None:
    from dateline.extract.events import PEOPLE_BURNT

    assert (PEOPLE_BURNT.search(text) is not None) is burnt
