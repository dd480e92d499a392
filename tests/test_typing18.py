"""Round 18 (ktype3): an act told in an "after" phrase is what came before the event, not the
event; unnamed men said to be a named group's members are that group, one side; civilians are
never a side of a battle (ACLED: battles are fought between armed, organised sides)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sides

WHEN = date(2019, 6, 4)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "On 4 June 2019, police officers exchanged fire with suspected Al Shabaab militants in Lamu county after their truck nearly ran over an IED.",
            "Battles",
        ),
        ("On 4 June 2019, angry youths in Garissa attacked Somali traders after a grenade attack on a church.", "Riots"),
    ],
)
def test_an_act_told_after_another_is_the_event(coder, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == event_type, (r.event_type, r.sub_event_type)


def test_a_relative_clause_in_the_after_phrase_is_not_set_aside() -> None:
    from dateline.extract.events import _before_clause
    from dateline.nlp.model import load_model

    nlp = load_model()
    doc = nlp("A shop burnt in Meru after a crowd that torched it blamed the owner for a theft.")
    # the mob's own act, told in a relative clause, may be the event itself
    assert _before_clause(next(t for t in doc if t.lower_ == "torched")) is None
    doc = nlp("Police beat two traders in Meru after a mob accused them of theft.")
    assert _before_clause(next(t for t in doc if t.lower_ == "beat")) is None
    assert _before_clause(next(t for t in doc if t.lower_ == "theft")) is not None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("On 4 June 2019, armed men thought to be members of Al Shabaab shot four traders dead near Lamu.", "Al Shabaab"),
        ("On 4 June 2019, a gang of 50 Mungiki members killed three people in Nakuru.", "Mungiki Militia"),
    ],
)
def test_unnamed_men_said_to_be_a_groups_members_are_that_group(coder, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Attack", r.sub_event_type
    assert r.actor1 is not None and r.actor1.name == group, sides(r)
    assert [inter for _, inter in sides(r)][1] == 7, sides(r)


def test_men_who_killed_a_groups_members_stay_a_side_of_their_own(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "On 4 June 2019, unknown gunmen killed two members of the Mungiki sect in Thika.", WHEN)
    assert "Mungiki Militia" in [name for name, _ in sides(r)], sides(r)
    assert len(sides(r)) == 2, sides(r)


def test_one_man_who_shoots_an_officer_is_an_armed_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "On 4 June 2019, a man posing as a customer shot a police officer at a bar in Kisumu.", WHEN)
    assert r.sub_event_type == "Armed clash", r.sub_event_type
    assert sorted(inter for _, inter in sides(r)) == [1, 3], sides(r)


def test_civilians_shot_by_rangers_are_the_victims_of_an_attack(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "On 4 June 2019, a row over grazing in Tsavo led to the shooting of a member of the Orma community by Kenya Wildlife Service rangers.", WHEN)
    assert r.sub_event_type == "Attack", r.sub_event_type
    assert 7 in [inter for _, inter in sides(r)], sides(r)


def test_a_passive_toll_verb_does_not_set_the_after_phrase_aside(coder) -> None:  # type: ignore[no-untyped-def]
    # the "after" phrase tells the fight; the main verb only tells how the attacker fell
    r = first_report(coder, "On 4 June 2019, a man was shot dead by police outside a mall in Nairobi after stabbing a GSU officer with a knife.", WHEN)
    assert r.sub_event_type == "Armed clash", r.sub_event_type



@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # an arrest or a curfew answers the act told "after": that act is the event ACLED codes
        ("On 4 June 2019, police detained ten students after they began vandalising a city bus in Ludhiana.", "Riots"),
        ("On 4 June 2019, authorities imposed a curfew in Birgunj after supporters of the alliance began their protests.", "Protests"),
    ],
)
def test_a_strategic_development_does_not_set_the_act_it_answers_aside(coder, text: str, event_type: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == event_type, (r.event_type, r.sub_event_type)
