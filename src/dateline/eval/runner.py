"""Run the coder over a gold file and score it (see :mod:`dateline.eval` for the output keys)."""

from __future__ import annotations

import random
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tqdm import tqdm

from dateline.eval import reliability as rel
from dateline.eval.formats import FORMATS, Admin1Matcher, Bad, Item, Record
from dateline.extract.actors import as_release
from dateline.extract.confidence import calibrated, genre_of, raw_scores
from dateline.ingest import Failure
from dateline.record import Article, CodedArticle
from dateline.time.anchor import NOTE_GENRE

if TYPE_CHECKING:
    from dateline.pipeline import Coder

MALFORMED_SHOWN = 10
"""How many malformed rows are listed by line number (all are counted)."""


class _Pairs:
    """(confidence, correct) for every report, before and after calibration. The coder runs
    with raw scores; each report's confidence is then set to the calibrated value, so the
    scorers see exactly what a normal run gives them."""

    def __init__(self, fmt: str, coder: Coder) -> None:
        self.fmt = fmt
        self.admin1 = Admin1Matcher(coder.gazetteer)
        self.tokenizer = coder.nlp.tokenizer
        self.before: list[tuple[float, bool]] = []
        self.after: list[tuple[float, bool]] = []
        self.checks: list[dict[str, bool | None]] = []

    def add(self, item: Item, coded: CodedArticle) -> None:
        genre = genre_of(len(self.tokenizer(coded.article.text)))  # as the coder decides it
        for r in coded.events:
            raw = r.confidence
            r.confidence = calibrated(raw, genre)
            ok = rel.is_correct(self.fmt, item.gold, r, self.admin1)
            self.checks.append(rel.field_checks(self.fmt, item.gold, r, self.admin1))
            self.before.append((raw, ok))
            self.after.append((r.confidence, ok))


def select(
    records: list[Record], *, limit: int | None = None, sample: int | None = None, seed: int = 0
) -> list[Record]:
    """A seeded sample of records (``random.Random(seed).sample`` over indices, kept in file
    order), then the first ``limit`` of them."""
    chosen = records
    if sample is not None and sample < len(records):
        picked = sorted(random.Random(seed).sample(range(len(records)), sample))
        chosen = [records[i] for i in picked]
    if limit is not None:
        chosen = chosen[:limit]
    return chosen


def evaluate(
    fmt: str,
    path: str | Path,
    *,
    coder: Coder | None = None,
    limit: int | None = None,
    sample: int | None = None,
    seed: int = 0,
    progress: bool = True,
    label: str | None = None,
    reliability: bool = False,
    undated: bool = False,
) -> dict[str, Any]:
    """Score the coder against one gold file; returns the metrics dict. With ``reliability``
    every report is also labelled correct or not and the ``reliability`` key is added (see
    :mod:`dateline.eval.reliability`); the other metrics are unchanged. With ``undated`` the
    file's date is not passed as the publication date, so the coder dates from the text alone
    (in FA-KES and ACLED the file's date is the gold date, and as an anchor it flatters)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: choose one of {', '.join(FORMATS)}")
    spec = FORMATS[fmt]
    path = Path(path)
    if coder is None:
        from dateline.pipeline import Coder

        coder = Coder()
    gold = spec.read(path)
    chosen = select(gold.records, limit=limit, sample=sample, seed=seed)
    bad = [r for r in chosen if isinstance(r, Bad)]
    items = [r for r in chosen if isinstance(r, Item)]
    scorer = spec.scorer(coder.gazetteer, gold)

    def articles() -> Iterator[Article]:
        for it in items:
            # an ACLED note is dated with its event's day, not a publication day (see NOTE_GENRE)
            genre = NOTE_GENRE if fmt == "acled" else None
            published = None if undated else it.published
            yield Article.from_text(it.text, id=f"{fmt}:{it.line}", published=published, genre=genre)

    t0 = time.perf_counter()
    no_report = failed = 0
    bar = tqdm(
        total=len(items), desc=f"eval {fmt}", unit="text", disable=None if progress else True, file=sys.stderr
    )
    pairs = _Pairs(fmt, coder) if reliability else None
    # a 2015-schema ACLED file is scored with the inter codes of that release, where the actor
    # dictionary records them (the coder's own release, if it was given one, is kept)
    release = "2015" if fmt == "acled" and gold.info.get("schema") == "2015" and coder.release is None else None
    with raw_scores() if pairs is not None else nullcontext():
        for it, result in zip(items, coder.code_many(articles()), strict=True):
            bar.update(1)
            coded: CodedArticle | None = None
            if isinstance(result, Failure):
                failed += 1
            else:
                coded = result
            if coded is None or not coded.events:
                no_report += 1
            elif release is not None:
                as_release(coded.events, release)
            if pairs is not None and coded is not None:
                pairs.add(it, coded)
            scorer.add(it, coded)
    bar.close()
    seconds = time.perf_counter() - t0
    out: dict[str, Any] = {
        "format": fmt,
        "file": label or str(path),
        "n": len(items),
        "malformed": {
            "count": len(bad),
            "first": [{"line": b.line, "reason": b.reason} for b in bad[:MALFORMED_SHOWN]],
        },
        "no_report": no_report,
        "failed": failed,
        "settings": {
            **spec.settings,
            **{k: str(v) for k, v in gold.info.items()},
            "rows_in_file": str(len(gold.records)),
            "sample": sample,
            "seed": seed if sample is not None else None,
            "limit": limit,
            "undated": undated,
            "coder": f"{coder.stamp.version} {coder.stamp.model} {coder.stamp.gazetteer}",
        },
    }
    out.update(scorer.result())
    if pairs is not None:
        out["reliability"] = rel.report(fmt, pairs.before, pairs.after, len(items), pairs.checks)
    out["seconds"] = round(seconds, 2)
    out["articles_per_s"] = round(len(items) / seconds, 2) if seconds > 0 else None
    return out
