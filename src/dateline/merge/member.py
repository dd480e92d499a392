"""A member of an event: one report, the article that carries it, and the article's MinHash.

The coder keeps a denial ("the ministry denied its jets struck the market") as a mention with
modality ``denied``, not as a report. :func:`members_of` attaches an article's denials to its
reports of the same event type, so the merged event can show that a party denies it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.merge.minhash import signature
from dateline.record import ArticleRef, Claim, CodedArticle, Mention, Report

DENY_WORDS = ("denied", "denies", "deny", "denying", "rejected", "rejects", "refuted", "refutes", "dismissed", "dismisses")
_DENIER = re.compile(
    r"^(?P<who>.+?)\s+(?:(?:on|late on|early on)\s+\w+\s+)?(?:has\s+|have\s+|had\s+|flatly\s+|strongly\s+)?"
    r"(?:denied|denies|rejected|rejects|refuted|refutes|dismissed|dismisses)\b",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Member:
    """One report as the merge sees it. ``denials`` (optional) are the article's denied mentions of
    the same event type; :func:`members_of` fills them."""

    report: Report
    article: ArticleRef
    signature: tuple[int, ...]
    denials: tuple[Mention, ...] = ()


def members_of(coded: CodedArticle) -> list[Member]:
    """The members an article contributes: its reports, each with the MinHash of the article text
    and the article's denials of an event of the same type."""
    sig = signature(coded.article.text)
    ref = coded.article.ref()
    denied = [m for m in coded.mentions if m.kind == "event" and m.modality == "denied" and _is_denial(m)]
    return [
        Member(
            report=r,
            article=ref,
            signature=sig,
            denials=tuple(m for m in denied if m.event_type in (None, r.event_type)),
        )
        for r in coded.events
    ]


def _is_denial(m: Mention) -> bool:
    """A denial by a source ("X denied ...") rather than a plain negation ("no one was killed")."""
    low = m.sentence.text.lower()
    return any(re.search(rf"\b{w}\b", low) for w in DENY_WORDS)


def denier(sentence: str) -> str | None:
    """Who denies, read from the sentence: the phrase before the denial verb, or None."""
    hit = _DENIER.match(sentence.strip())
    if hit is None:
        return None
    who = _LEAD.sub("", hit.group("who").strip(" ,")).strip()
    return who[:1].upper() + who[1:] if who else None


def claim_denies(claim: Claim) -> bool:
    """A claim whose reporting verb is a denial ("the ministry denied")."""
    return (claim.verb or "").lower() in DENY_WORDS


def order_key(m: Member) -> tuple[date, str, str]:
    """Members in publication order (undated last), then by article and report id: deterministic."""
    return (m.article.published or date.max, m.article.id, m.report.report_id)
