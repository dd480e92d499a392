"""Round 20b (strategic developments): a group's change of activity is coded with that group alone,
unless it is a defection, which names the group left and the one joined; buildings and campaign
boards are property. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_checks import first_event

PUBLISHED = "2016-05-12"

_first = partial(first_event, published=PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab militants recruited dozens of young men from a village near a police camp in Lamu on Thursday.",
        "Troops were deployed to Lamu on Thursday to pursue Al Shabaab militants in the forest.",
        "Police reinforcements moved into Mandera town on Thursday after Al Shabaab threats against teachers.",
    ],
)
def test_change_of_activity_codes_the_group_alone(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Change to group/activity", r.sub_event_type
    assert r.actor1 is not None and r.actor2 is None, (r.actor1, r.actor2)


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Twenty soldiers defected and joined the Taliban in Ghazni on Thursday.",
            "Change to group/activity",
        ),
        # Round 21: ACLED lists surrenders among agreements
        ("Forty Taliban fighters surrendered to Afghan forces in Ghazni on Thursday.", "Agreement"),
    ],
)
def test_a_defection_or_a_surrender_keeps_both_groups(text: str, sub: str) -> None:
    r = _first(text)
    assert r.sub_event_type == sub, r.sub_event_type
    assert r.actor1 is not None and r.actor2 is not None, (r.actor1, r.actor2)
    assert {r.actor1.inter, r.actor2.inter} == {1, 2}


@pytest.mark.parametrize(
    "text",
    [
        "Unidentified men armed with pangas destroyed a candidate's billboard in Kakamega.",
        "Masked men destroyed a church building in Kilifi overnight.",
    ],
)
def test_destroyed_building_or_billboard_is_property_destruction(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Looting/property destruction"


def test_destroyed_without_property_is_no_damage() -> None:
    import dateline

    coded = dateline.code("The suspects destroyed evidence before fleeing Nakuru.", published=PUBLISHED)
    assert all(r.sub_event_type != "Looting/property destruction" for r in coded.events)
