"""The alias index: one regex trie over many names must find what a flat, longest-first
alternation of the same names finds."""

from __future__ import annotations

import random
import re

from dateline.extract.aliases import build

NAMES = ["Al", "Al Shabaab", "Al-Shabaab", "ANC", "ANC Youth League", "Alliance", "KDF", "Kenya Defence Forces", "Kenya"]


def test_the_longest_name_at_a_position_wins() -> None:
    idx = build(((n, n) for n in NAMES), lambda a: len(a) <= 4 and a.isupper())
    found = [m[3] for m in idx.matches("Al Shabaab and the ANC Youth League met the Kenya Defence Forces.")]
    assert found == ["Al Shabaab", "ANC Youth League", "Kenya Defence Forces"]
    # a longer name that fails the word boundary gives way to the shorter one ending earlier
    assert [m[3] for m in idx.matches("Al Shabaabs")] == ["Al"]
    # case-folded names match in any case; short all-caps names only as written
    assert [m[3] for m in idx.matches("KENYA DEFENCE FORCES and kdf")] == ["Kenya Defence Forces"]


def test_plural_and_hyphen_options_keep_their_meaning() -> None:
    glued = build(((n, n) for n in ["Madhesi"]), lambda a: False, glued_s=True)
    assert [m[2] for m in glued.matches("Madhesis marched.")] == ["Madhesi"]
    plain = build(((n, n) for n in ["BNP"]), lambda a: a.isupper())
    hyph = build(((n, n) for n in ["BNP"]), lambda a: a.isupper(), hyphened=True)
    assert plain.matches("a BNP-Jamaat rally") == []
    assert [m[2] for m in hyph.matches("a BNP-Jamaat rally")] == ["BNP"]
    # a name fused to a participle of agency still names the actor
    assert [m[2] for m in plain.matches("a BNP-led march")] == ["BNP"]


def test_the_trie_finds_what_a_flat_alternation_finds() -> None:
    rng = random.Random(5)
    letters = "ab -"
    names = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 5))).strip() or "a" for _ in range(60)})
    idx = build(((n, n) for n in names), lambda a: False)
    flat = re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?!\w)(?!-(?!(?:led)\b))",
        re.IGNORECASE,
    )
    checked = 0
    for _ in range(400):
        text = "".join(rng.choice(letters + "AB") for _ in range(rng.randint(1, 30)))
        want = [(m.start(), m.end(1), m.group(1)) for m in flat.finditer(text)]
        got = [(s, e, w) for s, e, w, _v in idx.matches(text)]
        assert got == want, text
        checked += bool(want)
    assert checked > 100  # the random texts do exercise the names
