"""The date an article stamps on itself: the dateline that dates the text's "today".

News pages carry their own date at the top: "Sun 22 Feb 2015 ...", "Published April 2 2017",
"Date of publication 5 August 2016", "Last updated at Apr 152017" (a scraper glued day and year),
"21.02.2015", or the agency line after a headline ("... AFP Saturday 7 Oct 2017 ..."). Relative
expressions in the text ("on Saturday", "yesterday") count from that day, so it is the reference
:func:`dateline.time.anchor.find_dates` should resolve against.

:func:`find_stamp` finds such a date only where a dateline sits - the very start of the text
(after an optional "Published"-style label and weekday) or right after a news agency's name near
the top - and only when it carries a year: a bare "On January 5" opening is an event date. With no
publication date from the caller it also takes the first full date under the headline that no word
governs ("... Aleppo city 6 October 2016 Aleppo SANA-"), and :func:`text_date` gives a text with
no stamp at all its latest named day, so its undated reports still carry a date.
:func:`reference_date` chooses between the stamp and the caller's publication date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.time.anchor import find_dates

__all__ = ["STAMP_AGREE_DAYS", "Stamp", "find_stamp", "reference_date", "text_date"]

# The caller's publication date and the text's stamp agree when this close: time zones and a
# page posted the evening before its print date explain a day or two; a wider gap means one
# of them dates something else (an archive copy, a later update), and the caller's date wins.
STAMP_AGREE_DAYS = 3

_FLAGS = re.IGNORECASE | re.ASCII
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+"
_LABEL = (
    r"(?:(?:date\s+of\s+publication|(?:first\s+|last\s+)?(?:published|posted|updated))"
    r"(?:\s+(?:at|on))?\s*:?\s*)"
)
# At the very start: an optional label, then an optional weekday; the date must begin there.
_RE_OPENING = re.compile(rf"\s*{_LABEL}?(?:{_WEEKDAY})?", _FLAGS)
# Agencies whose copy is reprinted with an "AGENCY Weekday D Mon YYYY" line after the headline
# (agency names are facts; the list only needs the ones that put a date on that line).
_RE_AGENCY = re.compile(
    rf"\b(?:AFP|Reuters|AP|Associated\s+Press|SANA|Sputnik|TASS|Xinhua|dpa|Anadolu|IRNA|ANSA|UPI)"
    rf"\s*[,:\-\u2013\u2014|]?\s+(?i:{_WEEKDAY})?",
    re.ASCII,  # agency names keep their case: "ap" or "afp" in running text is no agency
)
_AGENCY_WINDOW = 400  # a headline and a byline fit here; a date further on is in the story
# The wire dateline "DHAKA, Jan 21 (UNB) -": an optional place, month and day, then the agency in
# brackets. It dates the filing, not an event, though it carries no year: the caller's date gives
# that. The bracket must hold a name, not a weekday ("January 5 (Monday)" is an event's date).
_RE_WIRE = re.compile(
    r"\W*(?:[A-Z][A-Za-z.'’-]*(?:\s+[A-Z][A-Za-z.'’-]*){0,2}\s*,\s*)?"
    r"(?P<m>(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<d>[0-3]?\d)(?!\d)\s*"
    r"\(\s*(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day)[A-Z][A-Za-z]{1,15}(?:\s+[A-Z][A-Za-z]{1,15}){0,2}\s*\)",
    re.ASCII,
)
# "Apr 152017": month, day and year with the space between day and year lost.
_RE_GLUED = re.compile(
    r"(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?P<d>[0-3]?\d)(?P<y>(?:19|20)\d{2})(?!\d)",
    _FLAGS,
)
# "21.02.2015", "13-08-2013", "4/19/2017"
_RE_NUMERIC = re.compile(r"(?P<a>[0-3]?\d)(?P<sep>[./-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d{2})(?!\d)")
# A headline and the date printed under it fit here; a date further on is in the story.
_HEADLINE_WINDOW = 300
_RE_LEAD_WEEKDAY = re.compile(rf"(?:{_WEEKDAY})?$", _FLAGS)
_RE_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
# Words that make the date after them part of the sentence (an event's day, a period), not a stamp.
_GOVERNING = frozenset({
    "on", "in", "of", "at", "since", "from", "until", "till", "by", "before", "after", "between",
    "and", "or", "to", "through", "during", "than", "as", "late", "early", "mid", "dated",
})
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Stamp:
    """A text's own date stamp: the day and where it is written."""

    day: date
    char_start: int
    char_end: int


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _numeric(m: re.Match[str], published: date | None) -> date | None:
    a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
    # Day first is the convention of the outlets that print dots and dashes; month first is the
    # US slash form. An impossible reading falls away, and the caller's date breaks a tie.
    day_first = _safe(y, b, a)
    month_first = _safe(y, a, b)
    readings = [x for x in ((month_first, day_first) if m["sep"] == "/" else (day_first, month_first)) if x]
    if not readings:
        return None
    if published is not None and len(readings) == 2:
        return min(readings, key=lambda x: abs((x - published).days))
    return readings[0]


