"""OCHA COD-AB administrative boundaries (P-codes) merged into the gazetteer.

Humanitarian users key everything by P-code (``SY07`` a governorate, ``SY0700`` its district).
A COD-AB folder holds one shapefile per admin level (``*_admin1.shp`` ... with ``adm1_pcode``,
``adm1_name``, parent codes and, usually, ``center_lat``/``center_lon``). Each unit is matched to
the gazetteer's region of the same level and country by name (folded, with the alternative
spelling ``admN_ref_n``), else by the one region point its polygon contains; unmatched units
are added as new places. Then every place of the country gets the P-codes of the units its
point lies in, so an event in a town carries its governorate's and district's codes.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from typing import Any

from dateline.errors import DatelineError
from dateline.geo.gazetteer import FEATURE_ADM1, FEATURE_ADM2, FEATURE_ADMX, FEATURE_COUNTRY, _NameIndex
from dateline.geo.importer import ImportStats, _add_names, _Iso3
from dateline.geo.names import key, skeleton

__all__ = ["AdminUnit", "import_ocha", "read_units"]

_POLYGON_TYPES = {5, 15, 25}  # Polygon, PolygonZ, PolygonM
_LEVEL_FEATURE = {1: FEATURE_ADM1, 2: FEATURE_ADM2}

Ring = list[tuple[float, float]]  # (lon, lat) points


@dataclass
class AdminUnit:
    level: int
    pcode: str
    name: str
    names: list[str]  # every spelling, the main one first
    parents: dict[int, str]  # level -> P-code of the unit above
    country2: str
    lat: float
    lon: float
    rings: list[Ring] = field(repr=False)
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)  # min lon, min lat, max lon, max lat

    def contains(self, lat: float, lon: float) -> bool:
        """Even-odd ray casting over all rings, so holes are outside."""
        x0, y0, x1, y1 = self.bbox
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            return False
        inside = False
        for ring in self.rings:
            j = len(ring) - 1
            for i in range(len(ring)):
                xi, yi = ring[i]
                xj, yj = ring[j]
                if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
                    inside = not inside
                j = i
        return inside


def _fail(path: Path, detail: str) -> DatelineError:
    return DatelineError("E028", path=str(path), detail=detail)


def _centroid(rings: list[Ring]) -> tuple[float, float]:
    """(lat, lon) of the area centroid of the largest ring (the mainland, not an islet)."""
    best: tuple[float, float, float] = (0.0, 0.0, 0.0)
    for ring in rings:
        a = cx = cy = 0.0
        for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
            cross = x0 * y1 - x1 * y0
            a += cross
            cx += (x0 + x1) * cross
            cy += (y0 + y1) * cross
        if abs(a) > abs(best[0]):
            best = (a, cx / (3 * a), cy / (3 * a))
    if best[0] == 0.0:
        pts = [p for r in rings for p in r]
        return sum(p[1] for p in pts) / len(pts), sum(p[0] for p in pts) / len(pts)
    return best[2], best[1]


def _level(fields: set[str]) -> int | None:
    levels = [n for n in range(6) if f"adm{n}_pcode" in fields and f"adm{n}_name" in fields]
    return max(levels) if levels else None


def _latin_names(rec: dict[str, Any], level: int) -> list[str]:
    names = [rec.get(f"adm{level}_name"), rec.get(f"adm{level}_ref_n")]
    names += [rec.get(f"adm{level}_name{i}") for i in (1, 2, 3)]
    out: list[str] = []
    for n in names:
        if isinstance(n, str) and n.strip() and n.strip() not in out:
            out.append(n.strip())
    return out


def read_units(folder: Path) -> list[AdminUnit]:
    """Every admin unit of level >= 1 in the folder's polygon layers."""
    import shapefile

    folder = Path(folder)
    if not folder.is_dir():
        raise _fail(folder, "not a folder of COD-AB shapefiles")
    shps = sorted(folder.glob("*.shp"))
    if not shps:
        raise _fail(folder, "no .shp files in the folder")
    units: list[AdminUnit] = []
    for shp in shps:
        cpg = shp.with_suffix(".cpg")
        encoding = cpg.read_text(encoding="ascii", errors="replace").strip() if cpg.exists() else "utf-8"
        try:
            reader = shapefile.Reader(str(shp), encoding=encoding or "utf-8")
        except Exception as exc:  # pyshp raises struct, index and value errors on damaged headers
            raise _fail(shp, f"cannot read shapefile ({type(exc).__name__}: {exc})") from exc
        with reader:
            fields = {f[0].lower() for f in reader.fields[1:]}
            level = _level(fields)
            if level is None or level == 0 or reader.shapeType not in _POLYGON_TYPES:
                continue  # points, lines, neighbourhoods and the country outline carry no admin unit
            try:
                for n, sr in enumerate(reader.iterShapeRecords()):
                    units.append(_unit(shp, n + 1, level, {k.lower(): v for k, v in sr.record.as_dict().items()}, sr.shape))
            except DatelineError:
                raise
            except Exception as exc:  # pyshp raises struct/index/unicode errors on damaged files
                raise _fail(shp, f"damaged shapefile ({type(exc).__name__}: {exc})") from exc
    if not units:
        raise _fail(folder, "no admin-boundary polygon layer (no admN_pcode/admN_name fields)")
    return units


