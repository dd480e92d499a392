"""Many names, one regex: the alias tables of the actor and source dictionaries compiled into two
alternations each (case-sensitive for short or all-caps names, case-insensitive for the rest),
longest first so the longest name at a position wins. One pass over a text instead of one per
alias."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


# The same sentence is searched several times per article (actors, sources, each report).
_CACHE_SIZE = 4096


@dataclass(frozen=True)
class AliasIndex(Generic[T]):
    exact_re: re.Pattern[str]
    folded_re: re.Pattern[str]
    exact: dict[str, T]
    folded: dict[str, T]
    _seen: dict[str, list[tuple[int, int, str, T]]] = field(default_factory=dict, compare=False, repr=False)
    # ``folded_re`` without IGNORECASE, for ASCII text lower-cased (a third of the scan's time
    # saved: case-blind matching is slow); None when a name is not ASCII (its case folding
    # may reach ASCII letters: "K" the Kelvin sign, the long s)
    folded_low: re.Pattern[str] | None = field(default=None, compare=False, repr=False)

    def matches(self, text: str) -> list[tuple[int, int, str, T]]:
        """Non-overlapping matches (start, end, as written, value); case-insensitive names first."""
        hit = self._seen.get(text)
        if hit is not None:
            return list(hit)
        if self.folded_low is not None and text.isascii():
            # (ASCII lower-casing keeps every offset; the name as written is cut from the text)
            out = [(m.start(), m.end(1), text[m.start(1) : m.end(1)], self.folded[m.group(1)]) for m in self.folded_low.finditer(text.lower())]
        else:
            out = [(m.start(), m.end(1), m.group(1), self.folded[m.group(1).lower()]) for m in self.folded_re.finditer(text)]
        for m in self.exact_re.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e, _t, _v in out):
                out.append((m.start(), m.end(1), m.group(1), self.exact[m.group(1)]))
        out.sort(key=lambda x: x[0])
        if len(self._seen) >= _CACHE_SIZE:
            self._seen.clear()
        self._seen[text] = out
        return list(out)


def build(
    entries: Iterable[tuple[str, T]], case_sensitive: Callable[[str], bool], glued_s: bool = False, hyphened: bool = False
) -> AliasIndex[T]:
    """An index over (alias, value) pairs; the first value given for an alias wins. With
    ``glued_s`` a name also matches with an ``s`` fused to it: notes that drop apostrophes write
    possessives so ("Kibakis government"), and a people's name takes its plural so ("Madhesis").
    With ``hyphened`` a name also matches inside a hyphenated compound ("BNP-led", "BNP-Jamaat"):
    for names that only place a text, where who is meant does not matter."""
    exact: dict[str, T] = {}
    folded: dict[str, T] = {}
    for alias, value in entries:
        if case_sensitive(alias):
            exact.setdefault(alias, value)
        else:
            folded.setdefault(alias.lower(), value)
    return AliasIndex(
        _alternation(list(exact), 0, glued_s, hyphened),
        _alternation(list(folded), re.IGNORECASE, glued_s, hyphened),
        exact,
        folded,
        folded_low=_alternation(list(folded), 0, glued_s, hyphened) if all(map(_ascii_blind, "".join(folded))) else None,
    )


def _ascii_blind(ch: str) -> bool:
    """Does ``ch`` match the same ASCII letters with or without IGNORECASE? An ASCII letter does
    (in lower-cased text); so does "é", whose other case is no ASCII letter either; not the
    dotless i or the long s, which the engine folds to "i" and "s"."""
    return ch.isascii() or not (ch in "\u0131\u017f" or any(x.isascii() for x in ch.upper() + ch.lower()))


# A name fused to a participle of agency still names the actor ("a Taliban-planted mine",
# "an ISIS-claimed attack"); other hyphenated uses ("Hamas-run", "Taliban-held") qualify a
# place or an institution and do not.
_AGENCY = r"planted|laid|placed|led|claimed|fired|launched|triggered|linked|affiliated|allied|aligned"


_Node = dict[str, "_Node"]


def _trie(names: Iterable[str]) -> str:
    """The names as a regex trie: one branch per next character, so the engine tries only the
    names that share the text's prefix instead of every name at every position (the flat
    alternation was among the coder's costliest lines; 3-4 times slower on ACLED notes, same
    matches). Branches of a node differ in their first character, so at most one can match; a
    longer name is tried before the name that ends at the node, which keeps "longest name at a
    position wins"."""
    root: _Node = {}
    end = ""  # key of the end-of-name marker (no name contains an empty character)
    for name in names:
        node = root
        for ch in name:
            node = node.setdefault(ch, {})
        node[end] = {}

    def walk(node: _Node) -> str:
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch != end]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end in node else body

    return walk(root) if root else r"(?!x)x"


def _alternation(names: list[str], flags: int, glued_s: bool = False, hyphened: bool = False) -> re.Pattern[str]:
    body = _trie(names)
    # group 1 is the name as listed, whatever follows it
    tail = "s?" if glued_s else ""
    if hyphened:
        return re.compile(rf"(?<!\w)({body}){tail}(?!\w)", flags)
    return re.compile(rf"(?<![\w-])({body}){tail}(?!\w)(?!-(?!(?:{_AGENCY})\b))", flags)
