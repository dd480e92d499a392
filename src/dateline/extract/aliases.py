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

    def matches(self, text: str) -> list[tuple[int, int, str, T]]:
        """Non-overlapping matches (start, end, as written, value); case-insensitive names first."""
        hit = self._seen.get(text)
        if hit is not None:
            return list(hit)
        out = [(m.start(), m.end(), m.group(0), self.folded[m.group(0).lower()]) for m in self.folded_re.finditer(text)]
        for m in self.exact_re.finditer(text):
            if all(m.end() <= s or m.start() >= e for s, e, _t, _v in out):
                out.append((m.start(), m.end(), m.group(0), self.exact[m.group(0)]))
        out.sort(key=lambda x: x[0])
        if len(self._seen) >= _CACHE_SIZE:
            self._seen.clear()
        self._seen[text] = out
        return list(out)


def build(entries: Iterable[tuple[str, T]], case_sensitive: Callable[[str], bool]) -> AliasIndex[T]:
    """An index over (alias, value) pairs; the first value given for an alias wins."""
    exact: dict[str, T] = {}
    folded: dict[str, T] = {}
    for alias, value in entries:
        if case_sensitive(alias):
            exact.setdefault(alias, value)
        else:
            folded.setdefault(alias.lower(), value)
    return AliasIndex(_alternation(list(exact), 0), _alternation(list(folded), re.IGNORECASE), exact, folded)


# A name fused to a participle of agency still names the actor ("a Taliban-planted mine",
# "an ISIS-claimed attack"); other hyphenated uses ("Hamas-run", "Taliban-held") qualify a
# place or an institution and do not.
_AGENCY = r"planted|laid|placed|led|claimed|fired|launched|triggered|linked|affiliated|allied|aligned"


def _alternation(names: list[str], flags: int) -> re.Pattern[str]:
    body = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or r"(?!x)x"
    return re.compile(rf"(?<![\w-])(?:{body})(?!\w)(?!-(?!(?:{_AGENCY})\b))", flags)
