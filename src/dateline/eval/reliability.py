"""Is the ``confidence`` of reports a probability? Reliability by decile, ECE and Brier score.

``dateline eval --format F FILE --reliability`` adds a ``reliability`` key to the metrics:

- ``definition``: what counts as a correct report for format F (the labels; see
  :mod:`dateline.extract.confidence` for the full statement, and :func:`is_correct`).
- ``n_reports``, ``n_texts``: every report of every scored text is labelled (not only the one
  the other metrics score).
- ``fields``: per field of the definition (type, place, date, deaths), the reports the gold could
  check and the share right (:func:`field_checks`): which fields make the reports wrong.
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
from dateline.extract.confidence import codable_place
from dateline.record import Report

N_BINS = 10
VIOLENCE = frozenset({BATTLES, EXPLOSIONS, VAC, RIOTS})
PLOVER_CODABLE = frozenset({"ASSAULT", "FIGHT", "COERCE", "PROTEST"})
#: Gun Violence Archive records incidents in the United States only (its published scope), so a
#: GVA report placed elsewhere, or nowhere, codes some other incident or none.
GVA_COUNTRY = "USA"

DEFINITIONS: dict[str, str] = {
    "pitf": "violent type; within 161 km of the gold coordinates (else same country; never a country point); date in [start, end] "
    "or within 2 days of start; deaths within 20% where given",
    "fakes": "sub-type agrees with cause_of_death (else any violent type); admin1 = gold governorate; "
    "date within 2 days; fatalities within 20% of civilians + non-civilians",
    "gva": "violent type; a place in the United States finer than the country; date within 2 days of the shooting date; fatalities "
    "within 20% of gold killed",
    "plover": "gold event ASSAULT/FIGHT/COERCE/PROTEST equal to the report's PLOVER event (FIGHT also "
    "accepts ASSAULT); a place, its name matching where given; dead within 20% where given",
    "acled": "event type right; within 25 km of the gold coordinates or gold admin1 matches; date within "
    "the gold time precision; fatalities within 20% where given",
    "case2021": "the report's CASE label is the gold label",
}


def _days(a: date | None, b: date | None) -> int | None:
    return None if a is None or b is None else abs((a - b).days)


def _km(coords: tuple[float, float] | None, report: Report) -> float | None:
    """Kilometres from the gold coordinates to the report's place (None when either is unknown)."""
    loc = report.location
    if coords is None or loc is None or loc.lat is None or loc.lon is None:
        return None
    return m.haversine_km(coords[0], coords[1], loc.lat, loc.lon)


def _deaths(gold: int | None, report: Report) -> bool | None:
    """The report's dead within 20% of the gold's (None when the gold gives no number)."""
    return None if gold is None else m.within_pct(gold, report.fatalities.best or 0)


#: The fields a correctness definition checks, in the order :func:`field_checks` reports them.
FIELDS = ("type", "place", "date", "deaths")


