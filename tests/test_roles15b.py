"""Roles, round 15b: who did what to whom in passive reports. The person a mob set on ("was
attacked by a mob") stays the mob's other side when police come in afterwards; vigilantes are a
mob; whoever did another, earlier act ("was freed by police") is no side of this one."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import find_actors
from tests.actor_checks import first_report, sides

WHEN = date(2019, 5, 14)
POLICE = "Police Forces of Kenya (2013-2022)"


@pytest.mark.parametrize(
    "text",
    [
        "A trader from Meru was attacked by a mob at a market in Isiolo. The police intervened, but he died later.",
        "A herder was attacked and beaten by an angry mob in Narok town. Police later came and dispersed the crowd.",
    ],
)
def test_mob_victim_stays_the_other_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Mob violence"
    assert sides(r) == [("Rioters (Kenya)", 5), ("Civilians (Kenya)", 7)]


def test_force_hit_by_rioters_still_their_side(coder) -> None:  # type: ignore[no-untyped-def]
    # the rule keeps only a passive victim of the crowd: a force the rioters hurt stays their other side
    r = first_report(coder, "Rioters blocked the road in Suswa, robbed motorists and injured police officers.", WHEN)
    assert any(a.inter == 1 for a in (r.actor1, r.actor2) if a is not None)


def test_vigilantes_are_a_mob(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = next(iter(nlp("The suspect was beaten to death by vigilantes in Kisumu.").sents))
    kinds = {m.kind for m in find_actors(sent, event_country="KEN", when=WHEN)}
    assert "rioters" in kinds


def test_agent_of_an_earlier_act_is_no_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "After a robbery suspect was freed by police in Eldoret, he was attacked and killed by vigilantes.", WHEN)
    assert sides(r) == [("Rioters (Kenya)", 5), ("Civilians (Kenya)", 7)]
    assert all(a.name != POLICE for a in (r.actor1, r.actor2) if a is not None)


def test_planted_by_is_the_doer(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "Two soldiers were killed near Wajir when a roadside bomb planted by Al Shabaab hit their truck.", WHEN)
    assert r.actor1 is not None and r.actor1.name == "Al Shabaab"
    assert r.actor2 is not None and r.actor2.inter == 1


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Likoni discovered the body of a soldier on Tuesday morning.",
        "The body of a soldier was found by residents of Mtongwe on Sunday.",
    ],
)
def test_who_found_the_body_is_no_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.actor2 is not None and r.actor2.name.startswith("Military Forces of Kenya")
    assert r.actor1 is not None and r.actor1.inter != 7
