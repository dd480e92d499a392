"""Number phrases and casualty figures in English conflict reporting.

Public entry points:

* :func:`parse_count` turns a number phrase ("at least 12", "dozens", "between 10
  and 15", "one hundred and five") into a :class:`Count` with a conservative
  ``best`` figure plus ``low``/``high`` bounds.
* :func:`find_casualties` finds killed / injured / casualty figures in one sentence
  with precompiled regular expressions (no NLP model, so it is cheap enough to run
  on every sentence of every article).
* :func:`combine_figures` combines one report's figures across its sentences: members
  of a list and different victim groups add up, "also"/"another"/"others" add,
  restatements keep the largest figure, sub-figures never add.
* :func:`coded_fatalities` reads an ACLED coder's own remark in published notes
  ("Fatalities coded as 0 (source reported 3)", "Fatalities split over 2 locations (4)").

Running totals ("since 2011", "so far", "in the war", "the conflict that has killed")
are marked ``aggregate``; so is a figure of ``WAR_TOTAL`` (5,000) or more in a sentence
with no word of a single incident (attack, blast, strike, a weekday...).

Conventions follow the ACLED codebook: a fatality count is the *reported*, most
conservative figure; injuries are kept apart from deaths; "casualties" alone is
not a death count (it gets its own kind); a combined "killed and wounded" figure
with one number is kept as ``killed_and_injured`` rather than guessed apart.
Deaths mentioned without a number are reported with ``unnumbered=True``; imputing
a number for them (ACLED: 10 for a significant attack in a war zone, 3 otherwise)
is the caller's decision, because it depends on the event, not on the sentence.

Vague quantities (``VAGUE_QUANTITIES`` below, the single table of our choices):

=====================  ======  =====  ==============================================
phrase                 best    high   source
=====================  ======  =====  ==============================================
tens                   10      open   ACLED codebook ("10 for tens")
dozens                 12      open   ACLED codebook ("12 for dozens")
hundreds               100     open   ACLED codebook ("100 for hundreds")
thousands              1000    open   ACLED codebook ("and so on")
tens of thousands      10000   open   ACLED codebook ("and so on")
hundreds of thousands  100000  open   ACLED codebook ("and so on")
scores                 20      open   ours: one score = 20, read like "tens"
several                3       open   ours: common coding convention for "several"
a few                  3       open   ours: same convention as "several"
a handful              3       open   ours: same convention as "several"
a couple (of)          2       2      ours: literal meaning
a dozen                12      12     ours: literal meaning, but flagged vague
half a dozen           6       6      ours: literal meaning, flagged vague
N dozen                12*N    12*N   ours: literal meaning, flagged vague
several/a few hundred  300     open   ours: "several" (3) times the unit
=====================  ======  =====  ==============================================

Qualifiers (all keep ``best`` conservative, i.e. the lowest defensible figure):

* "at least N", "no fewer than N", "N or more": ``low=best=N, high=None``.
* "more than N", "over N", "in excess of N": also ``low=best=N, high=None``. Strictly
  the figure is N+1 or more, but ACLED records the figure the source states; using
  N keeps "more than 20" and "at least 20" identical, which is what coders do.
* "up to N", "as many as N", "at most N": ``low=1, best=N, high=N`` (``low`` is 1,
  not 0, because the source asserts that someone died; ``best`` is N because that
  is the only figure stated).
* "fewer than N", "less than N": like "up to N-1".
* "about/around/nearly/almost/some/approximately N": ``low=best=high=N`` and
  ``vague=False``: the source gives one figure and we record it as given.
* ranges "10 to 15", "10-15", "10 or 15", "between 10 and 15": ``low=best=10,
  high=15`` (the conservative end is the best figure).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

__all__ = [
    "VAGUE_QUANTITIES",
    "CasualtyFigure",
    "Count",
    "coded_fatalities",
    "combine_figures",
    "find_casualties",
    "is_person_word",
    "parse_count",
]


@dataclass(frozen=True)
class Count:
    """A parsed number phrase. ``high is None`` means open-ended ("at least 20")."""

    low: int
    best: int
    high: int | None
    vague: bool
    text: str


@dataclass(frozen=True)
class CasualtyFigure:
    """One casualty figure found in a sentence.

    ``kind`` is "killed", "injured", "casualties" (killed-or-wounded, undistinguished)
    or "killed_and_injured" (one number for both). ``count`` is None when the figure
    is stated without a number (then ``unnumbered`` is True). ``part_of`` is the index,
    in the returned list, of the figure this one is included in ("12 civilians,
    including 3 children"): callers must not add a sub-figure to its container.
    ``group`` is shared by the members of one coordinated list ("two soldiers, a
    policeman and three civilians were killed", "killing him and four others"): they
    are different people and add up. ``additive`` marks a figure the text presents as
    on top of others ("three militants were also killed", "another two died", "four
    others were wounded"), so a caller combining several sentences adds it. ``soft``
    marks an injury read only from "was shot" / "suffered a gunshot wound" said of
    one person: local reports often say so of someone who then died, so a caller
    counts a soft injury only when the report gives no death.
    ``other_source`` marks a figure the text gives as some source's telling ("The Star
    reports 4 dead", "according to residents, 6 died"): beside an earlier figure for the
    same dead it is a conflicting count, not an update (ACLED keeps the lower one).
    ``conflicting`` marks one the text says outright is another telling ("Conflicting reports
    hold 18 deaths"): it caps even the victim group it names.
    ``claimed`` marks a side's claim of its own kills ("the militants claimed to have killed 20
    soldiers"): a claim with its source, which a caller counts only when the text gives no other figure.
    ``char_start``/``char_end`` include the ``offset`` given to :func:`find_casualties`.
    """

    kind: str
    count: Count | None
    unnumbered: bool
    who: str | None
    char_start: int
    char_end: int
    text: str
    aggregate: bool
    named: bool
    part_of: int | None = None
    group: int | None = None
    additive: bool = False
    soft: bool = False
    other_source: bool = False
    claimed: bool = False
    conflicting: bool = False


# --------------------------------------------------------------------------------------
# Number vocabulary
# --------------------------------------------------------------------------------------

# (best, high, vague); high None = open-ended. See the table in the module docstring.
VAGUE_QUANTITIES: dict[str, tuple[int, int | None, bool]] = {
    "tens": (10, None, True),
    "dozens": (12, None, True),
    "hundreds": (100, None, True),
    "thousands": (1000, None, True),
    "millions": (1_000_000, None, True),
    "tens of thousands": (10_000, None, True),
    "hundreds of thousands": (100_000, None, True),
    "tens of millions": (10_000_000, None, True),
    "hundreds of millions": (100_000_000, None, True),
    "scores": (20, None, True),
    "several": (3, None, True),
    "a few": (3, None, True),
    "a handful": (3, None, True),
    "a couple": (2, 2, True),
    "a couple of": (2, 2, True),
    "a dozen": (12, 12, True),
    "half a dozen": (6, 6, True),
}

_UNIT_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}  # fmt: skip
_TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
# Multipliers that make a vague quantity with a scale word ("several hundred").
_VAGUE_MULT = {"several": 3, "a few": 3, "a couple of": 2, "a couple": 2}

_TEENS_UNITS = "|".join(sorted(_UNIT_WORDS, key=len, reverse=True))
_NONZERO_UNITS = "one|two|three|four|five|six|seven|eight|nine"
_TENS = "|".join(_TENS_WORDS)
# Grammatical spelled-out numbers only, so "five and seven" is not read as one number.
_B100 = rf"(?:(?:{_TENS})(?:[-\s](?:{_NONZERO_UNITS})\b)?|(?:{_TEENS_UNITS}))\b"
_B1000 = rf"(?:(?:{_B100}|an?)\s+hundred\b(?:\s+(?:and\s+)?{_B100})?|{_B100})"
_B1E6 = rf"(?:(?:{_B1000}|an?)\s+thousand\b(?:\s+(?:and\s+)?{_B1000})?|{_B1000})"
_WORDNUM = rf"(?:(?:{_B1000}|an?)\s+million\b(?:\s+(?:and\s+)?{_B1E6})?|{_B1E6})"
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+(?:\.\d+(?=\s+(?:thousand|million)\b))?)(?![\w%]|[.,:/]\d)"
_DIGNUM = rf"(?:{_DIGITS}(?:\s+(?:hundred|thousand|million)\b)?)"
# The guard look-ahead makes non-number words fail at once instead of walking the
# whole spelled-number grammar several times (the main cost of these patterns).
_WORDNUM_GUARDED = rf"(?=(?:{_TENS}|{_TEENS_UNITS}|an?\s+(?:hundred|thousand|million))\b){_WORDNUM}"
_CORE_NUM = rf"(?:{_DIGNUM}|{_WORDNUM_GUARDED})"
_VAGUE = (
    r"(?:(?:tens|hundreds)\s+of\s+(?:thousands|millions)|tens|dozens|hundreds|thousands|millions|scores"
    r"|(?:several|a\s+few|a\s+couple(?:\s+of)?)\s+(?:dozen|hundred|thousand|million)"
    r"|half\s+a\s+dozen|a\s+dozen|a\s+couple(?:\s+of)?|a\s+few|a\s+handful|several)\b"
)
_ZERO = r"(?:no[\s-]one\b|nobody\b|none\b|no\b)"
# A number, optionally "N dozen" or the first end of a range ("10-15", "two or three").
_CORE_OR_RANGE = rf"(?:{_CORE_NUM}(?:\s+dozen\b|\s*(?:-|–|—|to|or)\s*{_CORE_NUM})?)"
_BETWEEN = rf"(?:(?:between\s+{_CORE_NUM}\s+and|from\s+{_CORE_NUM}\s+to)\s+{_CORE_NUM})"
_Q_ATLEAST = r"at\s+least|no\s+(?:fewer|less)\s+than|not\s+less\s+than|a\s+minimum\s+of"
_Q_MORE = r"more\s+than|over|upwards?\s+of|in\s+excess\s+of|above"
_Q_UPTO = r"up\s+to|as\s+many\s+as|at\s+most|a\s+maximum\s+of|no\s+more\s+than|not\s+more\s+than"
_Q_FEWER = r"fewer\s+than|less\s+than"
_Q_ABOUT = (
    r"about|around|nearly|almost|some|approximately|approx\.|roughly|close\s+to|an\s+estimated"
    r"|estimated|circa|just\s+under|just\s+over"
)
_Q_NEUTRAL = r"a\s+total\s+of|another|a\s+further|an\s+additional|only|just|exactly|all"
_QUAL = rf"(?:{_Q_ATLEAST}|{_Q_FEWER}|{_Q_MORE}|{_Q_UPTO}|{_Q_ABOUT}|{_Q_NEUTRAL})"
_OPEN_SUFFIX = r"(?:\s+or\s+more\b|\s*\+|-plus\b)"
# A qualified number phrase. The leading look-behind rejects "AK-47", "$12", "F-16".
_QNUM = (
    rf"(?<![\w$£€#.,/:-])(?:(?:{_QUAL})\s+){{0,2}}"
    rf"(?:{_VAGUE}|{_BETWEEN}|{_CORE_OR_RANGE}|{_ZERO}|an?\b)(?:{_OPEN_SUFFIX})?"
)

_F = re.IGNORECASE


def _lowered_pattern(pattern: str) -> str:
    """``pattern`` with its ASCII capitals lower-cased, escapes (``\\b``, ``\\S``, ``\\W``...) kept as written."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" or pattern.startswith("(?P", i):  # an escape, or a named group's "(?P<", "(?P="
            out.append(pattern[i : i + 2 + (ch == "(")])
            i += 2 + (ch == "(")
            continue
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
        i += 1
    return "".join(out)


def _lower_twin(regex: re.Pattern[str], *, loose: bool = False) -> re.Pattern[str] | None:
    """The case-sensitive twin of an IGNORECASE pattern, for lower-cased ASCII text (None if it has none).

    On ASCII text, ``regex`` matches ``text`` exactly where the twin matches ``text.lower()``
    (same starts, same spans): every letter ``regex`` reads case-blind the twin reads lower-cased.
    The twin runs several times faster (no case folding per character, and a literal or charset
    prefix the engine can skip to), so it tells cheaply whether, and from where, ``regex`` can
    match at all. Only for patterns read wholly case-blind (no ``(?-i:``) and no letters outside
    ASCII; or, ``loose``, for a pattern whose case-sensitive parts (``(?-i:IS|ISIS)``) stand in no
    negative look-around: lower-cased they match more, never less, so the twin then matches
    wherever the pattern does (and perhaps elsewhere too): it still finds no match later than the
    pattern's first, which is all :func:`_scan` asks of it.
    """
    if (
        not regex.flags & re.IGNORECASE
        or ("(?-i" in regex.pattern and not loose)
        or any(ch.isalpha() and not ch.isascii() for ch in regex.pattern)
    ):
        return None
    try:
        return re.compile(_lowered_pattern(regex.pattern))
    except re.error:
        return None


# pattern (by id: hashing a compiled pattern hashes its whole program) -> (pattern, its lower-case
# twin or None, the words it cannot match without); filled by _shortcut below the patterns
_SHORTCUTS: dict[int, tuple[re.Pattern[str], re.Pattern[str] | None, tuple[tuple[str, ...], ...]]] = {}


def _shortcut(regex: re.Pattern[str], *needs: tuple[str, ...], twin: bool = False, loose: bool = False) -> None:
    """Say how :func:`_scan` may skip ``regex``: ``needs`` are groups of lower-case words of which
    every match holds one of each group (so lower-cased ASCII text without one cannot match);
    ``twin`` compiles its lower-case twin (worth it for a pattern that is quick to compile: the
    ones built on number phrases take a third of a second each), ``loose`` as in :func:`_lower_twin`."""
    _SHORTCUTS[id(regex)] = (regex, _lower_twin(regex, loose=loose) if twin else None, needs)


def _first(regex: re.Pattern[str], low: str | None, pos: int = 0) -> int | None:
    """Where ``regex`` can first match from ``pos`` in the text whose ASCII lower case is ``low``:
    -1 if it cannot match at all, ``pos`` (or later) if it may, None if nothing is known."""
    if low is None:
        return None
    hint = _SHORTCUTS.get(id(regex))
    if hint is None or hint[0] is not regex:
        return None
    _, twin, needs = hint
    for group in needs:
        # (a plain loop: a generator for any() cost more than the substring tests it ran; from
        # ``pos`` on, as a match found from there holds its words there)
        for w in group:
            if (low.find(w, pos) >= 0) if pos else (w in low):
                break
        else:
            return -1
    if twin is None:
        return pos
    first = twin.search(low, pos)
    return -1 if first is None else first.start()


def _scan(regex: re.Pattern[str], text: str, low: str | None) -> Iterator[re.Match[str]]:
    """``regex.finditer(text)``, the same matches found sooner when ``low`` is ``_folded(text)``.

    A pattern that cannot match is not run; one with a lower-case twin runs from the twin's
    first match (``\\b`` and look-behinds still see the text before that position).
    """
    start = _first(regex, low)
    if start is None:
        return regex.finditer(text)
    return regex.finditer(text, start) if start >= 0 else iter(())


def _search(regex: re.Pattern[str], text: str, low: str | None, pos: int) -> re.Match[str] | None:
    """``regex.search(text, pos)``, skipped or started later as in :func:`_scan`."""
    start = _first(regex, low, pos)
    if start is None:
        return regex.search(text, pos)
    return regex.search(text, start) if start >= 0 else None


def _found(regex: re.Pattern[str], text: str, low: str | None) -> bool:
    """Whether ``regex`` matches anywhere in ``text``."""
    return _search(regex, text, low, 0) is not None


def _folded(text: str) -> str | None:
    """``text.lower()`` when ``text`` is ASCII (where case folding is plain lower-casing), else None."""
    return text.lower() if text.isascii() else None


_QNUM_RE = re.compile(_QNUM, _F)
_QUAL_PREFIX_RE = re.compile(
    rf"(?P<q>(?P<atleast>{_Q_ATLEAST})|(?P<fewer>{_Q_FEWER})|(?P<more>{_Q_MORE})|(?P<upto>{_Q_UPTO})"
    rf"|(?P<about>{_Q_ABOUT})|(?P<neutral>{_Q_NEUTRAL}))\s+",
    _F,
)
_RANGE_RE = re.compile(
    rf"(?:between|from)?\s*(?P<a>{_CORE_NUM})\s*(?:-|–|—|to|or|and)\s*(?P<b>{_CORE_NUM})$", _F
)
_DIGNUM_FULL_RE = re.compile(
    r"(?P<d>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(?P<scale>hundred|thousand|million))?"
)
_WORDNUM_FULL_RE = re.compile(_WORDNUM, _F)
_OPEN_SUFFIX_RE = re.compile(rf"{_OPEN_SUFFIX}$", _F)
_SPACES_RE = re.compile(r"[\s\-–]+")

_MONTHS = (
    r"January|February|March|April|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
)
# Context that makes a number something other than a count of people. Checked on the
# text right after / right before a candidate number.
_AFTER_EXCLUDE_RE = re.compile(
    r"\s*(?:%|per\s*cent\b|percent\b|pc\b)"
    r"|-?\s*(?:years?|yrs?)[-\s]old\b|-year\b|-month\b|-day\b|-week\b|-hour\b|-km\b|-mile\b|-metre\b|-meter\b"
    r"|(?:\s*|-)(?:years?|months?|weeks?|days?|hours?|hrs|minutes?|mins?|seconds?|decades?|centuries|"
    r"nights?|km|kms|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|feet|ft|yards?|kg|kilos?|kilograms?|tons?|"
    r"tonnes?|dollars?|euros?|pounds|usd|times|a\.m\.|p\.m\.|am|pm|o'clock|gmt|utc|bc|ad|"
    r"(?-i:" + _MONTHS + r"|May))\b"
    # a street address ("3434 High Street", "the 1000 block of Elm Avenue")
    r"|\s+block\b|(?-i:\s+(?:[A-Z][\w'.-]*\s+){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|"
    r"Court|Ct|Highway|Hwy|Parkway|Pkwy|Terrace|Place|Way)\b)",
    _F,
)
_BEFORE_EXCLUDE_RE = re.compile(
    r"(?:\b(?:brigade|battalion|division|regiment|unit|squadron|corps|company|platoon|route|highway|"
    r"road|street|resolution|article|flight|number|no\.?|page|sector|zone|block|camp|base|district|"
    r"checkpoint|gate|apartment|room|level|category|phase|grade|class|model|version|section|chapter|"
    r"line|bus|channel|form|standard|url|aged?|ages|kilomet(?:re|er)|km|mile|pm|am|(?-i:" + _MONTHS + r"|May))"
    r"|[#№$£€])\s*$",
    _F,
)
# Words before a four-digit number that make it a year. "and"/"to" only count after
# another year ("in 2015 and 2016"): "5 killed and 1800 wounded" is a count.
_YEAR_CONTEXT_RE = re.compile(
    r"\b(?:in|since|of|until|till|by|from|before|after|during|year|early|late|mid|between|"
    r"summer|winter|spring|autumn|fall)\s*$|\b(?:19|20)\d\d\s*(?:and|to|or|-|–|/)\s*$|\b\d{1,2},\s*$"
    r"|\b(?:" + _MONTHS + r"|May)\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*$",
    _F,
)


def _words_value(phrase: str) -> int | None:
    """Value of a grammatical spelled-out number ("one hundred and five")."""
    total = 0
    current = 0
    seen = False
    for tok in _SPACES_RE.split(phrase.lower().strip()):
        if not tok or tok == "and":
            continue
        if tok in ("a", "an"):
            current = 1
            seen = True
        elif tok in _UNIT_WORDS:
            current += _UNIT_WORDS[tok]
            seen = True
        elif tok in _TENS_WORDS:
            current += _TENS_WORDS[tok]
            seen = True
        elif tok == "hundred":
            current = max(current, 1) * 100
        elif tok in ("thousand", "million"):
            total += max(current, 1) * _SCALES[tok]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def _core_value(phrase: str) -> int | None:
    """Value of an unqualified number: digits (optionally with a scale word) or words."""
    p = " ".join(phrase.lower().split())
    m = _DIGNUM_FULL_RE.fullmatch(p)
    if m:
        num = float(m.group("d").replace(",", ""))
        if m.group("scale"):
            num *= _SCALES[m.group("scale")]
        return round(num)
    if _WORDNUM_FULL_RE.fullmatch(p):
        return _words_value(p)
    return None


def _base_count(core: str) -> tuple[int, int | None, bool] | None:
    """(best, high, vague) for an unqualified number phrase, or None if it is not one."""
    key = " ".join(core.lower().split())
    if key in VAGUE_QUANTITIES:
        return VAGUE_QUANTITIES[key]
    if key in ("no", "none", "nobody", "no one", "no-one"):
        return (0, 0, False)
    if key in ("a", "an"):
        return (1, 1, False)
    if key.endswith(" dozen"):
        head = key[: -len(" dozen")]
        mult = _VAGUE_MULT.get(head)
        value = mult if mult is not None else _core_value(head)
        if value is None:
            return None
        # A specific multiple ("two dozen") is bounded; "several dozen" is open-ended.
        return (value * 12, None if mult is not None else value * 12, True)
    for head, mult in _VAGUE_MULT.items():
        if key.startswith(head + " ") and key[len(head) + 1 :] in _SCALES:
            return (mult * _SCALES[key[len(head) + 1 :]], None, True)
    value = _core_value(key)
    return None if value is None else (value, value, False)


def _count_from_phrase(phrase: str) -> Count | None:
    """Build a Count from text matched by the qualified-number regex."""
    rest = phrase.strip()
    qualifier = "exact"
    while True:
        m = _QUAL_PREFIX_RE.match(rest)
        if not m:
            break
        for name in ("atleast", "fewer", "more", "upto", "about"):
            if m.group(name):
                qualifier = name
        rest = rest[m.end() :]
    open_ended = False
    m_open = _OPEN_SUFFIX_RE.search(rest)
    if m_open:
        open_ended = True
        rest = rest[: m_open.start()]
    # A single number first, so "twenty-one" is 21 and not the range 20 to 1.
    m_range = None if _base_count(rest) is not None else _RANGE_RE.match(rest)
    if m_range:
        a = _core_value(m_range.group("a"))
        b = _core_value(m_range.group("b"))
        if a is None or b is None:
            return None
        lo, hi = min(a, b), max(a, b)
        return Count(low=lo, best=lo, high=None if open_ended else hi, vague=False, text=phrase)
    base = _base_count(rest)
    if base is None:
        return None
    best, high, vague = base
    if open_ended or qualifier in ("atleast", "more"):
        return Count(low=best, best=best, high=None, vague=vague, text=phrase)
    if qualifier == "upto":
        return Count(low=min(1, best), best=best, high=best, vague=vague, text=phrase)
    if qualifier == "fewer":
        below = max(best - 1, 0)
        return Count(low=min(1, below), best=below, high=below, vague=vague, text=phrase)
    return Count(low=best, best=best, high=high, vague=vague, text=phrase)


def _is_excluded(text: str, start: int, end: int) -> bool:
    """True if the number at text[start:end] is a year, date, time, age, unit, etc."""
    if _AFTER_EXCLUDE_RE.match(text, end):
        return True
    before = text[max(0, start - 25) : start]
    if _BEFORE_EXCLUDE_RE.search(before):
        return True
    phrase = text[start:end]
    # A weapon or model designation glued to letters ("M16", "Su-25") is never a count.
    if start > 0 and (text[start - 1].isalnum()):
        return True
    stripped = phrase.strip()
    if (
        stripped.isdigit()
        and len(stripped) == 4
        and 1900 <= int(stripped) <= 2100
        and _YEAR_CONTEXT_RE.search(before)
    ):
        return True
    # An age in apposition: "Ahmed, 12, was killed".
    if stripped.isdigit() and len(stripped) <= 3:
        return bool(re.search(r"[A-Z][\w'’-]*\s*,\s*$", before) and re.match(r"\s*,", text[end:]))
    return False


def parse_count(text: str) -> Count | None:
    """Parse the first number phrase in ``text`` into a :class:`Count`.

    Digits, spelled-out numbers, vague quantities, qualifiers and ranges are
    understood (see the module docstring for the conventions). A bare article
    ("a", "an") or a negative ("no", "none", "no one") counts only when it opens
    ``text``, since inside a longer string it is usually not a quantity. Years,
    dates, times, ages, weapon names and percentages are skipped. Returns None if
    there is no number.
    """
    lead = len(text) - len(text.lstrip())
    for m in _QNUM_RE.finditer(text):
        phrase = m.group(0)
        if not phrase.strip():
            continue
        low_phrase = phrase.lower()
        bare = low_phrase in ("a", "an", "no", "none", "nobody", "no one", "no-one")
        if bare and m.start() != lead:
            continue
        if _is_excluded(text, m.start(), m.end()):
            continue
        count = _count_from_phrase(phrase)
        if count is not None:
            return count
    return None


# --------------------------------------------------------------------------------------
# Casualty figures
# --------------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WHO_WORDS: dict[str, str] = {}
for _cat, _words in {
    "civilians": "civilian civilians villager villagers resident residents worshipper worshippers "
    "worshiper worshipers passenger passengers farmer farmers pedestrian pedestrians bystander "
    "bystanders shopper shoppers pilgrim pilgrims refugee refugees herder herders",
    "children": "child children kid kids boy boys girl girls minor minors infant infants baby babies "
    "toddler toddlers schoolchildren schoolboy schoolboys schoolgirl schoolgirls teenager teenagers",
    "women": "woman women",
    "soldiers": "soldier soldiers troops trooper troopers serviceman servicemen servicemembers marine "
    "marines paratrooper paratroopers conscript conscripts guardsman guardsmen sailor sailors "
    "airman airmen peacekeeper peacekeepers",
    "militants": "militant militants insurgent insurgents fighter fighters rebel rebels jihadist "
    "jihadists terrorist terrorists gunman gunmen attacker attackers assailant assailants "
    "extremist extremists bandit bandits bomber bombers",
    "police": "police policeman policemen policewoman policewomen constable constables gendarme "
    "gendarmes cop cops",
}.items():
    for _w in _words.split():
        _WHO_WORDS[_w] = _cat

# Nouns that name people: an "a"/"an"/"no" subject or object must contain one, so
# "a bomb killed" or "executed a plan" are not read as counts.
_PERSON_WORDS = set(_WHO_WORDS) | _wordset(
    "person people persons man men individual individuals member members commander commanders "
    "leader leaders official officials journalist journalists reporter reporters worker workers "
    "doctor doctors nurse nurses teacher teachers prisoner prisoners hostage hostages detainee "
    "detainees guard guards officer officers driver drivers student students family families "
    "relative relatives brother brothers sister sisters son sons daughter daughters father fathers "
    "mother mothers husband wife others other chief chiefs mayor politician politicians activist "
    "activists protester protesters protestor protestors demonstrator demonstrators employee "
    "employees staff personnel pilot pilots crew youth youths elder elders cleric clerics imam "
    "imams priest priests agent agents militiaman militiamen spokesman lawmaker lawmakers "
    "policemen operative operatives suspect suspects victim victims casualty one customer customers "
    "intruder intruders teen teens juvenile juveniles firefighter firefighters paramedic paramedics "
    "homeowner homeowners motorist motorists cyclist cyclists clerk clerks cashier cashiers tenant tenants "
    "shepherd shepherds criminal criminals thief thieves robber robbers trader traders vendor vendors "
    "operator operators rider riders motorcyclist motorcyclists murderer murderers bodyguard bodyguards "
    "recruiter recruiters sympathiser sympathisers sympathizer sympathizers informant informants "
    "collaborator collaborators assistant assistants ranger rangers "
    # (more everyday English nouns for people, from ordinary dictionary usage)
    "rapist rapists gangster gangsters herdsman herdsmen businessman businessmen businesswoman "
    "pastoralist pastoralists mechanic mechanics fisherman fishermen miner miners pupil pupils "
    "reservist reservists raider raiders rustler rustlers poacher poachers smuggler smugglers "
    "kidnapper kidnappers abductor abductors hunter hunters labourer labourers laborer laborers "
    "migrant migrants watchman watchmen lawyer lawyers judge judges candidate candidates "
    "supporter supporters voter voters councillor councillors chairman "
    "shopkeeper shopkeepers merchant merchants hawker hawkers tourist tourists headman headmen "
    "preacher preachers pastor pastors monk monks nun nuns engineer engineers contractor "
    "contractors tailor tailors butcher butchers porter porters landlord landlords"
)
# Things that follow a number but are not people ("killed 30 cattle" is not a fatality).
_NON_PERSON_WORDS = _wordset(
    "cattle cows goats sheep camels animals livestock dogs horses donkeys birds rockets missiles "
    "shells rounds vehicles cars trucks houses homes buildings tanks drones bombs mines weapons "
    "rifles guns shops kilograms hectares acres"
)
# A number of collectives counts them, not the dead ("members of two rival groups have been killed"):
# a noun phrase with one is no figure (though a death told of them is still a death).
_COLLECTIVE_WORDS = _wordset("groups factions clans tribes communities villages")
_LIST_GO_ON_RE = re.compile(r"\s*(?:,|and\b)", _F)
# After "a"/"an" the head noun decides: "a passenger bus" is a thing, "a bus driver" a person.
_SINGULAR_THINGS = _wordset("vehicle car truck lorry bus house home building tank drone bomb weapon rifle gun shop convoy")

# Words that cannot belong to the noun phrase after a number: auxiliaries, verbs of
# harm, prepositions, conjunctions, time words. They end the phrase.
_STOP = (
    r"were|was|are|is|be|been|being|have|has|had|got|get|who|that|which|whom|whose|"
    r"killed|killing|kill|kills|dead|died|dies|death|deaths|fatalities|lost|slain|executed|"
    r"massacred|beheaded|decapitated|shot|murdered|assassinated|gunned|perished|wounded|wounding|injured|"
    r"injuring|hurt|injuries|casualties|suffered|sustained|lives|in|on|at|of|by|from|with|to|for|"
    r"during|after|before|since|near|inside|into|across|while|when|as|than|including|among|"
    r"and|or|but|nor|the|a|an|this|these|those|their|his|her|its|our|later|according|said|say|"
    r"says|reportedly|also|across|over|under|per|amid|following|mostly|mainly|both|all|each|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|" + _MONTHS
)
# An age before the noun ("a 12-year-old boy") belongs to the phrase but is not a count.
_WORD = (
    rf"(?:\d{{1,3}}-years?-old|(?-i:IS|ISIS|ISIL)\b|(?!(?:{_STOP}|{_TEENS_UNITS}|{_TENS}|dozens|hundreds)\b)"
    rf"[A-Za-z][\w'’-]*)"
)
# The noun phrase after a number: "people", "Afghan soldiers", "of the attackers".
_NPX = rf"(?:\s+of(?:\s+(?:the|those|them|whom|his|her|their)\b)?)?(?:\s+{_WORD}){{0,4}}"
_NP = rf"{_QNUM}{_NPX}"
_NP_RE = re.compile(rf"(?P<num>{_QNUM})(?P<npx>{_NPX})", _F)
# ", 5 of them children" after a figure is a sub-figure, not another list member. The
# list is capped at 8 members so a long comma run cannot make matching quadratic.
_NPLIST = (
    rf"{_NP}(?:\s*,\s*(?!{_QNUM}\s+of\s+(?:them|whom)\b){_NP}){{0,6}}(?:,?\s+(?:and|as\s+well\s+as)\s+{_NP})?"
)
# A subject may end in a second noun without a number ("25 soldiers and policemen were killed").
_NPLIST_SUBJ = rf"{_NPLIST}(?:\s+and\s+(?!{_QNUM}\b)(?:(?:his|her|their)\s+)?(?:{_WORD}\s+){{0,2}}{_WORD})?"
# "25 soldiers (22 according to the Taliban)": a second source's figure for the same dead.
_PAREN = r"(?P<paren>\s*\((?P<alt>[^()]{1,80})\))"
_ALT_SOURCE_RE = re.compile(
    r"\b(?:according|per|said|says|say|claim\w*|report\w*|sources?|other|officials?|figures?)\b",
    re.IGNORECASE,
)
# Place or group after the subject: "12 members of one family", "5 people in Kabul".
# Its words are not numbers, so "one of 12 people killed" is read as 12, not as 1.
_PP = r"(?:\s+(?:in|from|at|on|inside|near|aboard|across|of)\s+(?:(?!(?:were|was|have|has|had|and|shot|him|her|them)\b|\d)[\w'’-]+\s+){0,3}(?!(?:were|was|have|has|had|and|shot|him|her|them)\b|\d)[\w'’-]+)"
# Parenthetical between subject and verb; only including/among/of whom make sub-figures.
_MIDDLE = (
    r"(?:\s*,?\s+(?P<incl_kw>including|among\s+them|among\s+whom|of\s+whom|mostly|mainly|most\s+of\s+them"
    r"|many\s+of\s+them|all\s+of\s+them)\b(?P<incl>[^,;.]{1,90}?)\s*,?)"
)
_AUXW = (
    r"were|was|are|is|be|been|being|have|has|had|got|get|who|that|reportedly|also|allegedly|all|both|"
    r"later|since|now|reported|confirmed|believed|feared|said|thought|known|to|already|subsequently|"
    r"eventually|instantly|immediately|either|left|found|either|yesterday|today|tonight|overnight|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+ly|"
    # "were on Thursday night killed", "was on 21/12 shot dead": the day told between auxiliary and verb
    r"on|last|night|morning|evening|afternoon|\d{1,2}/\d{1,2}(?:/\d{2,4})?"
)
_AUX = rf"(?:\s+(?!fatally\b)(?:{_AUXW})\b){{0,5}}"

# A first verb joined to a killing ("was kidnapped and killed", "ambushed and killed 3").
_HARM_FIRST = (
    r"abducted|kidnapped|ambushed|attacked|captured|tortured|beaten|robbed|raped|seized|stabbed|shot|"
    r"lynched|dragged|taken|hacked|mutilated"
)
_HARM_ACT_FIRST = (
    r"abducted|abducting|abducts|abduct|kidnapped|kidnapping|kidnaps|kidnap|ambushed|ambushing|ambush|"
    r"attacked|attacking|attacks|attack|captured|tortured|robbed|shoots|shoot|shot|lynched|lynches|lynch"
)
_V_COMBINED = (
    r"(?:killed|dead)(?:\s*,)?\s+(?:and|or)\s+(?:(?:seriously|badly|critically|severely)\s+)?(?:wounded|injured|hurt)"
    r"|(?:wounded|injured)\s+(?:and|or)\s+killed"
)
_V_KILLED = (
    r"killed|dead|died|deaths|fatalities|slain|executed|massacred|beheaded|decapitated|shot\s+dead|martyred|KIA|"
    r"shot\s+and\s+killed|murdered|assassinated|gunned\s+down|perished|lost\s+their\s+lives|"
    r"lost\s+his\s+life|lost\s+her\s+life|burned\s+to\s+death|stabbed\s+to\s+death|"
    r"beaten\s+to\s+death|hacked\s+to\s+death|stoned\s+to\s+death|shot\s+to\s+death|civilian\s+deaths|"
    r"confirmed\s+dead|pronounced\s+dead|found\s+dead|die|dies|death|fatally\s+(?:shot|wounded|stabbed|injured)|"
    r"(?:burnt|clubbed|bludgeoned|speared|crushed|lynched)\s+to\s+death|"
    # ("were shot, hacked and decapitated": a run of harms that ends in the killing)
    rf"(?:{_HARM_FIRST})(?:\s*,\s*(?:{_HARM_FIRST})){{0,3}}\s*,?\s+and\s+(?:then\s+)?"
    r"(?:killed|murdered|executed|beheaded|decapitated|shot\s+dead)|lynched"
)
_V_INJURED = (
    r"wounded|injured|hurt|injuries|injury|(?:suffered|sustained|received)\s+(?:[\w-]+\s+){0,2}(?:injuries|wounds)"
    r"|hospitali[sz]ed"
)
_V_CAS = r"casualties"
_VERB = rf"(?:(?P<vc>{_V_COMBINED})|(?P<vk>{_V_KILLED})|(?P<vi>{_V_INJURED})|(?P<vs>{_V_CAS}))\b"
# ("shot dead a teacher", "gunned down two men": the number before is the shooters)
_TRANSITIVE = {"killed", "executed", "massacred", "beheaded", "decapitated", "murdered", "wounded", "injured", "hurt", "shot", "gunned"}

# Subject figures: "12 people were killed", "two soldiers and a civilian died",
# "12 civilians, including 3 children, were killed", "5 dead", "no casualties".
_SUBJ_RE = re.compile(
    rf"(?P<lead>\b(?:leaving|left)\s+)?(?P<list>{_NPLIST_SUBJ}){_PAREN}?(?P<pp>{_PP})?{_MIDDLE}?{_AUX}\s+{_VERB}",
    _F,
)
# Object figures: "killed 12 people", "killing at least 12", "killed and wounded 600".
_V_ACT_COMBINED = (
    r"(?:killed|killing|kills)\s+(?:and|or)\s+(?:wounded|injured|wounding|injuring)"
    r"|(?:wounded|injured|wounding|injuring)\s+(?:and|or)\s+(?:killed|killing)"
)
_V_ACT_KILLED = (
    r"killed|killing|kills|kill|slew|slaying|executed|executes|executing|massacred|massacring|beheaded|decapitated|"
    r"beheading|decapitating|shot\s+dead|shot\s+and\s+killed|gunned\s+down|murdered|murdering|eliminated|eliminating|"
    r"claimed\s+(?:the\s+)?lives\s+of|claiming\s+(?:the\s+)?lives\s+of|took\s+the\s+lives\s+of|deaths?\s+of|"
    r"killings?\s+of|"
    rf"(?:{_HARM_ACT_FIRST})\s+and\s+(?:then\s+)?(?:killed|killing|kills|kill|murdered|murdering|executed|beheaded|decapitated)"
    r"|lynched|lynching|lynches|lynch|assassinated|assassinating|assassinates|assassinate|"
    # headline present tense and "to death" phrasings ("vigilantes stone to death two thieves")
    r"shoots?\s+dead|shooting\s+dead|guns?\s+down|gunning\s+down|"
    r"(?:stone|stones|stoned|stoning|hack|hacks|hacked|hacking|beat|beats|beaten|beating|burn|burns|burned|burnt|"
    r"burning|stab|stabs|stabbed|stabbing|club|clubs|clubbed|clubbing|shot|shoot|shoots|shooting)\s+to\s+death"
)
_V_ACT_INJURED = r"wounded|wounding|injured|injuring|hurt|hurting"
_OBJ_RE = re.compile(
    rf"\b(?:(?P<vc>{_V_ACT_COMBINED})|(?P<vk>{_V_ACT_KILLED})|(?P<vi>{_V_ACT_INJURED}))"
    rf"(?:\s+(?:a\s+total\s+of|a\s+group\s+of|his|her|their|its|the|all))?\s+(?P<list>{_NPLIST})",
    _F,
)
# "leaving 12 dead", "shot three people dead", "left five wounded".
_LEFT_RE = re.compile(
    rf"\b(?:leaving|left|shot|shooting)\s+(?P<list>{_NPLIST})\s+(?:(?P<vk>dead)|(?P<vi>wounded|injured))\b",
    _F,
)
# "claimed 12 lives"; "claiming 4 martyrs", "leaving 3 martyrs" (the dead, in the wording of several
# Middle Eastern outlets).
_LIVES_RE = re.compile(
    rf"\b(?:(?:claimed|claiming|took|taking|cost|costing)\s+(?P<num>{_QNUM})\s+(?:lives|martyrs)"
    rf"|(?:left|leaving)\s+(?P<num2>{_QNUM})\s+martyrs)\b",
    _F,
)
# "the death toll rose to 12", "a death toll of 12", "the total number of people killed ... reached 500";
# "the death total was raised from 1 to 4", "the body count stands at 9" name the same running toll.
_TOLL_RE = re.compile(
    r"\b(?:(?:(?P<cas>casualty)\s+|death\s+|fatality\s+)?tolls?|(?:death|fatality)\s+(?:counts?|totals?)|body\s+counts?)\b"
    r"(?P<gap>[^.;:!?]{0,80}?)\b(?:to|at|of|reached|hit|is|was|stands|stood|now)\s+"
    rf"(?P<num>{_QNUM})",
    _F,
)
# "the death toll in an attack on Sunday by militia at a village in the north has risen to 11": a
# long description of the incident sits between; the verb of a rising toll ends it
_TOLL_ROSE_RE = re.compile(
    r"\b(?:death\s+|fatality\s+)tolls?\b(?P<gap>[^.;:!?]{80,200}?)\b(?:has|had|have)?\s*(?:risen|rose|climbed|increased|jumped|reached|hit)\s+"
    rf"(?:to\s+)?(?P<num>{_QNUM})",
    _F,
)
_NUMBER_OF_RE = re.compile(
    r"\b(?:total\s+)?number\s+of\s+(?:[\w'’-]+\s+){0,3}?(?:(?P<vk>killed|dead|deaths|fatalities)|"
    r"(?P<vi>wounded|injured|injuries)|(?P<vs>casualties))\b"
    r"(?P<gap>[^.;:!?]{0,80}?)\b(?:to|at|reached|hit|is|was|stands|stood|now|exceeds|exceeded|tops|topped)\s+"
    rf"(?P<num>{_QNUM})",
    _F,
)
# Negated figures the subject pattern cannot see: "no reports of casualties", "no loss of life".
_NEG_RE = re.compile(
    r"\b(?:no|without|did\s+not\s+cause\s+any|caused\s+no)\s+(?:(?:immediate|other|further|reported|known|human|"
    r"civilian|military|serious|major|confirmed|official)\s+)*(?:reports?\s+of\s+)?(?:any\s+)?"
    r"(?:(?P<vk>deaths|fatalities|loss\s+of\s+life|dead|lives\s+lost)|(?P<vi>injuries|injured|wounded)"
    r"|(?P<vs>casualties))\b(?:\s+(?:or|and)\s+(?:(?P<vk2>deaths|fatalities)|(?P<vi2>injuries)))?",
    _F,
)
_PRONOUN_RE = re.compile(
    r"\b(?:(?P<vk>killed|killing|kills|kill|executed|executing|beheaded|decapitated|murdered|shot\s+dead|gunned\s+down|"
    r"lynched|lynching|lynches|lynch)"
    r"|(?P<vi>wounded|wounding|injured|injuring|(?P<shot>shot|shooting)))\s+(?P<pro>him|her|himself|herself|them|themselves)\b"
    r"(?(shot)(?P<dead>\s+(?:dead|to\s+death)\b)?)"
    rf"(?:\s+and\s+(?P<list>{_NPLIST}))?",
    _F,
)
# A singular passive: "X, a top commander, was reportedly killed", "the journalist was shot dead".
_SING_RE = re.compile(
    r"\b(?P<aux>was|has\s+been|had\s+been|is|got)(?:\s+(?:reportedly|also|allegedly|later|subsequently|"
    r"instantly|critically|seriously|badly|slightly|lightly|mortally|confirmed|found|shot|pronounced|"
    r"on|last|night|morning|evening|afternoon|yesterday|overnight|today|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d{1,2}/\d{1,2}(?:/\d{2,4})?|"
    rf"declared|(?:{_HARM_FIRST})\s+and(?:\s+then)?|(?!fatally\b)\w+ly))*\s+(?:(?P<vk>killed|slain|executed|murdered|"
    r"assassinated|fatally\s+(?:shot|wounded|stabbed|injured)|lynched|"
    r"beheaded|decapitated|dead|shot\s+dead|gunned\s+down|(?:stabbed|beaten|shot|hacked|stoned|clubbed|burnt|burned)\s+to\s+death)"
    r"|(?P<vi>wounded|injured|hurt|(?P<shot>shot)(?!\s+(?:dead|and|to\s+death|at)\b)))\b",
    _F,
)
# "she suffered non-life-threatening injuries", "he sustained a gunshot wound" (one person).
_SUFFER_RE = re.compile(
    r"\b(?P<aux>)(?:(?:has|had)\s+)?(?:suffered|suffering|sustained|received)\s+(?:from\s+)?(?:(?:a|an|two|multiple|several|minor|serious|"
    r"critical|non[\s-]life[\s-]threatening|life[\s-]threatening|apparent|gunshot|stab|graze)\s+){0,4}"
    r"(?P<vi>wounds?|injury|injuries)\b",
    _F,
)
# "three people were shot", "the shooting sent two men to the hospital": people hit who are not said
# to have died are injured (the Gun Violence Archive's and ACLED's reading), but soft like "was shot".
_PLURAL_SHOT_RE = re.compile(
    rf"(?P<list>{_NPLIST})(?:\s*,\s*(?:including|among\s+them)\b[^,;.]{{1,60}},)?"
    r"\s+(?:were|have\s+been|had\s+been)(?:\s+(?:also|reportedly|allegedly|\w+ly))?\s+shot\b"
    r"(?!\s+(?:dead|and\s+killed|to\s+death|at|down)\b)(?P<hurt>\s+and\s+(?:wounded|injured))?",
    _F,
)
# "police shot four protesters": people hit by an active shooting, the counterpart of "were shot"
# (not "shot dead", "shot at", "shot ... to death": a killing, or no hit at all)
_ACTIVE_SHOT_RE = re.compile(
    rf"\b(?:shot|shooting|shoots)\s+(?P<list>{_NP})(?!\s+(?:dead|to\s+death)\b)(?!\s*,?\s+(?:\w+\s+)?(?:killing|and\s+kill))",
    _F,
)
_FATALLY_BEFORE_RE = re.compile(r"\bfatally\s+$", _F)
_CORRECTION_RE = re.compile(
    r"[(\[]\s*(?:(?:later|since|subsequently|then|toll|figure|death\s+toll)\s+)?(?:(?:was|were|has\s+been)\s+)?"
    r"(?:revised|corrected|updated|amended|lowered|raised|adjusted|correction|determined|confirmed|established|found)"
    r"(?:\s+(?:down|up)(?:wards?)?)?"
    rf"(?:\s+to(?:\s+be|\s+have\s+been)?\b|\s+as\b|\s*:)\s*(?P<num>{_QNUM})[^)\]]{{0,20}}[)\]]",
    _F,
)
# "..., one fatally", "..., two of them fatally": how many of the harmed just told died
_ACTIVE_HARM_BEFORE_RE = re.compile(
    rf"\b(?:shot|stabbed|wounded|injured|hit)\s+(?:{_QNUM})\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+\s*$", _F
)
_FATALLY_AFTER_RE = re.compile(rf"[,(]\s*(?P<num>{_QNUM})(?:\s+of\s+(?:them|whom|those))?\s+fatally\b(?!\s+(?:shot|wounded|stabbed|injured|hurt))", _F)
_HEAD_SHOT_RE = re.compile(r"\s+(?:\w+\s+)?in\s+the\s+(?:head|temple|mouth)\b", _F)
_AMONG_DEAD = rf"(?:{_QNUM}\s+)?(?:(?:people|persons|others)\s+)?(?:dead|killed|victims|fatalities|deaths)\b"
_AMONG_AFTER_RE = re.compile(
    rf"(?P<list>{_NPLIST})\s+(?:were|are|was|is)\s+(?:also\s+)?among\s+(?:the\s+|those\s+)?{_AMONG_DEAD}", _F
)
_AMONG_BEFORE_RE = re.compile(
    rf"\bamong\s+(?:the\s+|those\s+)?{_AMONG_DEAD}\s*,?\s+(?:were|are)\s+(?P<list>{_NPLIST})", _F
)
# "the victim is in stable condition", "a woman was listed in critical condition": a person whose
# medical condition is given was hurt (soft: the report may say later that she died).
_CONDITION_RE = re.compile(
    r"\b(?P<aux>is|was|remains|remained)(?:\s+(?:listed|reported|said\s+to\s+be|now|still))*"
    # "was rushed to the hospital in critical condition"
    r"(?:\s+(?:taken|rushed|transported|flown|airlifted|driven)\s+to(?:\s+[\w.'’-]+){0,5}?)?\s+in\s+"
    r"(?:(?:a|an|very|extremely)\s+)?(?:serious|critical|stable|fair|grave|good|satisfactory)"
    r"(?:\s*(?:,|but|and)\s*(?:serious|critical|stable|fair|grave|good|satisfactory))*\s+(?P<vi>condition)\b",
    _F,
)
_HOSPITAL_RE = re.compile(
    rf"\b(?:sent|sending|put|putting|landed|landing)\s+(?P<list>{_NPLIST})\s+(?:to|in|into)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:area\s+|local\s+|nearby\s+)?hospitals?\b",
    _F,
)
_DIED_RE = re.compile(
    r"\b(?P<aux>)(?:has\s+|had\s+|later\s+|subsequently\s+)?(?:died|succumbed)\b",
    _F,
)
_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|al-[\w'’-]+|bin|ibn|de|la|van|von|der|el|al|abu))*"
_LEFT_NAME_APPOS_RE = re.compile(
    rf"(?P<name>{_NAME})\s*,\s*(?P<appos>(?:a|an|the|who|his|her)\b[^,;]{{0,80}}|\d{{1,3}})\s*,\s*$"
)
_LEFT_NAME_RE = re.compile(rf"(?P<name>{_NAME})\s+$")
_LEFT_PRONOUN_RE = re.compile(r"\b(?P<pro>he|she)\s+$", _F)
_LEFT_DET_RE = re.compile(
    rf"\b(?P<det>the|a|an|one|his|her|their|its|another)\s+(?P<words>(?:{_WORD}\s+){{0,3}}?{_WORD})\s+$", _F
)
_LEFT_PLURAL_RE = re.compile(r"\b(?:they|we|those|who|which|that|them|these)\s+$", _F)
# "a 26-year-old man who had been shot": "who" after one person is that person.
_LEFT_WHO_RE = re.compile(
    rf"\b(?:a|an|the|one|his|her)\s+(?P<words>(?:{_WORD}\s+){{0,3}}?(?P<head>[A-Za-z]+))\s*,?\s+who\s+$", _F
)
_OBJ_NAME_RE = re.compile(
    r"\b(?:(?P<vk>killed|killing|kills|executed|executing|assassinated|beheaded|decapitated|murdered|shot\s+dead|shooting\s+dead|"
    r"gunned\s+down|deaths?\s+of|killing\s+of|assassination\s+of)|(?P<vi>wounded|wounding|injured|injuring))\s+(?P<name>"
    + _NAME
    + r")"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|on|at|and|as|during|while|when|near|who|after|before)\b)"
)
_OBJ_SING_RE = re.compile(
    rf"\b(?:(?P<vk>{_V_ACT_KILLED}|shot\s+dead|gunned\s+down|assassinated|assassinating)|(?P<vi>{_V_ACT_INJURED}"
    r"|(?P<shot>shot|shooting)))"
    rf"\s+(?P<obj>(?:the|his|her|their|its|an?)\s+(?:{_WORD}\s+){{0,4}}?(?P<head>[A-Za-z]+))\b(?!\s*-)"
    r"(?(shot)(?!\s+(?:dead|to\s+death)\b))",
    _F,
)
# "... a chief and his assistant": a second person joined to a singular object
_OBJ_PAIR_RE = re.compile(
    r"\s+and\s+(?:his|her|their)\s+(?:(?:[\w-]+[\s-])?years?[\s-]old\s+)?(?:[\w'’-]+\s+)??(?P<head>[A-Za-z]+)\b(?!\s+(?:was|were|is|are|had|has|have)\b)", _F
)
# Headlines drop the article: "Man shot in neck", "Teen wounded in drive-by", "Elderly woman killed
# in crash" tell of one person. Only at the start of a sentence, where a headline sits, and not
# before an object ("Man shot his neighbour": he is the shooter). Up to two name-like modifiers
# ("Militia commander", "MPs bodyguard"), a "linked to <Name>" tail and a hedge ("reportedly")
# keep the head singular; a headline's second clause after a semicolon starts the same way.
_HEADLINE_ONE_RE = re.compile(
    r"(?:^\W*|(?<=; )|(?<=;))(?P<obj>(?:(?:\d{1,3}-year-old|[A-Z][A-Za-z'’]+)\s+){0,2}?(?P<head>[A-Za-z][a-z]+))"
    r"(?:\s+(?:linked|tied|connected|affiliated|associated|allied)\s+(?:with|to)(?:\s+[A-Z][\w'’-]*){1,4})?"
    r"(?:\s+(?:reportedly|allegedly))?\s+"
    r"(?i:(?P<vk>killed|shot\s+dead|shot\s+and\s+killed|stabbed\s+to\s+death|dies|dead)"
    r"|(?P<vi>wounded|injured|hurt|(?P<shot>shot)))\b(?!\s*(?:[,-]|(?:him|her|them|his|their|the|an?)\b))"
)
# "police found a man shot in his car", "the shooting left a woman with a gunshot wound": one person
# found or left harmed.
_FOUND_ONE_RE = re.compile(
    rf"\b(?:found|discovered|left)\s+(?P<obj>(?:a|an|one|the)\s+(?:{_WORD}\s+){{0,3}}?(?P<head>[A-Za-z]+))\s+"
    r"(?:(?P<vk>shot\s+dead|dead|killed|shot\s+to\s+death|stabbed\s+to\s+death)"
    r"|(?P<vi>(?P<shot>shot)|wounded|injured|with\s+(?:an?\s+)?(?:\w+\s+){0,2}(?:gunshot|stab|bullet)\s+wounds?))\b",
    _F,
)
# "protesting the killing of a student", "clashes over the death of a herder", "the anniversary of
# the massacre": a death named as what people protest, mourn or avenge is not this event's toll.
_TOPIC_RE = re.compile(
    r"\b(?:protest\w*|against|over|condemn\w*|denounc\w*|mourn\w*|revenge|aveng\w*|anniversary\s+of|justice\s+for|"
    r"(?:retaliation|reprisal|revenge)\s+for|in\s+response\s+to)"
    r"\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+|its\s+)?(?:(?:recent|alleged|brutal|latest|reported|custodial|"
    r"extrajudicial|extra-judicial|mysterious|police|political)\s+){0,2}(?:killings?|deaths?|murders?|massacres?|lynching|execution|assassination)\b"
    r"(?:\s+of(?:\s+[\w'’-]+){1,6})?"
    # "the death of a student, allegedly killed by police": the participle tells the same death
    r"(?:\s*,?\s+(?:\w+ly\s+)?(?:killed|shot|murdered|slain|lynched|beaten)\b)?",
    _F,
)
# Headlines name the unrest first and its cause after: "Riots after cleric killed by unknown group",
# "Protests following the shooting dead of a boy". The death is the grievance, not the unrest's toll.
_UNREST_AFTER_RE = re.compile(
    r"^\W*(?:riots?|protests?|demonstrations?|unrest)\s+(?:after|following|over)\s+[^.;:]{0,80}?"
    r"\b(?:killed|killing|death|murdered|murder|shot\s+dead|lynched)\b",
    _F,
)
# "killed a suspected thief", "killing a 70-year old man", "shot dead a construction worker": one
# person, however the noun phrase is built (its person noun is looked for within it).
_OBJ_ONE_RE = re.compile(
    rf"\b(?:(?P<vk>{_V_ACT_KILLED}|shoots?\s+dead|shooting\s+dead|shot\s+dead|gunned\s+down|lynch|"
    r"(?:stoned|hacked|beat|beaten|burned|burnt|stabbed|clubbed|shot)\s+to\s+death)|(?P<vi>{_V_ACT_INJURED}))"
    r"\s+(?P<obj>an?|one)\s+",
    _F,
)
# Headlines and ACLED notes drop the article: "Mob lynches robbery suspect", "Gunmen kill official",
# "beat to death the chief's guard". One person when the first person noun of the object is singular
# and nothing before it counts ("kill two traders", "kill civilian protesters" are not one).
_OBJ_BARE_RE = re.compile(
    r"\b(?P<vk>kills|kill|killed|killing|lynch|lynches|lynched|lynching|murders|assassinates?|assassinated|beheads|decapitates|"
    r"shoots?\s+dead|shot\s+dead|guns?\s+down|gunned\s+down|"
    r"(?:stone|stones|stoned|hack|hacks|hacked|beat|beats|beaten|burn|burns|burned|burnt|stab|stabs|stabbed|club|"
    r"clubs|clubbed)\s+to\s+death)\s+(?P<obj>(?:the\s+)?)(?=[A-Za-z])",
    _F,
)
# The object between the verb and "to death": "a crowd stoned him to death", "raiders speared the
# herder to death". A singular person (a pronoun or a singular person noun, nothing counting it)
# is one death; "speared the two herders to death" is left to the number rules.
_SPLIT_DEATH_RE = re.compile(
    r"\b(?P<vk>stoned|stoning|stones|stone|speared|spearing|spears|spear|hacked|hacking|hacks|hack|beat|beaten|"
    r"beating|beats|clubbed|clubbing|stabbed|stabbing|bludgeoned|bludgeoning|burned|burnt|burning|kicked|kicking|"
    r"whipped|flogged|lynched)\s+(?P<obj>him|her|(?:the|a|an|one)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)\s+to\s+death\b",
    _F,
)
# "the killing suspect", "arrested for killing", "would kill": no killing told by this verb
_BARE_BLOCK_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|this|that|its|his|her|their|of|for|will|would|could|might|may|shall|can|cannot|should|must|"
    r"not|never|n't|'ll|threatened|vowed|threatening|vowing)\s+$",
    _F,
)
_BARE_NOT_BEFORE = _wordset(
    "his her their its him them those these some many several all both other others its our my your "
    "one two three four five six seven eight nine ten dozens scores hundreds"
)

_NP_END_RE = re.compile(
    r"[,.;:()\[\]]|\s(?:in|on|at|of|near|from|with|who|whom|as|after|before|during|while|and|or|but|when|by|for|to|"
    r"was|were|is|had|has|outside|inside)\b",
    _F,
)
_NP_WORD_RE = re.compile(r"[A-Za-z][\w'’-]*")
_GROUP_NOUNS = frozenset({"family", "families", "couple", "crew", "group", "gang", "household", "team", "unit"})


def _person_noun_end(text: str, start: int, words: int = 6) -> int | None:
    """End of the first singular person noun in the noun phrase that starts at ``start``."""
    stop = _NP_END_RE.search(text, start, start + 90)
    end = stop.start() if stop is not None else min(len(text), start + 90)
    for w in list(_NP_WORD_RE.finditer(text, start, end))[:words]:
        low = w.group().lower()
        if low in _GROUP_NOUNS:
            return None  # "killed an entire family": more than one, how many is not told
        if low in _SINGULAR_PERSON_WORDS or low in _ONE_PERSON_EXTRA or (low.endswith("man") and len(low) > 4):
            return w.end()
    return None


# "his injuries were not life-threatening", "her wounds were minor": one person's harm.
_POSS_INJURY_RE = re.compile(r"\b(?P<obj>his|her)\s+(?:[\w-]+\s+){0,2}?(?P<vi>injuries|injury|wounds|wound)\b", _F)
# "died of his wounds", "succumbed to her injuries": the wounds are the death's
_DIED_OF_BEFORE_RE = re.compile(r"\b(?:died|dies|die|dying|succumbed|succumbs)\s+(?:\w+\s+)?(?:of|from|to)\s+$", _F)
# "three of the injured died the next day", "one of the wounded later succumbed to his wounds"
_SUCCUMBED_RE = re.compile(
    rf"(?P<num>{_QNUM})\s+(?:of\s+(?:the|those|them)\s+)(?:\w+\s+){{0,2}}?(?:injured|wounded)\b(?:\s*,)?"
    r"(?:\s+(?:(?:have|has|had)\s+)?(?:later|subsequently|since|also|eventually|then|reportedly)){0,2}"
    r"\s+(?:died|die|dies|succumbed|succumb|succumbs|passed\s+away)\b",
    _F,
)
# "two were stabbed; one of them later succumbed": to succumb is to die of a harm told before
_SUCCUMBED_THEM_RE = re.compile(
    rf"(?P<num>{_QNUM})\s+of\s+(?:them|whom)(?:\s*,)?"
    r"(?:\s+(?:(?:have|has|had)\s+)?(?:later|subsequently|since|also|eventually|then|reportedly)){0,2}"
    r"\s+(?:succumbed|succumbs|succumb)\b",
    _F,
)
# "was killed along with four other members and two guards", "died together with his driver":
# companions in death, on top of the person the clause is about
_ALONG_WITH_RE = re.compile(
    r"\b(?:killed|died|dies|dead|slain|murdered|executed|beheaded|decapitated|lynched|(?:shot|stabbed|hacked|beaten|burnt|burned)"
    r"\s+(?:dead|to\s+death)|gunned\s+down)\b(?:\s+[\w'’-]+){0,4}?\s*,?\s+(?:(?:along|together)\s+with\s+|with\s+(?=(?:his|her|their)\s))"
    rf"(?:(?P<list>{_NPLIST})|(?P<one>another|one\s+other|(?:his|her|their)\s+(?:[\w'’-]+\s+)??(?P<head>[a-z]+)\b(?![’']))"
    # "with his wife and son": the second companion, numbered or not
    rf"(?:\s*,?\s+and\s+(?:(?P<more>{_NPLIST})|(?P<more_one>(?:(?:his|her|their)\s+)?(?P<head2>[a-z]+)\b(?![’']))))?)",
    _F,
)
# "killing one man and injuring another": one more person.
_ANOTHER_RE = re.compile(
    r"\b(?:(?P<vk>killing|killed|kills)|(?P<vi>wounding|injuring|wounded|injured|hurting))\s+"
    r"(?P<num>another|one\s+other|a\s+second)(?:\s+(?:man|woman|person|boy|girl|victim))?(?=\s*(?:[,;.)]|$|and\b|in\b|on\b|at\b|during\b|near\b|when\b|while\b|after\b|before\b))",
    _F,
)
# "a body was found dumped in a pit": one death.
_ONE_BODY_RE = re.compile(
    r"\b(?P<num>an?|one)\s+(?:[\w-]+\s+)?body\s+(?:was|has\s+been|had\s+been|is)\s+(?:later\s+|also\s+)?"
    r"(?:found|discovered|recovered|retrieved)\b",
    _F,
)
# "11 bodies were found", "the bodies of 14 men": each body is a death.
_BODIES_RE = re.compile(
    rf"(?P<num>{_QNUM})\s+(?:(?:dead|more|mutilated|decomposed|dismembered|charred|other)\s+)?bodies\b"
    rf"|\bbodies\s+of\s+(?:the\s+|another\s+)?(?P<num2>{_QNUM})(?P<npx>{_NPX})",
    _F,
)
_NOT_NAMES = _wordset(
    "the a an he she it they we i this that these those there one his her their its police army "
    "officials security government reports witnesses residents monday tuesday wednesday thursday friday "
    "saturday sunday in on at but and yesterday today may " + _MONTHS.lower().replace("|", " ")
)
_NON_PERSON_SUBJECTS = _wordset(
    "bill plan deal project proposal motion idea measure law talks agreement town city village economy "
    "building house home vehicle car convoy base camp area region country market sector industry trade"
)
_NON_PERSON_LEFT_RE = re.compile(
    rf"\b(?:{'|'.join(sorted(_NON_PERSON_SUBJECTS))})\s+$",
    _F,
)

# Any mention of harm, for figures stated without a number.
_KEYWORD_RE = re.compile(
    rf"\b(?:(?P<vc>{_V_COMBINED}|killing\s+and\s+(?:wounding|injuring))|(?P<toll>death\s+toll)|"
    r"(?P<vk>killed|killings?|dead|died|deaths|fatalities|lost\s+their\s+lives|slain|executed|massacred|"
    r"massacre|beheaded|decapitated|shot\s+dead|murdered|assassinated|perished|martyred|"
    r"(?:stabbed|hacked|beaten|stoned|burnt|burned|clubbed)\s+to\s+death)|"
    r"(?P<vi>wounded|injured|hurt|injuries)|(?P<vs>casualties))\b",
    _F,
)
_PREFILTER_RE = re.compile(
    r"kill|\bKIA\b|dead|died|death|fatalit|lives|slain|slew|execut|massacr|behead|decapitat|murder|assassin|gunned|"
    r"perish|wound|injur|hurt|casualt|toll|\bdie|bodies|\bbody\b|\bshot\b|\bshoot(?:s|ing)\b|succumb|martyr|eliminat|hospital|lynch|condition|among\s+the\s+victims|"
    r"\bguns?\s+down",
    _F,
)
_NEGATED_BEFORE_RE = re.compile(r"\b(?:not|never|n't|no)\s+(?:\w+\s+)?$", _F)
_AUX_BEFORE_RE = re.compile(
    r"\b(?:were|been|be|being|are|get|got|seriously|badly|slightly|critically|lightly|not|"
    r"people|others|civilians|soldiers|one|no)\s+$",
    _F,
)
_EXECUTED_NONHUMAN_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}(?:attacks?|operations?|plans?|raids?|strikes?|orders?|missions?|warrants?|deals?|"
    r"projects?|tasks?|manoeuvres?|maneuvers?|moves?|contracts?|programmes?|programs?)\b",
    _F,
)
_AGGREGATE_RE = re.compile(
    r"\b(?:total\s+number|so\s+far|since\s+the\s+(?:start|beginning|outbreak|onset)\s+of|in\s+total|"
    r"toll\s+(?:has|had)\s+(?:now\s+)?(?:risen|climbed|increased|reached|grown|jumped|surpassed|passed)|"
    r"over\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}(?:days|weeks?|months?|years?|decades?)|"
    r"in\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}(?:weeks?|months?|years?|decades?)|"
    r"during\s+the\s+(?:[\w-]+\s+){0,2}(?:operation|offensive|campaign|war|conflict|insurgency|siege)|"
    r"during\s+the\s+(?:past|last)\s+(?:[\w-]+\s+){0,2}(?:days|weeks?|months?|years?|decades?)|"
    r"(?:war|conflict|uprising|revolution|insurgency|crisis)\b[^.;]{0,40}?\b(?:that|which)\s+(?:has|have|had)\s+"
    r"(?:\w+\s+)?(?:killed|claimed|left|cost)|"
    r"(?:war|conflict|uprising|revolution|insurgency)\s+(?:has|have|had)\s+(?:\w+\s+)?(?:killed|claimed|left|cost)|"
    r"(?:years?|months)\s+of\s+(?:civil\s+)?(?:war|conflict)|in\s+the\s+(?:civil\s+)?(?:war|conflict|uprising)\b|"
    r"since\s+(?:its|the|their)\s+(?:\w+\s+){0,2}(?:conflict|war|uprising|revolution|crisis|insurgency)\s+"
    r"(?:began|started|erupted|broke\s+out)|since\s+then|"
    r"this\s+year|to\s+date|altogether|cumulative|since\s+(?:" + _MONTHS + r"|May|(?:19|20)\d\d)\b|"
    # "since Thursday bombing has killed 44": a toll run up over several days
    r"since\s+(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend)\b)",
    _F,
)
# "killed 30 cattle": the verb is about animals or things, not a casualty at all.
_NONPERSON_AFTER_RE = re.compile(
    rf"\s+(?:{_QNUM})(?:\s+of(?:\s+(?:the|their|his|her)\b)?)?\s+(?:[\w'’-]+\s+)?(?:{'|'.join(sorted(_NON_PERSON_WORDS))})\b",
    _F,
)
_LEFT_NOUN_RE = re.compile(rf"([A-Za-z]+)(?:\s+(?:{_AUXW})\b)*\s+$", _F)
_PASSIVE_AUX_RE = re.compile(r"\b(?:were|was|been|are|is|be|got|left|found)\b", _F)
_OBJECT_AHEAD_RE = re.compile(rf"\s+(?:{_QNUM}|the|his|her|their|him|them|people|civilians)\b", _F)
# "Two children killed 5 others injured": a headline's list of the dead and the injured, not
# two killers of five
_HURT_AHEAD_RE = re.compile(
    rf"\s+(?:{_QNUM})\s+(?:(?:others?|people|persons|more)\s+)?(?:(?:were|are)\s+)?(?:injured|wounded|hurt)\b", _F
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-Z\"'“(])|\n\s*\n")


# Figures at or above this size are checked for incident context (see ``_finish``).
WAR_TOTAL = 5000
_INCIDENT_RE = re.compile(
    r"\b(?:attacks?|bombs?|bombings?|blasts?|explosions?|air\s*strikes?|strikes?|raids?|massacres?|shelling|"
    r"earthquake|stampede|yesterday|today|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    _F,
)
# "three militants were also killed", "another two", "four others", "five more people".
_ADDITIVE_RE = re.compile(
    r"\b(?:also|another|others?|further|additional|more(?!\s+than))\b",
    _F,
)
_SINGULAR_PERSON_WORDS = {
    w
    for w in _PERSON_WORDS
    if not w.endswith(("s", "men")) and w not in ("people", "police", "staff", "personnel", "crew", "children", "schoolchildren")
} | _wordset(
    "director governor chief elder general colonel brigadier sheikh sheik dad mom uncle aunt cousin nephew niece "
    "grandfather grandmother grandson granddaughter friend girlfriend boyfriend fiance neighbor neighbour owner "
    "manager president senator judge lawyer supporter model deputy candidate chairman councillor councilor "
    "photographer bodyguard trooper"
) - {"one", "other", "casualty"}


def _is_additive(text: str, r: _Raw) -> bool:
    """Whether the text presents the figure as on top of others (see CasualtyFigure.additive)."""
    if r.count is None or r.parent is not None:
        return False
    ns = r.num_span[0] if r.num_span else r.start
    window = text[max(0, min(r.start, ns) - 12) : r.end]
    return bool(_ADDITIVE_RE.search(window))


@dataclass(eq=False)
class _Raw:
    """A figure before list indices are known (spans relative to the input text)."""

    kind: str
    count: Count | None
    who: str | None
    start: int
    end: int
    named: bool = False
    parent: _Raw | None = None
    aggregate: bool = False
    num_span: tuple[int, int] | None = None
    group: int | None = None
    soft: bool = False
    plus: bool = False  # on top of the figures before it, whatever its words


def _kind(m: re.Match[str]) -> str:
    gd = m.groupdict()
    if gd.get("vc"):
        return "killed_and_injured"
    if gd.get("vi"):
        return "injured"
    if gd.get("vs"):
        return "casualties"
    return "killed"


# "likely to die", "threatened to kill him", "tried to hurt them": a death or harm not done (yet);
# "left to die" tells of the dead.
_TO_BEFORE_RE = re.compile(r"(?<!left\s)\bto\s+$", re.IGNORECASE)
_INFINITIVES = frozenset(
    {"die", "kill", "hurt", "wound", "injure", "lynch", "assassinate", "stone", "hack", "beat", "burn", "stab", "club",
     "shoot", "gun"}
)


def _infinitive(text: str, m: re.Match[str]) -> bool:
    g = _kind_group(m)
    start = m.start(g)
    word = m.group(g).split()[0].lower()
    return word in _INFINITIVES and _TO_BEFORE_RE.search(text, max(0, start - 12), start) is not None


def _kind_group(m: re.Match[str]) -> str:
    """Name of the verb group that matched."""
    gd = m.groupdict()
    for g in ("vc", "vk", "vi", "vs"):
        if gd.get(g):
            return g
    return "vk"


def _who(words: str) -> str | None:
    """Victims' category from the noun phrase words; the head noun (last match) wins."""
    found: str | None = None
    for w in re.findall(r"[a-z]+", words.lower()):
        if w in _WHO_WORDS:
            found = _WHO_WORDS[w]
    return found


def _has_person(words: str) -> bool:
    return any(w in _PERSON_WORDS or w.endswith(("man", "men")) for w in re.findall(r"[a-z]+", words.lower()))


def is_person_word(word: str) -> bool:
    """Whether a lower-case singular noun names one person ("chief", "policeman", "perpetrator")."""
    return word in _SINGULAR_PERSON_WORDS or word in _ONE_PERSON_EXTRA or word.endswith(("man", "woman"))


# singular people nouns that name a role in a killing rather than a trade
_ONE_PERSON_EXTRA = frozenset({"perpetrator", "aspirant", "hopeful", "reservist", "herdsman", "herdsboy", "pastoralist"})


# "killing two officers, a police commander said": a later list member that a speech verb
# follows is the source of the figure, not one more victim.
_SPEAKER_AFTER_RE = re.compile(r"\s+(?:said|says|told|reported|added|stated|confirmed|announced)\b", _F)


# "a family of five": the size of the household after a singular "family".
_FAMILY_OF_RE = re.compile(rf"\s+of\s+(?P<num>{_QNUM})\b", _F)


def _np_figures(text: str, start: int, end: int, kind: str) -> list[tuple[Count, str | None, int, int, str]]:
    """Parse each noun phrase in text[start:end] -> (count, who, num_start, num_end, npx)."""
    out: list[tuple[Count, str | None, int, int, str]] = []
    for m in _NP_RE.finditer(text, start, end):
        num = m.group("num")
        if not num.strip():
            continue
        ns, ne = m.span("num")
        if _is_excluded(text, ns, ne):
            continue
        if out and _SPEAKER_AFTER_RE.match(text, m.end()):
            continue
        npx = m.group("npx")
        words = re.findall(r"[a-z]+", npx.lower())
        things = [i for i, w in enumerate(words) if w in _NON_PERSON_WORDS or w in _COLLECTIVE_WORDS]
        # "30 cattle" are no people; "four cattle thieves" are: the head noun after the thing decides
        if things and not _has_person(" ".join(words[things[-1] + 1 :])):
            continue
        bare = num.lower() in ("a", "an", "no")
        # "a"/"an"/"no" are quantities only before a person noun (or a harm noun: "no casualties").
        if bare and not _has_person(npx) and not (num.lower() == "no" and not words):
            continue
        if bare and words and words[-1] in _SINGULAR_THINGS:
            continue
        if len(words) == 1 and words[0].endswith("ed") and not _has_person(npx) and _LIST_GO_ON_RE.match(text, m.end()):
            continue  # "15 captured and 1 killed": the first number is of another verb's people
        count = _count_from_phrase(num)
        if count is None:
            continue
        size = _FAMILY_OF_RE.match(text, m.end()) if bare and words and words[-1] in ("family", "household") else None
        if size is not None and (sized := _count_from_phrase(size.group("num"))) is not None:
            count = sized  # "a family of five" is five people
        who = _who(npx)
        if who is not None and _mixed_tail(text[m.end() : end], who):
            who = None
        out.append((count, who, ns, m.end(), npx))
    return out


# "25 fighters and soldiers were killed": one number for a second group named without its own.
_AND_TAIL_RE = re.compile(r"\s+and\s+((?:[A-Za-z][\w'’-]*\s+){0,2}[A-Za-z][\w'’-]*)\s*$", _F)


_PAIR_TAIL_RE = re.compile(r"\s+and\s+(?:(?:his|her|their)\s+)?(?:[\w'’-]+\s+){0,2}?(?P<head>[A-Za-z]+)\s*$", _F)


def _mixed_tail(tail: str, who: str) -> bool:
    """Does a number-less second noun after "and" name other victims than the first noun? Then
    the figure counts both groups together and belongs to neither."""
    m = _AND_TAIL_RE.match(tail)
    if m is None:
        return False
    first = m.group(1).split()[0].lower()
    q = _QNUM_RE.match(m.group(1))
    if first in ("a", "an", "one") or (q is not None and q.group().strip()):
        return False  # "two soldiers and a civilian": the second group has its own count
    head = m.group(1).lower().split()[-1]
    other = _WHO_WORDS.get(head)
    if other is not None:
        return other != who
    return head in _PERSON_WORDS or head == "forces"


def _martyrs(npx: str, kind: str) -> str:
    """"4 martyrs and 13 injured were claimed": martyrs are the dead whatever verb the list shares."""
    return "killed" if re.search(r"\bmartyrs?\b", npx, _F) else kind


def _overlaps(a: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(a[0] < e and s < a[1] for s, e in spans)


def find_casualties(text: str, *, offset: int = 0) -> list[CasualtyFigure]:
    """Find killed / injured / casualty figures in one sentence (or short passage).

    Spans are ``offset``-shifted positions in the caller's document. Figures are
    returned in text order; a figure included in another ("including 3 children")
    follows its container and has ``part_of`` set to the container's index.
    """
    if not text:
        return []
    low = _folded(text)
    if not _found(_PREFILTER_RE, text, low):
        return []
    original = text
    # Markup left in scraped text ("were <b>killed</b>") is blanked, keeping every offset.
    if "<" in text:
        text = _TAG_RE.sub(lambda t: " " * len(t.group(0)), text)
    # "Two Kenya Defence Forces (KDF) soldiers": an acronym glossed inside a noun phrase is no word of it
    if "(" in text:
        text = _ACRONYM_GLOSS_RE.sub(lambda t: " " * len(t.group(0)), text)
    # "nearly killed", "almost died": a death that did not happen is no figure at all
    if _found(_NEAR_MISS_RE, text, low):
        text = _NEAR_MISS_RE.sub(lambda t: " " * len(t.group(0)), text)
    if text is not original:
        low = _folded(text)  # the blanked text lower-cased: the patterns below look for their first match in it
    raws: list[_Raw] = []
    groups = iter(range(1, 1 << 30))
    one_more = Count(1, 1, 1, False, "another")
    used_nums: list[tuple[int, int]] = []  # number spans already turned into a figure
    covered: list[tuple[int, int]] = []  # text covered by a numbered/negated figure
    topics = [m.span() for m in _scan(_TOPIC_RE, text, low)] + [m.span() for m in _scan(_UNREST_AFTER_RE, text, low)]
    covered.extend(topics)

    def add(raw: _Raw) -> _Raw | None:
        if any(a <= raw.start < b for a, b in topics) or (raw.num_span is not None and _overlaps(raw.num_span, topics)):
            return None
        if any(a < raw.end <= b for a, b in topics):
            # "Hundreds of riders protested over the death of a colleague": the death word closing the
            # figure is the grievance's, so the crowd's number before it is no toll
            return None
        if raw.num_span is not None:
            if _overlaps(raw.num_span, used_nums):
                return None
            used_nums.append(raw.num_span)
        raws.append(raw)
        covered.append((raw.start, raw.end))
        return raw

    def add_subsets(parent: _Raw, m: re.Match[str], kind: str) -> None:
        if m.group("incl") is None or m.group("incl_kw").split()[0].lower() not in (
            "including",
            "among",
            "of",
        ):
            return
        for count, who, ns, ne, _npx in _np_figures(text, m.start("incl"), m.end("incl"), kind):
            add(_Raw(kind, count, who, ns, ne, parent=parent, num_span=(ns, ne)))

    # 1. Running tolls and totals ("the death toll rose to 12").
    for m in _scan(_TOLL_RE, text, low):
        ns, ne = m.span("num")
        if _is_excluded(text, ns, ne):
            continue
        count = _count_from_phrase(m.group("num"))
        if count is None or count.text.lower() in ("a", "an", "no"):
            continue
        kind = "casualties" if m.group("cas") else "killed"
        add(_Raw(kind, count, None, m.start(), ne, num_span=(ns, ne)))
    for m in _scan(_TOLL_ROSE_RE, text, low):
        ns, ne = m.span("num")
        count = _count_from_phrase(m.group("num"))
        if count is None or count.text.lower() in ("a", "an", "no") or _is_excluded(text, ns, ne):
            continue
        add(_Raw("killed", count, None, m.start(), ne, num_span=(ns, ne)))
    for m in _scan(_NUMBER_OF_RE, text, low):
        ns, ne = m.span("num")
        if _is_excluded(text, ns, ne):
            continue
        count = _count_from_phrase(m.group("num"))
        if count is None or count.text.lower() in ("a", "an", "no"):
            continue
        add(_Raw(_kind(m), count, _who(text[m.start() : m.start("gap")]), m.start(), ne, num_span=(ns, ne)))

    # "two of the wounded later died", "one of the injured succumbed": deaths on top of those
    # told before (the injured they were counted among are no fewer for it: ACLED counts the
    # wounded as told)
    for m in [*_scan(_SUCCUMBED_RE, text, low), *_scan(_SUCCUMBED_THEM_RE, text, low)]:
        ns, ne = m.span("num")
        count = _count_from_phrase(m.group("num"))
        if count is None or count.best == 0 or _is_excluded(text, ns, ne):
            continue
        add(_Raw("killed", count, None, m.start(), m.end(), num_span=(ns, ne), plus=True))

    # 2. Subjects: "12 people were killed", "5 killed and 10 wounded", "no casualties".
    pos = 0
    while True:
        found = _search(_SUBJ_RE, text, low, pos)
        if found is None:
            break
        m = found
        pos = m.end()
        kind = _kind(m)
        verb_end = m.end()
        verb = m.group(_kind_group(m)).lower()
        if _infinitive(text, m):
            continue
        aux = text[m.end("list") : m.start(_kind_group(m))]
        # "3 gunmen killed 5 people" is active voice: the number is the killers, not victims.
        if (
            (verb.split()[0] in _TRANSITIVE or verb.split()[-1] in _TRANSITIVE)
            and not _PASSIVE_AUX_RE.search(aux)
            and _OBJECT_AHEAD_RE.match(text, verb_end)
            and not _HURT_AHEAD_RE.match(text, verb_end)
        ):
            continue
        figs = _np_figures(text, m.start("list"), m.end("list"), kind)
        # (not before a noun: "a suspect and victim in the shooting death" names no count)
        if len(figs) == 1 and figs[0][0].text.lower() in ("a", "an", "one") and verb not in ("death", "deaths"):
            pair = _PAIR_TAIL_RE.match(text, figs[0][3], m.end("list"))
            if pair is not None and pair.group("head").lower() in _SINGULAR_PERSON_WORDS:
                # "a woman and child", "a man and his son": two people, one number
                count, who, ns, ne, npx = figs[0]
                figs = [(replace(count, low=2, best=2, high=2), None, ns, ne, npx)]
        if not figs:
            # "Share this page 57 At least four people died": the number that is no count
            # hid the one that is; look again just after it
            hidden = _QNUM_RE.match(text, m.start("list"))
            pos = max(hidden.end() if hidden is not None else 0, m.start("list") + 1)
            continue
        # "no" with a plain verb ("no weapons were killed") is noise; keep "no casualties".
        start = m.start("lead") if m.group("lead") else figs[0][2]
        parents: list[_Raw] = []
        span_end = verb_end
        tail = _INCL_AFTER_RE.match(text, verb_end)
        if tail:
            span_end = tail.end()
        group = next(groups) if len(figs) > 1 else None
        alt = _alternative(m)
        for count, who, ns, ne, npx in figs:
            fig_start = start if len(figs) == 1 else ns
            if alt is not None and len(figs) == 1:
                count = _conservative(count, alt)
            r = add(_Raw(_martyrs(npx, kind), count, who, fig_start, span_end, num_span=(ns, ne), group=group))
            if r is not None:
                # "was hospitalized" may end in "where he later died": soft, like "was shot"
                r.soft = verb.startswith("hospitali")
                parents.append(r)
        if parents:
            add_subsets(parents[0], m, kind)
            if tail:
                for count, who, ns, ne, _npx in _np_figures(text, *_tail_span(tail), kind):
                    add(_Raw(kind, count, who, ns, ne, parent=parents[0], num_span=(ns, ne)))

    # 3. Objects: "killed 12 people, including 3 children", "killed 5 and wounded 10".
    for regex in (_OBJ_RE, _LEFT_RE):
        for m in _scan(regex, text, low):
            kind = _kind(m)
            verb = m.group(_kind_group(m)).lower()
            if _infinitive(text, m):
                continue
            figs = _np_figures(text, m.start("list"), m.end("list"), kind)
            if verb.startswith("execut") and not all(_has_person(f[4]) or not f[4].strip() for f in figs):
                continue
            if verb.startswith("eliminat") and not all(_has_person(f[4]) for f in figs):
                continue  # "eliminated 5 militants" is a communique's killing; "eliminated 5 posts" is not
            span_end = m.end()
            tail = _INCL_AFTER_RE.match(text, span_end)
            if tail:
                span_end = tail.end()
            first: _Raw | None = None
            group = next(groups) if len(figs) > 1 else None
            for count, who, ns, ne, _npx in figs:
                end = span_end if len(figs) == 1 else ne
                start = m.start() if len(figs) == 1 or first is None else ns
                pair = _OBJ_PAIR_RE.match(text, m.end("list")) if len(figs) == 1 and count.text.lower() in ("a", "an") else None
                if pair is not None and pair.group("head").lower() in _SINGULAR_PERSON_WORDS:
                    # "hacked to death a chief and his assistant": two people, one article
                    count, end = replace(count, low=2, best=2, high=2), max(end, pair.end())
                r = add(_Raw(kind, count, who, start, end, num_span=(ns, ne), group=group))
                if r is not None and first is None:
                    first = r
            if first is not None and tail:
                for count, who, ns, ne, _npx in _np_figures(text, *_tail_span(tail), kind):
                    add(_Raw(kind, count, who, ns, ne, parent=first, num_span=(ns, ne)))
    for m in _scan(_LIVES_RE, text, low):
        g = "num" if m.group("num") is not None else "num2"
        ns, ne = m.span(g)
        count = _count_from_phrase(m.group(g))
        if count is not None and not _is_excluded(text, ns, ne):
            add(_Raw("killed", count, None, m.start(), m.end(), num_span=(ns, ne)))
    for m in _scan(_ANOTHER_RE, text, low):
        if not _overlaps(m.span(), covered):
            add(_Raw(_kind(m), replace(one_more, text=m.group("num")), None, m.start(), m.end()))
    for m in _scan(_BODIES_RE, text, low):
        g = "num" if m.group("num") is not None else "num2"
        ns, ne = m.span(g)
        if _is_excluded(text, ns, ne) or _overlaps((ns, ne), used_nums):
            continue
        count = _count_from_phrase(m.group(g))
        if count is None or count.text.lower() in ("a", "an", "no"):
            continue
        who = _who(m.group("npx")) if g == "num2" else None
        add(_Raw("killed", count, who, m.start(), m.end(), num_span=(ns, ne)))

    # "Six children were among the dead", "among the victims were two women": who some of the
    # dead were, told apart from the toll (a group figure: combine_figures never adds it on top).
    for regex in (_AMONG_AFTER_RE, _AMONG_BEFORE_RE):
        for m in _scan(regex, text, low):
            named = [f for f in _np_figures(text, m.start("list"), m.end("list"), "killed") if f[1] is not None and f[0].best > 0]
            group = next(groups) if len(named) > 1 else None  # "three children and two women": both
            for count, who, ns, ne, _npx in named:
                add(_Raw("killed", count, who, ns, ne, num_span=(ns, ne), group=group))

    # 4. Negations the subject pattern misses ("no reports of casualties").
    for m in _scan(_NEG_RE, text, low):
        if _overlaps(m.span(), covered):
            continue
        zero = Count(0, 0, 0, False, m.group(0).split()[0])
        add(_Raw(_kind(m), zero, None, m.start(), m.end()))
        if m.group("vk2") or m.group("vi2"):
            second = "killed" if m.group("vk2") else "injured"
            add(_Raw(second, zero, None, m.start(), m.end()))

    # 5. One person: "killed him", "X, a commander, was killed", "the journalist died".
    one = Count(1, 1, 1, False, "")
    for m in _scan(_PRONOUN_RE, text, low):
        base = m.group("vk") is not None and m.group("vk").lower() in ("kill", "lynch")
        if base and (_infinitive(text, m) or _BARE_BLOCK_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())):
            continue  # "vowed to kill him", "would kill them": threats, no death
        if not _overlaps(m.span(), covered):
            # "killed them" says people died but not how many: unnumbered.
            plural = m.group("pro").lower().startswith("them")
            count = None if plural else replace(one, text=m.group("pro"))
            group = next(groups) if m.group("list") else None
            # "shot him" says he was hit, not that he survived: soft, like "was shot"
            # ("shot him dead" is a killing); "shot himself in the head" is told of suicides, whose
            # death the text gives apart, if at all: no injury
            reflexive = m.group("pro").lower() in ("himself", "herself")
            if m.group("shot") and reflexive and not m.group("dead") and _HEAD_SHOT_RE.match(text, m.end("pro")):
                continue
            kind = "killed" if m.group("dead") else _kind(m)
            soft = bool(m.group("shot")) and not m.group("dead")
            add(_Raw(kind, count, None, m.start(), m.end("dead" if m.group("dead") else "pro"), group=group, soft=soft))
            if m.group("list"):  # "killed himself and 4 others"
                for c, who, ns, ne, _npx in _np_figures(text, m.start("list"), m.end("list"), _kind(m)):
                    add(_Raw(_kind(m), c, who, ns, ne, num_span=(ns, ne), group=group))
    for m in _scan(_OBJ_NAME_RE, text, low):
        name = m.group("name")
        if _overlaps(m.span(), covered) or not _is_name(name):
            continue
        add(_Raw(_kind(m), replace(one, text=name), None, m.start(), m.end(), named=True))
    for m in _scan(_OBJ_SING_RE, text, low):
        head = m.group("head").lower()
        if _overlaps(m.span(), covered) or (head not in _SINGULAR_PERSON_WORDS and not head.endswith("man")):
            continue
        if _infinitive(text, m):
            covered.append(m.span())
            continue
        if m.group("shot") and _FATALLY_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            # "fatally shot his wife": a killing
            add(_Raw("killed", replace(one, text=m.group("obj")), _who(head), m.start(), m.end()))
            continue
        pair = _OBJ_PAIR_RE.match(text, m.end())
        if pair is not None and pair.group("head").lower() in _SINGULAR_PERSON_WORDS:
            # "hacked to death a chief and his assistant": two people
            two = Count(2, 2, 2, False, m.group("obj"))
            add(_Raw(_kind(m), two, _who(head), m.start(), pair.end(), soft=bool(m.group("shot"))))
            continue
        add(_Raw(_kind(m), replace(one, text=m.group("obj")), _who(head), m.start(), m.end(), soft=bool(m.group("shot"))))
    for m in _scan(_OBJ_ONE_RE, text, low):
        if _overlaps(m.span(), covered) or _infinitive(text, m):
            continue
        noun_end = _person_noun_end(text, m.end())
        if noun_end is not None and not _overlaps((m.start(), noun_end), covered):
            obj = text[m.start("obj") : noun_end]
            pair = _OBJ_PAIR_RE.match(text, noun_end)
            if pair is not None and pair.group("head").lower() in _SINGULAR_PERSON_WORDS:
                add(_Raw(_kind(m), Count(2, 2, 2, False, obj), _who(obj), m.start(), pair.end()))
                continue
            add(_Raw(_kind(m), replace(one, text=obj), _who(obj), m.start(), noun_end))
    for m in _scan(_SPLIT_DEATH_RE, text, low):
        if _overlaps(m.span(), covered) or _infinitive(text, m):
            continue
        obj = m.group("obj")
        if obj.lower() not in ("him", "her"):
            noun_end = _person_noun_end(text, m.start("obj"))
            if noun_end is None or noun_end != m.end("obj"):
                continue  # no singular person noun heads the object ("the two herders", "the houses")
        add(_Raw("killed", replace(one, text=obj), _who(obj), m.start(), m.end()))
    for m in _scan(_OBJ_BARE_RE, text, low):
        if (
            _overlaps(m.span(), covered)
            or _infinitive(text, m)
            or _BARE_BLOCK_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        ):
            continue
        # from the space before the object, so that "shot dead by a gunman" ends at "by"
        noun_end = _person_noun_end(text, m.end() - 1, words=4)
        if noun_end is None or _overlaps((m.start(), noun_end), covered):
            continue
        words = [w.lower() for w in _NP_WORD_RE.findall(text, m.end(), noun_end)]
        after = _NP_WORD_RE.match(text, noun_end + 1) if text[noun_end : noun_end + 1] == " " else None
        if (
            any(w in _BARE_NOT_BEFORE for w in words[:-1])
            or any(c.isdigit() for c in text[m.end() : noun_end])
            or (after is not None and after.group().lower() in _PERSON_WORDS)
        ):
            continue
        obj = text[m.start("obj") : noun_end]
        add(_Raw("killed", replace(one, text=obj), _who(obj), m.start(), noun_end))
    for m in _scan(_ONE_BODY_RE, text, low):
        if not _overlaps(m.span(), covered):
            add(_Raw("killed", replace(one, text=m.group(0)), None, m.start(), m.end()))
    for m in _scan(_POSS_INJURY_RE, text, low):
        if not _overlaps(m.span(), covered) and not _DIED_OF_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            add(_Raw("injured", replace(one, text=m.group("obj")), None, m.start(), m.end(), soft=True))
    for regex in (_HEADLINE_ONE_RE, _FOUND_ONE_RE):
        for m in _scan(regex, text, low):
            head = m.group("head").lower()
            if _overlaps(m.span(), covered) or head not in _SINGULAR_PERSON_WORDS:
                continue
            lead_word = m.group("obj").split()[0].lower()
            if lead_word not in ("a", "an", "one") and parse_count(lead_word) is not None:
                continue  # "Two children killed": a number, not one person
            add(_Raw(_kind(m), replace(one, text=m.group("obj")), _who(head), m.start(), m.end(), soft=bool(m.group("shot"))))
    for regex in (_PLURAL_SHOT_RE, _HOSPITAL_RE, _ACTIVE_SHOT_RE):
        for m in _scan(regex, text, low):
            if _overlaps(m.span(), covered):
                continue
            figs = _np_figures(text, m.start("list"), m.end("list"), "injured")
            if len(figs) != 1 or not _has_person(figs[0][4]):
                continue
            count, who, ns, ne, _npx = figs[0]
            hurt = bool(m.groupdict().get("hurt"))  # "shot and wounded" says they survived
            add(_Raw("injured", count, who, m.start(), m.end(), num_span=(ns, ne), soft=not hurt))
    for regex in (_SING_RE, _DIED_RE, _SUFFER_RE, _CONDITION_RE):
        for m in _scan(regex, text, low):
            if _overlaps(m.span(), covered):
                continue
            shot = bool(m.groupdict().get("shot"))
            raw = _singular_subject(text, m, one, require_person=regex is not _SING_RE or shot)
            if raw is not None:
                # "was shot" / "suffered a wound" of one person: the report may say later that he died.
                raw.soft = regex in (_SUFFER_RE, _CONDITION_RE) or shot
                add(raw)
            elif _NON_PERSON_LEFT_RE.search(text, max(0, m.start() - 40), m.start()):
                covered.append(m.span())  # "the plan was killed": not a death at all

    # companions "along with" a death told with its count (an unnumbered one stays imputed)
    for m in _scan(_ALONG_WITH_RE, text, low):
        told = [r for r in raws if r.kind == "killed" and r.count is not None and r.start <= m.start() < r.end + 2]
        if not told:
            continue
        if m.group("list") is not None:
            # (no victim group: a group figure is read as part of the whole, a companion is on top)
            for count, _group, ns, ne, npx in _np_figures(text, m.start("list"), m.end("list"), "killed"):
                if _has_person(npx) or not npx.strip():
                    add(_Raw("killed", count, None, ns, ne, num_span=(ns, ne), plus=True))
        elif m.group("head") is None or m.group("head").lower() in _SINGULAR_PERSON_WORDS:
            ns, ne = m.span("one")
            # counted as "one" person (its words, "his driver", are no number)
            add(_Raw("killed", replace(one_more, text="one"), None, ns, ne, num_span=(ns, ne), plus=True))
            if m.group("more") is not None:
                for count, _group, ns, ne, npx in _np_figures(text, m.start("more"), m.end("more"), "killed"):
                    if _has_person(npx):
                        add(_Raw("killed", count, None, ns, ne, num_span=(ns, ne), plus=True))
            elif m.group("head2") is not None and m.group("head2").lower() in _SINGULAR_PERSON_WORDS:
                ns, ne = m.span("more_one")
                add(_Raw("killed", replace(one_more, text="one"), None, ns, ne, num_span=(ns, ne), plus=True))
    # "three herders were shot, one fatally", "five were wounded, two of them fatally": of the
    # people just told harmed, those the adverb names died; the others stay the wounded
    for m in _scan(_FATALLY_AFTER_RE, text, low):
        died = parse_count(m.group("num"))
        wounded = [
            r for r in raws
            if r.kind == "injured" and r.parent is None and r.count is not None and r.end <= m.start() < r.end + 60
            and not _SENTENCE_END_RE.search(text, r.end, m.start())
        ]
        if died is not None and not wounded and _ACTIVE_HARM_BEFORE_RE.search(text, max(0, m.start() - 60), m.start()):
            # "bandits shot three herders, one fatally": no wounded figure was read from the active verb
            add(_Raw("killed", died, None, m.start("num"), m.end(), num_span=m.span("num")))
            continue
        if died is None or not wounded:
            continue
        r = max(wounded, key=lambda x: x.end)
        if r.count is None or died.best > r.count.low or _overlaps(m.span("num"), used_nums):
            continue
        add(_Raw("killed", died, r.who, m.start("num"), m.end(), num_span=m.span("num")))
        r.count = replace(r.count, low=r.count.low - died.best, best=r.count.best - died.best,
                          high=None if r.count.high is None else r.count.high - died.best)
    # "killed five villagers (later revised to three)", "five [corrected: four] died": a figure
    # corrected in brackets right after it is the corrected one
    for m in _scan(_CORRECTION_RE, text, low):
        fixed = parse_count(m.group("num"))
        before = [
            r for r in raws
            if r.parent is None and r.count is not None and (r.num_span or (r.start, r.end))[0] < m.start()
            and m.start() - (r.num_span or (r.start, r.end))[1] <= 40
            and not _SENTENCE_END_RE.search(text, (r.num_span or (r.start, r.end))[1], m.start())
        ]
        if fixed is not None and before:
            r = max(before, key=lambda x: (x.num_span or (x.start, x.end))[1])
            r.count = fixed
    # 6. Harm mentioned without a number ("inflicting heavy casualties", "killed them").
    for m in _scan(_KEYWORD_RE, text, low):
        if (
            _overlaps(m.span(), covered)
            or not _unnumbered_ok(text, m)
            or _NONPERSON_AFTER_RE.match(text, m.end())
        ):
            continue
        kind = "killed" if m.group("toll") else _kind(m)
        # "civilians were killed": the victims' category is known even without a number.
        left = _LEFT_NOUN_RE.search(text, max(0, m.start() - 60), m.start())
        # ... but "minor injuries" are slight ones, not children's
        who = _WHO_WORDS.get(left.group(1).lower()) if left and left.group(1).lower() != "minor" else None
        raws.append(_Raw(kind, None, who, m.start(), m.end()))
        covered.append(m.span())

    # "2 killed (coded separately)", "killing 4 - coded seperately": an ACLED note's remark that
    # the figure just told is another event's
    for m in _scan(_CODED_ELSEWHERE_RE, text, low):
        # only the figure right before the remark (two words at most between, no other number):
        # "2 police killed (and 3 civilians - coded separately)" keeps the two police
        told = [r for r in raws if r.parent is None and r.end <= m.start() and _REMARK_GAP_RE.fullmatch(text, r.end, m.start())]
        if told:
            last = max(told, key=lambda r: r.end)
            raws = [r for r in raws if r is not last and r.parent is not last]
    return _finish(original, text, raws, offset, low)


_TAG_RE = re.compile(r"</?[A-Za-z][^<>]{0,40}>")
_ACRONYM_GLOSS_RE = re.compile(r"(?<=[A-Za-z]) \((?-i:[A-Z]{2,6})\)(?= [a-z])")
_NEAR_MISS_RE = re.compile(
    # "escaped death" is survival, narrowly or not, in any tense; "escaped death narrowly" too
    r"\b(?:nearly|almost|(?:(?:narrowly|barely)\s+)?(?:escaped|escapes?|escaping|avoided|avoids?)"
    r"(?=\s+(?:being\s+|been\s+)?(?:killed|death|lynched)))\s+(?:being\s+|been\s+)?"
    r"(?:killed|died|dying|death|lynched|(?:beaten|stoned|burnt|burned|hacked)\s+to\s+death)\b(?:\s+narrowly)?",
    _F,
)


def _alternative(m: re.Match[str]) -> Count | None:
    """Another source's figure in a parenthesis after the subject ("(22 according to the Taliban)")."""
    alt = m.groupdict().get("alt")
    if not alt or not _ALT_SOURCE_RE.search(alt):
        return None
    lead = _QNUM_RE.match(alt.strip())
    if lead is None or not lead.group(0).strip():
        return None
    return _count_from_phrase(lead.group(0))


def _conservative(count: Count, alt: Count) -> Count:
    """Two sources' figures for the same dead: ACLED records the more conservative one."""
    highs = [count.high, alt.high]
    high = None if None in highs else max(h for h in highs if h is not None)
    return Count(
        low=min(count.low, alt.low),
        best=min(count.best, alt.best),
        high=high,
        vague=count.vague and alt.vague,
        text=count.text,
    )


_INCL_AFTER_RE = re.compile(
    # (up to the next clause: "including nine officers and wounded 52 others" lists no more dead)
    r"\s*,?\s+(?:including|among\s+them|among\s+whom|of\s+whom)\s+(?P<incl>[^,;.]{1,90}?)"
    r"(?=\s*(?:[,;.]|$)|\s+and\s+(?:wounded|wounding|injured|injuring|hurt|hurting)\b)"
    rf"|\s*,\s*(?P<incl2>{_QNUM}\s+of\s+(?:them|whom)(?:\s+(?:were|was))?(?:\s+{_WORD}){{1,2}})",
    _F,
)


def _tail_span(tail: re.Match[str]) -> tuple[int, int]:
    """Span of the included noun phrases after a figure (", including 3 children")."""
    group = "incl" if tail.group("incl") is not None else "incl2"
    return tail.span(group)


def _is_name(name: str) -> bool:
    first = name.split()[0].lower()
    return first not in _NOT_NAMES and first not in _PERSON_WORDS


def _singular_subject(text: str, m: re.Match[str], one: Count, *, require_person: bool) -> _Raw | None:
    """A figure of 1 for the singular subject of a passive ("was killed") or of "died"."""
    kind = "killed" if m.re is _DIED_RE else _kind(m)
    left_start = max(0, m.start() - 160)
    left = text[left_start : m.start()]
    end = m.end()
    mw = _LEFT_WHO_RE.search(left)
    if mw and mw.group("head").lower() in _SINGULAR_PERSON_WORDS | {"man", "woman"}:
        subject = mw.group(0).strip()
        return _Raw(kind, replace(one, text=subject), _who(mw.group("words")), left_start + mw.start(), end)
    if _LEFT_PLURAL_RE.search(left):
        return None  # "those who had been killed": number unknown, left to the keyword pass
    ma = _LEFT_NAME_APPOS_RE.search(left)
    if ma and _is_name(ma.group("name")):
        appos = ma.group("appos")
        return _Raw(
            kind, replace(one, text=ma.group("name")), _who(appos), left_start + ma.start(), end, named=True
        )
    mp = _LEFT_PRONOUN_RE.search(left)
    if mp:
        return _Raw(kind, replace(one, text=mp.group("pro")), None, left_start + mp.start(), end)
    md = _LEFT_DET_RE.search(left)
    if md:
        words = md.group("words")
        head = words.lower().split()[-1]
        # "hurt" and "died" are used of things too ("the town was hurt"): insist on a person.
        strict = require_person or m.group(0).lower().endswith("hurt")
        if head in _NON_PERSON_SUBJECTS or (strict and not _has_person(words)):
            return None
        subject = md.group(0).strip()
        return _Raw(kind, replace(one, text=subject), _who(words), left_start + md.start(), end)
    mn = _LEFT_NAME_RE.search(left)
    if mn and _is_name(mn.group("name")):
        return _Raw(kind, replace(one, text=mn.group("name")), None, left_start + mn.start(), end, named=True)
    # "Ahmad's brother was killed": a singular passive we cannot parse is still one
    # person; "had been" is also plural, so it needs a subject we could read.
    if require_person or m.group("aux").lower().startswith("had"):
        return None
    return _Raw(kind, replace(one, text=m.group("aux")), None, m.start(), end)


# "fatalities not specified", "the number of deaths or injuries is unknown", "FATALITIES: DETAILS
# NOT SPECIFIED": a toll nobody gives is no report of deaths (ACLED: no deaths reported = 0)
# a word after "slain" that makes it an adjective before its noun, not a verb ("slain by", "slain in")
_ATTRIBUTIVE_AFTER_RE = re.compile(
    r"\s+(?!(?:by|in|at|on|during|near|after|before|when|while|as|and|or|with|from|inside|outside|overnight|"
    r"yesterday|today|last|this|early|late|earlier|recently|there|here)\b)[A-Za-z]",
    _F,
)
_UNKNOWN_AFTER_RE = re.compile(
    r"\W*(?:(?:or|and)\s+(?:injuries|injured|wounded|casualties)\s+)?(?:(?:is|are|was|were|remains?|remained)\s+)?"
    r"(?:still\s+)?(?:details\s+)?(?:not\s+(?:yet\s+)?(?:known|specified|clear|available|given)\b|unknown\b|unspecified\b|"
    r"unclear\b)",
    _F,
)


# A coder's remark about the figure rather than a report of deaths: "FATALITIES: details not
# given", "fatalities = total for 4 days", "fatalities not actor specific", "fatalities spread
# across two places", "deaths coded separately". A bare noun used as a label or talked about as
# bookkeeping names the field, not a death the text tells.
_LABEL_AFTER_RE = re.compile(
    r"\s*(?:[:=]|\(|(?:(?:are|were|is|was)\s+)?(?:not\s+actor[\s-]specific|spread\s+(?:across|over|between)\b|"
    r"(?:coded|recorded|counted|listed)\s+(?:sep[ae]rately|elsewhere|in\s+(?:an)?other)))",
    _F,
)
_REMARK_GAP_RE = re.compile(r"[\s(\[\-–—,]*(?:[A-Za-z]+[\s(\[\-–—,]*){0,2}")
_CODED_ELSEWHERE_RE = re.compile(r"\b(?:coded|recorded|counted)\s+(?:sep[ae]rately|elsewhere)\b", _F)
_BOOKKEEPING_BEFORE_RE = re.compile(r"\b(?:coded|recorded|counted|listed)\s+(?:sep[ae]rately|elsewhere)\s+(?:as\s+)?$", _F)


def _unnumbered_ok(text: str, m: re.Match[str]) -> bool:
    """Whether a bare harm keyword really reports harm (not "hurt the economy", "Dead Sea")."""
    word = m.group(0)
    before = text[max(0, m.start() - 30) : m.start()]
    if _NEGATED_BEFORE_RE.search(before):
        return False
    low = word.lower()
    if low == "slain" and _ATTRIBUTIVE_AFTER_RE.match(text, m.end()):
        return False  # "the slain cleric", "an ally of slain activist X": who someone was, not a toll
    if low in ("fatalities", "deaths", "casualties") and _UNKNOWN_AFTER_RE.match(text, m.end()):
        return False  # "the number of fatalities is not known" does not say that anyone died
    if low in ("fatalities", "deaths", "casualties") and (
        _LABEL_AFTER_RE.match(text, m.end()) or _BOOKKEEPING_BEFORE_RE.search(before)
    ):
        return False
    left = _LEFT_NOUN_RE.search(before)
    if left and left.group(1).lower() in _NON_PERSON_WORDS:
        return False  # "camels have been killed": animals or things, not a death
    if low == "dead" and word[0].isupper() and m.start() > 0:
        return False
    if low == "hurt" and not _AUX_BEFORE_RE.search(before):
        return False
    return not (low == "executed" and _EXECUTED_NONHUMAN_RE.match(text, m.end()))


def _one_person(r: _Raw) -> bool:
    """A figure of one person read from a singular noun, a name or a pronoun, not from a number."""
    c = r.count
    return c is not None and c.best == 1 and c.high == 1 and not re.match(r"\s*(?:\d|one\b)", c.text, re.IGNORECASE)


# "The Star reports 4 dead", "residents said that 6 died", "according to the hospital, 5 ...":
# the figure is one source's count. Update words ("rose to", "later") make it a newer count
# of the same source instead, which is no conflict.
_SOURCE_BEFORE_RE = re.compile(
    r"(?:\b(?:reports?|reported|puts?|claims?|claimed|says|said|told|states?|stated)\s+(?:that\s+)?"
    r"|\baccording\s+to\s+[^,;]{1,60},\s*)$",
    _F,
)
_SOURCE_AFTER_RE = re.compile(r"\s*,?\s*according\s+to\b", _F)
# "Conflicting reports hold 18 deaths", "a different account gives 6 dead": the sentence is
# another telling of the same dead, whatever its verb
_CONFLICT_SOURCE_RE = re.compile(
    r"\b(?:conflicting|contradictory|other|another|alternative|different|differing|separate|second)\s+"
    r"(?:[\w'’-]+\s+)?(?:reports?|sources?|accounts?)\b",
    _F,
)
_UPDATE_RE = re.compile(r"\b(?:rose|risen|rises|climbed|increased|later|now|new|updated|latest|final)\b", _F)
# "one person from each side was killed": the figure is per side of a two-sided fight ("each
# side of the border" is a place, not a party).
_EACH_SIDE_RE = re.compile(r"\b(?:from|on|of|for)\s+(?:each|either)\s+(?:side|group|party|camp)\b(?!\s+of\b)", _F)
# "five of the dead were children": a part of the dead, not a count of them all
_PARTITIVE_RE = re.compile(r"[\w-]+(?:\s+[\w-]+)?\s+of\s+(?:the|those|them|whom|these)\b", _F)


def _other_source(text: str, r: _Raw, s_start: int, s_end: int) -> bool:
    if r.count is None or _PARTITIVE_RE.match(text, r.start, r.end):
        return False
    before = text[s_start : r.start]
    if _UPDATE_RE.search(before) or _UPDATE_RE.search(text, r.start, s_end):
        return False
    return bool(_SOURCE_BEFORE_RE.search(before) or _SOURCE_AFTER_RE.match(text, r.end, s_end) or _conflicting(text, r, s_start))


def _conflicting(text: str, r: _Raw, s_start: int) -> bool:
    return r.count is not None and not _UPDATE_RE.search(text, s_start, r.start) and bool(
        _CONFLICT_SOURCE_RE.search(text, s_start, r.start)
    )


# "claimed to have killed 20 soldiers", "claiming that they had killed 20 police": the side that
# killed tells its own toll (the verb of killing follows the claim directly)
_CLAIMED_KILL_RE = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|boast(?:s|ed|ing)?)\s+(?:that\s+)?(?:(?:it|they|he|she|(?:its|their)\s+[\w-]+)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:to\s+have\s+)?$",
    _F,
)
_KILL_VERB_RE = re.compile(r"(?:killed|slew|executed|eliminated|shot\s+dead)\b", _F)