def _unit(shp: Path, n: int, level: int, rec: dict[str, Any], shape: Any) -> AdminUnit:
    pcode = str(rec.get(f"adm{level}_pcode") or "").strip()
    names = _latin_names(rec, level)
    if not pcode or not names:
        raise _fail(shp, f"record {n} has no adm{level}_pcode or adm{level}_name")
    parts = [*shape.parts, len(shape.points)]
    rings = [[(float(x), float(y)) for x, y in shape.points[a:b]] for a, b in pairwise(parts) if b > a]
    if not rings:
        raise _fail(shp, f"record {n} ({pcode}) has no polygon")
    lat, lon = rec.get("center_lat"), rec.get("center_lon")
    if not isinstance(lat, int | float) or not isinstance(lon, int | float) or (lat, lon) == (0, 0):
        lat, lon = _centroid(rings)
    cc = str(rec.get("adm0_pcode") or "").strip().upper()[:2]
    parents = {k: str(rec[f"adm{k}_pcode"]).strip() for k in range(1, level) if rec.get(f"adm{k}_pcode")}
    xs = [x for r in rings for x, _y in r]
    ys = [y for r in rings for _x, y in r]
    return AdminUnit(level, pcode, names[0], names, parents, cc, float(lat), float(lon), rings, (min(xs), min(ys), max(xs), max(ys)))


def _candidates(conn: sqlite3.Connection, feature: str, cc: str) -> dict[int, tuple[float, float, set[str], set[str]]]:
    """The index's regions of one kind in one country, with their name keys and skeletons."""
    out: dict[int, tuple[float, float, set[str], set[str]]] = {}
    for gid, lat, lon in conn.execute("SELECT geonameid, lat, lon FROM places WHERE feature = ? AND country2 = ?", (feature, cc)):
        out[gid] = (lat, lon, set(), set())
    for k, s, gid in conn.execute(
        "SELECT n.key, n.skel, n.geonameid FROM names AS n JOIN places AS p USING (geonameid) WHERE p.feature = ? AND p.country2 = ?",
        (feature, cc),
    ):
        out[gid][2].add(k)
        out[gid][3].add(s)
    return out


def _match(unit: AdminUnit, cands: dict[int, tuple[float, float, set[str], set[str]]], taken: set[int]) -> int | None:
    keys = {key(n) for n in unit.names} - {""}
    skels = {skeleton(n) for n in unit.names} - {""}
    free = {g: c for g, c in cands.items() if g not in taken}
    inside = {g for g, c in free.items() if unit.contains(c[0], c[1])}
    by_key = [g for g, c in free.items() if keys & c[2]]
    by_skel = [g for g in inside if skels & free[g][3]]
    # A name match may sit just outside a simplified boundary; a loose match or no name match
    # must lie inside the polygon.
    for pool in ([g for g in by_key if g in inside] or by_key, by_skel, sorted(inside)):
        if pool:
            return min(pool, key=lambda g: (free[g][0] - unit.lat) ** 2 + (free[g][1] - unit.lon) ** 2)
    return None


