"""Each extraction stage on small sentences we wrote: triggers, actors, modality, attribution."""

from __future__ import annotations

from datetime import date

import pytest

from dateline.extract.actors import find_actors, interaction, state_actor_name
from dateline.extract.attribution import carry_over, find_attribution
from dateline.extract.events import sentences_of
from dateline.extract.modality import find_hedge, read_modality
from dateline.extract.triggers import find_triggers, retype_territory

pytestmark = pytest.mark.model

WHEN = date(2017, 1, 23)


def _sent(nlp, text):  # type: ignore[no-untyped-def]
    return next(iter(nlp(text).sents))


def _types(nlp, text):  # type: ignore[no-untyped-def]
    return [t.sub_event_type for t in find_triggers(_sent(nlp, text))]


# --- triggers --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syrian warplanes carried out a strike on a bakery in the town.", "Air/drone strike"),
        ("Army artillery shelled the village for three hours.", "Shelling/artillery/missile attack"),
        ("A suicide bomber blew himself up at the checkpoint, causing a blast.", "Suicide bomb"),
        ("A roadside IED hit a police convoy on the highway.", "Remote explosive/landmine/IED"),
        ("Hundreds of teachers protested outside the ministry over unpaid wages.", "Peaceful protest"),
        ("Police arrested four journalists at the border crossing.", "Arrests"),
        ("Gunmen kidnapped two aid workers on the road to the airport.", "Abduction/forced disappearance"),
        ("Insurgents threw a grenade into the crowded market.", "Grenade"),
        ("Dock workers went on strike at the port on Monday.", "Peaceful protest"),
    ],
)
def test_trigger_types_by_context(nlp, text: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    assert expected in _types(nlp, text)


def test_trigger_keeps_the_words_that_decided_it(nlp) -> None:  # type: ignore[no-untyped-def]
    trig = find_triggers(_sent(nlp, "Russian jets launched a strike on the depot."))
    air = [t for t in trig if t.sub_event_type == "Air/drone strike"]
    assert air and "jets" in air[0].decided_by and "strike" in air[0].decided_by


def test_irregular_past_forms_are_triggers(nlp) -> None:  # type: ignore[no-untyped-def]
    # regression: the small model leaves "retook" unlemmatised, so it was not seen as a trigger
    assert "Government regains territory" in _types(nlp, "Government troops retook the hilltop village.")


def test_territory_typed_by_who_takes_it() -> None:
    assert retype_territory("Non-state actor overtakes territory", 1) == "Government regains territory"
    assert retype_territory("Government regains territory", 2) == "Non-state actor overtakes territory"
    assert retype_territory("Armed clash", 1) == "Armed clash"


def test_anaphoric_event_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    trig = find_triggers(_sent(nlp, "A local commander died during the clashes."))
    assert any(t.anaphoric for t in trig)


# --- actors ----------------------------------------------------------------------------------
def test_foreign_state_forces_are_external(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, "Russian bombers hit positions of Daesh near the river.")
    actors = {m.name: m for m in find_actors(sent, event_country="SYR", when=WHEN)}
    assert actors["Military Forces of Russia (2000-)"].inter == 8
    assert actors["Islamic State (Syria)"].inter == 2


@pytest.mark.parametrize("alias", ["ISIS", "ISIL", "IS", "Daesh", "Islamic State"])
def test_islamic_state_aliases(nlp, alias: str) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, f"Fighters loyal to {alias} attacked the checkpoint.")
    names = [m.name for m in find_actors(sent, event_country="IRQ", when=WHEN)]
    assert "Islamic State (Iraq)" in names


def test_lowercase_is_is_not_a_group(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, "The road is closed and the bridge is damaged.")
    assert not [m for m in find_actors(sent, event_country="SYR", when=WHEN) if m.kind == "group"]


def test_unnamed_gunmen_and_victims(nlp) -> None:  # type: ignore[no-untyped-def]
    sent = _sent(nlp, "Unknown gunmen shot dead three civilians in the market.")
    found = {m.kind: m for m in find_actors(sent, event_country="NGA", when=date(2019, 5, 1))}
    assert found["unidentified"].name == "Unidentified Armed Group (Nigeria)" and found["unidentified"].inter == 3
    assert found["civilians"].name == "Civilians (Nigeria)" and found["civilians"].inter == 7


@pytest.mark.parametrize(
    ("text", "name", "inter"),
    [
        ("A Taliban-planted mine hit a truck.", "Taliban", 2),
        ("An ISIS-claimed bombing hit the market.", "Islamic State (Iraq)", 2),
        ("Pro-government militia members were wounded.", "Militia (Pro-Government)", 3),
        ("Two Arbakis were wounded at the checkpoint.", "Militia (Pro-Government)", 3),
        ("Three NDS agents were killed.", "Police Forces of Afghanistan (2014-2021) National Directorate of Security", 1),
        ("Gunmen killed an Afghan military officer.", "Military Forces of Afghanistan (2014-2021)", 1),
        ("Gunmen attacked an army checkpoint.", "Military Forces of Iraq (2014-)", 1),
    ],
)
def test_actors_named_by_compound_agency_or_service(nlp, text: str, name: str, inter: int) -> None:  # type: ignore[no-untyped-def]
    country = "AFG" if "Afghan" in text or "NDS" in text or "Arbaki" in text else "IRQ"
    found = {m.name: m for m in find_actors(_sent(nlp, text), event_country=country, when=date(2019, 5, 1))}
    assert name in found or any(n.split(" (")[0] == name.split(" (")[0] for n in found), found
    match = found.get(name) or next(m for n, m in found.items() if n.split(" (")[0] == name.split(" (")[0])
    assert match.inter == inter


