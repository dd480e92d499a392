"""The fast path: spend the costly parse (and NER) only where a report can be.

The coder reads a dependency parse and named entities only around event triggers and
attribution ("X said", "according to X"); elsewhere it needs sentences, POS tags and lemmas
(for toponyms and the country vote). So :class:`FastPipeline` runs, with the same model:

1. over all text: the tokenizer, ``tok2vec`` and ``tagger`` (cheap), and sentence boundaries from
   a rule sentencer that never lets a sentence cross a blank line;
2. only over *candidate* sentences, those holding a trigger word or a reporting verb (a regex
   built from :data:`dateline.extract.triggers.LEMMAS`, ``IRREGULAR`` and
   :data:`dateline.extract.attribution.REPORTING_LEMMAS`, inflected with the model's own
   lemmatizer tables so it cannot drift from them): the ``parser`` and ``ner``, run on
   sub-docs that read the full text's ``tok2vec`` output (``doc.tensor``) so their context is
   the article's, and written back into the one Doc;
3. over all text again: the ``attribute_ruler`` (a table-driven re-implementation with the same
   output as spaCy's, which is matcher-bound and costs as much as the parser) and the
   ``lemmatizer`` (rule mode asked once per distinct ORTH/POS/MORPH, the key of its own cache,
   instead of once per token).

The parser and NER are spaCy's own models and transition code, but their greedy decoding loop is
driven from Python (:mod:`dateline.nlp.transitions`): spaCy's compiled loop drops the GIL and its validity
checks take it back once per action per state per step, which cost about half of NER time;
the annotations are the same. Sub-docs are cut with the doc's arrays read once (:func:`sub_docs`).

The Doc handed to the coder is the article's own (``doc.text`` is the text, byte for byte);
non-candidate sentences have sentence starts, tags, POS and lemmas but no dependency arcs and,
unless ``ner_everywhere``, no entities.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice, pairwise
from typing import Any, ClassVar

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp.model import remember_text
from dateline.nlp.transitions import run_transitions

SENT_END_CHARS = frozenset(".!?\u2026")
CLOSERS = frozenset("\"'\u201d\u2019)]\u00bb")
# words that make a sentence a candidate besides trigger and reporting lemmas
EXTRA_CUES = ("according",)
# sub-docs per parser/NER batch (sentences are short; bigger batches keep the matrices full)
SUB_BATCH = 256


# --- candidate vocabulary --------------------------------------------------------------------
def _inflections(lemma: str, rules: Sequence[tuple[str, str]], exceptions: dict[str, set[str]]) -> set[str]:
    """Surface forms the lemmatizer would map to ``lemma``: its suffix rules run backwards,
    its exception table inverted, plus plain English endings. A superset only costs parse time;
    agent nouns ("fighters", "attackers") are left out: they lemmatize to themselves, never to
    the trigger lemma, and are among the commonest words of conflict reporting."""
    forms = {lemma, lemma + "s", lemma + "es", lemma + "ed", lemma + "d", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma[:-1] + "ing", lemma[:-1] + "ed"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma and lemma[-1] not in "aeiouyw":
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    for old, new in rules:
        if lemma.endswith(new) and (new or old):
            forms.add(lemma[: len(lemma) - len(new)] + old)
    forms |= exceptions.get(lemma, set())
    return {f for f in forms if f}


def candidate_lemmas() -> set[str]:
    """Trigger and reporting lemmas, taken from the extractors so they never drift."""
    from dateline.extract.attribution import REPORTING_LEMMAS
    from dateline.extract.triggers import LEMMAS

    return set(LEMMAS) | set(REPORTING_LEMMAS)


def _lemma_tables(nlp: Language) -> tuple[list[tuple[str, str]], dict[str, set[str]]]:
    rules: list[tuple[str, str]] = []
    exceptions: dict[str, set[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
        if lookups.has_table("lemma_rules"):
            for _pos, pairs in lookups.get_table("lemma_rules").items():
                rules.extend((str(a), str(b)) for a, b in pairs)
        if lookups.has_table("lemma_exc"):
            for _pos, table in lookups.get_table("lemma_exc").items():
                for form, lemmas in table.items():
                    for lem in lemmas:
                        exceptions.setdefault(str(lem), set()).add(str(form))
    return rules, exceptions


class CueWords:
    """Lower-case surface forms that make a sentence a candidate, as vocabulary ids:
    ``trigger`` (any word of a trigger lemma; kept when tagged NN*/VB*, as find_triggers needs
    NOUN/VERB/PROPN), ``pairs`` (two-word triggers: first word id -> forms of the second, kept
    whatever the tag), ``report`` (reporting verbs, kept when tagged VB*) and ``report_any``
    ("according", reporting nouns beside a known source)."""

    def __init__(self, nlp: Language) -> None:
        from dateline.extract.attribution import REPORTING_LEMMAS
        from dateline.extract.triggers import IRREGULAR, LEMMAS, MONTH_LIKE

        rules, exceptions = _lemma_tables(nlp)
        for form, lem in IRREGULAR.items():
            exceptions.setdefault(lem, set()).add(form)
        strings = nlp.vocab.strings

        def ids(words: set[str]) -> set[int]:
            return {strings.add(w.lower()) for w in words}

        trig: set[str] = set()
        pairs: dict[int, set[int]] = {}
        for lemma in LEMMAS:
            words = lemma.split()
            if len(words) == 1:
                trig |= _inflections(lemma, rules, exceptions)
            elif len(words) == 2:
                # find_triggers lemmatizes the first word too: "blew up", "switched sides" open "blow up", "switch side"
                for first in _inflections(words[0], rules, exceptions):
                    pairs.setdefault(strings.add(first), set()).update(ids(_inflections(words[1], rules, exceptions)))
            else:  # longer keys are never matched by find_triggers (it looks at two tokens)
                continue
        report: set[str] = set()
        for lemma in REPORTING_LEMMAS:
            report |= _inflections(lemma, rules, exceptions)
        self.trigger = np.array(sorted(ids(trig)), dtype=np.uint64)
        self.report = np.array(sorted(ids(report)), dtype=np.uint64)
        self.according = np.array(sorted(ids(set(EXTRA_CUES))), dtype=np.uint64)
        self.months = np.array(sorted(ids(set(MONTH_LIKE))), dtype=np.uint64)
        self.pairs = pairs
        self.strings = strings
        self.written: dict[int, bool] = {}  # lower-case id -> a word written for a trigger (see misspelt)
        self.pair_first = np.array(sorted(pairs), dtype=np.uint64)
        tags = [t for t in (nlp.get_pipe("tagger").labels if "tagger" in nlp.pipe_names else ())]  # type: ignore[attr-defined]
        self.noun_verb_tags = np.array(sorted(strings.add(t) for t in tags if t.startswith(("NN", "VB"))), dtype=np.uint64)
        self.verb_tags = np.array(sorted(strings.add(t) for t in tags if t.startswith("VB")), dtype=np.uint64)

    def mask(self, lower: np.ndarray, tag: np.ndarray, orth: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(strong, weak) boolean masks over tokens: strong cues decide alone; a weak one (a
        reporting word not tagged as a verb) only in a sentence that names a known source."""
        trig = np.isin(lower, self.trigger) & np.isin(tag, self.noun_verb_tags)
        if orth is not None:
            # "March", "May" written as a month (title case) are never triggers (see find_triggers)
            trig &= ~(np.isin(lower, self.months) & (orth != lower))
        rep_any = np.isin(lower, self.report)
        rep = rep_any & np.isin(tag, self.verb_tags)
        strong = trig | rep | np.isin(lower, self.according)
        if orth is not None:
            strong |= self.misspelt(lower, tag, orth, trig)
        firsts = np.nonzero(np.isin(lower[:-1], self.pair_first))[0]
        for i in firsts:
            if int(lower[i + 1]) in self.pairs[int(lower[i])]:
                strong[i] = strong[i + 1] = True
        return strong, rep_any & ~rep

    def misspelt(self, lower: np.ndarray, tag: np.ndarray, orth: np.ndarray, trig: np.ndarray) -> np.ndarray:
        """Tokens written in lower case, tagged NN*/VB*, that stand for a trigger word without
        being one of its forms ("demonstated", "vandalsed"; see triggers.written_for). Each
        distinct word is judged once and remembered."""
        from dateline.extract.triggers import written_for

        pick = ~trig & (orth == lower) & np.isin(tag, self.noun_verb_tags)
        if not pick.any():
            return pick
        memo = self.written
        bad = []
        for h in np.unique(lower[pick]).tolist():
            found = memo.get(h)
            if found is None:
                found = memo[h] = written_for(self.strings[h]) is not None
            if found:
                bad.append(h)
        return pick & np.isin(lower, np.array(bad, dtype=np.uint64)) if bad else np.zeros_like(pick)


