"""Tests for the report's position in the article as a confidence feature (which report is the
article's main incident). All sentences are written for these tests (no news text is copied).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dateline.eval.formats import main_report
from dateline.extract.confidence import POSITION_CAP, POSITION_STEP, Signals, raw_score
from dateline.record import Article

_REPORT = Signals(
    trigger_strength=0.9,
    event_type="Explosions/Remote violence",
    actor1="text",
    location_precision=1,
    location_own=True,
    date_source="explicit",
    time_precision=1,
    figures=1,
)


def test_reports_further_from_the_top_score_lower_up_to_a_cap() -> None:
    scores = [raw_score(replace(_REPORT, sentence=i)) for i in (0, 3, 6)]
    assert scores[0] > scores[1] > scores[2]
    cap_at = round(POSITION_CAP / POSITION_STEP)
    # past the cap a report deep in a long article loses no more
    assert raw_score(replace(_REPORT, sentence=cap_at)) == raw_score(replace(_REPORT, sentence=cap_at + 30))


def test_a_lead_with_less_support_outranks_background_deep_in_the_article() -> None:
    # the lead names only the province and dates the strike from context; the background incident,
    # many sentences down, has its own town and an explicit day
    lead = replace(_REPORT, location_precision=2, location_own=False, date_source="context", sentence=0, index=0)
    background = replace(_REPORT, figures=2, attribution="monitor", attribution_own=True, sentence=20, index=6)
    assert raw_score(lead) > raw_score(background)


def test_main_report_is_the_lead_not_a_bigger_toll_told_as_background(coder) -> None:  # type: ignore[no-untyped-def]
    filler = "".join(f"Residents described scene number {i} of the long night to reporters.\n\n" for i in range(1, 12))
    text = (
        "An overnight air strike hit a crowded market in Idlib province, killing 10 people, activists said.\n\n"
        + filler
        + "On March 3, warplanes bombed the village of Kafr Nabl in Idlib province, killing 40 civilians, "
        "a monitoring group said."
    )
    events = coder.code(Article.from_text(text, published=date(2021, 3, 20))).events
    assert {e.fatalities.best for e in events} >= {10, 40}
    main = main_report(events)
    assert main is not None and main.fatalities.best == 10
