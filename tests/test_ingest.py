"""Tests of dateline.ingest: every input kind, every bad-input code, header recognition, fuzzing.

All texts are invented for these tests. URLs are served by a local http.server on 127.0.0.1.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import json
import logging
import socket
import tempfile
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TextIO

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.errors import DatelineError
from dateline.ingest import Failure, parse_date, read_inputs
from dateline.ingest.plaintext import split_header
from dateline.record import Article, normalize_text


def needs_trafilatura(fn):  # type: ignore[no-untyped-def]
    """HTML tests need trafilatura; it is a hard dependency, so they never skip."""
    return fn


BODY = (
    "Officials in the invented town of Norvale said two depots were damaged overnight.\n\n"
    "A spokesperson for the fictional Harbour Guard said no one was hurt."
)
PARA = "The invented river town of Norvale reported a quiet morning after a night of unrest. " * 4


def html_page(*, title: str = "Depots damaged in Norvale", with_meta: bool = True) -> str:
    meta = (
        '<meta property="og:site_name" content="Norvale Courier">'
        '<meta name="author" content="Ada Quill">'
        '<meta name="date" content="2017-01-23">'
        if with_meta
        else ""
    )
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{title}</h1><p>{PARA}</p>"
        "<p>A second invented paragraph says the harbour stayed closed until noon on Monday.</p>"
        "</article><footer>Copyright nobody</footer></body></html>"
    )


def read_all(
    *inputs: str, published: date | None = None, stdin: TextIO | None = None
) -> list[Article | Failure]:
    return list(read_inputs(list(inputs), published=published, stdin=stdin))


def only_article(results: list[Article | Failure]) -> Article:
    assert len(results) == 1, results
    assert isinstance(results[0], Article), results[0]
    return results[0]


def only_failure(results: list[Article | Failure], code: str, name: str) -> Failure:
    assert len(results) == 1, results
    failure = results[0]
    assert isinstance(failure, Failure), failure
    assert failure.code == code
    assert failure.input == name
    assert name in failure.reason
    assert code in failure.reason
    assert "\n" not in failure.reason
    return failure


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


# --- parse_date ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2017-01-23",
        "January 23, 2017",
        "January 23 2017",
        "January 23,2017",
        "Jan. 23, 2017",
        "23 Jan 2017",
        "23 January 2017",
        "Monday, January 23, 2017",
        "Monday 23 January 2017",
        "Mon, 23 Jan 2017",
        "  january   23rd, 2017 ",
        "2017-01-23T08:30:00Z",
        "2017-01-23T08:30:00+02:00",
    ],
)
def test_parse_date_accepts_iso_and_news_forms(value: str) -> None:
    assert parse_date(value) == date(2017, 1, 23)


@pytest.mark.parametrize(
    "value",
    [
        "",
        "yesterday",
        "May",
        "23/01/2017",
        "2017-02-30",
        "2017-1-23",
        "January 232017",
        "Tuesday, January 23, 2017",
        "Janvember 23, 2017",
        "Funday, January 23, 2017",
        "Three people died on January 23, 2017",
    ],
)
def test_parse_date_rejects_everything_else_with_e007(value: str) -> None:
    with pytest.raises(DatelineError) as caught:
        parse_date(value)
    assert caught.value.code == "E007"
    assert repr(value) in str(caught.value)


@given(st.text(max_size=40))
def test_parse_date_fuzz_returns_date_or_e007(value: str) -> None:
    try:
        assert isinstance(parse_date(value), date)
    except DatelineError as error:
        assert error.code == "E007"


# --- plain text and its header lines ---------------------------------------------------------


def test_plain_text_header_date_title_byline(tmp_path: Path) -> None:
    name = write(
        tmp_path,
        "story.txt",
        f"Monday, January 23, 2017\n\nDepots damaged in Norvale\n\nBy Ada Quill\n\n{BODY}\n",
    )
    article = only_article(read_all(name))
    assert article.published == date(2017, 1, 23)
    assert article.title == "Depots damaged in Norvale"
    assert article.author == "Ada Quill"
    assert article.text == BODY
    assert article.url == name
    assert article.id == article.sha256 == hashlib.sha256(BODY.encode()).hexdigest()


def test_plain_text_header_without_blank_lines_between_header_lines(tmp_path: Path) -> None:
    name = write(tmp_path, "story.text", f"Depots damaged in Norvale\nby Ada Quill\n2017-01-23\n\n{BODY}")
    article = only_article(read_all(name))
    assert (article.title, article.author, article.published) == (
        "Depots damaged in Norvale",
        "Ada Quill",
        date(2017, 1, 23),
    )
    assert article.text == BODY


def test_repeated_title_is_kept_once(tmp_path: Path) -> None:
    name = write(tmp_path, "twice.txt", f"Depots damaged in Norvale\nDepots damaged in Norvale\n\n{BODY}")
    article = only_article(read_all(name))
    assert article.title == "Depots damaged in Norvale"
    assert article.text == BODY


def test_file_starting_with_body_text_keeps_all_text(tmp_path: Path) -> None:
    name = write(tmp_path, "body.txt", BODY)
    article = only_article(read_all(name))
    assert (article.title, article.author, article.published) == (None, None, None)
    assert article.text == BODY


def test_short_first_line_running_into_paragraph_is_not_a_title(tmp_path: Path) -> None:
    text = f"Officials in Norvale said\ntwo depots were damaged overnight.\n\n{BODY}"
    article = only_article(read_all(write(tmp_path, "run-on.txt", text)))
    assert article.title is None
    assert article.text == normalize_text(text)


def test_lone_header_like_line_is_kept_as_text(tmp_path: Path) -> None:
    article = only_article(read_all(write(tmp_path, "lone.txt", "Depots damaged in Norvale\n")))
    assert article.title is None
    assert article.text == "Depots damaged in Norvale"


def test_sentence_starting_with_by_is_not_a_byline(tmp_path: Path) -> None:
    text = f"By Monday the shelling had stopped\n\n{BODY}"
    header = split_header(text)
    assert header.author is None
    # The line still qualifies as a short headline; what matters is that no author was invented.
    assert "By Monday the shelling had stopped" in (header.title or header.body)


def test_date_inside_body_is_not_taken_as_published(tmp_path: Path) -> None:
    text = f"{BODY}\n\n2017-01-23"
    article = only_article(read_all(write(tmp_path, "late-date.txt", text)))
    assert article.published is None
    assert article.text.endswith("2017-01-23")


def test_markdown_heading_is_a_title(tmp_path: Path) -> None:
    name = write(tmp_path, "note.md", f"# Depots damaged in Norvale\n\n{BODY}")
    article = only_article(read_all(name))
    assert article.title == "Depots damaged in Norvale"
    assert article.text == BODY


@given(st.text(max_size=300))
def test_split_header_only_removes_a_prefix(text: str) -> None:
    header = split_header(text)
    clean = normalize_text(text)
    assert clean.endswith(header.body)
    if clean.strip():
        assert header.body.strip()


# --- published fallback ----------------------------------------------------------------------


def test_published_argument_is_the_fallback(tmp_path: Path) -> None:
    article = only_article(read_all(write(tmp_path, "a.txt", BODY), published=date(2020, 5, 1)))
    assert article.published == date(2020, 5, 1)


def test_date_in_the_source_wins_over_published_argument(tmp_path: Path) -> None:
    name = write(tmp_path, "a.txt", f"23 January 2017\n\n{BODY}")
    article = only_article(read_all(name, published=date(2020, 5, 1)))
    assert article.published == date(2017, 1, 23)


# --- encodings and bad input -----------------------------------------------------------------


def test_utf8_bom_utf16_and_cp1252_decode(tmp_path: Path) -> None:
    text = "Café owners in Norvale said “nothing happened” overnight."
    names = [
        write(tmp_path, "bom.txt", codecs.BOM_UTF8 + text.encode("utf-8")),
        write(tmp_path, "wide.txt", text.encode("utf-16")),
        write(tmp_path, "legacy.txt", text.encode("cp1252")),
    ]
    results = read_all(*names)
    assert [r.text for r in results if isinstance(r, Article)] == [text, text, text]


def test_non_latin_utf8_is_text_not_binary(tmp_path: Path) -> None:
    # UTF-8 for Cyrillic is mostly bytes 0x80-0xBF: they must not count as control characters.
    text = "Жители вымышленного города Норвейл сообщили, что ночь прошла спокойно."
    assert only_article(read_all(write(tmp_path, "ru.txt", text))).text == text


@pytest.mark.parametrize(
    ("filename", "content", "code"),
    [
        ("empty.txt", b"", "E001"),
        ("blank.txt", b"  \n\t\n   \n", "E001"),
        ("bom-only.txt", codecs.BOM_UTF8 + b"   \n", "E001"),
        ("nul.txt", b"Norvale\x00\x01\x02 depots" * 10, "E002"),
        ("controls.txt", bytes(range(1, 32)) * 5 + b"some words", "E002"),
        ("undecodable.txt", b"Norvale depots \x81\x8d\x8f\x90 damaged", "E003"),
        ("bad-utf16.txt", codecs.BOM_UTF16_LE + b"\x00\xd8", "E003"),
        ("empty.jsonl", b"\n\n", "E001"),
        ("binary.jsonl", b"\x00\x00\x00\x00", "E002"),
    ],
)
def test_bad_files_fail_with_their_code(tmp_path: Path, filename: str, content: bytes, code: str) -> None:
    name = write(tmp_path, filename, content)
    only_failure(read_all(name), code, name)


def test_missing_path_glob_without_match_and_empty_folder_are_e008(tmp_path: Path) -> None:
    missing = str(tmp_path / "nowhere.txt")
    no_match = str(tmp_path / "*.nothing")
    empty = tmp_path / "empty-folder"
    empty.mkdir()
    results = read_all(missing, no_match, str(empty))
    assert [(r.code, r.input) for r in results if isinstance(r, Failure)] == [
        ("E008", missing),
        ("E008", no_match),
        ("E008", str(empty)),
    ]
    assert all(r.input in r.reason for r in results if isinstance(r, Failure))


def test_unreadable_file_is_e009(tmp_path: Path) -> None:
    # A glob matches a dangling symbolic link, which then cannot be read: an I/O error, not "missing".
    link = tmp_path / "dangling.txt"
    link.symlink_to(tmp_path / "gone")
    failure = only_failure(read_all(str(tmp_path / "dang*.txt")), "E009", str(link))
    assert "cannot read input" in failure.reason


# --- folders, globs, several inputs ----------------------------------------------------------


def test_folder_with_one_good_and_one_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    good = write(folder, "a-good.txt", BODY)
    bad = write(folder, "b-bad.txt", b"")
    results = read_all(str(folder))
    assert len(results) == 2
    assert isinstance(results[0], Article) and results[0].url == good
    assert isinstance(results[1], Failure) and results[1].code == "E001" and bad in results[1].reason


def test_folder_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write(folder, "z.txt", "Zed text about an invented market in Norvale.")
    write(folder, "sub/b.md", "Bee text about an invented bridge in Norvale.")
    write(folder, "a.text", "Ay text about an invented road in Norvale.")
    write(folder, "skip.csv", "not,an,article")
    write(folder, "skip.json", '{"text": "not read from folders"}')
    write(folder, ".hidden.txt", "hidden")
    write(folder, ".git/x.txt", "hidden")
    results = read_all(str(folder))
    assert [Path(r.url or "").relative_to(folder).as_posix() for r in results if isinstance(r, Article)] == [
        "a.text",
        "sub/b.md",
        "z.txt",
    ]
    assert len(results) == 3


def test_glob_reads_matching_files_in_order(tmp_path: Path) -> None:
    write(tmp_path, "data/b.txt", "Second invented text about Norvale.")
    write(tmp_path, "data/a.txt", "First invented text about Norvale.")
    write(tmp_path, "data/c.md", "Not matched by the glob.")
    results = read_all(str(tmp_path / "data" / "*.txt"))
    assert [r.text for r in results if isinstance(r, Article)] == [
        "First invented text about Norvale.",
        "Second invented text about Norvale.",
    ]


def test_a_bad_input_does_not_stop_the_next(tmp_path: Path) -> None:
    first = write(tmp_path, "one.txt", "One invented text.")
    last = write(tmp_path, "two.txt", "Two invented text.")
    results = read_all(first, str(tmp_path / "missing.txt"), last)
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]


def test_lone_string_is_one_input(tmp_path: Path) -> None:
    name = write(tmp_path, "one.txt", "One invented text.")
    assert len(list(read_inputs(name))) == 1


# --- stdin ------------------------------------------------------------------------------------


def test_stdin(tmp_path: Path) -> None:
    article = only_article(read_all("-", stdin=io.StringIO(f"Depots damaged in Norvale\n\n{BODY}")))
    assert article.title == "Depots damaged in Norvale"
    assert article.text == BODY
    assert article.url is None


def test_empty_stdin_is_e001() -> None:
    only_failure(read_all("-", stdin=io.StringIO("   \n")), "E001", "stdin")


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_mixed_good_and_bad_lines(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    lines = [
        json.dumps(
            {
                "id": "n-1",
                "text": "First invented report from Norvale.",
                "url": "https://example.invalid/1",
                "title": "First",
                "outlet": "Norvale Courier",
                "author": "Ada Quill",
                "published": "2017-01-23",
                "genre": "news",
                "extra": "ignored",
            }
        ),
        "{not json",
        json.dumps({"title": "no text here"}),
        "",
        json.dumps({"text": "   "}),
        json.dumps(["a", "list"]),
        json.dumps({"text": "Second invented report, with a bad date.", "published": "last Tuesday"}),
        json.dumps({"text": "Third invented report, no date.", "id": 7}),
    ]
    name = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    with caplog.at_level(logging.WARNING, logger="dateline.ingest"):
        results = read_all(name, published=date(2020, 5, 1))
    summary = [(r.code, r.input) if isinstance(r, Failure) else r.id for r in results]
    assert summary[0] == "n-1"
    assert summary[1:5] == [
        ("E005", f"{name}:2"),
        ("E006", f"{name}:3"),
        ("E006", f"{name}:5"),
        ("E005", f"{name}:6"),
    ]
    first, second, third = (r for r in results if isinstance(r, Article))
    assert first.model_dump(exclude={"sha256"}) == {
        "id": "n-1",
        "url": "https://example.invalid/1",
        "title": "First",
        "outlet": "Norvale Courier",
        "author": "Ada Quill",
        "published": date(2017, 1, 23),
        "genre": "news",
        "text": "First invented report from Norvale.",
    }
    # A bad 'published' keeps the article; the --published fallback then applies.
    assert second.published == date(2020, 5, 1)
    assert second.id == second.sha256
    assert third.id == "7"
    assert any("W002" in message and f"{name}:7" in message for message in caplog.messages)
    for failure in results[1:5]:
        assert isinstance(failure, Failure) and failure.input in failure.reason


def test_jsonl_line_with_unicode_line_separator_stays_one_record(tmp_path: Path) -> None:
    name = write(tmp_path, "sep.jsonl", json.dumps({"text": "One\u2028record"}, ensure_ascii=False) + "\n")
    assert only_article(read_all(name)).text == "One\u2028record"


# --- HTML --------------------------------------------------------------------------------------


@needs_trafilatura
def test_html_file_text_and_metadata(tmp_path: Path) -> None:
    name = write(tmp_path, "page.html", html_page())
    article = only_article(read_all(name, published=date(2020, 5, 1)))
    assert article.title == "Depots damaged in Norvale"
    assert article.author == "Ada Quill"
    assert article.outlet == "Norvale Courier"
    assert article.published == date(2017, 1, 23)
    assert article.url == name
    assert article.text.startswith("The invented river town of Norvale")
    assert "harbour stayed closed" in article.text
    assert "Copyright nobody" not in article.text


@needs_trafilatura
def test_html_detected_by_content_and_published_fallback(tmp_path: Path) -> None:
    name = write(tmp_path, "saved-page.txt", html_page(with_meta=False))
    article = only_article(read_all(name, published=date(2020, 5, 1)))
    assert article.title == "Depots damaged in Norvale"
    assert article.published == date(2020, 5, 1)


@needs_trafilatura
def test_html_without_main_text_is_e004(tmp_path: Path) -> None:
    name = write(
        tmp_path, "shell.htm", "<!doctype html><html><head><title>x</title></head><body></body></html>"
    )
    only_failure(read_all(name), "E004", name)


# --- URLs (local server only) ----------------------------------------------------------------

PAGES: dict[str, tuple[int, str, bytes]] = {
    "/story.html": (200, "text/html; charset=utf-8", html_page().encode("utf-8")),
    "/plain.txt": (200, "text/plain; charset=utf-8", f"Depots damaged in Norvale\n\n{BODY}".encode()),
    "/empty.txt": (200, "text/plain", b""),
}


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        status, content_type, body = PAGES.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:  # silence the test output
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    # A proxy from the environment must not intercept requests to the local test server.
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)


@needs_trafilatura
def test_url_html_page(server: str) -> None:
    url = f"{server}/story.html"
    article = only_article(read_all(url))
    assert article.url == url
    assert article.title == "Depots damaged in Norvale"
    assert article.outlet == "Norvale Courier"
    assert "harbour stayed closed" in article.text


def test_url_plain_text(server: str) -> None:
    url = f"{server}/plain.txt"
    article = only_article(read_all(url, published=date(2020, 5, 1)))
    assert (article.url, article.title, article.text) == (url, "Depots damaged in Norvale", BODY)
    assert article.published == date(2020, 5, 1)


def test_url_errors(server: str) -> None:
    missing = f"{server}/missing.html"
    only_failure(read_all(missing), "E011", missing)
    empty = f"{server}/empty.txt"
    only_failure(read_all(empty), "E001", empty)


def test_unreachable_url_is_e011(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    # The port was free a moment ago and nothing listens on it now.
    url = f"http://127.0.0.1:{port}/gone.txt"
    only_failure(read_all(url), "E011", url)


def test_urllib_fallback(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    real_import = builtins.__import__

    def no_httpx(name: str, *args: object, **kwargs: object) -> object:
        if name == "httpx":
            raise ImportError("httpx hidden by the test")
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_httpx)
    article = only_article(read_all(f"{server}/plain.txt"))
    assert article.text == BODY
    missing = f"{server}/missing.txt"
    failure = only_failure(read_all(missing), "E011", missing)
    assert "404" in failure.reason


# --- fuzz -------------------------------------------------------------------------------------

_FUZZ_SUFFIXES = [".txt", ".md", ".jsonl", ".html"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.binary(max_size=600), suffix=st.sampled_from(_FUZZ_SUFFIXES))
def test_arbitrary_bytes_never_raise(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"fuzz{suffix}"
        path.write_bytes(data)
        results = list(read_inputs([str(path)]))
    assert results or suffix == ".jsonl"
    for result in results:
        assert isinstance(result, Article | Failure)
        if isinstance(result, Failure):
            # Only the data-driven codes: a catch-all or I/O error here would be a bug.
            assert result.code in {"E001", "E002", "E003", "E004", "E005", "E006"}
        else:
            assert result.text.strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tue 14 Mar 2017 Convoy hit on the northern road", date(2017, 3, 14)),
        ("Posted on June 3 2018 by a staff writer. Shelling resumed.", date(2018, 6, 3)),
        ("Date of publication 9 May 2016 Rockets fell on the port", date(2016, 5, 9)),
        ("Rockets fell on the port in 2016 and again later", None),
    ],
)
def test_leading_date_of_a_jsonl_text(tmp_path: Path, text: str, expected: date | None) -> None:
    # regression: batch articles whose text opens with its date were coded with no date at all
    batch = tmp_path / "lead.jsonl"
    batch.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    (article,) = list(read_inputs([str(batch)]))
    assert isinstance(article, Article) and article.published == expected
    assert article.text.startswith(text.split()[0])
