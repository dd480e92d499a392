"""Tests for ``dateline gazetteer import``: GeoNames dumps and OCHA COD-AB P-codes merged into a new
index that replaces the working one only when complete.

The GeoNames tests use the small dumps in tests/fixtures/gazetteer (same formats as GeoNames');
zips and damaged variants are made from them here. The OCHA tests read the shared Syria
boundaries in place.
"""

from __future__ import annotations

import sqlite3
import zipfile
from datetime import date
from pathlib import Path

import pytest

from dateline.errors import DatelineError
from dateline.geo.gazetteer import Gazetteer, default_path
from dateline.geo.importer import feature_of, run_import
from dateline.geo.toponyms import Toponym, resolve
from tests.conftest import shared_path

FIXTURES = Path(__file__).parent / "fixtures" / "gazetteer"
DUMP = FIXTURES / "SY.txt"
ALTERNATE = FIXTURES / "alternateNamesV2.txt"
DEIR_EZ_ZOR = 170794
HARABESH = 90000010
LEBANESE_NAMESAKE = 90000013
NEIGHBOURHOOD = 90000012


def _import(tmp_path: Path, **kwargs: object) -> Path:
    target = tmp_path / "imported.sqlite"
    args: dict[str, object] = {"geonames": [DUMP], "alternate": ALTERNATE, "target": target, "base": None}
    args.update(kwargs)
    run_import(**args)  # type: ignore[arg-type]
    return target


@pytest.fixture
def imported(tmp_path: Path) -> Gazetteer:
    g = Gazetteer.open(_import(tmp_path))
    yield g  # type: ignore[misc]
    g.close()


def _dump_lines() -> list[str]:
    return DUMP.read_text(encoding="utf-8").splitlines(keepends=True)


# --- GeoNames dumps --------------------------------------------------------------------------


def test_every_row_and_feature_class_is_imported(imported: Gazetteer) -> None:
    info = imported.info()
    assert sum(info["places"].values()) == len(_dump_lines())
    assert info["places"]["T"] == 2 and info["places"]["S"] == 1 and info["places"]["PPLX"] == 1
    assert info["places"]["ADMX"] == 1 and info["places"]["PCLI"] == 1
    assert [s["source"] for s in info["sources"]] == ["SY.txt", "alternateNamesV2.txt"]


@pytest.mark.parametrize(
    ("fclass", "fcode", "feature"),
    [("A", "PCLI", "PCLI"), ("A", "ADM1", "ADM1"), ("A", "ADM2", "ADM2"), ("A", "ADM3", "ADMX"),
     ("P", "PPLA", "P"), ("P", "PPLX", "PPLX"), ("T", "MT", "T"), ("S", "RDJCT", "S"), ("H", "STM", "H")],
)  # fmt: skip
def test_feature_mapping(fclass: str, fcode: str, feature: str) -> None:
    assert feature_of(fclass, fcode) == feature


def test_imported_places_carry_their_admin_names(imported: Gazetteer) -> None:
    town = imported.get(DEIR_EZ_ZOR)
    assert town is not None
    assert (town.feature, town.admin1_code, town.admin2_code) == ("P", "07", "0700")
    # the names come from the dump's own ADM1 and ADM2 rows
    assert town.admin1 == "Dayr az Zawr"
    assert town.admin2 == "Dayr az Zawr District"
    assert town.country == "SYR"


def test_alternate_names_add_spellings_and_skip_codes_links_and_history(imported: Gazetteer) -> None:
    assert [p.geonameid for p in imported.lookup("Harabesh Mountain")] == [HARABESH]
    assert DEIR_EZ_ZOR in {p.geonameid for p in imported.lookup("Deir el-Zor")}
    assert imported.lookup("Auzara") == []  # historic
    assert imported.lookup("DEZ") == []  # an IATA code, in the dump and in the table
    assert imported.lookup("Not Imported Anywhere") == []  # an id the dump does not hold


