"""Bigger gazetteers for users who have them: GeoNames dumps merged into the index.

``dateline gazetteer import`` reads a GeoNames dump (``allCountries.zip``, a country file such
as ``SY.zip``, or the unzipped ``.txt``) and optionally ``alternateNamesV2``, and writes a new
index: the current one (the built-in, or an earlier import) plus every imported place, of every
feature class, so a mountain or a roundabout can be found and placed in its town. OCHA COD-AB
boundaries (:mod:`dateline.geo.ocha`) are merged the same way.

Every import writes a new file beside the target and renames it over the target only when it
is complete; a corrupt or partial dump stops with a message naming the file and line, and the
working gazetteer is left as it was.

The GeoNames formats are as documented in GeoNames' readme (geoname table: 19 tab-separated
columns; alternateNamesV2: 10). GeoNames data is CC BY 4.0 (credit: GeoNames, geonames.org).
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import sqlite3
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dateline.errors import DatelineError
from dateline.geo.gazetteer import (
    _CODE,
    _INDEXES,
    _SCHEMA,
    FEATURE_ADM1,
    FEATURE_ADM2,
    FEATURE_ADMX,
    FEATURE_CITY,
    FEATURE_COUNTRY,
    VERSION,
    _NameIndex,
    _strip_region_word,
    _today,
)

__all__ = ["ImportStats", "import_alternate_names", "import_geonames", "staged"]

GEONAME_COLUMNS = 19
# alternateNamesV2 has 10 columns; the older alternateNames file lacks from/to (8).
ALTERNATE_COLUMNS = (8, 10)
# alternateNames "languages" that are really codes or links, not names a writer uses.
_NOT_LANGUAGES = frozenset(
    {"link", "wkdt", "post", "iata", "icao", "faac", "tcid", "unlc", "abbr", "phon", "piny", "fr_1793"}
)
_BATCH = 20_000
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class ImportStats:
    """What one import added: places (new or updated) and indexed names."""

    source: str
    places: int = 0
    names: int = 0


def _fail(path: Path, detail: str, line: int | None = None) -> DatelineError:
    if line is None:
        return DatelineError("E028", path=str(path), detail=detail)
    return DatelineError("E029", path=str(path), line=line, detail=detail)


@contextlib.contextmanager
def staged(target: Path, base: Path | None) -> Iterator[sqlite3.Connection]:
    """A connection to a new index file: a copy of ``base`` (or an empty index), renamed over
    ``target`` when the block completes and deleted when it raises."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    conn = sqlite3.connect(tmp)
    try:
        if base is not None:
            src = sqlite3.connect(Path(base).resolve().as_uri() + "?mode=ro", uri=True)
            try:
                src.backup(conn)
            finally:
                src.close()
        else:
            conn.executescript(_SCHEMA)
            conn.execute("INSERT INTO meta VALUES ('version', ?)", (f"{VERSION}+empty",))
            conn.executescript(_INDEXES)
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        yield conn
        conn.commit()
        conn.execute("ANALYZE")
        conn.close()
        tmp.chmod(0o644)
        os.replace(tmp, target)
    except BaseException:
        conn.close()
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _open_text(path: Path, prefer: tuple[str, ...] = ()) -> tuple[io.TextIOBase, zipfile.ZipFile | None]:
    """The dump's text stream: the file itself, or the table inside a GeoNames zip
    (``SY.zip`` holds ``SY.txt``; ``alternateNamesV2.zip`` also holds a language table)."""
    if not path.exists():
        raise _fail(path, "no such file")
    if not zipfile.is_zipfile(path):
        if path.suffix.lower() == ".zip":
            raise _fail(path, "not a valid zip archive (corrupt or truncated download?)")
        return path.open(encoding="utf-8", newline=""), None
    try:
        zf = zipfile.ZipFile(path)
        members = [n for n in zf.namelist() if n.lower().endswith(".txt")]
    except (zipfile.BadZipFile, OSError) as exc:
        raise _fail(path, f"not a valid zip archive ({exc})") from exc
    wanted = [f"{path.stem}.txt", *prefer]
    member = next((m for m in wanted if m in members), None)
    if member is None:
        tables = [m for m in members if not m.lower().startswith(("readme", "iso-languagecodes"))]
        if len(tables) != 1:
            zf.close()
            raise _fail(path, f"expected one .txt table in the archive, found {members or 'none'}")
        member = tables[0]
    return io.TextIOWrapper(zf.open(member), encoding="utf-8", newline=""), zf


