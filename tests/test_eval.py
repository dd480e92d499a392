"""dateline.eval: readers, metrics, the gate and the `dateline eval` command.

Every gold file here is invented for the test (tiny, in the public formats' layouts); the real
evaluation data is read only by `dateline eval` at run time.
"""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline.eval import evaluate, macro_f1, per_class, select, weighted_f1
from dateline.eval import gate as gate_mod
from dateline.eval.formats import (
    Bad,
    Item,
    first_report,
    main_report,
    map_event_type,
    parse_gold_date,
    read_acled,
    read_case2021,
    read_fakes,
    read_gva,
    read_pitf,
    read_plover,
    sentence_total,
    syria_governorate,
)
from dateline.eval.metrics import counts, dates, distances, haversine_km
from dateline.record import Article


def _cols(text: str) -> list[str]:
    return text.split(",")


ACLED_2020 = _cols(
    "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
    "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
    "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
)
ACLED_2015 = _cols(
    "GWNO,EVENT_ID_CNTY,EVENT_ID_NO_CNTY,EVENT_DATE,YEAR,TIME_PRECISION,EVENT_TYPE,ACTOR1,ALLY_ACTOR_1,INTER1,"
    "ACTOR2,ALLY_ACTOR_2,INTER2,INTERACTION,COUNTRY,ADMIN1,ADMIN2,ADMIN3,LOCATION,LATITUDE,LONGITUDE,"
    "GEO_PRECISION,SOURCE,NOTES,FATALITIES"
)


def _acled_2020_row(**values: str) -> list[str]:
    return [values.get(h, "") for h in ACLED_2020]


def _write_csv(path: Path, header: list[str], rows: list[list[str]], *, newline: str = "\n") -> Path:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator=newline)
        w.writerow(header)
        w.writerows(rows)
    return path


@pytest.fixture()
def acled_file(tmp_path: Path) -> Path:
    rows = [
        _acled_2020_row(
            event_date="3 May 2020", time_precision="1", event_type="Battles", sub_event_type="Armed clash",
            actor1="Taliban", inter1="2", actor2="Police Forces of Afghanistan (2014-)", inter2="1", interaction="12",
            country="Afghanistan", admin1="Kandahar", location="Kandahar", latitude="31.6133", longitude="65.7101",
            geo_precision="1",
            notes="On 3 May 2020, Taliban militants attacked a police checkpoint in Kandahar city, killing 4 police officers.",
            fatalities="4",
        ),
        _acled_2020_row(
            event_date="04-May-20", time_precision="1", event_type="Protests", sub_event_type="Peaceful protest",
            actor1="Protesters (Afghanistan)", inter1="6", interaction="60", country="Afghanistan", admin1="Kabul",
            location="Kabul", latitude="34.5281", longitude="69.1723", geo_precision="1",
            notes="On 4 May 2020, hundreds of people protested peacefully in Kabul against rising food prices.",
            fatalities="0",
        ),
        ["1", "4", "AFG3"],  # malformed: 3 fields, on line 4
    ]  # fmt: skip
    return _write_csv(tmp_path / "acled.csv", ACLED_2020, rows)


# ---------------------------------------------------------------------------
# metrics


def test_f1_functions_on_a_hand_computed_example() -> None:
    gold = ["a", "a", "b", "c"]
    pred = ["a", "b", "b", "a"]
    table = per_class(gold, pred)
    assert table["a"] == {"support": 2, "precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert table["b"] == {"support": 1, "precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert table["c"] == {"support": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0}
    assert macro_f1(gold, pred) == pytest.approx((0.5 + 2 / 3 + 0) / 3)
    assert weighted_f1(gold, pred) == pytest.approx((2 * 0.5 + 1 * 2 / 3) / 4)
    # Labels only predicted (never gold) lower precision but are not averaged over.
    assert macro_f1(["x", "x"], ["x", "y"]) == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert macro_f1([], []) is None


def test_counts_dates_and_distances() -> None:
    c = counts([(4, 4), (10, 9), (0, 1), (5, 0)])
    assert c == {"exact": 0.25, "mae": 1.75, "within_20pct": 0.5, "n": 4}
    d = dates([
        (date(2020, 5, 3), date(2020, 5, 3), 1, None),
        (date(2020, 5, 3), date(2020, 5, 5), 2, None),
        (date(2020, 5, 3), date(2020, 5, 20), 3, None),
        (date(2020, 5, 3), None, 1, None),
        (date(2020, 5, 3), date(2020, 5, 6), None, date(2020, 5, 9)),
    ])  # fmt: skip
    assert d == {"exact": 0.2, "within_precision": 0.8, "within_2_days": 0.4, "n": 5}
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.1)
    loc = distances([1.0, 30.0, 200.0, None])
    assert loc["within_25km"] == 0.25 and loc["within_161km"] == 0.5
    assert loc["median_km"] == 30.0 and loc["n_with_coords"] == 4 and loc["n_predicted_coords"] == 3


