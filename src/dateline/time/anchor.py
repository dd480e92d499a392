"""Find date expressions in news text and resolve them to dates in ACLED conventions.

:func:`find_dates` scans a sentence (or any text) for date expressions ("January 20, 2017",
"on Tuesday", "over the weekend", "mid-January", "between 20 and 22 January", "two days ago",
"in 2016") and resolves each against the article's publication date into a :class:`DateSpan`:
a best day to code, the start and end of what the text allows, and ACLED's ``time_precision``:

* 1 - the exact day is known;
* 2 - only the week is known (or a weekend, or a span of a few days);
* 3 - only the month is known (coded mid-month, or the first / last day of the month for
  "early" / "late" in the month). Year-only expressions ("in 2016", "last year") are outside
  ACLED's scale; they come back as kind ``"year"`` with precision 3 so callers can recognise
  background / historical material.

News reports describe the past, so a date without a year is the most recent such day (with one day
of slack for time zones), and expressions that point to the future ("tomorrow", "next week") are
recognised but not returned.

:func:`resolve_relative_to` and :func:`find_anchor_phrases` handle expressions tied to another
event ("two days after the attack", "the next day"): the first shifts a known anchor date, the
second reports the shift and the anchor's noun phrase so the caller can find the anchor event.

Candidates are found with precompiled regular expressions and resolved with plain date arithmetic.
``dateparser`` is deliberately not used: the regex groups already give day, month and year, and
dateparser's own relative resolution does not follow the news conventions used here (and costs
about a millisecond per call, on every sentence of every article).
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from typing import Literal

__all__ = ["NOTE_GENRE", "DateSpan", "find_anchor_phrases", "find_dates", "on_note_day", "resolve_relative_to"]

# Article.genre of a note dated with its own event's day (an ACLED-style coder note), not a page
# dated with its publication: see :func:`on_note_day`.
NOTE_GENRE = "note"


@dataclass(frozen=True)
class DateSpan:
    """One resolved date expression.

    ``best`` is the day to code; ``start``/``end`` bound what the text allows (inclusive).
    ``char_start``/``char_end`` are offsets of ``text`` in the scanned text, plus the caller's offset.
    ``kind`` is one of "explicit", "relative", "weekday", "weekend", "part_of_month", "month",
    "anchored", "range" or "year".
    """

    best: date
    start: date
    end: date
    time_precision: int  # ACLED: 1 day, 2 week / few days, 3 month (also used for "year")
    text: str
    char_start: int
    char_end: int
    kind: str


_DAY = timedelta(days=1)
_FLAGS = re.IGNORECASE | re.ASCII  # ASCII: keeps \d and case folding to ASCII (no "ſ" == "s")

_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_FULL_MONTHS = frozenset(calendar.month_name[i].lower() for i in range(1, 13))
_WEEKDAYS = {calendar.day_name[i].lower(): i for i in range(7)}  # Monday = 0

_NUM_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a couple of": 2,
}  # fmt: skip

# Regex fragments. Longer alternatives come first where one is a prefix of another.
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_DAYNUM = r"[0-3]?\d(?:st|nd|rd|th)?\b"
_YEAR = r"(?:1[89]|20)\d{2}"
_NUM = (
    r"(?:\d{1,3}|a\s+couple\s+of|a\s+few|several|an?|one|two|three|four|five|six|seven|eight"
    r"|nine|ten|eleven|twelve)"
)
_RANGE_SEP = r"\s*(?P<sep>-|\u2013|\u2014|\bto\b|\band\b|\bthrough\b|\buntil\b|\btill\b)\s*"


def _words(spaced: str) -> frozenset[str]:
    return frozenset(spaced.split())


# Words that make a bare "May"/"March" a month rather than a verb or a noun.
_MONTH_CONTEXT = _words(
    "in since during until till by from before after through throughout of last this past early late mid"
)

# A resolver returns (best, start, end, precision, kind); None for a date expression it will not
# resolve (future, or needs a publication date) - the text is consumed so no shorter pattern
# re-reads it; _NOT_DATE when the match is not a date expression after all.
_Resolved = tuple[date, date, date, int, str]
_NOT_DATE: Literal[False] = False
_Result = _Resolved | None | Literal[False]
_Resolver = Callable[[re.Match[str], date | None], _Result]


def _month_num(token: str) -> int:
    return _MONTHS[token.rstrip(".").lower()[:3]]


def _day_num(token: str) -> int:
    return int(token.lower().rstrip("stndrh"))  # "20th", "1ST" -> 20, 1


def _last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _num(token: str) -> int | None:
    t = " ".join(token.lower().split())
    if t.isdigit():
        return int(t)
    return _NUM_WORDS.get(t)


def _norm(token: str | None) -> str:
    return " ".join(token.lower().split()) if token else ""


def _recent_day(published: date, month: int, day: int) -> date | None:
    """The most recent (month, day) not after published + 1 day: reports are about the past, and
    the slack absorbs time zones between the event and the dateline."""
    limit = published + _DAY
    for year in range(limit.year, limit.year - 9, -1):  # 9 years back covers 29 February
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if d <= limit:
            return d
    return None


def _recent_weekday(published: date, weekday: int) -> date:
    # News convention: "on Monday" in a Monday article usually means that day.
    return published - timedelta(days=(published.weekday() - weekday) % 7)


def _one_day(d: date, kind: str) -> _Resolved:
    return d, d, d, 1, kind


# --- explicit dates ----------------------------------------------------------------------------

_RE_MD = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+(?:the\s+)?)?(?P<m>{_MONTH})\s+(?P<d>{_DAYNUM})(?:,?\s+(?P<y>{_YEAR})\b)?",
    _FLAGS,
)
_RE_DM = re.compile(
    rf"\b(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<d>{_DAYNUM})\s+(?:of\s+)?(?P<m>{_MONTH})"
    rf"(?:,?\s+(?P<y>{_YEAR})\b)?",
    _FLAGS,
)
_RE_ISO = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])", _FLAGS)
_RE_LOWER_WORD_AHEAD = re.compile(r"\s+[a-z]")


# "on 12 and 13 August", "on August 12 and 13": two days listed under one month name; the day
# without its own month is read here (``x``), the other is an ordinary date.
_RE_LISTED_DM = re.compile(
    rf"\b(?P<x>(?P<d>{_DAYNUM}))\s+and\s+(?:the\s+)?{_DAYNUM}\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?",
    _FLAGS,
)
_RE_LISTED_MD = re.compile(
    rf"\b(?P<m>{_MONTH})\s+{_DAYNUM}\s+and\s+(?:the\s+)?(?P<x>(?P<d>{_DAYNUM}))(?:,?\s+(?P<y>{_YEAR})\b)?",
    _FLAGS,
)


# "on 3, 4 and 6 May", "on May 3, 4, and 6, 2017": three or more days under one month name. Each
# day is a date of its own (the splitter codes one event a day); all take the year of the last
# day, so a list does not straddle a year the text never named. Days must rise: a falling run of
# numbers before a month is a tally, not a list of days.
_DAY_LIST = rf"{_DAYNUM}(?:\s*,\s*(?:the\s+)?{_DAYNUM})+\s*,?\s*and\s+(?:the\s+)?{_DAYNUM}"
_RE_LIST_DM = re.compile(
    rf"\b(?P<days>{_DAY_LIST})\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?", _FLAGS
)
_RE_LIST_MD = re.compile(rf"\b(?P<m>{_MONTH})\s+(?P<days>{_DAY_LIST})(?:,?\s+(?P<y>{_YEAR})\b)?", _FLAGS)
_RE_DAY_IN_LIST = re.compile(_DAYNUM, _FLAGS)


def _listed_days(text: str, pub: date | None) -> list[tuple[int, int, _Resolved | None]]:
    """One candidate per day of a listed run; the day that carries the month spans the month too,
    so it wins over the ordinary reading of the same words."""
    found: list[tuple[int, int, _Resolved | None]] = []
    for m in (*_RE_LIST_DM.finditer(text), *_RE_LIST_MD.finditer(text)):
        if m["m"] == "may":
            continue  # lower-case "may" before numbers is the modal verb
        days = list(_RE_DAY_IN_LIST.finditer(m["days"]))
        nums = [_day_num(d[0]) for d in days]
        if any(b <= a for a, b in pairwise(nums)) or not 1 <= nums[0] <= nums[-1] <= 31:
            continue
        month = _month_num(m["m"])
        try:
            last = date(int(m["y"]), month, nums[-1]) if m["y"] else _recent_day(pub, month, nums[-1]) if pub else None
        except ValueError:
            last = None
        if last is None:
            continue
        base = m.start("days")
        for i, (d, n) in enumerate(zip(days, nums, strict=True)):
            start, end = base + d.start(), base + d.end()
            if m.re is _RE_LIST_DM and i == len(days) - 1:
                end = m.end()
            elif m.re is _RE_LIST_MD and i == 0:
                start = m.start()
            try:
                found.append((start, end, _one_day(last.replace(day=n), "explicit")))
            except ValueError:
                found.append((start, end, None))  # "29, 30 and 31 February": a list, but no date
    return found


def _res_explicit(m: re.Match[str], pub: date | None) -> _Result:
    month, day = _month_num(m["m"]), _day_num(m["d"])
    if m["y"]:
        return _one_day(date(int(m["y"]), month, day), "explicit")
    if m["m"] == "may" and _RE_LOWER_WORD_AHEAD.match(m.string, m.end()):
        return _NOT_DATE  # "up to 10 may have died": the modal verb, not the month
    if pub is None:
        return None
    d = _recent_day(pub, month, day)
    return _one_day(d, "explicit") if d else None


def _res_iso(m: re.Match[str], pub: date | None) -> _Result:
    try:
        return _one_day(date(int(m["y"]), int(m["m"]), int(m["d"])), "explicit")
    except ValueError:
        return _NOT_DATE


# --- ranges ------------------------------------------------------------------------------------

_RE_RANGE_MD = re.compile(
    rf"\b(?P<pre>(?:between|from)\s+)?(?P<m1>{_MONTH})\s+(?P<d1>{_DAYNUM})(?:,?\s+(?P<y1>{_YEAR}))?"
    rf"{_RANGE_SEP}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAYNUM})(?:,?\s+(?P<y2>{_YEAR})\b)?",
    _FLAGS,
)
_RE_RANGE_DM = re.compile(
    rf"\b(?P<pre>(?:between|from)\s+(?:the\s+)?)?(?P<d1>{_DAYNUM})"
    rf"(?:\s+(?:of\s+)?(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?)?"
    rf"{_RANGE_SEP}(?:the\s+)?(?P<d2>{_DAYNUM})\s+(?:of\s+)?(?P<m2>{_MONTH})(?:,?\s+(?P<y2>{_YEAR})\b)?",
    _FLAGS,
)
_RE_RANGE_WD = re.compile(
    rf"\b(?:between|from)\s+(?P<w1>{_WEEKDAY})\s+(?:to|and|until|till|through)\s+(?P<w2>{_WEEKDAY})\b",
    _FLAGS,
)


def _range_precision(start: date, end: date) -> int:
    days = (end - start).days + 1
    return 1 if days == 1 else 2 if days <= 7 else 3


def _res_range(m: re.Match[str], pub: date | None) -> _Result:
    sep = _norm(m["sep"])
    if sep == "and" and not m["pre"]:
        return _NOT_DATE  # "on January 20 and 22" lists two days; it is not a range
    if not m["pre"] and m.re is _RE_RANGE_DM and sep not in ("-", "\u2013", "\u2014") and not m["m1"]:
        return _NOT_DATE  # "5 to 10 January" without "from"/"between" is too often a count
    m1 = _month_num(m["m1"] or m["m2"])
    m2 = _month_num(m["m2"] or m["m1"])
    d1, d2 = _day_num(m["d1"]), _day_num(m["d2"])
    wraps = (m2, d2) < (m1, d1)  # "30 December to 2 January" crosses a year boundary
    if wraps and not (m["m1"] and m["m2"]):
        return _NOT_DATE
    y1 = int(m["y1"]) if m["y1"] else None
    y2 = int(m["y2"]) if m["y2"] else None
    try:
        if y2 is not None or y1 is not None:
            end_year = y2 if y2 is not None else (y1 or 0) + wraps
            start_year = y1 if y1 is not None else end_year - wraps
            start, end = date(start_year, m1, d1), date(end_year, m2, d2)
        else:
            if pub is None:
                return None
            # The most recent such range begun by the publication date (+1 day slack, as for single
            # days); a report cannot describe days after it, so an inferred range is clipped there.
            limit = pub + _DAY
            start_year = limit.year
            while date(start_year, m1, min(d1, _last_day(start_year, m1))) > limit:
                start_year -= 1
            start, end = date(start_year, m1, d1), date(start_year + wraps, m2, d2)
            if end > pub:
                end = max(start, pub)
    except ValueError:
        return _NOT_DATE
    if not start <= end or (end - start).days > 366:
        return _NOT_DATE
    # ACLED codes the first day of a multi-day span here, so the best day is the start.
    return start, start, end, _range_precision(start, end), "range"


def _res_range_weekdays(m: re.Match[str], pub: date | None) -> _Result:
    if pub is None:
        return None
    end = _recent_weekday(pub, _WEEKDAYS[m["w2"].lower()])
    start = end - timedelta(days=(_WEEKDAYS[m["w2"].lower()] - _WEEKDAYS[m["w1"].lower()]) % 7)
    return start, start, end, _range_precision(start, end), "range"


# --- words relative to the publication date ---------------------------------------------------

_RE_REL_DAY = re.compile(
    r"\b(?:(?P<dby>(?:the\s+)?day\s+before\s+yesterday)|(?P<dat>(?:the\s+)?day\s+after\s+tomorrow)"
    r"|(?:(?:early|late|earlier|later)\s+)?(?<!\busa\s)(?P<w>today|yesterday|tonight|tomorrow)"
    r"(?:\s+(?:morning|afternoon|evening|night))?"
    r"|this\s+(?P<tod>morning|afternoon|evening)|last\s+(?P<ln>night|evening))\b",
    _FLAGS,
)
_RE_AGO = re.compile(rf"\b(?P<n>{_NUM})\s+(?P<u>day|week|month|year)s?\s+ago\b", _FLAGS)
_RE_PERIOD = re.compile(
    r"\b(?P<mod>earlier\s+this|later\s+this|the\s+past|the\s+last|last|this|next|past)\s+"
    r"(?P<u>week|month|year)\b",
    _FLAGS,
)


def _res_rel_day(m: re.Match[str], pub: date | None) -> _Result:
    if pub is None or m["dat"]:
        return None
    if m["dby"]:
        return _one_day(pub - 2 * _DAY, "relative")
    word = _norm(m["w"])
    if word == "tomorrow":
        return None  # future: a report of something that has not happened is not an event date
    if word == "yesterday" or m["ln"]:
        return _one_day(pub - _DAY, "relative")
    return _one_day(pub, "relative")


def on_note_day(span: DateSpan, day: date) -> DateSpan:
    """``span`` as read in a note dated with its own event's ``day`` (an ACLED-style coder note).

    "yesterday", "last night", "a week ago", "last week" count from the day their words were
    written; a note copies them from a source whose writing day it does not give, so the only day
    they can name is the note's own (a vague one keeps its precision). Other spans, calendar dates
    and weekday names among them, come back unchanged."""
    if span.kind != "relative":
        return span
    return DateSpan(day, day, day, span.time_precision, span.text, span.char_start, span.char_end, span.kind)


def _month_span(year: int, month: int) -> _Resolved:
    return date(year, month, 15), date(year, month, 1), date(year, month, _last_day(year, month)), 3, ""


def _year_span(year: int) -> _Resolved:
    return date(year, 7, 1), date(year, 1, 1), date(year, 12, 31), 3, "year"


def _res_ago(m: re.Match[str], pub: date | None) -> _Result:
    if pub is None:
        return None
    unit, word = _norm(m["u"]), _norm(m["n"])
    if word in ("a few", "several"):
        if unit != "day":
            return None
        # "a few days ago": a span of a few days, ACLED precision 2.
        return pub - 3 * _DAY, pub - 5 * _DAY, pub - 2 * _DAY, 2, "relative"
    n = _num(word)
    if not n:
        return None
    if unit == "day":
        return _one_day(pub - n * _DAY, "relative")
    if unit == "week":
        best = pub - timedelta(weeks=n)
        return best, best - 3 * _DAY, min(best + 3 * _DAY, pub), 2, "relative"
    if unit == "month":
        index = pub.year * 12 + pub.month - 1 - n
        best, start, end, prec, _ = _month_span(index // 12, index % 12 + 1)
        return best, start, end, prec, "relative"
    return _year_span(pub.year - n)


def _res_period(m: re.Match[str], pub: date | None) -> _Result:
    mod, unit = _norm(m["mod"]), _norm(m["u"])
    if pub is None or mod in ("next", "later this"):
        return None
    monday = pub - timedelta(days=pub.weekday())
    if mod in ("the past", "the last", "past"):
        if unit == "year":
            # "over the past year" spans a year: background, like "in 2016", never an event day.
            return pub - 182 * _DAY, pub - 364 * _DAY, pub, 3, "year"
        # A rolling period ending on the publication day; its middle is the best guess.
        days = {"week": 7, "month": 30, "year": 365}[unit]
        start = pub - (days - 1) * _DAY
        return start + (days // 2) * _DAY, start, pub, 2 if unit == "week" else 3, "relative"
    if unit == "week":
        if mod == "last":
            start = monday - timedelta(weeks=1)
            return start + 2 * _DAY, start, start + 6 * _DAY, 2, "relative"  # best: its Wednesday
        return monday + timedelta(days=(pub - monday).days // 2), monday, pub, 2, "relative"
    if unit == "month":
        if mod == "last":
            prev = pub.replace(day=1) - _DAY
            best, start, end, prec, _ = _month_span(prev.year, prev.month)
            return best, start, end, prec, "relative"
        start = pub.replace(day=1)
        return min(pub, start.replace(day=15)), start, pub, 3, "relative"
    if mod == "last":
        return _year_span(pub.year - 1)
    start = date(pub.year, 1, 1)
    return min(pub, date(pub.year, 7, 1)), start, pub, 3, "year"


# --- weekdays and weekends ---------------------------------------------------------------------

_RE_WEEKDAY = re.compile(
    rf"\b(?:(?P<mod>last|this|past|next|late|early|earlier|later)\s+(?:on\s+)?)?(?P<wd>{_WEEKDAY})\b"
    r"(?:\s+(?:morning|afternoon|evening|night)\b)?",
    _FLAGS,
)
_RE_WEEKEND = re.compile(
    r"\b(?P<mod>the\s+past|the\s+previous|the\s+last|this|last|past|previous|next|the)\s+weekend\b",
    _FLAGS,
)


def _res_weekday(m: re.Match[str], pub: date | None) -> _Result:
    mod = _norm(m["mod"])
    if pub is None or mod == "next":
        return None
    weekday = _WEEKDAYS[m["wd"].lower()]
    if mod == "last":
        # "last Tuesday": the Tuesday of the previous (Monday-based) week, always before published.
        return _one_day(pub - timedelta(days=pub.weekday() + 7 - weekday), "weekday")
    return _one_day(_recent_weekday(pub, weekday), "weekday")


def _res_weekend(m: re.Match[str], pub: date | None) -> _Result:
    mod = _norm(m["mod"])
    if pub is None or mod == "next":
        return None
    wd = pub.weekday()
    if wd >= 5:  # published on the weekend: "this weekend" / "over the weekend" is the current one
        saturday = pub - timedelta(days=wd - 5)
        if mod in ("last", "previous", "the previous", "the last"):
            saturday -= timedelta(weeks=1)
    else:
        saturday = pub - timedelta(days=wd + 2)
    # ACLED codes a span to its middle; a two-day span has none, so the Saturday (first day) is best.
    return saturday, saturday, saturday + _DAY, 2, "weekend"


# --- months and parts of months ----------------------------------------------------------------

_RE_PART = re.compile(
    r"\b(?P<mod>mid(?:\s*-\s*|\s+)|(?:the\s+)?middle\s+of\s+"
    r"|(?:the\s+)?(?:beginning|start|end|close)\s+of\s+|(?:early|late)(?:\s+in\s+|\s*-\s*|\s+)"
    r"|(?:the\s+)?(?:first|second|third|fourth|last|final)\s+week\s+of\s+)"
    rf"(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?",
    _FLAGS,
)
_RE_MONTH = re.compile(
    rf"\b(?P<mod>(?:last|this|past|next)\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR})\b)?", _FLAGS
)
_RE_PREV_WORD = re.compile(r"([a-z]+)[\s-]*$", _FLAGS)

_WEEK_OF = {"first": 1, "second": 8, "third": 15, "fourth": 22}


def _part_days(mod: str, last: int) -> tuple[int, int, int, int]:
    """(start day, end day, best day, precision) for a part of a month of `last` days."""
    if "week" in mod:
        first = _WEEK_OF.get(mod.split()[-3], last - 6)
        return first, first + 6, first + 3, 2
    if mod.startswith(("mid", "the middle", "middle")):
        return 11, 20, 15, 3  # ACLED: month-level precision is coded mid-month
    if mod.startswith(("early", "the beginning", "beginning", "the start", "start")):
        return 1, 10, 1, 3
    if mod.startswith(("late", "the end", "end", "the close", "close")):
        return 21, last, last, 3
    return 1, last, 15, 3  # the whole month


def _resolve_month(
    month: int, year: str | None, mod: str, pub: date | None, kind: str, *, strictly_before: bool = False
) -> _Result:
    if year:
        y = int(year)
        first, end_day, best_day, prec = _part_days(mod, _last_day(y, month))
        return date(y, month, best_day), date(y, month, first), date(y, month, end_day), prec, kind
    if pub is None:
        return None
    # Most recent year in which that part of the month had begun by the publication date.
    y = pub.year
    while True:
        first, end_day, best_day, prec = _part_days(mod, _last_day(y, month))
        start = date(y, month, first)
        if start <= pub and not (strictly_before and (y, month) == (pub.year, pub.month)):
            break
        y -= 1
    # A report cannot describe days after its own publication: clip the span (the year was inferred).
    end = min(date(y, month, end_day), pub)
    best = min(date(y, month, best_day), end)
    return best, start, end, prec, kind


def _res_part(m: re.Match[str], pub: date | None) -> _Result:
    return _resolve_month(_month_num(m["m"]), m["y"], _norm(m["mod"]), pub, "part_of_month")


def _res_month(m: re.Match[str], pub: date | None) -> _Result:
    token, mod = m["m"].rstrip("."), _norm(m["mod"])
    if not m["y"]:
        if token.lower() not in _FULL_MONTHS:
            return _NOT_DATE  # "Jan", "Mar" alone are not reliable month mentions
        if token.lower() in ("may", "march"):
            # The verb "may" and a "march" need context: a capital and a preposition or modifier.
            prev = _RE_PREV_WORD.search(m.string, max(0, m.start() - 20), m.start())
            if not (token[0].isupper() and (mod or (prev and prev[1].lower() in _MONTH_CONTEXT))):
                return _NOT_DATE
    if mod == "next":
        return None
    return _resolve_month(
        _month_num(token), m["y"], "", pub, "month", strictly_before=mod in ("last", "past")
    )


# --- years -------------------------------------------------------------------------------------

_RE_YEAR = re.compile(
    r"\b(?:in|since|during|by|until|till|from|throughout|before|after|of|for)\s+(?:the\s+year\s+)?"
    rf"(?P<x>{_YEAR})\b(?![-\u2013/.,]\d)",
    _FLAGS,
)
_RE_YEAR_PART = re.compile(
    rf"\b(?P<x>(?:early|late|mid)(?:\s*-\s*|\s+)(?:in\s+)?{_YEAR}"
    rf"|(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+{_YEAR})\b(?![-\u2013/.,]\d)",
    _FLAGS,
)


def _res_year(m: re.Match[str], pub: date | None) -> _Result:
    # Year precision is outside ACLED's scale: returned as kind "year" for the caller to judge.
    return _year_span(int(m["x"][-4:]))


# Order does not matter for correctness (the longest match wins); it only breaks exact ties.
_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver], ...] = (
    (_RE_RANGE_MD, _res_range),
    (_RE_RANGE_DM, _res_range),
    (_RE_RANGE_WD, _res_range_weekdays),
    (_RE_ISO, _res_iso),
    (_RE_MD, _res_explicit),
    (_RE_DM, _res_explicit),
    (_RE_LISTED_DM, _res_explicit),
    (_RE_LISTED_MD, _res_explicit),
    (_RE_PART, _res_part),
    (_RE_MONTH, _res_month),
    (_RE_REL_DAY, _res_rel_day),
    (_RE_AGO, _res_ago),
    (_RE_PERIOD, _res_period),
    (_RE_WEEKEND, _res_weekend),
    (_RE_WEEKDAY, _res_weekday),
    (_RE_YEAR_PART, _res_year),
    (_RE_YEAR, _res_year),
)

# Per-pattern gates, aligned with _PATTERNS: groups of lower-case strings of which every match
# of the pattern holds one of each group (the patterns fold ASCII case only, so the text's
# lower case holds them too); a text without one of a group is not searched with that pattern.
_DIGITS = tuple("0123456789")
_MONTH_STEMS = tuple(_MONTHS)  # every alternative of _MONTH opens with one of these
_NEEDS: tuple[tuple[tuple[str, ...], ...], ...] = (
    (_MONTH_STEMS, _DIGITS),  # _RE_RANGE_MD
    (_MONTH_STEMS, _DIGITS),  # _RE_RANGE_DM
    (("day",), ("between", "from")),  # _RE_RANGE_WD: two weekdays
    (_DIGITS, ("-",)),  # _RE_ISO
    (_MONTH_STEMS, _DIGITS),  # _RE_MD
    (_MONTH_STEMS, _DIGITS),  # _RE_DM
    (_MONTH_STEMS, _DIGITS, ("and",)),  # _RE_LISTED_DM
    (_MONTH_STEMS, _DIGITS, ("and",)),  # _RE_LISTED_MD
    (_MONTH_STEMS,),  # _RE_PART
    (_MONTH_STEMS,),  # _RE_MONTH
    (("day", "tonight", "tomorrow", "this", "last"),),  # _RE_REL_DAY (today, yesterday: "day")
    (("ago",),),  # _RE_AGO
    (("week", "month", "year"),),  # _RE_PERIOD
    (("weekend",),),  # _RE_WEEKEND
    (("day",),),  # _RE_WEEKDAY: every weekday's name ends so
    (_DIGITS,),  # _RE_YEAR_PART
    (_DIGITS,),  # _RE_YEAR
)
_LIST_NEEDS = (_MONTH_STEMS, _DIGITS, ("and",))  # _RE_LIST_DM, _RE_LIST_MD


def _holds(low: str, needs: tuple[tuple[str, ...], ...], seen: dict[tuple[str, ...], bool]) -> bool:
    """Whether ``low`` holds a string of each group of ``needs`` (answers kept in ``seen``)."""
    for group in needs:
        ok = seen.get(group)
        if ok is None:
            ok = seen[group] = any(w in low for w in group)
        if not ok:
            return False
    return True


# Cheap gate: a sentence without any of these cannot hold a date expression we recognise.
_RE_TRIGGER = re.compile(
    r"\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|tonight|morning|evening|week"
    r"|month|year",
    _FLAGS,
)

# "two days after" / "the day before" immediately preceding a date expression.
_RE_SHIFT_BEFORE = re.compile(
    rf"\b(?:(?P<n>{_NUM})\s+(?P<u>day|week)s?|the\s+day)\s+"
    r"(?P<dir>after|before|prior\s+to|following|ahead\s+of)\s+$",
    _FLAGS,
)


def _shift_days(n_token: str | None, unit: str | None, direction: str) -> int | None:
    """Signed day shift for "<n> <unit> <direction>"; n_token None means "the day"."""
    n = 1 if n_token is None else _num(n_token)
    if n is None:
        return None
    days = n * (7 if _norm(unit) == "week" else 1)
    d = _norm(direction)
    backwards = ("before", "prior to", "ahead of", "preceding", "earlier", "prior", "previously")
    return -days if d in backwards else days


def find_dates(
    text: str, published: date | None, *, offset: int = 0, counts: frozenset[int] = frozenset()
) -> list[DateSpan]:
    """Every date expression in `text` that can be resolved, in text order.

    Relative expressions resolve against `published`; with `published` None only absolute dates
    that carry a year are returned. Offsets are positions in `text` plus `offset`.

    `counts` holds the offsets (with `offset` added) of four-digit numbers the caller's parse reads
    as counting a noun ("On February 23rd, 2000 supporters marched", "the sacking of 1900 ward
    clerks"): see :func:`_mask_counts`.
    """
    if not _RE_TRIGGER.search(text):
        return []
    original = text
    text = _mask_counts(text, published, offset, counts)
    # Listed days go first: on a tie in length they beat the ordinary reading of the same words.
    low = text.lower()
    seen: dict[tuple[str, ...], bool] = {}
    candidates: list[tuple[int, int, _Resolved | None]] = (
        _listed_days(text, published) if _holds(low, _LIST_NEEDS, seen) else []
    )
    for (pattern, resolver), needs in zip(_PATTERNS, _NEEDS, strict=True):
        if not _holds(low, needs, seen):
            continue
        for m in pattern.finditer(text):
            try:
                res = resolver(m, published)
            except (ValueError, OverflowError, KeyError):
                res = None  # an impossible date ("31 April"): a date expression, but no date
            if res is _NOT_DATE:
                continue
            start, end = m.span("x") if "x" in pattern.groupindex else m.span()
            candidates.append((start, end, res or None))
    # Longest match first, then leftmost: "the day before yesterday" beats "yesterday".
    candidates.sort(key=lambda c: (c[0] - c[1], c[0]))
    taken: list[tuple[int, int, _Resolved | None]] = []
    for cand in candidates:
        if all(cand[1] <= t[0] or cand[0] >= t[1] for t in taken):
            taken.append(cand)
    taken.sort()
    spans: list[DateSpan] = []
    for start, end, res in taken:
        if res is None:
            continue
        best, first, last, precision, kind = res
        span = DateSpan(best, first, last, precision, original[start:end], start + offset, end + offset, kind)
        shifted = _compose_shift(text, start, span, offset, spans)
        spans.append(shifted or span)
    return _apply_glosses(text, spans, published, offset)


def _mask_counts(text: str, published: date | None, offset: int, counts: frozenset[int]) -> str:
    """`text` with the counting numbers blanked, so no pattern reads them as a year: "On February
    23rd, 2000 supporters" is 23 February of the year the text is about, and 2,000 people. A count
    that is also this year or last is left a year: after a day and month a year is what the writer
    most likely meant ("On May 3, 2015 police arrested 12 people" written in 2015 or 2016)."""
    for at in counts:
        i = at - offset
        number = text[i : i + 4]
        if i < 0 or not number.isdigit():
            continue
        if published is not None and published.year - 1 <= int(number) <= published.year:
            continue
        text = text[:i] + "#" * 4 + text[i + 4 :]
    return text


# "on Tuesday (20/01)", "Monday [31 August]", "late last night (7 May)": a coder's or editor's
# gloss in brackets right after a relative expression states the day outright.
_RE_GLOSS_OPEN = re.compile(rf"\s*[(\[]\s*(?:{_WEEKDAY}\s*,?\s*)?", _FLAGS)
_RE_GLOSS_NUMERIC = re.compile(
    r"(?P<d>[0-3]?\d)/(?P<m>[01]?\d)(?:/(?P<y>(?:19|20)\d{2}))?\s*[)\]]", _FLAGS
)
_GLOSSED_KINDS = frozenset({"relative", "weekday", "weekend", "range"})


def _gloss_numeric(m: re.Match[str], published: date | None) -> date | None:
    # Day first: the bracketed form is the day-month habit of the notes and outlets that use it.
    month, day = int(m["m"]), int(m["d"])
    try:
        if m["y"]:
            return date(int(m["y"]), month, day)
        return _recent_day(published, month, day) if published is not None else None
    except ValueError:
        return None


def _weekday_agrees_ahead(span: DateSpan, gloss: DateSpan, published: date | None) -> date | None:
    """ "Tuesday [13 October]" written two days before that Tuesday: the yearless gloss read as
    last year's 13 October (a Monday) contradicts its weekday, and this year's day, a few days
    ahead, agrees with it. None when the gloss stands as read."""
    if published is None or span.kind != "weekday" or gloss.kind != "explicit" or gloss.start != gloss.end:
        return None
    day = gloss.best
    if day.weekday() == span.best.weekday() or str(day.year) in gloss.text:
        return None
    try:
        ahead = day.replace(year=day.year + 1)
    except ValueError:
        return None
    agrees = ahead.weekday() == span.best.weekday() and 0 < (ahead - published).days <= GLOSS_AHEAD_DAYS
    return ahead if agrees else None


# A weekday's gloss may name a day this close after the reference date (a note written ahead).
GLOSS_AHEAD_DAYS = 7


def _apply_glosses(text: str, spans: list[DateSpan], published: date | None, offset: int) -> list[DateSpan]:
    out: list[DateSpan] = []
    i = 0
    while i < len(spans):
        span = spans[i]
        i += 1
        opening = _RE_GLOSS_OPEN.match(text, span.char_end - offset)
        if span.kind not in _GLOSSED_KINDS or opening is None:
            out.append(span)
            continue
        nxt = spans[i] if i < len(spans) else None
        if nxt is not None and nxt.char_start - offset == opening.end() and nxt.kind in ("explicit", "range"):
            i += 1  # the gloss replaces the relative reading and is not a date of its own
            gloss = (nxt.best, nxt.start, nxt.end, nxt.time_precision, nxt.kind)
            ahead = _weekday_agrees_ahead(span, nxt, published)
            if ahead is not None:
                gloss = (ahead, ahead, ahead, 1, nxt.kind)
            end = nxt.char_end
        else:
            m = _RE_GLOSS_NUMERIC.match(text, opening.end())
            day = _gloss_numeric(m, published) if m is not None else None
            if m is None or day is None:
                out.append(span)
                continue
            gloss = (day, day, day, 1, "explicit")
            end = m.end() - 1 + offset
        while i < len(spans) and spans[i].char_start < end:
            i += 1  # "(Friday 23/01)": the weekday inside the gloss is part of it
        best, first, last, precision, kind = gloss
        whole = text[span.char_start - offset : end - offset]
        out.append(DateSpan(best, first, last, precision, whole, span.char_start, end, kind))
    return out


def _compose_shift(
    text: str, start: int, span: DateSpan, offset: int, previous: list[DateSpan]
) -> DateSpan | None:
    """Fold a preceding "two days after" into the date it shifts ("two days after January 20")."""
    window_start = max(0, start - 40, previous[-1].char_end - offset if previous else 0)
    m = _RE_SHIFT_BEFORE.search(text, window_start, start)
    if m is None:
        return None
    days = _shift_days(m["n"], m["u"], m["dir"])
    if days is None:
        return None
    try:
        return _shifted(span, days, text[m.start() : span.char_end - offset], m.start() + offset)
    except OverflowError:
        return None


def _shifted(anchor: DateSpan, days: int, text: str, char_start: int) -> DateSpan:
    delta = timedelta(days=days)
    return DateSpan(
        anchor.best + delta, anchor.start + delta, anchor.end + delta, anchor.time_precision,
        text, char_start, char_start + len(text), "anchored",
    )  # fmt: skip


# --- expressions tied to another event ---------------------------------------------------------

_RE_REL_SHIFT = re.compile(
    rf"\b(?:(?P<n>{_NUM})\s+(?P<u>day|week)s?\s+"
    r"(?P<dir>later|afterwards?|after|earlier|before|prior|previously)"
    r"|(?P<plus>the\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+after)"
    r"|(?P<minus>the\s+(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)|the\s+day\s+before)"
    r"|(?P<zero>(?:later\s+|earlier\s+)?(?:that|the)\s+same\s+(?:day|night|morning|evening)"
    r"|(?:hours|minutes|moments)\s+(?:later|earlier)))\b",
    _FLAGS,
)


def resolve_relative_to(text: str, anchor: DateSpan, *, offset: int = 0) -> DateSpan | None:
    """Resolve the first expression in `text` relative to another event's date `anchor`.

    Handles "two days after", "a day before", "three days later", "a week later", "the next day",
    "the following day", "the previous day", "the same day": best/start/end are shifted, the
    anchor's precision is kept, and kind is "anchored". Offsets are in `text` plus `offset`.
    """
    for m in _RE_REL_SHIFT.finditer(text):
        if m["plus"]:
            days: int | None = 1
        elif m["minus"]:
            days = -1
        elif m["zero"]:
            days = 0
        else:
            days = _shift_days(m["n"], m["u"], m["dir"])
        if days is None:
            continue  # "a few days later": too vague to shift a dated anchor
        try:
            return _shifted(anchor, days, m.group(), m.start() + offset)
        except OverflowError:
            return None
    return None


_RE_ANCHOR = re.compile(
    rf"\b(?:(?P<n>{_NUM})\s+(?P<u>day|week)s?|(?P<theday>the\s+(?:day|morning|evening|night))"
    r"|(?P<zero>hours|minutes|moments|shortly|just|soon|immediately))\s+"
    r"(?P<dir>after|before|following|preceding|prior\s+to|ahead\s+of)\b",
    _FLAGS,
)
_RE_NP_WORD = re.compile(r"[ \t]+([A-Za-z][\w'\u2019-]*|\d[\d,]*)", re.ASCII)
_DETERMINERS = _words("the a an this that these those its his her their our another")
_PRONOUNS = _words("he she they it we i you him them us")
_NP_STOP = _words(
    "in on at near by from to for with into onto of and or but nor that which who whom whose "
    "when where while as after before since until than then amid during over under against "
    "outside inside was were is are had has have been be being will would could should can may "
    "might did does do said says say claimed left hit struck took began broke saw came went "
    "made killed"
)
_DATE_WORDS = frozenset(
    {*_FULL_MONTHS, *_WEEKDAYS, "today", "yesterday", "tomorrow", "tonight", "last", "next", "mid"}
)
_MAX_NP_WORDS = 6


def _anchor_np_end(text: str, pos: int) -> int | None:
    """End of the noun phrase starting after `pos` ("an earlier strike"), or None if there is none."""
    end, content = None, 0
    for count in range(_MAX_NP_WORDS):
        m = _RE_NP_WORD.match(text, pos)
        if m is None:
            break
        word = m[1].lower()
        if count == 0 and (word in _PRONOUNS or word in _DATE_WORDS or word[0].isdigit()):
            return None  # a clause ("after he was...") or a date (find_dates composes those)
        if word in _NP_STOP:
            break
        if word in _DETERMINERS and content == 0:
            pos = m.end()
            continue
        # A past-tense verb ends the phrase ("an earlier strike killed"), but a participle right
        # after the determiner is an adjective ("the alleged attack").
        if content and word.endswith("ed") and len(word) > 4:
            break
        content += 1
        pos = end = m.end()
    return end


def find_anchor_phrases(text: str, offset: int = 0) -> list[tuple[int, str, int, int]]:
    """Phrases that date something relative to another event: "two days after an earlier strike".

    Returns (signed day shift, anchor noun phrase, char_start, char_end) per phrase, in text order.
    The offsets cover the whole phrase ("two days after an earlier strike") plus `offset`; the
    noun phrase ("an earlier strike") is its tail, so it starts at char_end - len(noun phrase).
    "hours/shortly/just after" give a shift of 0. Phrases whose anchor is itself a date ("two days
    after January 20") are left to :func:`find_dates`.
    """
    found: list[tuple[int, str, int, int]] = []
    for m in _RE_ANCHOR.finditer(text):
        if m["zero"]:
            days: int | None = 0
        elif m["theday"]:
            days = _shift_days(None, None, m["dir"])
        else:
            days = _shift_days(m["n"], m["u"], m["dir"])
        if days is None:
            continue
        np_end = _anchor_np_end(text, m.end())
        if np_end is None:
            continue
        np_start = np_end - len(text[m.end() : np_end].lstrip())
        found.append((days, text[np_start:np_end], m.start() + offset, np_end + offset))
    return found
