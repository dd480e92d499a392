"""Geoparsing and event-location scoring (``dateline eval --format lgl|gwn|geovirus|event-location``).

Formats (see ../shared/eval/README.md):
- ``lgl``: ``<article><text/><toponyms><toponym><start/><end/><phrase/><gaztag><lat/><lon/>``
  (LGL, TR-News). Toponyms without a gaztag count for recognition only.
- ``geovirus``: ``<article><text/><locations><location><name/><start/><end/><lat/><lon/>``.
- ``gwn``: GeoWebNews ``<toponym><extractedName/><type/><nonLocational/><start/><end/>
  <latitude/><longitude/>``; the gold toponyms are those with coordinates (literal, mixed,
  metonymic and modifier uses of place names).
- ``event-location``: JSON Lines, ``text`` with ``spans`` labelled VERB (the event) and LOCATION.

Gold offsets in public sets drift: a gold span whose text differs from its phrase is re-anchored
on the phrase nearest its offsets; what cannot be aligned is counted (``unaligned``), not scored.

Output keys: ``format, file, n (articles or items), malformed, unaligned, recognition {exact: {p,
r, f1}, overlap: {p, r, f1}, gold, predicted}, resolution {acc_161km, median_km, mean_km, n}``
(on gold toponyms with coordinates that were recognised, overlap match), ``end_to_end
{acc_161km, n}`` (all gold toponyms with coordinates: a miss counts as wrong), ``coverage``
(share of gold toponyms with coordinates the gazetteer can answer within 161 km at all, the
ceiling for resolution), and for event-location ``event_location {accuracy, with_location,
without_location, n, same_name_other_mention}`` (a pick of another mention of the gold place's
name in the sentence is the same place and counts as right; how many did is reported).
"""

from __future__ import annotations

import json
import statistics
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from dateline.eval.metrics import haversine_km as km

if TYPE_CHECKING:
    from dateline.pipeline import Coder

GEO_FORMATS = ("lgl", "gwn", "geovirus", "event-location")
ACC_KM = 161.0
REANCHOR_WINDOW = 300


@dataclass
class GoldToponym:
    start: int
    end: int
    phrase: str
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    index: int
    text: str
    toponyms: list[GoldToponym] = field(default_factory=list)


