"""Tests for dateline.time.anchor: date expressions resolved in ACLED time-precision terms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.time.anchor import DateSpan, find_anchor_phrases, find_dates, resolve_relative_to

MON = date(2017, 1, 23)  # a Monday
SAT = date(2017, 1, 21)
SUN = date(2017, 1, 22)


def d(text: str) -> date:
    return date.fromisoformat(text)


def only(text: str, published: date | None = MON) -> DateSpan:
    """The single span found in `text`, checking its offsets point at its text."""
    spans = find_dates(text, published)
    assert len(spans) == 1, spans
    span = spans[0]
    assert text[span.char_start : span.char_end] == span.text
    return span


def check(
    text: str, expr: str, best: str, start: str, end: str, precision: int, kind: str, pub: date = MON
) -> None:
    span = only(text, pub)
    assert (span.text, span.best, span.start, span.end, span.time_precision, span.kind) == (
        expr, d(best), d(start), d(end), precision, kind
    )  # fmt: skip


# --- explicit dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("Clashes on January 20, 2017 killed three.", "January 20, 2017", "2017-01-20"),
        ("Clashes on 20 January 2017 killed three.", "20 January 2017", "2017-01-20"),
        ("The Jan. 20 attack", "Jan. 20", "2017-01-20"),
        ("Troops arrived on 20 Jan in the town.", "20 Jan", "2017-01-20"),
        ("the 20th of January", "the 20th of January", "2017-01-20"),
        ("On JANUARY 20TH the army moved.", "JANUARY 20TH", "2017-01-20"),
        ("Dated 2017-01-20.", "2017-01-20", "2017-01-20"),
        ("Dated 2016-01-20T10:00.", "2016-01-20", "2016-01-20"),
        # Without a year: the most recent such day not after published (+1 day slack).
        ("On December 30, rebels attacked.", "December 30", "2016-12-30"),
        ("On January 24, rebels attacked.", "January 24", "2017-01-24"),
        ("On January 25, rebels attacked.", "January 25", "2016-01-25"),
        ("Tuesday, January 17, saw protests.", "Tuesday, January 17", "2017-01-17"),
        ("Sept. 11", "Sept. 11", "2016-09-11"),
    ],
)
def test_explicit(text: str, expr: str, day: str) -> None:
    check(text, expr, day, day, day, 1, "explicit")


def test_explicit_feb_29_goes_back_to_a_leap_year() -> None:
    assert only("on February 29").best == date(2016, 2, 29)
    assert only("on February 29", date(2019, 3, 1)).best == date(2016, 2, 29)


@pytest.mark.parametrize(
    "text",
    ["on 20/01/2017", "on 01/20/2017", "fighting lasted two days", "thousands fled", "12 people died",
     "the 300 fighters", "up to 10 may have died", "they may march on the capital", "the march ended",
     "on January 32", "two days later"],
)  # fmt: skip
def test_not_dates(text: str) -> None:
    assert find_dates(text, MON) == []


# --- relative to the publication day -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("Police said today that", "today", "2017-01-23"),
        ("Shelling this morning hit", "this morning", "2017-01-23"),
        ("a rally tonight", "tonight", "2017-01-23"),
        ("Earlier today, gunmen", "Earlier today", "2017-01-23"),
        ("Yesterday, gunmen", "Yesterday", "2017-01-22"),
        ("yesterday morning", "yesterday morning", "2017-01-22"),
        ("Last night, gunmen", "Last night", "2017-01-22"),
        ("the day before yesterday", "the day before yesterday", "2017-01-21"),
        ("two days ago", "two days ago", "2017-01-21"),
        ("twelve days ago", "twelve days ago", "2017-01-11"),
        ("3 days ago", "3 days ago", "2017-01-20"),
        ("a day ago", "a day ago", "2017-01-22"),
    ],
)
def test_relative_days(text: str, expr: str, day: str) -> None:
    check(text, expr, day, day, day, 1, "relative")


def test_relative_periods() -> None:
    check("Clashes last week killed 5.", "last week", "2017-01-18", "2017-01-16", "2017-01-22", 2, "relative")
    thursday = date(2017, 1, 26)
    check("this week", "this week", "2017-01-24", "2017-01-23", "2017-01-26", 2, "relative", thursday)
    check(
        "earlier this week",
        "earlier this week",
        "2017-01-24",
        "2017-01-23",
        "2017-01-26",
        2,
        "relative",
        thursday,
    )
    check("two weeks ago", "two weeks ago", "2017-01-09", "2017-01-06", "2017-01-12", 2, "relative")
    check("last month", "last month", "2016-12-15", "2016-12-01", "2016-12-31", 3, "relative")
    check("over the past week", "the past week", "2017-01-20", "2017-01-17", "2017-01-23", 2, "relative")
    check("a few days ago", "a few days ago", "2017-01-20", "2017-01-18", "2017-01-21", 2, "relative")
    check("earlier this month", "earlier this month", "2017-01-15", "2017-01-01", "2017-01-23", 3, "relative")


@pytest.mark.parametrize("text", ["tomorrow", "next week", "next Tuesday", "later this week", "next month"])
def test_future_expressions_are_not_returned(text: str) -> None:
    assert find_dates(f"Talks are due {text}.", MON) == []


# --- weekdays and weekends ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        ("Gunmen attacked on Tuesday.", "Tuesday", "2017-01-17"),
        ("Gunmen attacked late Tuesday.", "late Tuesday", "2017-01-17"),
        ("Gunmen attacked Tuesday night.", "Tuesday night", "2017-01-17"),
        ("Tuesday's attack", "Tuesday", "2017-01-17"),
        ("on Sunday", "Sunday", "2017-01-22"),
        ("on Monday", "Monday", "2017-01-23"),  # published on a Monday: that day
        ("last Tuesday", "last Tuesday", "2017-01-17"),
        ("last Monday", "last Monday", "2017-01-16"),
        ("last Sunday", "last Sunday", "2017-01-22"),
    ],
)
def test_weekdays(text: str, expr: str, day: str) -> None:
    check(text, expr, day, day, day, 1, "weekday")


def test_last_weekday_is_the_previous_week() -> None:
    thursday = date(2017, 1, 26)
    assert only("on Tuesday", thursday).best == date(2017, 1, 24)
    assert only("last Tuesday", thursday).best == date(2017, 1, 17)
    assert only("on Friday", SAT).best == date(2017, 1, 20)
    assert only("on Saturday", SAT).best == SAT


@pytest.mark.parametrize(
    ("text", "expr"),
    [("over the weekend", "the weekend"), ("at the weekend", "the weekend"), ("this weekend", "this weekend"),
     ("last weekend", "last weekend"), ("on the weekend", "the weekend"), ("the past weekend", "the past weekend")],
)  # fmt: skip
def test_weekend_from_monday(text: str, expr: str) -> None:
    check(f"Clashes {text} killed 4.", expr, "2017-01-21", "2017-01-21", "2017-01-22", 2, "weekend")


@pytest.mark.parametrize("pub", [SAT, SUN])
def test_weekend_published_on_the_weekend(pub: date) -> None:
    check("this weekend", "this weekend", "2017-01-21", "2017-01-21", "2017-01-22", 2, "weekend", pub)
    check("over the weekend", "the weekend", "2017-01-21", "2017-01-21", "2017-01-22", 2, "weekend", pub)
    check("last weekend", "last weekend", "2017-01-14", "2017-01-14", "2017-01-15", 2, "weekend", pub)


# --- months and parts of months ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "best", "start", "end"),
    [
        ("in mid-January 2017", "mid-January 2017", "2017-01-15", "2017-01-11", "2017-01-20"),
        ("in mid-December", "mid-December", "2016-12-15", "2016-12-11", "2016-12-20"),
        ("mid December", "mid December", "2016-12-15", "2016-12-11", "2016-12-20"),
        ("the middle of December", "the middle of December", "2016-12-15", "2016-12-11", "2016-12-20"),
        ("early December", "early December", "2016-12-01", "2016-12-01", "2016-12-10"),
        ("the beginning of December", "the beginning of December", "2016-12-01", "2016-12-01", "2016-12-10"),
        ("at the start of December", "the start of December", "2016-12-01", "2016-12-01", "2016-12-10"),
        ("late November", "late November", "2016-11-30", "2016-11-21", "2016-11-30"),
        ("the end of November", "the end of November", "2016-11-30", "2016-11-21", "2016-11-30"),
        ("early January", "early January", "2017-01-01", "2017-01-01", "2017-01-10"),
        ("mid-January", "mid-January", "2017-01-15", "2017-01-11", "2017-01-20"),
        ("late February", "late February", "2016-02-29", "2016-02-21", "2016-02-29"),
        # The current month is clipped at the publication day: a report cannot describe later days.
        ("late January", "late January", "2017-01-23", "2017-01-21", "2017-01-23"),
    ],
)
def test_parts_of_months(text: str, expr: str, best: str, start: str, end: str) -> None:
    check(text, expr, best, start, end, 3, "part_of_month")


def test_part_of_month_year_boundary() -> None:
    check("late December", "late December", "2016-12-31", "2016-12-21", "2016-12-31", 3, "part_of_month",
          date(2017, 1, 5))  # fmt: skip
    # "late January" had not begun by 5 January 2017: last year's.
    check("late January", "late January", "2016-01-31", "2016-01-21", "2016-01-31", 3, "part_of_month",
          date(2017, 1, 5))  # fmt: skip


def test_weeks_of_months() -> None:
    check("the first week of December", "the first week of December", "2016-12-04", "2016-12-01", "2016-12-07",
          2, "part_of_month")  # fmt: skip
    check("the last week of December", "the last week of December", "2016-12-28", "2016-12-25", "2016-12-31",
          2, "part_of_month")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expr", "best", "start", "end"),
    [
        ("in December", "December", "2016-12-15", "2016-12-01", "2016-12-31"),
        ("December", "December", "2016-12-15", "2016-12-01", "2016-12-31"),
        ("in January", "January", "2017-01-15", "2017-01-01", "2017-01-23"),
        ("in May", "May", "2016-05-15", "2016-05-01", "2016-05-31"),
        ("since March", "March", "2016-03-15", "2016-03-01", "2016-03-31"),
        ("in March 2011", "March 2011", "2011-03-15", "2011-03-01", "2011-03-31"),
        ("Jan 2015", "Jan 2015", "2015-01-15", "2015-01-01", "2015-01-31"),
        ("last January", "last January", "2016-01-15", "2016-01-01", "2016-01-31"),
    ],
)
def test_months(text: str, expr: str, best: str, start: str, end: str) -> None:
    check(text, expr, best, start, end, 3, "month")


# --- ranges ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "start", "end", "precision"),
    [
        ("between 20 and 22 January", "between 20 and 22 January", "2017-01-20", "2017-01-22", 2),
        ("from January 20 to 22", "from January 20 to 22", "2017-01-20", "2017-01-22", 2),
        ("January 20-22", "January 20-22", "2017-01-20", "2017-01-22", 2),
        ("20-22 January 2016", "20-22 January 2016", "2016-01-20", "2016-01-22", 2),
        ("from 30 December to 2 January", "from 30 December to 2 January", "2016-12-30", "2017-01-02", 2),
        ("December 1-20", "December 1-20", "2016-12-01", "2016-12-20", 3),
        ("January 20-20", "January 20-20", "2017-01-20", "2017-01-20", 1),
        ("from Monday to Wednesday", "from Monday to Wednesday", "2017-01-16", "2017-01-18", 2),
        # Inferred ranges running past the publication day are clipped there.
        ("between 20 and 25 January", "between 20 and 25 January", "2017-01-20", "2017-01-23", 2),
    ],
)
def test_ranges(text: str, expr: str, start: str, end: str, precision: int) -> None:
    check(text, expr, start, start, end, precision, "range")


def test_list_of_two_days_is_not_a_range() -> None:
    # both listed days are read, each a day of its own (round 5b: the second was dropped)
    spans = find_dates("attacks on January 20 and 22", MON)
    assert [(s.text, s.kind, s.time_precision) for s in spans] == [("January 20", "explicit", 1), ("22", "explicit", 1)]
    assert spans[1].best - spans[0].best == timedelta(days=2)


# --- years -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "year"),
    [("in 2016", "2016", 2016), ("since 2011", "2011", 2011), ("in late 2015", "late 2015", 2015),
     ("the end of 2016", "the end of 2016", 2016), ("last year", "last year", 2016),
     ("two years ago", "two years ago", 2015)],
)  # fmt: skip
def test_years(text: str, expr: str, year: int) -> None:
    check(text, expr, f"{year}-07-01", f"{year}-01-01", f"{year}-12-31", 3, "year")


@pytest.mark.parametrize("text", ["2016 was a bad year", "in 2016-17", "in the 1990s", "some 2016 fighters"])
def test_bare_or_compound_years_are_not_dates(text: str) -> None:
    assert find_dates(text, MON) == []


# --- without a publication date ----------------------------------------------------------------


def test_without_published_only_dates_with_a_year() -> None:
    text = "On Tuesday, January 20, 2017 and yesterday, in mid-January 2017, in 2016, on 20 January."
    spans = find_dates(text, None)
    assert [(s.text, s.best) for s in spans] == [
        ("Tuesday, January 20, 2017", date(2017, 1, 20)),
        ("mid-January 2017", date(2017, 1, 15)),
        ("2016", date(2016, 7, 1)),
    ]


# --- offsets and several expressions -----------------------------------------------------------


def test_offsets_and_order() -> None:
    text = "Rebels attacked on Tuesday and again yesterday, after clashes in mid-December 2016."
    spans = find_dates(text, MON, offset=100)
    assert [s.text for s in spans] == ["Tuesday", "yesterday", "mid-December 2016"]
    for s in spans:
        assert text[s.char_start - 100 : s.char_end - 100] == s.text
    assert [s.best for s in spans] == [date(2017, 1, 17), date(2017, 1, 22), date(2016, 12, 15)]


def test_longest_expression_wins() -> None:
    assert only("the day before yesterday").text == "the day before yesterday"
    assert only("on 20 January 2017").text == "20 January 2017"


# --- anchored expressions ----------------------------------------------------------------------


def test_shift_before_a_date_is_composed() -> None:
    check("two days after January 20", "two days after January 20", "2017-01-22", "2017-01-22", "2017-01-22", 1,
          "anchored")  # fmt: skip
    check("3 days before January 20", "3 days before January 20", "2017-01-17", "2017-01-17", "2017-01-17", 1,
          "anchored")  # fmt: skip
    check("a week after mid-December", "a week after mid-December", "2016-12-22", "2016-12-18", "2016-12-27", 3,
          "anchored")  # fmt: skip


ANCHOR = DateSpan(date(2017, 1, 20), date(2017, 1, 20), date(2017, 1, 20), 1, "January 20", 0, 10, "explicit")


@pytest.mark.parametrize(
    ("text", "expr", "shift"),
    [
        ("Two days after, rebels returned.", "Two days after", 2),
        ("A day before, the army warned.", "A day before", -1),
        ("Three days later, rebels returned.", "Three days later", 3),
        ("The next day, rebels returned.", "The next day", 1),
        ("On the following day, rebels returned.", "the following day", 1),
        ("the previous day", "the previous day", -1),
        ("A week later, talks resumed.", "A week later", 7),
        ("two weeks earlier", "two weeks earlier", -14),
        ("later that same day", "later that same day", 0),
    ],
)
def test_resolve_relative_to(text: str, expr: str, shift: int) -> None:
    span = resolve_relative_to(text, ANCHOR, offset=5)
    assert span is not None
    assert span.text == expr and text[span.char_start - 5 : span.char_end - 5] == expr
    assert span.best == span.start == span.end == date(2017, 1, 20) + timedelta(days=shift)
    assert (span.time_precision, span.kind) == (1, "anchored")


def test_resolve_relative_to_keeps_anchor_span_and_precision() -> None:
    week = only("last week")
    span = resolve_relative_to("two days later", week)
    assert span is not None
    assert (span.start, span.best, span.end, span.time_precision) == (
        date(2017, 1, 18), date(2017, 1, 20), date(2017, 1, 24), 2
    )  # fmt: skip
    assert resolve_relative_to("fighting lasted two days", ANCHOR) is None
    assert resolve_relative_to("a few days later", ANCHOR) is None


def test_find_anchor_phrases() -> None:
    text = (
        "The raid came two days after an earlier strike killed 12, a day after the attack on the base "
        "and three days before the vote. Hours after Monday's bombing, two days after he left, "
        "the day after the alleged massacre, two days after January 20."
    )
    found = find_anchor_phrases(text, offset=7)
    assert [(shift, np) for shift, np, _, _ in found] == [
        (2, "an earlier strike"),
        (1, "the attack"),
        (-3, "the vote"),
        (0, "Monday's bombing"),
        (1, "the alleged massacre"),
    ]
    phrases = [text[s - 7 : e - 7] for _, _, s, e in found]
    assert phrases[:3] == [
        "two days after an earlier strike",
        "a day after the attack",
        "three days before the vote",
    ]
    for (_, np, _, end), phrase in zip(found, phrases, strict=True):
        assert phrase.endswith(np) and text[end - 7 - len(np) : end - 7] == np


# --- properties --------------------------------------------------------------------------------

FRAGMENTS = [
    "on Tuesday", "late Friday", "last Sunday", "over the weekend", "this weekend", "last week",
    "this week", "earlier this week", "two days ago", "11 days ago", "three weeks ago", "last month",
    "mid-January", "early February", "late December", "the end of March", "in May", "in April",
    "between 20 and 22 January", "from March 3 to 5", "January 28-31", "December 30 - January 2",
    "January 20", "31 December", "February 29", "Jan. 5", "today", "yesterday", "last night",
    "the day before yesterday", "a few days ago", "two days after", "in 2016", "last year",
    "the first week of June", "the last week of February", "from Friday to Sunday", "a week after",
    "fighting lasted two days", "thousands", "the 300", "2017-01-20", "on 20/01/2017", "and", ",",
    "(20/01)", "[18 January]", "(Friday 20/01/2017)", "[31/02]", "since Tuesday",
]  # fmt: skip
published_dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


def assert_well_formed(text: str, spans: list[DateSpan], published: date | None) -> None:
    previous_end = -1
    for s in spans:
        assert s.start <= s.best <= s.end
        assert s.time_precision in (1, 2, 3)
        assert text[s.char_start : s.char_end] == s.text
        assert s.char_start >= previous_end
        previous_end = s.char_end
        has_year = any(ch.isdigit() for ch in s.text) and any(
            tok.isdigit() and len(tok) == 4
            for tok in s.text.replace("-", " ").replace(",", " ").replace("/", " ").split()
        )
        if published is not None and not has_year and s.kind != "anchored":
            assert s.end <= published + timedelta(days=1), s
        if published is None:
            assert has_year or s.kind == "anchored", s


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), published_dates))
def test_never_raises_on_arbitrary_text(text: str, published: date | None) -> None:
    assert_well_formed(text, find_dates(text, published), published)
    find_anchor_phrases(text)
    resolve_relative_to(text, ANCHOR)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=8), st.one_of(st.none(), published_dates))
def test_spans_are_well_formed(fragments: list[str], published: date | None) -> None:
    text = " ".join(fragments)
    assert_well_formed(text, find_dates(text, published), published)


# --- glosses in brackets -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expr", "day"),
    [
        # A bracketed day-month gloss after a relative word states the day outright (day first).
        ("Bombs went off on Tuesday (10/01) night in the town.", "Tuesday (10/01", "2017-01-10"),
        ("The strike began on Wednesday [18 January] at dawn.", "Wednesday [18 January", "2017-01-18"),
        ("A guard was shot late last night (5 January).", "last night (5 January", "2017-01-05"),
        # the weekday inside the gloss is part of it, not a second date
        ("The curfew ends today (Friday 20/01).", "today (Friday 20/01", "2017-01-20"),
    ],
)
def test_bracketed_gloss_states_the_day(text: str, expr: str, day: str) -> None:
    span = only(text)
    assert (span.text, span.best, span.time_precision, span.kind) == (expr, d(day), 1, "explicit")


def test_bracketed_range_gloss_replaces_the_weekday_range() -> None:
    span = only("Crowds marched from Sunday to Wednesday [15-18 January] in the capital.")
    assert (span.best, span.start, span.end, span.kind) == (d("2017-01-15"), d("2017-01-15"), d("2017-01-18"), "range")


@pytest.mark.parametrize("text", ["Shots were fired on Tuesday (31/02).", "Shots were fired on Tuesday (page 2)."])
def test_impossible_or_non_date_gloss_keeps_the_relative_reading(text: str) -> None:
    span = only(text)
    assert (span.text, span.best, span.kind) == ("Tuesday", d("2017-01-17"), "weekday")


def test_past_year_is_background_not_an_event_day() -> None:
    span = only("The town has been shelled many times over the past year.")
    assert (span.kind, span.end) == ("year", MON)


# --- the article's own date stamp --------------------------------------------------------------

from dateline.time.stamp import STAMP_AGREE_DAYS, find_stamp, reference_date  # noqa: E402


@pytest.mark.parametrize(
    ("text", "day", "stamped"),
    [
        ("Sat 21 Jan 2017 Rockets hit the market of a border town.", "2017-01-21", "21 Jan 2017"),
        ("Published January 21 2017 Rockets hit the market.", "2017-01-21", "January 21 2017"),
        ("Date of publication 21 January 2017 Rockets hit the market.", "2017-01-21", "21 January 2017"),
        ("Last updated at Jan 212017 Rockets hit the market.", "2017-01-21", "Jan 212017"),
        ("Wednesday 18 January 2017 20:15 Rockets hit the market.", "2017-01-18", "18 January 2017"),
        ("21.01.2017 Rockets hit the market.", "2017-01-21", "21.01.2017"),
        ("21-01-2017 Rockets hit the market.", "2017-01-21", "21-01-2017"),
        ("1/21/2017 Rockets hit the market.", "2017-01-21", "1/21/2017"),
        ("Rockets hit border town market AFP Saturday 21 Jan 2017 Rockets hit the market.", "2017-01-21",
         "21 Jan 2017"),
    ],
)
def test_stamp_forms(text: str, day: str, stamped: str) -> None:
    stamp = find_stamp(text)
    assert stamp is not None
    assert (stamp.day, text[stamp.char_start : stamp.char_end]) == (d(day), stamped)


@pytest.mark.parametrize(
    "text",
    [
        "On January 21 2017 rockets hit the market.",  # an event date, not a stamp
        "Rockets hit the market. " + "The town was quiet. " * 30 + "AFP Saturday 21 Jan 2017",
        "January 21 rockets hit the market.",  # no year: not a stamp
        "Rockets hit the market on 21 January 2017.",
    ],
)
def test_not_a_stamp(text: str) -> None:
    assert find_stamp(text) is None


def test_numeric_stamp_that_reads_both_ways_follows_the_publication_date() -> None:
    assert find_stamp("03-01-2017 Rockets hit the market.").day == d("2017-01-03")  # type: ignore[union-attr]
    assert find_stamp("03-01-2017 Rockets hit the market.", d("2017-03-02")).day == d("2017-03-01")  # type: ignore[union-attr]


def test_reference_date_prefers_an_agreeing_stamp() -> None:
    stamp = find_stamp("Sat 21 Jan 2017 Rockets hit the market on Saturday.")
    assert reference_date(stamp, None) == SAT
    assert reference_date(stamp, SAT + timedelta(days=STAMP_AGREE_DAYS)) == SAT
    # far apart: one of them dates something else; the caller's date wins
    far = SAT + timedelta(days=STAMP_AGREE_DAYS + 1)
    assert reference_date(stamp, far) == far
    assert reference_date(None, MON) == MON


# --- the day chosen for a report (dateline.extract.events) -----------------------------------


def _days(coder, text: str, published: date | None) -> list[tuple[str, date | None]]:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    coded = coder.code(Article.from_text(text, id="t", published=published))
    return [(r.sub_event_type, r.date.best if r.date else None) for r in coded.events]


def test_weekday_counts_from_the_articles_own_stamp(coder) -> None:  # type: ignore[no-untyped-def]
    # The page is stamped Thursday 19 January; the caller's date is two days later (a re-post).
    text = "Thu 19 Jan 2017 A car bomb killed five people in the market of Azaz on Thursday, police said."
    days = _days(coder, text, SAT)
    assert days and all(day == d("2017-01-19") for _, day in days), days


def test_stamp_far_from_the_publication_date_is_ignored(coder) -> None:  # type: ignore[no-untyped-def]
    # Round 7: the text's "Saturday" counts from its own stamp (5 January), which the caller's
    # date contradicts: it is neither the caller's Saturday (21 January) nor the stamp's (7 January)
    # for sure, so the report takes the caller's date with week precision, like an undated one.
    text = "Thu 5 Jan 2017 A car bomb killed five people in the market of Azaz on Saturday, police said."
    days = _days(coder, text, MON)
    assert days and all(day == MON for _, day in days), days


def test_start_of_a_long_campaign_is_not_the_event_day(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Government artillery has shelled the town of Douma since early December, killing nine civilians."
    days = _days(coder, text, MON)
    assert days and all(day == MON for _, day in days), days


def test_recent_since_is_the_first_day_of_a_short_span(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Government artillery has shelled the town of Douma since Friday, killing nine civilians."
    days = _days(coder, text, MON)
    assert days and all(day == d("2017-01-20") for _, day in days), days


def test_date_of_another_named_event_is_not_the_reports_day(coder) -> None:  # type: ignore[no-untyped-def]
    # "the January 12 raid" dates the raid; the march itself is undated, so publication day.
    text = "Hundreds of students marched in Lahore to demand an inquiry into the January 12 raid on their hostel."
    days = _days(coder, text, MON)
    assert days and all(day == MON for _, day in days), days


def test_date_before_its_own_trigger_noun_is_kept(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Militants claimed the January 12 bomb attack on a police station in Quetta that killed six officers."
    days = _days(coder, text, MON)
    assert (any(day == d("2017-01-12") for _, day in days)), days


def test_stamp_dates_an_article_without_a_publication_date(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Published January 23 2017 A car bomb killed five people in the market of Azaz on Saturday."
    days = _days(coder, text, None)
    assert days and all(day == SAT for _, day in days), days


def test_numeric_stamp_dates_the_headline_run_into_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = "21.01.2017 A car bomb killed five people in the market of Azaz. The blast damaged shops nearby."
    days = _days(coder, text, MON)
    assert days and days[0][1] == SAT, days


# --- round 3: overnight, and the weekday printed with the page stamp --------------------------


@pytest.mark.parametrize("text", ["Rockets fell overnight on Saturday.", "Rockets fell overnight Saturday."])
def test_overnight_with_a_day_is_that_day(text: str) -> None:
    assert only(text).best == SAT


def test_overnight_alone_is_no_day() -> None:
    # the night before the report or the report's own day: sources differ, so the context decides
    assert find_dates("Rockets fell on the old town overnight, residents said.", MON) == []


def test_weekday_of_a_stamp_the_caller_contradicts_dates_nothing(coder) -> None:  # type: ignore[no-untyped-def]
    # The agency line "AFP Thursday 5 Jan 2017" is the page's stamp (weekday included), far from
    # the caller's date: neither the stamp nor its weekday may date the event, which says Saturday.
    text = (
        "Car bomb kills five in Azaz market AFP Thursday 5 Jan 2017 A car bomb killed five people "
        "in the market of Azaz, police said."
    )
    days = _days(coder, text, MON)
    assert days and all(day != d("2017-01-05") for _, day in days), days


def test_bracketed_day_after_the_sentence_end_dates_the_event(coder) -> None:  # type: ignore[no-untyped-def]
    # the parser may close the sentence before "[21 January]"; the gloss still names the day
    text = "Four traders were killed in renewed violence in the town on Friday [21 January]."
    days = _days(coder, text, MON)
    assert days and all(day == SAT for _, day in days), days


# --- round 5b: an episode told as a short span of days is one report a day -------------------


def _reports(coder, text: str, published: date):  # type: ignore[no-untyped-def]
    from dateline.record import Article

    return coder.code(Article.from_text(text, id="t", published=published)).events


def test_two_days_under_one_month_name_are_both_read() -> None:
    spans = find_dates("Farmers marched on 14 and 15 January in the capital.", MON)
    assert [(s.best, s.time_precision) for s in spans] == [(d("2017-01-14"), 1), (d("2017-01-15"), 1)]
    spans = find_dates("Farmers marched on January 14 and 15 in the capital.", MON)
    assert [s.best for s in spans] == [d("2017-01-14"), d("2017-01-15")]


def test_between_two_days_is_still_one_range() -> None:
    spans = find_dates("Farmers marched between 14 and 16 January.", MON)
    assert [(s.kind, s.start, s.end) for s in spans] == [("range", d("2017-01-14"), d("2017-01-16"))]


def test_short_span_of_days_is_one_report_a_day(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Thousands of students protested against the fee rise in Nairobi from 16 to 19 January."
    reports = _reports(coder, text, MON)
    days = sorted(r.date.best for r in reports if r.date is not None)
    assert days == [d("2017-01-16"), d("2017-01-17"), d("2017-01-18"), d("2017-01-19")], days
    assert all(r.date is not None and r.date.time_precision == 1 for r in reports)
    assert len({r.report_id for r in reports}) == len(reports)


def test_toll_of_a_span_is_divided_not_repeated(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Fighting between the army and rebels near Goma from 10 to 12 January left 7 soldiers dead."
    reports = _reports(coder, text, MON)
    assert len(reports) == 3, [(r.date, r.fatalities) for r in reports]
    tolls = [r.fatalities.best for r in sorted(reports, key=lambda r: r.date.best if r.date else MON)]
    assert sum(t or 0 for t in tolls) == 7 and tolls[0] == 3, tolls


@pytest.mark.parametrize(
    "text",
    [
        # a window the text is unsure of: one event on an unknown day
        "Gunmen killed a farmer in Garissa between Monday and Wednesday, police said.",
        # a long span is a campaign, not a run of daily events
        "Teachers in Nairobi were on strike from 2 to 20 January.",
    ],
)
def test_window_or_long_span_is_not_split(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    reports = _reports(coder, text, MON)
    assert len(reports) == 1, [r.date for r in reports]


def test_two_listed_days_are_two_reports(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Traders protested against new market fees in Kisumu on 19 and 20 January."
    days = sorted(day for _, day in _days(coder, text, MON) if day is not None)
    assert days == [d("2017-01-19"), d("2017-01-20")], days


def test_days_of_an_event_noun_are_read_in_its_verbs_clause(coder) -> None:  # type: ignore[no-untyped-def]
    # "clashes" is the subject of "were reported": the days belong to the clashes all the same
    text = "On 16 and 17 January, clashes were reported in Molo between farmers and herders."
    days = sorted(day for _, day in _days(coder, text, MON) if day is not None)
    assert days == [d("2017-01-16"), d("2017-01-17")], days


def test_a_notes_coded_share_is_not_divided_again(coder) -> None:  # type: ignore[no-untyped-def]
    # a note that says how it coded the toll ("4 deaths (coded across 4 events)") gives one
    # event's figure already; the days split from it keep it whole
    text = (
        "On 16 and 17 January, clashes were reported in Molo between farmers and herders, "
        "which resulted in 4 deaths (coded across 4 events)."
    )
    reports = _reports(coder, text, MON)
    assert len(reports) == 2 and all(r.fatalities.best == 1 for r in reports), [r.fatalities for r in reports]


@pytest.mark.parametrize(
    "text",
    [
        "About 500 nurses in Mombasa continued their strike, which began on 2 January, demanding better pay.",
        "Farmers continued a sit-in started in December outside the county offices in Eldoret.",
    ],
)
def test_start_of_a_running_campaign_is_not_the_events_day(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # the clause gives when the campaign began, weeks ago; what is told is it going on now
    days = _days(coder, text, MON)
    assert days and all(day is not None and day >= MON - timedelta(days=7) for _, day in days), days


def test_a_campaign_begun_on_a_day_is_dated_that_day(coder) -> None:  # type: ignore[no-untyped-def]
    # the start itself is the event told: its day stands
    days = _days(coder, "Nurses in Mombasa began a strike on 2 January demanding better pay.", MON)
    assert days and all(day == d("2017-01-02") for _, day in days), days


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of students marched in Kisumu against the arrest of a classmate who was detained on 2 January.",
        "Traders protested against the demolition of stalls that were pulled down in December.",
        "Nurses held a rally in Eldoret, demanding pay that was promised in December.",
    ],
)
def test_a_day_inside_the_grievance_clause_is_not_the_protests_day(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # the day belongs to the grievance the protest names, not to the march itself
    days = _days(coder, text, MON)
    assert days and all(day == MON for _, day in days), days


def test_a_day_in_the_events_own_clause_still_dates_it(coder) -> None:  # type: ignore[no-untyped-def]
    days = _days(coder, "Hundreds of students marched in Kisumu on 19 January to protest the killing of a classmate.", MON)
    assert days and all(day == d("2017-01-19") for _, day in days), days


# --- lists of three or more days (round 6b) ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("raids on 9, 11 and 14 January", ["9", "11", "14 January"]),
        ("raids on 9, 11, and 14 January", ["9", "11", "14 January"]),
        ("raids on January 9, 11 and 14", ["January 9", "11", "14"]),
        ("raids on 5, 6, 8 and 9 January", ["5", "6", "8", "9 January"]),
    ],
)
def test_each_listed_day_is_a_date(text: str, texts: list[str]) -> None:
    spans = find_dates(text, MON)
    assert [s.text for s in spans] == texts
    assert all(s.time_precision == 1 and s.best.month == 1 for s in spans), spans
    assert [s.best.day for s in spans] == [int(t.split()[-1] if t[0].isalpha() else t.split()[0]) for t in texts]


def test_listed_days_share_the_year_of_the_last() -> None:
    spans = find_dates("raids on 9, 11 and 14 January 2015", MON)
    assert [s.best.year for s in spans] == [2015, 2015, 2015], spans


def test_falling_numbers_before_a_month_are_not_a_list_of_days() -> None:
    # a tally ("ages 30, 25 and 18") is not days rising through a month
    spans = find_dates("victims aged 30, 25 and 18 January", MON)
    assert "30" not in [s.text for s in spans], spans


@pytest.mark.parametrize(
    "text",
    [
        "Herders raided cattle pens in Baringo on 9, 11 and 14 January.",
        "Herders raided cattle pens in Baringo on 9, 11, and 14 January.",
        "Herders raided cattle pens in Baringo on Monday, Wednesday and Thursday last week.",
    ],
)
def test_three_listed_days_are_three_reports(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    days = sorted({day for _, day in _days(coder, text, MON) if day is not None})
    assert len(days) == 3, days


def test_a_weekday_glossed_by_its_date_is_one_day(coder) -> None:  # type: ignore[no-untyped-def]
    # "on Friday, 13 January": a comma between dates of different kinds restates one day
    days = {day for _, day in _days(coder, "Herders raided cattle pens in Baringo on Friday, 13 January.", MON)}
    assert len(days) == 1, days


def test_an_unclosed_comma_run_is_not_a_list(coder) -> None:  # type: ignore[no-untyped-def]
    # two weekdays joined by a bare comma and no "and": not a list of days, no split
    days = {day for _, day in _days(coder, "Herders raided cattle pens in Baringo on Tuesday, Thursday police said.", MON)}
    assert len(days) == 1, days


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Jan 21 (UNB) Petrol bombs were hurled", date(2015, 1, 21)),
        ("KHULNA, Jan 3 (UNB) - Two buses were torched", date(2015, 1, 3)),
        ("Kabul, Dec 31 (Xinhua) -- Gunmen attacked", date(2014, 12, 31)),
    ],
)
def test_a_yearless_wire_dateline_takes_the_callers_year(text: str, day: date) -> None:
    found = find_stamp(text, date(2015, 1, 2))
    assert found is not None and found.day == day, found


@pytest.mark.parametrize(
    "text", ["On January 5 (Monday) police fired tear gas", "January 5 (Monday): police fired tear gas", "Jan 21 (UNB) shops shut"]
)
def test_no_wire_dateline_without_its_agency_or_a_date(text: str) -> None:
    # a weekday in brackets glosses an event's date; with no caller's date the year is unknown
    published = None if "UNB" in text else date(2015, 1, 8)
    assert find_stamp(text, published) is None


def test_an_event_day_under_a_wire_dateline_is_its_own(coder) -> None:  # type: ignore[no-untyped-def]
    # the dateline dates the filing (21st); the bombs went off the night before, as the gloss says
    text = "Jan 21 (UNB) Unknown men exploded six crude bombs in the town of Feni on Tuesday (20/01) night."
    days = _days(coder, text, date(2015, 1, 21))
    assert days and all(day == date(2015, 1, 20) for _, day in days), days


def test_a_weekdays_gloss_takes_the_year_its_weekday_agrees_with() -> None:
    # written on Sunday 11 October 2015 about Tuesday 13 October: last year's 13 October was a Monday
    spans = find_dates("Villagers beat two men on Tuesday [13 October].", date(2015, 10, 11))
    assert [s.best for s in spans] == [date(2015, 10, 13)]
    # a gloss that agrees with its weekday, or carries its year, stands as read
    assert [s.best for s in find_dates("on Monday [12 October] police", date(2015, 10, 14))] == [date(2015, 10, 12)]
    assert [s.best for s in find_dates("on Tuesday [13 October 2014] police", date(2015, 10, 11))] == [date(2014, 10, 13)]


# --- round 7: relative words under a stamp the caller's date contradicts ----------------------


def _dates(coder, text: str, published: date | None) -> list[tuple[date, int]]:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    coded = coder.code(Article.from_text(text, id="t", published=published))
    return [(r.date.best, r.date.time_precision) for r in coded.events if r.date is not None]


@pytest.mark.parametrize(
    "tail",
    ["yesterday", "last week", "on Friday evening", "over the weekend", "from Wednesday to Friday"],
)
def test_relative_words_under_a_contradicted_stamp_take_the_callers_week(coder, tail: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Reuters Tuesday 3 Jan 2017 Gunmen killed four villagers near Maarat al-Numan {tail}, residents said."
    dates = _dates(coder, text, MON)
    assert dates and all(x == (MON, 2) for x in dates), dates


def test_a_calendar_date_under_a_contradicted_stamp_still_dates_the_event(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Reuters Tuesday 3 Jan 2017 Gunmen killed four villagers near Maarat al-Numan on January 20, residents said."
    dates = _dates(coder, text, MON)
    assert dates and all(x == (d("2017-01-20"), 1) for x in dates), dates


def test_relative_words_under_an_agreeing_stamp_still_count_from_it(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Reuters Monday 23 Jan 2017 Gunmen killed four villagers near Maarat al-Numan on Friday evening, residents said."
    dates = _dates(coder, text, MON + timedelta(days=1))
    assert dates and all(x == (d("2017-01-20"), 1) for x in dates), dates


# --- round 7: a note dated with its own event's day --------------------------------------------


@pytest.mark.parametrize(
    ("word", "precision"),
    [("yesterday", 1), ("last night", 1), ("the day before yesterday", 1), ("late last night", 1), ("three days ago", 1),
     ("a week ago", 2), ("last week", 2)],
)
def test_writing_day_words_name_a_notes_own_day(word: str, precision: int) -> None:
    from dateline.time.anchor import on_note_day

    span = only(f"Rioters burned two buses {word}.")
    assert span.kind == "relative" and span.best != MON
    noted = on_note_day(span, MON)
    assert (noted.best, noted.start, noted.end, noted.time_precision, noted.text) == (MON, MON, MON, precision, span.text)


@pytest.mark.parametrize("text", ["Rioters burned two buses on Saturday.", "Rioters burned two buses in mid-January.",
                                  "Rioters burned two buses on 20 January."])
def test_other_dates_keep_their_day_in_a_note(text: str) -> None:
    from dateline.time.anchor import on_note_day

    span = only(text)
    assert on_note_day(span, MON) == span


def test_a_notes_yesterday_is_the_notes_day(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article
    from dateline.time.anchor import NOTE_GENRE

    text = "Gunmen shot dead a shopkeeper in the market of Quetta yesterday, police said."
    as_note = coder.code(Article.from_text(text, id="n", published=MON, genre=NOTE_GENRE)).events
    as_page = coder.code(Article.from_text(text, id="p", published=MON)).events
    assert as_note and all(r.date is not None and r.date.best == MON for r in as_note), as_note
    assert as_page and all(r.date is not None and r.date.best == SUN for r in as_page), as_page


def test_a_notes_running_campaign_is_recorded_on_the_notes_day(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article
    from dateline.time.anchor import NOTE_GENRE

    text = "Teachers have been on a hunger strike outside the press club in Multan since Saturday."
    as_note = coder.code(Article.from_text(text, id="n", published=MON, genre=NOTE_GENRE)).events
    as_page = coder.code(Article.from_text(text, id="p", published=MON)).events
    assert as_note and all(r.date is not None and r.date.best == MON for r in as_note), as_note
    # a page dated Monday: a start two days back is the first day of a short span (round 6)
    assert as_page and all(r.date is not None and r.date.best == SAT for r in as_page), as_page


def test_the_acled_eval_reads_notes_as_dated_with_their_event(coder, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    from dateline.eval.runner import evaluate

    names = (
        "data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,"
        "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,"
        "location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3"
    )
    header = names.split(",")  # ACLED's 2020 export header
    row = {
        "event_date": "23 January 2017", "time_precision": "1", "event_type": "Violence against civilians",
        "sub_event_type": "Attack", "country": "Pakistan", "location": "Quetta", "fatalities": "1",
        "notes": "Gunmen shot dead a shopkeeper in the market of Quetta yesterday, police said.",
    }  # fmt: skip
    path = tmp_path / "notes.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerow([row.get(h, "") for h in header])
    out = evaluate("acled", path, coder=coder, progress=False)
    assert out["n"] == 1 and out["date"]["exact"] == 1.0, out["date"]


# --- round 7: a day after the publication is not the report's ---------------------------------


def test_a_day_after_publication_does_not_date_the_report(coder) -> None:  # type: ignore[no-untyped-def]
    # a page dated 23 January cannot tell a sit-in on 1 March as done (a caller's date or a typo is wrong)
    text = "Hundreds of traders staged a sit-in in Patna on 1 March 2017."
    dates = _dates(coder, text, MON)
    assert dates and all(day == MON for day, _ in dates), dates


def test_the_day_after_publication_is_still_slack_for_time_zones(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Hundreds of traders staged a sit-in in Patna on 24 January 2017."
    dates = _dates(coder, text, MON)
    assert dates and all(x == (d("2017-01-24"), 1) for x in dates), dates


def test_a_later_day_in_the_paragraph_does_not_date_an_undated_report(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Gunmen shot dead two farmers near Maarat al-Numan, residents said. "
        "A photo taken on 4 March 2017 shows the road to the village."
    )
    dates = _dates(coder, text, MON)
    assert dates and all(day == MON for day, _ in dates), dates


# --- round 7b: texts coded without a publication date ------------------------------------------


@pytest.mark.parametrize(
    ("text", "day", "stamped"),
    [
        ("Car bomb kills five in border town market 21 January 2017 A car bomb killed five people.",
         "2017-01-21", "21 January 2017"),
        ("Car bomb kills five in border town market Sat Jan 21 2017 1830 A car bomb killed five people.",
         "2017-01-21", "Jan 21 2017"),
        ("Car bomb kills five World News 1830 21.01.2017(updated 1915 21.01.2017) A car bomb killed five.",
         "2017-01-21", "21.01.2017"),
    ],
)
def test_date_under_the_headline_stamps_an_undated_text(text: str, day: str, stamped: str) -> None:
    stamp = find_stamp(text)
    assert stamp is not None
    assert (stamp.day, text[stamp.char_start : stamp.char_end]) == (d(day), stamped)


@pytest.mark.parametrize(
    "text",
    [
        "A car bomb killed five people in the market of a border town on 21 January 2017.",
        "A car bomb killed five people in the market of a border town on Saturday, 21 January 2017.",
        "The border town has been shelled since 21 January 2017, residents said.",
        "A car bomb killed five people in the market of a border town. " * 6 + "21 January 2017",
    ],
)
def test_date_a_word_governs_or_deep_in_the_story_is_no_headline_stamp(text: str) -> None:
    assert find_stamp(text) is None


def test_headline_date_is_read_only_without_a_publication_date() -> None:
    # a caller's date is better evidence than a guess at where a headline ends
    text = "Car bomb kills five in border town market 21 January 2017 A car bomb killed five people."
    assert find_stamp(text, MON) is None


def test_headline_date_anchors_the_weekday_of_an_undated_text(coder) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Azaz traders count the cost 23 January 2017 A car bomb killed five people in the "
        "market of Azaz on Saturday, police said."
    )
    days = _days(coder, text, None)
    assert days and all(day == SAT for _, day in days), days


def test_report_nothing_dates_takes_the_texts_latest_day(coder) -> None:  # type: ignore[no-untyped-def]
    # no publication date, no stamp: the undated report carries the text's own latest day, not none
    text = (
        "Talks between the two sides broke down on 20 January 2017 and resumed on 23 January 2017.\n\n"
        "Gunmen shot dead two farmers near the village of Azaz, residents said."
    )
    days = _days(coder, text, None)
    assert days and all(day is not None and d("2017-01-16") <= day <= MON for _, day in days), days
