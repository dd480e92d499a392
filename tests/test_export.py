"""Exports load in the tools users have (pandas, JSON/GeoJSON readers) with every column the
format defines, and the computed values follow the codebooks' conventions."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from dateline.errors import DatelineError
from dateline.export import columns, export, facts
from dateline.export.fields import stable_number
from dateline.export.writers import sidecar_path
from dateline.record import (
    Actor,
    ArticleRef,
    Contradiction,
    Event,
    EventClaim,
    EventDate,
    Fatalities,
    FigureClaim,
    Location,
    SourceChain,
)

UPDATED = "2017-01-25T08:30:00+00:00"


def _article(n: int, outlet: str, day: int = 23) -> ArticleRef:
    return ArticleRef(
        id=f"art{n}", sha256=f"{n:064x}", url=f"https://example.org/{n}", title=f"Report number {n}",
        outlet=outlet, published=date(2017, 1, day),
    )


def _claim(report: str, article: str, source: str, outlet: str, chain: str, value: int | None = None) -> EventClaim:
    return EventClaim(
        source=source, kind="government" if source != outlet else "outlet", chain=[outlet, source] if source != outlet else [outlet],
        verb="said", fields=["fatalities"] if value is not None else ["event_type"], value=value,
        report_id=report, article_id=article, outlet=outlet, chain_id=chain,
    )


def strike() -> Event:
    """An air strike three outlets report with different tolls (8, 10, 12): the contested range."""
    arts = [_article(1, "TASS"), _article(2, "SANA"), _article(3, "Syrian Observatory for Human Rights", 24)]
    return Event(
        event_id="ev-strike", event_type="Explosions/Remote violence", sub_event_type="Air/drone strike",
        cameo="195",
        actor1=Actor(name="Military Forces of Russia (2000-)", text="Russian jets", inter=8, country="RUS"),
        actor2=Actor(name="Islamic State (Syria)", text="IS fighters", inter=2, country="SYR"),
        location=Location(name="Deir ez-Zor", text="Deir ez-Zor", geonames_id=170794, lat=35.33588, lon=40.14084,
                          country="SYR", admin1="Dayr az Zawr", geo_precision=1),
        date=EventDate(best=date(2017, 1, 22), start=date(2017, 1, 22), end=date(2017, 1, 22), time_precision=1),
        fatalities=Fatalities(best=8, low=8, high=12),
        figures=[
            FigureClaim(field="fatalities", value=12, source="Russian Ministry of Defence", report_id="r1", article_id="art1", chain_id="c1"),
            FigureClaim(field="fatalities", value=10, source="SANA", report_id="r2", article_id="art2", chain_id="c2"),
            FigureClaim(field="fatalities", value=8, source="SOHR", report_id="r3", article_id="art3", chain_id="c3"),
        ],
        claims=[
            _claim("r1", "art1", "Russian Ministry of Defence", "TASS", "c1", 12),
            _claim("r2", "art2", "SANA", "SANA", "c2", 10),
            _claim("r3", "art3", "SOHR", "Syrian Observatory for Human Rights", "c3", 8),
        ],
        sources=[
            SourceChain(chain_id="c1", outlet="TASS", kind="state_affiliated", owner_country="RUS", articles=["art1"]),
            SourceChain(chain_id="c2", outlet="SANA", kind="state_affiliated", owner_country="SYR", articles=["art2"]),
            SourceChain(chain_id="c3", outlet="Syrian Observatory for Human Rights", kind="monitor", owner_country="GBR", articles=["art3"]),
        ],
        corroboration=3, flags=["contested"],
        contradictions=[Contradiction(field="fatalities", note="tolls differ", values=[
            {"value": 12, "sources": ["Russian Ministry of Defence"], "report_ids": ["r1"]},
            {"value": 8, "sources": ["SOHR"], "report_ids": ["r3"]},
        ])],
        report_ids=["r1", "r2", "r3"], articles=arts, confidence=0.9, revision=2,
        created_at="2017-01-23T10:00:00+00:00", updated_at=UPDATED,
    )


def massacre() -> Event:
    """Violence against civilians with no coordinates (the place was not resolved)."""
    return Event(
        event_id="ev-vac", event_type="Violence against civilians", sub_event_type="Attack", cameo="180",
        actor1=Actor(name="Islamic State (Syria)", text="IS", inter=2, country="SYR"),
        actor2=Actor(name="Civilians (Syria)", text="villagers", inter=7, country="SYR"),
        location=Location(name="Unresolved Village", text="a village", country="SYR", geo_precision=2),
        date=EventDate(best=date(2017, 1, 21), start=date(2017, 1, 20), end=date(2017, 1, 22), time_precision=2),
        fatalities=Fatalities(best=5, low=5, high=5, civilians=5),
        claims=[_claim("r4", "art4", "SANA", "SANA", "c4", 5)],
        sources=[SourceChain(chain_id="c4", outlet="SANA", kind="state_affiliated", owner_country="SYR", articles=["art4"])],
        corroboration=1, flags=["single_source"], report_ids=["r4"], articles=[_article(4, "SANA")],
        confidence=0.7, created_at=UPDATED, updated_at=UPDATED,
    )


def clash() -> Event:
    """Two non-state groups clash, one death; located at a first-order region's centre."""
    return Event(
        event_id="ev-clash", event_type="Battles", sub_event_type="Armed clash", cameo="190",
        actor1=Actor(name="Islamic State (Iraq)", text="IS", inter=2, country="IRQ"),
        actor2=Actor(name="Sunni Tribal Militia (Iraq)", text="tribesmen", inter=4, country="IRQ"),
        location=Location(name="Anbar", text="Anbar", lat=33.0, lon=42.0, country="IRQ", admin1="Anbar", geo_precision=3),
        date=EventDate(best=date(2017, 3, 15), start=date(2017, 3, 1), end=date(2017, 3, 31), time_precision=3),
        fatalities=Fatalities(best=1, low=1, high=1),
        sources=[SourceChain(chain_id="c5", outlet="Local Paper", kind="local", owner_country="IRQ", articles=["art5"])],
        corroboration=1, report_ids=["r5"], articles=[_article(5, "Local Paper")], confidence=0.6,
        created_at=UPDATED, updated_at=UPDATED,
    )


