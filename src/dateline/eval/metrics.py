"""Scoring primitives: classification F1, count agreement, dates and distances.

Everything here is plain Python over lists of (gold, predicted) pairs, written for this package
(no scikit-learn): the definitions are the usual ones and are spelled out in each docstring.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from datetime import date
from typing import Any

EARTH_KM = 6371.0088


def _r(x: float | None, nd: int = 4) -> float | None:
    return None if x is None else round(float(x), nd)


def accuracy(gold: Sequence[Any], pred: Sequence[Any]) -> float | None:
    """Share of positions where ``pred`` equals ``gold`` (None when there is nothing to score)."""
    if not gold:
        return None
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)


def _table(gold: Sequence[str], pred: Sequence[str]) -> list[tuple[str, int, float, float, float]]:
    """(label, support, precision, recall, F1) for every label present in ``gold``, unrounded."""
    if len(gold) != len(pred):
        raise ValueError("gold and pred differ in length")
    out = []
    for label in sorted(set(gold)):
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        support = sum(1 for g in gold if g == label)
        predicted = sum(1 for p in pred if p == label)
        precision = tp / predicted if predicted else 0.0
        recall = tp / support
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.append((label, support, precision, recall, f1))
    return out


def per_class(gold: Sequence[str], pred: Sequence[str]) -> dict[str, dict[str, float | int]]:
    """Support, precision, recall and F1 for every label present in ``gold``.

    precision = TP / (times the label was predicted), 0 when never predicted;
    recall = TP / support; F1 = harmonic mean, 0 when both are 0.
    """
    return {
        label: {"support": s, "precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}
        for label, s, p, r, f in _table(gold, pred)
    }


def _f1s(gold: Sequence[str], pred: Sequence[str]) -> list[tuple[int, float]]:
    return [(s, f) for _, s, _, _, f in _table(gold, pred)]


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    """Unweighted mean of per-label F1 over the labels present in ``gold``."""
    f1s = _f1s(gold, pred)
    return sum(f for _, f in f1s) / len(f1s) if f1s else None


def weighted_f1(gold: Sequence[str], pred: Sequence[str]) -> float | None:
    """Mean of per-label F1 over the labels present in ``gold``, weighted by their support."""
    f1s = _f1s(gold, pred)
    total = sum(s for s, _ in f1s)
    return sum(s * f for s, f in f1s) / total if total else None


def classification(gold: Sequence[str], pred: Sequence[str], *, weighted: bool = False) -> dict[str, Any]:
    """``{accuracy, macro_f1[, weighted_f1], n}`` for one typed field."""
    out: dict[str, Any] = {"accuracy": _r(accuracy(gold, pred)), "macro_f1": _r(macro_f1(gold, pred))}
    if weighted:
        out["weighted_f1"] = _r(weighted_f1(gold, pred))
    out["n"] = len(gold)
    return out


def within_pct(gold: int, pred: int, pct: float = 0.2) -> bool:
    """``|pred - gold| <= pct * gold``; a gold 0 needs an exact 0."""
    return abs(pred - gold) <= pct * gold


def counts(pairs: Sequence[tuple[int, int]], *, pct: bool = True) -> dict[str, Any]:
    """``{exact, mae[, within_20pct], n}`` over (gold, predicted) counts."""
    n = len(pairs)
    out: dict[str, Any] = {
        "exact": _r(sum(1 for g, p in pairs if g == p) / n) if n else None,
        "mae": _r(sum(abs(g - p) for g, p in pairs) / n) if n else None,
    }
    if pct:
        out["within_20pct"] = _r(sum(1 for g, p in pairs if within_pct(g, p)) / n) if n else None
    out["n"] = n
    return out


PRECISION_DAYS = {1: 0, 2: 7, 3: 31}
"""Tolerance for ``within_precision`` by ACLED ``time_precision``: day, week, month."""


def dates(rows: Sequence[tuple[date, date | None, int | None, date | None]]) -> dict[str, Any]:
    """Date agreement over (gold, predicted, gold time_precision, gold end date) rows.

    ``exact``: same day; ``within_2_days``: at most 2 days apart; ``within_precision``: within the
    gold precision (ACLED 1 = same day, 2 = within 7 days, 3 = within 31 days) or, when a gold end
    date is given (PITF), inside [gold, end]. A missing prediction is a miss everywhere.
    """
    n = len(rows)
    if not n:
        return {"exact": None, "within_precision": None, "within_2_days": None, "n": 0}
    exact = within2 = within_prec = 0
    for gold, pred, prec, end in rows:
        if pred is None:
            continue
        diff = abs((pred - gold).days)
        exact += diff == 0
        within2 += diff <= 2
        if end is not None:
            within_prec += gold <= pred <= end
        else:
            within_prec += diff <= PRECISION_DAYS.get(prec or 1, 0)
    return {
        "exact": _r(exact / n),
        "within_precision": _r(within_prec / n),
        "within_2_days": _r(within2 / n),
        "n": n,
    }


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(a)))


def distances(rows: Sequence[float | None]) -> dict[str, Any]:
    """acc@25km / acc@161km over gold places with coordinates (``None`` = no predicted coordinates,
    a miss), and the median error over the predictions that have coordinates."""
    n = len(rows)
    known = [d for d in rows if d is not None]
    return {
        "within_25km": _r(sum(1 for d in known if d <= 25) / n) if n else None,
        "within_161km": _r(sum(1 for d in known if d <= 161) / n) if n else None,
        "median_km": _r(statistics.median(known), 1) if known else None,
        "n_with_coords": n,
        "n_predicted_coords": len(known),
    }


def share(flags: Sequence[bool]) -> float | None:
    """Share of True flags (None when empty)."""
    return _r(sum(1 for f in flags if f) / len(flags)) if flags else None
