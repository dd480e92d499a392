"""Round 20 (armed): battles against violence on civilians, and identity militias (inter 4)
against unidentified armed groups (inter 3) in herding country.

- bandits who raid and drive off livestock are a communal militia (livestock raiding is
  identity militias' violence by ACLED's codebook); bandits who hold up a bus stay an
  unidentified armed group;
- peoples of the Kenyan borderlands named on an armed noun ("Sonjo militia", "Matheniko
  warriors") are their ethnic militia;
- people a force kills who are told as suspects of armed violence, or whose guns it took, are
  an armed side: an armed clash, while suspects of theft stay civilians;
- deaths told as falling "between" two named armed sides are their battle;
- a seizure set between a state force and an armed group is a fight, not an abduction of
  civilians;
- doers told only as "unidentified individuals" are an unidentified armed group, not a
  communal militia guessed from the herding words around them;
- a gloss in brackets between a people's name and its armed noun ("Degodia (clan) gunmen")
  leaves the name on the noun."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sides

WHEN = date(2017, 8, 21)


@pytest.mark.parametrize(
    "text",
    [
        "On 19 August, bandits raided a manyatta near Kainuk and shot dead two men. The bandits drove off 300 goats.",
        "On 19 August, two herders were killed during a raid by unidentified bandits near Kainuk. About 400 animals were stolen.",
    ],
)
def test_bandits_who_raid_livestock_are_a_communal_militia(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.actor1 is not None and r.actor1.inter == 4, sides(r)
    assert r.actor1.name.startswith("Unidentified Communal Militia"), sides(r)


def test_bandits_who_hold_up_a_bus_stay_an_armed_group(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "On 19 August, bandits attacked a passenger bus near Kainuk and killed two travellers.", WHEN
    )
    assert r.actor1 is not None and r.actor1.inter == 3, sides(r)


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "On 19 August, Sonjo militia from Tanzania attacked a village near Loliondo and killed two herders.",
            "Sonjo Ethnic Militia",
        ),
        (
            "On 19 August, three people were killed when Matheniko warriors raided herders near Lokiriama.",
            "Matheniko Ethnic Militia",
        ),
    ],
)
def test_border_peoples_on_an_armed_noun_are_their_militia(coder, text: str, group: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith(group), sides(r)
    assert r.actor1.inter == 4, sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "On 19 August, police shot dead two men suspected of killing a shopkeeper in Kitengela.",
        "On 19 August, police shot dead four suspected carjackers in Ruaka after a chase.",
        "On 19 August, police officers killed three robbers in Thika and recovered a pistol.",
    ],
)
def test_a_force_that_kills_armed_suspects_fought_them(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert (r.event_type, r.sub_event_type) == ("Battles", "Armed clash"), (
        r.event_type,
        r.sub_event_type,
        sides(r),
    )
    assert sorted(a.inter for a in (r.actor1, r.actor2) if a is not None) == [1, 3], sides(r)


def test_a_force_that_kills_a_theft_suspect_attacked_a_civilian(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "On 19 August, police in Kisumu shot dead a man suspected of stealing a phone.", WHEN
    )
    assert r.sub_event_type == "Attack", (r.event_type, r.sub_event_type, sides(r))


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were killed in Kargi, Marsabit County between Gabra and Rendille militias on Sunday.",
        "At least six people were killed near Wamba between Rendille and Gabra militias.",
    ],
)
def test_deaths_between_two_named_militias_are_their_battle(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Armed clash", (r.event_type, r.sub_event_type, sides(r))
    names = {a.name for a in (r.actor1, r.actor2) if a is not None}
    assert any(n.startswith("Rendille") for n in names) and any(n.startswith("Gabra") for n in names), names


def test_a_killing_amid_tensions_between_peoples_is_no_battle(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On 19 August, gunmen killed a farmer in Hola amid tensions between the Orma and Pokomo communities."
    )
    r = first_report(coder, text, WHEN)
    assert r.event_type != "Battles", (r.event_type, r.sub_event_type, sides(r))


def test_soldiers_seized_by_an_armed_group_is_a_fight(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "On 19 August, two soldiers were abducted by al Shabaab militants near Mandera.", WHEN
    )
    assert (r.event_type, r.sub_event_type) == ("Battles", "Armed clash"), (
        r.event_type,
        r.sub_event_type,
        sides(r),
    )


def test_aid_workers_seized_by_gunmen_are_abducted(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "On 19 August, gunmen abducted two aid workers near Dadaab.", WHEN)
    assert r.sub_event_type == "Abduction/forced disappearance", (r.event_type, r.sub_event_type, sides(r))


def test_herders_killed_by_unidentified_individuals_are_an_armed_groups_victims(coder) -> None:  # type: ignore[no-untyped-def]
    text = "On 19 August, two herders were killed and 80 goats stolen by unidentified individuals near Modogashe."
    r = first_report(coder, text, WHEN)
    assert r.actor1 is not None and r.actor1.inter == 3, sides(r)
    assert r.actor1.name.startswith("Unidentified Armed Group"), sides(r)


def test_herders_killed_by_raiders_are_a_communal_militias_victims(coder) -> None:  # type: ignore[no-untyped-def]
    text = "On 19 August, two herders were killed and 80 goats stolen by raiders near Modogashe."
    r = first_report(coder, text, WHEN)
    assert r.actor1 is not None and r.actor1.inter == 4, sides(r)


def test_a_bracketed_gloss_leaves_the_people_on_the_armed_noun(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Six people were killed in Rhamu in attacks by Degodia (clan) gunmen.", WHEN)
    assert r.actor1 is not None and r.actor1.name.startswith("Degodia Ethnic Militia"), sides(r)
