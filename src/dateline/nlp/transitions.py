"""Greedy decoding of spaCy's transition-based parser and NER, driven from Python.

spaCy's compiled greedy loop (``Parser._parseC``) releases the GIL, and the validity checks of
its NER and arc-eager transition systems take the GIL back for every candidate action of every
state at every step: one mutex lock/unlock pair each (``perf`` showed lock/unlock as the top two
symbols of NER time on this model). :func:`greedy_decode` runs the same steps, the component's
own step model (``model.predict``), spaCy's ``transition_states`` (valid-action argmax, then the
action) and ``set_annotations``, with the GIL held, so those re-acquisitions cost nothing. The
annotations are spaCy's (tests compare them); only who drives the loop changes.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from spacy.tokens import Doc


def greedy_decodable(pipe: object) -> bool:
    """A greedy (beam width 1) spaCy transition-based component: parser or NER."""
    cfg = getattr(pipe, "cfg", None)
    return (
        isinstance(cfg, dict)
        and cfg.get("beam_width", 1) == 1
        and all(hasattr(pipe, a) for a in ("moves", "transition_states", "set_annotations", "_ensure_labels_are_added"))
    )


def greedy_decode(pipe: Any, docs: list[Doc]) -> None:
    """Annotate ``docs`` as ``pipe.pipe(docs)`` does, by the same steps as spaCy's greedy
    decoder (the component's own step model and transition code), driven from Python.

    Why: spaCy's compiled loop releases the GIL, and its NER and arc-eager validity checks take it
    back for every candidate action of every state at every step (one lock/unlock pair each);
    on this model that locking was about half of NER time. Driving the same steps with the GIL
    held makes those re-acquisitions free. The scores, the valid-action argmax and the
    transitions are spaCy's, so the annotations are the same (tests compare them)."""
    if not docs:
        return
    pipe._ensure_labels_are_added(docs)
    batch = pipe.moves.init_batch(docs)
    if any(len(d) for d in docs):
        model = pipe.model.predict(docs)
        states = [s for s in batch if not s.is_final()]
        while states:
            scores = np.ascontiguousarray(model.predict(states), dtype=np.float32)
            states = pipe.transition_states(states, scores)
        model.clear_memory()
    pipe.set_annotations(docs, batch)


# Tokens per decoding batch. Bigger batches spread the per-step Python cost over more states, but
# the NER's precomputed hidden layer grows with the batch and past ~20k tokens stops fitting in
# cache (measured on FA-KES dev sub-docs: NER 1.29 s at 16k tokens per batch, 2.4 s with no bound).
TOKENS_PER_BATCH = 16_000


def run_transitions(pipe: Any, docs: list[Doc], batch_size: int = 256) -> None:
    """The parser or NER over ``docs``, in place: at most ``batch_size`` docs and about
    :data:`TOKENS_PER_BATCH` tokens per decoding batch."""
    greedy = greedy_decodable(pipe)
    chunk: list[Doc] = []
    tokens = 0
    for doc in docs:
        chunk.append(doc)
        tokens += len(doc)
        if len(chunk) >= max(1, batch_size) or tokens >= TOKENS_PER_BATCH:
            _decode(pipe, chunk, greedy)
            chunk, tokens = [], 0
    if chunk:
        _decode(pipe, chunk, greedy)


def _decode(pipe: Any, docs: list[Doc], greedy: bool) -> None:
    if greedy:
        greedy_decode(pipe, docs)
    else:
        pipe.set_annotations(docs, pipe.predict(docs))