def _rows(path: Path, n_columns: tuple[int, ...], prefer: tuple[str, ...] = ()) -> Iterator[tuple[int, list[str]]]:
    """(line number, columns) of a tab-separated dump; a wrong column count, a truncated archive
    or bad UTF-8 is an error naming the file and line."""
    stream, zf = _open_text(path, prefer)
    line_no = 0
    try:
        with stream:
            while True:
                try:
                    line = stream.readline()
                except (zipfile.BadZipFile, EOFError, zlib.error, OSError) as exc:
                    raise _fail(path, f"archive is truncated or corrupt ({exc})", line_no + 1) from exc
                except UnicodeDecodeError as exc:
                    raise _fail(path, "not UTF-8 text", line_no + 1) from exc
                if not line:
                    break
                line_no += 1
                if line.startswith("#") or not line.strip():
                    continue
                cols = line.rstrip("\r\n").split("\t")
                if len(cols) not in n_columns:
                    expected = " or ".join(str(n) for n in n_columns)
                    # GeoNames ends every row with a newline: a short last row without one was cut off.
                    cut = "file is truncated: " if not line.endswith("\n") else ""
                    raise _fail(path, f"{cut}{len(cols)} tab-separated columns, expected {expected}", line_no)
                yield line_no, cols
    finally:
        if zf is not None:
            zf.close()


