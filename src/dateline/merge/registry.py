"""The outlet registry: who an outlet is, so corroboration can count independent chains.

Each entry says what kind of source an outlet is (wire, state-affiliated, government,
partisan, monitor, local, international), where its owner is, which side of a conflict it
speaks for when it speaks for one, and the basis for that classification. The data file is
``dateline/data/outlets.json``; ``DATELINE_OUTLETS=path.json`` adds entries or replaces
entries of the same name.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

from dateline.errors import DatelineError
from dateline.record import OutletKind

KINDS: tuple[str, ...] = ("wire", "state_affiliated", "government", "partisan", "monitor", "local", "international")


@dataclass(frozen=True)
class OutletEntry:
    name: str
    kind: OutletKind
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    owner_country: str | None = None
    side: str | None = None
    basis: str = ""


def _key(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").replace(".", " ").split()).removeprefix("the ")


def _host(url: str) -> str:
    target = url if "//" in url else f"//{url}"
    host = (urlsplit(target).hostname or "").lower()
    return host.removeprefix("www.")


class OutletRegistry:
    """Look outlets up by name, alias or URL domain."""

    def __init__(self, entries: Iterable[OutletEntry]) -> None:
        self.entries: dict[str, OutletEntry] = {}
        for e in entries:
            self.entries[e.name] = e
        self._by_name: dict[str, OutletEntry] = {}
        self._by_domain: dict[str, OutletEntry] = {}
        for e in self.entries.values():
            for alias in (e.name, *e.aliases):
                self._by_name.setdefault(_key(alias), e)
            for d in e.domains:
                self._by_domain[d.lower().removeprefix("www.")] = e

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, outlet: str | None = None, url: str | None = None) -> OutletEntry | None:
        """The entry for an outlet name or alias (case-insensitive), else for the URL's domain or a
        parent domain of it (``news.example.com`` finds ``example.com``); None when unknown."""
        if outlet:
            hit = self._by_name.get(_key(outlet))
            if hit is not None:
                return hit
            if "." in outlet and " " not in outlet.strip():
                url = url or outlet  # an outlet given as its domain
        if url:
            host = _host(url)
            parts = host.split(".")
            for i in range(len(parts) - 1):
                hit = self._by_domain.get(".".join(parts[i:]))
                if hit is not None:
                    return hit
        return None

    @classmethod
    def from_data(cls, data: Any, *, origin: str) -> list[OutletEntry]:
        if not isinstance(data, dict) or not isinstance(data.get("outlets"), list):
            raise DatelineError("E027", path=origin, detail="expected an object with an 'outlets' list")
        out: list[OutletEntry] = []
        for i, raw in enumerate(data["outlets"]):
            where = f"entry {i}"
            if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
                raise DatelineError("E027", path=origin, detail=f"{where} has no name")
            kind = raw.get("kind")
            if kind not in KINDS:
                raise DatelineError("E027", path=origin, detail=f"{where} ({raw['name']}): kind {kind!r} is not one of {list(KINDS)}")
            country = raw.get("owner_country")
            if country is not None and not (isinstance(country, str) and len(country) == 3 and country.isalpha()):
                raise DatelineError("E027", path=origin, detail=f"{where} ({raw['name']}): owner_country must be ISO 3166 alpha-3")
            out.append(
                OutletEntry(
                    name=raw["name"].strip(),
                    kind=cast(OutletKind, kind),
                    aliases=tuple(str(a) for a in raw.get("aliases", [])),
                    domains=tuple(str(d) for d in raw.get("domains", [])),
                    owner_country=country.upper() if country else None,
                    side=raw.get("side") or None,
                    basis=str(raw.get("basis", "")),
                )
            )
        return out

    @classmethod
    def from_file(cls, path: str | Path, *, base: Iterable[OutletEntry] = ()) -> OutletRegistry:
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise DatelineError("E027", path=str(p), detail=str(exc)) from exc
        return cls([*base, *cls.from_data(data, origin=str(p))])


@lru_cache(maxsize=1)
def _packaged() -> tuple[OutletEntry, ...]:
    raw = resources.files("dateline").joinpath("data/outlets.json").read_text(encoding="utf-8")
    return tuple(OutletRegistry.from_data(json.loads(raw), origin="dateline/data/outlets.json"))


def default_registry() -> OutletRegistry:
    """The packaged registry, extended or overridden by ``DATELINE_OUTLETS`` when set."""
    extra = os.environ.get("DATELINE_OUTLETS")
    if extra:
        return OutletRegistry.from_file(extra, base=_packaged())
    return OutletRegistry(_packaged())