def _per_side(count: Count) -> Count:
    return Count(count.low * 2, count.best * 2, None if count.high is None else count.high * 2, count.vague, count.text)


def _finish(original: str, text: str, raws: list[_Raw], offset: int, low: str | None = None) -> list[CasualtyFigure]:
    """Mark aggregates, order figures, resolve sub-figure indices, shift spans.

    ``text`` is the sentence with markup blanked (same length as ``original``); ``low`` is
    ``_folded(text)``, passed on so that it is not lower-cased twice."""
    # Sentence bounds, so a cumulative cue only affects figures of its own sentence.
    bounds = [0] + [m.end() for m in _SENTENCE_END_RE.finditer(text)] + [len(text)]
    tops = [r for r in raws if r.parent is None]
    for cue in _scan(_AGGREGATE_RE, text, low):
        s_start = max(b for b in bounds if b <= cue.start())
        s_end = min(b for b in bounds if b >= cue.end())
        in_sentence = [r for r in tops if r.start >= s_start and r.end <= s_end]
        if not in_sentence:
            continue

        def dist(r: _Raw, cue: re.Match[str] = cue) -> int:
            if r.start <= cue.start() and cue.end() <= r.end:
                return 0
            return max(r.start - cue.end(), cue.start() - r.end, 0)

        best = min(dist(r) for r in in_sentence)
        for r in in_sentence:
            # one person told as such ("a chief who fought in the war was gunned down") is no total
            if dist(r) == best and not _one_person(r):
                r.aggregate = True
    # A war-sized figure with nothing of one incident around it is a running total.
    for r in tops:
        if r.count is not None and r.count.best >= WAR_TOTAL and r.kind != "injured":
            s_start = max(b for b in bounds if b <= r.start)
            s_end = min(b for b in bounds if b >= r.end)
            if not _INCIDENT_RE.search(text, s_start, s_end):
                r.aggregate = True
    raws.sort(key=lambda r: (r.start, r.parent is not None, r.end))
    # Sub-figures go right after their container, in text order.
    ordered: list[_Raw] = []
    for r in raws:
        if r.parent is None:
            ordered.append(r)
            ordered.extend(sorted((c for c in raws if c.parent is r), key=lambda c: c.start))
    placed = {id(r) for r in ordered}
    ordered.extend(r for r in raws if id(r) not in placed)
    index = {id(r): i for i, r in enumerate(ordered)}
    out: list[CasualtyFigure] = []
    for r in ordered:
        parent_idx = index.get(id(r.parent)) if r.parent is not None else None
        aggregate = r.aggregate or (r.parent is not None and r.parent.aggregate)
        s_start = max(b for b in bounds if b <= r.start)
        s_end = min(b for b in bounds if b >= r.end)
        count = r.count
        if count is not None and r.parent is None and _EACH_SIDE_RE.search(text, r.start, min(r.end + 30, s_end)):
            count = _per_side(count)
        out.append(
            CasualtyFigure(
                kind=r.kind,
                count=count,
                unnumbered=r.count is None,
                who=r.who,
                char_start=r.start + offset,
                char_end=r.end + offset,
                text=original[r.start : r.end],
                aggregate=aggregate,
                named=r.named,
                part_of=parent_idx,
                group=r.group,
                additive=r.plus or _is_additive(text, r),
                soft=r.soft,
                other_source=r.parent is None and _other_source(text, r, s_start, s_end),
                conflicting=r.parent is None and _conflicting(text, r, s_start),
                claimed=r.kind == "killed"
                and _KILL_VERB_RE.match(text, r.start) is not None
                and _CLAIMED_KILL_RE.search(text, max(0, r.start - 60), r.start) is not None,
            )
        )
    return out