def test_select_is_a_seeded_sorted_sample() -> None:
    records: list[Any] = list(range(100))
    a = select(records, sample=10, seed=7)
    assert a == select(records, sample=10, seed=7)
    assert a == sorted(a) and len(set(a)) == 10
    assert a != select(records, sample=10, seed=8)
    assert select(records, sample=10, seed=7, limit=3) == a[:3]
    assert select(records, limit=5) == [0, 1, 2, 3, 4]


def test_gold_dates_and_old_types() -> None:
    for text in ("31-12-19", "31 December 2019", "31-December-2019", "31-Dec-19"):
        assert parse_gold_date(text) == date(2019, 12, 31)
    assert parse_gold_date("9-May-20") == date(2020, 5, 9)
    assert parse_gold_date("someday") is None
    assert map_event_type("Battle-No change of territory") == "Battles"
    assert map_event_type("Battle-Non-state actors overtake territory") == "Battles"
    assert map_event_type("Remote violence") == "Explosions/Remote violence"
    assert map_event_type("Violence Against Civilians") == "Violence against civilians"
    assert map_event_type("Strategic development") == "Strategic developments"
    assert map_event_type("Headquarters or base established") == "Strategic developments"
    assert map_event_type("Riots/Protests") == "Protests/Riots"
    assert map_event_type("Riots") == "Riots"
    assert map_event_type("Something else") is None


def test_syrian_governorate_spellings() -> None:
    assert syria_governorate("deir ezzor") == ("07",)
    assert syria_governorate("Deir ez-Zor") == ("07",)
    assert syria_governorate("hasakeh") == ("01",)
    assert syria_governorate("lattakia") == ("02",)
    assert syria_governorate("damascus") == ("13", "08")
    assert syria_governorate("atlantis") == ()


# ---------------------------------------------------------------------------
# readers (no model)


def test_acled_reader_keeps_line_numbers_of_multiline_notes(tmp_path: Path) -> None:
    rows = [
        ["771", "1BNG", "1", "01-January-2015", "2015", "1", "Riots/Protests", "Rioters (Bangladesh)", "", "5",
         "Rioters (Bangladesh)", "", "5", "55", "Bangladesh", "Khulna", "", "", "Khulna", "22.8", "89.55", "1", "Src",
         "Supporters of two rival parties clashed at a market in Khulna on Thursday.\nPolice arrested two people.", "0"],
        ["771", "2BNG", "2", "02-January-2015", "2015", "1", "Remote violence", "Unidentified Armed Group", "", "3",
         "", "", "0", "30", "Bangladesh", "Dhaka", "", "", "Dhaka", "23.7", "90.4", "1", "Src",
         "A crude bomb went off near a bus stand in Dhaka.", "lots"],
    ]  # fmt: skip
    gold = read_acled(_write_csv(tmp_path / "asia.csv", ACLED_2015, rows))
    assert gold.info["schema"] == "2015"
    first, second = gold.records
    assert isinstance(first, Item) and first.line == 2 and first.gold["event_type"] == "Protests/Riots"
    assert first.gold["sub_event_type"] is None and first.gold["inters"] == (5, 5)
    assert first.published == date(2015, 1, 1)
    assert isinstance(second, Bad) and second.line == 4 and "fatalities" in second.reason


