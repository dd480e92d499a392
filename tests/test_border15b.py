"""Round 15b (border): the country an event happens in, read past border, origin and destination
phrases and past the demonym of raiders; a state's named service acting abroad is an external
force (inter 8); unnamed armed men are named after the country they are said to come from."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.geo.toponyms import inside_votes
from tests.actor_checks import first_report, sentence_actors
from tests.actor_checks import sides as _sides

WHEN = date(2018, 6, 4)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


def test_a_country_the_text_puts_events_inside_gets_a_strong_vote() -> None:
    assert inside_votes("Shelling inside the Kenyan border killed two herders.") == {"KEN": 4}
    assert inside_votes("Ugandan troops entered Kenya at dawn.") == {"KEN": 4}
    assert inside_votes("Raiders struck on Ugandan soil.") == {"UGA": 4}
    # a country named otherwise is no such vote
    assert not inside_votes("Kenyan police shot two raiders in Turkana.")


@pytest.mark.model
def test_a_named_service_abroad_is_an_external_force(nlp) -> None:  # type: ignore[no-untyped-def]
    abroad = sentence_actors(nlp, "UPDF soldiers shelled a village in Turkana, killing two herders.", "KEN", WHEN)
    assert any(name.startswith("Military Forces of Uganda") and inter == 8 for name, inter in abroad), abroad
    home = sentence_actors(nlp, "UPDF soldiers shelled a village in Karamoja, killing two herders.", "UGA", WHEN)
    assert any(name.startswith("Military Forces of Uganda") and inter == 1 for name, inter in home), home


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "origin"),
    [
        ("Armed men from Somalia shot dead a chief in Mandera.", "Somalia"),
        ("Gunmen thought to be from Ethiopia shot dead two traders in Moyale.", "Ethiopia"),
    ],
)
def test_unnamed_armed_men_are_named_after_where_they_come_from(coder, text: str, origin: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.location is not None and r.location.country == "KEN", r.location
    assert f"Unidentified Armed Group ({origin})" in [name for name, _i in _sides(r)], _sides(r)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # an origin or a destination is not where the event is
        "Gunmen from Somalia shot dead two Kenyan teachers at a school in Elwak.",
        "Bandits fled into Ethiopia after killing two Kenyan herders at a watering point.",
        # a place "near the X border" lies on this side of it
        "Militants attacked a camp of Kenyan soldiers on Lamu Island near Somalia border, killing three.",
        # the raiders' demonym says where they come from
        "Ethiopian raiders killed three Kenyan police officers.",
    ],
)
def test_border_origin_and_raider_words_do_not_set_the_country(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.location is not None and r.location.country == "KEN", (r.location, _sides(r))
    # Kenya's own forces in Kenya are no external force
    assert all(inter != 8 for _n, inter in _sides(r)), _sides(r)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Shelling by UPDF soldiers inside the Kenyan border killed two herders.",
        "UPDF troops entered Kenya in pursuit of raiders and shot dead two herders.",
        # the force's own name, said three times, does not outvote where the text puts the shelling
        (
            "Shelling by the Uganda People's Defence Force (UPDF) inside the Kenyan border during a UPDF"
            " disarmament drive against armed Pokot herders left three dead; the UPDF seized 500 cattle."
        ),
    ],
)
def test_a_foreign_force_inside_the_country_is_external(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.location is not None and r.location.country == "KEN", (r.location, _sides(r))
    assert ("Military Forces of Uganda (1986-)", 8) in _sides(r), _sides(r)


@pytest.mark.model
def test_a_base_abroad_does_not_set_the_country(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Two Pakistan-based militants were killed in a gunfight with troops in Sopore on Sunday.")
    assert r.location is not None and r.location.country == "IND", (r.location, _sides(r))
