"""Round 17 (KTYPE): typing rules, each checked on sentences written for the test."""

from __future__ import annotations

import pytest

from tests.event_checks import first_event

PUBLISHED = "2019-06-20"


@pytest.mark.parametrize(
    "text",
    [
        # a crowd burns vehicles, told in the passive, with no demonstration of its own
        "Three matatus were torched by rioting youths in Kisumu on Tuesday after a boy was hit by a lorry.",
        # a crowd stones a convoy
        "Rioting youths threw stones at the convoy of a senator in Kakamega on Sunday.",
    ],
)
def test_crowd_wrecking_vehicles_is_mob_violence(text: str) -> None:
    ev = first_event(text, PUBLISHED)
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor2 is not None and ev.actor2.inter == 7
    # the evidence names the act that decided it
    assert any(e.field == "sub_event_type" or e.text in ("torched", "threw") for e in ev.evidence)


def test_crowd_wrecking_vehicles_in_a_demonstration_stays_violent_demonstration() -> None:
    ev = first_event("Students protesting a fee rise threw stones at passing vehicles in Eldoret on Monday.", PUBLISHED)
    assert ev.sub_event_type == "Violent demonstration"


def test_force_shot_at_is_an_armed_clash() -> None:
    ev = first_event(
        "Herders grazing on a private ranch shoot and wound a police officer after they were confronted near Nanyuki.",
        PUBLISHED,
    )
    assert ev.sub_event_type == "Armed clash"
    assert sorted(m.inter for m in (ev.actor1, ev.actor2) if m is not None)[0] == 1


def test_force_that_shoots_stays_the_doer() -> None:
    ev = first_event("Police shot and injured a hawker in Thika on Saturday.", PUBLISHED)
    assert ev.sub_event_type == "Attack"


def test_ensuing_fight_makes_the_attack_a_battle() -> None:
    ev = first_event(
        "Raiders attacked a ranch, burning at least 12 houses, at Kasuku farm. "
        "Officers arrived soon after, and two people were hurt in the ensuing clash.",
        PUBLISHED,
    )
    assert ev.sub_event_type == "Armed clash"


def test_fight_recorded_separately_leaves_the_attack() -> None:
    ev = first_event(
        "Raiders attacked a ranch, burning at least 12 houses, at Kasuku farm. "
        "Officers arrived soon after, and two people were hurt in the ensuing clash, which was recorded separately.",
        PUBLISHED,
    )
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Police clashed with a group of boda boda operators at the Kisii bus park on Friday.",
        "Police and boda boda operators clash in Kakamega town over new parking fees.",
    ],
)
def test_force_fighting_an_unarmed_crowd_is_a_riot(text: str) -> None:
    ev = first_event(text, PUBLISHED)
    assert ev.sub_event_type == "Mob violence"
    # the crowd riots against the force: rioters (5) and police (1)
    assert sorted(m.inter for m in (ev.actor1, ev.actor2) if m is not None) == [1, 5]


def test_force_fighting_armed_men_stays_a_battle() -> None:
    ev = first_event("Police clashed with a group of gunmen in Eastleigh on Monday.", PUBLISHED)
    assert ev.sub_event_type == "Armed clash"
