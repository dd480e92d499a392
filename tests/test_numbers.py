"""Tests for dateline.extract.numbers: number phrases and casualty figures.

All sentences are written for these tests (no news text is copied).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.numbers import CasualtyFigure, Count, find_casualties, parse_count

# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """Spell out 0..999 in English ("one hundred and five", "twenty-one")."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    hundreds, rest = divmod(n, 100)
    head = _ONES[hundreds] + " hundred"
    return head + (" and " + spell(rest) if rest else "")


def figs(text: str) -> list[tuple[str, int | None, str | None]]:
    """(kind, best, who) for each figure, for compact assertions."""
    return [(f.kind, f.count.best if f.count else None, f.who) for f in find_casualties(text)]


def one(text: str) -> CasualtyFigure:
    found = find_casualties(text)
    assert len(found) == 1, found
    return found[0]


# --------------------------------------------------------------------------------------
# parse_count
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "low", "best", "high", "vague"),
    [
        ("12", 12, 12, 12, False),
        ("1,200", 1200, 1200, 1200, False),
        ("twelve", 12, 12, 12, False),
        ("twenty-one", 21, 21, 21, False),
        ("a hundred", 100, 100, 100, False),
        ("one hundred and five", 105, 105, 105, False),
        ("two thousand", 2000, 2000, 2000, False),
        ("a", 1, 1, 1, False),
        ("an", 1, 1, 1, False),
        ("one", 1, 1, 1, False),
        ("at least 20", 20, 20, None, False),
        ("more than 20", 20, 20, None, False),
        ("over 20", 20, 20, None, False),
        ("20 or more", 20, 20, None, False),
        ("up to 10", 1, 10, 10, False),
        ("as many as 10", 1, 10, 10, False),
        ("fewer than 10", 1, 9, 9, False),
        ("about 30", 30, 30, 30, False),
        ("around 30", 30, 30, 30, False),
        ("nearly 30", 30, 30, 30, False),
        ("almost 30", 30, 30, 30, False),
        ("some 30", 30, 30, 30, False),
        ("approximately 30", 30, 30, 30, False),
        ("10 to 15", 10, 10, 15, False),
        ("10-15", 10, 10, 15, False),
        ("between 10 and 15", 10, 10, 15, False),
        ("two or three", 2, 2, 3, False),
        ("tens", 10, 10, None, True),
        ("dozens", 12, 12, None, True),
        ("hundreds", 100, 100, None, True),
        ("scores", 20, 20, None, True),
        ("several", 3, 3, None, True),
        ("a few", 3, 3, None, True),
        ("a dozen", 12, 12, 12, True),
        ("a couple", 2, 2, 2, True),
        ("tens of thousands", 10000, 10000, None, True),
        ("two dozen", 24, 24, 24, True),
        ("several hundred", 300, 300, None, True),
        ("at least a dozen", 12, 12, None, True),
        ("no one", 0, 0, 0, False),
        ("zero", 0, 0, 0, False),
    ],
)
def test_parse_count(phrase: str, low: int, best: int, high: int | None, vague: bool) -> None:
    assert parse_count(phrase) == Count(low=low, best=best, high=high, vague=vague, text=phrase)


@pytest.mark.parametrize(
    "text",
    [
        "in 2016",
        "January 20",
        "20 May",
        "at 10:30",
        "AK-47",
        "Brigade 137",
        "40%",
        "40 percent",
        "page 12",
        "$300",
    ],
)
def test_parse_count_rejects_non_counts(text: str) -> None:
    assert parse_count(text) is None


def test_parse_count_age_is_not_the_count() -> None:
    # "a 12-year-old" is one person, never twelve.
    assert parse_count("a 12-year-old") == Count(1, 1, 1, False, "a")


def test_parse_count_none_without_number() -> None:
    assert parse_count("the attack on the base") is None
    assert parse_count("") is None


@given(st.integers(min_value=0, max_value=10**6))
def test_parse_count_digits_roundtrip(n: int) -> None:
    c = parse_count(str(n))
    assert c is not None
    assert (c.low, c.best, c.high, c.vague) == (n, n, n, False)


@given(st.integers(min_value=0, max_value=10**6))
def test_parse_count_grouped_digits(n: int) -> None:
    c = parse_count(f"{n:,}")
    assert c is not None and c.best == n


@given(st.integers(min_value=0, max_value=999))
def test_parse_count_words_roundtrip(n: int) -> None:
    c = parse_count(spell(n))
    assert c is not None
    assert (c.low, c.best, c.high) == (n, n, n)


