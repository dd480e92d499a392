"""Spans of days told as a length, not as dates: one report a day.

"Ten were killed in two days of clashes", "students protested for three days", "a two-day raid"
tell one episode over several days without naming them. ACLED codes such an episode as one event
a day, the days ending on the report's own date, and divides a toll told once for all of them as
evenly as it can (ACLED's fatality FAQ: a summary figure across several days or places is split
evenly across the events). UCDP GED would keep one event with date_start/date_end and date_prec 2;
we follow ACLED, the format the coder is scored on.

"Since Monday" is not split: a toll counted since a day is a running total (see numbers.py), and
news sets that count an article's dead (FA-KES) take all of it.

A length that belongs to something else is not the event's: "a two-day water shortage", "the
second attack in two days", "two days later", "over the past six days" (a look-back total).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from spacy.tokens import Span, Token

from dateline.extract.splitting import RANGE_SPLIT_DAYS
from dateline.nlp.model import span_text
from dateline.time.anchor import DateSpan

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_LENGTH = re.compile(
    r"\b(?:(?P<prep>in|over|for|during|across|throughout|within|after|of)\s+)?(?:(?P<mod>the|a|another|past|last|next|first|previous|coming)\s+)?"
    r"(?:(?P<mod2>past|last|next|first|previous|coming|few)\s+)?"
    r"(?P<n>two|three|four|five|six|seven|[2-7])(?:\s+|-)(?:(?:consecutive|straight|successive)\s+)?(?P<unit>days?)\b"
    r"(?P<after>\s+(?:later|ago|after|before|earlier|apart|since|from now|long)\b)?",
    re.IGNORECASE,
)
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
_ONE_OF = re.compile(
    r"\b(?:" + "|".join(_ORDINAL_WORDS) + r"|last|final)\s+(?:day\s+)?(?:of\s+(?:the\s+)?)?$", re.IGNORECASE
)
# "one death the first day, two the second": a figure tied to one day of the span by its ordinal
_ON_DAY = re.compile(
    r"^[^.;]{0,30}?\b(?:on\s+)?the\s+(?P<ord>" + "|".join(_ORDINAL_WORDS) + r"|last|final)\b(?:\s+day\b|\s*[.;,]|\s*$)",
    re.IGNORECASE,
)
# "the second attack in two days", "another protest in three days": a count of events, one of them this one
_ORDINALS = frozenset({"second", "third", "fourth", "fifth", "another", "latest", "fresh", "new", "such"})
# verbs that tell a toll ("killing five over two days", "19 killed in three days"): their length is the toll's
_TOLL_LEMMAS = frozenset({"kill", "die", "dead", "leave", "claim", "wound", "injure", "death"})
# a clause verb whose subject is the event ("clashes lasted two days", "the protest went on for three days")
_LASTING = frozenset({"last", "continue", "go", "rage", "run", "persist", "stretch", "drag", "extend", "spread"})


def _head(tok: Token) -> Token:
    """The word a length phrase modifies: up through its preposition and any number between
    ("killing five over two days": the killing)."""
    h = tok.head
    for _ in range(4):
        if h.head.i == h.i or not (h.pos_ in ("ADP", "SCONJ", "NUM") or h.lemma_.lower() == "day"):
            break
        h = h.head
    return h


def _owns(head: Token, trigger: Token, verb: Token) -> bool:
    """Whether a length attached to ``head`` tells the span of the event whose trigger is
    ``trigger`` (``verb``: the clause verb of a noun trigger that is its subject)."""
    if any(c.lower_ in _ORDINALS for c in head.children):
        return False
    if head.i in (trigger.i, verb.i):
        return True
    if head.lemma_.lower() in _TOLL_LEMMAS:
        return True
    return head.lemma_.lower() in _LASTING and any(c.i == trigger.i and c.dep_ in ("nsubj", "nsubjpass") for c in head.children)


def _days(end: date, n: int, m: re.Match[str], offset: int, precision: int = 1) -> list[DateSpan]:
    start = end - timedelta(days=n - 1)
    return [
        DateSpan(best=day, start=day, end=day, time_precision=precision, text=m.group(0),
                 char_start=offset + m.start(), char_end=offset + m.end(), kind="duration")
        for day in (start + timedelta(days=i) for i in range(n))
    ]


def duration_days(
    sent: Span, trigger: Token, verb: Token, end: date, precision: int = 1, stated: tuple[tuple[int, int], ...] = ()
) -> list[DateSpan]:
    """The days of an episode the sentence tells by its length, one date each, ending on ``end``
    (the report's date, its ``precision`` kept: a day guessed from publication stays a guess);
    fewer than two means no split. ``trigger``: the event's trigger token, ``verb``: the clause
    verb of a noun trigger that is its subject (else the trigger); ``stated``: the character
    spans of the dates the sentence tells itself."""
    if stated:
        return []  # days the sentence names itself date the episode better than a counted length
    text, offset = span_text(sent), sent.start_char
    doc = sent.doc
    for m in _LENGTH.finditer(text):
        if m.group("after") or (m.group("mod") or "").lower() not in ("", "the", "a") or m.group("mod2"):
            continue
        if _ONE_OF.search(text, max(0, m.start() - 24), m.start()):
            continue  # "the second of three days of protests": one day of the span
        prep = (m.group("prep") or "").lower()
        if prep in ("within", "after"):
            continue
        n = _COUNTS.get(m.group("n").lower()) or int(m.group("n"))
        unit = doc.char_span(offset + m.start("unit"), offset + m.end("unit"), alignment_mode="expand")
        # longer spans are campaigns, not a run of daily events (the bound of a "from 20 to 24 May" range)
        if unit is None or not 2 <= n <= RANGE_SPLIT_DAYS:
            continue
        day = unit.root
        if day.dep_ in ("compound", "amod", "nmod") or m.group(0)[-len(m.group("unit")) - 1] == "-":
            # "a two-day raid": the day word qualifies the noun after it
            owner = day.head
            if owner.i == trigger.i and not any(c.lower_ in _ORDINALS for c in owner.children):
                return _days(end, n, m, offset, precision)
            continue
        if any(t.i == trigger.i and t.head.i == c.i for c in day.children if c.lower_ == "of" for t in c.children):
            return _days(end, n, m, offset, precision)  # "two days of clashes"
        if prep == "of":
            continue
        if _owns(_head(day), trigger, verb):
            return _days(end, n, m, offset, precision)
    return []


def day_by_ordinal(tail: str, n: int) -> int | None:
    """Which of ``n`` counted days the words after a figure name ("... the first day", "two the
    second"), if any."""
    m = _ON_DAY.search(tail)
    if m is None:
        return None
    word = m.group("ord").lower()
    i = n - 1 if word in ("last", "final") else _ORDINAL_WORDS.index(word)
    return i if i < n else None


__all__ = ["day_by_ordinal", "duration_days"]
