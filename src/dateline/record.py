"""The typed record every stage passes along (``schema: dateline.event/1``).

An :class:`Article` goes in; a :class:`CodedArticle` comes out holding :class:`Report` objects
(events as one article tells them) and :class:`Mention` objects (what was found but is not a
report: hypothetical, denied, background, cumulative figures). Field names follow DESIGN.md,
which is the contract; character offsets always refer to ``Article.text``.
"""

from __future__ import annotations

import hashlib
import unicodedata
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "dateline.event/1"

Modality = Literal["asserted", "hedged", "denied", "hypothetical", "future", "background"]
ClaimKind = Literal[
    "outlet", "news_agency", "government", "military", "monitor", "armed_group", "person", "other"
]


def normalize_text(text: str) -> str:
    """The clean text all offsets refer to: NFC, unified newlines, no trailing spaces per line."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\ufeff", "")
    lines = [line.rstrip() for line in text.split("\n")]
    out = "\n".join(lines).strip("\n")
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out


def text_sha256(text: str) -> str:
    """Identity of an article for de-duplication: sha256 of its normalized text."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class ArticleRef(_Model):
    """The article as a report cites it (no text)."""

    id: str
    sha256: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: date | None = None
    genre: str | None = None


class Article(ArticleRef):
    """One input document after ingest. ``text`` is the clean text; offsets point into it."""

    text: str = Field(repr=False)

    @classmethod
    def from_text(cls, text: str, *, id: str | None = None, **fields: Any) -> Article:
        """Build from raw text: normalized, hashed; ``id`` defaults to the sha256. Other keyword
        arguments are the ArticleRef fields (url, title, outlet, author, published, genre)."""
        clean = normalize_text(text)
        digest = hashlib.sha256(clean.encode("utf-8")).hexdigest()
        return cls(id=id or digest, sha256=digest, text=clean, **fields)

    def ref(self) -> ArticleRef:
        return ArticleRef(**self.model_dump(exclude={"text"}))


class Plover(_Model):
    event: str
    mode: str | None = None


class Actor(_Model):
    name: str
    text: str
    inter: int | None = Field(default=None, ge=1, le=8)
    country: str | None = None
    assoc: list[str] = Field(default_factory=list)


class Location(_Model):
    name: str
    text: str
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    geo_precision: int = Field(ge=1, le=3)
    # OCHA P-codes, present once a COD-AB gazetteer is imported (``dateline gazetteer import --ocha``);
    # ``pcode`` is the most specific one known (the unit itself, or the deepest unit containing the place).
    admin1_pcode: str | None = None
    admin2_pcode: str | None = None
    pcode: str | None = None


class EventDate(_Model):
    best: date
    start: date
    end: date
    time_precision: int = Field(ge=1, le=3)
    text: str | None = None


class Fatalities(_Model):
    best: int | None = None
    low: int | None = None
    high: int | None = None
    imputed: bool = False
    text: str | None = None
    civilians: int | None = None
    children: int | None = None
    women: int | None = None


class Injured(_Model):
    best: int | None = None
    low: int | None = None
    high: int | None = None
    text: str | None = None


class Claim(_Model):
    source: str
    kind: ClaimKind
    chain: list[str]
    verb: str | None = None
    hedge: str | None = None
    quote: str | None = None
    fields: list[str] = Field(default_factory=list)
    value: float | int | str | None = None


class Evidence(_Model):
    field: str
    start: int
    end: int
    text: str


class Coder(_Model):
    version: str
    model: str
    gazetteer: str


class Report(_Model):
    """One event as one article tells it."""

    schema_: Literal["dateline.event/1"] = Field(default="dateline.event/1", alias="schema")
    event_id: str
    report_id: str
    article: ArticleRef
    event_type: str
    sub_event_type: str
    plover: Plover | None = None
    cameo: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    interaction: int | None = None
    location: Location | None = None
    date: EventDate | None = None
    fatalities: Fatalities = Field(default_factory=Fatalities)
    injured: Injured = Field(default_factory=Injured)
    claims: list[Claim] = Field(default_factory=list)
    evidence: list[Evidence] = Field(default_factory=list)
    modality: Modality = "asserted"
    confidence: float = Field(ge=0.0, le=1.0)
    # the score reports are ordered by (eval's choice of report, a merge's weights): the raw score
    # with its hand-set weights, not calibrated, not a probability; None in records made before it
    # existed, which are then ordered by confidence (see :meth:`ranking`)
    rank: float | None = Field(default=None, ge=0.0, le=1.0)
    coder: Coder

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True)

    def ranking(self) -> float:
        """What orders this report against others: ``rank``, or ``confidence`` for a record made
        before reports had a rank."""
        return self.rank if self.rank is not None else self.confidence