# --------------------------------------------------------------------------------------
# find_casualties: one test per pattern
# --------------------------------------------------------------------------------------


def test_killed_n_people() -> None:
    f = one("Gunmen killed 12 people in the village on Sunday.")
    assert (f.kind, f.count and f.count.best, f.text) == ("killed", 12, "killed 12 people")
    assert not f.unnumbered and not f.aggregate and not f.named and f.part_of is None


def test_killing_at_least_n() -> None:
    f = one("A car bomb exploded outside the station, killing at least 12.")
    assert f.kind == "killed"
    assert f.count == Count(12, 12, None, False, "at least 12")


def test_n_people_were_killed() -> None:
    assert figs("12 people were killed in the raid.") == [("killed", 12, None)]


def test_n_killed_headline() -> None:
    assert figs("12 killed in market blast") == [("killed", 12, None)]


def test_n_dead() -> None:
    assert figs("Storm of shelling: 12 dead, officials say") == [("killed", 12, None)]


def test_leaving_n_dead() -> None:
    f = one("The gunmen opened fire on the crowd, leaving 12 dead.")
    assert (f.kind, f.count and f.count.best, f.text) == ("killed", 12, "leaving 12 dead")


def test_death_toll_rose_to() -> None:
    f = one("The death toll rose to 12 on Wednesday.")
    assert (f.kind, f.count and f.count.best) == ("killed", 12)
    assert f.text == "death toll rose to 12"


def test_death_toll_from_to_takes_the_new_figure() -> None:
    assert figs("The death toll from the attack rose from 5 to 10.") == [("killed", 10, None)]


def test_including_subset_inside_subject() -> None:
    found = find_casualties("12 civilians, including 3 children, were killed in the strike.")
    assert [(f.kind, f.count and f.count.best, f.who, f.part_of) for f in found] == [
        ("killed", 12, "civilians", None),
        ("killed", 3, "children", 0),
    ]
    assert found[0].text == "12 civilians, including 3 children, were killed"
    assert found[1].text == "3 children"


def test_including_subset_after_verb_is_not_double_counted() -> None:
    found = find_casualties("12 people were killed, including 3 children.")
    assert [(f.count and f.count.best, f.who, f.part_of) for f in found] == [
        (12, None, None),
        (3, "children", 0),
    ]
    # Only one top-level killed figure: the caller sums top-level figures only.
    assert sum(f.count.best for f in found if f.count and f.part_of is None) == 12


@pytest.mark.parametrize(
    ("text", "total", "part", "who"),
    [
        ("Five people including two women died.", 5, 2, "women"),
        ("Seven people, among them two women, died.", 7, 2, "women"),
        ("The raid killed 4 people including a child.", 4, 1, "children"),
    ],
)
def test_subset_variants(text: str, total: int, part: int, who: str) -> None:
    found = find_casualties(text)
    assert [(f.count and f.count.best, f.part_of) for f in found] == [(total, None), (part, 0)]
    assert found[1].who == who


def test_of_them_subset() -> None:
    found = find_casualties("The raid killed 9 people, 4 of them women.")
    assert [(f.count and f.count.best, f.who, f.part_of) for f in found] == [(9, None, None), (4, "women", 0)]


def test_killed_and_wounded_two_figures() -> None:
    assert figs("The blast killed 5 and wounded 10.") == [("killed", 5, None), ("injured", 10, None)]


def test_n_killed_and_m_wounded() -> None:
    assert figs("5 killed and 10 wounded in overnight clashes") == [
        ("killed", 5, None),
        ("injured", 10, None),
    ]


def test_people_killed_and_others_injured() -> None:
    assert figs("5 people were killed and 10 others injured.") == [("killed", 5, None), ("injured", 10, None)]


def test_a_soldier_was_killed() -> None:
    f = one("A soldier was killed when his patrol hit a mine.")
    assert (f.kind, f.count and f.count.best, f.who, f.named) == ("killed", 1, "soldiers", False)


def test_two_soldiers_were_killed() -> None:
    assert figs("Two soldiers were killed near the checkpoint.") == [("killed", 2, "soldiers")]


def test_coordinated_subjects() -> None:
    assert figs("Two soldiers and a civilian were killed.") == [
        ("killed", 2, "soldiers"),
        ("killed", 1, "civilians"),
    ]


def test_dozens_were_killed_is_vague() -> None:
    f = one("Dozens were killed in the fighting.")
    assert f.count == Count(12, 12, None, True, "Dozens")


def test_killed_dozens_of_people() -> None:
    f = one("The militia killed dozens of people.")
    assert f.count is not None and (f.count.best, f.count.vague) == (12, True)
    assert f.text == "killed dozens of people"