def import_ocha(conn: sqlite3.Connection, folder: Path) -> ImportStats:
    """Merge a COD-AB folder into the staged index ``conn`` (see the module docstring)."""
    folder = Path(folder)
    units = read_units(folder)
    stats = ImportStats(source=f"{folder.name} (OCHA COD-AB)")
    iso3 = _Iso3()
    by_code: dict[str, AdminUnit] = {u.pcode: u for u in units}
    place_of: dict[str, int] = {}  # P-code -> geonameid (matched or new)
    index = _NameIndex()
    for unit in sorted(units, key=lambda u: (u.level, u.pcode)):
        feature = _LEVEL_FEATURE.get(unit.level, FEATURE_ADMX)
        cands = _candidates(conn, feature, unit.country2)
        gid = _match(unit, cands, set(place_of.values()))
        parent1 = by_code.get(unit.parents.get(1, ""))
        a1_pcode = unit.pcode if unit.level == 1 else (parent1.pcode if parent1 else None)
        a2_pcode = unit.pcode if unit.level == 2 else unit.parents.get(2)
        if gid is None:
            gid = _new_id(conn, unit.pcode)
            admin1_code = admin1_name = None
            if parent1 is not None and parent1.pcode in place_of:
                admin1_code, admin1_name = conn.execute(
                    "SELECT admin1_code, name FROM places WHERE geonameid = ?", (place_of[parent1.pcode],)
                ).fetchone()
            parent2 = by_code.get(unit.parents.get(2, ""))
            conn.execute(
                "INSERT INTO places (geonameid, name, lat, lon, country, country2, admin1, admin1_code, feature, population, admin2) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)",
                (gid, unit.name, round(unit.lat, 5), round(unit.lon, 5), iso3(unit.country2), unit.country2,
                 unit.name if unit.level == 1 else admin1_name, admin1_code, feature,
                 unit.name if unit.level == 2 else (parent2.name if parent2 else None)),
            )  # fmt: skip
        conn.execute(
            "UPDATE places SET pcode = ?, admin1_pcode = ?, admin2_pcode = ? WHERE geonameid = ?",
            (unit.pcode, a1_pcode, a2_pcode, gid),
        )
        place_of[unit.pcode] = gid
        for i, n in enumerate(unit.names):
            _add_names(index, gid, n, i == 0, feature)
        stats.places += 1
    rows = list(index.rows())
    conn.executemany("INSERT INTO names VALUES (?, ?, ?, ?)", rows)
    stats.names = len(rows)
    _assign_pcodes(conn, units)
    return stats


def _new_id(conn: sqlite3.Connection, pcode: str) -> int:
    """A stable id for a unit GeoNames lacks: negative, so it never collides with a geonameid."""
    gid = -(zlib.crc32(pcode.encode()) & 0x7FFFFFFF) - 1
    while conn.execute("SELECT 1 FROM places WHERE geonameid = ?", (gid,)).fetchone():
        gid -= 1
    return gid


def _assign_pcodes(conn: sqlite3.Connection, units: list[AdminUnit]) -> None:
    """Give every non-admin place of the covered countries the P-codes of the units it lies in,
    walking down the hierarchy (only a unit's children are tested at the next level)."""
    children: dict[str | None, list[AdminUnit]] = defaultdict(list)
    for u in units:
        parent = u.parents.get(u.level - 1) if u.level > 1 else None
        children[parent].append(u)
    admin = (FEATURE_ADM1, FEATURE_ADM2, FEATURE_ADMX, FEATURE_COUNTRY)
    updates: list[tuple[str | None, str | None, str | None, str | None, int]] = []
    for cc in sorted({u.country2 for u in units}):
        rows = conn.execute(
            f"SELECT geonameid, lat, lon FROM places WHERE country2 = ? AND feature NOT IN ({','.join('?' * len(admin))})",
            (cc, *admin),
        ).fetchall()
        for gid, lat, lon in rows:
            chain: list[AdminUnit] = []
            level_units = [u for u in children[None] if u.country2 == cc]
            while level_units:
                hit = next((u for u in level_units if u.contains(lat, lon)), None)
                if hit is None:
                    break
                chain.append(hit)
                level_units = children.get(hit.pcode, [])
            if not chain:
                continue
            a1 = next((u.pcode for u in chain if u.level == 1), None)
            a2u = next((u for u in chain if u.level == 2), None)
            updates.append((chain[-1].pcode, a1, a2u.pcode if a2u else None, a2u.name if a2u else None, gid))
    conn.executemany(
        "UPDATE places SET pcode = ?, admin1_pcode = ?, admin2_pcode = ?, admin2 = COALESCE(admin2, ?) WHERE geonameid = ?",
        updates,
    )
