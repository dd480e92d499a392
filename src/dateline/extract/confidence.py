"""A report's ``confidence``: the probability that it is a correct, codable event.

Two stages. :func:`raw_score` turns what the coder knows about a report (:class:`Signals`) into a
score in [0, 1] with hand-set weights (no fitting). :func:`calibrated` maps that score through an
isotonic calibration (pool adjacent violators, :func:`pav`) stored in ``data/calibration.json``;
``scripts/calibrate.py --shared ../shared`` refits it from the development sets and writes the
file (seeded sampling, deterministic output). Without the file the raw score is the confidence.

Ranking is kept apart from the probability. Where reports are compared (the report an
article-level eval scores; a merge's vote weights and the report it takes as its model) they are
ordered by :func:`rank_score`, the report's ``rank``: the raw score with the weights it was
hand-set with, never calibrated. So a refitted map or a retuned :func:`raw_score` changes what a
report's confidence says, not which report is chosen.

What "correct, codable" means (the label the calibration is fitted to; the same definitions
score ``dateline eval --reliability``, see :mod:`dateline.eval.reliability`). Every gold format
has one incident per text; each report of the text is labelled on its own. Every definition asks
the same four things, as far as its gold can answer them: the kind of event, the place, the date
and the dead (a report with a wrong toll is a wrong record, in every format alike); a report
without a place is never correct, as no event is codable without one, and neither is a report
placed only at a whole country (:func:`codable_place`): ACLED's coarsest location is a region
inside a country (geo_precision 3, coded to its capital), so a country point codes no event:

- PITF (description): the report is violence (Battles, Explosions/Remote violence, Violence
  against civilians or Riots); its place is within 161 km of the gold coordinates, or in the gold
  country when there are none; its date is inside [start, end] or within 2 days of the start; its
  fatalities are within 20% of the gold deaths where a number is given (a gold 0 needs 0).
- FA-KES (article): the sub-event type agrees with ``cause_of_death`` where it is known (shelling =
  shelling or air strike, explosion = IED or suicide bomb, shooting = armed clash or attack,
  execution = attack, chemical = chemical weapon), else the report is violence; its admin1 is the
  gold governorate; its date is within 2 days; its fatalities are within 20% of civilians plus
  non-civilians.
- GVA (article): the report is violence; it is placed in the United States (the archive's scope:
  the gold has a street address, no coordinates); its date is within 2 days of the shooting date;
  its fatalities are within 20% of the gold killed (so 0 and 1 are exact).
- PLOVER (sentence): the gold event is ASSAULT, FIGHT, COERCE or PROTEST and equals the report's
  PLOVER event (FIGHT also accepts ASSAULT, which our taxonomy uses for battles); it has a place,
  whose name matches where the gold names one; the dead are within 20% where given.
- ACLED (reporting only, never fitted): the event type is right; the place is within 25 km of the
  gold coordinates or in the gold admin1; the date is within the gold time precision; the
  fatalities are within 20% of the gold fatalities.

A report in a text whose gold incident is not of that kind (a PLOVER AGREE sentence) is incorrect;
so is a second, different incident in a multi-incident article (its gold names one incident):
the calibration is therefore a slight under-statement for long articles.
"""

from __future__ import annotations

import json
import threading
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dateline.record import Location

#: Confidence never claims certainty either way: calibrated values are clipped to this range.
FLOOR, CEILING = 0.02, 0.98

DATE_SOURCES = ("explicit", "anchored", "inherited", "context", "default", "none")


@dataclass(frozen=True)
class Signals:
    """What supports one report, as :func:`dateline.extract.events._confidence` reads it."""

    trigger_strength: float
    event_type: str = ""
    actor1: str | None = None  # "text" (named in the sentence), "supplied" (by convention), None
    actor2: str | None = None
    location_precision: int | None = None  # ACLED geo_precision, None without a place
    location_own: bool = False  # the place is named in the report's own sentence
    resolution_score: float | None = None  # the toponym's gazetteer score, when location_own
    date_source: str = "none"  # one of DATE_SOURCES
    time_precision: int | None = None
    attribution: str | None = None  # the source kind (government, monitor, ...), None if unattributed
    attribution_own: bool = False  # stated in the report's sentence, not carried from before
    hedge: bool = False  # a hedge word ("reportedly") in the sentence
    modality: str = "asserted"
    sentences: int = 1  # sentences that tell the report
    figures: int = 0  # casualty figures found for it
    fatalities_imputed: bool = False  # deaths without a number: the count is the codebook's guess
    index: int = 0  # incidents told before this one in the article (0: the lead)
    sentence: int = 0  # the report's sentence in the article (0: the headline or first sentence)
    tokens: int = 0  # the article's length in tokens (0: unknown); picks the genre's calibration
    country_only: bool = False  # the place is a whole country (see codable_place)


