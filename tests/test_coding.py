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
