"""Query parameters of the read endpoints, turned into the shared :class:`EventQuery`.

The names are the ones of ``dateline events`` (``from``, ``to``, ``type``, ``q`` ...); unknown
parameters are refused (a misspelt filter silently ignored would return the wrong events).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated, Any

from fastapi import Query, Request
from pydantic import ValidationError

from dateline.api.errors import ApiError, invalid
from dateline.store.query import EventQuery

#: API parameter -> EventQuery field.
FILTERS: dict[str, str] = {
    "from": "date_from",
    "to": "date_to",
    "bbox": "bbox",
    "country": "country",
    "type": "event_type",
    "sub_type": "sub_event_type",
    "actor": "actor",
    "source": "source",
    "source_kind": "source_kind",
    "min_corroboration": "min_corroboration",
    "q": "text",
}
_FIELD_TO_PARAM = {v: k for k, v in FILTERS.items()} | {"since": "since", "limit": "limit", "cursor": "cursor"}

MAX_TEXT = 500  # a filter string longer than this is not a filter


def check_known(request: Request, allowed: set[str]) -> None:
    for name in request.query_params:
        if name not in allowed:
            raise ApiError(400, "E015", field=name, accepted=", ".join(sorted(allowed)))


def parse_bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None or value == "":
        return None
    parts = value.split(",")
    if len(parts) != 4:
        raise invalid("bbox", "give four numbers: west,south,east,north")
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        raise invalid("bbox", "give four numbers: west,south,east,north") from None
    if any(x != x or x in (float("inf"), float("-inf")) for x in (w, s, e, n)):
        raise invalid("bbox", "coordinates must be finite numbers")
    return (w, s, e, n)


class Filters:
    """The filter parameters shared by /events, /stats and /grid (a FastAPI dependency)."""

    def __init__(
        self,
        date_from: Annotated[date | None, Query(alias="from", description="event date on or after (YYYY-MM-DD)")] = None,
        date_to: Annotated[date | None, Query(alias="to", description="event date on or before (YYYY-MM-DD)")] = None,
        bbox: Annotated[
            str | None, Query(description="west,south,east,north in degrees", max_length=200)
        ] = None,
        country: Annotated[str | None, Query(description="ISO 3166 alpha-3 code, e.g. SYR", max_length=3)] = None,
        type: Annotated[str | None, Query(description="ACLED event type", max_length=MAX_TEXT)] = None,
        sub_type: Annotated[str | None, Query(description="ACLED sub-event type", max_length=MAX_TEXT)] = None,
        actor: Annotated[str | None, Query(description="substring of either actor's name", max_length=MAX_TEXT)] = None,
        source: Annotated[
            str | None, Query(description="substring of an outlet or claim source", max_length=MAX_TEXT)
        ] = None,
        source_kind: Annotated[
            str | None, Query(description="outlet kind among the event's source chains", max_length=40)
        ] = None,
        min_corroboration: Annotated[
            int | None, Query(ge=0, le=1000, description="at least this many independent source chains")
        ] = None,
        q: Annotated[str | None, Query(description="full-text search over the events' articles", max_length=MAX_TEXT)] = None,
    ) -> None:
        self.values: dict[str, Any] = {
            "date_from": date_from,
            "date_to": date_to,
            "bbox": parse_bbox(bbox),
            "country": country or None,
            "event_type": type or None,
            "sub_event_type": sub_type or None,
            "actor": actor or None,
            "source": source or None,
            "source_kind": source_kind or None,
            "min_corroboration": min_corroboration,
            "text": q or None,
        }
        if date_from and date_to and date_from > date_to:
            raise invalid("to", "must be on or after 'from'")

    def query(self, **extra: Any) -> EventQuery:
        try:
            return EventQuery(**self.values, **extra)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = str(first["loc"][0]) if first.get("loc") else "query"
            param = _FIELD_TO_PARAM.get(field, field)
            msg = str(first.get("msg", "invalid value")).removeprefix("Value error, ")
            raise invalid(param, msg) from None


def page_params(
    since: Annotated[
        datetime | None, Query(description="only events changed (or deleted) at or after this ISO 8601 time")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=10_000, description="events per page")] = 100,
    cursor: Annotated[str | None, Query(description="next_cursor of the previous page", max_length=1000)] = None,
) -> dict[str, Any]:
    return {"since": since, "limit": limit, "cursor": cursor}
