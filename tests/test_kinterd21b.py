"""Round 21b (Kenya, interaction and actor match): the young men of an armed organisation as that
organisation, its supporters still a crowd, a people hit right after a headline's act word as
civilians, a people's name before a band's own modifiers naming the band, more acts of a people's
militia, and unnamed bands tied to a named group as that group. Sentences are invented for these
tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2012-05-03")


def _names(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in (report.actor1, report.actor2) if a is not None}


# --- an armed organisation's young men are the organisation ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Youths with the Mombasa Republican Council attacked police officers in Kilifi on Sunday.",
        "Suspected MRC youths attacked a police patrol near Kwale town on Tuesday.",
    ],
)
def test_youths_of_a_secessionist_council_are_the_council(text: str) -> None:
    r = _first(text)
    assert "MRC: Mombasa Republican Council" in _names(r)
    assert inter_pair(r) == (1, 3)


def test_supporters_of_the_council_stay_a_crowd() -> None:
    r = _first("MRC supporters clashed with each other outside the Mombasa court on Monday.")
    assert r.event_type == "Riots"
    assert "MRC: Mombasa Republican Council" not in _names(r)


# --- a people named after a headline's act word is hit ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Samburu attack Borana farmers near Isiolo town.",
        "Gabra kill Borana herders at a watering point near Moyale.",
    ],
)
def test_people_after_a_headline_act_word_are_civilians(text: str) -> None:
    r = _first(text)
    assert inter_pair(r) == (4, 7)
    assert f"{text.split()[0]} Ethnic Militia (Kenya)" in _names(r)


def test_people_speared_by_a_named_people() -> None:
    r = _first("Turkana spear Pokot herder to death near Kapedo.")
    assert "Turkana Ethnic Militia (Kenya)" in _names(r)
    assert inter_pair(r) == (4, 7)


def test_named_people_before_a_bands_modifiers_names_the_band() -> None:
    r = _first("Marakwet ethnic militia attack Tugen village near Tot, kill two.")
    assert "Marakwet Ethnic Militia (Kenya)" in _names(r)
    assert inter_pair(r) == (4, 7)


# --- an unnamed band tied to a named group is that group -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Gunmen thought to be linked with Al Shabaab ambush and kill two police officers in Lamu.",
            (1, 2),
        ),
        (
            "Attackers linked to Al Shabaab hurled a grenade into a mosque in Garissa, injuring worshippers.",
            (2, 7),
        ),
        ("Gunmen believed to belong to Al Shabaab killed a teacher in Mandera on Friday.", (2, 7)),
    ],
)
def test_band_tied_to_a_named_group_is_the_group(text: str, pair: tuple[int, int]) -> None:
    r = _first(text)
    assert "Al Shabaab" in _names(r)
    assert inter_pair(r) == pair


def test_untied_gunmen_stay_unidentified() -> None:
    r = _first("Gunmen killed a chief in Mandera on Friday.")
    assert inter_pair(r) == (3, 7)


# --- a headline's people joined to its verb by "and" act -------------------------------------------------


def test_residents_joined_to_a_headline_verb_are_the_mob() -> None:
    r = _first("Residents of Kibera attack and kill a man suspected of theft.")
    assert (r.event_type, r.sub_event_type) == ("Riots", "Mob violence")
    assert inter_pair(r) == (5, 7)


def test_residents_hit_by_gunmen_stay_the_victims() -> None:
    r = _first("Residents of Kibera were attacked and killed by gunmen.")
    assert inter_pair(r) == (3, 7)


# --- an unnamed identity militia named as ACLED named it on the event's date ----------------------------


@pytest.mark.parametrize(
    ("published", "name"),
    [
        ("2009-03-02", "Unidentified Ethnic Militia (Kenya)"),
        ("2017-03-02", "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_unnamed_raiders_named_by_the_period(published: str, name: str) -> None:
    r = first_event(
        "Raiders attacked a village near Baragoi and drove off 200 cattle, killing a herder.", published
    )
    assert r.actor1 is not None and r.actor1.name == name
    assert inter_pair(r) == (4, 7)
