"""Round 21 (Kenya, event type): a "shouting match" is no fight; a crowd told protesting (or
arrested while protesting) and then named back setting on people or fighting police is one riot;
live fire on a protest with people hurt is excessive force. Sentences are invented for these
tests."""

from __future__ import annotations

from functools import partial

from tests.event_checks import first_event

_first = partial(first_event, published="2015-05-01")


def test_shouting_match_is_no_riot() -> None:
    event = _first(
        "Jubilee and ODM youths engaged in a shouting match at the Kisumu rally as each side demanded to hear its own leader."
    )
    assert event.event_type == "Protests"


def test_running_battles_still_riot() -> None:
    assert (
        _first("Jubilee and ODM youths engaged in running battles at the Kisumu rally.").event_type == "Riots"
    )


def test_protesters_named_back_seizing_an_official_riot() -> None:
    text = "Traders in Kericho protested over new levies. The protesters abducted a county revenue officer from his office."
    assert _first(text).event_type == "Riots"


def test_arrests_of_protesters_then_running_battles_riot() -> None:
    text = (
        "Police in Lamu detained scores of youths protesting the detention of a preacher. "
        "The youths blocked the road and engaged police in running battles."
    )
    assert _first(text).event_type == "Riots"


def test_unrelated_abduction_after_protest_is_its_own_event() -> None:
    event = _first(
        "Teachers in Kisii protested over unpaid salaries. Gunmen later abducted a teacher in Nyamira."
    )
    assert event.event_type == "Protests"


def test_live_fire_on_protest_with_people_wounded_is_excessive_force() -> None:
    text = "Boda boda riders protested in Kakamega over new county levies. Police responded with live fire. Two were wounded."
    event = _first(text)
    assert event.sub_event_type == "Excessive force against protesters"
    assert event.actor2 is not None and event.actor2.name.startswith("Police Forces")


def test_live_fire_without_anyone_hurt_is_no_excessive_force() -> None:
    text = "Boda boda riders protested in Kakamega over new county levies. Police responded with live fire."
    assert _first(text).sub_event_type != "Excessive force against protesters"


def test_headline_members_shot_dead_are_a_fallen_side() -> None:
    # "shot dead" with no auxiliary and no object: the group's members were hit, not the shooters
    event = _first("4 Mungiki members shot dead while fleeing across a river into Nyeri.")
    assert event.event_type == "Battles"
    assert event.actor2 is not None and event.actor2.name == "Mungiki Militia"


def test_members_who_kill_a_trader_still_attack_civilians() -> None:
    event = _first("Mungiki members killed a trader in Nyeri.")
    assert event.event_type == "Violence against civilians"
    assert event.actor1 is not None and event.actor1.name == "Mungiki Militia"
