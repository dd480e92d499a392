"""Actors, round 15 (Kenya): a force told stepping in or fighting a riot's crowd is the riot's other
side, a crowd told clashing with another band keeps rioters on both sides, a force told involved
in a protest is its other side, and "askaris" are police."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import ActorMention
from dateline.extract.events import TWO_CROWDS, _crowds_clash_text, _force_involved, _force_side
from tests.actor_checks import first_report, sentence_actors
from tests.actor_checks import sides as _sides

pytestmark = pytest.mark.model

WHEN = date(2018, 6, 4)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        "Rioting erupted in Kericho over the killing of a councillor - police intervened - and more clashes followed.",
        (
            "Students at a college in Eldoret clashed violently over the student council polls, burning a hostel."
            " Police engaged the rioters and arrested six."
        ),
    ],
)
def test_a_force_that_steps_in_is_the_riots_other_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.event_type == "Riots", (r.event_type, _sides(r))
    assert r.actor2 is not None and r.actor2.inter == 1, _sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "KANU and ODM supporters clashed at the market in Kisii until police intervened.",
        "Members of one youth wing clashed with members of another outside the county offices; police dispersed them.",
        "Fights broke out between the two aspirants' supporters and police intervened.",
    ],
)
def test_two_crowds_told_apart_are_no_force_met(text: str) -> None:
    assert TWO_CROWDS.search(text)


def test_a_force_replaces_the_crowd_set_against_itself() -> None:
    crowd = ActorMention("Rioters (Kenya)", "youths", 5, "KEN", "rioters", 0, 1, 0, 6)
    side = _force_side("Violent demonstration", crowd, crowd, "KEN", WHEN, force_met=True, crowds_clash=False)
    assert side is not None and side.inter == 1 and side.kind == "police", side
    # two crowds told fighting each other keep each other, whatever force came
    assert _force_side("Violent demonstration", crowd, crowd, "KEN", WHEN, force_met=True, crowds_clash=True) is crowd
    # a mob with no second side named is left to the readings of its victims
    assert _force_side("Mob violence", crowd, None, "KEN", WHEN, force_met=True, crowds_clash=False) is None


@pytest.mark.parametrize(
    "text",
    [
        "Students marching in Kisumu clashed with a group of youths in the town centre.",
        'Traders protesting in Machakos clashed with a "gang" that came to break up their march.',
    ],
)
def test_a_crowd_clashing_with_another_band_is_two_crowds(text: str) -> None:
    assert _crowds_clash_text(text)


def test_a_crowd_clashing_with_police_is_not_two_crowds() -> None:
    assert not _crowds_clash_text("Students clashed with a group of police officers in the town centre.")


def test_askaris_are_police(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(nlp, "County askaris beat a hawker in Eldoret town.", "KEN", WHEN)
    assert ("Police Forces of Kenya (2013-2022)", 1) in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Boda boda riders in Bungoma town demonstrated over new parking charges. Police were involved.",
        "Fishermen in Kilifi held a demonstration against a new jetty project and police responded.",
    ],
)
def test_a_force_told_involved_is_the_protests_other_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.event_type == "Protests", (r.event_type, _sides(r))
    assert r.actor2 is not None and r.actor2.inter == 1, _sides(r)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        ("Police arrived and watched the march.", True),
        ("No police were involved in the march.", False),
        ("Police did not respond to the march.", False),
        ("Police came under fire near the march.", False),
    ],
)
def test_force_involved_reads_denials(text: str, told: bool) -> None:
    assert _force_involved(text) is told
