"""The editable dictionaries: actors (state regimes, named groups) and sources (outlets, agencies).

Both ship as JSON in ``dateline/data`` and load through ``importlib.resources``; users extend them
with their own file named by ``DATELINE_ACTORS`` / ``DATELINE_SOURCES`` (same layout, entries added).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Regime:
    label: str
    start: date
    end: date | None


@dataclass(frozen=True)
class Group:
    name: str  # may contain "{country}" for branches named by country
    aliases: tuple[str, ...]
    inter: int
    country: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    # a group active in several countries ("votes": false) names no article's country
    votes: bool = True
    # unnamed fighters ("insurgents") that are this group when the event is in its country: the
    # one insurgency ACLED names there (country-limited, so never a match abroad)
    local_nouns: tuple[str, ...] = ()
    # the inter code an older ACLED release gave the group where it differs from today's codebook
    # ("inter_2015": 3 -> (("2015", 3),)); see :data:`RELEASES`
    release_inters: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True)
class Source:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None
    domains: tuple[str, ...] = field(default_factory=tuple)


def _read_json(package_file: str, env_var: str) -> list[dict[str, Any]]:
    docs = [json.loads(resources.files("dateline.data").joinpath(package_file).read_text("utf-8"))]
    extra = os.environ.get(env_var)
    if extra:
        docs.append(json.loads(Path(extra).read_text("utf-8")))
    return docs


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


@lru_cache(maxsize=1)
def regimes() -> dict[str, list[Regime]]:
    out: dict[str, list[Regime]] = {}
    for doc in _read_json("actors.json", "DATELINE_ACTORS"):
        for iso3, periods in doc.get("state_regimes", {}).items():
            for p in periods:
                start = _d(p["from"])
                assert start is not None
                out.setdefault(iso3, []).append(Regime(p["label"], start, _d(p.get("to"))))
    return out


RELEASES = ("2015",)
"""ACLED releases whose coding the dictionary can follow instead of the current codebook. ACLED's
2015 Asia release coded some regional armed movements (Myanmar's ethnic armed organisations, Naga
and Kashmiri groups) as political or identity militias (inter 3 or 4) where the current codebook
counts an armed movement against the state a rebel group (inter 2); a group's ``inter_2015`` key
records the older code."""


def check_release(release: str | None) -> None:
    """Raise ValueError naming the choices unless ``release`` is None or one of :data:`RELEASES`."""
    if release is not None and release not in RELEASES:
        raise ValueError(f"unknown ACLED release {release!r}: choose one of {', '.join(RELEASES)}")


@lru_cache(maxsize=1)
def groups() -> tuple[Group, ...]:
    out: list[Group] = []
    for doc in _read_json("actors.json", "DATELINE_ACTORS"):
        for g in doc.get("groups", []):
            out.append(
                Group(
                    name=g["name"],
                    aliases=tuple(g["aliases"]),
                    inter=int(g["inter"]),
                    country=g.get("country"),
                    valid_from=_d(g.get("from")),
                    valid_to=_d(g.get("to")),
                    votes=bool(g.get("votes", True)),
                    local_nouns=tuple(w.lower() for w in g.get("local_nouns", [])),
                    release_inters=tuple((r, int(g[f"inter_{r}"])) for r in RELEASES if f"inter_{r}" in g),
                )
            )
    return tuple(out)


@lru_cache(maxsize=1)
def context_terms() -> tuple[tuple[str, str], ...]:
    """(name, ISO3) pairs of the ``context_terms`` tables: parties, state bodies and local
    administrative words that place a text in one country without being actors themselves."""
    out: list[tuple[str, str]] = []
    for doc in _read_json("actors.json", "DATELINE_ACTORS"):
        for iso3, names in doc.get("context_terms", {}).items():
            if len(iso3) == 3 and iso3.isupper() and isinstance(names, list):
                out.extend((n, iso3) for n in names)
    return tuple(out)


@lru_cache(maxsize=1)
def sources() -> tuple[Source, ...]:
    out: list[Source] = []
    for doc in _read_json("sources.json", "DATELINE_SOURCES"):
        for s in doc.get("sources", []):
            out.append(Source(s["name"], tuple(s["aliases"]), s["kind"], s.get("country"), tuple(s.get("domains", []))))
    return tuple(out)


def regime_label(iso3: str, when: date | None) -> str | None:
    """The regime period ACLED puts in brackets ('2000-2024') for a country on a date."""
    periods = regimes().get(iso3)
    if not periods:
        return None
    if when is None:
        current = [p for p in periods if p.end is None]
        return current[0].label if current else periods[-1].label
    for p in periods:
        if p.start <= when and (p.end is None or when < p.end):
            return p.label
    return None
