"""Is the ``confidence`` of reports a probability? Reliability by decile, ECE and Brier score.

``dateline eval --format F FILE --reliability`` adds a ``reliability`` key to the metrics:

- ``definition``: what counts as a correct report for format F (the labels; see
  :mod:`dateline.extract.confidence` for the full statement, and :func:`is_correct`).
- ``n_reports``, ``n_texts``: every report of every scored text is labelled (not only the one
  the other metrics score).
- ``after``: the shipped (calibrated) confidence; ``before``: the raw score the calibration maps.
  Each is ``{n, accuracy, mean_confidence, ece, brier, deciles}``; ``deciles`` has the ten
  equal-width confidence bins [0, 0.1), ..., [0.9, 1.0]: ``{bin, n, mean_confidence, accuracy}``
  (null for an empty bin).

ECE (expected calibration error) = sum over bins of (n_bin / n) * |accuracy_bin - mean_conf_bin|.
Brier score = mean of (confidence - label)^2, label 1 for a correct report, 0 otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from dateline.eval import metrics as m
from dateline.eval.formats import (
    BATTLES,
    CAUSES,
    EXPLOSIONS,
    PROTESTS,
    PROTESTS_OR_RIOTS,
    RIOTS,
    VAC,
    Admin1Matcher,
    case_label,
    location_name_match,
    syria_governorate,
)
from dateline.record import Report

N_BINS = 10
VIOLENCE = frozenset({BATTLES, EXPLOSIONS, VAC, RIOTS})
PLOVER_CODABLE = frozenset({"ASSAULT", "FIGHT", "COERCE", "PROTEST"})
#: Gun Violence Archive records incidents in the United States only (its published scope), so a
#: GVA report placed elsewhere, or nowhere, codes some other incident or none.
GVA_COUNTRY = "USA"

DEFINITIONS: dict[str, str] = {
    "pitf": "violent type; within 161 km of the gold coordinates (else same country); date in [start, end] "
    "or within 2 days of start; deaths within 20% where given",
    "fakes": "sub-type agrees with cause_of_death (else any violent type); admin1 = gold governorate; "
    "date within 2 days; fatalities within 20% of civilians + non-civilians",
    "gva": "violent type; a place in the United States; date within 2 days of the shooting date; fatalities "
    "within 20% of gold killed",
    "plover": "gold event ASSAULT/FIGHT/COERCE/PROTEST equal to the report's PLOVER event (FIGHT also "
    "accepts ASSAULT); a place, its name matching where given; dead within 20% where given",
    "acled": "event type right; within 25 km of the gold coordinates or gold admin1 matches; date within "
    "the gold time precision; fatalities within 20% where given",
    "case2021": "the report's CASE label is the gold label",
}


def _days(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else abs((a - b).days)


def _within(gold: int | None, report: Report) -> bool:
    return gold is None or m.within_pct(gold, report.fatalities.best or 0)


def is_correct(fmt: str, gold: dict[str, Any], report: Report, admin1: Admin1Matcher) -> bool:
    """Does ``report`` correctly code the gold incident of its text (format ``fmt``)?"""
    pred_date = report.date.best if report.date is not None else None
    loc = report.location
    if loc is None and fmt != "case2021":
        return False  # no event is codable without a place, whether or not the gold names one
    if fmt == "acled":
        want = gold["event_type"]
        type_ok = report.event_type in (PROTESTS, RIOTS) if want == PROTESTS_OR_RIOTS else report.event_type == want
        near = False
        if gold["coords"] is not None and loc is not None and loc.lat is not None and loc.lon is not None:
            near = m.haversine_km(gold["coords"][0], gold["coords"][1], loc.lat, loc.lon) <= 25
        place_ok = near or admin1.match(gold["admin1"], loc.admin1 if loc else None)
        diff = _days(pred_date, gold["date"])
        date_ok = diff is not None and diff <= m.PRECISION_DAYS.get(gold["time_precision"] or 1, 0)
        return type_ok and place_ok and date_ok and _within(gold.get("fatalities"), report)
    if fmt == "pitf":
        if report.event_type not in VIOLENCE:
            return False
        if gold["coords"] is not None:
            if loc is None or loc.lat is None or loc.lon is None:
                return False
            if m.haversine_km(gold["coords"][0], gold["coords"][1], loc.lat, loc.lon) > 161:
                return False
        elif gold["country"] and (loc is None or (loc.country or "").upper() != gold["country"]):
            return False
        start, end = gold["date"], gold["end"]
        if start is not None:
            in_range = pred_date is not None and end is not None and start <= pred_date <= end
            diff = _days(pred_date, start)
            if not (in_range or (diff is not None and diff <= 2)):
                return False
        return _within(gold["deaths"], report)
    if fmt == "fakes":
        subs = CAUSES.get(gold["cause"])
        if (subs is not None and report.sub_event_type not in subs) or (
            subs is None and report.event_type not in VIOLENCE
        ):
            return False
        regions = [("SY", c) for c in syria_governorate(gold["location"])]
        if gold["location"] and not admin1.match(gold["location"], loc.admin1 if loc else None, regions):
            return False
        diff = _days(pred_date, gold["date"])
        if diff is None or diff > 2:
            return False
        return _within(gold["nb_civilians"] + gold["nb_noncivilians"], report)
    if fmt == "gva":
        if report.event_type not in VIOLENCE:
            return False
        # the gold gives a street address only; the country is the one check every format can make
        if loc is None or (loc.country or "").upper() != GVA_COUNTRY:
            return False
        if gold["date"] is not None:
            diff = _days(pred_date, gold["date"])
            if diff is None or diff > 2:
                return False
        return _within(gold["killed"], report)
    if fmt == "plover":
        event = gold["event"]
        if event not in PLOVER_CODABLE:
            return False
        pred = report.plover.event if report.plover is not None else None
        if not (pred == event or (event == "FIGHT" and pred == "ASSAULT")):
            return False
        if gold["location"] and not location_name_match(gold["location"], report):
            return False
        return _within(gold["dead"], report)
    if fmt == "case2021":
        return case_label(report, gold["label"]) == gold["label"]
    raise ValueError(f"no correctness definition for format {fmt!r}")


# ---------------------------------------------------------------------------
# Reliability metrics over (confidence, correct) pairs


def _bin(conf: float, n_bins: int = N_BINS) -> int:
    return min(n_bins - 1, max(0, int(conf * n_bins)))


def deciles(pairs: Sequence[tuple[float, bool]], n_bins: int = N_BINS) -> list[dict[str, Any]]:
    """Per equal-width confidence bin: ``{bin: "0.1-0.2", n, mean_confidence, accuracy}``."""
    groups: list[list[tuple[float, bool]]] = [[] for _ in range(n_bins)]
    for c, y in pairs:
        groups[_bin(c, n_bins)].append((c, y))
    out = []
    for i, g in enumerate(groups):
        n = len(g)
        out.append(
            {
                "bin": f"{i / n_bins:.1f}-{(i + 1) / n_bins:.1f}",
                "n": n,
                "mean_confidence": round(sum(c for c, _ in g) / n, 4) if n else None,
                "accuracy": round(sum(1 for _, y in g if y) / n, 4) if n else None,
            }
        )
    return out


def ece(pairs: Sequence[tuple[float, bool]], n_bins: int = N_BINS) -> float | None:
    """Expected calibration error over equal-width bins (None when there are no pairs)."""
    if not pairs:
        return None
    groups: list[list[tuple[float, bool]]] = [[] for _ in range(n_bins)]
    for c, y in pairs:
        groups[_bin(c, n_bins)].append((c, y))
    total = 0.0
    for g in groups:
        if g:
            conf = sum(c for c, _ in g) / len(g)
            acc = sum(1 for _, y in g if y) / len(g)
            total += len(g) / len(pairs) * abs(acc - conf)
    return total


def brier(pairs: Sequence[tuple[float, bool]]) -> float | None:
    """Mean squared difference between confidence and the 0/1 label (None when empty)."""
    if not pairs:
        return None
    return sum((c - (1.0 if y else 0.0)) ** 2 for c, y in pairs) / len(pairs)


def table(pairs: Sequence[tuple[float, bool]], n_bins: int = N_BINS) -> dict[str, Any]:
    """``{n, accuracy, mean_confidence, ece, brier, deciles}`` for one set of pairs."""
    n = len(pairs)
    e, b = ece(pairs, n_bins), brier(pairs)
    return {
        "n": n,
        "accuracy": round(sum(1 for _, y in pairs if y) / n, 4) if n else None,
        "mean_confidence": round(sum(c for c, _ in pairs) / n, 4) if n else None,
        "ece": None if e is None else round(e, 4),
        "brier": None if b is None else round(b, 4),
        "deciles": deciles(pairs, n_bins),
    }


def report(
    fmt: str, before: Sequence[tuple[float, bool]], after: Sequence[tuple[float, bool]], n_texts: int
) -> dict[str, Any]:
    """The ``reliability`` key of ``dateline eval --reliability``."""
    return {
        "definition": DEFINITIONS.get(fmt, ""),
        "n_reports": len(after),
        "n_texts": n_texts,
        "after": table(after),
        "before": table(before),
    }


__all__ = ["DEFINITIONS", "brier", "deciles", "ece", "is_correct", "report", "table"]
