"""Report confidence: isotonic calibration, the shipped map, reliability metrics and labels.

Every example here is invented for the test; the development data is read only by
scripts/calibrate.py and `dateline eval` at run time.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from itertools import pairwise
from pathlib import Path

import pytest

from dateline.eval.formats import Admin1Matcher
from dateline.eval.reliability import (
    FIELDS,
    brier,
    deciles,
    ece,
    field_checks,
    field_rates,
    is_correct,
    table,
)
from dateline.extract.confidence import (
    BRIEF_MAX_TOKENS,
    GENRES,
    IMPUTED_PENALTY,
    MONTH_ONLY_PENALTY,
    RANK_TRIGGER_WEIGHT,
    TRIGGER_WEIGHT,
    Block,
    Calibration,
    Signals,
    calibrated,
    codable_place,
    confidence,
    genre_maps_earn_their_place,
    genre_of,
    load_calibration_file,
    pav,
    rank_score,
    raw_score,
    raw_scores,
    scores,
    shipped,
)
from dateline.record import ArticleRef, Coder, EventDate, Fatalities, Location, Plover, Report
from tests.test_eval import ACLED_2020

# --- pool adjacent violators -------------------------------------------------------------------


def test_pav_pools_violators_exactly() -> None:
    blocks = pav([1, 2, 3, 4, 5], [1, 3, 2, 4, 3.5])
    assert blocks == [Block(1, 1, 1.0, 1), Block(2, 3, 2.5, 2), Block(4, 5, 3.75, 2)]


def test_pav_binary_labels_and_equal_levels_merge() -> None:
    blocks = pav([0.1, 0.2, 0.3, 0.4, 0.5], [0, 1, 0, 1, 1])
    assert [(b.lo, b.hi, b.p, b.n) for b in blocks] == [(0.1, 0.1, 0.0, 1), (0.2, 0.3, 0.5, 2), (0.4, 0.5, 1.0, 2)]


def test_pav_input_order_ties_and_weights() -> None:
    # unsorted input; equal x are one point; weights count
    assert pav([2, 1, 1], [1, 0, 1]) == [Block(1, 1, 0.5, 2), Block(2, 2, 1.0, 1)]
    assert pav([1, 2], [1, 0], [3, 1]) == [Block(1, 2, 0.75, 4)]
    assert pav([], []) == []
    with pytest.raises(ValueError):
        pav([1, 2], [1])


def test_pav_output_is_monotone_on_noisy_data() -> None:
    xs = [i / 50 for i in range(50)]
    ys = [(i * 7919) % 3 == 0 or i > 35 for i in range(50)]
    levels = [b.p for b in pav(xs, [float(y) for y in ys])]
    assert all(a < b for a, b in pairwise(levels))


# --- the mapping -------------------------------------------------------------------------------


def test_mapping_interpolates_between_block_centres_and_clips() -> None:
    cal = Calibration((Block(0.1, 0.3, 0.1, 5), Block(0.5, 0.7, 0.5, 5)))
    assert cal(0.4) == pytest.approx(0.3)  # halfway between centres 0.2 and 0.6
    assert cal(0.0) == pytest.approx(0.1)
    assert cal(1.0) == pytest.approx(0.5)
    extreme = Calibration((Block(0.1, 0.2, 0.0, 3), Block(0.8, 0.9, 1.0, 3)))
    assert extreme(0.0) == 0.02 and extreme(1.0) == 0.98


def test_mapping_is_monotone_and_a_probability() -> None:
    cal = Calibration.fit([0.2, 0.3, 0.3, 0.5, 0.6, 0.9, 0.9], [0, 0, 1, 0, 1, 1, 1])
    grid = [i / 100 for i in range(101)]
    values = [cal(x) for x in grid]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert all(a <= b for a, b in pairwise(values))


def test_bins_round_trip_and_reject_non_monotone() -> None:
    cal = Calibration.fit([0.2, 0.4, 0.6], [0, 1, 1])
    assert Calibration.from_bins(cal.to_bins()).blocks == cal.blocks
    with pytest.raises(ValueError):
        Calibration.from_bins([{"lo": 0.1, "hi": 0.2, "p": 0.6}, {"lo": 0.3, "hi": 0.4, "p": 0.5}])


# --- the shipped calibration -------------------------------------------------------------------


def test_shipped_calibration_loads_and_is_monotone() -> None:
    data = load_calibration_file()
    assert data is not None
    assert data["method"] == "isotonic"
    for key in ("date", "dateline_version", "seed", "fitted_on", "bins", "validation"):
        assert key in data
    assert set(data["fitted_on"]) == {"pitf", "fakes", "gva", "plover"}  # never ACLED
    assert all(v["reports"] > 0 for v in data["fitted_on"].values())
    cal = shipped()
    assert cal is not None and len(cal.blocks) == len(data["bins"])
    levels = [b["p"] for b in data["bins"]]
    assert levels == sorted(levels)
    values = [calibrated(i / 100) for i in range(101)]
    assert all(0.0 <= v <= 1.0 for v in values)
    assert all(a <= b for a, b in pairwise(values))


def test_genre_maps_ship_only_when_they_beat_one_map_on_held_out_halves() -> None:
    data = load_calibration_file()
    assert data is not None
    pooled = data["validation"]["pooled"]
    earned = genre_maps_earn_their_place(pooled["after"], pooled["after_pooled_map"])
    # the shipped file follows its own validation
    assert bool(data["genres"]) == earned
    assert ("per-genre maps shipped" in data["genre_choice"]) == earned
    if earned:
        assert set(data["genres"]) == {"brief", "article"}
        for name, g in data["genres"].items():
            cal = shipped(name)
            assert cal is not None and len(cal.blocks) == len(g["bins"]) and g["reports"] > 0
            values = [calibrated(i / 100, name) for i in range(101)]
            assert all(a <= b for a, b in pairwise(values))
    else:
        # every genre then uses the single map
        for name in GENRES:
            assert shipped(name) == shipped()
    # a genre without a map falls back to the pooled one
    assert shipped("no such genre") == shipped()


def test_the_genre_rule_wants_both_a_lower_ece_and_no_worse_brier() -> None:
    one = {"ece": 0.021, "brier": 0.234}
    assert not genre_maps_earn_their_place({"ece": 0.031, "brier": 0.234}, one)  # worse ECE
    assert not genre_maps_earn_their_place({"ece": 0.015, "brier": 0.240}, one)  # better ECE, worse Brier
    assert not genre_maps_earn_their_place({"ece": 0.021, "brier": 0.230}, one)  # a tie is no gain
    assert genre_maps_earn_their_place({"ece": 0.015, "brier": 0.234}, one)
    assert not genre_maps_earn_their_place({"ece": None, "brier": 0.2}, one)  # nothing measured


def test_genre_is_decided_by_length() -> None:
    assert genre_of(0) is None
    assert genre_of(BRIEF_MAX_TOKENS) == "brief" and genre_of(BRIEF_MAX_TOKENS + 1) == "article"
    short = Signals(trigger_strength=0.8, location_precision=1, location_own=True, tokens=40)
    assert confidence(short) == calibrated(raw_score(short), "brief")
    long = Signals(trigger_strength=0.8, location_precision=1, location_own=True, tokens=400)
    assert confidence(long) == calibrated(raw_score(long), "article")


@pytest.mark.model
def test_a_coded_note_and_a_coded_article_use_their_genres_map(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    note = "On 3 March 2020, Taliban fighters attacked a police checkpoint in Kunduz city, killing 4 police officers."
    filler = " The district council met on Tuesday to discuss the new school building and the road repairs." * 12
    for text, genre in ((note, "brief"), (note + filler, "article")):
        art = Article.from_text(text, published=date(2020, 3, 5))
        with raw_scores():
            raw = coder.code(art).events[0].confidence
        assert coder.code(art).events[0].confidence == calibrated(raw, genre)


# --- the raw score -----------------------------------------------------------------------------

FULL = Signals(
    trigger_strength=0.9,
    event_type="Battles",
    actor1="text",
    actor2="text",
    location_precision=1,
    location_own=True,
    resolution_score=0.9,
    date_source="explicit",
    time_precision=1,
    attribution="government",
    attribution_own=True,
    sentences=2,
    figures=1,
)
BARE = Signals(trigger_strength=0.5)


def test_full_support_scores_above_a_bare_report() -> None:
    assert 0.0 <= raw_score(BARE) < raw_score(FULL) <= 1.0
    assert calibrated(raw_score(BARE)) < calibrated(raw_score(FULL))


def test_raw_score_lowers_for_weaker_support() -> None:
    from dataclasses import replace

    full = raw_score(FULL)
    for weaker in (
        replace(FULL, location_own=False),
        replace(FULL, location_precision=None),
        replace(FULL, date_source="inherited"),
        replace(FULL, actor1=None),
        replace(FULL, fatalities_imputed=True),
        replace(FULL, event_type="Strategic developments"),
        replace(FULL, index=3),
        replace(FULL, hedge=True),
        replace(FULL, modality="hedged"),
    ):
        assert raw_score(weaker) < full, weaker


def test_a_placeless_report_ranks_under_placed_ones_and_keeps_its_order() -> None:
    from dataclasses import replace

    weak_placed = replace(BARE, location_precision=3, location_own=False, date_source="none")
    placeless_full = replace(FULL, location_precision=None, location_own=False)
    placeless_bare = replace(BARE, location_precision=None)
    assert raw_score(placeless_full) < raw_score(weak_placed)
    assert 0.05 <= raw_score(placeless_bare) < raw_score(placeless_full) <= 0.14


def test_a_month_date_and_a_guessed_toll_cost_their_weights() -> None:
    from dataclasses import replace

    # a day left open over a month, or a toll that is the codebook's guess, rarely checks out
    assert MONTH_ONLY_PENALTY >= 0.1 and IMPUTED_PENALTY >= 0.15
    day = replace(FULL, date_source="anchored")
    assert raw_score(replace(day, time_precision=3)) == pytest.approx(raw_score(day) - MONTH_ONLY_PENALTY)
    unnumbered = replace(FULL, figures=0)
    assert raw_score(replace(unnumbered, fatalities_imputed=True)) == pytest.approx(
        raw_score(unnumbered) - IMPUTED_PENALTY
    )


# --- ranking apart from the probability ---------------------------------------------------------


def test_the_rank_keeps_the_hand_set_trigger_weight_and_the_probability_weighs_it_less() -> None:
    from dataclasses import replace

    assert RANK_TRIGGER_WEIGHT == 0.20 and TRIGGER_WEIGHT < RANK_TRIGGER_WEIGHT
    placed = replace(FULL, trigger_strength=0.5, sentences=1)
    assert rank_score(placed) - raw_score(placed) == pytest.approx((RANK_TRIGGER_WEIGHT - TRIGGER_WEIGHT) * 0.5)
    # the rank is the score as it was hand-set: 0.25 + 0.20 * 0.5 for a bare trigger, squeezed
    # under placed reports as it has no place
    assert rank_score(BARE) == round(0.05 + 0.1 * (0.25 + 0.10 - 0.10 - 0.05 - 0.05), 4)
    assert scores(FULL) == (confidence(FULL), rank_score(FULL))


#: Two reports of one article whose order by rank and by probability differ: the first has the
#: stronger trigger word ("bombarded"), the second only a weak one but named actors and a toll.
STRONG_WORD = Signals(trigger_strength=1.0, location_precision=1, location_own=True, date_source="explicit", time_precision=1)
WEAK_WORD = Signals(
    trigger_strength=0.0, location_precision=1, location_own=True, date_source="explicit", time_precision=1,
    actor1="text", actor2="text", figures=1,
)


def _coded_report(n: int, s: Signals, cal: Calibration | None) -> Report:
    raw = raw_score(s)
    return Report(
        event_id=f"r{n}", report_id=f"r{n}", article=ArticleRef(id="a", sha256="0" * 64),
        event_type="Battles", sub_event_type="Armed clash",
        confidence=round(cal(raw), 4) if cal is not None else raw, rank=rank_score(s),
        coder=Coder(version="t", model="t", gazetteer="t"),
    )  # fmt: skip


def test_the_choice_of_report_does_not_move_when_the_calibration_map_changes() -> None:
    from dateline.eval.formats import main_report

    assert rank_score(STRONG_WORD) > rank_score(WEAK_WORD)
    assert raw_score(STRONG_WORD) < raw_score(WEAK_WORD)  # the probability orders them the other way
    steep = Calibration((Block(0.0, 0.4, 0.1, 1), Block(0.5, 0.6, 0.9, 1)))
    for cal in (None, steep, shipped()):
        reports = [_coded_report(1, WEAK_WORD, cal), _coded_report(2, STRONG_WORD, cal)]
        assert reports[0].confidence >= reports[1].confidence
        chosen = main_report(reports)
        assert chosen is not None and chosen.report_id == "r2", cal


def test_a_record_made_before_reports_had_a_rank_loads_and_ranks_by_confidence() -> None:
    r = _coded_report(1, WEAK_WORD, None)
    old = r.to_json_dict()
    del old["rank"]
    back = Report.model_validate(old)
    assert back.rank is None and back.ranking() == back.confidence
    assert Report.model_validate_json(json.dumps(r.to_json_dict())).ranking() == rank_score(WEAK_WORD)


def _raw(coder, text: str):  # type: ignore[no-untyped-def]
    from dateline.record import Article

    with raw_scores():
        coded = coder.code(Article.from_text(text, published=date(2020, 3, 25)))
    assert len(coded.events) == 1, text
    return coded.events[0]


@pytest.mark.model
def test_a_report_dated_only_to_its_month_is_less_confident(coder) -> None:  # type: ignore[no-untyped-def]
    month = _raw(coder, "In March 2020, gunmen killed three farmers in Kaduna.")
    day = _raw(coder, "On 3 March 2020, gunmen killed three farmers in Kaduna.")
    assert month.date is not None and month.date.time_precision == 3
    assert day.date is not None and day.date.time_precision == 1
    assert month.confidence <= day.confidence - 0.1


@pytest.mark.model
def test_a_guessed_death_toll_is_much_less_confident(coder) -> None:  # type: ignore[no-untyped-def]
    guessed = _raw(coder, "People were killed when gunmen attacked a village in Kaduna on Monday.")
    counted = _raw(coder, "Three people were killed when gunmen attacked a village in Kaduna on Monday.")
    assert guessed.fatalities.imputed and not counted.fatalities.imputed
    assert guessed.confidence <= counted.confidence - 0.2


def test_calibrate_script_reports_held_out_figures_over_several_halvings() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("calibrate", Path(__file__).parents[1] / "scripts" / "calibrate.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    # invented rows (text, raw score, correct, genre): the higher score is right three times in four
    rows = [(t, 0.8 if t % 2 else 0.2, (t % 2 == 1) == (t % 8 != 7), "brief") for t in range(80)]
    out = script.repeated_halvings({"a": rows[:40], "b": rows[40:]}, seed=3, times=4)
    assert out["halvings"] == 4 and out["seeds"] == [3, 6]
    assert 0.0 <= out["ece_mean"] <= 0.25 and out["ece_sd"] >= 0.0
    assert 0.0 < out["brier_mean"] < 0.25  # better than a coin


# --- reliability metrics -----------------------------------------------------------------------

PAIRS = [(0.95, True), (0.95, False), (0.15, False), (0.15, False)]


def test_ece_and_brier_by_hand() -> None:
    # bins 0.9-1.0: conf 0.95, acc 0.5, weight 1/2; 0.1-0.2: conf 0.15, acc 0, weight 1/2
    assert ece(PAIRS) == pytest.approx(0.5 * 0.45 + 0.5 * 0.15)
    assert brier(PAIRS) == pytest.approx((0.05**2 + 0.95**2 + 0.15**2 + 0.15**2) / 4)
    assert ece([]) is None and brier([]) is None
    assert ece([(0.3, True), (0.3, False)]) == pytest.approx(0.2)
    assert brier([(1.0, True), (0.0, False)]) == 0.0


def test_deciles_and_table() -> None:
    bins = deciles([*PAIRS, (1.0, True), (0.0, False)])
    assert len(bins) == 10 and bins[0]["bin"] == "0.0-0.1" and bins[9]["bin"] == "0.9-1.0"
    assert [b["n"] for b in bins] == [1, 2, 0, 0, 0, 0, 0, 0, 0, 3]
    assert bins[9]["accuracy"] == pytest.approx(0.6667) and bins[2]["mean_confidence"] is None
    t = table(PAIRS)
    assert t["n"] == 4 and t["accuracy"] == 0.25 and t["mean_confidence"] == 0.55
    assert t["ece"] == 0.3 and t["brier"] == 0.2375


# --- correctness labels ------------------------------------------------------------------------


def _report(event_type: str, sub: str, plover: str, lat: float, lon: float, admin1: str, when: date, dead: int) -> Report:
    return Report(
        event_id="e",
        report_id="e",
        article=ArticleRef(id="a", sha256="0" * 64),
        event_type=event_type,
        sub_event_type=sub,
        plover=Plover(event=plover),
        location=Location(name="X", text="X", lat=lat, lon=lon, country="AFG", admin1=admin1, geo_precision=1),
        date=EventDate(best=when, start=when, end=when, time_precision=1),
        fatalities=Fatalities(best=dead),
        confidence=0.5,
        coder=Coder(version="t", model="t", gazetteer="t"),
    )


class _NoGazetteer:
    def lookup(self, name: str) -> list[object]:
        return []


def test_acled_label_needs_type_place_and_date() -> None:
    admin1 = Admin1Matcher(_NoGazetteer())  # type: ignore[arg-type]
    gold = {"event_type": "Battles", "coords": (36.0, 66.0), "admin1": "Balkh",
            "date": date(2020, 3, 2), "time_precision": 1}  # fmt: skip
    ok = _report("Battles", "Armed clash", "ASSAULT", 36.1, 66.0, "Somewhere", date(2020, 3, 2), 0)
    assert is_correct("acled", gold, ok, admin1)
    far_but_admin1 = _report("Battles", "Armed clash", "ASSAULT", 30.0, 60.0, "Balkh", date(2020, 3, 2), 0)
    assert is_correct("acled", gold, far_but_admin1, admin1)
    assert not is_correct("acled", gold, _report("Protests", "Peaceful protest", "PROTEST", 36.1, 66.0, "B", date(2020, 3, 2), 0), admin1)
    assert not is_correct("acled", gold, _report("Battles", "Armed clash", "ASSAULT", 30.0, 60.0, "B", date(2020, 3, 2), 0), admin1)
    assert not is_correct("acled", gold, _report("Battles", "Armed clash", "ASSAULT", 36.1, 66.0, "B", date(2020, 3, 4), 0), admin1)


def test_field_checks_say_which_field_is_wrong() -> None:
    admin1 = Admin1Matcher(_NoGazetteer())  # type: ignore[arg-type]
    gold = {"event_type": "Battles", "coords": (36.0, 66.0), "admin1": "Balkh",
            "date": date(2020, 3, 2), "time_precision": 1, "fatalities": 3}  # fmt: skip
    late = _report("Battles", "Armed clash", "ASSAULT", 36.1, 66.0, "Balkh", date(2020, 3, 5), 3)
    assert field_checks("acled", gold, late, admin1) == {"type": True, "place": True, "date": False, "deaths": True}
    assert not is_correct("acled", gold, late, admin1)
    # a field the gold does not give is None, and does not make the report wrong
    no_toll = {**gold, "fatalities": None, "date": date(2020, 3, 5)}
    assert field_checks("acled", no_toll, late, admin1)["deaths"] is None
    assert is_correct("acled", no_toll, late, admin1)
    # PLOVER has no date; a report without a place fails the place in every format
    nowhere = late.model_copy(update={"location": None})
    checks = field_checks("plover", {"event": "FIGHT", "dead": None, "location": ""}, nowhere, admin1)
    assert checks == {"type": True, "place": False, "date": None, "deaths": None}
    assert tuple(checks) == FIELDS
    assert not is_correct("plover", {"event": "FIGHT", "dead": None, "location": ""}, nowhere, admin1)
    # the wrong country for the Gun Violence Archive, the wrong toll for PITF
    assert field_checks("gva", {"killed": 3, "date": date(2020, 3, 5)}, late, admin1)["place"] is False
    pitf = {"coords": None, "country": "AFG", "date": date(2020, 3, 4), "end": date(2020, 3, 6), "deaths": 10}
    assert field_checks("pitf", pitf, late, admin1) == {"type": True, "place": True, "date": True, "deaths": False}


def test_field_rates_count_only_what_the_gold_checks() -> None:
    rates = field_rates([{"type": True, "place": False, "date": None, "deaths": True},
                         {"type": True, "place": True, "date": None, "deaths": None}])  # fmt: skip
    assert rates == {"type": {"checked": 2, "right": 1.0}, "place": {"checked": 2, "right": 0.5},
                     "deaths": {"checked": 1, "right": 1.0}}  # fmt: skip
    assert field_rates([]) == {}


def test_plover_and_gva_labels() -> None:
    admin1 = Admin1Matcher(_NoGazetteer())  # type: ignore[arg-type]
    r = _report("Battles", "Armed clash", "ASSAULT", 36.1, 66.0, "B", date(2020, 3, 2), 2)
    assert is_correct("plover", {"event": "FIGHT", "dead": 2, "location": ""}, r, admin1)
    assert not is_correct("plover", {"event": "AGREE", "dead": None, "location": ""}, r, admin1)
    assert not is_correct("plover", {"event": "ASSAULT", "dead": 5, "location": ""}, r, admin1)
    us = r.model_copy(update={"location": r.location.model_copy(update={"country": "USA"})})  # type: ignore[union-attr]
    assert is_correct("gva", {"killed": 2, "date": date(2020, 3, 1)}, us, admin1)
    assert not is_correct("gva", {"killed": 0, "date": date(2020, 3, 1)}, us, admin1)
    assert not is_correct("gva", {"killed": 2, "date": date(2020, 2, 20)}, us, admin1)


def test_every_format_asks_for_a_place_and_the_dead() -> None:
    """The definitions agree: a record with a wrong toll or no place is not a correct report, in
    ACLED as in the fitting sets; GVA's archive covers one country, so a report elsewhere is wrong."""
    admin1 = Admin1Matcher(_NoGazetteer())  # type: ignore[arg-type]
    acled = {"event_type": "Battles", "coords": (36.0, 66.0), "admin1": "Balkh",
             "date": date(2020, 3, 2), "time_precision": 1, "fatalities": 3}  # fmt: skip
    three = _report("Battles", "Armed clash", "ASSAULT", 36.1, 66.0, "Balkh", date(2020, 3, 2), 3)
    assert is_correct("acled", acled, three, admin1)
    assert not is_correct("acled", acled, three.model_copy(update={"fatalities": Fatalities(best=9)}), admin1)
    assert is_correct("acled", {**acled, "fatalities": None}, three.model_copy(update={"fatalities": Fatalities(best=9)}), admin1)
    nowhere = three.model_copy(update={"location": None})
    assert not is_correct("acled", acled, nowhere, admin1)
    assert not is_correct("plover", {"event": "FIGHT", "dead": None, "location": ""}, nowhere, admin1)
    assert is_correct("plover", {"event": "FIGHT", "dead": None, "location": ""}, three, admin1)
    gva = {"killed": 3, "date": date(2020, 3, 2)}
    assert not is_correct("gva", gva, three, admin1)  # placed in Afghanistan
    assert not is_correct("gva", gva, nowhere, admin1)
    in_us = three.model_copy(update={"location": three.location.model_copy(update={"country": "USA"})})  # type: ignore[union-attr]
    assert is_correct("gva", gva, in_us, admin1)


