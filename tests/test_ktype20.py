"""Round 20 (ktype): the protest / riot / mob boundary. The press a force sets on at a crowd event
is no side of the crowd (violence against civilians by the force); people a crowd kills or beats
when the text tells apart that they were suspected of a crime are a mob's victims (mob violence);
a crowd that breaks up another's rally or meeting riots rather than protests peacefully."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sides

WHEN = date(2016, 3, 14)


@pytest.mark.parametrize(
    "text",
    [
        "During a violent demonstration in Nyeri on Monday, officers beat up two journalists who were filming the protesters.",
        "A reporter who was covering a rowdy protest in Kisumu was assaulted by police officers on Friday.",
        "Daily Times correspondent Jane Wanjiru was assaulted by police officers in Bungoma while photographing"
        " youths fighting over relief food.",
    ],
)
def test_a_force_that_beats_the_press_at_a_crowd_event_attacks_civilians(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack"), (
        r.event_type,
        r.sub_event_type,
    )
    assert [inter for _, inter in sides(r)] == [1, 7], sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at demonstrators in Kakamega on Monday. A journalist was injured by the protesters.",
        # the press beaten with the crowd: force used on the demonstration itself
        "Police in Kisumu beat up protesters and journalists on Monday.",
    ],
)
def test_the_press_hurt_by_the_crowd_or_with_it_is_no_attack_of_its_own(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type != "Violence against civilians", (r.event_type, r.sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "A shopkeeper was beaten to death by his neighbours in Nyeri on Sunday. The victim was suspected of theft.",
        "A carpenter was hacked to death by his neighbours in Embu on Sunday for stealing a chicken.",
    ],
)
def test_a_suspicion_told_in_its_own_clause_makes_the_killing_a_mobs(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Mob violence", (r.event_type, r.sub_event_type)


def test_gunmen_who_kill_a_suspected_informer_still_attack(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead a chief in Wajir on Monday. He was suspected of being a police informer."
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Attack", (r.event_type, r.sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Opposition youths in Kisii disrupted a rally of the ruling party on Saturday, chanting slogans.",
        "Supporters of a rival aspirant invaded a campaign rally in Bungoma on Sunday.",
    ],
)
def test_a_crowd_that_breaks_up_anothers_rally_riots(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Riots", (r.event_type, r.sub_event_type)


@pytest.mark.parametrize(
    "text",
    [
        "Traders in Nyeri protested on Monday over new levies, disrupting business in the town.",
        "Students in Nakuru protested over fees on Monday and threatened to disrupt the governor's rally.",
    ],
)
def test_business_disrupted_or_a_rally_only_threatened_stays_a_protest(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Peaceful protest", (r.event_type, r.sub_event_type)


@pytest.mark.parametrize(
    ("text", "gathering"),
    [
        ("Rival youths broke up the opposition rally in Kisumu.", "rally"),
        ("The campaign meeting was disrupted by a crowd of rival supporters.", "meeting"),
        # the force breaking up a gathering intervenes; it is not the crowd's riot
        ("Police broke up the opposition rally in Kisumu.", ""),
        ("Youths broke into the shop in Kisumu.", ""),
    ],
)
def test_which_breaking_up_of_a_gathering_counts(nlp, text: str, gathering: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.events import _gathering_disrupted, _Sentence

    doc = nlp(text)
    assert _gathering_disrupted([_Sentence(doc[:], 0, 0)], doc[-1]) == gathering
