"""What a user asks of the event store: one query object shared by the CLI, the API and export.

``dateline events``, ``GET /events`` and ``dateline export`` all build an :class:`EventQuery`
and hand it to :meth:`dateline.store.Store.query`, so a filter means the same thing everywhere.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from dateline.record import Event


class EventQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")

    date_from: date | None = None  # event date (best) on or after
    date_to: date | None = None  # event date (best) on or before
    bbox: tuple[float, float, float, float] | None = None  # west, south, east, north (degrees)
    country: str | None = None  # ISO 3166 alpha-3
    event_type: str | None = None  # ACLED event type, case-insensitive
    sub_event_type: str | None = None
    actor: str | None = None  # substring of actor1/actor2 name, case-insensitive
    source: str | None = None  # outlet or claim source name, case-insensitive substring
    source_kind: str | None = None  # an outlet kind (wire, state_affiliated, ...) among the event's chains
    min_corroboration: int | None = Field(default=None, ge=0)
    text: str | None = None  # full text over the event's articles (FTS5 / PostgreSQL full text)
    since: datetime | None = None  # changed (created, revised or deleted) at or after
    limit: int = Field(default=100, ge=1, le=10_000)
    cursor: str | None = None  # opaque, from Page.next_cursor

    @field_validator("bbox")
    @classmethod
    def _bbox(cls, v: tuple[float, float, float, float] | None) -> tuple[float, float, float, float] | None:
        if v is None:
            return v
        w, s, e, n = v
        if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
            raise ValueError("bbox must be west,south,east,north in degrees with south <= north")
        return v

    @field_validator("country")
    @classmethod
    def _country(cls, v: str | None) -> str | None:
        if v is None:
            return v
        if len(v) != 3 or not v.isalpha():
            raise ValueError("country must be an ISO 3166 alpha-3 code such as SYR")
        return v.upper()


class Deletion(BaseModel):
    event_id: str
    deleted_at: datetime
    reason: str


class Page(BaseModel):
    """One page of events in a stable order (date, then event_id); ``next_cursor`` is None at the end."""

    events: list[Event]
    next_cursor: str | None = None
    deleted: list[Deletion] = Field(default_factory=list)  # only when the query has ``since``

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", by_alias=True)