class Mention(_Model):
    """Something the extractor found that is not a report, with the reason it is not."""

    kind: Literal["event", "aggregate"]
    modality: Modality
    reason: str
    event_type: str | None = None
    sub_event_type: str | None = None
    trigger: Evidence
    sentence: Evidence
    claims: list[Claim] = Field(default_factory=list)
    value: int | None = None
    # the PLOVER act the sentence tells when it is not an ACLED event ("agreed", "threatened")
    plover: Plover | None = None

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json")


class CodedArticle(_Model):
    """The coder's output for one article."""

    article: Article
    events: list[Report] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)
    coder: Coder


class GeoToponymArticle(_Model):
    id: str
    url: str | None = None


class GeoToponym(_Model):
    """One toponym as ``dateline geoparse`` prints it (offsets into the article's clean text)."""

    article: GeoToponymArticle
    text: str
    start: int
    end: int
    name: str | None = None
    geonames_id: int | None = None
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    admin1: str | None = None
    feature: str | None = None
    score: float = 0.0
    admin2: str | None = None
    admin1_pcode: str | None = None
    admin2_pcode: str | None = None
    pcode: str | None = None


def report_id(article_sha256: str, start: int, end: int) -> str:
    """Stable id of a report: hash of the article's sha256 and its evidence span."""
    return hashlib.sha256(f"{article_sha256}:{start}:{end}".encode()).hexdigest()[:20]


# --- The merged event (store) --------------------------------------------------------------

EVENT_SCHEMA = "dateline.merged/1"

OutletKind = Literal[
    "wire", "state_affiliated", "government", "partisan", "monitor", "local", "international", "unknown"
]
FatalityRule = Literal["conservative", "corroborated"]
EventFlag = Literal[
    "single_source",  # one independent source chain only
    "one_side_only",  # every chain comes from one side's outlets or officials
    "contested",  # contradictions or a denial
    "imputed",  # the toll is a convention-imputed figure
    "denied",  # a party denies the event
]


class SourceChain(_Model):
    """One independent source chain behind an event: an outlet and its reprints/near-duplicates."""

    chain_id: str  # stable within the event: the sha256 of the chain's earliest article
    outlet: str | None = None
    kind: OutletKind = "unknown"
    owner_country: str | None = None
    side: str | None = None  # the party an outlet or official speaks for, when the registry says so
    articles: list[str] = Field(default_factory=list)  # article ids in the chain (reprints included)
    reprints: int = 0  # articles in the chain beyond the first


class EventClaim(Claim):
    """A claim as the event keeps it: still attached to the report and article that carry it."""

    report_id: str
    article_id: str
    outlet: str | None = None
    chain_id: str | None = None


class FigureClaim(_Model):
    """One source's figure for a field (fatalities, injured), kept next to the merged range."""

    field: Literal["fatalities", "injured"]
    value: int | None
    low: int | None = None
    high: int | None = None
    imputed: bool = False
    source: str  # who says so: the innermost claim source, else the outlet
    report_id: str
    article_id: str
    chain_id: str | None = None


class Contradiction(_Model):
    """Sources disagree about a field; each value is listed with who gives it."""

    field: str  # fatalities | injured | actor | perpetrator | location | date | occurrence
    values: list[dict[str, Any]]  # [{"value": ..., "sources": [...], "report_ids": [...]}]
    note: str


class Revision(_Model):
    """What a new (or deleted) article changed on an event."""

    number: int
    at: str  # ISO 8601 UTC
    article_id: str | None = None
    article_sha256: str | None = None
    action: Literal["created", "report_added", "report_removed"]
    changes: dict[str, list[Any]] = Field(default_factory=dict)  # field -> [old, new]


class Event(_Model):
    """The merged record of one incident: one or more reports from different articles."""

    schema_: Literal["dateline.merged/1"] = Field(default="dateline.merged/1", alias="schema")
    event_id: str
    event_type: str
    sub_event_type: str
    plover: Plover | None = None
    cameo: str | None = None
    actor1: Actor | None = None
    actor2: Actor | None = None
    interaction: int | None = None
    location: Location | None = None
    date: EventDate | None = None
    fatalities: Fatalities = Field(default_factory=Fatalities)  # low/high over sources, best by rule
    fatality_rule: FatalityRule = "conservative"
    injured: Injured = Field(default_factory=Injured)
    figures: list[FigureClaim] = Field(default_factory=list)
    claims: list[EventClaim] = Field(default_factory=list)
    sources: list[SourceChain] = Field(default_factory=list)
    corroboration: int = 0  # independent source chains
    flags: list[EventFlag] = Field(default_factory=list)
    contradictions: list[Contradiction] = Field(default_factory=list)
    report_ids: list[str] = Field(default_factory=list)
    articles: list[ArticleRef] = Field(default_factory=list)
    confidence: float = Field(ge=0.0, le=1.0)
    revision: int = 1
    created_at: str | None = None
    updated_at: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    def to_json_dict(self) -> dict[str, object]:
        return self.model_dump(mode="json", by_alias=True)