# --------------------------------------------------------------------------------------
# Report-level combination
# --------------------------------------------------------------------------------------

# ACLED coders note their own decision in the notes they publish: "Fatalities coded as 0 (VoJ
# reported 3)", "Total fatalities coded as 5", "Fatalities split over 2 locations (4)". When an
# article is such a note, that literal statement is the figure; it is matched on these exact
# phrases only (a number in an ordinary sentence is never read this way).
_CODED_AS_RE = re.compile(
    r"\b(?P<total>total\s+)?fatalities\s+(?:are\s+|were\s+)?coded\s+as\s+(?P<n>\d{1,6})\b", re.IGNORECASE
)
_SPLIT_RE = re.compile(
    r"\bfatalities\s+(?:are\s+|were\s+)?split\s+(?:across|over|between|into)\s+[^().]{1,40}?\((?P<n>\d{1,6})\)",
    re.IGNORECASE,
)

# "6 deaths (coded across 6 events)": a toll the coder divided evenly between events (ACLED's
# rule for a figure given for several events; the remainder goes to one of them, we cannot tell which).
_ACROSS_RE = re.compile(
    r"\b(?P<n>\d{1,6})\s+(?:deaths|fatalities|people\s+killed|killed)\s*\(\s*(?:coded|split|spread|divided)\s+"
    r"(?:across|over|between|into)\s+(?P<k>\d{1,3})\s+(?:separate\s+)?(?:events|locations|days)\s*\)",
    re.IGNORECASE,
)