# --- the attribute ruler, table-driven -----------------------------------------------------
class FastAttributeRuler:
    """Same output as spaCy's ``attribute_ruler`` for the patterns of this model (token
    attributes TAG/LOWER/DEP/IS_SPACE with equality, IN, NOT_IN and REGEX; one- and two-token
    patterns; later rules win), computed per distinct token signature instead of by the Matcher.
    Patterns outside that subset make :meth:`supported` false and the caller keeps spaCy's."""

    KEYS: ClassVar[dict[str, int]] = {"TAG": TAG, "LOWER": LOWER, "DEP": DEP, "IS_SPACE": IS_SPACE}
    OUT: ClassVar[tuple[int, ...]] = (POS, MORPH, LEMMA, TAG, DEP)

    def __init__(self, ruler: object) -> None:
        self.strings = ruler.vocab.strings  # type: ignore[attr-defined]
        self.ok = True
        self.single: list[tuple[int, list[tuple[int, tuple[str, Any]]], dict[int, int]]] = []
        self.multi: list[tuple[int, list[list[tuple[int, tuple[str, Any]]]], int, dict[int, int]]] = []
        attrs_list = ruler.attrs  # type: ignore[attr-defined]
        indices = ruler.indices  # type: ignore[attr-defined]
        for rule_id, spec in enumerate(ruler.patterns):  # type: ignore[attr-defined]
            attrs = {int(k): int(v) for k, v in attrs_list[rule_id].items() if k != "_"}
            if set(attrs) - set(self.OUT) or "_" in attrs_list[rule_id]:
                self.ok = False
            for pattern in spec["patterns"]:
                toks = [self._compile(t) for t in pattern]
                if len(toks) == 1 and indices[rule_id] in (0, -1):
                    self.single.append((rule_id, toks[0], attrs))
                else:
                    self.multi.append((rule_id, toks, indices[rule_id], attrs))
        self._memo: dict[tuple[int, int, int, int], tuple[tuple[int, dict[int, int]], ...]] = {}
        self._row_memo: dict[tuple[int, int, int, int], tuple[tuple[tuple[int, int], ...], tuple[tuple[int, dict[int, int]], ...], int]] = {}
        self._col_of = {a: i for i, a in enumerate(self.OUT)}
        self._max_width = max((len(toks) for _r, toks, _i, _a in self.multi), default=1)
        self._first_bits = sum(1 << (m * self._max_width) for m in range(len(self.multi)))
        self._lower_memo: dict[int, int] = {}
        self._lowers: set[int] = set()
        self._lower_res: list[re.Pattern[str]] = []
        for _rid, preds, _attrs in self.single:
            for attr, (op, arg) in preds:
                if attr != LOWER:
                    continue
                if op == "eq":
                    self._lowers.add(arg)
                elif op == "IN":
                    self._lowers |= arg
                elif op == "re":
                    self._lower_res.append(arg)
                else:  # NOT_IN on LOWER: every value matters
                    self._lower_res.append(re.compile(""))

    def supported(self) -> bool:
        return self.ok

    def _compile(self, spec: dict[str, object]) -> list[tuple[int, tuple[str, Any]]]:
        out: list[tuple[int, tuple[str, Any]]] = []
        for key, value in spec.items():
            if key not in self.KEYS or key.startswith("_"):
                self.ok = False
                continue
            out.append((self.KEYS[key], self._predicate(key, value)))
        return out

    def _predicate(self, key: str, value: object) -> tuple[str, Any]:
        if key == "IS_SPACE":
            return ("eq", int(bool(value)))
        if isinstance(value, str):
            return ("eq", self.strings.add(value) if value else 0)
        if isinstance(value, dict) and len(value) == 1:
            op, arg = next(iter(value.items()))
            if op in ("IN", "NOT_IN") and isinstance(arg, list):
                return (op, {self.strings.add(a) if a else 0 for a in arg})
            if op == "REGEX" and isinstance(arg, str):
                return ("re", re.compile(arg))
        self.ok = False
        return ("never", None)

    def _match(self, preds: list[tuple[int, tuple[str, Any]]], values: dict[int, int]) -> bool:
        for attr, (op, arg) in preds:
            v = values[attr]
            if op == "eq":
                if v != arg:
                    return False
            elif op == "IN":
                if v not in arg:
                    return False
            elif op == "NOT_IN":
                if v in arg:
                    return False
            elif op == "re":
                if not arg.search(self.strings[v] if v else ""):
                    return False
            else:
                return False
        return True

    def _lower_key(self, low: int) -> int:
        """LOWER as the single-token rules can see it: the value itself if some rule names it or
        one of its regexes matches it, else 0 (so signatures repeat and the memo works)."""
        key = self._lower_memo.get(low)
        if key is None:
            text = self.strings[low] if low else ""
            seen = low in self._lowers or any(r.search(text) for r in self._lower_res)
            key = self._lower_memo[low] = low if seen else 0
        return key

    def _rules_for(self, sig: tuple[int, int, int, int]) -> tuple[tuple[int, dict[int, int]], ...]:
        found = self._memo.get(sig)
        if found is None:
            values = {TAG: sig[0], LOWER: sig[1], DEP: sig[2], IS_SPACE: sig[3]}
            found = tuple((rid, attrs) for rid, preds, attrs in self.single if self._match(preds, values))
            self._memo[sig] = found
        return found

    def _token_info(self, row: tuple[int, int, int, int]) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, dict[int, int]], ...], int]:
        """For one (TAG, LOWER, DEP, IS_SPACE) row: the columns the single-token rules set (later
        rules win), those rules, and a bit per (multi-token rule, position) whose token pattern
        the row meets. Remembered per row: rows repeat, the rules never change."""
        info = self._row_memo.get(row)
        if info is None:
            tag, low, dep, space = row
            rules = self._rules_for((tag, self._lower_key(low), dep, space))
            final: dict[int, int] = {}
            for _rid, attrs in rules:
                for attr, value in attrs.items():
                    final[self._col_of[attr]] = value
            values = {TAG: tag, LOWER: low, DEP: dep, IS_SPACE: space}
            bits = 0
            for m, (_rid, toks, _index, _attrs) in enumerate(self.multi):
                for k, preds in enumerate(toks):
                    if self._match(preds, values):
                        bits |= 1 << (m * self._max_width + k)
            if len(self._row_memo) > 1_000_000:  # a bound for long-running servers
                self._row_memo.clear()
            info = self._row_memo[row] = (tuple(final.items()), rules, bits)
        return info

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        cols = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).T.tolist()
        memo = self._row_memo
        infos = [memo.get(row) or self._token_info(row) for row in zip(*cols, strict=True)]
        out = doc.to_array(list(self.OUT)).tolist()
        before = [list(r) for r in out] if self.multi else out
        changed = False
        for i, (final, _rules, _bits) in enumerate(infos):
            if final:
                changed = True
                row = out[i]
                for col, value in final:
                    row[col] = value
        if self.multi:
            # a token a multi-token rule hits gets all its rules re-applied in rule order
            first_bits = self._first_bits
            hits: dict[int, list[tuple[int, dict[int, int]]]] = {}
            for i in [i for i, info in enumerate(infos) if info[2] & first_bits]:
                for m, (rid, toks, index, attrs) in enumerate(self.multi):
                    width = len(toks)
                    if i + width > n:
                        continue
                    base = m * self._max_width
                    if all(infos[i + k][2] >> (base + k) & 1 for k in range(width)):
                        hits.setdefault(i + (index if index >= 0 else width + index), []).append((rid, attrs))
            for j, extra in hits.items():
                row = list(before[j])
                for _rid, attrs in sorted([*infos[j][1], *extra], key=lambda r: r[0]):
                    for attr, value in attrs.items():
                        row[self._col_of[attr]] = value
                out[j] = row
                changed = True
        if changed:
            doc.from_array(list(self.OUT), np.array(out, dtype=np.uint64))  # type: ignore[arg-type]
        return doc


