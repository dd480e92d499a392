"""Attribution: who says so. Finds 'according to X', 'X reported/said/told ...' and known outlets
and agencies (from the sources dictionary, so they are found even where the NER model misses
them), and builds the claim chain: cited source, then speaker.

Carry-over (paragraph level) is done by :func:`carry_over`: an attribution covers the other
sentences of its paragraph, and the following paragraphs that open with a quotation mark
(the quotation goes on).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from dateline.extract.aliases import AliasIndex, build
from dateline.extract.dictionary import Source, sources
from dateline.extract.modality import find_hedge
from dateline.nlp.model import doc_text, span_ents, span_text, token_indices

REPORTING_LEMMAS = {
    "say", "report", "tell", "claim", "announce", "state", "confirm", "add", "allege", "write", "quote",
    "cite", "note", "insist", "assert", "acknowledge", "declare", "publish", "post", "tweet", "accuse",
}
PRONOUNS = {"he", "she", "they", "it", "we", "i"}
# "the same site", "the agency": a source named before, spoken of again.
_ANAPHOR = re.compile(r"^(?:the\s+)?(?:same\s+)?(?:site|outlet|agency|news agency|source|newspaper|paper|channel|broadcaster|monitor|observatory|report|website)$", re.IGNORECASE)
GOVERNMENT_WORDS = ("ministry", "government", "minister", "president", "spokesman", "spokeswoman", "spokesperson", "governor", "official", "officials", "embassy", "kremlin", "pentagon")
MILITARY_WORDS = ("army", "military", "general staff", "command", "forces", "general", "colonel", "commander")
OPEN_QUOTES = ("\u201c", '"', "\u2018", "«")


@dataclass(frozen=True)
class Attribution:
    source: str
    kind: str
    chain: tuple[str, ...]  # cited source first, speaker last
    verb: str | None
    char_start: int
    char_end: int
    text: str
    hedge: str | None = None
    carried: bool = False


@dataclass
class SentenceAttribution:
    own: Attribution | None
    effective: Attribution | None = None
    cues: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _source_index() -> AliasIndex[Source]:
    # Short or all-caps names ("AP", "SANA") match case-sensitively.
    return build(((alias, src) for src in sources() for alias in src.aliases), lambda a: len(a) <= 4 or a.isupper())


def match_source(text: str) -> tuple[Source, int, int] | None:
    """The longest known source named in a piece of text, with its offsets."""
    best: tuple[Source, int, int] | None = None
    for start, end, _written, src in _source_index().matches(text):
        if best is None or end - start > best[2] - best[1]:
            best = (src, start, end)
    return best


def _phrase(tok: Token) -> Span:
    """The noun phrase a token heads, without trailing punctuation or relative clauses."""
    left = tok.left_edge.i
    right = tok.i
    for c in tok.rights:
        if c.dep_ in ("appos", "compound", "prep", "pobj", "nmod", "flat") and c.pos_ != "PUNCT":
            right = max(right, c.right_edge.i)
    doc = tok.doc
    while right > left and doc[right].is_punct:
        right -= 1
    return doc[left : right + 1]


def _describe(span: Span) -> tuple[str, str, tuple[str, ...]]:
    """(canonical source, kind, chain) for the phrase naming who says something."""
    # (texts cut from the doc's: Span.text rebuilds them from a Token per word)
    text = span_text(span)
    doc = span.doc
    # The whole subject phrase is searched for a known source ("the Russian news agency TASS").
    root = span.root
    known = match_source(span_text(doc[root.left_edge.i : root.right_edge.i + 1])) or match_source(text)
    ents = span_ents(span)
    persons = [e for e in ents if e.label_ == "PERSON"]
    if persons:
        person = persons[-1].text
        if known:
            return person, "person", (known[0].name, person)
        return person, "person", (person,)
    if known:
        return known[0].name, known[0].kind, (known[0].name,)
    low = text.lower()
    clean = re.sub(r"^(the|a|an)\s+", "", text.strip(), flags=re.IGNORECASE)
    if any(w in low for w in MILITARY_WORDS):
        return clean, "military", (clean,)
    if any(w in low for w in GOVERNMENT_WORDS):
        return clean, "government", (clean,)
    if any(e.label_ == "ORG" for e in ents):
        return clean, "other", (clean,)
    return clean, "other", (clean,)


# Every surface form of REPORTING_LEMMAS (and "according"), as a cheap test before the token walk:
# a sentence without one makes no attribution.
_REPORTING_FORMS = re.compile(
    r"\b(?:accord|sa(?:y|ys|id|ying)|t(?:ell|ells|old|elling)|wr(?:ite|ites|ote|itten|iting)|"
    r"(?:report|claim|confirm|insist|assert|post|tweet|add)(?:s|ed|ing)?|"
    r"(?:announc|stat|alleg|quot|cit|not|declar|acknowledg|accus)(?:e|es|ed|ing)|publish(?:es|ed|ing)?)",
    re.IGNORECASE,
)


# "protests in X following reported violence", "the alleged attack": a reporting word after a
# preposition or an article qualifies a noun; it reports nothing and its "subject" is no source
_ATTRIBUTIVE_BEFORE = {"following", "after", "over", "amid", "amidst", "despite", "against", "about", "the", "a", "an"}


def _is_reporting(lemma: str) -> bool:
    return lemma.lower() in REPORTING_LEMMAS


def _reporting_tokens(doc: Doc) -> list[int]:
    """Indices of the doc's tokens with a reporting lemma, found once per doc."""
    return token_indices(doc, "reporting", LEMMA, _is_reporting)


