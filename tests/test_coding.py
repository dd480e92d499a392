"""Whole articles through the coder: report assembly, casualties, dates, places, claims, evidence.
Every article here is written by us."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from dateline.record import Article, Report, report_id
from tests.conftest import REPO, shared_path

pytestmark = pytest.mark.model

PUB = date(2017, 1, 23)  # a Monday


def _code(coder, text: str, published: date | None = PUB, **kw):  # type: ignore[no-untyped-def]
    return coder.code(Article.from_text(text, published=published, **kw))


def _check_evidence(coded) -> None:  # type: ignore[no-untyped-def]
    for r in coded.events:
        assert {"event", "trigger"} <= {e.field for e in r.evidence}
        for e in r.evidence:
            assert coded.article.text[e.start : e.end] == e.text


def test_bundled_example_codes_three_events(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.ingest import read_inputs

    (article,) = list(read_inputs([str(REPO / "examples" / "deir-ezzor-weekend.txt")]))
    coded = coder.code(article)
    _check_evidence(coded)
    kinds = sorted(r.sub_event_type for r in coded.events)
    assert kinds == ["Air/drone strike", "Armed clash", "Government regains territory"]
    by = {r.sub_event_type: r for r in coded.events}
    air = by["Air/drone strike"]
    assert air.interaction == 28 and air.location and air.location.geo_precision == 2
    assert any(c.source == "TASS" for c in air.claims)
    hill = by["Government regains territory"]
    assert hill.location and hill.location.geonames_id == 170794 and hill.location.geo_precision == 1
    assert (hill.date and (hill.date.start, hill.date.end, hill.date.time_precision) == (date(2017, 1, 21), date(2017, 1, 21), 2)) or (
        hill.date and hill.date.start == date(2017, 1, 21) and hill.date.end == date(2017, 1, 22)
    )
    clash = by["Armed clash"]
    assert clash.fatalities.best == 1 and not clash.fatalities.imputed
    fat_claims = [c for c in clash.claims if "fatalities" in c.fields]
    assert fat_claims and fat_claims[0].hedge == "reportedly" and fat_claims[0].source == "South Front"
    # the feared massacre and the conditional capture are mentions, not reports
    assert {m.modality for m in coded.mentions} >= {"hypothetical"}


def test_killed_and_wounded_kept_apart(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Militants attacked an army post in Kandahar on Sunday, killing four soldiers and wounding nine others."
    (r,) = _code(coder, text).events
    assert r.fatalities.best == 4 and r.injured.best == 9
    assert r.date and r.date.best == date(2017, 1, 22) and r.date.time_precision == 1
    assert r.location and r.location.country == "AFG"


def test_cumulative_toll_is_a_claim_not_fatalities(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels clashed with troops in Idlib on Saturday, killing three fighters, the Syrian Observatory for "
        "Human Rights said. The monitor said the total death toll of the offensive had risen to 400 since January."
    )
    coded = _code(coder, text)
    assert [r.fatalities.best for r in coded.events] == [3]
    agg = [m for m in coded.mentions if m.kind == "aggregate"]
    assert agg and agg[0].value == 400
    assert agg[0].claims[0].source == "Syrian Observatory for Human Rights"


def test_deaths_without_a_number_are_imputed_and_flagged(coder) -> None:  # type: ignore[no-untyped-def]
    (r,) = _code(coder, "Warplanes bombed a market in Douma on Friday, killing civilians.").events
    assert r.fatalities.imputed and r.fatalities.best in (3, 10)
    (r0,) = _code(coder, "Warplanes bombed an empty warehouse in Douma on Friday.").events
    assert r0.fatalities.best == 0 and not r0.fatalities.imputed


def test_continuation_sentence_joins_the_event_before(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Government forces repelled an attack by Islamic State fighters in Palmyra on Tuesday. "
        "A senior commander, Ahmad Karimi, was killed during the clashes."
    )
    coded = _code(coder, text)
    assert len(coded.events) == 1
    assert coded.events[0].fatalities.best == 1


def test_hypothetical_and_background_are_mentions(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials fear the militants could storm the prison if the guards leave.\n\n"
        "In 2014 the group captured the city of Mosul."
    )
    coded = _code(coder, text)
    assert coded.events == []
    assert {m.modality for m in coded.mentions} == {"hypothetical", "background"}


def test_biography_place_never_becomes_an_event_location(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Syrian troops shelled rebel positions in Daraa on Sunday.\n\n"
        "The author is a teacher who lives in Chicago."
    )
    coded = _code(coder, text)
    assert [r.location.country for r in coded.events if r.location] == ["SYR"]


def test_report_ids_are_stable_and_distinct(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Troops shelled Hama on Monday.\n\nSeparately, rebels ambushed a convoy near Homs on Tuesday."
    a, b = _code(coder, text), _code(coder, text)
    assert [r.report_id for r in a.events] == [r.report_id for r in b.events]
    assert len({r.report_id for r in a.events}) == len(a.events) == 2
    assert a.events[0].report_id == report_id(a.article.sha256, a.events[0].evidence[1].start, a.events[0].evidence[1].end)


def test_sha256_is_of_the_normalized_text() -> None:
    assert Article.from_text("A line.\r\nAnother.  \n").sha256 == Article.from_text("A line.\nAnother.").sha256
    assert Article.from_text("x", id="given").id == "given"


def test_python_api(coder) -> None:  # type: ignore[no-untyped-def]
    import dateline

    coded = dateline.code("Police arrested six journalists in Nairobi on Monday.", published="2019-03-06")
    assert coded.events and coded.events[0].sub_event_type == "Arrests"
    assert coded.events[0].date and coded.events[0].date.best == date(2019, 3, 4)
    Report.model_validate(coded.events[0].to_json_dict())


def test_seed_article_meets_its_gold(tmp_path: Path) -> None:
    """The founding article, through the CLI, scored by the reference reading of gold.json."""
    article = shared_path("eval", "seed", "deir-ezzor-2017-01-23.txt")
    gold = shared_path("eval", "seed", "gold.json")
    score = shared_path("eval", "seed", "score.py")
    out = tmp_path / "seed.jsonl"
    exe = Path(sys.executable).with_name("dateline")
    with out.open("w") as fh:
        subprocess.run([str(exe), "code", str(article), "--format", "jsonl"], stdout=fh, check=True)
    for line in out.read_text().splitlines():
        Report.model_validate(json.loads(line))
    result = subprocess.run([sys.executable, str(score), str(gold), str(out), str(article)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "3/3 required right, 0 false positives, 0 forbidden broken" in result.stdout


def test_date_two_days_after_an_earlier_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Rebels shelled the town of Suran on Tuesday, January 17.\n\n"
        "Two days after the shelling, government jets bombed rebel positions near Suran."
    )
    coded = _code(coder, text)
    dates = {r.sub_event_type: r.date for r in coded.events}
    assert dates["Shelling/artillery/missile attack"] and dates["Shelling/artillery/missile attack"].best == date(2017, 1, 17)
    air = dates["Air/drone strike"]
    assert air is not None and air.best == date(2017, 1, 19) and air.time_precision == 1


def test_weekday_weekend_and_mid_month(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Troops clashed with rebels in Hama on Thursday.\n\n"
        "Over the weekend, gunmen abducted two nurses in Homs.\n\n"
        "In mid-January, police arrested a journalist in Damascus."
    )
    got = {r.sub_event_type: r.date for r in _code(coder, text).events}
    assert got["Armed clash"] and (got["Armed clash"].best, got["Armed clash"].time_precision) == (date(2017, 1, 19), 1)
    weekend = got["Abduction/forced disappearance"]
    assert weekend and weekend.start == date(2017, 1, 21) and weekend.end == date(2017, 1, 22) and weekend.time_precision == 2
    mid = got["Arrests"]
    assert mid and mid.best == date(2017, 1, 15) and mid.time_precision == 3


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        ("Suspected Boko Haram militants attacked a village near Maiduguri on Saturday, killing five civilians.", "Attack"),
        ("Police fired tear gas at protesters in Nairobi on Monday.", "Protest with intervention"),
        ("Soldiers opened fire on protesters in Khartoum on Monday, killing three.", "Excessive force against protesters"),
        ("Militants attacked an army checkpoint in Kandahar on Sunday.", "Armed clash"),
    ],
)
def test_sub_type_follows_who_is_involved(coder, text: str, sub_type: str) -> None:  # type: ignore[no-untyped-def]
    # regression: an armed attack on a village's civilians was coded as a battle
    events = _code(coder, text).events
    assert events and events[0].sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type", "actor1", "actor2"),
    [
        # regression: a car bomb was typed as an air strike when "fighters" appeared nearby
        ("A car bomb exploded near a checkpoint held by fighters in Azaz on Monday.", "Remote explosive/landmine/IED", None, None),
        # regression: "a suicide bomber blew himself up" was an attack on civilians
        ("A suicide bomber blew himself up at a mosque in Quetta on Friday, killing 12 worshippers.", "Suicide bomb", "Unidentified Armed Group (Pakistan)", "Civilians (Pakistan)"),
        ("Hundreds of residents protested in Nakuru on Tuesday over the price of bread.", "Peaceful protest", "Protesters (Kenya)", None),
        ("Rival party supporters clashed in Mombasa on Sunday, leaving two dead.", "Mob violence", "Rioters (Kenya)", None),
    ],
)
def test_acled_roles_and_types(coder, text: str, sub_type: str, actor1: str | None, actor2: str | None) -> None:  # type: ignore[no-untyped-def]
    (r,) = _code(coder, text).events
    assert r.sub_event_type == sub_type
    if actor1 is not None:
        assert r.actor1 is not None and r.actor1.name == actor1
    if actor2 is not None:
        assert r.actor2 is not None and r.actor2.name == actor2


def test_the_reporting_police_are_not_an_actor(coder) -> None:  # type: ignore[no-untyped-def]
    # regression: in "..., police said" the police became actor1 of an attack they only reported
    (r,) = _code(coder, "Gunmen abducted three farmers near Zamfara on Sunday, police said.").events
    assert r.actor1 is not None and r.actor1.name.startswith("Unidentified Armed Group")
    assert r.actor2 is not None and r.actor2.name.startswith("Civilians")
    assert any(c.source.lower() == "police" for c in r.claims)


def test_one_report_per_place_with_the_toll_divided(coder) -> None:  # type: ignore[no-untyped-def]
    # ACLED: one event per location; a toll given across places is divided evenly
    events = _code(coder, "Troops clashed with rebels in Hama and Homs on Monday, killing five fighters.").events
    assert [e.location.geonames_id for e in events if e.location] == [170016, 169577] or len({e.location.name for e in events if e.location}) == 2
    assert sorted(e.fatalities.best or 0 for e in events) == [2, 3]
    assert len({e.report_id for e in events}) == 2
    assert all(e.sub_event_type == "Armed clash" for e in events)


FRIDAY = date(2017, 1, 27)  # weekdays named in the texts below are the days before it


def test_one_report_per_day_with_the_toll_on_the_day_the_text_names(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen raided a police post in Kandahar on Monday and again on Wednesday, killing two officers in the second raid."
    events = _code(coder, text, published=FRIDAY).events
    assert [e.date.best for e in events if e.date] == [date(2017, 1, 23), date(2017, 1, 25)]
    assert [e.fatalities.best for e in events] == [0, 2]
    assert len({e.report_id for e in events}) == 2
    for e in events:
        (ev,) = [x for x in e.evidence if x.field == "date"]
        assert ev.text in ("Monday", "Wednesday")


def test_a_toll_across_days_is_divided_and_says_so(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Rebels shelled an army base near Idlib on Saturday and on Sunday, killing seven soldiers."
    events = _code(coder, text, published=FRIDAY).events
    assert [e.date.best for e in events if e.date] == [date(2017, 1, 21), date(2017, 1, 22)]
    assert sorted(e.fatalities.best or 0 for e in events) == [3, 4]
    assert all("divided" in (e.fatalities.text or "") for e in events)


def test_tolls_told_day_by_day_stay_with_their_day(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Militants attacked a checkpoint in Ghazni on Monday, killing two soldiers, and again on Tuesday, killing five soldiers."
    events = _code(coder, text, published=FRIDAY).events
    assert [(e.date.best if e.date else None, e.fatalities.best) for e in events] == [
        (date(2017, 1, 23), 2), (date(2017, 1, 24), 5),
    ]


def test_a_date_of_the_statement_does_not_split_the_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Militants attacked a checkpoint in Ghazni on Monday, the governor said on Tuesday."
    (e,) = _code(coder, text, published=FRIDAY).events
    assert e.date is not None and e.date.best == date(2017, 1, 23)


def test_two_actor_pairs_in_one_sentence_are_two_reports(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Troops clashed with Taliban fighters in Ghazni on Tuesday, while police fought Islamic State militants in Jalalabad, killing four."
    first, second = _code(coder, text, published=FRIDAY).events
    assert {first.actor1.name, first.actor2.name} == {"Taliban", "Military Forces of Afghanistan (2014-2021)"}  # type: ignore[union-attr]
    assert second.actor1 is not None and second.actor2 is not None
    assert {second.actor1.name.split(" (")[0], second.actor2.name.split(" (")[0]} == {"Police Forces of Afghanistan", "Islamic State"}
    # the toll is told in the second clause only
    assert (first.fatalities.best, second.fatalities.best) == (0, 4)
    assert first.location and second.location and first.location.name != second.location.name


def test_a_second_verb_of_the_same_attackers_stays_one_report(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen stormed a village in Zamfara on Sunday and abducted twelve farmers."
    events = _code(coder, text, published=FRIDAY).events
    assert len(events) == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("The United Nations condemned the bombing of a school near Aleppo.", "diplomacy"),
        ("Pakistan summoned the Indian envoy over the shelling along the border in Kashmir.", "diplomacy"),
        ("Foreign ministers met in Doha on Sunday to discuss a ceasefire between the two sides.", "diplomacy"),
        ("The government accused the rebels of attacking an aid convoy.", "attribution"),
        ("Officials in Kabul blamed the Taliban for the raid, which the group denied.", "attribution"),
    ],
)
def test_diplomacy_and_blame_are_mentions_not_reports(coder, text: str, reason: str) -> None:  # type: ignore[no-untyped-def]
    coded = _code(coder, text)
    assert coded.events == []
    assert any(m.reason and m.reason.startswith(f"not an ACLED event: {reason}") for m in coded.mentions)


def test_blame_after_the_report_adds_no_second_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A bomb went off in a market in Quetta on Sunday, killing five people. Police blamed the Taliban for the blast."
    coded = _code(coder, text, published=FRIDAY)
    (r,) = coded.events
    assert r.fatalities.best == 5
    # the police who lay blame are not the bombers
    assert r.actor1 is None or not r.actor1.name.startswith("Police")
    assert any("attribution" in (m.reason or "") for m in coded.mentions)


def test_a_first_telling_inside_a_blame_is_still_coded(coder) -> None:  # type: ignore[no-untyped-def]
    # the only telling of the blast, with its own toll: the event is new, the blame is the claim
    (r,) = _code(coder, "Police blamed militants for a blast in Quetta on Sunday that killed five people.", published=FRIDAY).events
    assert r.fatalities.best == 5 and r.event_type == "Explosions/Remote violence"


def test_the_party_blamed_afterwards_is_the_perpetrator(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A roadside bomb killed four soldiers near Kandahar on Monday.\n\nThe army accused the Taliban of planting the bomb."
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.actor1 is not None and r.actor1.name == "Taliban"
    assert r.actor2 is not None and r.actor2.name.startswith("Military Forces of Afghanistan")
    assert r.interaction == 12


def test_injuries_across_places_are_divided_like_deaths(coder) -> None:  # type: ignore[no-untyped-def]
    # regression: each place's report kept the whole injury count, so the parts summed to twice it
    events = _code(coder, "Soldiers clashed with rebels in Hama and Homs on Monday, killing four and wounding six.").events
    assert len(events) == 2
    assert sum(e.injured.best or 0 for e in events) == 6 and sum(e.fatalities.best or 0 for e in events) == 4


def test_other_unnamed_attackers_in_a_second_clause_are_the_same_incident(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A suicide bomber blew himself up at a shrine in Kandahar while two other gunmen stormed the compound, killing seven worshippers."
    events = _code(coder, text, published=FRIDAY).events
    assert len(events) == 1 and events[0].fatalities.best == 7


@pytest.mark.parametrize(
    ("text", "interaction"),
    [
        # state forces alone beside a bomb are its target; the bomber is unidentified (ACLED: 13)
        ("Four policemen were killed by a roadside bomb in Kandahar on Monday.", 13),
        ("A bomb planted by an unidentified armed group wounded two soldiers in Ghazni on Monday.", 13),
        # an attack on a checkpoint is an attack on the security forces
        ("Taliban fighters attacked a check point in Ghazni on Monday.", 12),
        # "militants" beside a named group are the group's men, not a second armed group
        ("Five soldiers and two militants were killed in an attack by Taliban militants on an army base in Ghazni on Monday.", 12),
    ],
)
def test_acled_interaction_conventions(coder, text: str, interaction: int) -> None:  # type: ignore[no-untyped-def]
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.interaction == interaction


def test_the_page_stamp_is_not_the_event_date(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Published 3 January 2017\n\nRebels shelled a market in Idlib, killing six people."
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.date is not None and r.date.best != date(2017, 1, 3)
    assert not [e for e in r.evidence if e.field == "date" and "January" in e.text]


def test_a_claim_of_responsibility_names_the_perpetrator_and_adds_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen attacked a checkpoint in Kano on Monday, killing three soldiers.\n\nBoko Haram claimed responsibility for the attack on Tuesday."
    coded = _code(coder, text, published=FRIDAY)
    (r,) = coded.events
    assert r.actor1 is not None and r.actor1.name.startswith("Boko Haram")
    assert r.date is not None and r.date.best == date(2017, 1, 23)
    assert any((m.reason or "").startswith("not an ACLED event: attribution of responsibility") for m in coded.mentions)


# --- regressions found while writing the merge corpus (each text our own) -----------------------


def test_background_detail_of_a_told_explosion_is_not_a_second_report(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An air strike hit a market in Saraqib on Tuesday, killing nine people, rescuers said.\n\n"
        "Neighbours said they saw jets circling the town before the explosion."
    )
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.sub_event_type == "Air/drone strike"


@pytest.mark.parametrize("closing", ["Nobody claimed the attack.", "Nobody has claimed the bombing.", "No one has claimed responsibility for the blast."])
def test_a_negated_claim_about_a_told_attack_adds_no_report(coder, closing: str) -> None:  # type: ignore[no-untyped-def]
    text = f"A car bomb exploded at a checkpoint in Mogadishu on Monday, killing four soldiers, police said. {closing}"
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.sub_event_type == "Remote explosive/landmine/IED" and r.fatalities.best == 4


def test_gunmen_killing_farmers_is_an_attack_and_the_source_title_is_no_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen killed seven farmers in their fields near Konduga in Borno State on Saturday, residents said.\n\n"
        "The attackers arrived on motorcycles and fled into the bush, a vigilante leader said."
    )
    (r,) = _code(coder, text, published=FRIDAY).events
    assert (r.event_type, r.sub_event_type) == ("Violence against civilians", "Attack")
    assert r.actor2 is not None and r.actor2.name.startswith("Civilians")
    assert r.fatalities.best == 7 and not r.fatalities.imputed
    assert r.location is not None and r.location.geo_precision in (1, 2)


def test_gunmen_killing_traders_is_an_attack_on_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    text = "In a separate attack on the same day, gunmen killed three traders on the road outside Bama, police said."
    (r,) = _code(coder, text, published=FRIDAY).events
    assert (r.sub_event_type, r.interaction) == ("Attack", 37)


def test_a_corrected_place_is_not_the_location(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A Russian missile hit Myrnohrad on Tuesday, not Pokrovsk as we first reported, killing two civilians, officials said."
    coded = _code(coder, text, published=FRIDAY)
    (r,) = coded.events
    assert r.location is not None and r.location.name == "Myrnohrad"
    assert r.fatalities.best == 2


def test_a_demonym_on_a_missile_strike_names_that_state(coder) -> None:  # type: ignore[no-untyped-def]
    text = "A Russian missile strike on Kharkiv on Monday killed four civilians, the regional governor said."
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.actor1 is not None and r.actor1.name.startswith("Military Forces of Russia")
    assert r.interaction == 78


def test_the_speaker_title_after_a_toll_is_not_a_victim(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen ambushed a patrol in Garissa on Friday, killing two police officers, a county police commander said."
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.fatalities.best == 2


def test_a_denial_is_the_denier_claim_not_the_previous_source(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Residents said soldiers killed five civilians in Kaya on Monday. The army denied killing any civilians."
    coded = _code(coder, text, published=FRIDAY)
    denials = [m for m in coded.mentions if m.modality == "denied"]
    assert denials and all(m.claims[0].source.lower() == "army" for m in denials)


def test_a_place_of_the_article_country_beats_a_foreign_reading(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Taliban militants clashed with Afghan forces in Dara i Pech district and Asadabad city, Kunar, on Monday."
    (r,) = _code(coder, text, published=FRIDAY).events
    assert r.location is not None and r.location.country == "AFG"