# The PITF layout: 73 tab-separated columns; only the ones the reader uses are named.
PITF_COLUMNS = {
    0: "Event Type",
    3: "Start Day",
    4: "Start Month",
    5: "Start Year",
    6: "End Day",
    7: "End Month",
    8: "End Year",
    9: "Country",
    10: "Region",
    13: "Degrees",
    14: "Minutes",
    15: "Seconds",
    16: "Direction",
    17: "Degrees",
    18: "Minutes",
    19: "Seconds",
    20: "Direction",
    23: "Perp State Role",
    41: "Deaths Number",
    43: "Injured Number",
    62: "Description",
}
PITF_HEADER = [PITF_COLUMNS.get(i, f"col{i}") for i in range(73)]


def _pitf_row(desc: str, deaths: str, extra: int = 0) -> list[str]:
    """One incident in Zamfara, Nigeria, 8 March 2016, at 12 10 0 N, 6 15 0 E, 2 injured."""
    r = [""] * 73
    r[0], r[3], r[4], r[5], r[6], r[7], r[8] = "Incident", "08", "03", "2016", "99", "99", "9999"
    r[9], r[10] = "NGA", "Zamfara"
    r[13:21] = ["12", "10", "0", "N", "6", "15", "0", "E"]
    r[23], r[41], r[43], r[62] = "Non-State, Internal, No State Sanction", deaths, "2", desc
    return r + ["stray"] * extra


