"""Actors, round 15 (Asia): two states firing across the line between them, unnamed fighters whom
the text ties to a named group, more ways of telling two crowds fighting each other, and India's
Congress and state governments placing a note that names no place, and "tribal" naming a victim's people."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import ActorMention, cross_line_foe, identity_words, named_for_unnamed
from dateline.extract.countries import usage_country
from dateline.extract.events import _crowds_clash_text
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2015, 6, 16)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


def _force(country: str) -> ActorMention:
    return ActorMention(f"Military Forces of {country}", "troops", 1, {"India": "IND", "Pakistan": "PAK"}[country], "state", 1, 2, 4, 10)


def _filled() -> ActorMention:
    return ActorMention("Unidentified Armed Group (India)", "", 3, "IND", "unidentified", 0, 0, 0, 0)


@pytest.mark.parametrize(
    ("text", "foe"),
    [
        # the other state named in the text
        ("Indian and Pakistani soldiers traded fire over the Line of Control in Uri sector.", "PAK"),
        ("Troops of India and Pakistan violated the ceasefire in Poonch district.", "PAK"),
        # only the line named: geography puts Pakistan across it from India
        ("A jawan was wounded in cross-LoC firing in Keran sector on Monday.", "PAK"),
        # armed men of no state across the line: an armed group, left as found
        ("Two infiltrators were shot dead along the LoC in Gurez.", None),
        ("An army patrol exchanged fire with militants across the LoC.", None),
        # no line or border told
        ("Troops exchanged fire with unknown men in Kupwara.", None),
    ],
)
def test_cross_line_foe(text: str, foe: str | None) -> None:
    a1, a2 = cross_line_foe(text, _force("India"), _filled(), "IND", WHEN)
    assert a1 is not None and a1.country == "IND"
    if foe is None:
        assert a2 is not None and a2.kind == "unidentified"
    else:
        assert a2 is not None and a2.country == foe and a2.kind == "state" and a2.inter == 8, a2


def test_cross_line_foe_keeps_a_named_side() -> None:
    named = ActorMention("LeT: Lashkar-e-Taiba", "LeT", 2, "PAK", "group", 5, 6, 30, 33)
    _a1, a2 = cross_line_foe("Troops fired across the LoC at LeT men.", _force("India"), named, "IND", WHEN)
    assert a2 is named


@pytest.mark.model
def test_firing_across_the_loc_is_between_two_states(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "An Indian army soldier was injured in firing across the LoC in Rajouri district on Tuesday.")
    sides = _sides(r)
    assert r.event_type == "Battles", (r.event_type, sides)
    assert sorted(i for _n, i in sides) == [1, 8], sides
    assert any(n.startswith("Military Forces of Pakistan") for n, _i in sides), sides


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("A militant died in a gunfight with troops. The militant was affiliated with Hizbul Mujahideen.", "HM: Hizb-ul-Mujahideen"),
        ("Gunmen shot two soldiers. Police believe the attackers belonged to the Baloch Liberation Army.", "BLA: Baloch Liberation Army"),
        ("Militants ambushed a patrol. The TTP claimed responsibility for the ambush.", "TTP: Tehreek-i-Taliban Pakistan"),
        # the group denies it, or two groups are tied: no one group
        ("Militants ambushed a patrol. The TTP denied any role in the ambush.", None),
        ("Militants ambushed a patrol. Police suspect the TTP or members of Lashkar-e-Jhangvi.", None),
        # a group only mentioned is no tie
        ("Militants ambushed a patrol near a village once held by the TTP.", None),
    ],
)
def test_named_for_unnamed(text: str, group: str | None) -> None:
    force = _force("Pakistan")
    fighters = ActorMention("Unidentified Armed Group (Pakistan)", "Militants", 3, "PAK", "unidentified", 0, 1, 0, 9)
    a1, a2 = named_for_unnamed(text, fighters, force, "PAK", WHEN)
    assert a2 is force
    assert a1 is not None
    if group is None:
        assert a1 is fighters
    else:
        assert a1.name == group and a1.kind == "group", a1


@pytest.mark.parametrize(
    ("text", "clash"),
    [
        ("Supporters of the two candidates hurled stones at each other near the booth.", True),
        ("Workers of opposing political parties came to blows over a poster. Police were deployed.", True),
        ("Clashes broke out between JD(U) and RJD workers in the market. Police fired tear gas.", True),
        ("BJD and BJP workers clashed outside the counting centre.", True),
        # a force as a side of the clash, or "them" naming sides told before
        ("Clashes broke out between the villagers and the police near the dam.", False),
        ("Traders and security personnel were hurt in clashes that ensued between them.", False),
    ],
)
def test_more_crowds_fighting_each_other(text: str, clash: bool) -> None:
    assert _crowds_clash_text(text) is clash


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Congress members held a rally against the new liquor policy.", "IND"),
        ("Contract nurses protested, urging the state government to raise their pay.", "IND"),
        # the US legislature told legislating names no Indian party
        ("Congress passed the budget after a long debate.", None),
    ],
)
def test_usage_of_indian_public_life(text: str, country: str | None) -> None:
    assert usage_country(text) == country


@pytest.mark.model
def test_militant_tied_to_a_group_is_that_group(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(
        coder,
        "A militant was killed in a gunfight with troops in Shopian district on Monday. The militant was affiliated with Hizbul Mujahideen.",
    )
    sides = _sides(r)
    assert r.event_type == "Battles", (r.event_type, sides)
    assert ("HM: Hizb-ul-Mujahideen", 2) in sides, sides


@pytest.mark.model
def test_parties_rioting_against_one_another_are_rioters_on_both_sides(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(
        coder,
        "Workers of opposing political parties pelted stones at one another in Kannur on Sunday. Police were deployed in the area.",
    )
    sides = _sides(r)
    assert r.event_type == "Riots", (r.event_type, sides)
    assert [i for _n, i in sides] == [5, 5], sides


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A senior tribal journalist was shot and wounded in Peshawar.", False),
        ("Gunmen killed two tribal elders in the tribal areas.", False),
        # a fight the text calls tribal stays a communal cue
        ("Four were killed in tribal clashes over grazing land.", True),
        ("A tribal elder was killed as tribal fighting spread.", True),
    ],
)
def test_tribal_naming_a_people_is_no_fight(text: str, kept: bool) -> None:
    words = {w.strip(".").lower() for w in text.split()}
    assert ("tribal" in identity_words(words, text)) is kept


@pytest.mark.model
def test_a_tribal_journalist_shot_is_no_communal_violence(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "A senior tribal journalist was shot and wounded in Peshawar on Monday.")
    sides = _sides(r)
    assert r.event_type == "Violence against civilians", (r.event_type, sides)
    assert [i for _n, i in sides] == [3, 7], sides

