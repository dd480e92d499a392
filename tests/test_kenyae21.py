"""Round 21 (Kenya, event type, the other confusions): a crime the text denies ("not linked to
robbery") does not make a killing a crime report; people without arms named by their role
(journalists, a school's learners, churchgoers, escaping inmates) who clash with each other or
with a force riot, not fight a battle; a crowd told as a named armed group's own members is that
group, whose violence on people is an attack on civilians. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

import dateline
from tests.event_checks import first_event

_first = partial(first_event, published="2012-03-12")


def _coded(text: str):  # type: ignore[no-untyped-def]
    return dateline.code(text, published="2012-03-12")


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was shot dead in Eldoret; no robbery took place.",
        "A driver was killed in an attack unrelated to theft near Moyale.",
    ],
)
def test_denied_crime_keeps_the_killing(text: str) -> None:
    report = _first(text)
    assert report.event_type == "Violence against civilians", report.event_type


def test_told_crime_is_still_no_event() -> None:
    assert not _coded("A shopkeeper was shot dead in Eldoret during a robbery.").events


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Two groups of churchgoers clashed outside a chapel in Othaya on Sunday.", False),
        (
            "Police and a group of reporters clashed outside a Nakuru court over photographs of a suspect.",
            True,
        ),
        ("Warders clashed with inmates trying to break out of Kamiti prison.", True),
        (
            "Learners at a Thika college fought running clashes with police officers after the campus was shut.",
            True,
        ),
    ],
)
def test_unarmed_people_who_clash_riot(text: str, force: bool) -> None:
    report = _first(text)
    assert report.event_type == "Riots", (report.event_type, report.sub_event_type)
    kinds = {a.inter for a in (report.actor1, report.actor2) if a is not None}
    assert 5 in kinds, kinds
    assert (1 in kinds) == force, kinds


def test_group_of_armed_men_with_police_stays_a_battle() -> None:
    report = _first("Police and a group of armed men clashed in Isiolo.")
    assert report.event_type == "Battles", report.event_type


@pytest.mark.parametrize(
    "text",
    [
        "Youths believed to belong to the banned Mungiki sect hacked a tailor to death in Kayole.",
    ],
)
def test_crowd_told_as_group_members_is_the_group(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Attack", report.sub_event_type
    assert report.actor1 is not None and report.actor1.name == "Mungiki Militia", report.actor1
    assert report.actor2 is not None and report.actor2.inter == 7, report.actor2


def test_mob_that_lynches_group_members_stays_a_mob() -> None:
    report = _first("Residents lynched two suspected Mungiki members in Murang'a.")
    assert report.sub_event_type == "Mob violence", report.sub_event_type


def test_factions_of_a_group_that_clash_are_no_attack_on_civilians() -> None:
    report = _first(
        "At least six members of the Mungiki sect were injured when two of its factions clashed in Nakuru."
    )
    assert report.sub_event_type != "Attack", report.sub_event_type


def test_people_roughed_up_by_a_crowd_are_set_on_by_a_mob() -> None:
    report = _first("Worshippers leaving a mosque in Garissa were roughed up by youth.")
    assert report.sub_event_type == "Mob violence", report.sub_event_type


def test_unknown_youths_who_attack_are_an_armed_group() -> None:
    report = _first("A chief was attacked by unknown youths in Kisii.")
    assert report.sub_event_type == "Attack", report.sub_event_type


def test_tear_gas_with_no_crowd_told_is_an_attack_on_civilians() -> None:
    report = _first(
        "Police fired tear gas into a maternity ward in Kakamega, and several patients were treated for breathing problems."
    )
    assert report.sub_event_type == "Attack", report.sub_event_type
    assert report.actor2 is not None and report.actor2.inter == 7, report.actor2


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters in Kisumu.",
        "Hawkers marched to the county offices in Nakuru. Police used teargas to disperse them.",
    ],
)
def test_tear_gas_at_a_crowd_stays_a_protest(text: str) -> None:
    report = _first(text)
    assert report.event_type == "Protests", (report.event_type, report.sub_event_type)


def test_a_gang_of_youths_is_one_armed_side() -> None:
    report = _first("Gangs of youths broke into homes in Korogocho and killed a tenant.")
    assert report.sub_event_type == "Attack", report.sub_event_type
    assert report.actor1 is not None and report.actor1.inter == 3, report.actor1
    assert report.actor2 is not None and report.actor2.inter == 7, report.actor2