def _int(path: Path, line: int, value: str, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise _fail(path, f"{what} {value!r} is not an integer", line) from None


def _coord(path: Path, line: int, value: str, what: str, limit: float) -> float:
    try:
        x = float(value)
    except ValueError:
        raise _fail(path, f"{what} {value!r} is not a number", line) from None
    if not -limit <= x <= limit:
        raise _fail(path, f"{what} {x} is out of range", line)
    return x


def feature_of(fclass: str, fcode: str) -> str:
    """Our kind of place for a GeoNames feature class and code."""
    if fcode.startswith("PCL") and not fcode.endswith("H"):
        return FEATURE_COUNTRY
    if fcode == "ADM1":
        return FEATURE_ADM1
    if fcode == "ADM2":
        return FEATURE_ADM2
    if fclass == "A":
        return FEATURE_ADMX  # lower and historical admin units, zones
    if fcode == "PPLX":
        return "PPLX"  # a section of a town: below town level
    if fclass == "P":
        return FEATURE_CITY
    return fclass or "S"


class _Iso3:
    """ISO alpha-3 for a GeoNames alpha-2 code, from pycountry, cached."""

    def __init__(self) -> None:
        self._cache: dict[str, str] = {"XK": "XKX"}  # Kosovo: user-assigned, as GeoNames uses it

    def __call__(self, cc: str) -> str:
        if cc not in self._cache:
            import pycountry

            record = pycountry.countries.get(alpha_2=cc) if cc else None
            self._cache[cc] = record.alpha_3 if record is not None else cc
        return self._cache[cc]


def _add_names(index: _NameIndex, gid: int, name: str, primary: bool, feature: str) -> None:
    index.add(gid, name, primary=primary)
    if feature in (FEATURE_ADM1, FEATURE_ADM2, FEATURE_ADMX):
        stripped = _strip_region_word(name)
        if stripped:
            index.add(gid, stripped, primary=primary)


def _flush(conn: sqlite3.Connection, places: list[tuple[object, ...]], index: _NameIndex) -> int:
    conn.executemany(
        "INSERT OR REPLACE INTO places (geonameid, name, lat, lon, country, country2, admin1_code, admin2_code, "
        "feature, population) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        places,
    )
    conn.executemany("INSERT INTO _imported VALUES (?)", ((p[0],) for p in places))
    rows = list(index.rows())
    conn.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
    places.clear()
    return len(rows)


def import_geonames(conn: sqlite3.Connection, dump: Path) -> tuple[ImportStats, bytearray]:
    """Merge a GeoNames geoname table into the staged index ``conn``. Returns the stats and a
    bitmap of the imported geonameids (for :func:`import_alternate_names`)."""
    dump = Path(dump)
    stats = ImportStats(source=dump.name)
    seen = bytearray()
    iso3 = _Iso3()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _imported (geonameid INTEGER PRIMARY KEY ON CONFLICT IGNORE)")
    places: list[tuple[object, ...]] = []
    index = _NameIndex()
    for line, c in _rows(dump, (GEONAME_COLUMNS,)):
        gid = _int(dump, line, c[0], "geonameid")
        if gid <= 0:
            raise _fail(dump, f"geonameid {gid} is not positive", line)
        name = c[1].strip()
        if not name:
            raise _fail(dump, "empty name", line)
        lat = _coord(dump, line, c[4], "latitude", 90.0)
        lon = _coord(dump, line, c[5], "longitude", 180.0)
        pop = _int(dump, line, c[14], "population") if c[14] else 0
        if not _DATE.fullmatch(c[18]):
            # the last column of every row is its modification date: anything else is a cut row
            raise _fail(dump, f"modification date {c[18]!r} is not YYYY-MM-DD (truncated row?)", line)
        feature = feature_of(c[6], c[7])
        cc = c[8].strip().upper()
        places.append((gid, name, lat, lon, iso3(cc), cc, c[10] or None, c[11] or None, feature, pop))
        if gid // 8 >= len(seen):
            # grow geometrically: ids arrive roughly in order
            seen.extend(bytes(max(gid // 8 + 1 - len(seen), len(seen))))
        seen[gid // 8] |= 1 << (gid % 8)
        _add_names(index, gid, name, True, feature)
        if c[2] and c[2] != name:
            _add_names(index, gid, c[2], True, feature)
        for alt in c[3].split(","):
            # As in the built-in build: codes ("DEZ") and all-lowercase machine romanisations
            # are not names a writer uses.
            if len(alt) >= 2 and not _CODE.match(alt) and alt != alt.lower():
                _add_names(index, gid, alt, False, feature)
        stats.places += 1
        if len(places) >= _BATCH:
            stats.names += _flush(conn, places, index)
            index = _NameIndex()
    stats.names += _flush(conn, places, index)
    _fill_admin_names(conn)
    return stats, seen


def _fill_admin_names(conn: sqlite3.Connection) -> None:
    """Name each imported place's first- and second-order regions from the regions in the index."""
    conn.execute(
        "UPDATE places SET admin1 = (SELECT a.name FROM places AS a WHERE a.feature = ? AND a.country2 = places.country2 "
        "AND a.admin1_code = places.admin1_code) WHERE geonameid IN (SELECT geonameid FROM _imported)",
        (FEATURE_ADM1,),
    )
    conn.execute(
        "UPDATE places SET admin2 = (SELECT a.name FROM places AS a WHERE a.feature = ? AND a.country2 = places.country2 "
        "AND a.admin1_code = places.admin1_code AND a.admin2_code = places.admin2_code) "
        "WHERE admin2_code IS NOT NULL AND geonameid IN (SELECT geonameid FROM _imported)",
        (FEATURE_ADM2,),
    )


def import_alternate_names(conn: sqlite3.Connection, dump: Path, seen: bytearray | None) -> ImportStats:
    """Add names from an alternateNames(V2) table, for the places of the index (only those
    imported alongside, when ``seen`` is given, so a world-wide table costs no lookups)."""
    dump = Path(dump)
    stats = ImportStats(source=dump.name)
    index = _NameIndex()
    known: set[int] | None = None
    if seen is None:
        known = {r[0] for r in conn.execute("SELECT geonameid FROM places")}
    pending = 0
    for line, c in _rows(dump, ALTERNATE_COLUMNS, prefer=("alternateNamesV2.txt", "alternateNames.txt")):
        _int(dump, line, c[0], "alternateNameId")
        gid = _int(dump, line, c[1], "geonameid")
        lang, alt = c[2], c[3]
        if lang in _NOT_LANGUAGES or (len(c) > 7 and c[7] == "1"):
            continue  # codes, links and historic names
        if seen is not None:
            if gid < 0 or gid // 8 >= len(seen) or not seen[gid // 8] & (1 << (gid % 8)):
                continue
        elif known is not None and gid not in known:
            continue
        if len(alt) < 2 or _CODE.match(alt):
            continue
        index.add(gid, alt, primary=lang == "en" and c[4] == "1")
        pending += 1
        if pending >= _BATCH:
            stats.names += _flush_names(conn, index)
            index, pending = _NameIndex(), 0
    stats.names += _flush_names(conn, index)
    return stats


def _flush_names(conn: sqlite3.Connection, index: _NameIndex) -> int:
    rows = list(index.rows())
    conn.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
    return len(rows)


def finish(conn: sqlite3.Connection, kind: str, stats: list[ImportStats]) -> None:
    """Drop duplicate names, record the sources and stamp the index's version."""
    conn.execute("DROP INDEX IF EXISTS names_key")
    conn.execute("DROP INDEX IF EXISTS names_skel")
    conn.execute(
        "CREATE TABLE names_dedup AS SELECT key, skel, geonameid, MAX(is_primary) AS is_primary "
        "FROM names GROUP BY key, skel, geonameid"
    )
    conn.execute("DROP TABLE names")
    conn.execute("ALTER TABLE names_dedup RENAME TO names")
    conn.execute("CREATE INDEX names_key ON names (key)")
    conn.execute("CREATE INDEX names_skel ON names (skel)")
    when = _today()
    for s in stats:
        conn.execute("INSERT INTO sources VALUES (?, ?, ?, ?, ?)", (kind, s.source, s.places, s.names, when))
    row = conn.execute("SELECT value FROM meta WHERE name = 'version'").fetchone()
    version = str(row[0]) if row else VERSION
    added = "+".join(f"{kind}:{s.source}" for s in stats)
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('version', ?)", (f"{version}+{added}",))


def run_import(
    *,
    geonames: list[Path] | tuple[Path, ...] = (),
    alternate: Path | None = None,
    ocha: list[Path] | tuple[Path, ...] = (),
    target: Path,
    base: Path | None,
) -> list[ImportStats]:
    """Write ``target``: ``base`` (None: an empty index) plus the GeoNames dumps, then the
    alternate names, then the OCHA folders (last, so their units can match imported regions).
    Nothing is replaced unless every source is read whole."""
    from dateline.geo.ocha import import_ocha

    if not geonames and alternate is None and not ocha:
        raise DatelineError("E028", path=str(target), detail="nothing to import: give a GeoNames dump or an OCHA folder")
    if base is not None:
        _check_index(Path(base))
    stats: list[ImportStats] = []
    with staged(target, base) as conn:
        seen: bytearray | None = None
        for dump in geonames:
            s, bits = import_geonames(conn, Path(dump))
            stats.append(s)
            seen = bits if seen is None else _union(seen, bits)
        if alternate is not None:
            stats.append(import_alternate_names(conn, Path(alternate), seen))
        for folder in ocha:
            stats.append(import_ocha(conn, Path(folder)))
        finish(conn, "import", stats)
    return stats


def _union(a: bytearray, b: bytearray) -> bytearray:
    if len(a) < len(b):
        a, b = b, a
    out = bytearray(a)
    for i, byte in enumerate(b):
        out[i] |= byte
    return out


def _check_index(path: Path) -> None:
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            conn.execute("SELECT pcode FROM places LIMIT 1").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatelineError("E028", path=str(path), detail=f"not a gazetteer index of this version ({exc})") from exc
