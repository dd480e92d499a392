"""Round 17c (ktype2): a rioting crowd that sets on a person by role or trade (an aide, a party
supporter, an official) has that person as its other side (ACLED: rioters against civilians); a
police officer it attacks stays a force, never a civilian."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sides

WHEN = date(2019, 7, 28)


@pytest.mark.parametrize(
    "text",
    [
        "On 28 July 2019, a group protesting against the election results attacked a senator's aide at a hotel in Kisumu.",
        "On 28 July 2019, rioting youths in Homa Bay assaulted a party supporter during a campaign rally.",
    ],
)
def test_a_person_a_rioting_crowd_sets_on_is_its_other_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Riots", text
    assert [inter for _, inter in sides(r)] == [5, 7], sides(r)


def test_a_police_officer_a_crowd_attacks_is_no_civilian(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "On 28 July 2019, rioting residents attacked a police officer in Kisumu town.", WHEN)
    assert 7 not in [inter for _, inter in sides(r)], sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "On 28 July 2019, protesting youths threw stones at the convoy of Nyeri senator John Kamau in Othaya during a demonstration over poor roads.",
        "On 28 July 2019, demonstrators in Likoni pelted the governor's convoy with stones, protesting the demolition of their kiosks.",
    ],
)
def test_stoning_a_persons_convoy_sets_on_that_person(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Riots", text
    assert [inter for _, inter in sides(r)] == [5, 7], sides(r)


def test_stones_at_passing_cars_name_no_second_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "On 28 July 2019, protesting youths threw stones at passing cars in Kisumu during a demonstration over poor roads.", WHEN)
    assert 7 not in [inter for _, inter in sides(r)], sides(r)
