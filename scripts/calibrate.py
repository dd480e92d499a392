#!/usr/bin/env python
"""Refit ``src/dateline/data/calibration.json``: the isotonic map from a report's raw score to
its confidence (see :mod:`dateline.extract.confidence` for what "correct" means per format).

    python scripts/calibrate.py --shared ../shared            # rewrite the shipped file
    python scripts/calibrate.py --shared ../shared --out /tmp/c.json --date 2025-01-01

Fitted only on the non-ACLED development sets (PITF, FA-KES, GVA, PLOVER in ``shared/eval``);
ACLED is evaluation-only and is never read here (measure it with
``dateline eval --format acled FILE --reliability``). Each set is a seeded sample of at most
``--per-set`` texts, coded with raw scores; every report is labelled. Validation: per set the
texts are split into two seeded halves; a calibration fitted on half A is measured on half B
(before = raw score, after = calibrated), and the result is stored under ``validation``. The
shipped map is then fitted on both halves; per-genre maps ship beside it only when they beat the
single map on the held-out halves (:func:`dateline.extract.confidence.genre_maps_earn_their_place`).
Same inputs, same ``--date``: the same bytes. The map changes what a report's confidence says,
never which report is chosen: reports are ordered by their ``rank``
(:func:`dateline.extract.confidence.rank_score`), which this script does not touch.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "src" / "dateline" / "data" / "calibration.json"

#: (set name, format, file under shared/eval). Never ACLED.
DEV_SETS: list[tuple[str, str, str]] = [
    ("pitf", "pitf", "pitf/pitf_dev.tsv"),
    ("fakes", "fakes", "fakes/fakes_dev.csv"),
    ("gva", "gva", "gva_casualties/data-train/X_train.json"),
    ("plover", "plover", "plover/PLOVER_GSR_CAMEO.txt"),
]

Row = tuple[int, float, bool, str]  # (text index, raw score, correct, genre of the text)


def label_set(
    fmt: str, path: Path, per_set: int, seed: int, coder: Any
) -> tuple[list[Row], int, list[dict[str, bool | None]]]:
    """Code a seeded sample of a gold file with raw scores; label every report, as a whole and
    field by field."""
    from dateline.eval.formats import FORMATS, Admin1Matcher, Item
    from dateline.eval.reliability import field_checks, is_correct
    from dateline.eval.runner import select
    from dateline.extract.confidence import genre_of, raw_scores
    from dateline.ingest import Failure
    from dateline.record import Article

    gold = FORMATS[fmt].read(path)
    items = [r for r in select(gold.records, sample=per_set, seed=seed) if isinstance(r, Item)]
    admin1 = Admin1Matcher(coder.gazetteer)
    arts = (Article.from_text(it.text, id=f"{fmt}:{it.line}", published=it.published) for it in items)
    rows: list[Row] = []
    checks: list[dict[str, bool | None]] = []
    with raw_scores():
        for it, result in zip(items, coder.code_many(arts), strict=True):
            if isinstance(result, Failure):
                continue
            # the genre as the coder decides it: the article's length in the model's tokens
            genre = genre_of(len(coder.nlp.tokenizer(result.article.text))) or "article"
            for r in result.events:
                rows.append((it.index, r.confidence, is_correct(fmt, it.gold, r, admin1), genre))
                checks.append(field_checks(fmt, it.gold, r, admin1))
    return rows, len(items), checks


def halves(rows: list[Row], seed: int) -> tuple[list[Row], list[Row]]:
    """Split by text (a text's reports stay together): a seeded half of the text indices is A."""
    texts = sorted({t for t, _, _, _ in rows})
    a = set(random.Random(seed).sample(texts, len(texts) // 2))
    return [r for r in rows if r[0] in a], [r for r in rows if r[0] not in a]


def fit(rows: list[tuple[str, int, float, bool, str]], genre: str | None = None) -> Any:
    """Isotonic fit where every text counts once: a report's weight is 1 / (reports of its text),
    so long multi-incident articles do not outweigh short notes. With ``genre``, only that
    genre's texts."""
    from collections import Counter

    from dateline.extract.confidence import Calibration

    rows = [r for r in rows if genre is None or r[4] == genre]
    per_text = Counter((s, t) for s, t, _, _, _ in rows)
    return Calibration.fit(
        [r[2] for r in rows], [r[3] for r in rows], [1 / per_text[(r[0], r[1])] for r in rows]
    )


def fit_all(rows: list[tuple[str, int, float, bool, str]]) -> dict[str | None, Any]:
    """The pooled map (under None) and one per genre that has texts."""
    from dateline.extract.confidence import GENRES

    maps: dict[str | None, Any] = {None: fit(rows)}
    for g in GENRES:
        if any(r[4] == g for r in rows):
            maps[g] = fit(rows, g)
    return maps


def repeated_halvings(by_set: dict[str, list[Row]], seed: int, times: int) -> dict[str, Any]:
    """One halving is a noisy judge (the ECE of one held-out half moves by about 0.015 from split
    to split): the pooled map fitted on the A halves and measured on the B halves, over ``times``
    seeded halvings (seeds ``seed`` .. ``seed + times - 1``), as mean and spread of ECE and Brier."""
    from statistics import mean, pstdev

    from dateline.eval.reliability import brier, ece

    eces: list[float] = []
    briers: list[float] = []
    for k in range(times):
        split = {name: halves(rows, seed + k) for name, rows in by_set.items()}
        one = fit([(name, *r) for name, (a, _) in split.items() for r in a])
        pairs = [(round(one(x), 4), y) for _, b in split.values() for _, x, y, _ in b]
        eces.append(ece(pairs) or 0.0)
        briers.append(brier(pairs) or 0.0)
    return {
        "halvings": times,
        "seeds": [seed, seed + times - 1],
        "ece_mean": round(mean(eces), 4),
        "ece_sd": round(pstdev(eces), 4),
        "brier_mean": round(mean(briers), 4),
        "brier_sd": round(pstdev(briers), 4),
    }


def summary(pairs: list[tuple[float, bool]]) -> dict[str, Any]:
    from dateline.eval.reliability import table

    return table(pairs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"), help="the shared data directory")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="where to write the calibration JSON")
    ap.add_argument("--per-set", type=int, default=600, help="texts sampled per development set")
    ap.add_argument("--seed", type=int, default=7, help="seed of the sampling and of the halves")
    ap.add_argument("--date", default=None, help="the date to stamp (default: today)")
    ap.add_argument("--halvings", type=int, default=12, help="seeded halvings behind validation.repeated")
    args = ap.parse_args(argv)

    from dateline import __version__
    from dateline.eval.reliability import field_rates
    from dateline.extract.confidence import (
        BRIEF_MAX_TOKENS,
        RANK_TRIGGER_WEIGHT,
        TRIGGER_WEIGHT,
        Signals,
        genre_maps_earn_their_place,
        raw_score,
    )
    from dateline.pipeline import Coder

    shared = Path(args.shared)
    eval_dir = shared / "eval" if (shared / "eval").is_dir() else shared
    coder = Coder()
    fitted_on: dict[str, Any] = {}
    by_set: dict[str, list[Row]] = {}
    for name, fmt, rel in DEV_SETS:
        path = eval_dir / rel
        t0 = time.perf_counter()
        rows, n_texts, checks = label_set(fmt, path, args.per_set, args.seed, coder)
        by_set[name] = rows
        fitted_on[name] = {
            "format": fmt,
            "file": rel,
            "texts": n_texts,
            "reports": len(rows),
            "correct": sum(1 for r in rows if r[2]),
            "genres": {g: len({r[0] for r in rows if r[3] == g}) for g in sorted({r[3] for r in rows})},
            "fields": field_rates(checks),  # which fields make the set's reports wrong
        }
        print(f"{name}: {n_texts} texts, {len(rows)} reports, {fitted_on[name]['correct']} correct "
              f"({time.perf_counter() - t0:.0f} s)", file=sys.stderr)

    # Validation: fit on half A of every set (pooled, and per genre), measure on half B of each
    # set, of each genre and pooled; a report is calibrated with the map of its text's genre.
    split = {name: halves(rows, args.seed) for name, rows in by_set.items()}
    maps_a = fit_all([(name, *r) for name, (a, _) in split.items() for r in a])
    validation: dict[str, Any] = {}
    pooled: dict[str, list[tuple[float, bool]]] = {"before": [], "after": [], "after_pooled_map": []}
    by_genre: dict[str, dict[str, list[tuple[float, bool]]]] = {}
    for name, (_, b) in split.items():
        before = [(x, y) for _, x, y, _ in b]
        after = [(round((maps_a.get(g) or maps_a[None])(x), 4), y) for _, x, y, g in b]
        one_map = [(round(maps_a[None](x), 4), y) for _, x, y, _ in b]
        pooled["before"] += before
        pooled["after"] += after
        pooled["after_pooled_map"] += one_map
        for (_, x, y, g), (c, _) in zip(b, after, strict=True):
            acc = by_genre.setdefault(g, {"before": [], "after": []})
            acc["before"].append((x, y))
            acc["after"].append((c, y))
        validation[name] = {"before": summary(before), "after": summary(after), "after_pooled_map": summary(one_map)}
    validation["pooled"] = {k: summary(v) for k, v in pooled.items()}
    for g, acc in sorted(by_genre.items()):
        validation[f"genre:{g}"] = {k: summary(v) for k, v in acc.items()}
    validation["repeated"] = repeated_halvings(by_set, args.seed, args.halvings)

    everything = [r for rows in by_set.values() for r in rows]
    maps = fit_all([(name, *r) for name, rows in by_set.items() for r in rows])
    cal = maps[None]
    ship_genres = genre_maps_earn_their_place(validation["pooled"]["after"], validation["pooled"]["after_pooled_map"])
    genres: dict[str, Any] = {}
    for key, m in maps.items():
        if key is None or not ship_genres:
            continue
        g = key
        rows_g = [r for r in everything if r[3] == g]
        genres[g] = {
            "texts": sum(len({r[0] for r in rows if r[3] == g}) for rows in by_set.values()),
            "reports": len(rows_g),
            "correct": sum(1 for r in rows_g if r[2]),
            "base_rate": round(sum(1 for r in rows_g if r[2]) / len(rows_g), 6),
            "bins": m.to_bins(),
        }
    out = {
        "about": "Isotonic calibration of report confidence (dateline.extract.confidence). Regenerate with "
        "`python scripts/calibrate.py --shared ../shared`. Fitted on non-ACLED development sets only.",
        "method": "isotonic",
        "mapping": "pool adjacent violators over (raw score, correct) pairs, each text weighing 1 (a report "
        "1 / the reports of its text); linear between the centres of "
        "the blocks, flat beyond the first and last, clipped to [0.02, 0.98]",
        "raw_score": "dateline.extract.confidence.raw_score: hand-set weights, not fitted "
        f"(trigger weight {TRIGGER_WEIGHT}; a bare trigger of strength 0.5 scores {raw_score(Signals(0.5))})",
        "ranking": "reports are ordered by dateline.extract.confidence.rank_score (the report's rank: the same "
        f"weights but a trigger weight of {RANK_TRIGGER_WEIGHT}), never by this map",
        "date": args.date or date.today().isoformat(),
        "dateline_version": __version__,
        "model": f"{coder.stamp.model}",
        "seed": args.seed,
        "per_set": args.per_set,
        "fitted_on": fitted_on,
        "n": len(everything),
        "base_rate": round(sum(1 for r in everything if r[2]) / len(everything), 6) if everything else None,
        "bins": cal.to_bins(),
        "genre_rule": f"brief: an article of at most {BRIEF_MAX_TOKENS} tokens (the model's tokenizer), else "
        "article; each genre has its own map, 'bins' (all texts) serves when the length is unknown or the "
        "genre has no map",
        "genre_choice": (
            "per-genre maps shipped: on held-out halves they beat one map (lower ECE, Brier no higher)"
            if ship_genres
            else "one map for all texts: on held-out halves the per-genre maps did not beat it "
            "(they ship only with a lower ECE and a Brier no higher; see validation.pooled)"
        ),
        "genres": genres,
        "validation": {
            "how": "per set, texts split into two seeded halves; fitted on the A halves (per genre and pooled), "
            "measured on each B half (before = raw score, after = calibrated with the map of the text's genre; "
            "after_pooled_map = one map for all texts: the one that ships unless genre_choice says otherwise); "
            "repeated = the pooled map's held-out ECE and Brier over several seeded halvings (mean and spread)",
            **validation,
        },
    }
    Path(args.out).write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {len(cal.blocks)} blocks from {len(everything)} reports", file=sys.stderr)
    json.dump({k: v for k, v in validation.items()}, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