# --- the lemmatizer, once per distinct token -----------------------------------------------------
def lemmatizer_by_signature_ok(lemmatizer: object) -> bool:
    """spaCy's rule lemmatizer caches by (ORTH, POS, MORPH): its lemma is a function of those
    three, so it can be asked once per distinct triple. Other modes keep spaCy's own loop."""
    return getattr(lemmatizer, "mode", None) == "rule" and hasattr(lemmatizer, "lemmatize")


_LEMMA_MEMO: dict[int, dict[tuple[int, int, int], int]] = {}  # id(lemmatizer) -> (ORTH, POS, MORPH) -> lemma id


def lemmatize_by_signature(lemmatizer: Any, doc: Doc) -> Doc:
    """Same lemmas as ``lemmatizer(doc)`` (rule mode): one Python call per (ORTH, POS, MORPH)
    never seen before (remembered across docs, as spaCy's own cache is) instead of one per
    token; tokens the attribute ruler already gave a lemma keep it unless the lemmatizer
    overwrites."""
    if not len(doc):
        return doc
    memo = _LEMMA_MEMO.setdefault(id(lemmatizer), {})
    strings = doc.vocab.strings
    rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()
    keep = not lemmatizer.overwrite
    out = []
    for i, (orth, pos, morph, lemma) in enumerate(rows):
        if keep and lemma:
            out.append(lemma)
            continue
        key = (orth, pos, morph)
        found = memo.get(key)
        if found is None:
            found = memo[key] = strings.add(lemmatizer.lemmatize(doc[i])[0])
        out.append(found)
    doc.from_array([LEMMA], np.array(out, dtype=np.uint64).reshape(-1, 1))  # type: ignore[arg-type]
    return doc


