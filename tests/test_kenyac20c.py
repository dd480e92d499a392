"""Round 20c (Kenya, event type): headline verbs the tagger reads as nouns ("villagers stone a
suspected robber to death", "a sect battle police"), a headline's present with its opponent as
object, people taken with a hijacked vehicle, a crowd setting a suspect alight or forcing its way
in, acts told under "without", and the verb "let" read as no group. Sentences are invented for
these tests."""

from __future__ import annotations

from functools import partial

import pytest

import dateline
from tests.event_checks import first_event


def _coded(text: str):
    return dateline.code(text, published="2014-05-05")


_first = partial(first_event, published="2014-05-05")


@pytest.mark.parametrize(
    "text",
    [
        "Youth stone suspected robber to death in Kisii",
        "Villagers stone a suspected cattle thief to death near Kapsabet",
    ],
)
def test_headline_stone_to_death_is_mob_violence(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Mob violence", report.sub_event_type


def test_stone_as_a_thing_is_no_trigger() -> None:
    assert not _coded("The boy was hit with a stone to death in Kisii").events


def test_sect_battle_police_headline_is_a_clash() -> None:
    report = _first("Mungiki sect battle police at Kisii")
    assert report.sub_event_type == "Armed clash", report.sub_event_type


def test_present_with_an_opponent_is_one_encounter() -> None:
    report = _first("Mungiki members fight police in Kisii")
    assert report.event_type == "Battles", report.event_type


def test_fighting_on_is_still_a_campaign() -> None:
    assert not _coded("Rebels fight on in the north").events


@pytest.mark.parametrize(
    "text",
    [
        "Suspected Al Shabaab militants hijacked a bus carrying teachers near Mandera.",
        "Four travellers were hijacked by gunmen near Garissa.",
    ],
)
def test_people_hijacked_are_abducted(text: str) -> None:
    report = _first(text)
    assert report.sub_event_type == "Abduction/forced disappearance", report.sub_event_type


def test_vehicle_alone_hijacked_is_no_report() -> None:
    assert not _coded("Gunmen hijacked a lorry near Wajir.").events


def test_crowd_setting_a_suspect_alight_is_mob_violence() -> None:
    report = _first("Villagers in Kisii set a suspected robber alight.")
    assert report.sub_event_type == "Mob violence", report.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Two helicopters were seen flying over Wajir without engaging the militants on the ground.",
        "Troops patrolled Wajir without firing a shot.",
    ],
)
def test_act_under_without_is_not_done(text: str) -> None:
    assert not _coded(text).events


def test_without_warning_keeps_the_attack() -> None:
    report = _first("Gunmen attacked a bus in Wajir without warning, killing two.")
    assert report.event_type == "Violence against civilians", report.event_type


def test_the_verb_let_names_no_group() -> None:
    from dateline.extract.actors import _group_index

    hits = _group_index().matches("The college refused to let students sit their exams.")
    assert not hits, hits
    assert _group_index().matches("LeT militants attacked a post in Kupwara.")


def test_spear_parsed_as_a_head_noun_with_subject_and_object_is_an_attack() -> None:
    report = _first("Kuria spear Kisii trader who crossed the border")
    assert report.sub_event_type == "Attack", report.sub_event_type


def test_a_crowd_forcing_its_way_in_riots() -> None:
    report = _first("Party youths forced their way into the tallying hall in Kisumu during the nominations.")
    assert report.event_type == "Riots", report.event_type


def test_gunmen_forcing_their_way_in_are_told_by_their_attack() -> None:
    report = _first("Gunmen forced their way into a house in Kisumu and shot a trader.")
    assert report.event_type == "Violence against civilians", report.event_type
