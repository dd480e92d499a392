"""Actors, round 14 (Kenya): Kenya's constituencies and towns below the gazetteer's floor place a
text, a band made of a people is that people's militia, a force named only in what a crowd
protests is no side, Kenya's Administration Police camps are the police's, and Uganda's and Ethiopia's
armies carry their regimes' years."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

pytestmark = pytest.mark.model

WHEN = date(2018, 6, 4)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Likoni protested over water shortages.",
        "Boda boda riders in Matungu protested against new parking fees.",
    ],
)
def test_a_kenyan_constituency_places_the_text(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.actor1 is not None and r.actor1.name == "Protesters (Kenya)", _sides(r)


@pytest.mark.parametrize(
    ("text", "militia"),
    [
        ("A group of Luos surrounded a police station and police opened fire, killing three.", "Luo Ethnic Militia"),
        ("A gang of about 300 Kikuyu attacked houses in the estate, forcing families to flee.", "Kikuyu Ethnic Militia"),
    ],
)
def test_a_band_made_of_a_people_is_its_militia(coder, text: str, militia: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert any(n.startswith(militia) and i == 4 for n, i in _sides(r)), _sides(r)


def test_a_band_of_a_people_that_is_hit_stays_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Gunmen attacked a group of Kikuyu travellers on the highway, killing two.")
    assert 4 not in [i for _n, i in _sides(r)], _sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Traders burned tyres and blocked the road to express their displeasure with the police.",
        "Residents barricaded the highway over the death of a boda boda rider at the hands of police.",
    ],
)
def test_a_force_named_only_in_the_grievance_is_no_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert [i for _n, i in _sides(r)] == [5], _sides(r)


def test_a_force_that_acts_on_the_crowd_stays_a_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Youths rioted and police fired tear gas to disperse them.")
    assert sorted(i for _n, i in _sides(r)) == [1, 5], _sides(r)


def test_an_administration_police_camp_is_the_polices(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Armed men fired at the AP camp in Mandera during the night.")
    assert sorted(i for _n, i in _sides(r)) == [1, 3], _sides(r)


def test_a_foreign_army_is_named_with_its_regimes_years(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "UPDF soldiers shot dead three herders in Turkana.")
    assert r.actor1 is not None and r.actor1.name == "Military Forces of Uganda (1986-)", _sides(r)
