"""Where one sentence tells several ACLED events: one report per day, place and actor pair.

ACLED's unit is one day, one place and one pair of actors. A sentence can tell more than one:
two clauses with actors of their own ("troops fought X in A, while police fought Y in B"), or one
incident on several days ("on Monday and again on Wednesday"). These helpers decide where a
sentence splits and which part a stated toll belongs to. When the text does not tie a toll to a
part, it is divided evenly (ACLED's rule for a total given across events) and the figure's note
says so.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import TypeVar

from spacy.tokens import Token

from dateline.record import Fatalities, Injured
from dateline.time.anchor import DateSpan

_SUBJECTS = ("nsubj", "nsubjpass")
# Clause links that let a second verb tell an incident of its own.
_CLAUSE_DEPS = ("conj", "advcl", "parataxis", "ccomp", "ROOT")


def own_clause(tok: Token) -> bool:
    """A trigger verb heading a clause with its own subject ("..., while police fought X"):
    a verb that only shares the first clause's subject ("attacked a village and abducted five")
    goes on about the same incident."""
    return tok.pos_ in ("VERB", "AUX") and tok.dep_ in _CLAUSE_DEPS and any(c.dep_ in _SUBJECTS for c in tok.children)


def clause_owner(token: Token, heads: list[Token]) -> int:
    """Which of ``heads`` (trigger tokens, first the report's own) a token belongs to: the head
    with the smallest subtree that holds it, else the last head before it, else the first."""
    best: tuple[int, int] | None = None
    for i, h in enumerate(heads):
        left, right = h.left_edge.i, h.right_edge.i
        if left <= token.i <= right and (best is None or right - left < best[1]):
            best = (i, right - left)
    if best is not None:
        return best[0]
    before = [i for i, h in enumerate(heads) if h.i <= token.i]
    return max(before, key=lambda i: heads[i].i) if before else 0


# Between two dates of one incident: "and", "and again", ", then", "as well as" (a place or a few
# words may sit between them: "on Monday and in Y on Wednesday").
_JOINED = re.compile(r"[\s,]*(?:and|then|as well as|before|after|or)\b.{0,40}", re.IGNORECASE | re.DOTALL)
_AGAIN = re.compile(r"\b(?:again|also|once more)\b", re.IGNORECASE)
_REPORTING = re.compile(r"\b(?:said|says|told|reported|announced|claimed|added|stated)\b", re.IGNORECASE)
# A bare comma between two dates of one kind is a list ("on 3, 4 and 6 May", "on Monday, Tuesday
# and Friday") only when a conjunction closes it; "on Friday, 2 May" restates one day.
_LISTED = re.compile(r"\s*,\s*")


def day_parts(dates: list[DateSpan], text: str, offset: int) -> list[DateSpan]:
    """Days told side by side for one incident ("on Monday and again on Wednesday", "on 3 and
    5 March"): day-precise dates joined by a conjunction or "again", one per distinct day, in
    text order. Fewer than two means no split."""
    days = sorted((d for d in dates if d.time_precision == 1 and d.kind not in ("range", "year")), key=lambda d: d.char_start)
    chain: list[DateSpan] = []
    open_list = 0  # dates joined by a bare comma, not yet closed by a conjunction
    for d in days:
        if chain:
            gap = text[chain[-1].char_end - offset : d.char_start - offset]
            listed = bool(_LISTED.fullmatch(gap)) and d.kind == chain[-1].kind
            if not listed and (_REPORTING.search(gap) or not (_JOINED.fullmatch(gap) or _AGAIN.search(gap))):
                break
            if d.best == chain[-1].best:
                continue
            open_list = open_list + 1 if listed else 0
        chain.append(d)
    if open_list:
        chain = chain[:-open_list]
    if len({d.best for d in chain}) < 2:
        return []
    return chain


# ACLED codes an episode told as a short span of days ("from 20 to 24 May", "on 9-13 August")
# as one event a day, each with the same note. A longer span is a campaign, not a run of events;
# "between Monday and Wednesday" is a window the text is unsure of: one event on an unknown day.
RANGE_SPLIT_DAYS = 7
_WINDOW = re.compile(r"\s*between\b", re.IGNORECASE)


def range_days(span: DateSpan) -> list[DateSpan]:
    """The days of a short, day-precise span, one day-precise date each (all keep the span's
    text and offsets); fewer than two means no split."""
    days = (span.end - span.start).days + 1
    if span.kind != "range" or _WINDOW.match(span.text) or not 2 <= days <= RANGE_SPLIT_DAYS:
        return []
    return [
        replace(span, best=day, start=day, end=day, time_precision=1)
        for day in (span.start + timedelta(days=i) for i in range(days))
    ]


_FIRST = re.compile(r"\b(?:first|earlier|former)\b", re.IGNORECASE)
_LAST = re.compile(r"\b(?:second|latter|later|latest|last)\b", re.IGNORECASE)


def day_of_figure(start: int, tail: str, parts: list[DateSpan], interleaved: bool) -> int | None:
    """Which day part a figure at ``start`` belongs to, if the text says: a figure told between
    two dates goes with the date before it, and once figures are told day by day (``interleaved``)
    the last one goes with the last day; a figure after all the dates goes where an ordinal
    beside it points ("in the second attack"). None: the text does not say (a toll told before
    the dates, "15 were killed on Friday and Saturday", is the total of all days)."""
    if start < parts[0].char_start:
        return None
    if start < parts[-1].char_start or interleaved:
        return max(i for i, p in enumerate(parts) if p.char_start <= start)
    if _FIRST.search(tail):
        return 0
    if _LAST.search(tail):
        return len(parts) - 1
    return None


_Toll = TypeVar("_Toll", Fatalities, Injured)


def share(toll: _Toll, n: int, i: int, unit: str) -> _Toll:
    """The i-th of n even shares of a toll stated across n places or days (what is left over
    goes one each to the first parts: 5 over 3 days is 2, 2, 1, as ACLED notes divide it), with
    the division noted in the figure's text."""
    if n <= 1 or not toll.best:
        return toll

    def part(v: int | None) -> int | None:
        return None if v is None else v // n + (1 if i < v % n else 0)

    update: dict[str, object] = {
        "best": part(toll.best), "low": part(toll.low), "high": part(toll.high),
        "text": f"{toll.text or ''} (toll across {n} {unit}, divided evenly)".strip(),
    }
    if isinstance(toll, Fatalities):
        update.update(civilians=part(toll.civilians), children=part(toll.children), women=part(toll.women))
    return toll.model_copy(update=update)


__all__ = ["clause_owner", "day_of_figure", "day_parts", "own_clause", "share"]