# "No fatalities reported.", "No deaths were recorded, as police intervened.": a sentence of its own
# that states the toll is none (a man "lynched" by a mob then survived).
_NONE_STATED_RE = re.compile(
    r"(?:^|(?<=[.;!?])\s+)No\s+(?:fatalities|deaths)(?:\s+(?:were|have\s+been))?(?:\s+(?:reported|recorded))?\s*[.;,]"
)


@lru_cache(maxsize=32)
def coded_fatalities(text: str) -> int | None:
    """The figure an ACLED note says was coded ("Fatalities coded as N"; a total wins, else the last),
    one event's share of a toll it says was divided ("6 deaths (coded across 6 events)"), or 0 when a
    sentence of its own says there were no fatalities."""
    if _NONE_STATED_RE.search(text):
        return 0
    found = list(_CODED_AS_RE.finditer(text))
    if found:
        totals = [m for m in found if m.group("total")]
        return int((totals or found)[-1].group("n"))
    split = list(_SPLIT_RE.finditer(text))
    if split:
        return int(split[-1].group("n"))
    across = [m for m in _ACROSS_RE.finditer(text) if int(m.group("k")) > 0]
    return int(across[-1].group("n")) // int(across[-1].group("k")) if across else None


_CIVILIAN_KINDS = ("civilians", "children", "women")


