"""Round 17 (Asia leads): a force told breaking up, removing or stopping a protest's crowd
intervened in it; an air strike told with only a non-state armed group was flown by the
country's military; tear gas and smoke shells are a force meeting a crowd, not artillery; Nepal's Armed
Police Force by its initials."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import ActorMention
from dateline.extract.events import FORCE_HANDLED, _striking_state
from tests.actor_checks import first_report
from tests.actor_checks import sides as _sides

WHEN = date(2015, 6, 4)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        "The police pacified the agitating teachers after an hour.",
        "Police chased away the students from the collectorate.",
        "The rally was intercepted by the police near the bus stand.",
        "Ten activists were picked up by police from the venue.",
        "They were baton-charged by the police.",
        "Several were hurt in a lathi charge by the police.",
    ],
)
def test_a_force_handling_the_crowd_is_read(text: str) -> None:
    assert FORCE_HANDLED.search(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        # a force named, no act of its own on the crowd
        "The protesters demanded that the police station be shifted.",
        # the act is the crowd's, and no force does it
        "The villagers removed the barricades themselves.",
    ],
)
def test_no_force_handling_is_read_where_none_is_told(text: str) -> None:
    assert FORCE_HANDLED.search(text) is None


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nurses held a demonstration in Lucknow, India. The police removed the protesters from the road.",
        "Students protested in Patna, India. Police intercepted the march near the university.",
        "Party workers brought out a procession in Pabna, Bangladesh. The procession was obstructed by the police.",
    ],
)
def test_a_protest_the_police_broke_up_is_an_intervention(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.sub_event_type == "Protest with intervention"
    assert [inter for _, inter in _sides(r)] == [6, 1]


@pytest.mark.model
def test_a_denied_act_is_no_intervention(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Nurses protested in Lucknow, India. The police did not remove them.")
    assert r.sub_event_type == "Peaceful protest"


def _group(inter: int, kind: str = "group") -> ActorMention:
    return ActorMention("Some Group", "", inter, "PAK", kind, 0, 0, 0, 0)


def test_an_air_strike_on_a_group_alone_is_the_state_s() -> None:
    a1, a2 = _striking_state("Air/drone strike", _group(2), None, "PAK", WHEN)
    assert a1 is not None and a1.inter == 1 and a1.name.startswith("Military Forces of Pakistan")
    assert a2 is not None and a2.name == "Some Group"
    # a force already named, civilians struck, or another sub-type: left as found
    named = ActorMention("Military Forces of the United States", "", 8, "USA", "state", 0, 0, 0, 0)
    assert _striking_state("Air/drone strike", named, _group(2), "AFG", WHEN) == (named, _group(2))
    civ = _group(7, "civilians")
    assert _striking_state("Air/drone strike", None, civ, "AFG", WHEN) == (None, civ)
    assert _striking_state("Armed clash", _group(2), None, "PAK", WHEN) == (_group(2), None)


@pytest.mark.model
def test_air_strikes_on_militants_are_the_country_s_military(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Aerial strikes killed nine TTP militants in Datta Khel, North Waziristan, Pakistan on Monday.")
    assert r.sub_event_type == "Air/drone strike"
    names = _sides(r)
    assert names[0][1] == 1 and names[0][0].startswith("Military Forces of Pakistan")
    assert names[1][1] == 2


@pytest.mark.model
def test_tear_gas_shells_are_no_artillery(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Police lobbed tear gas shells at hundreds of nurses marching towards the minister's house in Patiala, India.")
    assert r.event_type == "Protests"
    assert sorted(inter for _, inter in _sides(r)) == [1, 6]
    # mortar shells stay shelling
    r = _report(coder, "Pakistani troops fired mortar shells on villages in Poonch, India, killing two civilians.")
    assert r.sub_event_type == "Shelling/artillery/missile attack"


@pytest.mark.model
def test_nepal_s_armed_police_by_its_initials_is_police(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "An APF constable was injured when protesters pelted stones at APF personnel in Siraha, Nepal.")
    assert ("Police Forces of Nepal", 1) in _sides(r)

