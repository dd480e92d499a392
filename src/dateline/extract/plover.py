"""PLOVER types for what ACLED does not code: agreements, demands, threats, sanctions, visits.

A sentence that tells no ACLED event may still tell an interaction between political actors,
which PLOVER types (AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, DEMAND, REJECT,
THREATEN, DISAPPROVE, SANCTION, INVESTIGATE, MOBILIZE, COERCE, PROTEST, ASSAULT, FIGHT: the
category list of the PLOVER gold standard release, with DEMAND where newer lists say REQUEST and
DISAPPROVE where they say ACCUSE). The categories are PLOVER's; the cue words below are ours,
chosen from the category definitions. The sentence's main act decides: the cue nearest the root of
the parse (or, in a sentence the fast path did not parse, the first cue verb), turned into REJECT
when negated, or into THREATEN when the sentence sets a condition ("unless", "or face").
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.tokens import Span, Token

from dateline.nlp.model import span_text, token_indices

# lemma -> (PLOVER event, mode or None)
CUES: dict[str, tuple[str, str | None]] = {
    **dict.fromkeys(
        ("agree", "sign", "ratify", "offer", "promise", "pledge", "accept", "approve", "endorse", "settle", "deal",
         "agreement", "accord", "pact", "treaty", "consensus"),
        ("AGREE", None),
    ),
    **dict.fromkeys(("meet", "talk", "discuss", "negotiate", "confer", "consult", "meeting", "summit"), ("CONSULT", None)),
    "visit": ("CONSULT", "visit"), "host": ("CONSULT", "host"), "receive": ("CONSULT", "host"),
    "phone": ("CONSULT", "phone"), "telephone": ("CONSULT", "phone"),
    **dict.fromkeys(
        ("support", "back", "praise", "welcome", "commend", "hail", "congratulate", "thank", "recognize", "recognise"),
        ("SUPPORT", None),
    ),
    **dict.fromkeys(
        ("concede", "lift", "ease", "relax", "allow", "permit", "yield", "apologize", "apologise", "pardon", "grant",
         "reinstate", "drop"),
        ("CONCEDE", None),
    ),
    **dict.fromkeys(("cooperate", "collaborate", "ally", "partner", "cooperation"), ("COOPERATE", None)),
    **dict.fromkeys(("aid", "donate", "provide", "assist", "help", "fund", "contribute", "assistance"), ("AID", None)),
    **dict.fromkeys(
        ("withdraw", "retreat", "evacuate", "release", "free", "disarm", "demobilize", "demobilise", "reopen", "open",
         "ceasefire", "truce", "withdrawal", "arrive"),
        ("RETREAT", None),
    ),
    **dict.fromkeys(
        ("demand", "urge", "ask", "request", "appeal", "insist", "press", "order", "seek", "call", "require", "tell"),
        ("DEMAND", None),
    ),
    **dict.fromkeys(
        ("reject", "refuse", "deny", "veto", "dismiss", "rebuff", "decline", "oppose", "spurn", "resist", "rule"),
        ("REJECT", None),
    ),
    **dict.fromkeys(("threaten", "warn", "vow", "threat", "ultimatum"), ("THREATEN", None)),
    **dict.fromkeys(
        ("condemn", "denounce", "criticize", "criticise", "accuse", "blame", "complain", "deplore", "censure", "rebuke",
         "slam", "summon", "decry", "charge", "protest"),
        ("DISAPPROVE", None),
    ),
    **dict.fromkeys(
        ("sanction", "suspend", "expel", "embargo", "freeze", "sever", "recall", "cancel", "halt", "impose", "cut",
         "break", "postpone", "sanctions", "suspension"),
        ("SANCTION", None),
    ),
    **dict.fromkeys(("investigate", "probe", "inquire", "inspect", "examine", "investigation", "inquiry", "hearing", "inspector"), ("INVESTIGATE", None)),
    **dict.fromkeys(("mobilize", "mobilise", "deploy", "reinforce", "mass", "station"), ("MOBILIZE", "troops")),
    **dict.fromkeys(("arrest", "detain", "jail", "imprison", "sentence", "convict"), ("COERCE", "detain")),
    **dict.fromkeys(("ban", "outlaw", "prohibit", "restrict", "censor", "confiscate", "deport", "shut", "close"), ("COERCE", None)),
}
# "call" demands only as "call for" / "call on"; "rule" rejects only as "rule out".
_PARTICLE = {"call": ("for", "on", "upon"), "rule": ("out",), "cut": ("off", "ties", "aid"), "break": ("off", "relations", "ties")}
# Acts that a negation turns into a refusal ("did not agree", "will not support").
_NEGATABLE = {"AGREE", "SUPPORT", "COOPERATE", "CONCEDE", "AID", "RETREAT"}
_NEGATIONS = {"not", "n't", "never", "no"}
_CONDITIONS = ("unless", "or face", "or else", "otherwise")
# Cooperative acts: announced for the future ("will visit", "is ready to help") they are a
# promise, which PLOVER codes as AGREE (intent to cooperate is part of that category).
_COOPERATIVE = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
_FUTURE = {"will", "would", "shall", "'ll"}
_INTENT = {"ready", "willing", "prepared", "committed", "determined", "keen", "eager", "plan", "plans", "intend"}
# "X must do Y" is said by someone who demands it.
_OBLIGATION = {"must", "should"}
# Verbs that carry the act of their object: "opened an investigation", "reached a consensus".
_LIGHT = {"open", "launch", "hold", "reach", "give", "issue", "make", "conduct", "begin", "start", "lodge", "file"}


@dataclass(frozen=True)
class Action:
    event: str
    mode: str | None
    token: int  # the cue's index in the Doc
    cue: str  # the word that decided, as written


def _cue_tokens(sent: Span) -> list[Token]:
    doc = sent.doc
    found = token_indices(doc, "plover_lemma", LEMMA, lambda w: w.lower() in CUES)
    lo, hi = bisect_left(found, sent.start), bisect_left(found, sent.end)
    return [doc[i] for i in found[lo:hi] if doc[i].pos_ in ("VERB", "NOUN", "PROPN")]


def _particle_ok(tok: Token, lemma: str) -> bool:
    needed = _PARTICLE.get(lemma)
    if needed is None:
        return True
    nxt = [tok.doc[j].lower_ for j in range(tok.i + 1, min(tok.i + 3, len(tok.doc)))]
    return any(w in needed for w in nxt)


def _depth(tok: Token, sent: Span) -> int:
    depth = 0
    cur = tok
    while cur.head.i != cur.i and sent.start <= cur.head.i < sent.end and depth < 20:
        cur = cur.head
        depth += 1
    return depth


def _negated(tok: Token, parsed: bool) -> bool:
    if parsed:
        return any(c.dep_ == "neg" for c in tok.children)
    doc = tok.doc
    return any(doc[j].lower_ in _NEGATIONS for j in range(max(0, tok.i - 3), tok.i))


def plover_action(sent: Span) -> Action | None:
    """The sentence's main PLOVER act, or None when it has no cue word."""
    cues = [(t, t.lemma_.lower()) for t in _cue_tokens(sent)]
    cues = [(t, lemma) for t, lemma in cues if _particle_ok(t, lemma)]
    if not cues:
        return None
    parsed = any(t.dep_ for t in sent)
    if parsed:
        tok, lemma = min(cues, key=lambda tl: (_depth(tl[0], sent), tl[0].pos_ != "VERB", tl[0].i))
    else:
        verbs = [tl for tl in cues if tl[0].pos_ == "VERB"]
        tok, lemma = (verbs or cues)[0]
    if parsed and lemma in _LIGHT:
        obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in CUES), None)
        if obj is not None:
            lemma = obj.lemma_.lower()
    event, mode = CUES[lemma]
    low = span_text(sent).lower()
    before = _before(tok, parsed)
    if _negated(tok, parsed) and event in _NEGATABLE:
        event, mode = "REJECT", None
    elif any(c in low for c in _CONDITIONS) and event not in ("THREATEN", "REJECT"):
        event, mode = "THREATEN", None
    elif before & _OBLIGATION and event not in ("THREATEN", "REJECT", "DEMAND"):
        event, mode = "DEMAND", None
    elif before & (_FUTURE | _INTENT) and event in _COOPERATIVE:
        event, mode = "AGREE", None
    return Action(event, mode, tok.i, tok.text)


def _before(tok: Token, parsed: bool) -> set[str]:
    """Auxiliaries and intent words that govern the cue: its own auxiliaries, or those of the
    adjective or verb it completes ("is ready to help", "plans to visit")."""
    if not parsed:
        doc = tok.doc
        return {doc[j].lower_ for j in range(max(0, tok.i - 4), tok.i)}
    words = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
    head = tok.head
    if tok.dep_ == "xcomp" and head.i != tok.i:
        words.add(head.lower_)
        words.add(head.lemma_.lower())
        words |= {c.lower_ for c in head.children if c.dep_ in ("aux", "auxpass")}
    return words


__all__ = ["CUES", "Action", "plover_action"]
