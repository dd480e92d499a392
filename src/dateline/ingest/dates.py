"""Strict parsing of publication dates: ISO ``YYYY-MM-DD`` and the usual English news forms.

Strict on purpose: this decides whether a line at the top of a file *is* a date line, and what
``--published`` means, so a lenient parser (dateparser reads "May" or "3 people" as dates) would
eat body text. Anything not matched exactly raises ``DatelineError("E007")``.
"""

from __future__ import annotations

import re
from datetime import date

from dateline.errors import DatelineError

_MONTHS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sep", "sept"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ),
    start=1,
):
    for _name in _names:
        _MONTHS[_name] = _number

# date.weekday() numbering: Monday is 0.
_WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate(
    (
        ("monday", "mon"),
        ("tuesday", "tue", "tues"),
        ("wednesday", "wed"),
        ("thursday", "thu", "thur", "thurs"),
        ("friday", "fri"),
        ("saturday", "sat"),
        ("sunday", "sun"),
    )
):
    for _name in _names:
        _WEEKDAYS[_name] = _number

_MONTH = r"(?P<month>[a-z]+)\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4})"
_WEEKDAY = r"(?:(?P<weekday>[a-z]+)\.?,?\s+)?"

_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
# A full ISO timestamp (JSON Lines often carry one); only its calendar date is kept.
_ISO_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?")
# "January 23, 2017", "January 23,2017", "January 23 2017" but not "January 232017".
_MONTH_FIRST = re.compile(rf"{_WEEKDAY}{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}", re.IGNORECASE)
_DAY_FIRST = re.compile(rf"{_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}", re.IGNORECASE)


def parse_date(value: str) -> date:
    """Parse a publication date, or raise ``DatelineError("E007", value=value)``.

    Accepted: ``2017-01-23`` (also with an ISO time after it), ``January 23, 2017``,
    ``Jan. 23 2017``, ``23 Jan 2017``, ``Monday, January 23, 2017``, ``Mon 23 January 2017``.
    A weekday that does not match the date is rejected: it means the line is not what it seems.
    """
    text = " ".join(value.split())
    iso = _ISO.fullmatch(text)
    if iso is None and _ISO_TIME.fullmatch(text):
        iso = _ISO.match(text)
    if iso is not None:
        return _build(value, int(iso["year"]), int(iso["month"]), int(iso["day"]), None)
    for pattern in (_MONTH_FIRST, _DAY_FIRST):
        found = pattern.fullmatch(text)
        if found is None:
            continue
        month = _MONTHS.get(found["month"].lower())
        if month is None:
            break
        weekday: int | None = None
        if found["weekday"] is not None:
            weekday = _WEEKDAYS.get(found["weekday"].lower())
            if weekday is None:
                break
        return _build(value, int(found["year"]), month, int(found["day"]), weekday)
    raise DatelineError("E007", value=value)


def _build(value: str, year: int, month: int, day: int, weekday: int | None) -> date:
    try:
        result = date(year, month, day)
    except ValueError:
        raise DatelineError("E007", value=value) from None
    if weekday is not None and result.weekday() != weekday:
        raise DatelineError("E007", value=value)
    return result


_LABELS = {"posted", "on", "published", "date", "of", "publication", "updated", "last", "first", "dated", "at", ":"}


def leading_date(text: str) -> date | None:
    """A date that opens a text on its own words ("Wed 05 Apr 2017 Aleppo blast ...", "Posted on
    July 12 2016 by ..."), as wire copy and scraped feeds often do; the text is left as it is."""
    words = text[:100].split()
    for skip in range(4):
        if any(w.lower().rstrip(":") not in _LABELS for w in words[:skip]):
            break
        for n in (5, 4, 3):
            if len(words) < skip + n:
                continue
            candidate = " ".join(words[skip : skip + n]).rstrip(",.:;-–—")
            if not re.search(r"\d{4}", candidate):
                continue
            try:
                return parse_date(candidate)
            except DatelineError:
                continue
    return None
