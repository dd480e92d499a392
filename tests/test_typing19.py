"""Round 19 (ktype5): attackers a force took on (pushed back, engaged in a battle, shot as it
intervened) fought a battle; a clash of one community with another has an identity militia on
each side; people a force wounded or killed at a demonstration met excessive force (ACLED)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sides

WHEN = date(2019, 6, 20)


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab gunmen attacked two villages in Fafi, Garissa county. Security forces pushed back the attackers, with no casualties reported.",
        "Pokot gunmen opened fire at a livestock market in Laikipia in a bid to steal cattle. The police later engaged the gunmen in a battle.",
        "Unknown attackers armed with machetes attacked a tallying centre in Hola, wounding a clerk. Police intervened, shooting dead three of the gang.",
    ],
)
def test_attackers_a_force_took_on_fought_a_battle(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Battles", (r.event_type, r.sub_event_type, sides(r))
    assert 1 in {inter for _, inter in sides(r)}, sides(r)


def test_an_attack_nobody_fought_stays_an_attack(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Al Shabaab gunmen attacked two villages in Fafi, Garissa county. Residents fled into the bush.", WHEN)
    assert r.event_type == "Violence against civilians", (r.event_type, sides(r))


def test_force_took_on_reads_the_fight_not_its_words_alone() -> None:
    from dateline.extract.events import _force_took_on

    assert _force_took_on("Security forces pushed back the attackers.")
    assert _force_took_on("The police later engaged the gunmen in a fierce gun battle.")
    assert _force_took_on("Police intervened, shooting dead two of the raiders.")
    assert _force_took_on("Soldiers thwarted the attack on the camp.")
    # no fight: the words of coming back or of a response that is no fire
    assert not _force_took_on("The gunmen came back to the village at night.")
    assert not _force_took_on("Police responded to the scene and took the injured to hospital.")
    assert not _force_took_on("The raiders drove off with forty goats.")


def test_a_community_clashing_with_another_has_a_militia_each_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Samburu villagers clash with Rendille over the sharing of water in villages.", WHEN)
    assert r.sub_event_type == "Armed clash", (r.sub_event_type, sides(r))
    assert sorted(inter for _, inter in sides(r)) == [4, 4], sides(r)


def test_a_community_clashing_with_police_keeps_the_police(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Turkana herders clashed with police near Kainuk.", WHEN)
    assert sorted(inter for _, inter in sides(r)) == [1, 4], sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "At least four people were injured by the police in Nakuru when protesting against the county government.",
        "Police shot and injured three traders who were protesting against new fees in Kakamega.",
    ],
)
def test_people_a_force_wounded_at_a_protest_met_excessive_force(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Excessive force against protesters", (r.sub_event_type, sides(r))
    assert sorted(inter for _, inter in sides(r)) == [1, 6], sides(r)


@pytest.mark.parametrize(
    "text",
    [
        # the killing is what the crowd protests, not what met it
        "Residents of Kibera protested after police shot and killed a young man.",
        # officers hurt by the crowd: no force used on the protesters
        "Traders protested in Eldoret; two officers were injured by the crowd.",
    ],
)
def test_a_killing_protested_or_officers_hurt_is_no_excessive_force(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type != "Excessive force against protesters", (r.sub_event_type, sides(r))


def test_raiders_told_killed_after_the_raid_were_fought_off(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Al Shabaab militants attacked a college in Garissa in the morning. Three attackers were killed during the siege."
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Battles", (r.event_type, sides(r))
    # the victims told dead are students: an attack on civilians
    text = "Al Shabaab militants attacked a college in Garissa in the morning. Three students were killed during the siege."
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Violence against civilians", (r.event_type, sides(r))


def test_raiders_killed_reads_the_attackers_own_fall() -> None:
    from dateline.extract.events import _raiders_killed

    assert _raiders_killed("Four of the raiders were shot dead by reservists.")
    assert _raiders_killed("Two attackers were later killed.")
    assert not _raiders_killed("The raiders killed two herders.")
    assert not _raiders_killed("Two attackers were killed in a fight recorded separately.")


@pytest.mark.parametrize(
    "text",
    [
        "Grenade attack on a bar in Garissa wounds four.",
        "Unknown men threw a grenade at a restaurant in Wajir.",
    ],
)
def test_a_bomb_that_hurt_people_or_hit_a_civilian_place_targeted_civilians(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Explosions/Remote violence", (r.event_type, sides(r))
    assert 7 in {inter for _, inter in sides(r)}, sides(r)


def test_a_bomb_on_a_patrol_has_no_civilian_side() -> None:
    from dateline.extract.actors import ActorMention
    from dateline.extract.events import _bomb_on_civilians

    group = ActorMention("Al Shabaab", "", 2, "KEN", "group", 0, 0, 0, 0)
    text = "A roadside bomb hit a police patrol near Mandera, wounding two officers."
    assert not _bomb_on_civilians("Remote explosive/landmine/IED", group, None, text, {"police", "patrol", "officers"})
    assert _bomb_on_civilians("Grenade", group, None, "A grenade wounds three in a market town.", {"grenade", "wounds"})
    # a second side already found is kept
    assert not _bomb_on_civilians("Grenade", group, group, "A grenade wounds three in a market town.", {"grenade", "wounds"})
