"""Turn the command line's INPUT arguments into :class:`Article` objects, one failure at a time.

Every input (file, folder, glob, URL, ``-`` for stdin, JSON Lines) yields Articles and, for what
cannot be read, :class:`Failure` records naming the input and a catalogue code. One bad input
never stops the others, so nothing here raises for a problem with the data itself.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import sys
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TextIO

from dateline.errors import DatelineError
from dateline.ingest.dates import leading_date, parse_date
from dateline.ingest.decode import check_text, decode_bytes
from dateline.ingest.htmlpage import extract_html, looks_like_html
from dateline.ingest.plaintext import split_header
from dateline.record import Article

log = logging.getLogger("dateline.ingest")

#: File name endings read when a folder is given (and the only ones taken from a folder).
FOLDER_SUFFIXES = frozenset({".txt", ".text", ".md", ".html", ".htm", ".jsonl"})
_HTML_SUFFIXES = frozenset({".html", ".htm"})
_GLOB_CHARS = frozenset("*?[")
FETCH_TIMEOUT = 20.0
_USER_AGENT = "dateline (offline conflict-news coder)"


@dataclass(frozen=True)
class Failure:
    """One input that produced no article: where, which catalogue code, and a one-line reason."""

    input: str
    code: str
    reason: str


def _failure(name: str, error: DatelineError) -> Failure:
    return Failure(input=name, code=error.code, reason=f"{name}: {error}")


def read_inputs(
    inputs: Sequence[str], *, published: date | None = None, stdin: TextIO | None = None
) -> Iterator[Article | Failure]:
    """Yield an Article (or a Failure) for every document the inputs name, in order.

    ``published`` is the date used when a source gives none; a date found in the source wins.
    ``stdin`` is read for the input ``-`` (default: ``sys.stdin``).
    """
    if isinstance(inputs, str):
        # A lone string is a Sequence[str] too; iterating its characters would be nonsense.
        inputs = [inputs]
    for name in inputs:
        yield from _read_one(name, published, stdin)


def _read_one(name: str, published: date | None, stdin: TextIO | None) -> Iterator[Article | Failure]:
    if name == "-":
        yield _guard("stdin", lambda: _from_stdin(stdin, published))
        return
    if name.lower().startswith(("http://", "https://")):
        yield _guard(name, lambda: _from_url(name, published))
        return
    path = Path(name)
    if path.is_dir():
        files = _folder_files(path)
        if not files:
            yield _failure(name, DatelineError("E008"))
        for file in files:
            yield from _read_file(str(file), published)
        return
    if path.exists():
        yield from _read_file(name, published)
        return
    if _GLOB_CHARS & set(name):
        matches = sorted(glob.glob(name, recursive=True))
        if not matches:
            yield _failure(name, DatelineError("E008"))
        for match in matches:
            if Path(match).is_dir():
                for file in _folder_files(Path(match)):
                    yield from _read_file(str(file), published)
            else:
                yield from _read_file(match, published)
        return
    yield _failure(name, DatelineError("E008"))


def _folder_files(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        # Hidden folders (.git, .cache) hold no articles; skip them and hidden files alike.
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in files:
            if not file.startswith(".") and Path(file).suffix.lower() in FOLDER_SUFFIXES:
                found.append(Path(root) / file)
    return sorted(found)


def _guard(name: str, make: Callable[[], Article]) -> Article | Failure:
    """Run one single-document reader, turning its DatelineError or OSError into a Failure."""
    try:
        result = make()
    except DatelineError as error:
        return _failure(name, error)
    except OSError as error:
        return _failure(name, DatelineError("E009", detail=_one_line(error)))
    return result


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def _read_file(name: str, published: date | None) -> Iterator[Article | Failure]:
    if Path(name).suffix.lower() == ".jsonl":
        yield from _read_jsonl(name, published)
        return
    yield _guard(name, lambda: _from_file(name, published))


def _from_file(name: str, published: date | None) -> Article:
    path = Path(name)
    text = decode_bytes(path.read_bytes())
    suffix = path.suffix.lower()
    if suffix in _HTML_SUFFIXES or looks_like_html(text):
        return _article_from_html(text, name, published, source_url=None)
    return _article_from_text(text, name, published, markdown=suffix == ".md")


def _from_stdin(stdin: TextIO | None, published: date | None) -> Article:
    stream = sys.stdin if stdin is None else stdin
    try:
        text = stream.read()
    except UnicodeDecodeError:
        raise DatelineError("E003") from None
    check_text(text)
    if looks_like_html(text):
        return _article_from_html(text, None, published, source_url=None)
    return _article_from_text(text, None, published, markdown=False)


def _article_from_text(text: str, url: str | None, published: date | None, *, markdown: bool) -> Article:
    header = split_header(text, markdown=markdown)
    return Article.from_text(
        header.body,
        url=url,
        title=header.title,
        author=header.author,
        published=header.published or published,
    )


def _article_from_html(
    html: str, url: str | None, published: date | None, *, source_url: str | None
) -> Article:
    page = extract_html(html, url=source_url)
    return Article.from_text(
        page.text,
        # A fetched page keeps the address it was fetched from; a saved page its canonical URL.
        url=source_url or page.url or url,
        title=page.title,
        author=page.author,
        outlet=page.outlet,
        published=page.published or published,
    )


def _from_url(url: str, published: date | None) -> Article:
    data, content_type, charset = _fetch(url)
    text: str | None = None
    if charset:
        try:
            text = check_text(data.decode(charset))
        except (LookupError, UnicodeDecodeError):
            text = None  # a wrong charset header: fall back to sniffing the bytes
    if text is None:
        text = decode_bytes(data)
    if "html" in content_type or looks_like_html(text):
        return _article_from_html(text, url, published, source_url=url)
    return _article_from_text(text, url, published, markdown=False)


def _fetch(url: str) -> tuple[bytes, str, str | None]:
    """GET ``url``: (body, content type, charset). Any failure is E011 naming what went wrong."""
    try:
        import httpx
    except ImportError:
        return _fetch_urllib(url)
    try:
        response = httpx.get(
            url, timeout=FETCH_TIMEOUT, follow_redirects=True, headers={"User-Agent": _USER_AGENT}
        )
        response.raise_for_status()
    except httpx.HTTPStatusError as error:
        raise DatelineError("E011", detail=f"HTTP {error.response.status_code}") from None
    except (httpx.HTTPError, httpx.InvalidURL, OSError) as error:
        raise DatelineError("E011", detail=_one_line(error)) from None
    content_type = response.headers.get("content-type", "").lower()
    return response.content, content_type, response.charset_encoding


def _fetch_urllib(url: str) -> tuple[bytes, str, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:
            data: bytes = response.read()
            content_type = str(response.headers.get("Content-Type", "")).lower()
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as error:
        raise DatelineError("E011", detail=f"HTTP {error.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise DatelineError("E011", detail=_one_line(error)) from None
    return data, content_type, charset


def _read_jsonl(name: str, published: date | None) -> Iterator[Article | Failure]:
    try:
        content = decode_bytes(Path(name).read_bytes())
    except DatelineError as error:
        yield _failure(name, error)
        return
    except OSError as error:
        yield _failure(name, DatelineError("E009", detail=_one_line(error)))
        return
    # split("\n"), not splitlines(): JSON strings may hold U+2028 and other characters that
    # splitlines() treats as line ends, which would cut a valid record in two.
    for number, raw in enumerate(content.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        where = f"{name}:{number}"
        try:
            yield _jsonl_article(line, number, where, published)
        except DatelineError as error:
            yield _failure(where, error)


def _jsonl_article(line: str, number: int, where: str, published: date | None) -> Article:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise DatelineError("E005", line=number, detail=error.msg) from None
    if not isinstance(record, dict):
        raise DatelineError("E005", line=number, detail=f"a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DatelineError("E006", line=number)
    check_text(text)
    return Article.from_text(
        text,
        id=_jsonl_string(record.get("id")),
        url=_jsonl_string(record.get("url")),
        title=_jsonl_string(record.get("title")),
        outlet=_jsonl_string(record.get("outlet")),
        author=_jsonl_string(record.get("author")),
        genre=_jsonl_string(record.get("genre")),
        published=_jsonl_date(record.get("published"), number, where) or leading_date(text) or published,
    )


def _jsonl_string(value: object) -> str | None:
    # Numbers are fine as ids or titles; lists, objects and booleans are not strings in disguise.
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = str(value).strip()
    return text or None


def _jsonl_date(value: object, number: int, where: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            return parse_date(value)
        except DatelineError:
            pass
    # W002 is a warning: the article is kept without a date, so it goes to the log, not a Failure.
    log.warning("%s: %s", where, DatelineError("W002", line=number, value=value))
    return None