def test_a_whole_country_is_no_codable_place_in_any_definition() -> None:
    """A report resolved no finer than a country (no first-level region, the coarsest precision)
    places nothing ACLED could code: wrong in every format, though its country is right."""
    admin1 = Admin1Matcher(_NoGazetteer())  # type: ignore[arg-type]
    three = _report("Battles", "Armed clash", "ASSAULT", 36.1, 66.0, "Balkh", date(2020, 3, 2), 3)
    country = Location(name="United States", text="US", lat=39.76, lon=-98.5, country="USA", geo_precision=3)
    us_only = three.model_copy(update={"location": country})
    assert not codable_place(country)
    assert codable_place(three.location)
    # a town with no first-level code is still a place; a region of the country is too
    assert codable_place(country.model_copy(update={"geo_precision": 1}))
    assert codable_place(country.model_copy(update={"admin1": "Texas"}))
    gva = {"killed": 3, "date": date(2020, 3, 2)}
    assert not is_correct("gva", gva, us_only, admin1)
    assert field_checks("gva", gva, us_only, admin1)["place"] is False
    assert is_correct("gva", gva, us_only.model_copy(update={"location": country.model_copy(update={"admin1": "Texas"})}), admin1)
    pitf = {"coords": None, "country": "USA", "date": date(2020, 3, 2), "end": date(2020, 3, 2), "deaths": 3}
    assert not is_correct("pitf", pitf, us_only, admin1)
    assert not is_correct("plover", {"event": "FIGHT", "dead": None, "location": ""}, us_only, admin1)