def combine_figures(figures: list[CasualtyFigure]) -> tuple[int, int, int | None]:
    """(low, best, high) of one report's numbered figures of one kind, in text order.

    Members of one coordinated list are different people and add up. Across statements,
    figures for different victim groups add (police, soldiers, militants, civilians); a
    figure marked "also"/"another"/"others" adds to the same group or to the whole; figures
    without a group ("12 people") restate the whole, so the total is at least the largest of
    them. Children and women count inside civilians. Restatements keep the largest figure,
    except another source's count of the same dead, which keeps the lower (ACLED's rule).
    """
    Triple = tuple[int, int, int | None]

    def add(a: Triple, b: Triple) -> Triple:
        return a[0] + b[0], a[1] + b[1], None if a[2] is None or b[2] is None else a[2] + b[2]

    def bigger(a: Triple, b: Triple) -> Triple:
        return max(a[0], b[0]), max(a[1], b[1]), None if a[2] is None or b[2] is None else max(a[2], b[2])

    def smaller(a: Triple, b: Triple) -> Triple:
        return min(a[0], b[0]), min(a[1], b[1]), b[2] if a[2] is None else a[2] if b[2] is None else min(a[2], b[2])

    # a side's claim of its own kills counts only when nobody else gives a figure (ACLED: the
    # most conservative figure; the claim stays in the notes)
    if any(not f.claimed for f in figures):
        figures = [f for f in figures if not f.claimed]
    zero: Triple = (0, 0, 0)
    general = zero  # the largest figure for everyone
    groups: dict[str, Triple] = {}  # victim group -> its figure
    extra = zero  # "another 3 people": on top of everything before
    caps: list[Triple] = []  # other sources' counts of the dead already counted
    group_caps: list[tuple[str, Triple]] = []  # ... and of one victim group already counted
    units: list[list[CasualtyFigure]] = []
    for f in figures:
        if f.group is not None and units and units[-1][0].group == f.group:
            units[-1].append(f)
        else:
            units.append([f])
    for n, unit in enumerate(units):
        members = [(f, _triple(f)) for f in unit]
        if len(members) == 1 and members[0][0].who is None:
            f, t = members[0]
            # "another 5" adds to what came before; told first ("19 more people were killed"
            # opening a note) it has nothing to add to and is the whole
            if f.additive and n > 0 and f.count is not None and parse_count(f.count.text) is not None:
                extra = add(extra, t)
            elif f.other_source and (general != zero or groups):
                # another source's count of the same dead: ACLED keeps the more conservative one; a
                # vague one ("dozens", "tens") neither lowers a figure it allows nor raises it
                if f.count is not None and not f.count.vague:
                    caps.append(t)
            else:
                general = bigger(general, t)
            continue
        who = members[0][0].who
        key1 = "civilians" if who in _CIVILIAN_KINDS else who
        if len(members) == 1 and members[0][0].conflicting and key1 is not None and key1 in groups:
            # another telling of a victim group already counted caps that group
            f, t = members[0]
            if f.count is not None and not f.count.vague:
                group_caps.append((key1, t))
            continue
        contribution: dict[str, Triple] = {}
        for i, (f, t) in enumerate(members):
            key = "civilians" if f.who in _CIVILIAN_KINDS else (f.who or f"unit{n}.{i}")
            contribution[key] = add(contribution.get(key, zero), t)
        additive = len(members) == 1 and members[0][0].additive
        for key, t in contribution.items():
            groups[key] = add(groups.get(key, zero), t) if additive else bigger(groups.get(key, zero), t)
    for key, cap in group_caps:
        groups[key] = smaller(groups[key], cap)
    parts = zero
    for t in groups.values():
        parts = add(parts, t)
    total = add(bigger(general, parts), extra)
    for cap in caps:
        total = smaller(total, cap)
    low, best, high = total
    # Open-ended parts make the whole open-ended; a bounded part below a bigger general figure does not.
    if high is not None and high < best:
        high = best
    return low, best, high