def codable_place(location: Location | None) -> bool:
    """Is ``location`` a place an event can be coded to? Not a whole country: a place resolved no
    finer than its country (no first-level region, the coarsest precision) names no location
    ACLED's codebook can code (its coarsest, geo_precision 3, is a region inside a country)."""
    return location is not None and not (location.admin1 is None and location.geo_precision == 3)


LOCATION_OWN = {1: 0.14, 2: 0.12, 3: 0.05}
DATE_WEIGHT = {"explicit": 0.06, "anchored": 0.04, "context": 0.03, "default": 0.02, "inherited": 0.0, "none": -0.05}
# News is written top down (headline, then a lead that tells the main incident, then detail and
# background): every sentence further from the top makes a report less likely to be the incident
# the article is about, so less likely to be the one its gold codes. Capped, so a well-supported
# report deep in a long article still outranks a bare one.
POSITION_STEP, POSITION_CAP = 0.01, 0.10
#: A report without a place keeps this share of its score above the floor (0.05): at most 0.14.
PLACELESS_SCALE = 0.1
#: A date known only to its month (time_precision 3) leaves the day open over some thirty days;
#: ACLED codes a day or a week, and every definition wants the day within 2 days or the gold's
#: precision, so such a report is rarely right on its date, whatever told it.
MONTH_ONLY_PENALTY = 0.15
#: Deaths told without a number: the count is the codebook's guess (ACLED's convention), which
#: every definition checks against a real toll within 20%; it rarely lands.
IMPUTED_PENALTY = 0.16


#: The trigger's weight in :func:`rank_score`, the score that orders reports (unchanged since it
#: was hand-set: which report an article-level eval scores and which one a merge keeps follow it).
RANK_TRIGGER_WEIGHT = 0.20
#: The trigger's weight in :func:`raw_score`, the score the calibration maps to a probability:
#: none. A strong trigger word makes a report worth choosing over a weak one, but once its place,
#: date, actors and toll are weighed it does not make the report likelier to be right: on held-out
#: halves of the fitting sets every step from 0.20 down to 0 lowered ECE and Brier (40 seeded
#: halvings, round 13). Chosen on those halves only, never on ACLED.
TRIGGER_WEIGHT = 0.0


def raw_score(s: Signals) -> float:
    """The uncalibrated score the calibration maps to ``confidence``, in [0.05, 0.95]: hand-set
    weights (not fitted), highest for a lead report whose every field has its own support in the
    text. The same as :func:`rank_score` but for the trigger's weight (:data:`TRIGGER_WEIGHT`).

    A base of 0.25 plus the trigger's strength times its weight (none here, 0.20 in the rank); a
    place named in the report's own sentence (finer precision, better gazetteer score) adds most, a place from context little, no place subtracts; an explicit
    day-precise date adds more than an anchored, context or default one, a date inherited from the
    report before adds nothing, a date known only to its month subtracts; actors named in the text
    add more than conventional ones; a numbered casualty figure adds, an imputed death count
    subtracts; strategic developments, reports told after others in the same article or further
    from its top, hedge words and hedged modality lower the score. A report without a place is
    squeezed into [0.05, 0.14], under placed ones; so is one placed only at a country here (never
    correct, see :func:`codable_place`), though not in the rank, where a country still beats no
    place at all.
    """
    return _score(s, TRIGGER_WEIGHT, country_placeless=True)


def rank_score(s: Signals) -> float:
    """The score that orders reports (a report's ``rank``): today's hand-set weights, never
    calibrated, so that refitting or retuning the probability does not move which report is
    chosen. Monotone in the same evidence as :func:`raw_score`; not a probability."""
    return _score(s, RANK_TRIGGER_WEIGHT)


