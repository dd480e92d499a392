"""Actors, round 19b (Asia sides): named groups the dictionary missed or that notes spell loosely,
a rebel group's ranks, a tie told in a sentence the report skipped, the South Asian names of the
police and of a strike's pickets, and an unclaimed attack named only by a group's past."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import alias_matches, spelled_alike
from dateline.extract.events import _unclaimed_habit
from tests.actor_checks import first_report, sentence_actors
from tests.actor_checks import sides as _sides

WHEN = date(2016, 3, 14)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Baloch seperatists", "Baloch Separatists (Pakistan)"),
        ("Achik Matgrik Elite Force", "AMEF: Achik Matgrik Elite Force"),
        ("Hafiz Gul Bahadur group", "Hafiz Gul Bahadur Group"),
        ("NDFB(S)", "NDFB-S: National Democratic Front of Bodoland - Songbijit"),
        ("Parbatya Chattagram Jana Sanghati Samiti", "PCJSS: Parbatya Chattagram Jana Sanghati Samity Militia"),
        ("Lashkar e Taiba", "LeT: Lashkar-e-Taiba"),
    ],
)
def test_named_groups_and_their_loose_spellings(written: str, name: str) -> None:
    found = [g.name for _s, _e, _w, g in alias_matches(f"Police said {written} fighters were behind the raid.")]
    assert found == [name], found


def test_only_long_hyphenated_names_are_spelled_with_spaces() -> None:
    assert spelled_alike(("Jaish-e-Mohammad", "NSCN-K", "ULFA-I")) == ["Jaish-e-Mohammad", "NSCN-K", "ULFA-I", "Jaish e Mohammad"]


@pytest.mark.model
def test_a_misspelt_separatist_name_is_the_rebel_group(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, "Two Baloch seperatists were killed in a gunfight with FC troops in Kech district.", "PAK", WHEN)
    assert ("Baloch Separatists (Pakistan)", 2) in found, found


@pytest.mark.model
def test_a_rebel_groups_cadres_are_the_group(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Two ULFA cadres were killed in an encounter with the army in Tinsukia district on Monday.")
    assert ("ULFA: United Liberation Front of Assam", 2) in _sides(r), _sides(r)
    assert sorted(i for _n, i in _sides(r)) == [1, 2], _sides(r)


@pytest.mark.model
def test_members_told_in_a_skipped_sentence_name_the_fighters(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(
        coder,
        "Troops shot dead four gunmen in a raid on a hideout near Khagrachari town on Sunday. "
        "Officials said the gunmen were members of the Parbatya Chattagram Jana Sanghati Samiti. Two troops were hurt.",
    )
    assert ("PCJSS: Parbatya Chattagram Jana Sanghati Samity Militia", 3) in _sides(r), _sides(r)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Law enforcers fired rubber bullets at a crowd in Sylhet on Monday.",
        "Four militants were killed in an operation conducted by law-enforcement agencies in Sylhet.",
    ],
)
def test_law_enforcers_are_the_police(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, text, "BGD", WHEN)
    assert ("Police Forces of Bangladesh", 1) in found, found


@pytest.mark.model
def test_a_strikes_enforcers_are_protesters(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Police arrested 30 bandh enforcers in Kathmandu on Sunday.")
    assert sorted(i for _n, i in _sides(r)) == [1, 6], _sides(r)


@pytest.mark.model
def test_a_strikes_enforcers_who_fight_police_are_rioters(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Bandh enforcers clashed with police in Janakpur; five were injured.")
    assert sorted(i for _n, i in _sides(r)) == [1, 5], _sides(r)


@pytest.mark.model
def test_enforcers_of_nothing_named_are_no_side(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, "The enforcers of the new rules visited the market in Kathmandu.", "NPL", WHEN)
    assert all(i != 6 for _n, i in found), found


def test_an_unclaimed_attack_named_by_a_groups_past() -> None:
    assert _unclaimed_habit("No group has claimed the attack, but X has been responsible for attacks on convoys in the past.")
    assert not _unclaimed_habit("X claimed responsibility for the attack.")


@pytest.mark.model
def test_an_unclaimed_attack_keeps_its_unnamed_doer(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(
        coder,
        "Gunmen on motorbikes wounded three labourers building a road near Turbat on Friday. "
        "Nobody has claimed the shooting, though Baloch separatist groups attacked such projects in the past.",
    )
    assert r.actor1 is not None and r.actor1.inter == 3 and r.actor1.name.startswith("Unidentified Armed Group"), _sides(r)
