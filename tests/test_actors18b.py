"""Actors, round 18b: one follower of a group named by its followers' plural ("a Maoist
commander"), and a passive act's 'by' phrase that the parse hangs on a place instead of the verb
("killed in and around the town by government forces")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sentence_actors
from tests.actor_checks import sides as _sides

pytestmark = pytest.mark.model

WHEN = date(2016, 3, 14)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("A Maoist commander was shot dead in a gunfight with police in Gaya district.", "commander"),
        ("Police arrested two Naxalite cadres in Gaya district on Sunday.", "cadres"),
    ],
)
def test_a_follower_singular_before_a_rank_names_the_group(nlp, text: str, noun: str) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, text, "IND", WHEN)
    assert ("CPI (Maoist): Communist Party of India (Maoist)", 2) in found, (noun, found)


def test_a_follower_singular_abroad_names_no_other_country_group(nlp) -> None:  # type: ignore[no-untyped-def]
    # the Indian party's followers' name, in a text placed in Nepal, is not the Indian party
    found = sentence_actors(nlp, "A Maoist cadre was beaten by rival activists in Dhading on Sunday.", "NPL", WHEN)
    assert all(not name.startswith("CPI (Maoist)") for name, _i in found), found


def test_a_maoist_commander_killed_in_a_gunfight_is_a_battle_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "A Maoist commander was shot dead in an exchange of fire with police in Gaya district.")
    assert sorted(i for _n, i in _sides(r)) == [1, 2], _sides(r)


def test_a_by_phrase_hung_on_a_place_still_names_the_doer(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Several villagers were said to have been killed in and near Laukkai town by Myanmar Armed Forces.")
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Myanmar"), _sides(r)
    assert sorted(i for _n, i in _sides(r)) == [1, 7], _sides(r)
