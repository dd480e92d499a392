"""The merge rule: every threshold that decides whether two reports tell one incident.

A user reads it in ``docs/merging.md`` and tunes it with a JSON or TOML file named by
``DATELINE_MERGE_RULE`` (keys are the field names below; omitted keys keep their defaults).
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Literal

from dateline.errors import DatelineError

# Event types a reporter may plausibly use for the same incident: an air strike that killed
# civilians is "Explosions/Remote violence" to one coder and "Violence against civilians" to a
# sentence that only says "civilians were killed". Pairs not listed never merge.
DEFAULT_TYPE_PAIRS: tuple[tuple[str, str], ...] = (
    ("Battles", "Explosions/Remote violence"),
    ("Explosions/Remote violence", "Violence against civilians"),
    ("Battles", "Violence against civilians"),
    ("Protests", "Riots"),
)


@dataclass(frozen=True)
class MergeRule:
    """When reports join one event, and how the merged event is summarised."""

    # How the best fatality figure is chosen: "conservative" (ACLED-like: the lowest figure any
    # independent chain reports) or "corroborated" (the figure most chains give, ties to the lower).
    fatality_rule: Literal["conservative", "corroborated"] = "conservative"
    # MinHash Jaccard (5-word shingles) at or above which two articles are one text: a reprint
    # or a lightly edited copy. Independent write-ups of one incident score far below 0.2.
    duplicate_threshold: float = 0.5
    # Day window by time precision (1 = day, 2 = week, 3 = month): a report joins an event when
    # its date is within the wider of the two sides' windows of the event's date span.
    days_by_precision: tuple[int, int, int] = (1, 7, 31)
    # Distance by geo precision (1 = town, 2 = district/near a town, 3 = province/region), km.
    km_by_precision: tuple[float, float, float] = (10.0, 25.0, 250.0)
    # Event types that may merge with each other (at a score penalty); a type always merges with itself.
    compatible_types: tuple[tuple[str, str], ...] = DEFAULT_TYPE_PAIRS
    # Below this score a compatible-looking pair is still kept apart.
    min_score: float = 0.25
    # Two tolls contradict when they differ by more than both of these: an absolute number of
    # deaths and a share of the higher figure (11 vs 12 is a rounding; 11 vs 20 is a dispute).
    toll_tolerance_abs: int = 2
    toll_tolerance_rel: float = 0.2
    # Confidence of a merged event never reaches certainty however many chains agree.
    confidence_cap: float = 0.99

    def max_days(self, time_precision: int) -> int:
        """Largest date gap (days) for a side with this time precision; the STORE prefilters with it."""
        return self.days_by_precision[_index(time_precision)]

    def max_km(self, geo_precision: int) -> float:
        """Largest distance (km) for a side with this geo precision; the STORE prefilters with it."""
        return self.km_by_precision[_index(geo_precision)]

    def types_compatible(self, a: str, b: str) -> bool:
        return a == b or (a, b) in self.compatible_types or (b, a) in self.compatible_types

    def tolls_contradict(self, low: int, high: int) -> bool:
        gap = high - low
        return gap > self.toll_tolerance_abs and gap > self.toll_tolerance_rel * high

    @classmethod
    def from_mapping(cls, data: dict[str, Any], *, origin: str = "merge rule") -> MergeRule:
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise DatelineError("E026", path=origin, detail=f"unknown keys {unknown}; known are {sorted(known)}")
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key in ("days_by_precision", "km_by_precision"):
                if not isinstance(value, list | tuple) or len(value) != 3:
                    raise DatelineError("E026", path=origin, detail=f"{key} must be a list of 3 numbers")
                values[key] = tuple(int(v) if key == "days_by_precision" else float(v) for v in value)
            elif key == "compatible_types":
                values[key] = tuple((str(a), str(b)) for a, b in value)
            else:
                values[key] = value
        if values.get("fatality_rule", "conservative") not in ("conservative", "corroborated"):
            raise DatelineError("E026", path=origin, detail="fatality_rule must be 'conservative' or 'corroborated'")
        threshold = values.get("duplicate_threshold", 0.5)
        if not isinstance(threshold, int | float) or not 0 < threshold <= 1:
            raise DatelineError("E026", path=origin, detail="duplicate_threshold must be a number in (0, 1]")
        return cls(**values)

    @classmethod
    def from_file(cls, path: str | Path) -> MergeRule:
        p = Path(path)
        try:
            raw = p.read_text(encoding="utf-8")
            data = tomllib.loads(raw) if p.suffix.lower() == ".toml" else json.loads(raw)
        except (OSError, ValueError) as exc:  # tomllib.TOMLDecodeError and JSONDecodeError are ValueErrors
            raise DatelineError("E026", path=str(p), detail=str(exc)) from exc
        if not isinstance(data, dict):
            raise DatelineError("E026", path=str(p), detail="the file must hold one object of settings")
        return cls.from_mapping(data, origin=str(p))


def _index(precision: int) -> int:
    return min(max(int(precision), 1), 3) - 1


def load_rule() -> MergeRule:
    """The default rule, overridden by the file named in ``DATELINE_MERGE_RULE`` when set."""
    path = os.environ.get("DATELINE_MERGE_RULE")
    return MergeRule.from_file(path) if path else MergeRule()