def protest() -> Event:
    """A peaceful protest: not in GED, no second actor."""
    return Event(
        event_id="ev-protest", event_type="Protests", sub_event_type="Peaceful protest", cameo="141",
        actor1=Actor(name="Protesters (Iraq)", text="protesters", inter=6, country="IRQ"),
        location=Location(name="Baghdad", text="Baghdad", geonames_id=98182, lat=33.34058, lon=44.40088,
                          country="IRQ", admin1="Baghdad", geo_precision=1),
        date=EventDate(best=date(2017, 2, 3), start=date(2017, 2, 3), end=date(2017, 2, 3), time_precision=1),
        sources=[SourceChain(chain_id="c6", outlet="Reuters", kind="wire", owner_country="GBR", articles=["art6"])],
        corroboration=1, report_ids=["r6"], articles=[_article(6, "Reuters", 3)], confidence=0.8,
        created_at=UPDATED, updated_at=UPDATED,
    )


def agreement() -> Event:
    """A strategic development (CAMEO 057, verbal cooperation), violent type it is not."""
    return Event(
        event_id="ev-agree", event_type="Strategic developments", sub_event_type="Agreement", cameo="057",
        actor1=Actor(name="Military Forces of Syria (2000-2024)", text="the army", inter=1, country="SYR"),
        actor2=Actor(name="Islamic State (Syria)", text="IS", inter=2, country="SYR"),
        location=Location(name="Syria", text="Syria", lat=35.0, lon=38.0, country="SYR", geo_precision=3),
        date=EventDate(best=date(2017, 4, 1), start=date(2017, 4, 1), end=date(2017, 4, 1), time_precision=1),
        sources=[SourceChain(chain_id="c7", outlet="TASS", kind="state_affiliated", owner_country="RUS", articles=["art7"])],
        corroboration=1, report_ids=["r7"], articles=[_article(7, "TASS")], confidence=0.5,
        created_at=UPDATED, updated_at=UPDATED,
    )


def events() -> list[Event]:
    return [strike(), massacre(), clash(), protest(), agreement()]


