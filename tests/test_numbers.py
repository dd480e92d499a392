"""Tests for dateline.extract.numbers: number phrases and casualty figures.

All sentences are written for these tests (no news text is copied).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.extract.numbers import (
    CasualtyFigure,
    Count,
    coded_fatalities,
    combine_figures,
    find_casualties,
    parse_count,
)

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
        "Since Thursday, shelling has killed 300 people in the town.",
        "300 people have been killed in air raids since the weekend.",
    ],
)
def test_aggregate(text: str) -> None:
    f = one(text)
    assert f.aggregate and f.count is not None and f.count.best == 300


def test_a_weekday_toll_is_not_a_running_total() -> None:
    f = one("Shelling killed 300 people on Thursday.")
    assert not f.aggregate


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
# lists, alternatives, local-news phrasing, war totals
# --------------------------------------------------------------------------------------


def killed_total(*sentences: str) -> int:
    """Fatalities of one report told in these sentences, the way the coder combines them."""
    found = [
        f
        for s in sentences
        for f in find_casualties(s)
        if f.kind == "killed" and f.count is not None and f.part_of is None and not f.aggregate
    ]
    return combine_figures(found)[1]


@pytest.mark.parametrize(
    ("sentences", "total"),
    [
        # one list: different people, added up
        (("4 guards and 3 raiders were killed in the fight.",), 7),
        (("Two soldiers, a policeman and three civilians were killed.",), 6),
        (("Police fired on the house, killing him and four of his relatives.",), 5),
        # another sentence, another victim group, or marked as more
        (("2 policemen were killed in the ambush.", "Officials said 6 militants were also killed."), 8),
        (("Three people were killed on the road.", "Another two died in hospital."), 5),
        (("Two soldiers died when the mine exploded.", "Another soldier was killed later."), 3),
        # restatements and parts of a whole do not add
        (("Gunmen killed 5 people at the market.", "Five people died in the attack, police said."), 5),
        (("Seven people were killed.", "Three civilians were among those killed, police said."), 7),
        (("12 civilians, including 3 children, were killed.",), 12),
        (("3 civilians were killed in the shelling.", "Two children were killed, medics said."), 3),
        (("Ten people were killed in the bombing.",), 10),
        (("Nine people were killed.", "Later 6 soldiers and 3 militants were reported killed."), 9),
    ],
)
def test_report_level_combination(sentences: tuple[str, ...], total: int) -> None:
    assert killed_total(*sentences) == total


def test_combination_keeps_bounds() -> None:
    found = find_casualties("At least 5 soldiers and 2 policemen were killed.")
    assert combine_figures([f for f in found if f.kind == "killed"]) == (7, 7, None)
    assert combine_figures([]) == (0, 0, 0)


def test_list_members_share_a_group() -> None:
    found = find_casualties("Two soldiers and three rebels were killed.")
    assert [(f.count and f.count.best, f.group is not None) for f in found] == [(2, True), (3, True)]
    assert found[0].group == found[1].group


@pytest.mark.parametrize(
    ("text", "additive"),
    [
        ("Three militants were also killed.", True),
        ("Another two people died.", True),
        ("Four others were wounded.", True),
        ("Five more bodies were found.", True),
        ("More than 20 people were killed.", False),
        ("Twenty people were killed.", False),
    ],
)
def test_additive_marker(text: str, additive: bool) -> None:
    assert find_casualties(text)[0].additive is additive


def test_parenthetical_alternative_takes_the_conservative_figure() -> None:
    f = one("25 soldiers (22 according to the rebels) were killed in the raid.")
    assert (f.count and (f.count.low, f.count.best, f.count.high)) == (22, 22, 25)
    # A subset in brackets is not another source's figure.
    g = find_casualties("12 people (including 3 children) were killed.")
    assert g[0].count is not None and g[0].count.best == 12


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Eight people were <b>killed</b> in the raid.", [("killed", 8, None)]),
        ("On Monday 5 IS fighters were killed in the strike.", [("killed", 5, "militants")]),
        ("Six villagers were yesterday killed in the raid.", [("killed", 6, "civilians")]),
        ("Published May 3 2016 Four medics were killed.", [("killed", 4, None)]),
        ("The bodies of 14 men were found by the river.", [("killed", 14, None)]),
        ("Nine bodies were recovered from the rubble.", [("killed", 9, None)]),
        ("Two die in clashes over grazing land.", [("killed", 2, None)]),
        ("He was shot outside 3434 High Street He died later.", [("injured", 1, None), ("killed", 1, None)]),
        ("One death and one injury were reported.", [("killed", 1, None), ("injured", 1, None)]),
        ("A teacher was kidnapped and killed by the gang.", [("killed", 1, None)]),
        ("Raiders ambushed and killed the director of the clinic.", [("killed", 1, None)]),
        ("Gunmen shot dead the brother of a local lawmaker.", [("killed", 1, None)]),
        # the number is the shooter, not a victim
        ("A 30-year-old man shot and killed his neighbour on Friday.", [("killed", 1, None)]),
        ("Three gunmen attacked and killed two guards.", [("killed", 2, None)]),
    ],
)
def test_more_phrasings(text: str, expected: list[tuple[str, int | None, str | None]]) -> None:
    assert figs(text) == expected


@pytest.mark.parametrize(
    ("text", "kind", "best", "soft"),
    [
        ("A man was shot and killed on Elm Street late Friday.", "killed", 1, False),
        ("The woman was fatally shot outside her home.", "killed", 1, False),
        ("He died at the hospital an hour later.", "killed", 1, False),
        ("The victim was pronounced dead at the scene.", "killed", 1, False),
        ("A 19-year-old man was shot in the leg.", "injured", 1, True),
        ("She suffered non-life-threatening injuries.", "injured", 1, True),
        ("Two others were wounded.", "injured", 2, False),
        ("No one was hurt.", "injured", 0, False),
    ],
)
def test_local_news(text: str, kind: str, best: int, soft: bool) -> None:
    f = one(text)
    assert (f.kind, f.count and f.count.best, f.soft) == (kind, best, soft)


def test_shot_is_not_an_injury_of_an_animal() -> None:
    assert figs("Their dog was shot in the yard.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The war has killed more than 300,000 people since 2011.",
        "More than 250000 people have been killed since the conflict began.",
        "The conflict, which has killed 40,000 people, shows no sign of ending.",
        "Some 9,000 people have died in four years of war.",
        "An estimated 170,000 people have been killed.",
        "More than 3,000 people were killed during the past month.",
    ],
)
def test_war_totals_are_aggregate(text: str) -> None:
    found = [f for f in find_casualties(text) if f.kind == "killed"]
    assert found and all(f.aggregate for f in found)


def test_large_incident_figure_is_not_aggregate() -> None:
    f = one("The earthquake killed 6,000 people on Monday.")
    assert not f.aggregate


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Two soldiers were killed. Fatalities coded as 0 (source reported 2).", 0),
        ("Fatalities coded as 3. Later: total fatalities coded as 5.", 5),
        ("Eight fighters were killed. Fatalities split over 2 locations (4).", 4),
        ("Ten people were killed; 10 fatalities were reported.", None),
        ("The village was coded as the district town.", None),
    ],
)
def test_coded_fatalities(text: str, coded: int | None) -> None:
    assert coded_fatalities(text) == coded


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


# --------------------------------------------------------------------------------------
# through the coder: one report's figures across its sentences
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        (
            "Two policemen were killed on Sunday when gunmen ambushed a checkpoint near the town. "
            "Local officials said six militants were also killed.",
            8,
            0,
        ),
        ("A man was shot in the leg on Main Street on Friday night, police said.", 0, 1),
        ("Two soldiers were killed in an attack on a base. Fatalities coded as 0 (source reported 2).", 0, 0),
    ],
)
def test_report_casualties(coder, text: str, fatalities: int, injured: int) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    coded = coder.code(Article.from_text(text))
    assert coded.events
    first = coded.events[0]
    assert (first.fatalities.best, first.injured.best) == (fatalities, injured)


# --------------------------------------------------------------------------------------
# through the coder: a headline told without its toll takes the body's count of the same incident
# --------------------------------------------------------------------------------------

_LEAD_NO_COUNT = "Warplanes struck a crowded market in the town of Saraqib in Idlib province on Friday.\n\n"
_FILLER = "Rescue workers searched the rubble for hours as smoke rose over the square.\n\n"


def _code(coder, text: str):  # type: ignore[no-untyped-def]
    from datetime import date

    from dateline.record import Article

    return coder.code(Article.from_text(text, published=date(2021, 3, 6))).events


@pytest.mark.parametrize(
    ("body", "lead_fatalities", "lead_injured"),
    [
        # same type, day and place: the body's count is the lead's
        ("At least 16 civilians were killed and 30 wounded on Friday in the air raid on Saraqib, a monitor said.", 16, 30),
        # another day: another incident, the lead keeps no count
        ("On Wednesday, 9 people were killed in an air raid on Saraqib, a monitor said.", 0, 0),
        # another event type (an attack by gunmen): the lead keeps no count
        ("In a separate attack, gunmen killed 4 people in Saraqib on Friday.", 0, 0),
    ],
)
def test_headline_takes_the_body_toll(coder, body: str, lead_fatalities: int, lead_injured: int) -> None:  # type: ignore[no-untyped-def]
    events = _code(coder, _LEAD_NO_COUNT + _FILLER + body)
    assert len(events) >= 2
    lead = events[0]
    assert (lead.fatalities.best or 0, lead.injured.best or 0) == (lead_fatalities, lead_injured)
    if lead_fatalities:
        assert any(e.field == "fatalities" and e.text.startswith("At least 16") for e in lead.evidence)


@pytest.mark.parametrize(("body_count", "lead"), [(37, 37), (5, 12)])
def test_vague_headline_takes_a_precise_count_not_below_its_floor(coder, body_count: int, lead: int) -> None:  # type: ignore[no-untyped-def]
    # "dozens" is the codebook's floor of 12: a precise 37 replaces it, a precise 5 contradicts it
    text = (
        "Dozens killed as warplanes bomb market in Saraqib on Friday.\n\n" + _FILLER
        + f"A local monitor said {body_count} people were killed in the air raid on Saraqib on Friday."
    )
    events = _code(coder, text)
    assert len(events) >= 2
    assert events[0].fatalities.best == lead


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("At least 30 fighters and soldiers were killed in the clashes.", None),
        ("Some 14 rebel and government forces were killed overnight.", None),
        ("Nine soldiers and troopers were killed in the ambush.", "soldiers"),
        ("Twelve civilians were killed and 9 fighters were wounded.", "civilians"),
    ],
)
def test_one_number_for_two_groups_belongs_to_neither(text: str, who: str | None) -> None:
    assert find_casualties(text)[0].who == who


def test_a_mixed_total_restated_as_a_list_is_not_added_twice() -> None:
    figures = [
        f
        for s in (
            "At least 50 fighters and soldiers have been killed in three days of clashes.",
            "The monitor said 30 rebels and 20 soldiers had been killed in the fighting.",
        )
        for f in find_casualties(s)
        if f.kind == "killed" and f.part_of is None
    ]
    assert combine_figures(figures)[1] == 50


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three soldiers were martyred when the shells hit the checkpoint.", [("killed", 3, "soldiers")]),
        ("The blast hit a bus station on Sunday, claiming 6 martyrs.", [("killed", 6, None)]),
        ("The rocket attack left 2 martyrs in the old quarter.", [("killed", 2, None)]),
        ("The ministry said its jets eliminated 40 militants near the dam.", [("killed", 40, "militants")]),
        ("Engineers eliminated 12 checkpoints along the road.", []),
        ("Hundreds gathered at a rally for the martyrs of the uprising.", []),
    ],
)
def test_martyrs_and_communique_wording(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert [(f.kind, f.count.best if f.count else None, f.who) for f in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two men were shot near the bus depot late on Monday.", [("injured", 2, True)]),
        ("Four people were shot and wounded outside the club.", [("injured", 4, False)]),
        ("Three guards were shot dead at the gate.", [("killed", 3, False)]),
        ("Two people were shot at as they drove away.", []),
        ("Gunfire at the fair sent three people to the hospital.", [("injured", 3, True)]),
        ("The fight put two teenagers in the hospital.", [("injured", 2, True)]),
        ("Officers found a man suffering from two gunshot wounds.", [("injured", 1, True)]),
    ],
)
def test_people_hit_but_not_said_to_die_are_injured(text: str, expected: list[tuple[str, int, bool]]) -> None:
    found = [(f.kind, f.count.best, f.soft) for f in find_casualties(text) if f.count is not None]
    assert found == expected


def test_hospitalised_is_a_soft_injury() -> None:
    (fig,) = [f for f in find_casualties("A woman was hospitalized after the shooting.") if f.count is not None]
    assert (fig.kind, fig.count.best if fig.count else None, fig.soft) == ("injured", 1, True)


def test_minor_injuries_are_not_children() -> None:
    assert all(f.who != "children" for f in find_casualties("The blast left people with minor injuries."))


def test_children_and_women_killed_count_among_civilians(coder) -> None:  # type: ignore[no-untyped-def]
    events = _code(
        coder, "An air strike on the village of Saraqib on Friday killed 9 people, including four children and a woman."
    )
    assert events
    f = events[0].fatalities
    assert (f.best, f.children, f.women, f.civilians) == (9, 4, 1, 5)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A mob lynches a man accused of theft in the market.", [("killed", 1)]),
        ("Villagers lynched three suspected thieves.", [("killed", 3)]),
        ("A suspect was lynched by residents on Sunday.", [("killed", 1)]),
        ("Residents tried to lynch the suspect before police arrived.", []),
        # Kenyan school years ("form four", "standard 7") are not counts
        ("A form four student was killed by a stray bullet.", [("killed", 1)]),
        ("A standard 7 pupil was shot dead near the school.", [("killed", 1)]),
    ],
)
def test_lynching_and_school_years(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("Clashes between two groups resulted in 8 deaths (coded across 4 events).", 2),
        ("The fighting left 7 deaths (split over 2 events) in the area.", 3),
        ("The fighting left 7 dead over two days.", None),
    ],
)
def test_a_toll_divided_across_events(text: str, coded: int | None) -> None:
    assert coded_fatalities(text) == coded


def test_martyrs_in_a_shared_list_are_the_dead() -> None:
    found = find_casualties("Two car bombs hit the square, claiming 3 martyrs and 11 injured.")
    assert [(f.kind, f.count.best if f.count else None) for f in found] == [("killed", 3), ("injured", 11)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Share this page: short URL 415 At least six people were killed in the blast.", [("killed", 6)]),
        ("A drone strike has claimed lives of five fighters near the bridge.", [("killed", 5)]),
    ],
)
def test_page_furniture_and_claimed_lives(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


# --- one person hurt, told without a count (issue 3, round 3) ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A passenger is in stable condition after the shooting on Elm Road.", [("injured", 1)]),
        ("The second victim was listed in serious but stable condition.", [("injured", 1)]),
        ("The old bridge was in good condition before the storm.", []),
        ("Deputies found a 40-year-old farmer who had been shot twice.", [("injured", 1)]),
        ("Those who had been shot were driven to the clinic.", []),
        ("Three men, including a 17-year-old, were shot near the stadium.", [("injured", 3)]),
        ("A masked robber shot the driver and fled with the van.", [("injured", 1)]),
        ("The guard shot him in the shoulder during the struggle.", [("injured", 1)]),
        ("The hunter shot himself in the foot while climbing a fence.", [("injured", 1)]),
        # a self-inflicted shot to the head is told of suicides: the death is told apart, if at all
        ("Cornered by officers, the suspect shot himself in the head.", []),
        ("Two gunmen on a motorbike shot him dead outside the mosque.", [("killed", 1)]),
    ],
)
def test_one_person_hurt_without_a_number(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


def test_a_shot_or_a_condition_is_soft() -> None:
    # soft: the report drops it when it also tells a death (the shot person may have died)
    for text in ("A bystander is in critical condition.", "A masked robber shot the driver."):
        (figure,) = find_casualties(text)
        assert figure.soft, text
    (dead,) = find_casualties("Two gunmen on a motorbike shot him dead.")
    assert not dead.soft


@pytest.mark.parametrize(
    ("text", "best"),
    [
        ("A family of four was killed when the roof collapsed under shelling.", 4),
        ("The air raid killed a family of nine in the orchard district.", 9),
        ("A family was killed when the shell hit the roof.", 1),
    ],
)
def test_a_family_of_n_is_n_people(text: str, best: int) -> None:
    (figure,) = [f for f in find_casualties(text) if f.count is not None]
    assert (figure.kind, figure.count.best) == ("killed", best)  # type: ignore[union-attr]


def test_a_condition_after_a_shot_is_the_same_person() -> None:
    figures = find_casualties("A teacher was shot on Friday. She is in critical condition.")
    assert combine_figures([f for f in figures if f.kind == "injured"]) == (1, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number before an active "shot dead" / "gunned down" counts the shooters, not the dead
        ("Two gunmen shot dead a teacher near the school gate.", [("killed", 1)]),
        ("Three attackers gunned down four guards at the depot.", [("killed", 4)]),
        ("Two riders on a motorbike shot him dead at the junction.", [("killed", 1)]),
        ("Three soldiers were shot dead at the checkpoint.", [("killed", 3)]),
    ],
)
def test_shooters_are_not_the_dead(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    ("text", "best"),
    [
        # two people named with one article: "a woman and child", "a man and his son"
        ("A woman and child were killed when the mortar round landed.", 2),
        ("A farmer and his son were shot dead at the well.", 2),
        ("A farmer and policemen were killed.", 1),  # the second group has no count of its own
        # a four-word group name after the number stays one noun phrase, so both groups add up
        ("Some 40 Border Guard Force fighters and 20 villagers were killed in the raid.", 60),
    ],
)
def test_two_people_and_long_group_names(text: str, best: int) -> None:
    figures = [f for f in find_casualties(text) if f.kind == "killed" and f.count is not None and f.part_of is None]
    assert combine_figures(figures)[1] == best


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Seven children were among the dead, the clinic said.", [("children", 7)]),
        ("Among the victims were three women and a boy.", [("women", 3), ("children", 1)]),
        ("Two women were among at least 30 people killed in the raid.", [("women", 2)]),
    ],
)
def test_who_was_among_the_dead(text: str, who: list[tuple[str, int]]) -> None:
    figures = find_casualties(text)
    assert [(f.who, f.count.best) for f in figures if f.who is not None and f.count is not None] == who


def test_those_among_the_dead_never_add_to_the_toll() -> None:
    figures = find_casualties("Rockets killed 25 people in the square. Nine children were among the dead.")
    killed = [f for f in figures if f.kind == "killed" and f.count is not None and f.part_of is None]
    assert combine_figures(killed)[1] == 25


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A neighbour fatally shot the driver after a dispute over parking.", [("killed", 1)]),
        ("A neighbour shot the driver after a dispute over parking.", [("injured", 1)]),
        # "death" as a noun after the subject is no verb of two deaths
        ("A suspect and victim in the shooting death have been named.", [("killed", 1)]),
    ],
)
def test_fatally_shot_and_death_as_a_noun(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


# --------------------------------------------------------------------------------------
# one person told without an article or a verb of being: headlines, "found a man shot"
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cyclist shot in the arm near the river path", [("injured", 1)]),
        ("Grandmother killed in stray gunfire outside her shop", [("killed", 1)]),
        ("19-year-old student wounded in parking lot gunfire", [("injured", 1)]),
        ("Elderly farmer shot dead on his land overnight", [("killed", 1)]),
        # an object after the verb: the headline's person is the shooter, who is not counted
        ("Farmer shot the intruder who broke into his barn", [("injured", 1)]),
        ("Deputies found a teenager shot behind the gym on Sunday.", [("injured", 1)]),
        ("The crash left a motorist with a gunshot wound to the shoulder.", [("injured", 1)]),
        ("The patrol found a shepherd dead near the well.", [("killed", 1)]),
        ("By nightfall one firefighter had suffered a gunshot wound.", [("injured", 1)]),
    ],
)
def test_one_person_in_headlines_and_found_harmed(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


def test_a_headline_word_that_is_no_person_is_no_count() -> None:
    # "Convoy" and "Checkpoint" are not people: no one is counted
    assert find_casualties("Convoy shot up in ambush on the northern road") == []
    assert [f.count for f in find_casualties("Checkpoint wounded by mortar fire, officials say")] == [None]


# --------------------------------------------------------------------------------------
# through the coder: the lead takes the injured, and a clash/attack retold is one incident
# --------------------------------------------------------------------------------------

_SHOOTING_LEAD = "Gunmen opened fire on a minibus in the town of Saraqib in Idlib province on Friday.\n\n"


@pytest.mark.parametrize(
    ("body", "lead_fatalities", "lead_injured"),
    [
        # the body retells the lead's shooting as an attack on civilians: its counts are the lead's
        ("Two passengers were killed and five were wounded when gunmen fired on the minibus in Saraqib on Friday.", 2, 5),
        # only injured told: the lead keeps no deaths and takes the injured
        ("Four passengers were wounded when gunmen fired on the minibus in Saraqib on Friday.", 0, 4),
        # the body says it tells another incident: nothing is taken
        ("In a separate attack, gunmen wounded four farmers in Saraqib on Friday.", 0, 0),
    ],
)
def test_lead_takes_counts_of_the_same_incident_retold(coder, body: str, lead_fatalities: int, lead_injured: int) -> None:  # type: ignore[no-untyped-def]
    events = _code(coder, _SHOOTING_LEAD + _FILLER + body)
    assert len(events) >= 2
    lead = events[0]
    assert (lead.fatalities.best or 0, lead.injured.best or 0) == (lead_fatalities, lead_injured)


@pytest.mark.parametrize(
    "text",
    [
        "One of the two riders seemed likely to die, a nurse said.",
        "The guard threatened to kill the driver at the gate.",
        "The militia vowed to kill 20 hostages if its demands were not met.",
    ],
)
def test_an_infinitive_is_no_death(text: str) -> None:
    assert [f for f in find_casualties(text) if f.kind == "killed" and f.count is not None] == []


def test_left_to_die_still_counts_the_dead() -> None:
    assert [(f.kind, f.count.best) for f in find_casualties("Six migrants were left to die in the boat.") if f.count] == [("killed", 6)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Her injuries were described as minor by the clinic.", [("injured", 1)]),
        ("The guard was rushed to a clinic in serious condition.", [("injured", 1)]),
        # a death of the wounds: no injury on top of the death
        ("The guard died of his wounds two days later.", [("killed", 1)]),
    ],
)
def test_one_person_hurt_told_by_a_possessive_or_a_condition(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    ("text", "fatalities", "injured"),
    [
        # the injury is told in a sentence with no event of its own: it belongs to the shooting
        ("A guard was shot near the depot in Saraqib on Friday. His injuries were described as minor.", 0, 1),
        ("Gunmen fired on a van near the depot in Saraqib on Friday. The driver was rushed to a clinic in serious condition.", 0, 1),
        # he died later: a death, no injury
        ("A guard was shot near the depot in Saraqib on Friday. He was rushed to a clinic in serious condition. "
         "He died there on Saturday.", 1, 0),
    ],
)
def test_an_injury_told_after_the_event_joins_its_report(coder, text: str, fatalities: int, injured: int) -> None:  # type: ignore[no-untyped-def]
    events = _code(coder, text)
    assert len(events) == 1
    assert (events[0].fatalities.best or 0, events[0].injured.best or 0) == (fatalities, injured)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death the crowd protests, mourns or avenges is not the toll of the protest or the clash
        ("Traders shut the market to protest the killing of a porter by guards.", []),
        ("Students marched against the death of a classmate, reportedly beaten by wardens.", []),
        ("Shops closed on the first anniversary of the massacre at the river.", []),
        ("Youths fought with police over the killing of two herders, leaving one rioter dead.", [("killed", 1)]),
    ],
)
def test_a_death_named_as_the_cause_is_not_the_toll(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best if f.count else None) for f in find_casualties(text)] == expected


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("Vigilantes killed a suspected thief near the bus park.", "a suspected thief"),
        ("The patrol shot dead a 40-year old herder at the well.", "a 40-year old herder"),
        ("Raiders killed an elderly shop owner in the night.", "an elderly shop owner"),
    ],
)
def test_one_person_killed_whatever_the_noun_phrase(text: str, obj: str) -> None:
    figures = [f for f in find_casualties(text) if f.count is not None]
    assert [(f.kind, f.count.best) for f in figures] == [("killed", 1)]
    assert figures[0].text.endswith(obj)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the day told between the auxiliary and the verb
        ("A herder was on Sunday shot dead near the dam.", [("killed", 1)]),
        ("Four guards were last night killed at the gate.", [("killed", 4)]),
        ("Police shoot dead a taxi operator at a roadblock.", [("killed", 1)]),
        ("Troops shot dead a rider and wounded another near the market.", [("killed", 1), ("injured", 1)]),
    ],
)
def test_days_between_auxiliary_and_verb_and_more_ways_to_tell_one(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A crowd stoned to death a suspected cattle thief at the market.", [("killed", 1)]),
        ("Villagers lynch a man they accuse of arson.", [("killed", 1)]),
        ("A body was later found in a ditch near the checkpoint.", [("killed", 1)]),
        # the death that provoked the reprisal is not the reprisal's toll
        ("Herders torched huts in retaliation for the killing of a herder at the well.", []),
    ],
)
def test_more_ways_to_tell_one_death_and_its_cause(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


def test_a_note_s_coded_share_is_not_divided_again_over_its_places(coder) -> None:  # type: ignore[no-untyped-def]
    base = "On 3 May 2021, soldiers clashed with militants in Chaparhar and Khogyani districts, Nangarhar, killing 8 militants."
    split = _code(coder, base)
    assert [r.fatalities.best for r in split] == [4, 4]  # an ordinary toll is shared between the places
    coded = _code(coder, base.replace("killing 8", "killing 7") + " Fatalities split over 2 locations (4).")
    assert len(coded) == 2 and all(r.fatalities.best == 4 for r in coded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # headlines and coders' notes drop the article and use the present tense
        ("Crowd lynches suspected goat thief in market town", [("killed", 1)]),
        ("Bandits kill trader on highway near the river", [("killed", 1)]),
        ("Unknown attackers kill local chief's deputy", [("killed", 1)]),
        ("Militia members raided a farm and killed him at dawn.", [("killed", 1)]),
        ("Residents beat to death the herder's son after a quarrel.", [("killed", 1)]),
        ("Gunmen gun down a shop assistant outside the depot.", [("killed", 1)]),
        ("Vigilantes lynch three suspected goat thieves near the dam.", [("killed", 3)]),
        ("A gang stone to death two bus conductors at the stage.", [("killed", 2)]),
        ("Two sisters were burnt to death when raiders set their hut alight.", [("killed", 2)]),
    ],
)
def test_headline_present_tense_and_bare_objects_tell_a_count(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Police kill civilian protesters near the stadium",  # "civilian" qualifies a plural: no one-count
        "The gang vowed to kill him if he testified.",  # a threat
        "Elders said the raiders would lynch anyone found grazing there.",
        "Police arrested a killing suspect at the border.",
        "Villagers found traders shot dead by unknown gunman on the road",  # the gunman is not a victim
    ],
)
def test_no_one_count_without_a_singular_victim(text: str) -> None:
    assert not [f for f in find_casualties(text) if f.count is not None and f.count.best == 1], find_casualties(text)


def test_animals_before_a_person_noun_do_not_hide_the_people() -> None:
    found = find_casualties("Raiders killed four cattle herders and 30 cattle.")
    assert [(f.kind, f.count.best) for f in found if f.count is not None] == [("killed", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the post. How many were killed or hurt is not yet known.",
        "Rival groups clashed in the valley. Details of fatalities not specified.",
        "Riots broke out in the town. FATALITIES: DETAILS NOT SPECIFIED",
    ],
)
def test_a_toll_nobody_gives_is_no_report_of_deaths(text: str) -> None:
    # ACLED: no deaths reported is 0, not an imputed figure
    assert not [f for f in find_casualties(text) if f.kind == "killed"]


def test_deaths_without_a_number_are_still_reported() -> None:
    found = [f for f in find_casualties("Deaths were reported on both sides, though no figures were given.") if f.kind == "killed"]
    assert found and found[0].unnumbered


@pytest.mark.parametrize(
    "text",
    [
        "Relatives of a farmer who was killed by unknown men held a sit-in outside the police station in Kitale.",
        "Boda boda riders held a peaceful demonstration in Embu, demanding justice for a colleague who died in police custody.",
        "Residents protested in Kisii, calling for the arrest of an officer after he had killed two brothers.",
    ],
)
def test_a_peaceful_protest_has_no_deaths_of_its_own(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # ACLED: deaths at a protest make it excessive force or a riot; told inside what a peaceful
    # one is about, they are its grievance
    reports = _code(coder, text)
    assert reports and all(r.fatalities.best == 0 for r in reports if r.sub_event_type == "Peaceful protest")
    assert any(r.sub_event_type == "Peaceful protest" for r in reports)


def test_deaths_at_a_protest_met_with_live_fire_still_count(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, "Police fired live bullets at protesters in Kisumu, killing two.")
    assert [r.fatalities.best for r in reports] == [2]


def test_deaths_told_as_the_news_of_a_protest_still_count(coder) -> None:  # type: ignore[no-untyped-def]
    # the main clause tells the deaths: whatever the type, they are the event's
    reports = _code(coder, "Six people were killed in post-election protests in Kisumu, officials said.")
    assert reports and max(r.fatalities.best for r in reports) == 6


# --- round 6b: a bare harm noun as a coder's label, animals killed ------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Herders clashed near the river. FATALITIES: details to follow.",
        "Herders clashed near the river (fatalities = total for three days).",
        "Herders clashed near the river (fatalities not actor specific).",
        "Herders clashed near the river; fatalities spread across two villages.",
        "Herders clashed near the river; the deaths were coded separately.",
        "Herders clashed near the river, recorded separately as deaths in a later battle.",
    ],
)
def test_a_harm_noun_used_as_a_label_reports_no_death(text: str) -> None:
    # the noun names the field or its bookkeeping; nothing in the text says who died
    assert not [f for f in find_casualties(text) if f.kind == "killed"], find_casualties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Dozens of goats were killed when raiders torched the pens.",
        "More than 50 cattle have been killed by the raiders overnight.",
    ],
)
def test_animals_killed_are_not_deaths(text: str) -> None:
    assert not [f for f in find_casualties(text) if f.kind == "killed"], find_casualties(text)


@pytest.mark.parametrize(
    "text",
    [
        "Fatalities were reported after herders clashed near the river.",
        "Herders clashed near the river, and deaths were reported on both sides.",
        "Several villagers were killed when raiders torched the pens.",
    ],
)
def test_harm_nouns_that_report_deaths_still_count(text: str) -> None:
    found = [f for f in find_casualties(text) if f.kind == "killed"]
    assert found and (found[0].unnumbered or found[0].count is not None), found


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the crime an allegation names is who the victim is, not this event's toll
        ("Villagers in Molo lynched a man suspected of killing four herders.", 1),
        ("Police in Kisii arrested a trader accused of murdering his two neighbours.", 0),
    ],
)
def test_a_death_inside_an_allegation_is_not_the_events_toll(coder, text: str, toll: int) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, text)
    assert reports and all(r.fatalities.best == toll for r in reports), [(r.sub_event_type, r.fatalities) for r in reports]


def test_a_charge_still_tells_the_death(coder) -> None:  # type: ignore[no-untyped-def]
    # a charge states the death happened; when the text tells nothing else of it, it stays
    reports = _code(coder, "Gunmen shot dead two guards in Garissa; a suspect was later charged with their murder.")
    assert reports and max(r.fatalities.best for r in reports) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Youths fought running battles with police in Nyeri after a trader was killed by an unknown gunman.",
        "A mob torched three houses in Bomet in retaliation for the killing of a herder.",
        "Students rioted in Thika a day after the killing of two classmates.",
    ],
)
def test_a_crowds_cause_told_before_it_is_not_its_toll(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    # the death that set the crowd off is an event of its own; the crowd's report has none
    reports = _code(coder, text)
    crowd = [r for r in reports if r.event_type in ("Riots", "Protests")]
    assert crowd and all(r.fatalities.best == 0 for r in crowd), [(r.sub_event_type, r.fatalities) for r in reports]


def test_deaths_at_the_crowds_own_hands_still_count(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, "After a trader was robbed, a mob in Nyeri beat two suspects to death.")
    assert reports and max(r.fatalities.best for r in reports) == 2, [(r.sub_event_type, r.fatalities) for r in reports]


def test_an_accusation_the_sentence_asserts_keeps_its_toll(coder) -> None:  # type: ignore[no-untyped-def]
    # blame told as the news ("X accused Y of killing ..."): the deaths are the event's own
    reports = _code(coder, "The governor accused the army of killing nine villagers in an air strike on Tuesday.")
    assert reports and max(r.fatalities.best for r in reports) == 9, [(r.sub_event_type, r.fatalities) for r in reports]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rebel commander killed in clash with soldiers", "Rebel commander killed"),
        ("Militia suspect killed by police, three more detained.", "Militia suspect killed"),
        ("Governors bodyguard shot and killed.", "Governors bodyguard shot and killed"),
        ("Local imam linked to Al Noor killed in a shootout", "Local imam linked to Al Noor killed"),
        ("Farmer reportedly killed in a land dispute", "Farmer reportedly killed"),
        ("Student shot dead and four officers injured in clashes", "Student shot dead"),
        ("Raiders attack a village; 12-year-old boy killed in the gunfire", "12-year-old boy killed"),
    ],
)
def test_a_headlines_singular_victim_is_one(text: str, words: str) -> None:
    # headlines drop the article: a singular person noun before the verb is one death, not an
    # unnumbered toll left to the imputation convention
    killed = [f for f in find_casualties(text) if f.kind == "killed"]
    assert len(killed) == 1 and killed[0].count is not None and killed[0].count.best == 1, killed
    assert killed[0].text == words


@pytest.mark.parametrize(
    "text",
    ["Herders shot dead by unknown gunmen", "Raiders attack a village; herders killed", "Police killed in ambush"],
)
def test_a_headlines_plural_victims_stay_unnumbered(text: str) -> None:
    killed = [f for f in find_casualties(text) if f.kind == "killed"]
    assert killed and all(f.count is None for f in killed), killed


# --------------------------------------------------------------------------------------
# round 7: victims numbered away from the verb, companions, the dying wounded, near misses
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a numeral the appositive names keep away from the verb
        ("Two village elders, Mr Otieno and Mr Kamau, were shot dead by bandits at a market in Garissa.", 2),
        # a reduced passive with its agent
        ("9 cattle rustlers shot dead by police in Isiolo.", 9),
        # a second verb sharing the first one's victim
        ("1 teacher dragged from his car and killed in Eldoret.", 1),
        ("5 traders were abducted by gunmen in Kitale and later found dead.", 5),
        # one person, the object of an active killing
        ("Police killed the perpetrator near Mandera town.", 1),
    ],
)
def test_victims_the_parse_numbers_are_not_imputed(coder, text: str, toll: int) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, text)
    assert reports and reports[0].fatalities.best == toll and not reports[0].fatalities.imputed, [
        (r.sub_event_type, r.fatalities) for r in reports
    ]


def test_plural_victims_without_a_number_are_still_imputed(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, "Raiders killed villagers in Baringo.")
    assert reports and reports[0].fatalities.imputed and reports[0].fatalities.best == 3


def test_one_unnumbered_plural_keeps_the_report_imputed(coder) -> None:  # type: ignore[no-untyped-def]
    # counting only the one death the parse can number would tell fewer than the text
    from dateline.extract.victims import number_unnumbered

    text = "Raiders killed herders after a priest was shot dead."
    doc = coder.nlp(text)

    def unnumbered(words: str) -> CasualtyFigure:
        i = text.index(words)
        return CasualtyFigure("killed", None, True, None, i, i + len(words), words, False, False)

    plural, single = unnumbered("killed"), unnumbered("shot dead")
    assert [f.count for f, _ in number_unnumbered(doc, [(plural, 0), (single, 0)])] == [None, None]
    alone = number_unnumbered(doc, [(single, 0)])
    assert alone[0][0].count is not None and alone[0][0].count.best == 1


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("The elder was killed along with 3 other villagers and 2 guards.", 6),
        ("A trader was shot dead along with another man.", 2),
        ("A farmer died on the spot together with his son.", 2),
    ],
)
def test_companions_in_death_add(text: str, total: int) -> None:
    killed = [f for f in find_casualties(text) if f.kind == "killed" and f.count is not None]
    assert combine_figures(killed)[1] == total, killed


def test_companions_of_an_unnumbered_death_add_nothing() -> None:
    # "soldiers ... along with their commander": the soldiers' count is unknown, so the one
    # companion must not become the toll
    killed = [f for f in find_casualties("Soldiers were killed along with their commander.") if f.kind == "killed"]
    assert not any(f.count is not None for f in killed), killed


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("Four soldiers died and nine were injured. Two of the injured died the next day.", 6),
        ("Three guards were killed; one of the wounded later succumbed.", 4),
    ],
)
def test_the_wounded_who_die_add_to_the_toll(text: str, total: int) -> None:
    killed = [f for f in find_casualties(text) if f.kind == "killed" and f.count is not None]
    assert combine_figures(killed)[1] == total, killed


@pytest.mark.parametrize(
    "text",
    [
        "A vigilante group beat a suspect and nearly killed him before police arrived.",
        "The driver almost died when the bomb went off under his car.",
        "He narrowly escaped death when gunmen opened fire on his car.",
    ],
)
def test_a_near_miss_is_no_death(text: str) -> None:
    assert not [f for f in find_casualties(text) if f.kind == "killed"]


def test_a_toll_risen_after_a_long_description() -> None:
    text = "The death toll from a raid on Sunday by armed herders on a market village in the north of the district has risen to 14."
    killed = [f for f in find_casualties(text) if f.kind == "killed"]
    assert [f.count.best for f in killed if f.count] == [14]


def test_an_age_written_yr_old_is_no_count() -> None:
    killed = [f for f in find_casualties("A 7 yr old girl was shot dead during the raid.") if f.kind == "killed"]
    assert killed and all(f.count is not None and f.count.best == 1 for f in killed), killed


def test_more_told_first_is_the_whole() -> None:
    # "14 more" opening a report has nothing before it to add to; "6 of these" is part of it
    text = "FATALITIES: 14 more people were killed over two days. 6 of these were killed in arson attacks."
    killed = [f for f in find_casualties(text) if f.kind == "killed" and f.count is not None]
    assert combine_figures(killed)[1] == 14


def test_the_body_toll_joins_a_report_without_a_place(coder) -> None:  # type: ignore[no-untyped-def]
    # no place is named for either report of the sentence: one incident, so the first report
    # (which the text tells first) takes the toll the second one read
    reports = _code(coder, "Soldiers responded to a militia attack by beating civilians; one shot dead.")
    assert reports and reports[0].fatalities.best == 1, [(r.sub_event_type, r.fatalities, r.location) for r in reports]


def test_a_headline_list_of_dead_and_injured() -> None:
    # "N killed M others injured": the number after the verb is the injured, not the victims of N killers
    figs = find_casualties("Two children killed 5 others injured in shelling on a market.")
    assert [(f.kind, f.count.best if f.count else None) for f in figs] == [("killed", 2), ("injured", 5)]


def test_children_is_no_singular_headline_victim() -> None:
    killed = [f for f in find_casualties("Children killed in a blast near the school") if f.kind == "killed"]
    assert killed and all(f.count is None for f in killed), killed


def test_the_dead_retold_as_shot_is_no_injury(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead a trader in Garissa on Monday. Police said the trader was shot outside his shop in Garissa."
    reports = _code(coder, text)
    assert reports and reports[0].fatalities.best == 1 and reports[0].injured.best == 0, [
        (r.fatalities.best, r.injured.best) for r in reports
    ]


def test_a_wounded_person_told_later_still_joins_the_death(coder) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen shot dead a trader in Garissa on Monday. A woman was wounded outside the shop in Garissa."
    reports = _code(coder, text)
    assert reports and reports[0].fatalities.best == 1 and reports[0].injured.best == 1


def test_slain_before_its_noun_is_who_someone_was() -> None:
    assert not [f for f in find_casualties("An ally of the slain cleric was wounded by youths.") if f.kind == "killed"]
    killed = [f for f in find_casualties("Three herders were slain in the raid.") if f.kind == "killed"]
    assert [f.count.best for f in killed if f.count] == [3]


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Gunmen killed the chief and his wife in their home.", 2),
        # the second person is the subject of a clause of their own
        ("Gunmen killed the chief and his wife was wounded.", 1),
    ],
)
def test_a_singular_object_and_his_companion(text: str, n: int) -> None:
    killed = [f for f in find_casualties(text) if f.kind == "killed"]
    assert [f.count.best for f in killed if f.count] == [n], killed


def test_who_was_left_shot_dead(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, "A police raid left the brother of a shopkeeper shot dead in Nakuru.")
    assert reports and reports[0].fatalities.best == 1 and not reports[0].fatalities.imputed


@pytest.mark.parametrize(
    "text",
    [
        # whoever "died" is someone, whatever the noun
        "A visiting bishop died after being hit by a car during clashes in Nakuru.",
        # "the head of" a place or body is one person
        "Gunmen killed the head of a village in Kwale district on Tuesday night.",
    ],
)
def test_one_person_the_parse_names(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, text)
    assert reports and reports[0].fatalities.best == 1 and not reports[0].fatalities.imputed, [
        (r.sub_event_type, r.fatalities) for r in reports
    ]


def test_an_including_list_ends_before_the_wounded() -> None:
    text = "A car bomb at a roadblock killed 21 people, among them eight police officers, and wounded 47 others."
    figs = find_casualties(text)
    killed = [f for f in figs if f.kind == "killed" and f.part_of is None]
    injured = [f for f in figs if f.kind == "injured"]
    assert [f.count.best for f in killed if f.count] == [21]
    assert [f.count.best for f in injured if f.count] == [47]


@pytest.mark.parametrize(
    ("text", "hurt"),
    [
        ("The activist was shot dead in his office in Quetta. His assistant and a visitor were seriously wounded in the attack.", 2),
        ("A town's deputy mayor died and his brother was wounded in an explosion in Baalbek.", 1),
    ],
)
def test_the_wounded_the_parse_numbers(coder, text: str, hurt: int) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, text)
    assert reports and reports[0].injured.best == hurt, [(r.fatalities.best, r.injured.best) for r in reports]


def test_one_person_is_no_running_total() -> None:
    # the war is what the victim was known for, not a campaign toll
    text = "Police are searching after an elder known for his role in the war against cattle raiders was gunned down."
    killed = [f for f in find_casualties(text) if f.kind == "killed"]
    assert killed and not any(f.aggregate for f in killed) and killed[0].count is not None and killed[0].count.best == 1
    total = [f for f in find_casualties("The conflict that has killed 12 people shows no sign of ending.") if f.kind == "killed"]
    assert total and all(f.aggregate for f in total)


@pytest.mark.parametrize(
    ("sentences", "total"),
    [
        # another outlet's count of the same dead conflicts with the first: the lower one stands
        (("At least four herders were killed in the raid on Tuesday.", "The Daily Courier reports six dead."), 4),
        (("Two guards died in the ambush.", "Residents said that five people were killed."), 2),
        (("Three traders were killed in the market fire.", "Five people died, according to the county office."), 3),
        # a newer count is an update, not a conflict
        (("Four people were killed in the raid.", "Police said the toll later rose to seven."), 7),
        # an untold source keeps the fuller count, as before
        (("Four people were killed in the raid.", "Seven people died in all."), 7),
        # the first count may itself be the source's: nothing earlier to conflict with
        (("The Daily Courier reports six dead in the raid.",), 6),
    ],
)
def test_conflicting_sources_keep_the_conservative_count(sentences: tuple[str, ...], total: int) -> None:
    assert killed_total(*sentences) == total


def test_a_figure_per_side_counts_both_sides() -> None:
    assert killed_total("Herders and rangers clashed at the well. One person from each side was killed.") == 2
    assert killed_total("Two fighters on each side died in the gun battle.") == 4
    # the whole fight's toll is not per side
    assert killed_total("Three people were killed on both sides of the river.") == 3
    assert killed_total("Two smugglers were killed on each side of the border.") == 2


@pytest.mark.parametrize(
    ("text", "total"),
    [
        ("A clerk was killed by unidentified gunmen with his wife and daughter in the town.", 3),
        ("A teacher was killed along with his wife and son.", 3),
        # a possessive is the companion's thing, not a companion
        ("The chief was shot dead with his brother's rifle.", 1),
        ("A farmer was hacked to death with his own machete.", 1),
    ],
)
def test_companions_killed_with_the_victim(text: str, total: int) -> None:
    assert killed_total(text) == total


@pytest.mark.parametrize(
    ("sentences", "total"),
    [
        # a vague count or a part of the dead is no competing count
        (("Forty people were killed in the shelling.", "A local council said dozens of people had died."), 40),
        (("Twenty people were killed in the shelling.", "Medics said that four of the dead were children."), 20),
    ],
)
def test_vague_or_partial_counts_are_no_conflict(sentences: tuple[str, ...], total: int) -> None:
    assert killed_total(*sentences) == total


def test_a_vague_count_from_another_source_does_not_raise_the_toll() -> None:
    assert killed_total("Three guards were killed at the gate.", "Another outlet reported tens of fatalities.") == 3


# --------------------------------------------------------------------------------------
# round 8: role words, paired objects, things that look like people, causes of unrest
# --------------------------------------------------------------------------------------


def test_a_note_names_one_victim_by_a_role_word() -> None:
    # "reservist", "herdsboy": one person, told without an article
    assert [(k, n) for k, n, _ in figs("Gunmen kill police reservist near the camp")] == [("killed", 1)]
    assert [(k, n) for k, n, _ in figs("Bandits shot dead a herdsboy near the river")] == [("killed", 1)]
    # a plural victim with no number stays unnumbered (the parse may count it)
    assert figs("Gunmen kill police reservists near the camp") == []


def test_a_singular_object_joined_by_his_is_two_people() -> None:
    assert killed_total("Two attackers hacked to death a ward officer and his driver in their office.") == 2
    assert killed_total("Attackers shot dead a farmer and his son at the gate.") == 2


def test_a_person_word_modifying_a_thing_is_no_person() -> None:
    # "a passenger bus" is a vehicle: the numbered guards are the dead, read from the parse
    assert killed_total("Six guards escorting a passenger bus have been killed.") == 0
    assert ("killed", None) in [(k, n) for k, n, _ in figs("Six guards escorting a passenger bus have been killed.")]
    assert killed_total("A bus driver was killed at the stage.") == 1


@pytest.mark.parametrize(
    "text",
    [
        "Riots after trader killed by unknown gunmen in the market",
        "Protests following the murder of a councillor in the town",
        "Residents marched against extra-judicial killings by the police.",
        "Students rallied against police killings in the capital.",
    ],
)
def test_a_death_named_as_the_cause_of_unrest_is_no_toll(text: str) -> None:
    assert [f for f in find_casualties(text) if f.kind == "killed"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Two village elders narrowly escape death after gunmen opened fire on them.",
        "Three traders escaped death narrowly when their car was ambushed.",
        "The chief escaped being killed by the mob.",
    ],
)
def test_escaping_death_is_no_death(text: str) -> None:
    assert [f for f in find_casualties(text) if f.kind == "killed"] == []


def test_a_number_of_another_verb_is_not_counted_with_the_dead() -> None:
    # "15 captured and 1 killed": the captured are not dead
    assert killed_total("12 captured and 2 killed by the army during the raid") == 2
    assert killed_total("9 abducted and 3 killed in the attack on the village") == 3
    # a participle that names people still counts ("12 armed men")
    assert killed_total("12 armed men were killed in the raid") == 12


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # coordinated verbs share their subject: the numbered subject of the first is who died
        ("Two herders were caught in the crossfire near Garsen and died in hospital.", 2),
        ("Three herders were attacked by raiders near Garsen and died in hospital.", 3),
    ],
)
def test_who_died_after_a_first_verb(coder, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    events = coder.code(Article.from_text(text)).events
    assert events and events[0].fatalities.best == fatalities
    assert not events[0].fatalities.imputed


@pytest.mark.parametrize(
    ("text", "coded"),
    [
        ("A thief was beaten by a crowd at the market. No fatalities reported, as police intervened.", 0),
        ("Gunmen fired at a police post overnight. No deaths were recorded.", 0),
        # not a sentence of its own, or told of one part only: no statement of the toll
        ("Two were killed in the first blast. In the second blast no fatalities were reported.", None),
        ("Police said no deaths were reported in the town.", None),
    ],
)
def test_a_note_stating_no_fatalities(text: str, coded: int | None) -> None:
    assert coded_fatalities(text) == coded


@pytest.mark.parametrize(
    ("phrase", "best", "high"),
    [("no more than 18", 18, 18), ("not more than 3", 3, 3)],
)
def test_an_upper_bound_is_no_zero(phrase: str, best: int, high: int) -> None:
    c = parse_count(phrase)
    assert c is not None and (c.best, c.high) == (best, high)


def test_a_number_of_collectives_is_no_toll() -> None:
    # the numbered groups are not the dead; the death itself is still told (unnumbered)
    assert figs("Eight persons believed to be members of two rival gangs' factions have been killed.")[0][1] != 2
    assert killed_total("Youths from two rival clans have been killed in the fight.") == 0
    assert killed_total("Fighting between two clans killed 12 people.") == 12


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # "to death" verbs tell a death whose victims the parse counts
        ("A village elder and his son were hacked to death by raiders in Tana River.", 2),
        # a passive reporting verb carries the victims of the verb under it
        ("About 12 traders were said to have been shot dead by bandits at the market in Wajir.", 12),
    ],
)
def test_victims_counted_through_the_parse(coder, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    events = coder.code(Article.from_text(text)).events
    assert events and events[0].fatalities.best == fatalities


def test_a_named_victim_hacked_to_death_is_one() -> None:
    assert [(k, n) for k, n, _ in figs("Ali Hassan, a shopkeeper, was hacked to death in his shop at night.")] == [("killed", 1)]


def test_a_breakdown_after_the_total_is_not_added(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    text = "Five people, two teachers and three pupils, were confirmed killed after gunmen attacked a school bus in Mandera."
    events = coder.code(Article.from_text(text)).events
    assert events and events[0].fatalities.best == 5


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        # the press's "feared killed" hedges a reported toll: coders count it
        ("About 14 farmers have been feared killed in Kuru village by armed herders.", 14),
        ("Nine fishermen were feared killed by bandits on the lake shore on Sunday.", 9),
    ],
)
def test_a_feared_toll_is_a_hedged_report(coder, text: str, fatalities: int) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    events = coder.code(Article.from_text(text)).events
    assert events and events[0].fatalities.best == fatalities and events[0].modality == "hedged"


def test_a_toll_feared_in_an_attack_keeps_the_attack(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    # the parse hangs "in the raid" on "feared", not on "dead": the raid is still told as fact
    events = coder.code(Article.from_text("Seven herders are feared dead in the night raid by bandits on Sunday.")).events
    assert events and events[0].fatalities.best == 7


def test_a_feared_attack_is_still_no_report(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    text = "Villagers in Kuru said they feared being killed by armed herders if the soldiers leave."
    assert not coder.code(Article.from_text(text)).events


@pytest.mark.parametrize(
    "text",
    [
        # the death the crowd protests, told inside its cause ...
        "Boda boda riders held a violent demonstration in Bungoma to protest the death of a colleague. "
        "The rider had been hit by a police lorry and died on the spot.",
        # ... or told again after the crowd's own deeds
        "Students of a college in Nyeri blocked the highway with stones, protesting over the killing of a classmate. "
        "The students engaged the police in running battles. Their classmate was found dead near the gate.",
    ],
)
def test_a_protested_death_is_no_toll_of_the_crowd(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    events = coder.code(Article.from_text(text)).events
    assert events and all(e.fatalities.best == 0 for e in events)


def test_a_crowd_met_with_force_keeps_its_toll(coder) -> None:  # type: ignore[no-untyped-def]
    from dateline.record import Article

    text = (
        "Boda boda riders held a violent demonstration in Bungoma to protest the death of a colleague. "
        "Police fired live bullets at the protesters, killing two of them."
    )
    events = coder.code(Article.from_text(text)).events
    assert any(e.fatalities.best == 2 for e in events)


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        # dictionary synonyms and forms of the verbs of killing
        ("Three herders were decapitated by raiders near Baragoi.", 3),
        ("Eleven soldiers were KIA in the ambush near the border.", 11),
        ("The militia executes 6 teachers in the forest.", 6),
    ],
)
def test_killing_words(text: str, killed: int) -> None:
    assert killed_total(text) == killed


# --------------------------------------------------------------------------------------
# round 9: person words, running totals, glossed acronyms, harm runs, a side's claimed toll
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "total"),
    [
        (("One guard died on Monday.", "By Friday the death total had been raised from 1 to 3."), 3),
        (("Medics counted five dead.", "The body count now stands at 8."), 8),
    ],
)
def test_a_raised_death_total_supersedes(sentences: tuple[str, ...], total: int) -> None:
    assert killed_total(*sentences) == total


def test_a_glossed_acronym_stays_inside_the_noun_phrase() -> None:
    assert killed_total("Three Kenya Wildlife Service (KWS) rangers were killed by poachers.") == 3


@pytest.mark.parametrize("noun", ["shopkeeper", "merchant", "hawker", "tourist", "pastor", "engineer", "butcher"])
def test_one_person_named_by_trade_is_one_death_not_an_imputed_toll(noun: str) -> None:
    # without the noun, "shot dead a shopkeeper" fell back to a death with no number (imputed 3)
    assert killed_total(f"Gunmen shot dead a {noun} in the market on Monday.") == 1


def test_a_run_of_harms_ending_in_a_killing_counts_its_subject() -> None:
    assert killed_total("Two traders were robbed, hacked and beheaded on the road to Marsabit.") == 2
    assert killed_total("Five guards were abducted, tortured, and killed.") == 5


@pytest.mark.parametrize(
    ("sentences", "total"),
    [
        # a side's claim of its own kills never raises the toll another source gives ...
        (("Officials said four soldiers died.", "The rebels claimed to have killed 40 soldiers."), 4),
        (("The insurgents claimed that they had killed 25 policemen.", "Police said 6 officers were killed."), 6),
        # ... and stands when it is all the text gives
        (("The insurgents claimed they had killed 25 policemen.",), 25),
    ],
)
def test_a_sides_claimed_toll_is_a_claim(sentences: tuple[str, ...], total: int) -> None:
    assert killed_total(*sentences) == total


def test_a_later_report_of_the_incident_takes_the_toll_told_before_it(coder) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from dateline.record import Article

    text = (
        "Fourteen fighters died in clashes between two militias in Wajir on Monday. "
        "Two civilians caught in the crossfire were injured."
    )
    events = coder.code(Article.from_text(text, published=date(2019, 5, 3))).events
    assert len(events) >= 2 and all(e.fatalities.best == 14 for e in events)


# --- a span of days told by its length (issue 3, item 4) -------------------------------------
# 6 March 2021, the publication day _code uses, is a Saturday.


def _days_and_tolls(coder, text: str) -> list[tuple[str, int]]:  # type: ignore[no-untyped-def]
    return [(str(e.date.best) if e.date else "", e.fatalities.best or 0) for e in _code(coder, text)]


def test_a_toll_over_days_told_by_their_number_is_one_report_a_day_with_the_toll_divided(coder) -> None:  # type: ignore[no-untyped-def]
    events = _code(coder, "Twelve people were killed in two days of clashes between herders near Baringo.")
    assert [(str(e.date.best), e.fatalities.best) for e in events if e.date] == [("2021-03-05", 6), ("2021-03-06", 6)]
    assert len({e.report_id for e in events}) == 2
    assert all("divided evenly" in (e.fatalities.text or "") for e in events)


def test_a_remainder_goes_one_each_to_the_first_days(coder) -> None:  # type: ignore[no-untyped-def]
    got = _days_and_tolls(coder, "Police and rioters fought over three days in Kisumu, leaving seven dead.")
    assert got == [("2021-03-04", 3), ("2021-03-05", 2), ("2021-03-06", 2)]


def test_a_protest_held_for_days_is_a_protest_each_day(coder) -> None:  # type: ignore[no-untyped-def]
    got = _days_and_tolls(coder, "Students protested for two days in Nyeri over fees.")
    assert [d for d, _ in got] == ["2021-03-05", "2021-03-06"]


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Nyeri protested against a two-day water shortage.",  # the length is the shortage's
        "Herders attacked a village near Baringo on Friday, the second attack in two days.",  # a count of attacks
        "Gunmen killed two farmers near Baringo. Two days later, police arrested three suspects.",
        "Rioters burned tyres in Kisumu on the second of three days of unrest.",  # one day of the span
        "Two days of clashes took place on 3 and 4 March in Narok between herders, leaving two dead.",  # days named
    ],
)
def test_a_length_that_is_not_the_events_span_splits_nothing(coder, text: str) -> None:  # type: ignore[no-untyped-def]
    dates = [d for d, _ in _days_and_tolls(coder, text)]
    assert dates and len(set(dates)) == len(dates), dates
    assert "2021-03-02" not in dates and "2021-03-01" not in dates


def test_a_toll_told_after_the_span_stays_with_the_reports_own_day(coder) -> None:  # type: ignore[no-untyped-def]
    got = _days_and_tolls(coder, "Herders clashed over three days near Baringo. Two more fighters were killed.")
    assert got == [("2021-03-04", 0), ("2021-03-05", 0), ("2021-03-06", 2)]


def test_a_notes_fatalities_field_is_its_own_days_count_not_divided(coder) -> None:  # type: ignore[no-untyped-def]
    # an ACLED-style note's upper-case field is the count its coder gave the note's own day
    got = _days_and_tolls(coder, "Youths fought a rival gang near Molo. FATALITIES: 9 people were killed over two days of fighting.")
    assert ("2021-03-05", 0) in got and ("2021-03-06", 9) in got
    assert all(t in (0, 9) for _, t in got), got  # never divided into 5 and 4


def test_a_figure_goes_to_the_day_its_ordinal_names() -> None:
    from dateline.extract.durations import day_by_ordinal

    assert day_by_ordinal(" was reported the first day, two the second.", 2) == 0
    assert day_by_ordinal(" the second.", 2) == 1
    assert day_by_ordinal(" on the last day of the raid", 3) == 2
    assert day_by_ordinal(" on the third day", 2) is None
    assert day_by_ordinal(" in the village, police said.", 2) is None


def test_a_shared_toll_is_divided_as_evenly_as_it_can_be() -> None:
    from dateline.extract.splitting import share
    from dateline.record import Fatalities

    toll = Fatalities(best=5, low=5, high=8)
    parts = [share(toll, 3, i, "days") for i in range(3)]
    assert [p.best for p in parts] == [2, 2, 1]
    assert sum(p.best or 0 for p in parts) == 5 and sum(p.high or 0 for p in parts) == 8


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Three herders were shot, one fatally, by bandits near the river.", [("injured", 2), ("killed", 1)]),
        ("Five people were shot in the market, two of them fatally.", [("injured", 3), ("killed", 2)]),
        ("Two guards were shot (one fatally) at the gate.", [("injured", 1), ("killed", 1)]),
        ("Bandits shot three herders, one fatally.", [("injured", 2), ("killed", 1)]),
        # shot without a word of death stays a wound
        ("Four people were shot in the town square.", [("injured", 4)]),
    ],
)
def test_shot_is_a_wound_unless_the_text_says_fatally(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Raiders killed five villagers (later revised to three) near the well.", 3),
        ("Raiders killed five [corrected: four] villagers near the well.", 4),
        ("The blast killed 12 people (toll revised up to 15).", 15),
        # a figure told earlier in brackets is not a correction of the one before it
        ("Raiders killed three villagers (earlier reported as five) near the well.", 3),
        ("Police killed two men (one a teacher) in the raid.", 2),
        # a later finding is a correction too
        ("A landmine exploded near Mandera, killing a group of four (later confirmed to be six) soldiers.", 6),
        ("Raiders killed five villagers (later found to be three) near the well.", 3),
        ("Raiders killed five villagers (confirmed by police) near the well.", 5),
        # "a group of N" is N
        ("A landmine exploded near Mandera, killing a group of four soldiers.", 4),
    ],
)
def test_a_figure_corrected_in_brackets_takes_the_correction(text: str, killed: int) -> None:
    figures = [f for f in find_casualties(text) if f.kind == "killed" and f.part_of is None]
    assert combine_figures(figures)[1] == killed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Youths rioted in the market. 3 killed (coded separately).", None),
        ("Rival gangs fought near the river - police intervened killing 5 (coded seperately).", None),
        ("Rival gangs fought near the river (fatalities - recorded separately).", None),
        # only the figure right before the remark is another event's
        ("4 police killed (and 2 civilians - coded separately) by raiders near the border.", 4),
        ("Bandits kill 6 during a cattle raid (coded separately) in the hills.", 6),
    ],
)
def test_a_figure_a_note_says_is_coded_separately_is_not_this_events(text: str, killed: int | None) -> None:
    figures = [f for f in find_casualties(text) if f.kind == "killed" and f.part_of is None]
    assert (combine_figures(figures)[1] if figures else None) == killed, figures


# --------------------------------------------------------------------------------------
# round 11: headline passives, other sources' counts, active shootings
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # a headline's reduced passive read as active: killed "dead" with no object
        ("Kenyan police reservist shot dead while patrolling a market in Wajir.", 1),
        # who was found so
        ("Man found killed, his hands tied, in a maize farm near Bungoma.", 1),
        # a second participle the parser tags as a past tense, after a passive first verb
        ("Two elderly women were dragged from their home and hacked to death in a village near Kisii.", 2),
        # "the killing" points back to the death just told, it is not one more
        ("Kenyan police reservist shot dead in Wajir. Residents blamed bandits for the killing.", 1),
        # another source's count is no count of the report's own: the parse still numbers it
        ("Kenyan police reservist shot dead while patrolling a market in Wajir. Another report gives two deaths.", 1),
    ],
)
def test_headline_victims_the_parse_numbers_are_not_imputed(coder, text: str, toll: int) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, text)
    assert reports and reports[0].fatalities.best == toll and not reports[0].fatalities.imputed, [
        (r.sub_event_type, r.fatalities) for r in reports
    ]


def test_a_plural_subject_without_a_number_shot_dead_stays_imputed(coder) -> None:  # type: ignore[no-untyped-def]
    reports = _code(coder, "Herders shot dead near a water point in Isiolo.")
    assert reports and reports[0].fatalities.imputed


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Gunmen raided a village near Wajir and killed nine herders. Conflicting reports hold 14 deaths.", 9),
        (
            "Militants stormed the camp and two police officers were killed. "
            "A different report by a local radio station gives four police deaths.",
            2,
        ),
        # a newer count of the same source is no conflict
        ("Gunmen killed nine herders near Wajir. The toll later rose to 14 deaths.", 14),
    ],
)
def test_a_conflicting_reports_count_keeps_the_lower(text: str, killed: int) -> None:
    figures = [f for f in find_casualties(text) if f.kind == "killed" and f.part_of is None and f.count is not None]
    assert combine_figures(figures)[1] == killed, figures


def test_a_person_and_her_child_of_some_age_are_two() -> None:
    figures = [f for f in find_casualties("Raiders killed a young farmer and her five-year old son near Tot.") if f.count]
    assert [(f.kind, f.count.best) for f in figures if f.count is not None] == [("killed", 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police shot four protesters in Kisumu.", [("injured", 4)]),
        ("Police opened fire on the crowd in Kisumu, shooting three people.", [("injured", 3)]),
        # a killing, or no hit at all, is no wound
        ("Police shot dead four protesters in Kisumu.", [("killed", 4)]),
        ("Police shot four protesters dead in Kisumu.", [("killed", 4)]),
        ("Soldiers shot at two suspects near the border.", []),
        ("Guards shot two rounds into the air.", []),
    ],
)
def test_an_active_shooting_of_people_is_a_wound(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.kind, f.count.best) for f in find_casualties(text) if f.count is not None] == expected


@pytest.mark.parametrize(
    ("text", "killed"),
    [
        ("Two traders were stabbed in Eldoret; one of them later succumbed.", 1),
        ("Robbers stabbed three guards at the depot, two of whom subsequently succumbed.", 2),
    ],
)
def test_those_who_succumbed_are_deaths(text: str, killed: int) -> None:
    figures = [f for f in find_casualties(text) if f.kind == "killed" and f.count is not None]
    assert figures and combine_figures(figures)[1] == killed, figures
