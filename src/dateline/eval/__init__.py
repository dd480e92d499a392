"""Score the coder against public gold formats: ``dateline eval --format F FILE``.

Formats (readers in :mod:`dateline.eval.formats`):

``acled``    ACLED CSV exports: the 2020 schema, its variant with ``countycode``, and the 2015
             upper-case schema (old event types mapped to the 2019+ taxonomy; ``Riots/Protests`` is
             one class ``Protests/Riots`` that either new type satisfies; no sub-event metrics).
             Text = ``notes``; ``published`` = the gold event date, so relative dates resolve.
``fakes``    FA-KES CSV: text = ``article_content``, published = ``date`` (M/D/YY).
``pitf``     PITF Worldwide Atrocities TSV (preamble, header on line 4, no quoting, broken lines
             joined): text = ``Description``, published = start date.
``gva``      Gun Violence Archive articles: FILE is ``X_*.json``; labels come from ``y_*.json``.
``plover``   PLOVER gold JSON array (DOCUMENT records skipped): PLOVER event type.
``case2021`` CASE 2021 task 2 TSV ``id, EventSnippet, SubType``: the 25 ACLED-derived labels;
             a snippet with no report predicts ``NOT_ACLED``, correct only for the 5 non-ACLED labels.

Which report is scored: for one-event gold (acled, pitf, plover, case2021) the report whose
evidence trigger starts earliest in the text (acled: when the coder split that sentence into one
report per day, the part of the gold row's day, as ACLED codes such an episode one row per day);
for article-level gold (fakes, gva) the "main"
report: highest rank (the report's uncalibrated score, see ``Report.rank``), then most
fatalities, then the first.

Output keys (a dict; ``null`` where a metric has nothing to score; a format emits only the groups
it has gold for, always the same ones for that format):

- ``format``, ``file``: what was scored.
- ``n``: rows scored. ``malformed``: ``{count, first: [{line, reason}]}``; malformed rows are
  skipped, counted and listed (first 10) by line number (for JSON formats, the 1-based record
  position). ``no_report``: texts for which the coder produced no report; they are scored as
  misses (predicted type ``NONE``, no date, no place, count 0), not skipped. ``failed``: texts the
  coder raised on (also no_report).
- ``settings``: how the scoring was done (text field, published date, report choice, mappings,
  sample/seed/limit, coder version).
- ``event_type``: ``{accuracy, macro_f1, n}`` (fakes: cause_of_death proxy; plover: PLOVER event).
- ``sub_event_type``: ``{accuracy, macro_f1, weighted_f1, n}`` (acled 2020 schemas, case2021).
- ``interaction``: ``{accuracy, n}``, unordered: sorted (inter1, inter2) pairs.
- ``fatalities``: ``{exact, mae, within_20pct, n}``; ``injured``: ``{exact, mae, n}``.
  A missing report or an unknown count predicts 0.
- ``victims`` (fakes): ``{agreement, n}``: children / women / civilians within 20% where gold > 0.
- ``date``: ``{exact, within_precision, within_2_days, n}``.
- ``location``: ``{within_25km, within_161km, median_km, n_with_coords, n_predicted_coords,
  admin1_match[, by_geo_precision, country_match, name_match, n]}``; distances are great-circle,
  ``within_*`` over gold places with coordinates (no predicted coordinates = miss), ``median_km``
  over the predictions with coordinates.
- ``actors``: ``{actor1_or_2_match, n}``: the gold actor1 (fakes: actor category) is predicted
  actor1 or actor2. ``perpetrator`` (pitf): ``{accuracy, macro_f1, n}`` state vs non-state.
- ``per_class``: ``{field: {label: {support, precision, recall, f1}}}`` for the typed fields.
- ``seconds``, ``articles_per_s``: coding and scoring time (model loading excluded).
- ``reliability`` (only with ``--reliability``): every report labelled correct or not, and
  ``{definition, n_reports, n_texts, fields, before, after}`` with the share right per field of
  the definition (type, place, date, deaths) and reliability by confidence decile, ECE and Brier
  score, before (raw score) and after calibration; see :mod:`dateline.eval.reliability`.

F1: per label over the labels present in gold; macro = unweighted mean, weighted = support-weighted.
``--sample N --seed S`` scores ``random.Random(S).sample`` of the row indices, kept in file order.
The quality gate (``dateline eval --gate``) is in :mod:`dateline.eval.gate`.
"""

from __future__ import annotations

from dateline.eval.formats import FORMATS
from dateline.eval.metrics import macro_f1, per_class, weighted_f1
from dateline.eval.runner import evaluate, select

__all__ = ["FORMATS", "evaluate", "macro_f1", "per_class", "select", "weighted_f1"]