def _score(s: Signals, trigger_weight: float, country_placeless: bool = False) -> float:
    score = 0.25 + trigger_weight * max(0.0, min(1.0, s.trigger_strength))
    if s.location_precision is None:
        score -= 0.10
    elif s.location_own:
        resolved = 1.0 if s.resolution_score is None else max(0.0, min(1.0, s.resolution_score))
        score += LOCATION_OWN.get(s.location_precision, 0.05) * (0.6 + 0.4 * resolved)
    else:
        score += 0.05 if s.location_precision <= 2 else 0.0
    score += DATE_WEIGHT.get(s.date_source, 0.0)
    if s.date_source == "explicit" and (s.time_precision or 1) > 1:
        score -= 0.02
    if (s.time_precision or 1) >= 3:
        score -= MONTH_ONLY_PENALTY
    score += {"text": 0.05, "supplied": 0.04}.get(s.actor1 or "", 0.0)
    score += {"text": 0.04, "supplied": 0.01}.get(s.actor2 or "", 0.0)
    if s.fatalities_imputed:
        score -= IMPUTED_PENALTY
    elif s.figures:
        score += 0.06
    if s.event_type == "Strategic developments":
        score -= 0.08
    score -= 0.0 if s.index <= 0 else 0.05 if s.index < 3 else 0.10
    score -= min(POSITION_CAP, POSITION_STEP * max(0, s.sentence))
    if s.attribution is not None and s.attribution_own:
        score += 0.02
    if s.sentences > 1:
        score += 0.01
    if s.hedge:
        score *= 0.9
    if s.modality == "hedged":
        score *= 0.85
    score = max(0.05, min(score, 0.95))
    if s.location_precision is None or (country_placeless and s.country_only):
        # No event is codable without a place (ACLED codes none; no correctness definition accepts
        # one), so a placeless report ranks below placed ones whatever else supports it; the
        # squeeze keeps its order among its kind.
        score = 0.05 + PLACELESS_SCALE * (score - 0.05)
    return round(score, 4)


# ---------------------------------------------------------------------------
# Isotonic calibration


@dataclass(frozen=True)
class Block:
    """One block of a pool-adjacent-violators fit: raw scores in [lo, hi] map to ``p``."""

    lo: float
    hi: float
    p: float
    n: float


def pav(xs: Sequence[float], ys: Sequence[float], weights: Sequence[float] | None = None) -> list[Block]:
    """Isotonic (non-decreasing) least-squares fit of ``ys`` on ``xs`` by pool adjacent violators.

    Points are sorted by x (equal x are pooled first: one x, one level); each block holds the
    weighted mean of its ys, and adjacent blocks are merged while a block's mean is not above the
    previous one's. Returns the blocks in increasing x (levels strictly increasing).
    """
    if len(xs) != len(ys) or (weights is not None and len(weights) != len(xs)):
        raise ValueError("xs, ys and weights differ in length")
    w = list(weights) if weights is not None else [1.0] * len(xs)
    merged: dict[float, list[float]] = {}
    for x, y, wt in zip(xs, ys, w, strict=True):
        acc = merged.setdefault(float(x), [0.0, 0.0])
        acc[0] += wt * float(y)
        acc[1] += wt
    stack: list[list[float]] = []  # [lo, hi, sum_wy, sum_w]
    for x in sorted(merged):
        swy, sw = merged[x]
        if sw <= 0:
            continue
        stack.append([x, x, swy, sw])
        while len(stack) > 1 and stack[-1][2] / stack[-1][3] <= stack[-2][2] / stack[-2][3]:
            top = stack.pop()
            prev = stack[-1]
            prev[1], prev[2], prev[3] = top[1], prev[2] + top[2], prev[3] + top[3]
    return [Block(lo, hi, swy / sw, sw) for lo, hi, swy, sw in stack]


@dataclass(frozen=True)
class Calibration:
    """A monotone map from raw score to probability: linear between the centres of isotonic
    blocks (so reports keep their order within a block's neighbourhood), flat beyond the ends,
    clipped to [FLOOR, CEILING]."""

    blocks: tuple[Block, ...]

    @classmethod
    def fit(
        cls,
        raw: Sequence[float],
        labels: Sequence[bool | int | float],
        weights: Sequence[float] | None = None,
    ) -> Calibration:
        return cls(tuple(pav(raw, [float(y) for y in labels], weights)))

    @property
    def knots(self) -> tuple[list[float], list[float]]:
        return [(b.lo + b.hi) / 2 for b in self.blocks], [b.p for b in self.blocks]

    def __call__(self, raw: float) -> float:
        if not self.blocks:
            return max(FLOOR, min(CEILING, raw))
        xs, ps = self.knots
        if raw <= xs[0]:
            p = ps[0]
        elif raw >= xs[-1]:
            p = ps[-1]
        else:
            i = bisect_right(xs, raw) - 1
            x0, x1, p0, p1 = xs[i], xs[i + 1], ps[i], ps[i + 1]
            p = p0 + (p1 - p0) * (raw - x0) / (x1 - x0) if x1 > x0 else p1
        return max(FLOOR, min(CEILING, p))

    def to_bins(self) -> list[dict[str, float]]:
        return [{"lo": b.lo, "hi": b.hi, "p": round(b.p, 6), "n": round(b.n, 6)} for b in self.blocks]

    @classmethod
    def from_bins(cls, bins: Sequence[dict[str, Any]]) -> Calibration:
        blocks = tuple(Block(float(b["lo"]), float(b["hi"]), float(b["p"]), float(b.get("n", 1))) for b in bins)
        for a, b in pairwise(blocks):
            if b.lo < a.hi or b.p < a.p:
                raise ValueError("calibration bins must be ordered and non-decreasing")
        return cls(blocks)