def _triple(f: CasualtyFigure) -> tuple[int, int, int | None]:
    c = f.count
    assert c is not None
    return c.low, c.best, c.high


# How find_casualties may skip its patterns (see _scan): those quick to compile get a lower-case
# twin; the ones built on number phrases, slow to compile twice, are skipped by words they cannot
# match without (one word of each group; each group read off the pattern: its alternatives'
# common letters, "her" also in "herself").
for _regex in (
    _NEAR_MISS_RE, _TOPIC_RE, _UNREST_AFTER_RE, _ANOTHER_RE, _NEG_RE, _OBJ_BARE_RE,
    _ONE_BODY_RE, _POSS_INJURY_RE, _SING_RE, _CONDITION_RE,
    _KEYWORD_RE, _CODED_ELSEWHERE_RE, _AGGREGATE_RE,
):
    _shortcut(_regex, twin=True)
# The words every match of a casualty verb holds (one of them), for patterns run on most sentences:
# the substring tests are several times cheaper than the pattern's (or its twin's) failing scan.
_HARM_WORDS = ("kill", "dead", "die", "death", "wound", "injur", "hurt", "fatal", "slain", "execut", "massacr",
               "behead", "decapitat", "martyr", "kia", "murder", "assassin", "gunned", "perish", "lives", "life",
               "hospitali", "casualt", "lynch")  # fmt: skip