def test_combined_killed_and_wounded_one_number() -> None:
    f = one("Over 600 killed and wounded in a week of fighting")
    assert f.kind == "killed_and_injured"
    assert f.count == Count(600, 600, None, False, "Over 600")


def test_inflicting_major_casualties_unnumbered() -> None:
    f = one("The army said it attacked the camp, inflicting major casualties.")
    assert (f.kind, f.count, f.unnumbered, f.text) == ("casualties", None, True, "casualties")


def test_n_casualties_is_not_a_death_count() -> None:
    assert figs("The shelling caused 25 casualties.") == [("casualties", 25, None)]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("There were no casualties.", "casualties"),
        ("No one was killed.", "killed"),
        ("Nobody was hurt in the fire.", "injured"),
        ("There were no injuries.", "injured"),
        ("Officials said there were no reports of casualties.", "casualties"),
    ],
)
def test_zero_figures(text: str, kind: str) -> None:
    f = one(text)
    assert f.kind == kind
    assert f.count is not None and (f.count.low, f.count.best, f.count.high) == (0, 0, 0)
    assert not f.unnumbered


def test_no_civilians_killed_keeps_category() -> None:
    assert figs("No civilians were killed but 3 soldiers were wounded.") == [
        ("killed", 0, "civilians"),
        ("injured", 3, "soldiers"),
    ]


def test_killed_without_number_is_unnumbered() -> None:
    f = one("The blast killed people waiting at the gate.")
    assert (f.kind, f.count, f.unnumbered) == ("killed", None, True)


def test_named_person_killed() -> None:
    f = one("Omar Haddad, a top commander, was reportedly killed.")
    assert (f.kind, f.count and f.count.best, f.named) == ("killed", 1, True)
    assert f.text == "Omar Haddad, a top commander, was reportedly killed"


def test_singular_definite_subject_counts_one() -> None:
    f = one("Police said the journalist was shot dead on Tuesday.")
    assert (f.kind, f.count and f.count.best, f.named) == ("killed", 1, False)


def test_killed_named_object() -> None:
    f = one("The drone strike killed Omar Haddad in his car.")
    assert (f.count and f.count.best, f.named) == (1, True)


def test_killed_him_and_them() -> None:
    f = one("The gunmen killed him outside his house.")
    assert (f.count and f.count.best, f.text) == (1, "killed him")
    g = one("The gunmen killed them outside the house.")
    assert (g.count, g.unnumbered, g.text) == (None, True, "killed them")


def test_he_died() -> None:
    assert figs("He died of his wounds in hospital.") == [("killed", 1, None)]


def test_active_voice_number_is_not_victims() -> None:
    # The three are the attackers; only the five are casualties.
    assert figs("Three gunmen killed five people.") == [("killed", 5, None)]


def test_verb_variants() -> None:
    assert figs("Some 20 fighters lost their lives.") == [("killed", 20, "militants")]
    assert figs("Militants executed 4 prisoners.") == [("killed", 4, None)]
    assert figs("Seven villagers were massacred.") == [("killed", 7, "civilians")]
    assert figs("The clashes claimed 12 lives.") == [("killed", 12, None)]
    assert figs("Three policemen were hurt.") == [("injured", 3, "police")]


# --------------------------------------------------------------------------------------
# things that are not counts
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In 2016 gunmen killed a 12-year-old boy.", [("killed", 1, "children")]),
        ("On January 20 the attack killed 7 people.", [("killed", 7, None)]),
        ("At 10:30 a bomb killed 4 people.", [("killed", 4, None)]),
        ("Brigade 137 soldiers were killed near the airport.", [("killed", None, "soldiers")]),
        ("The militants carried AK-47 rifles and killed 3 guards.", [("killed", 3, None)]),
        ("Turnout fell by 40% after 2 protesters were killed.", [("killed", 2, None)]),
        ("Soldiers were killed 5 km from the border.", [("killed", None, None)]),
        ("Raiders killed 30 cattle in the night.", []),
        ("Militants executed an attack on the base.", []),
        ("Sanctions hurt the economy of the town.", []),
        ("The ministry said talks would resume in 2025.", []),
    ],
)
def test_not_counts(text: str, expected: list[tuple[str, int | None, str | None]]) -> None:
    got = figs(text)
    # "Brigade 137 soldiers" still says soldiers died, just not how many.
    assert [(k, b) for k, b, _w in got] == [(k, b) for k, b, _w in expected]
    assert all(w == ew for (_k, _b, w), (_ek, _eb, ew) in zip(got, expected, strict=True) if ew is not None)


