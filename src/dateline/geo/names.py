"""Normalisation of place names into lookup keys.

News copy spells the same place many ways ("Deir ez-Zor", "Deir Ezzor", "Dayr az
Zawr", "Deir al-Zour"). The gazetteer indexes every known name under two keys and
the query side computes the same keys, so matching is a plain equality lookup:

* :func:`fold` is the shared first step: lowercase ASCII-ish text without accents,
  apostrophes or punctuation, single spaces.
* :func:`key` is the exact key: :func:`fold` minus Arabic-style article tokens
  ("al", "ez", "ash", ...), minus spaces.
* :func:`skeleton` is a looser consonant skeleton for fallback matching when the
  exact key finds nothing; it tolerates vowel and romanisation differences.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["ARTICLES", "fold", "key", "skeleton"]

#: Romanised Arabic definite-article forms, including sun-letter assimilations
#: ("ad-", "az-", "ash-", ...) and the vowel variants of other romanisation
#: schemes ("el-", "ez-", "ul-", "uz-"). "l" covers elided "'l-" as in "Abu'l-".
ARTICLES: frozenset[str] = frozenset(
    {
        "al", "el", "il", "ul", "l",
        "ad", "ed", "ud", "adh", "edh",
        "az", "ez", "uz",
        "as", "es", "us",
        "ash", "esh", "ush",
        "at", "et", "ut", "ath", "eth",
        "ar", "er", "ur",
        "an", "en", "un",
    }
)  # fmt: skip

# Letters that Unicode decomposition leaves alone but that readers treat as
# variants of a plain Latin letter; apostrophe-like marks (including the ʿayn and
# hamza signs of Arabic romanisation) are dropped so "Dar'a" and "Daraa" agree.
_TABLE = str.maketrans(
    {
        "ı": "i", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
        "đ": "d", "ð": "d", "þ": "th", "ə": "e", "ǝ": "e", "ɛ": "e",
        "ɔ": "o", "ħ": "h", "ŧ": "t", "ŋ": "ng", "ĸ": "k", "ȷ": "j",
        "ɨ": "i", "ʉ": "u", "ƒ": "f", "ɣ": "g", "ʃ": "sh", "ʒ": "zh",
        "'": None, "’": None, "‘": None, "`": None, "´": None, "ʿ": None,
        "ʾ": None, "ʻ": None, "ʼ": None, "ʹ": None, "ˈ": None, "′": None,
        "‛": None, "＇": None,
    }
)  # fmt: skip

# Everything that is not a letter or digit (hyphens, dots, underscores, brackets,
# commas...) separates words.
_NON_WORD = re.compile(r"[\W_]+")

# A token that starts with an article assimilated to a doubled sun letter and
# glued to the noun: "Ezzor" = "ez" + "Zor", "Arraqqa" = "ar" + "Raqqa".
_GLUED_ARTICLE = re.compile(r"^[aeiu]([tdrzsln])\1")

_VOWEL_LIKE = frozenset("aeiouyhw")


def _strip_marks(text: str) -> str:
    """Decompose compatibility forms and drop every combining mark."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.category(c).startswith("M"))


# pure string functions asked for the same names over and over by recognition and resolution
@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """Fold a place name to lowercase words without accents or punctuation.

    >>> fold("Dayr az Zawr")
    'dayr az zawr'
    >>> fold("Ḩamāh")
    'hamah'
    >>> fold("The Hague")
    'hague'
    """
    if name.isascii():
        text = name.lower().translate(_TABLE)
    else:
        # Marks are stripped before and after casefolding because casefolding can
        # itself produce decomposable letters (e.g. "İ" -> "i" + dot above).
        text = _strip_marks(_strip_marks(name).casefold()).translate(_TABLE)
    tokens = _NON_WORD.sub(" ", text).split()
    # A leading "the" is stripped repeatedly so fold() stays idempotent, but a
    # lone "the" is kept rather than folding a name to nothing.
    while len(tokens) > 1 and tokens[0] == "the":
        del tokens[0]
    return " ".join(tokens)


