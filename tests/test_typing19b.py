"""Round 19b (norep): texts that made no report because the word that tells the act was not
read: a verb of aiming ("troops targeted posts", "an IED targets a convoy"), a beating told as
"thrashed", the gunfire noun "firing", an explosive laid in wait, a fire set to a long-named
building, fighting that went on between two named sides in the past, a thing denied to someone
(not an event denied) and a crowd stirred by an accident (the accident is its grievance)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report

WHEN = date(2016, 3, 14)


def _events(coder, text: str):  # type: ignore[no-untyped-def]
    from dateline.record import Article

    return coder.code(Article.from_text(text, id="t", published=WHEN))


@pytest.mark.parametrize(
    ("text", "sub"),
    [
        ("Indian troops targeted Pakistani border posts in Sialkot sector on Sunday.", "Armed clash"),
        ("Suspected Maoists targeted by the police in a forest near Dantewada, two rebels were hurt.", "Armed clash"),
        ("A drone targets a militant hideout in North Waziristan.", "Air/drone strike"),
        ("Jet fighters targeted the hideouts of militants in Tirah Valley, Khyber Agency.", "Air/drone strike"),
    ],
)
def test_an_armed_side_or_a_weapon_that_targets_is_an_attack(coder, text: str, sub: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == sub, (r.event_type, r.sub_event_type)


def test_a_device_intended_to_target_soldiers_still_exploded(coder) -> None:  # type: ignore[no-untyped-def]
    text = "On 3 March, a landmine intended to target army trucks exploded on the road between Elwak and Rhamu, with no casualties."
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Remote explosive/landmine/IED", (r.event_type, r.sub_event_type)


def test_a_law_or_a_sanction_that_targets_is_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _events(coder, "The new tax rules targeted small traders in Nairobi.")
    assert not coded.events, [(e.event_type, e.sub_event_type) for e in coded.events]


def test_people_thrashed_were_attacked(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "In Barasat, two opposition workers were thrashed by ruling party activists on Monday.", WHEN)
    assert r.sub_event_type == "Attack", (r.event_type, r.sub_event_type)


def test_the_gunfire_noun_firing_tells_a_fight(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Rangers resorted to heavy firing at a border outpost in Kathua district on Tuesday.", WHEN)
    assert r.event_type == "Battles", (r.event_type, r.sub_event_type)


def test_the_firing_of_a_person_is_a_dismissal(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _events(coder, "The firing of the county police chief angered residents of Garissa.")
    assert not coded.events, [(e.event_type, e.sub_event_type) for e in coded.events]
    r = first_report(coder, "Residents of Garissa fled after the firing of rockets by militants on Monday.", WHEN)
    assert r.event_type == "Explosions/Remote violence", (r.event_type, r.sub_event_type)


def test_an_explosive_laid_in_wait_went_off(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Three soldiers were hurt when their truck ran over a buried explosive near Mandera.", WHEN)
    assert r.sub_event_type == "Remote explosive/landmine/IED", (r.event_type, r.sub_event_type)


def test_an_explosive_found_is_no_blast(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _events(coder, "Police found a buried explosive near a school in Mandera and removed it.")
    assert all(e.sub_event_type != "Remote explosive/landmine/IED" for e in coded.events), [e.sub_event_type for e in coded.events]


def test_a_fire_set_to_a_long_named_building(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Party cadres set the Rastriya Prajatantra Party-Nepal district committee office on fire in Janakpur.", WHEN)
    assert r.event_type in ("Riots", "Strategic developments"), (r.event_type, r.sub_event_type)


def test_fighting_that_continued_between_two_sides_is_that_days_fight(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Fierce fighting continued between the TNLA and government troops in Namhsan township.", WHEN)
    assert r.event_type == "Battles", (r.event_type, r.sub_event_type)


def test_fighting_that_continues_is_still_a_campaign(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _events(coder, "Fighting continues between the TNLA and government troops.")
    assert not coded.events, [(e.event_type, e.sub_event_type) for e in coded.events]


def test_a_thing_denied_to_someone_denies_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Opposition leader denied entry to Mombasa which sparked violent protests by his supporters.", WHEN)
    assert r.event_type in ("Riots", "Protests"), (r.event_type, r.sub_event_type)


def test_an_event_denied_stays_denied(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _events(coder, "The army denied the attack on the village.")
    assert not coded.events, [(e.event_type, e.sub_event_type) for e in coded.events]


def test_a_crowd_stirred_by_an_accident_riots(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A lorry hit a schoolgirl on the Kisii road. Angered by the accident, residents blocked the road and smashed the lorry's windows."
    coded = _events(coder, text)
    assert any(e.event_type in ("Riots", "Protests") for e in coded.events), ([e.event_type for e in coded.events], [m.reason for m in coded.mentions])


def test_an_accident_alone_is_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    coded = _events(coder, "A lorry collided with a matatu on the Kisii road, killing six passengers.")
    assert not coded.events, [(e.event_type, e.sub_event_type) for e in coded.events]


def test_people_on_a_named_strike_protest(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Activist Harpal Singh, 68, has been on a food strike since March 2 in Amritsar demanding the release of jailed farmers."
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Peaceful protest", (r.event_type, r.sub_event_type)


def test_a_strike_carried_out_on_a_place_stays_an_air_strike(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Drones carried out strikes on militant compounds in North Waziristan on Monday.", WHEN)
    assert r.sub_event_type == "Air/drone strike", (r.event_type, r.sub_event_type)
