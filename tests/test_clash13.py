"""Attack or armed clash, round 13 (Kenya): a place's guard is private security, so his fall is a
fight with an armed side; a force that kills people in a shoot-out fought an armed side; and the
members of a clan or tribe an armed group sets on are civilians. Sentences are our own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sides

pytestmark = pytest.mark.model

WHEN = date(2018, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Armed men killed a school guard in Garissa on Monday night.",
        "Bandits shot dead a security guard at a petrol station in Isiolo.",
        "A night watchman was hacked to death by unknown attackers in Kitale.",
        "Gunmen attacked a bank in Mombasa and wounded its guard.",
    ],
)
def test_a_place_guard_hit_is_a_clash_with_private_security(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Armed clash", (text, r.sub_event_type)
    assert ("Private Security Forces (Kenya)", 8) in sides(r), sides(r)


@pytest.mark.parametrize(
    "text",
    [
        # a person's guard is counted with the man he guards
        "Gunmen shot the MP in Wajir and wounded his guard.",
        # civilians among the dead keep it an attack on civilians
        "Gunmen killed two villagers and a guard at a market in Mandera.",
        # a school crossing guard is no armed man
        "Pokot raiders attack and kill a crossing guard in Tot village.",
    ],
)
def test_a_persons_guard_or_civilians_hit_stays_an_attack(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Attack", (text, r.sub_event_type)
    assert all(name != "Private Security Forces (Kenya)" for name, _ in sides(r)), sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Police officers shot dead three suspected gangsters after a fierce exchange of fire in Kayole.",
        "Police shot dead two men at a roadblock in Garissa. A shootout followed after the men opened fire on the officers.",
    ],
)
def test_a_shoot_out_with_police_is_a_clash(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Armed clash", (text, r.sub_event_type)
    assert sorted(inter for _, inter in sides(r)) == [1, 3], sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Police shot dead two youths in Kibera. Police claimed the youths died in a shootout.",
        "Two bystanders were killed in a shootout between police and carjackers in Westlands.",
    ],
)
def test_a_claimed_shoot_out_or_civilians_caught_in_one_stay_an_attack(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    assert first_report(coder, text, WHEN).sub_event_type == "Attack"


@pytest.mark.parametrize(
    "text",
    [
        "Degodia fighters attack and kill three members of the Garre clan at Rhamu.",
        "Armed fighters from the Samburu tribe attacked members of the Turkana tribe - six people were killed in the attack.",
    ],
)
def test_members_of_a_clan_set_on_are_civilians(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Attack", (text, r.sub_event_type)
    assert sorted(inter for _, inter in sides(r)) == [4, 7], sides(r)


def test_a_clan_militia_set_on_is_a_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Gunmen ambush and shoot dead three fighters of a Garre clan militia outside Elwak.", WHEN)
    assert r.sub_event_type == "Armed clash", r.sub_event_type