def test_a_place_held_by_a_group_names_no_actor(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Taliban-held" qualifies the district; only agency compounds ("-planted", "-led") name the group
    sent = _sent(nlp, "Shells landed in a Taliban-held district.")
    assert not [m for m in find_actors(sent, event_country="AFG", when=WHEN) if m.kind == "group"]


def test_regime_years_follow_the_date() -> None:
    assert state_actor_name("SYR", date(2017, 1, 1)) == "Military Forces of Syria (2000-2024)"
    assert state_actor_name("SYR", date(2025, 3, 1)) == "Military Forces of Syria (2024-)"
    assert state_actor_name("KEN", date(2015, 6, 1), police=True) == "Police Forces of Kenya (2013-2022)"
    assert state_actor_name("BRA", date(2015, 6, 1)) == "Military Forces of Brazil"


def test_interaction_codes() -> None:
    assert interaction(8, 2) == 28
    assert interaction(1, 2) == 12
    assert interaction(2, None) == 20
    assert interaction(None, None) is None


# --- modality --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "word", "modality"),
    [
        ("If the rebels capture the dam, the city will lose power.", "capture", "hypothetical"),
        ("Aid groups fear a massacre of the villagers.", "massacre", "hypothetical"),
        ("The army will attack the town next week.", "attack", "future"),
        ("The militia threatened to attack the camp.", "attack", "future"),
        ("The ministry denied that its jets bombed the school.", "bombed", "denied"),
        ("Soldiers did not fire on the crowd.", "fire", "denied"),
        ("The tactics used to recapture the port last year are back.", "recapture", "background"),
        ("Two days after an earlier strike, more jets arrived.", "strike", "background"),
        ("The battle for the city rages on.", "battle", "background"),
        ("Militants attacked a police post on Tuesday.", "attacked", "asserted"),
        # "used" with an object of its own is no "used to" habit
        ("Police used force to stop the students from marching to the ministry.", "marching", "asserted"),
        ("The rebels used to raid villages near the border.", "raid", "background"),
    ],
)
def test_modality(nlp, text: str, word: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    tok = next(t for t in doc if t.text == word)
    assert read_modality(tok, doc[:]).modality == modality


def test_hedges() -> None:
    assert find_hedge("The commander was reportedly killed.") == "reportedly"
    assert find_hedge("Troops allegedly burned the houses.") == "allegedly"
    assert find_hedge("Troops burned the houses.") is None


# --- attribution -----------------------------------------------------------------------------
def test_according_to_and_reporting_verbs(nlp) -> None:  # type: ignore[no-untyped-def]
    a = find_attribution(_sent(nlp, "According to the Syrian Observatory for Human Rights, six people died."))
    assert a is not None and a.source == "Syrian Observatory for Human Rights" and a.kind == "monitor"
    b = find_attribution(_sent(nlp, "Tass reported that bombers hit the depots."))
    assert b is not None and b.source == "TASS" and b.kind == "news_agency"


def test_person_speaker_keeps_the_institution_in_the_chain(nlp) -> None:  # type: ignore[no-untyped-def]
    a = find_attribution(_sent(nlp, "Russia's General Staff chief Ivan Petrovsky said the town was quiet."))
    assert a is not None and a.kind == "person" and a.chain == ("Russian General Staff", "Ivan Petrovsky")


def test_attribution_carries_into_quoted_paragraphs_only(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "According to South Front, troops took the hill.\n\n"
        "\u201cThe army then pushed north.\u201d\n\n"
        "Farmers returned to the fields."
    )
    doc = nlp(text)
    sents = sentences_of(doc)
    paras = [[find_attribution(s)] for s in sents]
    filled = carry_over(paras, [s.text for s in sents])
    sources = [p[0].source if p[0] else None for p in filled]
    assert sources == ["South Front", "South Front", None]
    assert filled[1][0] is not None and filled[1][0].carried


def test_missing_model_names_the_package_to_install() -> None:
    from dateline.errors import DatelineError
    from dateline.nlp.model import load_model

    with pytest.raises(DatelineError) as info:
        load_model("xx_no_such_model_pkg")
    assert info.value.code == "E010" and "xx_no_such_model_pkg" in str(info.value) and "pip install" in str(info.value)


def test_sentences_never_cross_a_blank_line(nlp) -> None:  # type: ignore[no-untyped-def]
    # regression: the parser linked a quoted paragraph to the one before, so a modal "could"
    # there made the next paragraph's event hypothetical
    doc = nlp("This could change the war\n\nThe army repelled an attack on the bridge.")
    sents = [s.text for s in sentences_of(doc)]
    assert sents == ["This could change the war", "The army repelled an attack on the bridge."]
    tok = next(t for t in doc if t.text == "repelled")
    assert read_modality(tok, sentences_of(doc)[1]).modality == "asserted"
