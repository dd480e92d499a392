"""Event typing and grouping: context cues, non-events, identity militias, default actors.
Sentences are invented for these tests."""

from __future__ import annotations

import pytest

import dateline


def _first(text: str):
    coded = dateline.code(text, published="2019-06-20")
    assert coded.events, coded
    return coded.events[0]


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("On 18 June, residents of Kitengela blocked the main road and burnt tyres to protest poor water supply.", "Violent demonstration"),
        ("On 18 June, traders held a sit-in outside the county offices in Nakuru over new levies.", "Peaceful protest"),
        ("On 18 June, hartal supporters torched two buses in Khulna.", "Violent demonstration"),
        ("On 18 June, gunmen attacked a village near Garissa and killed three farmers.", "Attack"),
        ("On 18 June, police arrested forty people in Eldoret.", "Arrests"),
    ],
)
def test_context_decides_sub_type(text: str, sub_type: str) -> None:
    assert _first(text).sub_event_type == sub_type


def test_non_events_give_no_report() -> None:
    for text in (
        "On 18 June, floods swept through three villages near Kisumu, killing five people.",
        "On 18 June, a bus crashed into a lorry near Nakuru, killing six passengers.",
    ):
        coded = dateline.code(text, published="2019-06-20")
        assert not coded.events
        assert any("not an ACLED event" in (m.reason or "") for m in coded.mentions)


def test_identity_militia_and_civilian_victims() -> None:
    r = _first("On 18 June, Pokot raiders attacked herders near Kapedo, killing two.")
    assert r.actor1 is not None and r.actor1.name == "Pokot Ethnic Militia (Kenya)" and r.actor1.inter == 4


def test_violence_against_civilians_has_civilians_as_actor2() -> None:
    r = _first("On 18 June, a man was shot dead by unknown attackers in Mombasa.")
    assert r.event_type == "Violence against civilians"
    assert r.actor2 is not None and r.actor2.inter == 7
    assert r.actor1 is not None and r.actor1.inter == 3


def test_dispersal_joins_the_protest() -> None:
    coded = dateline.code(
        "On 18 June, students demonstrated in Nyeri against fee increases. Police dispersed them with tear gas.",
        published="2019-06-20",
    )
    assert len(coded.events) == 1
    r = coded.events[0]
    assert r.sub_event_type == "Protest with intervention"
    assert r.interaction == 16
