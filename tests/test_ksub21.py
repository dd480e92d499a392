"""Round 21 (ksub): the sub-event type inside the right event type.

- a crowd that clashes with people other than a force, where the sentence tells a demonstration
  in its own words (a march, a strike, a blocked road), is a violent demonstration; with no
  demonstration told it stays mob violence;
- a blast whose paragraph names a suicide bomber (even as a suspicion) is a suicide bomb, unless
  the suicide attack is denied;
- a seizure whose captive is told killed in the next sentence is an attack on civilians (ACLED
  keeps abduction for seizures without further violence);
- protesters hurt as a force dispersed them, with no firearm, no death, no serious wound and no
  force told as the one hurting them, met a protest with intervention; shot, killed or gravely
  hurt they met excessive force;
- fighters who surrender to a force make an agreement (ACLED lists surrenders among agreements);
- a blast the paragraph tells as a grenade's, with no planted or remote device named, is a grenade."""

from __future__ import annotations

import pytest

from tests.event_checks import first_event

WHEN = "2019-05-01"


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "On 2 May, striking nurses marching to the county offices in Nyeri clashed with a group of men "
            "who tried to block them.",
            "Violent demonstration",
        ),
        (
            "On 2 May, two groups of youths clashed at a market in Nyeri over a stolen phone.",
            "Mob violence",
        ),
    ],
)
def test_crowd_clash_with_demonstration_told(text: str, sub: str) -> None:
    assert first_event(text, WHEN).sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Three people were killed in a blast at a bus stop in Garissa on Friday. "
            "Police said a suicide bomber had set off the charge.",
            "Suicide bomb",
        ),
        (
            "Three people were killed in a blast at a bus stop in Garissa on Friday. "
            "Police said it was not a suicide attack.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_suicide_bomber_told_after_the_blast(text: str, sub: str) -> None:
    assert first_event(text, WHEN).sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "A shopkeeper was kidnapped by al Shabaab near Mandera on Monday. He was later beheaded.",
            "Attack",
        ),
        ("Gunmen abducted two aid workers in Mandera on Monday.", "Abduction/forced disappearance"),
    ],
)
def test_captive_killed_is_an_attack(text: str, sub: str) -> None:
    assert first_event(text, WHEN).sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Nurses marched in Nyeri over unpaid wages. Police dispersed them with batons and four nurses were injured.",
            "Protest with intervention",
        ),
        (
            "Nurses marched in Nyeri over unpaid wages. Police shot and injured four nurses.",
            "Excessive force against protesters",
        ),
    ],
)
def test_hurt_without_lethal_force_is_an_intervention(text: str, sub: str) -> None:
    assert first_event(text, WHEN).sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("On 24 April, twenty Taliban fighters surrendered to Afghan forces in Ghazni.", "Agreement"),
        ("On 24 April, the militia recruited two hundred young men in Ghazni.", "Change to group/activity"),
    ],
)
def test_a_surrender_is_an_agreement(text: str, sub: str) -> None:
    assert first_event(text, WHEN).sub_event_type == sub


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        (
            "Two loud explosions were heard at a police camp in Wajir on 24 April. "
            "Attackers had hurled grenades at the guards.",
            "Grenade",
        ),
        (
            "An explosion hit a bus in Wajir on 24 April. Police said a roadside bomb had gone off, "
            "and found two grenades nearby.",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_a_blast_told_as_a_grenades(text: str, sub: str) -> None:
    assert first_event(text, WHEN).sub_event_type == sub