_ACT_WORDS = ("kill", "shot", "shoot", "gun", "death", "wound", "injur", "hurt", "slew", "slay", "execut", "massacr",
              "behead", "decapitat", "murder", "eliminat", "lives", "lynch", "assassin")  # fmt: skip
_shortcut(
    _PREFILTER_RE,
    ("kill", "dead", "die", "death", "injur", "wound", "shot", "hurt", "fatalit", "lives", "slain", "slew", "execut",
     "massacr", "behead", "decapitat", "murder", "assassin", "gun", "perish", "casualt", "toll", "bodies", "body",
     "shoot", "succumb", "martyr", "eliminat", "hospital", "lynch", "condition", "among", "kia"),
    twin=True,
)  # fmt: skip
_shortcut(_SUBJ_RE, _HARM_WORDS)
_shortcut(_OBJ_RE, _ACT_WORDS)
_shortcut(_OBJ_ONE_RE, _ACT_WORDS, twin=True)
_shortcut(_SPLIT_DEATH_RE, ("death",))
# (their object's words may be "IS" or "ISIS", read case-sensitively, never inside a negative look-around)
_shortcut(_OBJ_SING_RE, _ACT_WORDS, twin=True, loose=True)
_shortcut(_DIED_RE, ("died", "succumbed"), twin=True)
_shortcut(_SUFFER_RE, ("suffer", "sustained", "received"), ("wound", "injur"), twin=True)
_shortcut(_FOUND_ONE_RE, ("found", "discovered", "left"), ("dead", "kill", "death", "shot", "wound", "injur"), twin=True, loose=True)
_shortcut(_TOLL_RE, ("toll", "count", "total"))
_shortcut(_TOLL_ROSE_RE, ("toll",))
_shortcut(_NUMBER_OF_RE, ("number",))
_shortcut(_SUCCUMBED_RE, ("injured", "wounded"), ("die", "succumb", "passed"))
_shortcut(_SUCCUMBED_THEM_RE, ("succumb",))
_shortcut(_LEFT_RE, ("leaving", "left", "shot", "shoot"), ("dead", "wounded", "injured"))
_shortcut(_LIVES_RE, ("lives", "martyrs"))
_shortcut(_BODIES_RE, ("bodies",))
_shortcut(_AMONG_AFTER_RE, ("among",))
_shortcut(_AMONG_BEFORE_RE, ("among",))
_shortcut(
    _PRONOUN_RE,
    ("kill", "execut", "behead", "decapitat", "murder", "shot", "shoot", "gunned", "lynch", "wound", "injur"),
    ("him", "her", "them"),
)
_shortcut(_PLURAL_SHOT_RE, ("shot",))
_shortcut(_HOSPITAL_RE, ("hospital",))
_shortcut(_ACTIVE_SHOT_RE, ("shot", "shoot"))
_shortcut(_ALONG_WITH_RE, ("with",))
_shortcut(_FATALLY_AFTER_RE, ("fatally",))
_shortcut(_CORRECTION_RE, ("(", "["))
del _regex
