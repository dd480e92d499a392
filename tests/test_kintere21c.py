"""Round 21c (Kenya sides): a harmed person told by the people they belong to as civilians, the
Somali Islamist insurgency's fighters as Al Shabaab, and a bare definite noun of armed men pointing
back to the band named before it. Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.actor_checks import inter_pair
from tests.event_checks import first_event

_first = partial(first_event, published="2012-05-03")


def _names(report) -> set[str]:  # type: ignore[no-untyped-def]
    return {a.name for a in (report.actor1, report.actor2) if a is not None}


# --- one person of a people, hit, is a civilian ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Borana militia ambushed a lorry near Moyale, killing one man from the Gabra ethnic group.",
        "Orma militia raided a village in Tana River and killed a woman of the Pokomo community.",
    ],
)
def test_a_harmed_person_of_a_people_is_a_civilian(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Violence against civilians"
    assert inter_pair(r) == (4, 7)
    assert not any("Gabra" in n or "Pokomo" in n for n in _names(r))


def test_members_of_a_people_who_attack_stay_its_militia() -> None:
    r = _first("Members of the Pokot community attacked a village in Turkana, killing two herders.")
    assert "Pokot Ethnic Militia (Kenya)" in _names(r)
    assert inter_pair(r) == (4, 7)


def test_members_of_two_peoples_who_clash_stay_their_militias() -> None:
    r = _first(
        "Two people were hurt after members of the Kisii and Kipsigis communities clashed over land near Sotik."
    )
    assert inter_pair(r) == (4, 4)


# --- Somali Islamists in Kenya are Al Shabaab ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Somali Islamists raided a police post near Garissa, killing two officers.",
        "Somali Islamist rebels stormed a police camp in Wajir, killing four officers.",
    ],
)
def test_somali_islamists_are_al_shabaab(text: str) -> None:
    r = _first(text)
    assert "Al Shabaab" in _names(r)
    assert inter_pair(r) == (1, 2)


# --- "the militia" after a named band is that band -------------------------------------------------


def test_the_militia_points_back_to_the_band_named_before() -> None:
    r = _first(
        "Three more herders have been shot dead by suspected Dassanach raiders from Ethiopia, "
        "a week after the militia killed 12 other Kenyans."
    )
    assert r.event_type == "Violence against civilians"
    assert inter_pair(r) == (4, 7)


def test_a_band_told_apart_by_its_own_name_is_a_second_side() -> None:
    r = _first("Pokot raiders struck a settlement near Lokori and the Turkana militia repulsed them.")
    assert inter_pair(r) == (4, 4)


# --- a force a mob's victim is handed to, or taken from, is no side --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A ward administrator was beaten by residents over claims of bribery and suffered head wounds "
        "before being handed over to police.",
        "A man suspected of stealing a motorbike in Homa Bay was grabbed from police custody by residents "
        "and beaten to death.",
    ],
)
def test_a_force_a_victim_passes_to_or_from_is_no_side_of_mob_violence(text: str) -> None:
    r = _first(text)
    assert r.sub_event_type == "Mob violence"
    assert inter_pair(r) == (5, 7)


def test_a_force_that_clashes_with_a_crowd_stays_its_side() -> None:
    r = _first("Residents clashed with police in Homa Bay after officers arrested a hawker.")
    assert inter_pair(r) == (1, 5)
