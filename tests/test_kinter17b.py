"""Round 17b (kinter): armed men the text says come from a community, a village, a clan or a
listed people are that community's identity militia (ACLED codebook, inter 4); believers of a faith
who attack as a band are that faith's militia; a clash told of one plural band of rivals has that
band on both sides."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import ActorMention, rival_bands
from tests.actor_checks import first_report, sentence_actors, sides

WHEN = date(2018, 9, 12)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Armed men from Kapsait village stormed a homestead in Tot on Tuesday, killing two people.", "Kapsait Communal Militia (Kenya)"),
        ("A militia from the Orma community attacked Chara village on Friday, killing a herder.", "Orma Ethnic Militia (Kenya)"),
        ("Gunmen from the Degodia clan attacked a trading centre near Rhamu, killing two traders.", "Degodia Ethnic Militia (Kenya)"),
        ("Suspected bandits from Marakwet raided Chesogon and shot dead two herders.", "Marakwet Ethnic Militia (Kenya)"),
        ("Gunmen from the Matan clan attacked a homestead near Wajir, killing a boy.", "Matan Clan Militia (Kenya)"),
    ],
)
def test_armed_men_from_a_community_are_its_militia(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert (name, 4) in sentence_actors(nlp, text, "KEN", WHEN)


def test_an_armed_group_from_a_neighbouring_village_is_a_communal_militia(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "An armed group from a neighbouring village killed a shopkeeper in Kaptarakwa on Sunday.", WHEN)
    assert [inter for _, inter in sides(r)] == [4, 7]
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Communal Militia")


@pytest.mark.parametrize(
    "text",
    [
        # where they came from is a country, and the village is what they hit
        "Armed men from Somalia attacked a remote Kenyan village on Monday, killing a boy.",
        # a county of a people's name is a place, not the people
        "Gunmen from Pokot county shot dead two people near Kapenguria.",
    ],
)
def test_a_country_or_a_county_makes_no_community_militia(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, text, "KEN", WHEN)
    assert all(inter != 4 for _, inter in found), found


def _band(text: str, inter: int = 3) -> ActorMention:
    return ActorMention("Unidentified Armed Group (Kenya)", text, inter, "KEN", "unidentified", 0, 2, 0, len(text))


def test_rival_bands_fight_on_both_sides() -> None:
    band = _band("rival gangs")
    assert rival_bands(band, None) == (band, band)
    assert rival_bands(None, band) == (band, band)


@pytest.mark.parametrize("text", ["gunmen", "an armed group", "rival gunman"])
def test_one_band_not_told_rivals_keeps_one_side(text: str) -> None:
    band = _band(text)
    assert rival_bands(band, None) == (band, None)


def test_rival_militias_clash_is_coded_on_both_sides(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Rival militias fought near Moyale on Sunday, killing three.", WHEN)
    assert r.sub_event_type == "Armed clash"
    assert [inter for _, inter in sides(r)] == [3, 3]


@pytest.mark.parametrize(
    "text",
    [
        "Christians attacked a mosque committee near Garsen on Friday, injuring four.",
        "A trader was abducted and killed near Witu by a suspected Muslim group.",
        "A Christian gang attacked two herders at Kipini on Monday.",
    ],
)
def test_a_faith_band_that_attacks_is_its_militia(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, text, "KEN", WHEN)
    assert any(name.endswith("Militia (Kenya)") and name.split()[0] in ("Muslim", "Christian") and inter == 4 for name, inter in found), found


@pytest.mark.parametrize(
    "text",
    [
        # believers who are hit, or who riot, are no militia
        "Gunmen attacked a group of Christians in Mpeketoni, killing three.",
        "A group of Muslims rioted in Mombasa over the detention of a cleric.",
    ],
)
def test_believers_hit_or_rioting_are_no_militia(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, text, "KEN", WHEN)
    assert all(not name.startswith(("Muslim Militia", "Christian Militia")) for name, _ in found), found