def test_pitf_reader_joins_broken_lines_and_flags_short_rows(tmp_path: Path) -> None:
    header = PITF_HEADER

    row = _pitf_row

    good = "\t".join(row("Gunmen killed 6 villagers in Zamfara state, Nigeria, on Tuesday.", "6"))
    broken = row('A \\"bandit\\" raid\nkilled two farmers.', "two")
    broken_text = "\t".join(broken)
    wide = "\t".join(row("Militants attacked a village, killing 3 people.", "3", extra=1))
    lines = ['"Disclaimer"', "\t" * 72, "GROUPS", "\t".join(header), good, broken_text, wide, "too\tshort"]
    (tmp_path / "pitf.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    recs = read_pitf(tmp_path / "pitf.tsv").records
    assert [type(r).__name__ for r in recs] == ["Item", "Item", "Item", "Bad"]
    a, b, c, d = recs
    assert isinstance(a, Item) and a.line == 5 and a.published == date(2016, 3, 8) and a.gold["deaths"] == 6
    assert a.gold["coords"] == pytest.approx((12 + 10 / 60, 6.25)) and a.gold["perp"] == "non-state"
    assert isinstance(b, Item) and b.line == 6 and b.text == 'A "bandit" raid\nkilled two farmers.'
    assert b.gold["deaths"] is None  # words are not scored
    assert isinstance(c, Item) and c.line == 8
    assert isinstance(d, Bad) and d.line == 9 and "got 2" in d.reason


def test_fakes_gva_plover_case_readers(tmp_path: Path) -> None:
    header = ["unit_id", "article_title", "article_content", "source", "date", "location", "actor",
              "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label"]  # fmt: skip
    path = _write_csv(tmp_path / "f.csv", header, [
        ["1", "t", "Text one.", "x", "6/10/17", "raqqa", "unknown", "shelling", "3", "12", "0", "0", "1"],
        ["2", "t", "Text two.", "x", "13/40/17", "idlib", "unknown", "shelling", "0", "1", "0", "0", "0"],
    ], newline="\r\n")  # fmt: skip
    raw = path.read_bytes().replace(b"Text one.", b"Text \x95one.")
    path.write_bytes(raw)
    one, two = read_fakes(path).records
    assert isinstance(one, Item) and one.published == date(2017, 6, 10) and "\ufffd" in one.text
    assert isinstance(two, Bad) and two.line == 3 and "date" in two.reason

    (tmp_path / "X_t.json").write_text(
        json.dumps([{"text": "A man was shot.", "publish_date": "2018-04-02"}, {"text": ""}])
    )
    (tmp_path / "y_t.json").write_text(
        json.dumps([{"n_killed": 1, "n_injured": 0, "shooting_date": "2018-03-31"}] * 2)
    )
    g1, g2 = read_gva(tmp_path / "X_t.json").records
    assert isinstance(g1, Item) and g1.gold == {"killed": 1, "injured": 0, "date": date(2018, 3, 31)}
    assert isinstance(g2, Bad) and g2.line == 2

    (tmp_path / "p.txt").write_text(
        json.dumps([{"id": "D", "event": "DOCUMENT"}, {"id": "x", "event": "AGREE"}])
    )
    (bad,) = read_plover(tmp_path / "p.txt").records
    assert isinstance(bad, Bad) and bad.line == 2

    (tmp_path / "c.tsv").write_text(
        "id\tEventSnippet\tSubType\n1\tPolice arrested 5 people.\tARREST\n2\tno label\n"
    )
    c1, c2 = read_case2021(tmp_path / "c.tsv").records
    assert isinstance(c1, Item) and c1.gold["label"] == "ARREST"
    assert isinstance(c2, Bad) and c2.line == 3


# ---------------------------------------------------------------------------
# gate


BASELINE = {
    "sets": {
        "a": {
            "format": "acled",
            "file": "a.csv",
            "floors": {"event_type.accuracy": 0.8, "fatalities.exact": 0.5},
        },
        "b": {"format": "gva", "file": "X_b.json", "floors": {"injured.exact": 0.5}},
    }
}


def test_gate_check_on_synthetic_metrics() -> None:
    ok = {
        "a": {"event_type": {"accuracy": 0.9}, "fatalities": {"exact": 0.5}},
        "b": {"injured": {"exact": 0.7}},
    }
    assert gate_mod.check(ok, BASELINE) == []
    assert gate_mod.check({"sets": ok}, BASELINE) == []
    low = {"a": {"event_type": {"accuracy": 0.79}, "fatalities": {"exact": None}}}
    violations = gate_mod.check(low, BASELINE)
    assert violations == [
        "a: event_type.accuracy = 0.79 < floor 0.8",
        "a: fatalities.exact missing, floor 0.5",
        "b: injured.exact not measured (set not run), floor 0.5",
    ]


def test_shipped_baseline_is_well_formed() -> None:
    baseline = gate_mod.load_baseline()
    from dateline.eval import FORMATS
    from dateline.eval.geo import GEO_FORMATS

    assert baseline["sets"]
    for name, spec in baseline["sets"].items():
        assert spec["format"] in FORMATS or spec["format"] in GEO_FORMATS, name
        assert spec["floors"] and spec["why"], name
        assert all(0 <= v <= 1 for v in spec["floors"].values()), name


# ---------------------------------------------------------------------------
# end to end with the model


@pytest.mark.model
def test_acled_end_to_end(coder: Any, acled_file: Path) -> None:
    out = evaluate("acled", acled_file, coder=coder, progress=False)
    assert out["n"] == 2
    assert out["malformed"] == {"count": 1, "first": [{"line": 4, "reason": "expected 31 fields, got 3"}]}
    assert out["no_report"] == 0
    assert out["event_type"]["accuracy"] == 1.0
    assert out["per_class"]["event_type"]["Battles"]["recall"] == 1.0
    assert out["sub_event_type"]["accuracy"] == 1.0
    assert out["fatalities"] == {"exact": 1.0, "mae": 0.0, "within_20pct": 1.0, "n": 2}
    assert out["date"]["exact"] == 1.0
    assert out["location"]["within_25km"] == 1.0 and out["location"]["admin1_match"] == 1.0
    # Taliban (2) vs police (1), and the protesting residents coded as Protesters (60).
    assert out["interaction"]["accuracy"] == 1.0
    assert out["actors"]["actor1_or_2_match"] == 1.0
    assert "published" in out["settings"] and out["settings"]["schema"] == "2020"
    assert out["seconds"] >= 0 and set(out) >= {"format", "file", "n", "malformed", "no_report", "settings"}


@pytest.mark.model
def test_acled_2015_and_kenya_variants(coder: Any, tmp_path: Path) -> None:
    rows = [
        ["771", "1BNG", "1", "01-January-2015", "2015", "1", "Riots/Protests", "Rioters (Bangladesh)", "", "5",
         "Rioters (Bangladesh)", "", "5", "55", "Bangladesh", "Khulna", "", "", "Khulna", "22.8", "89.55", "1", "Src",
         "Supporters of two rival parties clashed at a market in Khulna on Thursday.\nPolice arrested two people.", "0"],
        ["771", "2BNG"],
    ]  # fmt: skip
    out = evaluate("acled", _write_csv(tmp_path / "asia.csv", ACLED_2015, rows), coder=coder, progress=False)
    assert out["n"] == 1 and out["malformed"]["first"] == [{"line": 4, "reason": "expected 25 fields, got 2"}]
    assert out["sub_event_type"] is None
    assert out["settings"]["schema"] == "2015"
    # Rival supporters clashing is a riot: the 2015 class Protests/Riots.
    assert out["per_class"]["event_type"]["Protests/Riots"] == {"support": 1, "precision": 1.0, "recall": 1.0, "f1": 1.0}

    kenya = [*ACLED_2020[:19], "countycode", *ACLED_2020[19:]]
    row = dict.fromkeys(kenya, "")
    row.update(event_date="31-12-19", time_precision="1", event_type="Violence against civilians", sub_event_type="Attack",
               actor1="Police Forces of Kenya (2013-)", inter1="1", actor2="Civilians (Kenya)", inter2="7",
               admin1="Kisumu", latitude="-0.1022", longitude="34.7617", geo_precision="1", fatalities="2",
               notes="On 31 December 2019, police shot dead two suspected robbers in Kisumu town, Kisumu.")  # fmt: skip
    out = evaluate(
        "acled", _write_csv(tmp_path / "k.csv", kenya, [[row[h] for h in kenya]]), coder=coder, progress=False
    )
    assert out["settings"]["schema"] == "2020+countycode"
    assert out["event_type"]["accuracy"] == 1.0 and out["fatalities"]["exact"] == 1.0
    assert out["date"]["exact"] == 1.0 and out["location"]["admin1_match"] == 1.0


@pytest.mark.model
def test_fakes_end_to_end(coder: Any, tmp_path: Path) -> None:
    header = ["unit_id", "article_title", "article_content", "source", "date", "location", "actor",
              "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label"]  # fmt: skip
    text = ("Sat 10 Jun 2017 Air strikes killed 12 civilians including 3 children in Raqqa city on Saturday, "
            "activists said. The strikes hit a crowded market.")  # fmt: skip
    path = _write_csv(tmp_path / "f.csv", header, [
        ["1", "Raqqa strikes", text, "x", "6/10/17", "raqqa", "unknown", "shelling", "3", "12", "0", "0", "1"],
        ["2", "t", "Text", "x", "6/10/17", "idlib", "unknown", "shelling", "0", "x", "0", "0", "0"],
    ], newline="\r\n")  # fmt: skip
    out = evaluate("fakes", path, coder=coder, progress=False)
    assert out["n"] == 1 and out["malformed"]["first"] == [{"line": 3, "reason": "non-numeric nb_civilians"}]
    assert out["event_type"]["accuracy"] == 1.0  # air strike = shelling proxy
    assert out["fatalities"]["exact"] == 1.0
    assert out["victims"] == {"agreement": 1.0, "n": 2}  # children 3, civilians 12
    assert out["date"]["within_2_days"] == 1.0
    assert out["location"]["admin1_match"] == 1.0
    assert out["actors"]["n"] == 0  # actor "unknown" is not scored


@pytest.mark.model
def test_undated_eval_does_not_pass_the_gold_date_as_publication(coder: Any, tmp_path: Path) -> None:
    header = ["unit_id", "article_title", "article_content", "source", "date", "location", "actor",
              "cause_of_death", "nb_children", "nb_civilians", "nb_noncivilians", "nb_women", "label"]  # fmt: skip
    # no stamp and only "yesterday": anchored on the file's date it is the day before; undated the
    # coder has nothing to count from, and the gold date must not leak in through the anchor
    text = "Shelling killed 4 civilians in Idlib city yesterday, a monitor said."
    path = _write_csv(tmp_path / "f.csv", header, [
        ["1", "Idlib shelling", text, "x", "6/11/17", "idlib", "unknown", "shelling", "0", "4", "0", "0", "1"],
    ], newline="\r\n")  # fmt: skip
    anchored = evaluate("fakes", path, coder=coder, progress=False)
    undated = evaluate("fakes", path, coder=coder, progress=False, undated=True)
    assert anchored["date"]["within_2_days"] == 1.0 and anchored["settings"]["undated"] is False
    assert undated["date"]["within_2_days"] == 0.0 and undated["settings"]["undated"] is True
    assert undated["fatalities"]["exact"] == anchored["fatalities"]["exact"] == 1.0

@pytest.mark.model
def test_pitf_gva_plover_end_to_end(coder: Any, tmp_path: Path) -> None:
    header = PITF_HEADER
    r = _pitf_row(
        "Gunmen killed 6 villagers and wounded 2 others in an attack on a village in Zamfara state, Nigeria, on Tuesday, police said.",
        "6",
    )
    lines = ["x", "", "y", "\t".join(header), "\t".join(r), "broken\trow"]
    (tmp_path / "p.tsv").write_text("\n".join(lines), encoding="utf-8")
    out = evaluate("pitf", tmp_path / "p.tsv", coder=coder, progress=False)
    assert out["n"] == 1 and out["malformed"]["first"][0]["line"] == 6
    assert out["fatalities"]["exact"] == 1.0 and out["injured"] == {"exact": 1.0, "mae": 0.0, "n": 1}
    assert out["location"]["country_match"] == 1.0 and out["location"]["within_161km"] == 1.0
    assert out["perpetrator"]["accuracy"] == 1.0

    (tmp_path / "X_v.json").write_text(json.dumps([
        {"text": "Gunmen killed 6 villagers and wounded 2 others in an attack on a village on Tuesday.", "publish_date": "2016-03-09"},
        {"text": "   ", "publish_date": "2016-03-09"},
        {"text": "The two foreign ministers met in Geneva to discuss trade.", "publish_date": "2016-03-09"},
    ]))  # fmt: skip
    (tmp_path / "y_v.json").write_text(json.dumps([
        {"n_killed": 6, "n_injured": 2, "shooting_date": "2016-03-08"},
        {"n_killed": 0, "n_injured": 0, "shooting_date": "2016-03-08"},
        {"n_killed": 1, "n_injured": 0, "shooting_date": "2016-03-08"},
    ]))  # fmt: skip
    out = evaluate("gva", tmp_path / "X_v.json", coder=coder, progress=False)
    assert (
        out["n"] == 2
        and out["no_report"] == 1
        and out["malformed"]["first"] == [{"line": 2, "reason": "empty text"}]
    )
    assert out["fatalities"] == {"exact": 0.5, "mae": 0.5, "within_20pct": 0.5, "n": 2}
    assert out["injured"] == {"exact": 1.0, "mae": 0.0, "n": 2}
    assert out["date"]["exact"] == 0.5

    (tmp_path / "gsr.txt").write_text(json.dumps([
        {"id": "DOC", "event": "DOCUMENT"},
        {"id": "1", "event": "FIGHT", "date": "2000-01-01", "dead": "2", "eventLoc": {"name": "Kabul"},
         "text": "Rebels attacked a government convoy near Kabul, killing 2 soldiers."},
        {"id": "2", "event": "AGREE", "date": "2000-01-01", "text": "The two foreign ministers agreed to expand trade cooperation."},
        {"id": "3", "event": "AGREE"},
    ]))  # fmt: skip
    out = evaluate("plover", tmp_path / "gsr.txt", coder=coder, progress=False)
    assert out["n"] == 2 and out["malformed"]["first"] == [{"line": 4, "reason": "missing text or event"}]
    assert out["no_report"] == 1
    # a battle is FIGHT in the gold standard's list; the agreement is no report, its mention is AGREE
    assert out["event_type"]["accuracy"] == 1.0
    assert out["per_class"]["event_type"]["AGREE"]["recall"] == 1.0
    assert out["fatalities"]["exact"] == 1.0 and out["location"] == {"name_match": 1.0, "n": 1}


@pytest.mark.model
def test_gate_run_in_process(coder: Any, acled_file: Path, tmp_path: Path) -> None:
    baseline = {"sets": {"tiny": {"format": "acled", "file": acled_file.name, "sample": 3, "seed": 1,
                                  "floors": {"event_type.accuracy": 0.9, "date.exact": 1.01}}}}  # fmt: skip
    out = gate_mod.run(baseline, shared=tmp_path, coder=coder, progress=False)
    assert out["sets"]["tiny"]["settings"]["sample"] == 3 and out["sets"]["tiny"]["n"] == 2
    # a floor above what any run can reach must be reported; the one that is met must not
    assert out["violations"] == ["tiny: date.exact = 1.0 < floor 1.01"]


@pytest.mark.model
def test_eval_command_case2021(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    tsv = tmp_path / "case.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tPolice arrested 5 opposition activists in Lagos on Monday.\tARREST\n"
        "2\tThe two foreign ministers met in Geneva to discuss trade.\tDIPLO\n"
        "3\tA broken row without a label\n"
        "4\tSoldiers opened fire on protesters in Mandalay, Myanmar, killing 3 people on Sunday.\tFORCE_AGAINST_PROTEST\n",
        encoding="utf-8",
    )
    out_file = tmp_path / "m.json"
    result = CliRunner().invoke(app, ["eval", "--format", "case2021", str(tsv), "--out", str(out_file)])
    assert result.exit_code == 0, result.output
    metrics = json.loads(out_file.read_text())
    assert metrics["format"] == "case2021" and metrics["n"] == 3
    assert metrics["malformed"] == {"count": 1, "first": [{"line": 4, "reason": "expected 3 fields, got 2"}]}
    assert metrics["no_report"] == 1
    assert metrics["sub_event_type"]["accuracy"] == 1.0  # DIPLO: no report = not an ACLED event
    assert set(metrics["per_class"]["sub_event_type"]) == {"ARREST", "DIPLO", "FORCE_AGAINST_PROTEST"}

    bad = CliRunner().invoke(app, ["eval", "--format", "nope", str(tsv)])
    assert bad.exit_code == 2
    # geoparsing sets carry no date: --undated there is a mistake worth saying, not a no-op
    geo = CliRunner().invoke(app, ["eval", "--format", "lgl", str(tsv), "--undated"])
    assert geo.exit_code == 2 and "--undated" in geo.output


def test_report_choice() -> None:
    from dateline.record import Evidence, Report

    def rep(trigger: int, killed: int, conf: float) -> Report:
        return Report.model_validate({
            "event_id": "e", "report_id": "r", "article": {"id": "a", "sha256": "s"},
            "event_type": "Battles", "sub_event_type": "Armed clash", "confidence": conf,
            "fatalities": {"best": killed},
            "evidence": [Evidence(field="trigger", start=trigger, end=trigger + 3, text="hit").model_dump()],
            "coder": {"version": "0", "model": "m", "gazetteer": "g"},
        })  # fmt: skip

    a, b, c = rep(50, 1, 0.9), rep(10, 3, 0.5), rep(30, 3, 0.7)
    assert first_report([a, b, c]) is b
    assert main_report([a, b, c]) is a  # the surest report, though it has the smallest toll
    assert main_report([b, c]) is c
    d = rep(5, 4, 0.7)
    assert main_report([c, d]) is d  # equal confidence: the larger toll
    assert first_report([]) is None and main_report([]) is None


@pytest.mark.model
def test_plover_counts_the_whole_sentence_across_day_parts(coder: Any, tmp_path: Path) -> None:
    # the coder splits "on Saturday and Sunday" into two reports (ACLED); PLOVER gold is the sentence
    (tmp_path / "gsr.txt").write_text(json.dumps([
        {"id": "1", "event": "ASSAULT", "date": "2000-01-04", "dead": "9",
         "text": "Rebels shelled the town of Kassala on Saturday and Sunday, killing nine people."},
    ]))  # fmt: skip
    out = evaluate("plover", tmp_path / "gsr.txt", coder=coder, progress=False)
    assert out["fatalities"]["exact"] == 1.0
    coded = coder.code(Article.from_text("Rebels shelled the town of Kassala on Saturday and Sunday, killing nine people.",
                                         published=date(2000, 1, 4)))
    assert len(coded.events) == 2 and sentence_total(coded.events, coded.events[0], "fatalities") == 9


@pytest.mark.model
def test_case2021_diplomacy_and_blame_snippets_are_not_acled_events(coder: Any, tmp_path: Path) -> None:
    # snippets written by us in the CASE 2021 task-2 layout; before issue 3's non-event rules the
    # DIPLO and ATTRIB ones were coded as bombings and attacks
    tsv = tmp_path / "case.tsv"
    tsv.write_text(
        "id\tEventSnippet\tSubType\n"
        "1\tThe European Union condemned the bombing of a clinic in Idlib.\tDIPLO\n"
        "2\tIslamabad summoned the Afghan envoy over the shelling of border posts.\tDIPLO\n"
        "3\tThe interior ministry blamed separatists for the attack on the railway.\tATTRIB\n"
        "4\tRebels clashed with soldiers near Goma on Monday, leaving four dead.\tARMED_CLASH\n",
        encoding="utf-8",
    )
    out = evaluate("case2021", tsv, coder=coder, progress=False)
    assert out["n"] == 4 and out["no_report"] == 3
    assert out["sub_event_type"]["accuracy"] == 1.0


@pytest.mark.model
def test_case_proxy_script_scores_acled_notes_as_case_snippets(tmp_path: Path) -> None:
    # our own rows in the two 2020-schema files the script reads; a note with a tab and a row
    # whose sub-event type is unknown must neither break the TSV nor be scored
    import importlib.util

    spec = importlib.util.spec_from_file_location("case_proxy", Path(__file__).parents[1] / "scripts" / "case_proxy.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    acled = tmp_path / "shared" / "eval" / "acled"
    acled.mkdir(parents=True)
    rows = {
        "afghanistan_2020.csv": [("On 3 May 2020, Taliban fighters clashed with police in Ghazni city.\tTwo died.", "Armed clash")],
        "kenya_1997_2019.csv": [("On 4 June 2019, traders protested peacefully in Nakuru town over market fees.", "Peaceful protest"),
                                ("A row with a sub-event type that is not ACLED's.", "Weather")],
    }  # fmt: skip
    for name, items in rows.items():
        with (acled / name).open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["notes", "sub_event_type"])
            w.writerows(items)
    assert [label for _, label in mod.snippets(tmp_path / "shared")] == ["ARMED_CLASH", "PEACE_PROTEST"]
    out = tmp_path / "m.json"
    assert mod.main(["--shared", str(tmp_path / "shared"), "--out", str(out)]) == 0
    metrics = json.loads(out.read_text())
    assert metrics["format"] == "case2021" and metrics["n"] == 2 and metrics["malformed"]["count"] == 0
    assert metrics["labels_in_sample"] == {"ARMED_CLASH": 1, "PEACE_PROTEST": 1}
    assert metrics["sub_event_type"]["accuracy"] == 1.0
    assert mod.main(["--shared", str(tmp_path / "nowhere")]) == 2


def test_a_gold_row_of_an_episode_is_aligned_with_its_own_day(coder: Any) -> None:
    from dateline.eval.formats import day_part, first_report

    text = "Students protested in Nairobi on Monday and Tuesday. Police arrested a man in Mombasa on Friday."
    reports = coder.code(Article.from_text(text, id="t", published=date(2019, 5, 26))).events
    first = first_report(reports)
    assert first is not None and first.date is not None and first.date.best == date(2019, 5, 20)
    tuesday = day_part(reports, first, date(2019, 5, 21))
    assert tuesday is not None and tuesday is not first and tuesday.date is not None
    assert tuesday.date.best == date(2019, 5, 21) and tuesday.event_type == first.event_type
    # the arrest on Friday is another trigger: a row for that day keeps the first report
    assert day_part(reports, first, date(2019, 5, 24)) is first
    assert day_part(reports, None, date(2019, 5, 21)) is None
