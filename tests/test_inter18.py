"""Actors, round 18 (Asia): the arrested named by the party or group they belong to, the one armed
group a text names standing for a doer the parse left unfound, and a party's own groups fighting."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import (
    ActorMention,
    arrested_by_membership,
    group_for_filler,
    party_groups_clash,
    state_for_lone_fighters,
)
from tests.actor_checks import first_report, sides

WHEN = date(2015, 3, 10)


def _civilians() -> ActorMention:
    return ActorMention("Civilians (Bangladesh)", "", 7, "BGD", "civilians", 0, 0, 0, 0)


def _filler(country: str = "Pakistan", code: str = "PAK") -> ActorMention:
    return ActorMention(f"Unidentified Armed Group ({country})", "", 3, code, "unidentified", 0, 0, 0, 0)


def _communal() -> ActorMention:
    return ActorMention("Unidentified Communal Militia (Bangladesh)", "", 4, "BGD", "communal", 0, 0, 0, 0)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Police in Feni detained a leader of Islami Chhatra Shibir on Monday.", "JeI: Jamaat-e-Islami"),
        ("Police detained 40 activists of BNP from three upazilas of Sylhet.", "BNP: Bangladesh Nationalist Party Militia"),
        ("Police arrested 12 Jamaat-e-Islami leaders and activists in Bogra.", "JeI: Jamaat-e-Islami"),
        ("Police held 30 people, including 9 members of the Awami League, in Pabna.", "Bangladesh Awami League Militia"),
        # an alliance joined by hyphens names two bodies: which one is not told
        ("Police arrested 50 people, mostly BNP-Jamaat men, in Dhaka on Sunday.", None),
        ("Police detained 40 activists of BNP-Jamaat from three upazilas of Sylhet.", None),
        ("Police detained 60 activists of BNP and Jamaat from four police stations.", None),
        # the member is the one harmed, not the arrested
        ("Police arrested three men in Rajshahi over the killing of a BNP leader.", None),
        # no member told
        ("Police arrested five people in Rajshahi after a BNP rally turned violent.", None),
    ],
)
def test_arrested_by_membership(text: str, name: str | None) -> None:
    m = arrested_by_membership(text, _civilians(), WHEN)
    assert m is not None
    if name is None:
        assert m.kind == "civilians" and m.inter == 7
    else:
        assert (m.name, m.inter, m.kind) == (name, 3, "group")


def test_arrested_by_membership_keeps_a_force() -> None:
    force = ActorMention("Police Forces of Bangladesh", "police", 1, "BGD", "police", 0, 1, 0, 6)
    assert arrested_by_membership("Police arrested a leader of the BNP in Feni.", force, WHEN) is force


def test_arrest_of_two_parties_activists_coded(coder) -> None:  # type: ignore[no-untyped-def]
    # two parties named for the arrested: which one's is not told, they stay civilians
    r = first_report(coder, "Police arrested some 90 BNP and Jamaat activists from different districts on Sunday.", WHEN)
    assert r.sub_event_type == "Arrests"
    assert ("Civilians (Bangladesh)", 7) in sides(r)


def test_arrest_of_party_leader_coded(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Police in Feni arrested a leader of Islami Chhatra Shibir on Monday and seized two petrol bombs from his house.", WHEN)
    assert r.sub_event_type == "Arrests"
    assert ("JeI: Jamaat-e-Islami", 3) in sides(r)


def _group(name: str, inter: int = 2) -> ActorMention:
    return ActorMention(name, name.split()[0], inter, "PAK", "group", 5, 7, 40, 60)


def test_group_for_filler_names_the_doer() -> None:
    victims = ActorMention("Civilians (Pakistan)", "two shopkeepers", 7, "PAK", "civilians", 0, 2, 0, 15)
    baloch = _group("Baloch Separatists (Pakistan)")
    a1, a2 = group_for_filler(_filler(), victims, [victims, baloch])
    assert a1 is baloch and a2 is victims


def test_group_for_filler_leaves_two_groups_or_a_named_doer() -> None:
    victims = ActorMention("Civilians (Pakistan)", "two shopkeepers", 7, "PAK", "civilians", 0, 2, 0, 15)
    filler = _filler()
    two = [_group("Baloch Separatists (Pakistan)"), _group("TTP: Tehreek-i-Taliban Pakistan")]
    assert group_for_filler(filler, victims, [victims, *two]) == (filler, victims)
    gunmen = ActorMention("Unidentified Armed Group (Pakistan)", "unknown gunmen", 3, "PAK", "unidentified", 3, 5, 20, 34)
    assert group_for_filler(gunmen, victims, [victims, two[0]]) == (gunmen, victims)
    # a political party's crowd or a state force is no armed group to stand for the doer
    troops = ActorMention("Military Forces of Pakistan", "troops", 1, "PAK", "state", 0, 1, 0, 6)
    assert group_for_filler(filler, troops, [troops]) == (filler, troops)


@pytest.mark.parametrize(
    "text",
    [
        "It was not clear who planted the mine, though Baloch separatists are active in the area.",
        "The attackers have not been identified; Baloch separatists operate in the district.",
        "No group has claimed the attack, though Baloch separatists have struck there before.",
    ],
)
def test_group_for_filler_leaves_an_untold_doer(text: str) -> None:
    victims = ActorMention("Civilians (Pakistan)", "two shopkeepers", 7, "PAK", "civilians", 0, 2, 0, 15)
    filler = _filler()
    baloch = _group("Baloch Separatists (Pakistan)")
    assert group_for_filler(filler, victims, [victims, baloch], text) == (filler, victims)


def test_unfound_doer_named_by_the_text_coded(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Two shopkeepers were abducted and shot dead in Turbat, Balochistan by suspected Baloch separatists", WHEN)
    assert ("Baloch Separatists (Pakistan)", 2) in sides(r)


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A clash between two groups of AL over a market left ten hurt.", ["Bangladesh Awami League Militia"] * 2),
        (
            "Ten were hurt in a clash between two rival groups of AL and BNP in Bogra.",
            ["Bangladesh Awami League Militia", "BNP: Bangladesh Nationalist Party Militia"],
        ),
        # groups of a village, not of a party
        ("Ten were hurt when two groups of villagers fought over grazing land.", None),
        # the party named elsewhere, not as the groups'
        ("Two groups of villagers clashed near the AL office in Bogra.", None),
    ],
)
def test_party_groups_clash(text: str, names: list[str] | None) -> None:
    a1, a2 = party_groups_clash(text, _communal(), _communal())
    assert a1 is not None and a2 is not None
    if names is None:
        assert a1.inter == a2.inter == 4
    else:
        assert [a1.name, a2.name] == names and a1.inter == a2.inter == 3


def test_party_groups_clash_keeps_a_force() -> None:
    police = ActorMention("Police Forces of Bangladesh", "police", 1, "BGD", "police", 0, 1, 0, 6)
    assert party_groups_clash("Police clashed with two groups of AL in Bogra.", _communal(), police) == (_communal(), police)


def test_party_groups_clash_coded(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Two groups of Awami League clashed over a land dispute at Kalia in Narail on Monday, leaving 12 people injured.", WHEN)
    assert r.event_type == "Battles"
    assert sides(r) == [("Bangladesh Awami League Militia", 3)] * 2


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("Officials said a TTP commander and four of his fighters died in an intelligence-based operation near Datta Khel.", "Military Forces of Pakistan"),
        ("Two TTP militants were killed in an encounter with police in Karachi.", "Police Forces of Pakistan"),
        ("Fighter jets pounded TTP hideouts in the valley, killing 14 militants.", "Military Forces of Pakistan"),
        # no state operation or force told: the side stays empty
        ("Two TTP militants were killed when their own bomb went off in a hideout.", None),
    ],
)
def test_state_for_lone_fighters(text: str, force: str | None) -> None:
    ttp = ActorMention("TTP: Tehreek-i-Taliban Pakistan", "TTP", 2, "PAK", "group", 1, 2, 2, 5)
    a1, a2 = state_for_lone_fighters(text, None, ttp, "PAK", None)
    if force is None:
        assert (a1, a2) == (None, ttp)
    else:
        assert a1 is ttp and a2 is not None and a2.name.startswith(force) and a2.inter == 1


def test_state_for_lone_fighters_needs_a_group() -> None:
    crowd = ActorMention("Rioters (Pakistan)", "youths", 5, "PAK", "rioters", 1, 2, 2, 8)
    assert state_for_lone_fighters("Youths clashed during a police operation.", crowd, None, "PAK", None) == (crowd, None)


def test_lone_group_in_operation_coded(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "A senior TTP commander and three of his fighters were killed on Sunday during an intelligence based operation near Datta Khel, North Waziristan", WHEN)
    assert r.event_type == "Battles"
    assert sorted(inter for _name, inter in sides(r)) == [1, 2]