def _f(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _i(value: str | None) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except ValueError:
        return None


def read_geo(fmt: str, path: Path) -> tuple[list[GoldArticle], list[dict[str, Any]]]:
    """Articles with gold toponyms, and the malformed entries (article index and reason)."""
    root = ET.parse(path).getroot()
    articles: list[GoldArticle] = []
    bad: list[dict[str, Any]] = []
    for i, art in enumerate(root.iter("article")):
        text = art.findtext("text") or ""
        if not text.strip():
            bad.append({"line": i + 1, "reason": "article without text"})
            continue
        g = GoldArticle(i, text)
        if fmt == "gwn":
            entries = [(t.findtext("extractedName"), t.findtext("start"), t.findtext("end"), t.findtext("latitude"), t.findtext("longitude")) for t in art.iter("toponym")]
            entries = [e for e in entries if _f(e[3]) is not None]
        elif fmt == "geovirus" or art.find("locations") is not None:
            entries = [(t.findtext("name"), t.findtext("start"), t.findtext("end"), t.findtext("lat"), t.findtext("lon")) for t in art.iter("location")]
        else:
            entries = []
            for t in art.iter("toponym"):
                tag = t.find("gaztag")
                lat = tag.findtext("lat") if tag is not None else None
                lon = tag.findtext("lon") if tag is not None else None
                entries.append((t.findtext("phrase"), t.findtext("start"), t.findtext("end"), lat, lon))
        for phrase, s, e, lat, lon in entries:
            start, end = _i(s), _i(e)
            if not phrase or start is None or end is None:
                bad.append({"line": i + 1, "reason": f"toponym without phrase or offsets ({phrase!r})"})
                continue
            g.toponyms.append(GoldToponym(start, end, phrase, _f(lat), _f(lon)))
        articles.append(g)
    return articles, bad


def align(text: str, t: GoldToponym) -> GoldToponym | None:
    """The gold span as it stands in the text: as given, or re-anchored on its phrase nearby."""
    if 0 <= t.start < t.end <= len(text) and text[t.start : t.end] == t.phrase:
        return t
    lo = max(0, min(t.start, len(text)) - REANCHOR_WINDOW)
    hi = min(len(text), max(t.end, 0) + REANCHOR_WINDOW)
    best: int | None = None
    pos = text.find(t.phrase, lo, hi)
    while pos >= 0:
        if best is None or abs(pos - t.start) < abs(best - t.start):
            best = pos
        pos = text.find(t.phrase, pos + 1, hi)
    if best is None:
        return None
    return GoldToponym(best, best + len(t.phrase), t.phrase, t.lat, t.lon)


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def evaluate_geo(fmt: str, path: str | Path, *, coder: Coder, limit: int | None = None, progress: bool = True) -> dict[str, Any]:
    if fmt == "event-location":
        return evaluate_event_location(path, coder=coder, limit=limit, progress=progress)
    from dateline.geo.geoparse import toponyms

    t0 = time.perf_counter()
    articles, bad = read_geo(fmt, Path(path))
    if limit:
        articles = articles[:limit]
    n_gold = n_pred = tp_exact = tp_overlap = unaligned = 0
    errors: list[float] = []
    resolved_ok = 0
    n_coords = 0
    covered = 0
    texts = [a.text for a in articles]
    docs = coder.nlp.pipe(texts, batch_size=16)
    for art, doc in tqdm(zip(articles, docs, strict=True), total=len(articles), desc=f"eval {fmt}", disable=None if progress else True, file=None):
        tops, _ = toponyms(doc, coder.gazetteer)
        pred = [(t.start, t.end, t.place) for t in tops]
        n_pred += len(pred)
        golds = []
        for g in art.toponyms:
            a = align(art.text, g)
            if a is None:
                unaligned += 1
                continue
            golds.append(a)
        n_gold += len(golds)
        used: set[int] = set()
        for g in golds:
            exact = next((i for i, (s, e, _p) in enumerate(pred) if s == g.start and e == g.end), None)
            over = exact if exact is not None else next(
                (i for i, (s, e, _p) in enumerate(pred) if s < g.end and e > g.start and i not in used), None
            )
            if exact is not None:
                tp_exact += 1
            if over is not None:
                tp_overlap += 1
                used.add(over)
            if g.lat is None or g.lon is None:
                continue
            n_coords += 1
            if any(km(g.lat, g.lon, p.lat, p.lon) <= ACC_KM for p in coder.gazetteer.lookup(g.phrase)):
                covered += 1
            if over is not None:
                place = pred[over][2]
                if place is not None:
                    d = km(g.lat, g.lon, place.lat, place.lon)
                    errors.append(d)
                    if d <= ACC_KM:
                        resolved_ok += 1
    return {
        "format": fmt,
        "file": str(path),
        "n": len(articles),
        "malformed": {"count": len(bad), "first": bad[:10]},
        "unaligned": unaligned,
        "recognition": {
            "exact": _prf(tp_exact, n_pred, n_gold),
            "overlap": _prf(tp_overlap, n_pred, n_gold),
            "gold": n_gold,
            "predicted": n_pred,
        },
        "resolution": {
            "acc_161km": round(sum(1 for d in errors if d <= ACC_KM) / len(errors), 4) if errors else None,
            "median_km": round(statistics.median(errors), 1) if errors else None,
            "mean_km": round(statistics.fmean(errors), 1) if errors else None,
            "n": len(errors),
        },
        "end_to_end": {"acc_161km": round(resolved_ok / n_coords, 4) if n_coords else None, "n": n_coords},
        "coverage": round(covered / n_coords, 4) if n_coords else None,
        "seconds": round(time.perf_counter() - t0, 1),
    }


def _el_span(text: str, span: dict[str, Any]) -> tuple[int, int] | None:
    """An event-location span's offsets; where the span carries its own text and the offsets
    drifted from it (a quarter of those that do), re-anchored on that text nearby, else None."""
    start, end = int(span["start"]), int(span["end"])
    phrase = span.get("text")
    if not isinstance(phrase, str) or not phrase or text[start:end] == phrase:
        return start, end
    found = align(text, GoldToponym(start, end, phrase, None, None))
    return (found.start, found.end) if found is not None else None


def evaluate_event_location(path: str | Path, *, coder: Coder, limit: int | None = None, progress: bool = True) -> dict[str, Any]:
    """For each marked event word: does the system pick the gold LOCATION span (overlap), and
    abstain when there is none?"""
    from dateline.geo.geoparse import event_location, toponyms
    from dateline.geo.names import key

    t0 = time.perf_counter()
    items: list[tuple[str, tuple[int, int], list[tuple[int, int]]]] = []
    bad: list[dict[str, Any]] = []
    unaligned = 0
    with Path(path).open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
                text = rec["text"]
                verbs = [_el_span(text, s) for s in rec.get("spans", []) if s.get("label") == "VERB"]
                locs = [_el_span(text, s) for s in rec.get("spans", []) if s.get("label") == "LOCATION"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                bad.append({"line": n, "reason": f"{type(exc).__name__}: {exc}"})
                continue
            if not verbs or not isinstance(text, str):
                bad.append({"line": n, "reason": "no VERB span"})
                continue
            if None in verbs or None in locs:
                unaligned += 1  # a span whose own text is nowhere near its offsets: not scorable
                continue
            items.append((text, verbs[0], locs))  # type: ignore[arg-type]
    if limit:
        items = items[:limit]
    correct = with_loc = with_loc_ok = without = without_ok = same_name = 0
    docs = coder.nlp.pipe([t for t, _, _ in items], batch_size=32)
    for (_text, verb, locs), doc in tqdm(zip(items, docs, strict=True), total=len(items), desc="eval event-location", disable=None if progress else True):
        tops, _ = toponyms(doc, coder.gazetteer)
        pick = event_location(doc, tops, verb[0], verb[1])
        if locs:
            with_loc += 1
            ok = pick is not None and any(pick.start < e and pick.end > s for s, e in locs)
            if not ok and pick is not None and key(pick.text) in {key(_text[s:e]) for s, e in locs}:
                # another mention of the gold place's name ("outside Beirut" for the gold
                # "Beirut" named earlier in the sentence): the same place, chosen rightly
                ok = True
                same_name += 1
            with_loc_ok += ok
        else:
            without += 1
            ok = pick is None
            without_ok += ok
        correct += ok
    n = len(items)
    return {
        "format": "event-location",
        "file": str(path),
        "n": n,
        "malformed": {"count": len(bad), "first": bad[:10]},
        "unaligned": unaligned,
        "event_location": {
            "accuracy": round(correct / n, 4) if n else None,
            "with_location": round(with_loc_ok / with_loc, 4) if with_loc else None,
            "without_location": round(without_ok / without, 4) if without else None,
            "n": n,
            "same_name_other_mention": same_name,
        },
        "seconds": round(time.perf_counter() - t0, 1),
    }