def by(df: pd.DataFrame, column: str, value: Any) -> pd.Series:
    rows = df[df[column] == value]
    assert len(rows) == 1, f"{column}={value!r}: {len(rows)} rows"
    return rows.iloc[0]


def _blank(v: Any) -> bool:
    return v is None or (isinstance(v, float) and pd.isna(v)) or v == ""


# --- ACLED -------------------------------------------------------------------------------


def test_acled_csv_loads_with_acleds_columns_and_computed_values(tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    summary = export(events(), "acled", out)
    assert summary.rows == 5 and summary.unlocated == 1
    df = pd.read_csv(out, keep_default_na=False, na_values=[""])
    assert tuple(df.columns) == columns("acled") and len(columns("acled")) == 31

    s = by(df, "event_id_cnty", f"SYR{stable_number('ev-strike')}")
    assert (s.event_date, s.year, s.time_precision) == ("2017-01-22", 2017, 1)
    assert s.disorder_type == "Political violence"
    assert (s.inter1, s.inter2, s.interaction) == (8, 2, 28)
    assert _blank(s.civilian_targeting)
    assert (s.iso, s.region, s.country) == (760, "Middle East", "Syria")
    assert s.fatalities == 8  # conservative: the lowest figure
    assert "range 8-12" in s.notes and "3 sources" in s.notes and "Deir ez-Zor" in s.notes
    assert "12 per Russian Ministry of Defence" in s.notes
    # SANA is Syrian (National); TASS Russian and SOHR British-based: outside the region.
    assert s.source_scale == "National-International"
    assert s.source.split("; ") == ["TASS", "SANA", "Syrian Observatory for Human Rights"]
    assert s.timestamp == int(datetime(2017, 1, 25, 8, 30, tzinfo=UTC).timestamp())
    assert "dateline contested" in s.tags

    v = by(df, "sub_event_type", "Attack")
    assert (v.interaction, v.civilian_targeting) == (27, "Civilian targeting")
    assert pd.isna(v.latitude) and pd.isna(v.longitude)

    p = by(df, "sub_event_type", "Peaceful protest")
    assert (p.inter1, p.inter2, p.interaction) == (6, 0, 60)
    assert p.disorder_type == "Demonstrations" and p.fatalities == 0
    assert p.iso == 368 and p.country == "Iraq" and p.source_scale == "International"
    assert "crowd size=no report" in p.tags

    c = by(df, "sub_event_type", "Armed clash")
    assert c.source_scale == "Local" and c.interaction == 24
    assert by(df, "sub_event_type", "Agreement").disorder_type == "Strategic developments"


def test_acled_leaves_no_computable_column_blank(tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    export([strike()], "acled", out)
    row = pd.read_csv(out, keep_default_na=False, na_values=[""]).iloc[0]
    # Blank by design for this event: no associated actors, no admin2/admin3 in our locations,
    # and civilians are not the target.
    by_design = {"assoc_actor_1", "assoc_actor_2", "admin2", "admin3", "civilian_targeting"}
    blank = [c for c in columns("acled") if _blank(row[c]) and c not in by_design]
    assert blank == []


_BY_DESIGN = {
    # Columns our records cannot fill for the contested strike (documented in docs/export.md).
    "ucdp": {"adm_2"},
    "gdelt": {
        f"Actor{n}{c}" for n in (1, 2)
        for c in ("KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type2Code", "Type3Code")
    },
}


@pytest.mark.parametrize("fmt", ["ucdp", "gdelt"])
def test_ged_and_gdelt_leave_no_computable_column_blank(fmt: str, tmp_path: Path) -> None:
    out = tmp_path / f"x.{fmt}"
    export([strike()], fmt, out)
    row = pd.read_csv(out, sep="\t" if fmt == "gdelt" else ",", dtype=str, keep_default_na=False, na_values=[""]).iloc[0]
    blank = [c for c in columns(fmt) if _blank(row[c]) and c not in _BY_DESIGN[fmt]]
    assert blank == []


def test_claims_sidecar_keeps_every_claim_keyed_to_its_row(tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    summary = export(events(), "acled", out)
    assert summary.sidecar == sidecar_path(out) == tmp_path / "acled.csv.claims.jsonl"
    lines = [json.loads(line) for line in summary.sidecar.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == sum(len(e.claims) for e in events()) == 4
    ids = set(pd.read_csv(out)["event_id_cnty"])
    assert {line["id"] for line in lines} <= ids
    mod = next(line for line in lines if line["source"] == "Russian Ministry of Defence")
    assert mod["event_id"] == "ev-strike" and mod["outlet"] == "TASS" and mod["value"] == 12
    assert mod["chain"] == ["TASS", "Russian Ministry of Defence"] and mod["article"] == "art1"
    assert mod["fields"] == ["fatalities"] and mod["report_id"] == "r1"


# --- UCDP --------------------------------------------------------------------------------


def test_ucdp_keeps_lethal_organized_violence_and_counts_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "ged.csv"
    zero = strike().model_copy(update={"event_id": "ev-zero", "fatalities": Fatalities(best=0)})
    summary = export([*events(), zero], "ucdp", out)
    assert summary.rows == 3
    assert sum(summary.skipped.values()) == 3
    assert list(summary.skipped.values()) == [2, 1]  # protest + agreement; the toll-less strike
    df = pd.read_csv(out)
    assert tuple(df.columns) == columns("ucdp")
    assert set(df["id"]) == {stable_number(x) for x in ("ev-strike", "ev-vac", "ev-clash")}

    s = by(df, "id", stable_number("ev-strike"))
    assert s.type_of_violence == 1  # foreign state forces against a rebel group
    assert s.side_a == "Military Forces of Russia (2000-)" and s.dyad_name.endswith("Islamic State (Syria)")
    assert (s.best, s.low, s.high) == (8, 8, 12)
    assert s.deaths_a + s.deaths_b + s.deaths_civilians + s.deaths_unknown == s.best
    assert (s.where_prec, s.date_prec) == (1, 1)
    assert s.number_of_sources == 3 and s.source_date.split("; ")[0] == "2017-01-23"
    assert "Russian Ministry of Defence" in s.source_original and "TASS" in s.source_office

    v = by(df, "id", stable_number("ev-vac"))
    assert (v.type_of_violence, v.side_b, v.deaths_civilians, v.deaths_unknown) == (3, "Civilians (Syria)", 5, 0)
    assert v.date_prec == 2  # a three-day span
    assert pd.isna(v.latitude)

    c = by(df, "id", stable_number("ev-clash"))
    assert c.type_of_violence == 2  # two non-state groups
    assert c.where_prec == 4  # coordinates of a first-order region
    assert c.date_prec == 4  # only the month is known


def test_ucdp_skipped_counts_are_printed_in_the_summary() -> None:
    summary = export(events(), "ucdp", None, stream=io.StringIO())
    assert "2 skipped: not organized violence" in summary.describe()


# --- GDELT -------------------------------------------------------------------------------

_GDELT_TEXT = {"EventCode": str, "EventBaseCode": str, "EventRootCode": str}


def test_gdelt_tsv_has_cameo_codes_quadclass_goldstein_and_fips(tmp_path: Path) -> None:
    out = tmp_path / "events.tsv"
    export(events(), "gdelt", out)
    df = pd.read_csv(out, sep="\t", dtype=_GDELT_TEXT)
    assert tuple(df.columns) == columns("gdelt") and len(df.columns) == 58

    s = by(df, "GLOBALEVENTID", stable_number("ev-strike"))
    assert (s.SQLDATE, s.MonthYear, s.Year) == (20170122, 201701, 2017)
    assert s.FractionDate == pytest.approx(2017 + (30 + 22) / 365, abs=1e-4)
    assert (s.EventCode, s.EventBaseCode, s.EventRootCode) == ("195", "195", "19")
    assert (s.QuadClass, s.GoldsteinScale) == (4, -10.0)
    assert (s.Actor1Code, s.Actor1CountryCode, s.Actor1Type1Code) == ("RUSMIL", "RUS", "MIL")
    assert (s.Actor2Code, s.Actor2Type1Code) == ("SYRREB", "REB")
    assert (s.NumMentions, s.NumSources, s.NumArticles, s.AvgTone) == (3, 3, 3, 0.0)
    assert (s.ActionGeo_Type, s.ActionGeo_CountryCode) == (4, "SY")
    assert s.ActionGeo_FullName == "Deir ez-Zor, Dayr az Zawr, Syria"
    assert (s.ActionGeo_Lat, s.ActionGeo_Long) == pytest.approx((35.33588, 40.14084))
    assert s.Actor1Geo_CountryCode == "SY" and s.DATEADDED == 20170125
    assert s.SOURCEURL == "https://example.org/1"

    a = by(df, "GLOBALEVENTID", stable_number("ev-agree"))
    assert (a.EventCode, a.EventRootCode, a.QuadClass, a.GoldsteinScale) == ("057", "05", 1, 8.0)
    assert a.ActionGeo_Type == 1 and a.ActionGeo_FeatureID == "SY"  # a country centroid
    assert a.Actor1Type1Code == "MIL"

    p = by(df, "GLOBALEVENTID", stable_number("ev-protest"))
    assert (p.ActionGeo_CountryCode, p.Actor1Code, p.QuadClass) == ("IZ", "IRQCVL", 4)
    assert p.Actor2Geo_Type == 0 and pd.isna(p.Actor2Code)  # no second actor
    v = by(df, "GLOBALEVENTID", stable_number("ev-vac"))
    assert v.Actor2Code == "SYRCVL" and v.EventCode == "180" and v.GoldsteinScale == -9.0


def test_goldstein_covers_every_code_the_taxonomy_emits() -> None:
    from dateline.extract.taxonomy import SUB_TYPES

    for sub in SUB_TYPES.values():
        score = facts.goldstein(sub.cameo)
        assert -10.0 <= score <= 10.0
        assert facts.quad_class(sub.cameo) in (1, 2, 3, 4)
    assert facts.goldstein("1823") == -10.0 and facts.goldstein("176") == -7.0  # falls back to its root


def test_gdelt_adm1_codes_come_from_the_gazetteer() -> None:
    from dateline.geo.gazetteer import Gazetteer

    with Gazetteer.open() as gazetteer:
        buf = io.StringIO()
        export([strike()], "gdelt", None, stream=buf, places=gazetteer)
    row = pd.read_csv(io.StringIO(buf.getvalue()), sep="\t", dtype=str).iloc[0]
    assert row.ActionGeo_ADM1Code == "SY07"  # FIPS country + GeoNames admin1 (Dayr az Zawr)
    assert row.ActionGeo_FeatureID == "170794"


# --- GeoJSON and Parquet -----------------------------------------------------------------


def test_geojson_is_an_rfc7946_feature_collection(tmp_path: Path) -> None:
    out = tmp_path / "events.geojson"
    summary = export(events(), "geojson", out)
    assert summary.unlocated == 1 and summary.sidecar is None
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    features = {f["id"]: f for f in doc["features"]}
    assert len(features) == 5
    point = features["ev-strike"]["geometry"]
    assert point == {"type": "Point", "coordinates": [40.14084, 35.33588]}  # longitude first
    assert features["ev-vac"]["geometry"] is None  # unlocated: null geometry, still listed
    props = features["ev-strike"]["properties"]
    assert tuple(props) == columns("geojson")
    assert props["event_date"] == "2017-01-22" and props["interaction"] == 28
    assert props["claims"][0]["source"] == "Russian Ministry of Defence"
    assert [f["value"] for f in props["figures"]] == [12, 10, 8]
    assert props["contradictions"][0]["field"] == "fatalities"
    assert (props["fatalities"], props["fatalities_low"], props["fatalities_high"]) == (8, 8, 12)


def test_geojson_opens_in_gdal_through_geopandas(tmp_path: Path) -> None:
    """QGIS and R's sf read GeoJSON through GDAL's driver; GeoPandas (pyogrio) uses the same one."""
    import geopandas as gpd

    out = tmp_path / "events.geojson"
    export(events(), "geojson", out)
    gdf = gpd.read_file(out, engine="pyogrio")
    assert len(gdf) == 5 and gdf.crs is not None and gdf.crs.to_epsg() == 4326
    strike = gdf[gdf["event_id"] == "ev-strike"].iloc[0]
    assert (round(strike.geometry.x, 5), round(strike.geometry.y, 5)) == (40.14084, 35.33588)
    assert int(strike["fatalities"]) == 8 and str(strike["event_date"])[:10] == "2017-01-22"  # GDAL reads it as a date
    unlocated = gdf[gdf["event_id"] == "ev-vac"].iloc[0]
    assert unlocated.geometry is None or unlocated.geometry.is_empty
    # the same layer written back out by GDAL is still one point per located event
    again = tmp_path / "again.gpkg"
    gdf.to_file(again, driver="GPKG", engine="pyogrio")
    assert gpd.read_file(again).geometry.notna().sum() == 4


def test_parquet_loads_with_flat_columns_and_json_provenance(tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    summary = export(iter(events()), "parquet", out)
    assert summary.rows == 5
    df = pd.read_parquet(out)
    assert tuple(df.columns) == columns("parquet")
    s = by(df, "event_id", "ev-strike")
    assert s.event_date == date(2017, 1, 22)
    assert (s.fatalities, s.fatalities_low, s.fatalities_high, s.corroboration) == (8, 8, 12, 3)
    assert str(df["fatalities"].dtype) == "int64" and str(df["latitude"].dtype) == "float64"
    chains = json.loads(s.source_chains)
    assert [c["owner_country"] for c in chains] == ["RUS", "SYR", "GBR"]
    assert len(json.loads(s.claims)) == 3
    assert pd.isna(by(df, "event_id", "ev-vac").latitude)


def test_parquet_needs_a_file() -> None:
    with pytest.raises(ValueError, match="parquet"):
        export(events(), "parquet", None, stream=io.StringIO())


# --- Files: never overwrite silently, never leave half a file ------------------------------


def test_existing_output_needs_force_and_is_left_untouched(tmp_path: Path) -> None:
    out = tmp_path / "acled.csv"
    out.write_text("keep me\n", encoding="utf-8")
    with pytest.raises(DatelineError) as info:
        export(events(), "acled", out)
    assert info.value.code == "E030" and str(out) in str(info.value)
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert not sidecar_path(out).exists()
    export(events(), "acled", out, force=True)
    assert len(pd.read_csv(out)) == 5


def test_an_existing_sidecar_also_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "ged.csv"
    sidecar_path(out).write_text("old\n", encoding="utf-8")
    with pytest.raises(DatelineError, match="E030"):
        export(events(), "ucdp", out)
    assert not out.exists()


def test_a_failed_export_leaves_no_file(tmp_path: Path) -> None:
    def failing() -> Iterator[Event]:
        yield strike()
        raise OSError(5, "Input/output error")

    out = tmp_path / "acled.csv"
    with pytest.raises(DatelineError, match="E031"):
        export(failing(), "acled", out)
    assert list(tmp_path.iterdir()) == []  # neither the file, its sidecar nor a temporary


def test_missing_output_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatelineError) as info:
        export(events(), "geojson", tmp_path / "nope" / "x.geojson")
    assert info.value.code == "E031" and "does not exist" in str(info.value)


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="acled"):
        export(events(), "shapefile", None, stream=io.StringIO())


def test_stable_number_survives_revisions() -> None:
    revised = strike().model_copy(update={"revision": 3, "fatalities": Fatalities(best=9, low=8, high=12)})
    buf1, buf2 = io.StringIO(), io.StringIO()
    export([strike()], "acled", None, stream=buf1)
    export([revised], "acled", None, stream=buf2)
    first = pd.read_csv(io.StringIO(buf1.getvalue())).iloc[0]
    second = pd.read_csv(io.StringIO(buf2.getvalue())).iloc[0]
    assert first.event_id_cnty == second.event_id_cnty and first.fatalities != second.fatalities


# --- The command: real subprocess runs against a real SQLite store ---------------------------


@pytest.fixture(scope="module")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from dateline.store.db import Store

    db = tmp_path_factory.mktemp("store") / "events.sqlite"
    store = Store(str(db))
    try:
        assert store.bulk_insert_events((e, f"{e.sub_event_type} {e.location.name if e.location else ''}") for e in events()) == 5
    finally:
        store.close()
    return db


def run_export(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "dateline.cli", "export", "--db", str(db), *args],
        capture_output=True, text=True, encoding="utf-8", env=env, timeout=180, check=False,
    )


def test_cli_exports_the_store_to_a_file_with_its_sidecar(store_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "ged.csv"
    run = run_export("--format", "ucdp", "--out", str(out), db=store_db)
    assert run.returncode == 0, run.stderr
    assert run.stdout == ""
    assert len(pd.read_csv(out)) == 3 and sidecar_path(out).exists()
    assert "3 ucdp rows" in run.stderr and "2 skipped: not organized violence" in run.stderr


def test_cli_filters_and_streams_text_formats_to_stdout(store_db: Path) -> None:
    run = run_export("--format", "geojson", "--country", "IRQ", db=store_db)
    assert run.returncode == 0, run.stderr
    doc = json.loads(run.stdout)
    assert sorted(f["id"] for f in doc["features"]) == ["ev-clash", "ev-protest"]
    run = run_export("--format", "acled", "--type", "battles", "--bbox", "41,32,43,34", db=store_db)
    assert run.returncode == 0, run.stderr
    df = pd.read_csv(io.StringIO(run.stdout))
    assert list(df["sub_event_type"]) == ["Armed clash"]


def test_cli_refuses_to_overwrite_without_force(store_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.parquet"
    out.write_bytes(b"old")
    run = run_export("--format", "parquet", "--out", str(out), db=store_db)
    assert run.returncode == 3 and "E030" in run.stderr and "--force" in run.stderr
    assert out.read_bytes() == b"old"
    run = run_export("--format", "parquet", "--out", str(out), "--force", db=store_db)
    assert run.returncode == 0, run.stderr
    assert len(pd.read_parquet(out)) == 5


def test_cli_usage_errors_name_the_option(store_db: Path) -> None:
    run = run_export("--format", "parquet", db=store_db)
    assert run.returncode == 2 and "--out" in run.stderr
    run = run_export("--format", "acled", "--bbox", "1,2,3", db=store_db)
    assert run.returncode == 2 and "--bbox" in run.stderr


# --- Derivation rules on their own ------------------------------------------------------------


def test_source_scale_distinguishes_regional_from_international() -> None:
    from dateline.export.fields import source_scale

    e = strike().model_copy(update={"sources": [
        SourceChain(chain_id="a", outlet="Jordan Times", kind="local", owner_country="JOR"),
        SourceChain(chain_id="b", outlet="Petra", kind="state_affiliated", owner_country="JOR"),
        SourceChain(chain_id="c", outlet="Somebody", kind="unknown"),
    ]})
    assert source_scale(e) == "Local-Regional-Other"


def test_explosions_against_civilians_are_civilian_targeting_and_one_sided() -> None:
    from dateline.export.fields import civilian_targeting, disorder_type
    from dateline.export.ucdp import type_of_violence

    e = strike().model_copy(update={"actor2": Actor(name="Civilians (Syria)", text="residents", inter=7, country="SYR")})
    assert civilian_targeting(e) == "Civilian targeting" and type_of_violence(e) == 3
    force = protest().model_copy(update={"event_type": "Protests", "sub_event_type": "Excessive force against protesters"})
    assert disorder_type(force) == "Political violence; Demonstrations"
    assert civilian_targeting(force) == "Civilian targeting"
    unknown = clash().model_copy(update={"actor1": None, "actor2": None})
    assert type_of_violence(unknown) == 2


def test_date_precision_follows_the_span_and_time_precision() -> None:
    from dateline.export.ucdp import date_prec

    def on(start: date, end: date, tp: int) -> int:
        return date_prec(strike().model_copy(update={"date": EventDate(best=start, start=start, end=end, time_precision=tp)}))

    d = date(2017, 1, 10)
    assert on(d, d, 1) == 1
    assert on(d, d, 2) == 3  # a weekend coded to its middle
    assert on(d, date(2017, 1, 12), 1) == 2
    assert on(d, date(2017, 1, 16), 2) == 3
    assert on(date(2017, 1, 1), date(2017, 1, 31), 3) == 4
    assert on(date(2017, 1, 1), date(2017, 6, 30), 3) == 5
