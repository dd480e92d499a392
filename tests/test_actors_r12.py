"""Actors, round 12: the state's foe in an ethnic fight, groups held responsible by what a source
believes or suspects (not one it rules out), armed plurals the tagger reads as verbs, unnamed
identity militias named after their identity, and Kenyan bodies and leaders that place a text."""

from __future__ import annotations

from datetime import date

import pytest

from tests.actor_checks import first_report, sentence_actors
from tests.actor_checks import sides as _sides

pytestmark = pytest.mark.model

WHEN = date(2018, 6, 4)


def _names(nlp, text: str, country: str | None) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return sentence_actors(nlp, text, country, WHEN)


def _report(coder, text: str):  # type: ignore[no-untyped-def]
    return first_report(coder, text, WHEN)


@pytest.mark.parametrize(
    "text",
    [
        "Police exchanged fire with gunmen during tribal clashes outside Molo on Sunday.",
        "Police fought armed men for two hours in a clan feud near Wajir on Sunday.",
    ],
)
def test_the_state_foe_in_an_ethnic_fight_is_an_identity_militia(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    sides = _sides(r)
    assert r.sub_event_type == "Armed clash", (r.sub_event_type, sides)
    assert sorted(i for _n, i in sides) == [1, 4], sides
    # named after the identity the text gives the fight
    assert any(n.startswith(("Unidentified Ethnic Militia", "Unidentified Clan Militia")) for n, _i in sides), sides


def test_unknown_gunmen_in_an_ethnic_fight_stay_unidentified(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, "Unknown gunmen fought the police for two hours during tribal clashes outside Molo on Sunday.")
    sides = _sides(r)
    assert not any(i == 4 for _n, i in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed a chief outside Garissa on Monday. Elders believe Al Shabaab fighters did it.",
        "A roadside bomb wounded two soldiers outside Mandera on Monday. The army suspects Al Shabaab.",
        "Gunmen shot two soldiers dead at a roadblock outside Mandera on Monday. The army believes Al Shabaab sent them.",
    ],
)
def test_a_group_a_source_believes_or_suspects_is_the_perpetrator(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    names = [n for n, _i in _sides(r)]
    assert "Al Shabaab" in names, names
    assert not any(n.startswith("Unidentified") for n in names), names


def test_a_group_named_only_to_be_ruled_out_is_not_held_responsible(coder) -> None:  # type: ignore[no-untyped-def]
    r = _report(
        coder,
        "Gunmen robbed and shot four traders near Mandera on Monday. Officials suspect a cattle-rustling gang, not Al Shabaab.",
    )
    names = [n for n, _i in _sides(r)]
    assert "Al Shabaab" not in names, names


def test_an_armed_plural_tagged_as_a_verb_is_still_an_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A constable died in a gun attack by suspected Baloch separatists outside Kalat."
    doc = nlp(text)
    # the tagger reads the plural as a verb here; the parse still hangs it as the preposition's object
    assert any(t.lower_ == "separatists" and t.pos_ == "VERB" for t in doc)
    found = _names(nlp, text, "PAK")
    assert ("Baloch Separatists (Pakistan)", 2) in found, found


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Armed men from a rival clan killed two herders near Wajir on Sunday.", "Unidentified Clan Militia (Kenya)"),
        ("Raiders killed three villagers during ethnic clashes near Molo on Sunday.", "Unidentified Ethnic Militia (Kenya)"),
        # nothing names the identity: the local community's militia
        ("Raiders killed three villagers and stole cattle near Molo on Sunday.", "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_an_unnamed_identity_militia_is_named_after_its_identity(coder, text: str, label: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert label in [n for n, _i in _sides(r)], _sides(r)


def test_identity_naming_leaves_named_and_unidentified_sides_alone() -> None:
    from dateline.extract.actors import ActorMention, communal_sides

    pokot = ActorMention("Pokot Ethnic Militia (Kenya)", "Pokot", 4, "KEN", "group", 0, 1, 0, 5)
    people = ActorMention("Civilians (Kenya)", "herders", 7, "KEN", "civilians", 3, 4, 20, 27)
    a1, a2 = communal_sides("Attack", pokot, people, {"clan", "raiders", "herders"}, "KEN")
    assert (a1, a2) == (pokot, people)


@pytest.mark.parametrize(
    "text",
    [
        "Students protest against the closure of their hostel ordered by the Teachers Service Commission.",
        "Hawkers protest after Sonko ordered their eviction.",
    ],
)
def test_a_kenyan_body_or_leader_places_the_text(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    r = _report(coder, text)
    assert r.actor1 is not None and r.actor1.name == "Protesters (Kenya)", r.actor1


def test_fc_is_pakistans_frontier_corps_but_not_a_clubs_initials(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _names(nlp, "Two FC soldiers were wounded when gunmen fired on their post near Turbat.", None)
    assert ("Military Forces of Pakistan", 1) in found, found
    found = _names(nlp, "Fans of Riverside Stars FC blocked the road to the stadium.", "KEN")
    assert not any("Pakistan" in n for n, _i in found), found


def test_a_state_service_named_without_regime_years_is_the_states_force(coder) -> None:  # type: ignore[no-untyped-def]
    # the service's own name, not a regime-dated one, still names the state's force: the soldiers
    # killed are the force hit, and the attackers untold are an unidentified armed group
    r = _report(coder, "Two Frontier Corps soldiers lost their lives when their camp came under rocket attack near Kalat.")
    assert sorted(_sides(r)) == [("Military Forces of Pakistan", 1), ("Unidentified Armed Group (Pakistan)", 3)], _sides(r)


def test_a_region_heading_a_name_tagged_as_a_person_places_the_text(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.extract.countries import gazetteer_country

    doc = coder.parse("Dozens of clerks associated with Odisha Karmachari Mahasangh protested against pay cuts.")
    assert any(t.text == "Odisha" and t.ent_type_ == "PERSON" and t.ent_iob_ == "B" for t in doc), [
        (t.text, t.ent_type_) for t in doc
    ]
    assert gazetteer_country(doc, coder.gazetteer) == "IND"
    # a town's name heading a person's is that person's first name: no vote
    assert gazetteer_country(coder.parse("Charles Chege addressed the rally."), coder.gazetteer) is None


def test_the_second_side_of_a_clash_joined_to_the_first_sides_affiliation(coder) -> None:  # type: ignore[no-untyped-def]
    # the parse joins "police personnel" to the party the cadres belong to, not to the cadres
    r = _report(coder, "A clash broke out between workers of the Tharuhat Morcha and police personnel in Dhangadhi on Friday night.")
    assert sorted(i for _n, i in _sides(r)) == [1, 5], _sides(r)


def test_a_second_body_in_the_affiliation_is_no_second_side(coder) -> None:  # type: ignore[no-untyped-def]
    # "activists of X and Y": the activists of both bodies, one crowd on each side, not a party's militia
    r = _report(coder, "Six students were hurt in a clash between activists of the Jatiyatabadi Chhatra Dal and Chhatra League "
                "in Rajshahi on Monday.")
    assert not any(i == 3 for _n, i in _sides(r)), _sides(r)
