"""Main text and metadata of an HTML page, by trafilatura (E004 when there is no main text)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from dateline.errors import DatelineError
from dateline.ingest.dates import parse_date
from dateline.record import normalize_text


@dataclass(frozen=True)
class HtmlPage:
    text: str
    title: str | None = None
    author: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None


def looks_like_html(text: str) -> bool:
    """True when the text opens like an HTML document (for files without an .html name, stdin, URLs)."""
    head = text.lstrip("\ufeff \t\r\n")[:64].lower()
    return head.startswith(("<!doctype", "<html"))


def _clean(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def extract_html(html: str, *, url: str | None = None) -> HtmlPage:
    """Extract the article from ``html``; raise E004 if none, E009 if trafilatura cannot be loaded."""
    try:
        # Imported here: it is slow to import and only HTML input needs it.
        import trafilatura
    except ImportError as exc:
        raise DatelineError("E009", detail=f"HTML extraction is unavailable ({exc})") from None
    try:
        document = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    except Exception:
        # trafilatura/lxml fail in many ways on broken markup; all of them mean "no main text".
        document = None
    raw = getattr(document, "text", None) if document is not None else None
    if not isinstance(raw, str) or not raw.strip():
        raise DatelineError("E004")

    title = _clean(getattr(document, "title", None))
    lines = [line.strip() for line in normalize_text(raw).split("\n") if line.strip()]
    # trafilatura repeats the <h1> headline as the first line; the title field already holds it.
    if title is not None and lines and " ".join(lines[0].split()) == title and len(lines) > 1:
        lines = lines[1:]
    # One block per line in trafilatura's output; blank lines make the paragraphs explicit, as in
    # the plain-text input, for the sentence splitter downstream.
    text = "\n\n".join(lines)
    if not text.strip():
        raise DatelineError("E004")

    published: date | None = None
    raw_date = _clean(getattr(document, "date", None))
    if raw_date is not None:
        try:
            published = parse_date(raw_date)
        except DatelineError:
            published = None
    canonical = _clean(getattr(document, "url", None))
    if canonical is not None and not canonical.lower().startswith(("http://", "https://")):
        canonical = None
    return HtmlPage(
        text=text,
        title=title,
        author=_clean(getattr(document, "author", None)),
        published=published,
        outlet=_clean(getattr(document, "sitename", None)),
        url=canonical,
    )