def field_checks(fmt: str, gold: dict[str, Any], report: Report, admin1: Admin1Matcher) -> dict[str, bool | None]:
    """Each field of :func:`is_correct`'s definition on its own: ``{type, place, date, deaths}``,
    True or False where the gold of ``fmt`` can check the field, None where it cannot (the format
    never gives it, or this row leaves it out). A report without a place fails ``place`` in every
    format. ``case2021`` checks the type only."""
    pred_date = report.date.best if report.date is not None else None
    loc = report.location if codable_place(report.location) else None  # a country point places nothing
    out: dict[str, bool | None] = dict.fromkeys(FIELDS)
    if fmt == "case2021":
        out["type"] = case_label(report, gold["label"]) == gold["label"]
        return out
    if fmt == "acled":
        want = gold["event_type"]
        out["type"] = report.event_type in (PROTESTS, RIOTS) if want == PROTESTS_OR_RIOTS else report.event_type == want
        km = _km(gold["coords"], report)
        out["place"] = loc is not None and ((km is not None and km <= 25) or admin1.match(gold["admin1"], loc.admin1))
        diff = _days(pred_date, gold["date"])
        out["date"] = diff is not None and diff <= m.PRECISION_DAYS.get(gold["time_precision"] or 1, 0)
        out["deaths"] = _deaths(gold.get("fatalities"), report)
    elif fmt == "pitf":
        out["type"] = report.event_type in VIOLENCE
        if gold["coords"] is not None:
            km = _km(gold["coords"], report)
            out["place"] = km is not None and km <= 161
        elif gold["country"]:
            out["place"] = loc is not None and (loc.country or "").upper() == gold["country"]
        else:
            out["place"] = loc is not None
        start, end = gold["date"], gold["end"]
        if start is not None:
            in_range = pred_date is not None and end is not None and start <= pred_date <= end
            diff = _days(pred_date, start)
            out["date"] = in_range or (diff is not None and diff <= 2)
        out["deaths"] = _deaths(gold["deaths"], report)
    elif fmt == "fakes":
        subs = CAUSES.get(gold["cause"])
        out["type"] = report.sub_event_type in subs if subs is not None else report.event_type in VIOLENCE
        regions = [("SY", c) for c in syria_governorate(gold["location"])]
        out["place"] = loc is not None and (
            not gold["location"] or admin1.match(gold["location"], loc.admin1, regions)
        )
        diff = _days(pred_date, gold["date"])
        out["date"] = diff is not None and diff <= 2
        out["deaths"] = _deaths(gold["nb_civilians"] + gold["nb_noncivilians"], report)
    elif fmt == "gva":
        out["type"] = report.event_type in VIOLENCE
        # the gold gives a street address only; the country is the one check every format can make
        out["place"] = loc is not None and (loc.country or "").upper() == GVA_COUNTRY
        if gold["date"] is not None:
            diff = _days(pred_date, gold["date"])
            out["date"] = diff is not None and diff <= 2
        out["deaths"] = _deaths(gold["killed"], report)
    elif fmt == "plover":
        event = gold["event"]
        pred = report.plover.event if report.plover is not None else None
        out["type"] = event in PLOVER_CODABLE and (pred == event or (event == "FIGHT" and pred == "ASSAULT"))
        out["place"] = loc is not None and (not gold["location"] or location_name_match(gold["location"], report))
        out["deaths"] = _deaths(gold["dead"], report)
    else:
        raise ValueError(f"no correctness definition for format {fmt!r}")
    return out


def is_correct(fmt: str, gold: dict[str, Any], report: Report, admin1: Admin1Matcher) -> bool:
    """Does ``report`` correctly code the gold incident of its text (format ``fmt``)? Every field
    :func:`field_checks` can check is right, and the report has a codable place (no event is
    codable without one, whether or not the gold names one; a whole country is none, see
    :func:`dateline.extract.confidence.codable_place`)."""
    if not codable_place(report.location) and fmt != "case2021":
        return False
    return all(v is not False for v in field_checks(fmt, gold, report, admin1).values())


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


def field_rates(checks: Sequence[dict[str, bool | None]]) -> dict[str, dict[str, Any]]:
    """Per field of the definition (:func:`field_checks` of each report): how many reports the gold
    could check and the share of them right, so one sees which fields make reports wrong. A field
    the gold never checks is left out."""
    out: dict[str, dict[str, Any]] = {}
    for f in FIELDS:
        seen = [c[f] for c in checks if c.get(f) is not None]
        if seen:
            out[f] = {"checked": len(seen), "right": round(sum(1 for v in seen if v) / len(seen), 4)}
    return out


def report(
    fmt: str,
    before: Sequence[tuple[float, bool]],
    after: Sequence[tuple[float, bool]],
    n_texts: int,
    checks: Sequence[dict[str, bool | None]] = (),
) -> dict[str, Any]:
    """The ``reliability`` key of ``dateline eval --reliability`` (``fields``: :func:`field_rates`
    of the reports' ``checks``)."""
    return {
        "definition": DEFINITIONS.get(fmt, ""),
        "n_reports": len(after),
        "n_texts": n_texts,
        "fields": field_rates(checks),
        "after": table(after),
        "before": table(before),
    }


__all__ = ["DEFINITIONS", "FIELDS", "brier", "deciles", "ece", "field_checks", "field_rates", "is_correct", "report", "table"]