def calibration_path() -> Path:
    return Path(str(resources.files("dateline").joinpath("data", "calibration.json")))


def load_calibration_file(path: str | Path | None = None) -> dict[str, Any] | None:
    """The calibration file's JSON (the shipped one by default); None if there is none."""
    p = Path(path) if path is not None else calibration_path()
    if not p.exists():
        return None
    data: dict[str, Any] = json.loads(p.read_text(encoding="utf-8"))
    return data


#: A text of at most this many tokens is a "brief" (a wire summary, an ACLED-style note, a
#: sentence), longer ones are "articles". The two differ in what a report's raw score means: a
#: brief tells about one incident, an article tells several and background besides.
BRIEF_MAX_TOKENS = 100
GENRES = ("brief", "article")


def genre_of(tokens: int) -> str | None:
    """``brief`` or ``article`` by length; None when the length is unknown (0)."""
    if tokens <= 0:
        return None
    return "brief" if tokens <= BRIEF_MAX_TOKENS else "article"


def genre_maps_earn_their_place(with_genres: dict[str, Any], one_map: dict[str, Any]) -> bool:
    """Whether per-genre maps ship: only when, on held-out halves, they beat one map for all texts
    on both counts, a lower ECE and a Brier score no higher. Two maps fitted on half the data each
    are noisier than one; without a measured gain the simpler calibration is the honest one.
    Both arguments are :func:`dateline.eval.reliability.table` summaries of the same reports."""
    e_g, e_1 = with_genres.get("ece"), one_map.get("ece")
    b_g, b_1 = with_genres.get("brier"), one_map.get("brier")
    if e_g is None or e_1 is None or b_g is None or b_1 is None:
        return False
    return bool(e_g < e_1 and b_g <= b_1)


@lru_cache(maxsize=1)
def shipped_maps() -> dict[str | None, Calibration]:
    """The calibrations in ``data/calibration.json``: one per genre, and the pooled one under None
    (used when the genre is unknown or has no map). Empty without the file."""
    data = load_calibration_file()
    if data is None or data.get("method") != "isotonic":
        return {}
    maps: dict[str | None, Calibration] = {None: Calibration.from_bins(data["bins"])}
    for name, g in (data.get("genres") or {}).items():
        maps[name] = Calibration.from_bins(g["bins"])
    return maps


def shipped(genre: str | None = None) -> Calibration | None:
    """The shipped calibration for ``genre`` (the pooled one if the genre has none; None without the file)."""
    maps = shipped_maps()
    return maps.get(genre) or maps.get(None)


_state = threading.local()


@contextmanager
def raw_scores() -> Iterator[None]:
    """Within this block reports carry the raw score as their confidence (for calibration and
    for the before/after reliability report); the flag is per thread."""
    before = getattr(_state, "raw", False)
    _state.raw = True
    try:
        yield
    finally:
        _state.raw = before


def calibrated(raw: float, genre: str | None = None) -> float:
    """The shipped calibration of ``genre`` applied to a raw score (identity, clipped, without one)."""
    cal = shipped(genre)
    return round(cal(raw) if cal is not None else max(FLOOR, min(CEILING, raw)), 4)


def scores(s: Signals) -> tuple[float, float]:
    """A report's ``(confidence, rank)``: :func:`confidence` and :func:`rank_score`."""
    return confidence(s), rank_score(s)


def confidence(s: Signals) -> float:
    """The report's confidence: :func:`calibrated` of :func:`raw_score` with the map of the
    article's genre (the raw score inside :func:`raw_scores`)."""
    raw = raw_score(s)
    if getattr(_state, "raw", False):
        return raw
    return calibrated(raw, genre_of(s.tokens))


__all__ = [
    "BRIEF_MAX_TOKENS",
    "DATE_SOURCES",
    "GENRES",
    "IMPUTED_PENALTY",
    "MONTH_ONLY_PENALTY",
    "RANK_TRIGGER_WEIGHT",
    "TRIGGER_WEIGHT",
    "Block",
    "Calibration",
    "Signals",
    "calibrated",
    "confidence",
    "genre_maps_earn_their_place",
    "genre_of",
    "load_calibration_file",
    "pav",
    "rank_score",
    "raw_score",
    "raw_scores",
    "scores",
    "shipped",
    "shipped_maps",
]