def test_age_in_apposition_is_not_a_count() -> None:
    f = one("Ahmad, 12, was killed when a shell hit his home.")
    assert (f.count and f.count.best, f.named) == (1, True)


# --------------------------------------------------------------------------------------
# aggregate language and offsets
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So far, 300 people have been killed.",
        "300 people have been killed since the start of the war.",
        "In total, 300 people were killed.",
        "The death toll has risen to 300.",
        "300 people have been killed over the past three months.",
        "The army said it killed 300 militants during the operation.",
        "300 civilians have been killed this year.",
    ],
)
def test_aggregate(text: str) -> None:
    f = one(text)
    assert f.aggregate and f.count is not None and f.count.best == 300


def test_aggregate_attaches_to_the_total_not_the_event() -> None:
    found = find_casualties(
        "Five people were killed on Monday, bringing the total number of people killed to 300."
    )
    assert [(f.count and f.count.best, f.aggregate) for f in found] == [(5, False), (300, True)]


def test_offset_shifts_spans() -> None:
    text = "Two soldiers were killed."
    f = one(text)
    g = find_casualties(text, offset=100)[0]
    assert (g.char_start, g.char_end) == (f.char_start + 100, f.char_end + 100)
    assert text[g.char_start - 100 : g.char_end - 100] == g.text


def test_no_keyword_is_fast_path() -> None:
    assert find_casualties("The ministers met in the capital to discuss trade.") == []
    assert find_casualties("") == []


# --------------------------------------------------------------------------------------
# properties
# --------------------------------------------------------------------------------------

_VOCAB = [
    "killed", "were", "was", "and", "wounded", "injured", "people", "soldiers", "civilians", "dead",
    "at least", "more than", "dozens", "12", "1,200", "two", "a", "no", "one", "including", ",", ".",
    "casualties", "death toll", "rose to", "the", "him", "them", "died", "in", "2016", "AK-47", "%",
    "12-year-old", "Ahmed", "commander", "so far", "between", "to", "of them", "hurt", "killing",
    "no one", "leaving", "lost their lives", "children", "several", "or", "twenty-one", "hundreds",
]  # fmt: skip
_vocab_text = st.lists(st.sampled_from(_VOCAB), max_size=25).map(" ".join)
_any_text = st.one_of(st.text(max_size=300), _vocab_text)

_COMBINED_RE = re.compile(
    r"(?:killed|dead|killing|kills)\s*,?\s+(?:and|or)\s+(?:\w+\s+)?(?:wounded|injured|hurt|wounding|injuring)"
    r"|(?:wounded|injured|wounding|injuring)\s+(?:and|or)\s+(?:killed|killing)",
    re.IGNORECASE,
)


@settings(max_examples=300)
@given(_any_text, st.integers(min_value=0, max_value=10_000))
def test_never_raises_and_spans_are_exact(text: str, offset: int) -> None:
    found = find_casualties(text, offset=offset)
    for i, f in enumerate(found):
        assert offset <= f.char_start <= f.char_end <= offset + len(text)
        assert text[f.char_start - offset : f.char_end - offset] == f.text
        assert f.kind in ("killed", "injured", "casualties", "killed_and_injured")
        assert f.unnumbered == (f.count is None)
        if f.count is not None:
            assert 0 <= f.count.low <= f.count.best
            assert f.count.high is None or f.count.best <= f.count.high
        if f.part_of is not None:
            parent = found[f.part_of]
            assert f.part_of < i and parent.part_of is None
        # Deaths and injuries are merged only where the text itself joins them.
        if f.kind == "killed_and_injured":
            assert _COMBINED_RE.search(f.text), f


@given(st.integers(min_value=0, max_value=5000), st.integers(min_value=0, max_value=5000))
def test_killed_and_injured_kept_apart(k: int, w: int) -> None:
    for text in (
        f"{k} people were killed and {w} others wounded.",
        f"The attack killed {k} and injured {w}.",
        f"{k} killed, {w} injured",
    ):
        assert figs(text) == [("killed", k, None), ("injured", w, None)], text


@given(st.integers(min_value=1, max_value=5000))
def test_combined_only_with_one_number(n: int) -> None:
    assert figs(f"{n} people were killed or wounded.") == [("killed_and_injured", n, None)]


@given(st.integers(min_value=0, max_value=999))
def test_spelled_subject_counts(n: int) -> None:
    words = spell(n)
    assert figs(f"Officials said {words} soldiers were killed.") == [("killed", n, "soldiers")]