def _is_according(lower: str) -> bool:
    return lower == "according"


def find_attribution(sent: Span) -> Attribution | None:
    """The attribution a sentence makes itself, if any."""
    doc = sent.doc
    # the sentence's text cut once from the doc's (Span.text rebuilds it from every token)
    text = doc_text(doc)[sent.start_char : sent.end_char]
    if not _REPORTING_FORMS.search(text):
        return None
    hedge = find_hedge(text)
    according = token_indices(doc, "according", LOWER, _is_according) if "according" in text.lower() else []
    for i in according[bisect_left(according, sent.start) : bisect_left(according, sent.end)]:
        tok = doc[i]
        if tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
            objs = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if objs:
                span = _phrase(objs[0])
                name, kind, chain = _describe(span)
                return Attribution(name, kind, chain, "according to", span.start_char, span.end_char, span.text, hedge)
    reporting = _reporting_tokens(doc)
    for i in reporting[bisect_left(reporting, sent.start) : bisect_left(reporting, sent.end)]:
        tok = doc[i]
        if tok.pos_ != "VERB" or (i > sent.start and doc[i - 1].lower_ in _ATTRIBUTIVE_BEFORE):
            continue
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subj:
            continue
        # The parser sometimes splits "the news agency TASS" into two subjects: prefer a known source.
        s = next((c for c in subj if match_source(c.text)), subj[0])
        span = _phrase(s)
        if s.lower_ in PRONOUNS or _ANAPHOR.match(span.text.strip()):
            return Attribution("", "person", (), tok.text, span.start_char, span.end_char, span.text, hedge)
        if s.pos_ not in ("PROPN", "NOUN") and not match_source(span.text):
            continue
        name, kind, chain = _describe(span)
        return Attribution(name, kind, chain, tok.text, span.start_char, span.end_char, span.text, hedge)
    # A known outlet named with no parse link (the NER model often misses agency names).
    known = match_source(text)
    if known and bisect_left(reporting, sent.start) < bisect_left(reporting, sent.end):
        src, a, b = known
        return Attribution(src.name, src.kind, (src.name,), None, sent.start_char + a, sent.start_char + b, text[a:b], hedge)
    return None


def carry_over(paragraphs: list[list[Attribution | None]], paragraph_texts: list[str]) -> list[list[Attribution | None]]:
    """Spread attributions: within a paragraph to sentences without their own, and into following
    paragraphs that open with a quotation mark (a quotation continues). A pronoun speaker
    ("he said") takes the last named speaker."""
    out: list[list[Attribution | None]] = []
    last_named: Attribution | None = None
    previous_block: Attribution | None = None
    for sents, ptext in zip(paragraphs, paragraph_texts, strict=True):
        resolved: list[Attribution | None] = []
        for a in sents:
            if a is not None and not a.source and last_named is not None:
                a = Attribution(last_named.source, last_named.kind, last_named.chain, a.verb, a.char_start, a.char_end, a.text, a.hedge)
            elif a is not None and not a.source:
                a = None
            if a is not None:
                last_named = a
            resolved.append(a)
        own = next((a for a in resolved if a is not None), None)
        block = own
        if block is None and ptext.lstrip().startswith(OPEN_QUOTES) and previous_block is not None:
            block = previous_block
        filled = [
            a if a is not None else (_carried(block) if block is not None else None) for a in resolved
        ]
        out.append(filled)
        # A paragraph that opens with a quotation mark goes on quoting the last attributed source.
        previous_block = block
    return out


def _carried(a: Attribution) -> Attribution:
    return Attribution(a.source, a.kind, a.chain, a.verb, a.char_start, a.char_end, a.text, None, True)


def describe_speaker(tok: Token) -> tuple[str, str, tuple[str, ...]]:
    """(canonical source, kind, chain) for the noun phrase ``tok`` heads (a denier, a claimant)."""
    return _describe(_phrase(tok))
