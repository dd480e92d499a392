"""The quality gate: fixed seeded subsets of the shared gold data, each with metric floors.

``baseline.json`` (beside this module) lists the sets::

    {"sets": {"acled-afghanistan": {"format": "acled", "file": "acled/afghanistan_2020.csv",
                                    "sample": 200, "seed": 7,
                                    "floors": {"event_type.accuracy": 0.61, ...},
                                    "why": "..."}}}

``file`` is relative to the shared directory (``--shared``, ``$DATELINE_SHARED`` or ``../shared``
beside the repository), looked up under ``eval/`` first. ``"undated": true`` scores the set without
passing the file's date as the publication date (see :func:`dateline.eval.runner.evaluate`). A floor is a minimum for the metric at
that dotted path; :func:`check` lists every floor a run falls below (or cannot show).
"""

from __future__ import annotations

import json
import os
import time
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dateline.eval.geo import GEO_FORMATS, evaluate_geo
from dateline.eval.runner import evaluate

if TYPE_CHECKING:
    from dateline.pipeline import Coder


def load_baseline(path: str | Path | None = None) -> dict[str, Any]:
    """The baseline file given, or the one shipped beside this module."""
    if path is not None:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    else:
        data = json.loads(
            resources.files("dateline.eval").joinpath("baseline.json").read_text(encoding="utf-8")
        )
    if not isinstance(data, dict) or not isinstance(data.get("sets"), dict):
        raise ValueError("a baseline is a JSON object with a 'sets' object")
    return data


def metric_at(metrics: dict[str, Any], dotted: str) -> Any:
    """``metric_at(m, "event_type.accuracy")`` -> ``m["event_type"]["accuracy"]`` (None if absent)."""
    value: Any = metrics
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def check(metrics: dict[str, Any], baseline: dict[str, Any]) -> list[str]:
    """The floors of ``baseline`` that ``metrics`` violate, one line each.

    ``metrics`` maps set names to metric dicts (as :func:`run` returns under ``"sets"``; a dict
    with a ``"sets"`` key is accepted too). A set that was not run, or a metric that is missing or
    null, violates its floors.
    """
    runs = metrics.get("sets", metrics) if isinstance(metrics.get("sets"), dict) else metrics
    violated: list[str] = []
    for name, spec in baseline.get("sets", {}).items():
        got = runs.get(name)
        for dotted, floor in (spec.get("floors") or {}).items():
            if not isinstance(got, dict):
                violated.append(f"{name}: {dotted} not measured (set not run), floor {floor}")
                continue
            value = metric_at(got, dotted)
            if not isinstance(value, int | float) or isinstance(value, bool):
                violated.append(f"{name}: {dotted} missing, floor {floor}")
            elif value < floor:
                violated.append(f"{name}: {dotted} = {value} < floor {floor}")
    return violated


def default_shared() -> Path:
    """``$DATELINE_SHARED``, else ``shared/`` beside the repository (or beside the working directory)."""
    env = os.environ.get("DATELINE_SHARED")
    if env:
        return Path(env)
    repo = Path(__file__).resolve().parents[3]
    for candidate in (repo.parent / "shared", Path.cwd().parent / "shared", Path.cwd() / "shared"):
        if candidate.is_dir():
            return candidate
    return repo.parent / "shared"


def resolve(shared: Path, file: str) -> Path:
    """A baseline file name under the shared directory (``eval/`` first)."""
    for candidate in (shared / "eval" / file, shared / file):
        if candidate.exists():
            return candidate
    return shared / "eval" / file


def run(
    baseline: dict[str, Any], *, shared: Path | None = None, coder: Coder | None = None, progress: bool = True
) -> dict[str, Any]:
    """Run every set of the baseline; returns ``{"sets": {name: metrics}, "missing_files": [...],
    "violations": [...], "seconds": s}``."""
    if coder is None:
        from dateline.pipeline import Coder

        coder = Coder()
    shared = shared or default_shared()
    t0 = time.perf_counter()
    results: dict[str, Any] = {}
    missing: list[str] = []
    for name, spec in baseline["sets"].items():
        path = resolve(shared, spec["file"])
        if not path.exists():
            missing.append(str(path))  # its floors are reported by check() as "not run"
            continue
        if spec["format"] in GEO_FORMATS:
            results[name] = evaluate_geo(spec["format"], path, coder=coder, limit=spec.get("limit"), progress=progress)
            continue
        results[name] = evaluate(
            spec["format"],
            path,
            coder=coder,
            sample=spec.get("sample"),
            seed=int(spec.get("seed", 0)),
            limit=spec.get("limit"),
            progress=progress,
            label=spec["file"],
            undated=bool(spec.get("undated", False)),
        )
    out: dict[str, Any] = {"sets": results, "missing_files": missing}
    out["violations"] = check(out, baseline)
    out["seconds"] = round(time.perf_counter() - t0, 1)
    return out