def test_a_country_point_is_squeezed_with_placeless_reports_in_the_probability_only() -> None:
    from dataclasses import replace

    country = replace(FULL, location_precision=3, location_own=True, country_only=True)
    region = replace(country, country_only=False)
    placeless = replace(FULL, location_precision=None, location_own=False)
    assert raw_score(country) <= 0.14 < raw_score(region)
    assert raw_score(placeless) < raw_score(country)
    # the rank (which report is chosen) still puts a country above no place at all
    assert rank_score(country) == rank_score(region) > rank_score(placeless)


# --- with the model ----------------------------------------------------------------------------


@pytest.mark.model
def test_reports_confidence_is_a_probability_and_orders_sensibly(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    full = coder.code(
        Article.from_text(
            "On 3 March 2020, Taliban fighters attacked a police checkpoint in Kunduz city, killing 4 police "
            "officers, the provincial governor's spokesman said.",
            published=date(2020, 3, 5),
        )
    )
    bare = coder.code(Article.from_text("Clashes broke out.", published=date(2020, 3, 5)))
    assert full.events and bare.events
    for r in full.events + bare.events:
        assert 0.0 <= r.confidence <= 1.0
    assert full.events[0].confidence > bare.events[0].confidence


@pytest.mark.model
def test_a_coded_report_without_a_place_is_less_confident(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    placed = coder.code(Article.from_text("Gunmen shot dead three traders in Kunduz on Monday.", published=date(2021, 6, 9)))
    bare = coder.code(Article.from_text("Gunmen shot dead three traders on Monday.", published=date(2021, 6, 9)))
    assert placed.events and bare.events
    assert placed.events[0].location is not None and bare.events[0].location is None
    assert bare.events[0].confidence < placed.events[0].confidence


@pytest.mark.model
def test_eval_reliability_key(coder, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from dateline.eval import evaluate

    header = ACLED_2020
    values = {"event_date": "3 March 2020", "time_precision": "1", "event_type": "Battles",
              "sub_event_type": "Armed clash", "actor1": "Taliban", "inter1": "2", "inter2": "1",
              "country": "Afghanistan", "admin1": "Kunduz", "location": "Kunduz", "latitude": "36.728",
              "longitude": "68.857", "geo_precision": "1", "fatalities": "4",
              "notes": "On 3 March 2020, Taliban fighters attacked a police checkpoint in Kunduz city, "
                       "killing 4 police officers."}  # fmt: skip
    path = tmp_path / "acled.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow([values.get(h, "") for h in header])
    plain = evaluate("acled", path, coder=coder, progress=False)
    out = evaluate("acled", path, coder=coder, progress=False, reliability=True)
    rel = out["reliability"]
    assert rel["n_texts"] == 1 and rel["n_reports"] >= 1
    assert set(rel["fields"]) == {"type", "place", "date", "deaths"}
    assert all(f["checked"] == rel["n_reports"] for f in rel["fields"].values())
    for part in ("before", "after"):
        assert len(rel[part]["deciles"]) == 10
        assert set(rel[part]) >= {"n", "accuracy", "mean_confidence", "ece", "brier"}
    drop = {"seconds", "articles_per_s", "reliability"}
    assert json.dumps({k: v for k, v in out.items() if k not in drop}, default=str) == json.dumps(
        {k: v for k, v in plain.items() if k not in drop}, default=str
    )
