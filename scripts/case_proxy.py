#!/usr/bin/env python
"""Measure the ``case2021`` path on a stand-in for CASE 2021 task 2, which has no dev file here.

CASE 2021 task 2 labels short event snippets with the 25 ACLED sub-event types. ACLED's own
``notes`` are snippets of that kind, so this script writes the ACLED dev files of the 2020 schema
(the ones with ``sub_event_type``) into a CASE-layout TSV in a temporary folder, scores it with
``dateline eval --format case2021`` and prints the metrics with the class counts. The TSV is
never kept: ``shared/eval`` is read, not copied.

    python scripts/case_proxy.py --shared ../shared
    python scripts/case_proxy.py --shared ../shared --sample 1500 --seed 7 --out /tmp/case.json

What this does not measure: the five non-ACLED CASE labels (disasters, crime, diplomacy,
attribution), which ACLED notes never carry; `tests/test_eval.py` checks those on our own
snippets. The best published system reached 0.839 weighted F1 on the real held-out set.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import tempfile
from pathlib import Path
from typing import Any

#: ACLED dev files whose schema has ``sub_event_type`` (the 2015 schema has none).
ACLED_2020_FILES = ("acled/afghanistan_2020.csv", "acled/kenya_1997_2019.csv")


def snippets(shared: Path) -> list[tuple[str, str]]:
    """(note, CASE label) for every row of the 2020-schema ACLED dev files with both."""
    from dateline.eval.formats import CASE_LABELS

    rows: list[tuple[str, str]] = []
    for name in ACLED_2020_FILES:
        with (shared / "eval" / name).open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                note = " ".join((row.get("notes") or "").split())  # the TSV has no quoting
                label = CASE_LABELS.get((row.get("sub_event_type") or "").strip())
                if note and label:
                    rows.append((note, label))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--shared", default="../shared", help="the shared folder holding eval/")
    ap.add_argument("--sample", type=int, default=None, help="score a seeded sample of N snippets")
    ap.add_argument("--seed", type=int, default=0, help="seed of --sample")
    ap.add_argument("--out", default=None, help="also write the metrics JSON here")
    args = ap.parse_args(argv)

    shared = Path(args.shared)
    if not (shared / "eval").is_dir():
        print(f"case_proxy: {shared}/eval not found (pass --shared)", file=sys.stderr)
        return 2
    rows = snippets(shared)
    if args.sample and args.sample < len(rows):
        rows = random.Random(args.seed).sample(rows, args.sample)

    from dateline.eval.runner import evaluate

    with tempfile.TemporaryDirectory() as tmp:
        tsv = Path(tmp) / "case_proxy.tsv"
        with tsv.open("w", encoding="utf-8") as fh:
            fh.write("id\tEventSnippet\tSubType\n")
            for i, (note, label) in enumerate(rows):
                fh.write(f"{i}\t{note}\t{label}\n")
        metrics: dict[str, Any] = evaluate("case2021", tsv, progress=False)
    metrics["file"] = "ACLED 2020-schema dev notes as CASE snippets: " + ", ".join(ACLED_2020_FILES)
    metrics["labels_in_sample"] = dict(sorted(_count(label for _, label in rows).items()))
    text = json.dumps(metrics, indent=2)
    print(text)
    if args.out:
        Path(args.out).write_text(text + "\n", encoding="utf-8")
    return 0


def _count(labels: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for label in labels:
        counts[label] = counts.get(label, 0) + 1
    return counts


if __name__ == "__main__":
    sys.exit(main())
