"""Header lines at the top of a plain-text article: a date line, a title, a byline.

Conservative by design: a header line is removed from the text only when it is recognised for
certain, and a file that starts with body text keeps every line. What is removed never comes
back, so when in doubt a line stays in the body (the coder can cope with a stray headline; it
cannot recover a lost first sentence).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from dateline.errors import DatelineError
from dateline.ingest.dates import parse_date
from dateline.record import normalize_text

# A headline is short; a line this long is a paragraph.
_MAX_TITLE = 200
# Header lines sit at the very top: stop looking after this many of them.
_MAX_HEADER_LINES = 6
# Lowercase particles allowed inside a name in a byline ("By Ana de la Cruz").
_NAME_PARTICLES = frozenset(
    {
        "and",
        "&",
        "de",
        "del",
        "der",
        "di",
        "da",
        "dos",
        "du",
        "la",
        "le",
        "van",
        "von",
        "al",
        "el",
        "bin",
        "ibn",
    }
)
_BYLINE = re.compile(r"by\s+(?P<name>\S.{0,98})", re.IGNORECASE)
_NAME_TOKEN = re.compile(r"[^\W\d_][\w.'’\-]*")
_MARKDOWN_HEADING = re.compile(r"#{1,6}\s+")


@dataclass(frozen=True)
class TextHeader:
    """What the header lines said, and the body that remains."""

    body: str
    title: str | None = None
    author: str | None = None
    published: date | None = None


def _date_line(line: str) -> date | None:
    try:
        return parse_date(line)
    except DatelineError:
        return None


def _byline(line: str) -> str | None:
    found = _BYLINE.fullmatch(line)
    if found is None:
        return None
    name = found["name"].strip()
    tokens = [token for token in re.split(r"[\s,]+", name) if token]
    if not tokens or len(tokens) > 8 or not tokens[0][0].isupper():
        return None
    for token in tokens:
        if token.lower() in _NAME_PARTICLES:
            continue
        # Every other word must look like a capitalised name: "By Monday the shelling..." fails here.
        if not _NAME_TOKEN.fullmatch(token) or not token[0].isupper():
            return None
    return name


def _title_line(line: str, markdown: bool) -> str | None:
    if markdown:
        line = _MARKDOWN_HEADING.sub("", line, count=1)
    line = line.strip()
    if not line or len(line) >= _MAX_TITLE:
        return None
    # A final period (or a comma, colon, semicolon) means a sentence that goes on, not a headline.
    if line[-1] in ".,:;" or not any(char.isalpha() for char in line):
        return None
    return line


def split_header(text: str, *, markdown: bool = False) -> TextHeader:
    """Recognise leading date, title and byline lines; return them with the remaining body."""
    lines = normalize_text(text).split("\n")
    title: str | None = None
    author: str | None = None
    published: date | None = None
    index = 0
    seen = 0

    def skip_blank(position: int) -> int:
        while position < len(lines) and not lines[position].strip():
            position += 1
        return position

    def is_header(position: int) -> bool:
        if position >= len(lines):
            return False
        line = lines[position].strip()
        return _date_line(line) is not None or _byline(line) is not None

    while seen < _MAX_HEADER_LINES:
        index = skip_blank(index)
        if index >= len(lines):
            break
        line = lines[index].strip()
        seen += 1
        if published is None and (found_date := _date_line(line)) is not None:
            published = found_date
            index += 1
            continue
        if author is None and (found_author := _byline(line)) is not None:
            author = found_author
            index += 1
            continue
        candidate = _title_line(line, markdown) if title is None else None
        if candidate is None:
            break
        following = index + 1
        # The same headline twice in a row (a common copy-paste artefact) is one title.
        repeat = skip_blank(following)
        if repeat < len(lines) and _title_line(lines[repeat], markdown) == candidate:
            following = repeat + 1
        ends_block = following >= len(lines) or not lines[following].strip() or is_header(following)
        if not ends_block:
            break
        title = candidate
        index = following

    body = "\n".join(lines[index:]).strip("\n")
    if not body.strip():
        # Nothing left once the "header" is gone: it was the text itself, so keep all of it.
        return TextHeader(body=normalize_text(text))
    return TextHeader(body=body, title=title, author=author, published=published)
