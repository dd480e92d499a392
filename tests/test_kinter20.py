"""Round 20 (kinter): which force is a crowd's other side. A force told absent ("no police were
present"), named only as a place ("outside the police station") or only in the crowd's grievance
("accusing the police of ...", "the failure of police to ...") did not meet the crowd; a force
"called in" to a protest did; "excessive force" is a deed, not a state's force; and the person a
mob sets on stays its other side when a force is told coming only afterwards (ACLED)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sentence_actors, sides

WHEN = date(2019, 6, 20)


def _inters(r) -> set[int]:  # type: ignore[no-untyped-def]
    return {inter for _, inter in sides(r)}


@pytest.mark.parametrize(
    "text",
    [
        "Teachers marched through Kitale town over unpaid allowances. No police were present.",
        "Hawkers rioted in Kitale over new market fees, and one trader died in the chaos. There was no report of a police presence.",
        "Nurses protested outside Kitale county hospital over delayed wages. Police were not deployed at the scene.",
    ],
)
def test_a_force_told_absent_is_no_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type in ("Protests", "Riots"), (r.event_type, sides(r))
    assert 1 not in _inters(r), sides(r)


def test_force_absent_pattern() -> None:
    from dateline.extract.events import FORCE_ABSENT

    assert FORCE_ABSENT.search("No police were present at the march.")
    assert FORCE_ABSENT.search("There was no report of police presence.")
    assert FORCE_ABSENT.search("Security forces were not seen at the scene.")
    # an absence of harm is not an absence of the force
    assert not FORCE_ABSENT.search("No police officers were injured.")
    assert not FORCE_ABSENT.search("Police were present throughout the march.")


def test_a_force_called_in_to_a_protest_is_its_other_side(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(
        coder, "Nurses protested at Kitale county hospital over unpaid wages. Police were called in.", WHEN
    )
    assert r.event_type == "Protests", (r.event_type, sides(r))
    assert 1 in _inters(r), sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Two groups of youths clashed outside the Kitale police station over who should lead the market committee.",
        "Traders rioted outside the Kitale police station over the closure of the market.",
    ],
)
def test_a_police_station_is_a_place_not_a_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Riots", (r.event_type, sides(r))
    assert 1 not in _inters(r), sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Traders rioted outside the Kitale police station and engaged police in running battles.",
        "Angry youths in Kitale threw stones at the police station, injuring several people.",
    ],
)
def test_a_station_set_on_or_a_force_fought_beside_it_stays_a_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type == "Riots", (r.event_type, sides(r))
    assert 1 in _inters(r), sides(r)


@pytest.mark.parametrize(
    "text",
    [
        "Youths rioted in Kitale town, accusing the police of harassing hawkers.",
        "Traders protested in Kitale over the failure of police to arrest a gang that robbed their stalls.",
    ],
)
def test_a_force_named_only_in_the_grievance_is_no_side(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.event_type in ("Protests", "Riots"), (r.event_type, sides(r))
    assert 1 not in _inters(r), sides(r)


def test_a_force_blamed_for_failing_is_the_grievance(nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.actors import find_actors
    from dateline.extract.events import protested_force

    doc = nlp("Traders marched to the county offices, citing the failure of police to act on their reports.")
    forces = [m for m in find_actors(doc[:], event_country="KEN", when=WHEN) if m.kind == "police"]
    assert forces and all(protested_force(doc, m) for m in forces), forces
    doc = nlp("Police dispersed the traders who marched to the county offices.")
    forces = [m for m in find_actors(doc[:], event_country="KEN", when=WHEN) if m.kind == "police"]
    assert forces and not any(protested_force(doc, m) for m in forces), forces


def test_excessive_force_is_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sentence_actors(
        nlp,
        "Fishermen burnt a patrol boat in Naivasha, accusing wardens of using excessive force.",
        "KEN",
        WHEN,
    )
    assert not any(name.startswith("Military Forces") for name, _ in found), found
    found = sentence_actors(nlp, "The residents were removed by force from the disputed land.", "KEN", WHEN)
    assert not any(name.startswith("Military Forces") for name, _ in found), found
    # a force that is a body of men stays one
    found = sentence_actors(nlp, "A joint force of soldiers and police raided a camp in Lamu.", "KEN", WHEN)
    assert any(inter == 1 for _, inter in found), found
    found = sentence_actors(
        nlp, "Four militants were killed by the Kenya Defence Force in Boni forest.", "KEN", WHEN
    )
    assert any(name.startswith("Military Forces of Kenya") for name, _ in found), found


@pytest.mark.parametrize(
    "text",
    [
        "A suspected thief was lynched by a mob at Kisii market on Sunday. Police intervened and took the body to the mortuary.",
        "Residents of Kitale beat a man to death over a stolen cow. Police later arrived and dispersed the crowd.",
    ],
)
def test_a_mobs_victim_stays_its_side_when_police_come_afterwards(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, text, WHEN)
    assert r.sub_event_type == "Mob violence", (r.sub_event_type, sides(r))
    assert sorted(_inters(r)) == [5, 7], sides(r)


def test_a_mob_that_sets_on_an_officer_meets_the_police(coder) -> None:  # type: ignore[no-untyped-def]
    r = first_report(coder, "A mob stoned a police officer in Kitale as he tried to arrest a suspect.", WHEN)
    assert r.event_type == "Riots", (r.event_type, sides(r))
    assert 1 in _inters(r), sides(r)
