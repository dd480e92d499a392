"""Actors, round 11: identity militias named as doers, a force's nation on its head noun, where
people came from, rioters who hurt bystanders, and context terms that place a text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sentence_actors

pytestmark = pytest.mark.model

WHEN = date(2018, 6, 4)


def _names(nlp, text: str, country: str | None = "KEN") -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return sentence_actors(nlp, text, country, WHEN)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        # the people named are the passive's agent: they did the beating
        "A herdsman was beaten to death by four Samburu youths near Maralal on Sunday.",
        # what the subject is made of: the group of youths attacked
        "A gang of armed Turkana youths attacked a homestead near Lokichar on Sunday.",
    ],
)
def test_a_people_named_as_the_doer_is_its_militia(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, text)
    militia = [n for n, i in found if i == 4 and "Ethnic Militia" in n]
    assert militia, found
    # the youths are the militia, not a crowd or civilians of their own
    assert not any(i in (5, 6) for _n, i in found), found
    assert not any(n.startswith("Civilians") and ("Samburu" in n or "Turkana" in n) for n, _i in found), found


def test_people_hit_by_a_militia_stay_civilians(nlp) -> None:  # type: ignore[no-untyped-def]
    # the object of the act, and people who only live in a place named by "by", are hit, not doers
    found = _names(nlp, "Raiders shot dead three Borana herders near Moyale on Sunday.")
    assert ("Civilians (Kenya)", 7) in found, found
    found = _names(nlp, "Gunmen torched a village inhabited by Pokomo farmers on Sunday.")
    assert not any("Pokomo" in n for n, _i in found), found


def test_a_force_takes_the_nation_of_the_noun_it_qualifies(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, "An Ethiopian militia shot dead two Kenyan police officers at the border.", country="ETH")
    assert any(n.startswith("Police Forces of Kenya") and i == 8 for n, i in found), found
    assert not any(n.startswith("Police Forces of Ethiopia") for n, _i in found), found


def test_where_people_came_from_names_no_state_force(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Uganda attack" is no Ugandan army's attack: the country is where the raiders came from
    found = _names(nlp, "Raiders from Uganda attack Kenyan herders in Turkana.")
    assert not any(n.startswith("Military Forces") for n, _i in found), found


def test_rioters_who_hurt_bystanders_set_on_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Two passengers were injured when picketers hurled stones at a bus in Chittagong on Sunday.")
    assert r.sub_event_type == "Mob violence", r.sub_event_type
    assert sorted(a.inter for a in (r.actor1, r.actor2) if a is not None) == [5, 7], (r.actor1, r.actor2)


def test_a_riot_with_no_one_hurt_keeps_no_second_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Picketers hurled stones at a bus in Chittagong on Sunday.")
    assert r.actor2 is None or r.actor2.inter != 7, r.actor2


def test_new_context_terms_place_the_text() -> None:
    from dateline.extract.countries import context_votes

    assert context_votes("Youths stormed the TNA offices after the party primaries.") == {"KEN": 1}
    assert context_votes("The victims were taken to Dhaka Medical College Hospital.") == {"BGD": 1}
    assert context_votes("Ex-servicemen staged a sit-in demanding OROP.") == {"IND": 1}
    # short capitals count only as written
    assert not context_votes("He wrote about tna and orop in lower case.")


def test_a_force_the_text_says_did_not_act_is_no_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Traders barricaded the road in Eldoret on Monday. The police did not intervene.")
    assert r.actor2 is None or r.actor2.inter != 1, r.actor2
    r = _report(coder, "Traders barricaded the road in Eldoret on Monday. The police dispersed them with tear gas.")
    assert r.actor2 is not None and r.actor2.inter == 1, r.actor2


def test_a_bomb_aimed_at_people_has_civilians_as_its_target(coder) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Unidentified assailants lobbed a grenade into a congregation in Wajir on Sunday. Nobody was hurt.",
        "Attackers hurled an explosive device at a primary school in Wajir on Sunday. Nobody was hurt.",
    ):
        r = _report(coder, text)
        assert r.actor2 is not None and r.actor2.inter == 7, (text, r.actor2)
    r = _report(coder, "A bomb went off near a fuel depot in Garissa on Sunday. Nobody was hurt.")
    assert r.actor2 is None, r.actor2


def test_prison_warders_are_a_police_force(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, "Prison warders beat up a visitor at the gate in Kakamega.")
    assert any(n.startswith("Police Forces of Kenya") and i == 1 for n, i in found), found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ATPU officers detained two traders in Mombasa.", "Police Forces of Kenya"),
        ("Ilchamus raiders attacked a homestead near Marigat.", "Ilchamus Ethnic Militia (Kenya)"),
        ("Sebei raiders attacked a homestead near Kapchorwa.", "Sebei Ethnic Militia"),
    ],
)
def test_dictionary_names_added_in_round_11(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, text)
    assert any(n.startswith(name) for n, _i in found), found