# --- sentences and candidates ------------------------------------------------------------------
# What the sentence rule needs to know of one token form; a pure function of the string, so it is
# computed once per distinct ORTH id and remembered across docs (ids are string hashes).
_PARA, _FINAL, _SKIP_AFTER_FINAL, _SOFT_SPACE, _SPACE, _LOWER_START = 1, 2, 4, 8, 16, 32
_ORTH_FLAGS: dict[int, int] = {}


def _orth_flags(text: str) -> int:
    flags = 0
    space = text.isspace()
    if space:
        flags |= _SPACE | (_PARA if text.count("\n") >= 2 else _SOFT_SPACE)
    elif text and text[-1] in SENT_END_CHARS and (len(text) == 1 or text in ("...", "?!", "!!")):
        flags |= _FINAL
    if text in CLOSERS or text in SENT_END_CHARS:
        flags |= _SKIP_AFTER_FINAL
    if text[:1].islower():
        flags |= _LOWER_START
    return flags


def token_flags(doc: Doc) -> list[int]:
    """Per token, the bit flags above, read from the ORTH array (no Python Token objects)."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    memo = _ORTH_FLAGS
    out = []
    for h in doc.to_array([ORTH]).tolist():
        f = memo.get(h)
        if f is None:
            f = memo[h] = _orth_flags(strings[h])
        out.append(f)
    return out


def rule_sentence_starts(doc: Doc, flags: list[int] | None = None) -> list[int]:
    """Token indices where a sentence starts: after a blank line (always) and after sentence-final
    punctuation (with closing quotes/brackets) when the next word does not start in lower case."""
    n = len(doc)
    if not n:
        return []
    fl = token_flags(doc) if flags is None else flags
    starts = [0]
    resume = 0  # tokens before this were read as part of an earlier sentence end
    for i, f in enumerate(fl):
        if i < resume or not f & (_PARA | _FINAL):
            continue
        if f & _PARA:
            if i + 1 < n:
                starts.append(i + 1)
            continue
        j = i + 1
        while j < n and fl[j] & _SKIP_AFTER_FINAL:
            j += 1
        while j < n and fl[j] & _SOFT_SPACE:
            j += 1
        if j < n and not fl[j] & (_SPACE | _LOWER_START):
            starts.append(j)
        resume = j
    return sorted(set(starts))


def sub_docs(doc: Doc, ranges: list[tuple[int, int]]) -> list[Doc]:
    """``doc[a:b].as_doc()`` for each range of a doc not yet parsed nor entity-tagged (so there
    are no arcs or entities to cut), with the doc's arrays and words read once instead of once
    per span and no Python Token per word."""
    if not ranges:
        return []
    head: list[int | str] = list(doc._get_array_attrs())
    arr = doc.to_array(head)
    strings = doc.vocab.strings
    cols = doc.to_array([ORTH, SPACY]).tolist()
    words = [strings[o] for o, _sp in cols]
    spaces = [bool(sp) for _o, sp in cols]
    out = []
    for a, b in ranges:
        sub = Doc(doc.vocab, words=words[a:b], spaces=spaces[a:b])
        sub.from_array(head, arr[a:b])  # type: ignore[arg-type]
        sub.tensor = doc.tensor[a:b]
        out.append(sub)
    return out


class FastPipeline:
    """``pipe(texts)`` -> Docs annotated as described in the module docstring."""

    def __init__(self, nlp: Language, *, ner_everywhere: bool = False) -> None:
        self.nlp = nlp
        self.ner_everywhere = ner_everywhere
        self.cues = cue_words(nlp)
        names = nlp.pipe_names
        self.t2v = nlp.get_pipe("tok2vec") if "tok2vec" in names else None
        self.tagger = nlp.get_pipe("tagger") if "tagger" in names else None
        self.parser = nlp.get_pipe("parser") if "parser" in names else None
        self.ner = nlp.get_pipe("ner") if "ner" in names else None
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in names else None
        ruler = nlp.get_pipe("attribute_ruler") if "attribute_ruler" in names else None
        self.ruler = ruler
        fast = FastAttributeRuler(ruler) if ruler is not None else None
        self.fast_ruler = fast if fast is not None and fast.supported() else None
        self.fast_lemmas = self.lemmatizer is not None and lemmatizer_by_signature_ok(self.lemmatizer)
        # where the time goes (CPU seconds per stage) and how much text the costly stages saw,
        # summed over this pipeline's life: read by benchmarks/bench_code.py
        self.stage_seconds: dict[str, float] = {}
        self.token_counts: dict[str, int] = {}

    @staticmethod
    def usable(nlp: Language) -> bool:
        """The fast path knows this pipeline's layout (sm-style: shared tok2vec + own-tok2vec NER)."""
        names = set(nlp.pipe_names)
        return {"tok2vec", "tagger", "parser", "ner", "attribute_ruler", "lemmatizer"} <= names

    def __call__(self, text: str) -> Doc:
        return next(iter(self.pipe([text], batch_size=1)))

    def pipe(self, texts: Iterable[str], batch_size: int = 16) -> Iterator[Doc]:
        it = iter(texts)
        while True:
            batch = list(islice(it, max(1, batch_size)))
            if not batch:
                return
            yield from self._batch(batch)

    def units(self, doc: Doc) -> list[tuple[int, int, bool]]:
        """(start, end, candidate) token ranges covering the doc: rule sentences, consecutive
        candidate sentences of one paragraph merged into one run (parsed together)."""
        flags = token_flags(doc)
        starts = rule_sentence_starts(doc, flags)
        if not starts:
            return []
        bounds = [*starts, len(doc)]
        arr = doc.to_array([LOWER, TAG, ORTH])
        strong, weak = self.cues.mask(arr[:, 0], arr[:, 1], arr[:, 2])
        out: list[tuple[int, int, bool]] = []
        for a, b in pairwise(bounds):
            if a >= b:
                continue
            cand = bool(strong[a:b].any())
            if not cand and weak[a:b].any():
                from dateline.extract.attribution import match_source

                cand = match_source(doc[a:b].text) is not None
            para_start = a > 0 and bool(flags[a - 1] & _PARA)
            if out and cand and out[-1][2] and not para_start:
                out[-1] = (out[-1][0], b, True)
            else:
                out.append((a, b, cand))
        return out

    def _lap(self, stage: str, since: float) -> float:
        now = time.process_time()
        self.stage_seconds[stage] = self.stage_seconds.get(stage, 0.0) + now - since
        return now

    def _batch(self, texts: list[str]) -> list[Doc]:
        clock = time.process_time()
        docs = [remember_text(self.nlp.make_doc(t), t) for t in texts]
        clock = self._lap("tokenizer", clock)
        if self.t2v is not None:
            docs = list(self.t2v.pipe(docs, batch_size=len(docs)))  # type: ignore[attr-defined]
        clock = self._lap("tok2vec", clock)
        if self.tagger is not None:
            docs = list(self.tagger.pipe(docs, batch_size=len(docs)))  # type: ignore[attr-defined]
        clock = self._lap("tagger", clock)
        plans = [self.units(d) for d in docs]
        subs: list[Doc] = []
        where: list[tuple[int, int, bool]] = []
        for di, (doc, plan) in enumerate(zip(docs, plans, strict=True)):
            ranges = [(a, b) for a, b, cand in plan if cand or self.ner_everywhere]
            subs.extend(sub_docs(doc, ranges))
            where.extend((di, a, cand) for a, _b, cand in plan if cand or self.ner_everywhere)
        parse = [s for s, w in zip(subs, where, strict=True) if w[2]]
        self.token_counts["all"] = self.token_counts.get("all", 0) + sum(len(d) for d in docs)
        self.token_counts["parsed"] = self.token_counts.get("parsed", 0) + sum(len(d) for d in parse)
        self.token_counts["ner"] = self.token_counts.get("ner", 0) + sum(len(d) for d in subs)
        clock = self._lap("sentences_and_candidates", clock)
        if self.parser is not None:
            run_transitions(self.parser, parse, SUB_BATCH)
        clock = self._lap("parser", clock)
        if self.ner is not None:
            run_transitions(self.ner, subs, SUB_BATCH)
        clock = self._lap("ner", clock)
        cols = [HEAD, DEP, ENT_IOB, ENT_TYPE, SENT_START]
        minus_one = np.uint64(np.iinfo(np.uint64).max)  # -1 as the unsigned array holds it
        arrays = [np.zeros((len(d), len(cols)), dtype=np.uint64) for d in docs]
        for plan, arr in zip(plans, arrays, strict=True):
            for a, b, cand in plan:
                if not cand:
                    arr[a, 4] = 1
                    arr[a + 1 : b, 4] = minus_one
        for (di, a, _cand), sub in zip(where, subs, strict=True):
            part = sub.to_array(cols).astype(np.uint64)
            if not _cand:
                part[:, 4] = arrays[di][a : a + len(sub), 4]
            arrays[di][a : a + len(sub)] = part
        for doc, arr in zip(docs, arrays, strict=True):
            if len(doc):
                doc.from_array(cols[:4], arr[:, :4])  # type: ignore[arg-type]
                doc.from_array([SENT_START], arr[:, 4:5])  # type: ignore[arg-type]
        clock = self._lap("write_back", clock)
        for doc in docs:
            if self.fast_ruler is not None:
                self.fast_ruler(doc)
            elif self.ruler is not None:
                self.ruler(doc)
        clock = self._lap("attribute_ruler", clock)
        if self.lemmatizer is not None:
            if self.fast_lemmas:
                for doc in docs:
                    lemmatize_by_signature(self.lemmatizer, doc)
            else:
                docs = list(self.lemmatizer.pipe(docs, batch_size=len(docs)))  # type: ignore[attr-defined]
        for doc in docs:
            doc.user_data["dateline_fast"] = True
        self._lap("lemmatizer", clock)
        return docs


_CUES: dict[int, CueWords] = {}


def cue_words(nlp: Language) -> CueWords:
    found = _CUES.get(id(nlp))
    if found is None:
        found = _CUES[id(nlp)] = CueWords(nlp)
    return found