def _date_at(text: str, pos: int, published: date | None) -> Stamp | None:
    """A full date (with its year) starting at `pos`, in any of the dateline forms."""
    m = _RE_GLUED.match(text, pos)
    if m is not None:
        day = _safe(int(m["y"]), _MONTHS.index(m["m"].lower()[:3]) + 1, int(m["d"]))
        return Stamp(day, m.start(), m.end()) if day else None
    m = _RE_NUMERIC.match(text, pos)
    if m is not None:
        day = _numeric(m, published)
        return Stamp(day, m.start(), m.end()) if day else None
    window = text[pos : pos + 40]
    for span in find_dates(window, None, offset=pos):
        # with no publication date, find_dates returns only dates that carry a year
        if span.char_start == pos and span.kind == "explicit":
            return Stamp(span.best, span.char_start, span.char_end)
        break
    return None


def find_stamp(text: str, published: date | None = None) -> Stamp | None:
    """The date the text stamps on itself, or None. `published` only breaks the tie of a
    numeric date that reads both ways ("01-10-2014")."""
    opening = _RE_OPENING.match(text)
    if opening is not None:
        found = _date_at(text, opening.end(), published)
        if found is not None:
            return found
    for m in _RE_AGENCY.finditer(text, 0, _AGENCY_WINDOW):
        found = _date_at(text, m.end(), published)
        if found is not None:
            return found
    found = _wire_dateline(text, published)
    if found is None and published is None:
        found = _headline_stamp(text)
    return found


def _headline_stamp(text: str) -> Stamp | None:
    """The first full date near the top standing on its own, as pages print it between headline
    and story ("... on Aleppo city 6 October 2016 Aleppo SANA-"). Only read when the caller has no
    publication date: then it is the best day the text offers to count its "Saturday" from, while
    a caller's date is better evidence than a guess at where the headline ends."""
    window = text[:_HEADLINE_WINDOW]
    found: list[Stamp] = []
    for span in find_dates(window, None):
        # with no publication date, find_dates returns only dates that carry a year
        if span.kind == "explicit":
            found.append(Stamp(span.best, span.char_start, span.char_end))
            break
    for rx in (_RE_NUMERIC, _RE_GLUED):
        for m in rx.finditer(window):
            if m.start() > 0 and window[m.start() - 1].isdigit():
                continue
            stamp = _date_at(text, m.start(), None)
            if stamp is not None:
                found.append(stamp)
            break
    if not found:
        return None
    first = min(found, key=lambda x: x.char_start)
    # "killed on 6 October 2016", "since March 2011": a date a word governs is an event's
    before = _RE_LEAD_WEEKDAY.sub("", window[: first.char_start])
    word = _RE_LAST_WORD.search(before)
    if word is not None and word.group(1).lower() in _GOVERNING:
        return None
    return first


def _wire_dateline(text: str, published: date | None) -> Stamp | None:
    """A yearless "Place, Mon D (AGENCY)" dateline at the very start, in the year that puts it
    nearest the caller's date (none without one: the year cannot be told)."""
    m = _RE_WIRE.match(text)
    if m is None or published is None:
        return None
    month = _MONTHS.index(m["m"].lower()[:3]) + 1
    days = [x for x in (_safe(y, month, int(m["d"])) for y in (published.year - 1, published.year, published.year + 1)) if x]
    if not days:
        return None
    day = min(days, key=lambda x: abs((x - published).days))
    return Stamp(day, m.start("m"), m.end("d"))


def reference_date(stamp: Stamp | None, published: date | None) -> date | None:
    """The day a text's relative expressions count from: its own `stamp` (see :func:`find_stamp`)
    when the caller gave no publication date or one that agrees with it (within
    :data:`STAMP_AGREE_DAYS`), else the caller's date."""
    if stamp is None:
        return published
    if published is None or abs((stamp.day - published).days) <= STAMP_AGREE_DAYS:
        return stamp.day
    return published


def text_date(text: str) -> date | None:
    """The latest calendar day (one with its year) the text names, or None: the reference of a
    text with neither a publication date nor a stamp. A page is written no earlier than the last
    day it tells of, so its undated sentences and relative words count from that day rather than
    from nothing (their reports would carry no date) or from the day the coder runs."""
    days = [x.best for x in find_dates(text, None) if x.kind == "explicit"]
    return max(days) if days else None
