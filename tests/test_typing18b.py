"""Round 18b (ktype4): people who clash with a police force riot rather than fall victim to it;
burning tyres are a crowd's act, never what it protests; what a reply answers ("responded to an
attack by ...", "in response to clashes") came before the event."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report

WHEN = date(2019, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Police and traders clashed over the demolition of market stalls in Kisumu on Monday.",
        "Police clashed with students who were protesting the death of a classmate in Eldoret.",
        "Two people were hurt during a running battle between police and residents of Kibera.",
    ],
)
def test_people_who_clash_with_police_riot(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Riots", (r.event_type, r.sub_event_type)
    assert sorted(a.inter for a in (r.actor1, r.actor2) if a is not None) == [1, 5]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Kiambu protested the poor state of a road on Monday, burning tyres.",
        "Residents of Kiambu protest the poor state of a road, burning tyres.",
    ],
)
def test_burning_tyres_are_the_crowds_act(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Violent demonstration", r.sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type", "trigger"),
    [
        ("Soldiers responded to an ambush on their convoy in Lamu by beating residents of the village.", "Attack", "beating"),
        ("Police responded to a grenade attack on their post by assaulting traders in Garissa.", "Attack", "assaulting"),
        ("Residents held demonstrations in response to clashes between two clans in Wajir.", "Peaceful protest", "demonstrations"),
    ],
)
def test_what_a_reply_answers_is_not_the_event(coder, text: str, sub_event_type: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    triggers = [e.text for e in r.evidence if e.field == "trigger"]
    assert r.sub_event_type == sub_event_type, (r.sub_event_type, triggers)
    assert trigger in triggers, triggers


def test_a_force_that_clashes_with_civilians_is_never_a_battle_with_them(coder) -> None:  # type: ignore[no-untyped-def]
    # a feud over land is no riot, and civilians are no side of a battle: the force's violence fell on them
    text = "On Monday a man was shot and a woman was beaten when police clashed with squatters over a disputed plot at Mtwapa."
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Attack", (r.sub_event_type, [(a.name, a.inter) for a in (r.actor1, r.actor2) if a is not None])
