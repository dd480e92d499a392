"""Round 21c (Kenya event type): a killing told in a setting of violence is the event, not a riot;
the attackers fighting a force, or a fight told as the attack's sequel, make the attack a battle;
a singular person put "to death" with the object between verb and "to death" is one death.
Sentences are invented for these tests."""

from __future__ import annotations

from functools import partial

import pytest

from tests.event_checks import assert_casualties_same_without_shortcuts, first_event

_first = partial(first_event, published="2012-05-03")


# --- a killing in the setting of violence is the killing ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was reportedly killed in election violence in Kisumu on Tuesday.",
        "Two farmers were killed during post-election violence in Eldoret on Tuesday.",
    ],
)
def test_killing_in_violence_is_an_attack(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Violence against civilians"
    assert r.sub_event_type == "Attack"


def test_violence_that_caused_deaths_stays_a_riot() -> None:
    r = _first("Election violence in Kisumu caused three deaths on Tuesday.")
    assert r.event_type == "Riots"


# --- the attackers fighting a force make the attack a battle -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Suspected bandits raided Kaptoo village in Baringo on Tuesday to steal goats. The bandits clashed "
        "with police reservists, and one bandit was killed.",
        "Samburu raiders attacked a village near Baragoi on Tuesday and stole 200 goats, sparking a two-hour battle.",
        "Six gunmen attacked a school in Hola on Tuesday. They killed one pupil before police opened fire, "
        "killing three of the attackers.",
    ],
)
def test_attack_met_by_a_fight_is_a_battle(text: str) -> None:
    r = _first(text)
    assert r.event_type == "Battles"
    assert r.sub_event_type == "Armed clash"


def test_raid_without_a_fight_stays_an_attack() -> None:
    r = _first("Suspected bandits raided Kaptoo village in Baringo on Tuesday and stole 40 goats.")
    assert r.event_type == "Violence against civilians"


# --- "stoned him to death": one death ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An angry crowd in Embu stoned the suspect to death on Tuesday.",
        "Raiders speared him to death near Isiolo on Tuesday.",
        "A mob in Kisii beat the elderly woman to death on Tuesday.",
    ],
)
def test_singular_object_put_to_death_is_one_death(text: str) -> None:
    r = _first(text)
    assert r.fatalities is not None and r.fatalities.best == 1


def test_plural_object_put_to_death_is_not_one() -> None:
    r = _first("Raiders speared the two herders to death near Isiolo on Tuesday.")
    assert r.fatalities is not None and r.fatalities.best == 2


def test_put_to_death_same_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    assert_casualties_same_without_shortcuts(
        "An angry crowd stoned the suspect to death in Embu.", monkeypatch, 0
    )
