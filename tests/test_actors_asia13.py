"""Actors, round 13 (Asia): the country of a note that names no place but uses one country's
public-life words, soldiers by rank, and a crowd's own bombs."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.countries import usage_country
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2015, 3, 9)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Nurses sat on a dharna outside the hospital for a third day.", "IND"),
        ("Members of the KRRS blocked the road to demand a better price for sugarcane.", "IND"),
        ("SFI and AISA students boycotted classes over the fee hike.", "IND"),
        ("Shops stayed shut across the district on the first day of the hartal.", "BGD"),
        ("Jamat ud Dawa workers rallied after Friday prayers.", "PAK"),
        ("The CDO banned gatherings near the district headquarters.", "NPL"),
        # two countries' words, or none: no country
        ("A dharna went on during the hartal.", None),
        ("Residents blocked the road to protest the water shortage.", None),
        # a short all-capital name only as written
        ("The aisa tree shaded the road.", None),
    ],
)
def test_usage_words_place_a_text(text: str, country: str | None) -> None:
    assert usage_country(text) == country


@pytest.mark.model
def test_a_note_with_no_place_takes_its_country_from_usage_words(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Contract teachers staged a dharna demanding that their jobs be made permanent.")
    assert ("Protesters (India)", 6) in _sides(r), _sides(r)


@pytest.mark.model
def test_a_trooper_is_a_soldier(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Two troopers died when militants opened fire on their post near Baramulla on Tuesday.")
    sides = _sides(r)
    assert sorted(i for _n, i in sides) == [1, 3], sides
    assert any(n.startswith("Military Forces of India") for n, _i in sides), sides


@pytest.mark.model
def test_partisans_own_bombs_are_their_riot(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Party activists detonated a crude bomb outside a rival's office in Khulna on Sunday night.")
    sides = _sides(r)
    assert r.event_type == "Riots", (r.event_type, r.sub_event_type, sides)
    assert sides[0] == ("Rioters (Bangladesh)", 5), sides
    assert all(i != 3 for _n, i in sides), sides