def test_zip_archives_are_read_like_text(tmp_path: Path) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(DUMP, "SY.txt")
        zf.writestr("readme.txt", "not a table")
    alt = tmp_path / "alternateNamesV2.zip"
    with zipfile.ZipFile(alt, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(ALTERNATE, "alternateNamesV2.txt")
        zf.writestr("iso-languagecodes.txt", "ISO 639-3\tISO 639-2\n")
    with Gazetteer.open(_import(tmp_path, geonames=[archive], alternate=alt)) as g:
        assert sum(g.info()["places"].values()) == len(_dump_lines())
        assert [p.geonameid for p in g.lookup("Harabesh Mountain")] == [HARABESH]


def test_feature_below_town_level_takes_its_town(imported: Gazetteer) -> None:
    feature = imported.get(HARABESH)
    assert feature is not None and feature.subtown
    town = imported.town_for(feature)
    assert town is not None and town.geonameid == DEIR_EZ_ZOR
    namesake = imported.get(LEBANESE_NAMESAKE)
    assert namesake is not None and imported.town_for(namesake) is None  # no Lebanese town indexed


def test_resolution_places_a_mountain_and_a_neighbourhood_in_their_town(imported: Gazetteer) -> None:
    text = "Harabesh Mountain ... Al Jorah"
    mountain = Toponym("Harabesh Mountain", 0, 17, "Harabesh Mountain", None, True)
    quarter = Toponym("Al Jorah", 22, 30, "Al Jorah", None, False)
    assert text[quarter.start : quarter.end] == "Al Jorah"
    resolve([mountain, quarter], imported, focus_hint="SYR")
    assert mountain.place is not None and mountain.place.geonameid == DEIR_EZ_ZOR
    assert quarter.place is not None and quarter.place.geonameid == DEIR_EZ_ZOR
    assert imported.get(NEIGHBOURHOOD) is not None


def test_a_feature_abroad_is_not_taken_for_the_focus_country(imported: Gazetteer) -> None:
    t = Toponym("Jabal Harabish", 0, 14, "Jabal Harabish", None, False)
    resolve([t], imported, focus_hint="TUR")
    assert t.place is None  # both namesakes lie outside the text's country: no guess


def test_import_accumulates_onto_a_base_and_swaps_in_place(tmp_path: Path) -> None:
    first = _import(tmp_path)
    inode_before = first.stat().st_ino
    extra = tmp_path / "extra.txt"
    extra.write_text(
        "\t".join(["90000099", "Tall Test", "Tall Test", "", "35.1", "40.2", "T", "HLL", "SY", "", "07", "", "", "", "0", "", "", "", "2024-05-01"])
        + "\n",
        encoding="utf-8",
    )
    run_import(geonames=[extra], target=first, base=first)
    assert first.stat().st_ino != inode_before  # a new file was renamed over the old one
    with Gazetteer.open(first) as g:
        assert g.get(90000099) is not None and g.get(DEIR_EZ_ZOR) is not None
        assert [s["source"] for s in g.info()["sources"]] == ["SY.txt", "alternateNamesV2.txt", "extra.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["extra.txt", "imported.sqlite"]


# --- bad input: clear error, working gazetteer intact ----------------------------------------


def _bad_dumps(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    lines = _dump_lines()
    out: dict[str, tuple[Path, str]] = {}

    few = tmp_path / "few_columns.txt"
    cols = lines[4].rstrip("\n").split("\t")
    few.write_text("".join(lines[:4]) + "\t".join(cols[:12]) + "\n" + "".join(lines[5:]), encoding="utf-8")
    out["columns"] = (few, "line 5")

    nonnum = tmp_path / "bad_id.txt"
    nonnum.write_text("".join(lines[:7]) + "x" + lines[7] + "".join(lines[8:]), encoding="utf-8")
    out["id"] = (nonnum, "line 8")

    badlat = tmp_path / "bad_lat.txt"
    cols = lines[2].rstrip("\n").split("\t")
    cols[4] = "135.0"
    badlat.write_text("".join(lines[:2]) + "\t".join(cols) + "\n" + "".join(lines[3:]), encoding="utf-8")
    out["latitude"] = (badlat, "line 3")

    cut_date = tmp_path / "cut_date.txt"
    cut_date.write_text("".join(lines)[:-4] + "\n", encoding="utf-8")  # the last row's date cut short
    out["cut date"] = (cut_date, f"line {len(lines)}")

    cut = tmp_path / "truncated.txt"
    whole = "".join(lines)
    cut.write_text(whole[: len(whole) - len(lines[-1]) // 2 - 40], encoding="utf-8")
    out["truncated"] = (cut, "truncated")

    archive = tmp_path / "archive.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("SY.txt", whole * 40)
    data = archive.read_bytes()
    short = tmp_path / "SY.zip"
    short.write_bytes(data[: len(data) // 2])
    out["short zip"] = (short, "zip")
    archive.unlink()

    garbage = tmp_path / "allCountries.zip"
    garbage.write_bytes(b"PK\x03\x04 this is not really an archive" * 10)
    out["garbage zip"] = (garbage, "zip")
    return out


def test_bad_dumps_fail_clearly_and_leave_the_working_gazetteer_intact(tmp_path: Path) -> None:
    work = tmp_path / "work"
    work.mkdir()
    target = _import(work)
    before = target.read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    for what, (path, expected) in _bad_dumps(bad).items():
        with pytest.raises(DatelineError) as info:
            run_import(geonames=[path], target=target, base=target)
        message = str(info.value)
        assert info.value.code in ("E028", "E029"), what
        assert path.name in message and expected in message, (what, message)
        assert "unchanged" in message
        assert target.read_bytes() == before, what
        assert sorted(p.name for p in work.iterdir()) == ["imported.sqlite"], what  # no temp file left


def test_bad_alternate_names_fail_with_the_line(tmp_path: Path) -> None:
    alt = tmp_path / "alternateNamesV2.txt"
    rows = ALTERNATE.read_text(encoding="utf-8").splitlines(keepends=True)
    alt.write_text("".join(rows[:3]) + "3\tnot-an-id\ten\tX\t\t\t\t\t\t\n", encoding="utf-8")
    target = tmp_path / "g.sqlite"
    with pytest.raises(DatelineError, match=r"alternateNamesV2\.txt.*line 4.*geonameid 'not-an-id'"):
        run_import(geonames=[DUMP], alternate=alt, target=target, base=None)
    assert not target.exists()


def test_a_base_that_is_not_a_gazetteer_is_refused(tmp_path: Path) -> None:
    base = tmp_path / "base.sqlite"
    sqlite3.connect(base).execute("CREATE TABLE x (y)").connection.close()
    with pytest.raises(DatelineError, match="not a gazetteer index"):
        run_import(geonames=[DUMP], target=tmp_path / "out.sqlite", base=base)


def test_nothing_to_import_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(DatelineError, match="nothing to import"):
        run_import(target=tmp_path / "out.sqlite", base=None)


# --- OCHA COD-AB P-codes ---------------------------------------------------------------------


@pytest.fixture
def with_ocha(tmp_path: Path) -> Gazetteer:
    folder = shared_path("eval", "gazetteers", "ocha_syria")
    g = Gazetteer.open(_import(tmp_path, ocha=[folder]))
    yield g  # type: ignore[misc]
    g.close()


def test_ocha_units_of_every_level_get_their_pcodes(with_ocha: Gazetteer) -> None:
    rows = with_ocha._query("SELECT feature, COUNT(*) FROM places WHERE pcode GLOB 'SY[0-9]*' "
                            "AND feature IN ('ADM1', 'ADM2', 'ADMX') GROUP BY feature", ())  # fmt: skip
    assert dict(rows) == {"ADM1": 14, "ADM2": 62, "ADMX": 272}


def test_ocha_units_match_the_gazetteer_regions(with_ocha: Gazetteer) -> None:
    # the dump's governorate (GeoNames' "Dayr az Zawr") is OCHA's Deir-ez-Zor, SY09: no duplicate
    governorate = with_ocha.get(170792)
    assert governorate is not None and governorate.pcode == "SY09" and governorate.admin1_pcode == "SY09"
    assert with_ocha._query("SELECT COUNT(*) FROM places WHERE feature = 'ADM1'", ())[0][0] == 14
    # OCHA's spellings find it too, and the alternative spelling of a district (adm2_ref_n)
    assert 170792 in {p.geonameid for p in with_ocha.lookup("Deir-ez-Zor") if p.feature == "ADM1"}
    azaz = [p for p in with_ocha.lookup("Azaz") if p.feature == "ADM2"]
    assert [p.pcode for p in azaz] == ["SY0204"]


def test_places_inherit_the_pcodes_of_the_units_they_lie_in(with_ocha: Gazetteer) -> None:
    town = with_ocha.get(DEIR_EZ_ZOR)
    assert town is not None
    assert town.admin1_pcode == "SY09"
    assert town.admin2_pcode is not None and town.admin2_pcode.startswith("SY09")
    assert town.pcode is not None and town.pcode.startswith(town.admin2_pcode) and len(town.pcode) == 8
    aleppo = with_ocha.get(170063)
    assert aleppo is not None and aleppo.admin1_pcode == "SY02"


def test_an_ocha_folder_without_boundaries_is_refused(tmp_path: Path) -> None:
    empty = tmp_path / "cod"
    empty.mkdir()
    (empty / "syr_admin1.shp").write_bytes(b"\x00" * 50)
    target = tmp_path / "out.sqlite"
    with pytest.raises(DatelineError, match=r"syr_admin1\.shp"):
        run_import(ocha=[empty], target=target, base=None)
    assert not target.exists()


@pytest.mark.model
def test_a_coded_syrian_event_carries_the_governorate_pcode(tmp_path: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from dateline.geo.geoparse import geoparse
    from dateline.pipeline import Coder
    from dateline.record import Article

    base = default_path()
    if not base.exists():
        Gazetteer.open(base).close()
    target = tmp_path / "g.sqlite"
    run_import(ocha=[shared_path("eval", "gazetteers", "ocha_syria")], target=target, base=base)
    with Gazetteer.open(target) as g:
        coder = Coder(nlp=nlp, gazetteer=g)
        text = (
            "Government artillery shelled a market in the city of Deir ez-Zor on Monday, "
            "killing four civilians, a monitoring group said."
        )
        article = Article.from_text(text, published=date(2017, 1, 24))
        coded = coder.code(article)
        assert coded.events, "the example must code an event"
        loc = coded.events[0].location
        assert loc is not None and loc.admin1_pcode == "SY09"
        assert loc.admin2_pcode is not None and loc.pcode is not None
        records = geoparse(article, coder.parse(text), g)
        deir = [r for r in records if r.text == "Deir ez-Zor"]
        assert deir and deir[0].admin1_pcode == "SY09"


# --- command line ----------------------------------------------------------------------------


def test_cli_import_and_info(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    runner = CliRunner()
    target = tmp_path / "cli.sqlite"
    ok = runner.invoke(app, ["gazetteer", "import", str(DUMP), "--alternate-names", str(ALTERNATE), "--path", str(target)])
    assert ok.exit_code == 0, ok.output
    assert "SY.txt: 35 places" in ok.output
    info = runner.invoke(app, ["gazetteer", "info", "--path", str(target)])
    assert info.exit_code == 0
    assert '"source": "SY.txt"' in info.output and '"T": ' in info.output
    before = target.read_bytes()
    bad = tmp_path / "SY.zip"
    bad.write_bytes(b"not a zip")
    failed = runner.invoke(app, ["gazetteer", "import", str(bad), "--path", str(target)])
    assert failed.exit_code == 3
    assert "E028" in failed.output and "SY.zip" in failed.output and "Traceback" not in failed.output
    assert target.read_bytes() == before


def test_cli_info_of_a_missing_index_is_an_error(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from dateline.cli import app

    missing = tmp_path / "none.sqlite"
    result = CliRunner().invoke(app, ["gazetteer", "info", "--path", str(missing)])
    assert result.exit_code == 3 and "E028" in result.output
    assert not missing.exists()
