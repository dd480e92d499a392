"""``POST /articles``: turn a request body (JSON, HTML or plain text) into an :class:`Article`."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from dateline.api.errors import ApiError, invalid
from dateline.errors import DatelineError
from dateline.record import Article


class ArticleIn(BaseModel):
    """The JSON body: the batch interface's fields (``text`` required)."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1)
    id: str | None = Field(default=None, max_length=500)
    url: str | None = Field(default=None, max_length=4000)
    title: str | None = Field(default=None, max_length=2000)
    outlet: str | None = Field(default=None, max_length=500)
    author: str | None = Field(default=None, max_length=500)
    published: date | None = None


def _decode(body: bytes, charset: str | None) -> str:
    try:
        return body.decode(charset or "utf-8")
    except (LookupError, UnicodeDecodeError):
        raise invalid("body", f"not valid {charset or 'UTF-8'} text", status=422) from None


def _no_text(text: str) -> None:
    if not text.strip():
        err = DatelineError("E001")
        raise ApiError(422, "E014", field="text", detail=err.message)


def article_from_body(body: bytes, content_type: str, meta: dict[str, Any]) -> Article:
    """``meta`` holds id/url/published/outlet from the query string (for non-JSON bodies)."""
    media, _, params = content_type.partition(";")
    media = media.strip().lower()
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value:
            charset = value.strip('"').lower()
    if media == "application/json":
        try:
            raw = json.loads(_decode(body, charset))
        except json.JSONDecodeError as exc:
            raise invalid("body", f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})", 422) from None
        if not isinstance(raw, dict):
            raise invalid("body", "expected a JSON object with a 'text' field", 422)
        try:
            data = ArticleIn.model_validate(raw)
        except ValidationError as exc:
            first = exc.errors()[0]
            field = ".".join(str(p) for p in first.get("loc", ())) or "body"
            raise invalid(field, str(first.get("msg", "invalid value")), 422) from None
        _no_text(data.text)
        fields = data.model_dump(exclude={"text", "id"}, exclude_none=True)
        return Article.from_text(data.text, id=data.id, **fields)
    if media in ("text/html", "application/xhtml+xml"):
        from dateline.ingest.htmlpage import extract_html

        html = _decode(body, charset)
        _no_text(html)
        try:
            page = extract_html(html, url=meta.get("url"))
        except DatelineError as err:
            raise ApiError(422, "E014", field="body", detail=err.message) from None
        return Article.from_text(
            page.text,
            id=meta.get("id"),
            url=meta.get("url") or page.url,
            title=page.title,
            author=page.author,
            outlet=meta.get("outlet") or page.outlet,
            published=meta.get("published") or page.published,
        )
    if media == "text/plain":
        text = _decode(body, charset)
        _no_text(text)
        fields = {k: v for k, v in meta.items() if k != "id" and v is not None}
        return Article.from_text(text, id=meta.get("id"), **fields)
    raise ApiError(415, "E020", field="Content-Type", value=content_type or "(none)")
