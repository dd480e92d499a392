"""Round 21d (casef): deaths told of a clan war, a tribal conflict or a feud between communities are
an armed clash of two communal militias (ACLED); the same words as the setting of another event, or
with no harm told, are no event of their own."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.record import Article
from tests.actor_checks import first_report

WHEN = date(2019, 6, 4)


@pytest.mark.parametrize(
    "text",
    [
        "Another man dies in a clan war over grazing land near Rhamu.",
        "A herder and his son died after an inter-tribal conflict flared near Kapedo.",
        "Three herders were killed in a communal feud over water points in Elwak.",
    ],
)
def test_deaths_of_a_communal_war_are_a_clash(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Armed clash", r.sub_event_type
    assert [a.inter for a in (r.actor1, r.actor2) if a is not None] == [4, 4]


@pytest.mark.parametrize(
    "text",
    [
        "The ministers discussed the tribal conflict in the region on Monday.",
        "Elders in Mandera called for an end to the clan war over pasture.",
    ],
)
def test_a_communal_war_with_no_harm_told_is_no_event(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    events = coder.code(Article.from_text(text, id="t", published=WHEN)).events
    assert not events, [r.sub_event_type for r in events]


def test_a_killing_linked_to_an_ethnic_conflict_is_not_a_clash(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "A trader was killed in Moyale, in violence linked to the ethnic conflict in the area.", WHEN
    )
    assert r.sub_event_type == "Attack", r.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "About 40 villagers in Marigat protested the arrest of a herder. The herder was arrested last week for grazing in a park.",
        "Traders held a protest in Nyeri calling for the release of a councillor. The councillor was arrested after a row at a market.",
        "Nurses protested in Kisii over the murder of a colleague, angry that police had failed to arrest anyone.",
    ],
)
def test_an_arrest_the_crowd_protests_is_no_intervention(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Peaceful protest", r.sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Villagers in Marigat protested the arrest of a herder; police arrested 12 protesters.",
        "Students in Nyeri protested the detention of a classmate; several demonstrators were detained by police.",
    ],
)
def test_protesters_arrested_over_an_arrest_are_an_intervention(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Protest with intervention", r.sub_event_type
