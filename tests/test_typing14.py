"""Round 14 typing rules: a told clause before a demand, a setting clause past a threat, devices
found or going off in their handlers' hands, maiming by a mob, raids that only wreck property.
Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

import dateline
from tests.event_checks import first_event

PUBLISHED = "2019-06-20"


def _subs(text: str) -> list[str]:
    return [r.sub_event_type for r in dateline.code(text, published=PUBLISHED).events]


_first = partial(first_event, published=PUBLISHED)


def test_finished_clause_before_a_demand_is_told_as_fact() -> None:
    # the parser hangs "was attacked" under "demanded": the demand is what the attackers wanted next
    r = _first("On 18 June, a ward aspirant was attacked at her shop in Embu, the attackers demanded that she leave the race.")
    assert r.sub_event_type == "Attack"
    assert r.modality == "asserted"


def test_plans_stay_plans() -> None:
    for text in (
        "On 18 June, the militia vowed to attack the town of Mandera.",
        "Attack the camp at dawn, the commander ordered on 18 June.",
    ):
        coded = dateline.code(text, published=PUBLISHED)
        assert not coded.events
        assert any(m.modality == "future" for m in coded.mentions)


def test_demonstration_in_a_setting_clause_of_a_threat_happened() -> None:
    r = _first("On 18 June, hundreds of traders in Muhoroni threatened to stop paying levies over poor roads during a demonstration.")
    assert r.event_type == "Protests"
    assert any(e.field == "trigger" and e.text == "demonstration" for e in r.evidence)


@pytest.mark.parametrize(
    "text",
    [
        "Bomb found near a church in Mandera on 18 June",
        "On 18 June, soldiers foiled an ambush near Lamu by identifying two IEDs on the road.",
    ],
)
def test_device_found_is_disrupted_weapons_use(text: str) -> None:
    assert _first(text).sub_event_type == "Disrupted weapons use"


def test_device_going_off_in_its_handlers_hands() -> None:
    r = _first("On 18 June, two suspected militants died in Garissa after the bomb they were assembling exploded.")
    assert r.sub_event_type == "Disrupted weapons use"
    trig = next(e for e in r.evidence if e.field == "trigger")
    assert trig.text in ("bomb", "exploded")


def test_device_used_on_a_target_stays_an_explosion() -> None:
    assert _subs("On 18 June, a bomb planted by militants exploded under a bus in Mandera, killing two passengers.")[0] == (
        "Remote explosive/landmine/IED"
    )


def test_mob_that_maims_is_mob_violence() -> None:
    r = _first("On 18 June, an angry mob chopped the hand off a suspected thief in Kakamega.")
    assert r.sub_event_type == "Mob violence"


def test_raid_that_only_wrecks_property() -> None:
    r = _first("On 18 June, militants stormed a quarry near Mandera and destroyed the machines used to build the road.")
    assert r.sub_event_type == "Looting/property destruction"
    assert any(e.field == "trigger" and e.text == "stormed" for e in r.evidence)


def test_raid_that_hurts_people_stays_an_attack() -> None:
    assert _first("On 18 June, gunmen stormed a school in Garissa, killed two teachers and burnt the office.").sub_event_type == "Attack"