def _content_tokens(folded: str) -> list[str]:
    """Tokens of a folded name without article tokens.

    An article is only dropped when another token follows it: Arabic articles
    precede their noun, and this keeps "Long An" or a bare "Al" intact.
    """
    tokens = folded.split()
    last = len(tokens) - 1
    return [t for i, t in enumerate(tokens) if i == last or t not in ARTICLES]


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """The exact lookup key: folded, article tokens removed, no spaces.

    >>> key("Deir ez-Zor"), key("Deir ez Zor"), key("Deir al-Zour")
    ('deirzor', 'deirzor', 'deirzour')
    """
    return "".join(_content_tokens(fold(name)))


@lru_cache(maxsize=65536)
def deglued_key(name: str) -> str:
    """The exact key with glued Arabic articles split off non-initial words ("Deir Ezzor" ->
    "deirzor", the key of "Deir ez-Zor"); equal to :func:`key` when nothing is glued.

    >>> deglued_key("Deir Ezzor"), key("Deir ez-Zor")
    ('deirzor', 'deirzor')
    >>> deglued_key("Ennis")
    'ennis'
    """
    tokens = _content_tokens(fold(name))
    for i in range(1, len(tokens)):
        if len(tokens[i]) >= 4 and _GLUED_ARTICLE.match(tokens[i]):
            tokens[i] = tokens[i][2:]
    return "".join(tokens)


# Endings that romanise one Arabic ending (ta marbuta: Hasakah, Hasakeh, Hasaka).
_TA_MARBUTA = ("ah", "eh", "a")
# Letters a shadda can double in a romanised name (vowels and "h" of digraphs are not).
_CONSONANTS = frozenset("bcdfgjklmnpqrstvwxz")


def spelling_keys(name: str) -> list[str]:
    """Keys of common romanisation variants of ``name`` other than its own key: a doubled
    consonant written single (shadda: "Hassakeh"/"Hasakeh", "Raqqa"/"Raqa") and the ta marbuta
    ending written -ah, -eh or -a. Tighter than :func:`skeleton`: vowels inside the name stay."""
    k = key(name)
    if len(k) < 4:
        return []
    single = re.sub(r"(.)\1+", r"\1", k)
    out: list[str] = []
    for base in dict.fromkeys((k, single)):
        stem = next((base[: -len(e)] for e in _TA_MARBUTA if base.endswith(e) and len(base) - len(e) >= 3), None)
        forms = [base] + ([stem + e for e in _TA_MARBUTA] if stem is not None else [])
        out.extend(f for f in forms if f != k and f not in out)
    return out


def doubled_keys(name: str) -> list[str]:
    """Keys of ``name`` with one single consonant doubled ("Raqa" for "Raqqa"): the other
    direction of the shadda variant, which the index (names as written) cannot serve from the
    query's own key."""
    k = key(name)
    if len(k) < 4:
        return []
    return [k[: i + 1] + k[i:] for i in range(1, len(k)) if k[i] in _CONSONANTS and k[i - 1] != k[i] != k[i + 1 : i + 2]]


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """A loose consonant skeleton of a name for transliteration-tolerant matching.

    All of "Deir Ezzor", "Deir ez-Zor", "Dayr az Zawr", "Deir al-Zour" and
    "Der Ezzor" give ``'drzr'``. Short skeletons are very ambiguous, so callers
    should only match on them from about four characters up.
    """
    tokens = _content_tokens(fold(name))
    # Only non-initial tokens can carry a glued article: a place name starting
    # with "Ennis" or "Assam" is not an article construction.
    for i in range(1, len(tokens)):
        token = tokens[i]
        if len(token) >= 4 and _GLUED_ARTICLE.match(token):
            tokens[i] = token[2:]
    text = "".join(tokens)
    if not text:
        return ""
    # Romanisation variants of the same consonant share one letter.
    text = text.replace("ph", "f").replace("dj", "j").replace("ck", "k")
    text = text.replace("q", "k").replace("c", "k")
    # The first letter is kept (a leading vowel becomes a generic "a" so that
    # "Idlib" and "Edlib" agree); later vowels and the glides/breathings y, w, h
    # are where romanisations disagree most, so they are dropped.
    first = "a" if text[0] in "aeiou" else text[0]
    rest = "".join(c for c in text[1:] if c not in _VOWEL_LIKE)
    out = first + rest
    # Doubled consonants ("Raqqa"/"Raqa") are a spelling choice, not a distinction.
    return re.sub(r"(.)\1+", r"\1", out)
