"""The offline base layer: country outlines as one small GeoJSON FeatureCollection.

Built once per process from the per-country GeoJSON that the ``countryinfo`` package ships
(outlines in the Natural Earth-derived world.geo.json lineage), rounded to 0.01 degree (about
1 km, finer than the map ever draws them) with repeated points dropped.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

PRECISION = 2


def _round_ring(ring: list[list[float]]) -> list[list[float]]:
    out: list[list[float]] = []
    for point in ring:
        p = [round(float(point[0]), PRECISION), round(float(point[1]), PRECISION)]
        if not out or out[-1] != p:
            out.append(p)
    return out if len(out) >= 4 else []


def _simplify(geometry: dict[str, Any]) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        polygons = [geometry.get("coordinates", [])]
    elif kind == "MultiPolygon":
        polygons = geometry.get("coordinates", [])
    else:
        return None
    kept = []
    for polygon in polygons:
        rings = [r for r in (_round_ring(ring) for ring in polygon) if r]
        if rings:
            kept.append(rings)
    if not kept:
        return None
    return {"type": "MultiPolygon", "coordinates": kept}


def _features() -> list[dict[str, Any]]:
    features: list[dict[str, Any]] = []
    try:
        folder = resources.files("countryinfo") / "data"
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".json")), key=lambda f: f.name)
    except (ModuleNotFoundError, FileNotFoundError):
        return features
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        collection = data.get("geoJSON") or {}
        iso3 = (data.get("ISO") or {}).get("alpha3")
        for feature in collection.get("features", []):
            geometry = _simplify(feature.get("geometry") or {})
            if geometry is not None:
                props = {"iso3": iso3 or feature.get("id"), "name": data.get("name")}
                features.append({"type": "Feature", "properties": props, "geometry": geometry})
    return features


@lru_cache(maxsize=1)
def countries_geojson() -> bytes:
    """The FeatureCollection as compact JSON bytes (cached: it never changes while serving)."""
    collection = {"type": "FeatureCollection", "features": _features()}
    return json.dumps(collection, separators=(",", ":")).encode("utf-8")
