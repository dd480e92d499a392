"""End-to-end tests of the command line: real subprocess runs of ``python -m dateline.cli``.

Every article here is invented for these tests. Each run gets DATELINE_DB in a temporary folder,
so nothing touches the user's home; DATELINE_CACHE is left as it is, so the compiled gazetteer
is reused. A run that codes articles loads the spaCy model in its subprocess (about 3 s; those
tests are marked ``model``), so the runs are few and shared through module-scoped fixtures.
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dateline import __version__
from dateline.ingest import Failure, read_inputs
from dateline.record import Article, Event, Mention, Report
from dateline.store.db import Store

RAQQA_CLASH = (
    "Government troops clashed with Islamic State fighters near Raqqa on Sunday, and two soldiers "
    "were killed, the Syrian Observatory for Human Rights said."
)
HYPOTHETICAL = "Officials fear the militants could attack the town if the army withdraws."
# A dated plain-text article: date line, blank line, body.
RAQQA_ARTICLE = f"Tuesday, March 5, 2019\n\n{RAQQA_CLASH}\n\n{HYPOTHETICAL}\n"
# No date line: "yesterday" can only be resolved against --published.
IDLIB_SHELLING = (
    "Rebels shelled a market in Idlib yesterday, killing three civilians, the Syrian Observatory "
    "for Human Rights said.\n"
)
KANDAHAR_STRIKE = (
    "An airstrike hit a house in Kandahar on Friday, killing four people, provincial officials said.\n"
)


@dataclass(frozen=True)
class Run:
    returncode: int
    stdout: str
    stderr: str

    def records(self) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]

    def reports(self) -> list[dict[str, Any]]:
        return [r for r in self.records() if "record" not in r]

    def mentions(self) -> list[dict[str, Any]]:
        return [r for r in self.records() if r.get("record") == "mention"]


def run_cli(*args: str, db: Path, stdin: str | None = None) -> Run:
    """Run the real CLI in a subprocess; wide COLUMNS so rich never wraps a message."""
    env = {
        **os.environ,
        "DATELINE_DB": str(db),
        "COLUMNS": "200",
        "NO_COLOR": "1",
        "PYTHONIOENCODING": "utf-8",
    }
    proc = subprocess.run(
        [sys.executable, "-m", "dateline.cli", *args],
        input=stdin if stdin is not None else "",
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=180,
    )
    return Run(proc.returncode, proc.stdout, proc.stderr)


def describe(run: Run) -> str:
    return f"exit {run.returncode}\n--- stdout ---\n{run.stdout}\n--- stderr ---\n{run.stderr}"


def clean_text(path: Path, published: date | None = None) -> str:
    """The article's clean text as ingest sees it (what evidence offsets point into)."""
    (item,) = list(read_inputs([str(path)], published=published))
    assert isinstance(item, Article), item
    return item.text


def assert_evidence_points_into(text: str, record: dict[str, Any]) -> None:
    assert record["evidence"], "a report without evidence"
    for ev in record["evidence"]:
        assert 0 <= ev["start"] < ev["end"] <= len(text), ev
        assert text[ev["start"] : ev["end"]] == ev["text"], ev


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


@pytest.fixture(scope="module")
def article_file(work: Path) -> Path:
    path = work / "raqqa.txt"
    path.write_text(RAQQA_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def code_jsonl(work: Path, article_file: Path) -> Run:
    return run_cli("code", str(article_file), "--format", "jsonl", db=work / "code.sqlite")


@pytest.fixture(scope="module")
def code_all(work: Path, article_file: Path) -> Run:
    return run_cli("code", str(article_file), "--format", "jsonl", "--all", db=work / "code.sqlite")


# -- code: one article, JSON Lines ---------------------------------------------------------------


@pytest.mark.model
def test_code_jsonl_reports_validate_against_the_record(code_jsonl: Run) -> None:
    assert code_jsonl.returncode == 0, describe(code_jsonl)
    records = code_jsonl.records()
    assert records, describe(code_jsonl)
    # Without --all only reports are printed, and every one is a valid dateline.event/1 record.
    assert all("record" not in r for r in records)
    for r in records:
        report = Report.model_validate(r)
        assert report.schema_ == "dateline.event/1"


@pytest.mark.model
def test_code_jsonl_codes_the_clash(code_jsonl: Run, article_file: Path) -> None:
    battles = [r for r in code_jsonl.reports() if r["event_type"] == "Battles"]
    assert len(battles) == 1, describe(code_jsonl)
    (r,) = battles
    assert r["location"]["country"] == "SYR"
    assert r["location"]["text"] == "Raqqa"
    assert r["fatalities"]["best"] == 2
    # The date line says Tuesday 2019-03-05; "on Sunday" is the Sunday before it.
    assert r["date"]["best"] == "2019-03-03"
    assert r["article"]["published"] == "2019-03-05"
    sources = {c["source"] for c in r["claims"]}
    assert "Syrian Observatory for Human Rights" in sources
    observatory = [c for c in r["claims"] if c["source"] == "Syrian Observatory for Human Rights"]
    assert {c["kind"] for c in observatory} == {"monitor"}


@pytest.mark.model
def test_code_jsonl_evidence_offsets_point_into_the_clean_text(code_jsonl: Run, article_file: Path) -> None:
    text = clean_text(article_file)
    assert RAQQA_CLASH in text and "Tuesday, March 5, 2019" not in text  # the date line is a header
    for r in code_jsonl.reports():
        assert_evidence_points_into(text, r)
    fields = {ev["field"] for r in code_jsonl.reports() for ev in r["evidence"]}
    assert {"event", "location", "date", "fatalities"} <= fields


@pytest.mark.model
def test_code_all_adds_mention_records(code_all: Run, code_jsonl: Run, article_file: Path) -> None:
    assert code_all.returncode == 0, describe(code_all)
    # The reports are the same with or without --all; --all only adds mentions.
    assert code_all.reports() == code_jsonl.reports()
    mentions = code_all.mentions()
    assert mentions, describe(code_all)
    text = clean_text(article_file)
    hypothetical = [m for m in mentions if m["sentence"]["text"] == HYPOTHETICAL]
    assert len(hypothetical) == 1, mentions
    (m,) = hypothetical
    assert m["modality"] == "hypothetical"
    assert m["article"]["url"] == str(article_file)
    body = Mention.model_validate({k: v for k, v in m.items() if k not in ("record", "article")})
    for ev in (body.sentence, body.trigger):
        assert text[ev.start : ev.end] == ev.text


# -- exit codes and failures ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed_folder(work: Path) -> Path:
    folder = work / "mixed"
    folder.mkdir()
    (folder / "good.txt").write_text(RAQQA_ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    lines = [
        json.dumps({"id": "kandahar-1", "text": KANDAHAR_STRIKE, "published": "2018-09-30"}),
        '{"id": "broken", "text": "no closing brace"',
        json.dumps({"id": "no-text", "text": "   "}),
    ]
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


@pytest.mark.model
def test_some_inputs_fail_exit_1_and_the_rest_is_coded(mixed_folder: Path, work: Path) -> None:
    run = run_cli("code", str(mixed_folder), "--format", "jsonl", db=work / "mixed.sqlite")
    assert run.returncode == 1, describe(run)
    # The empty file is named with its code; the good file and the good JSONL line are still coded.
    assert f"{mixed_folder / 'empty.txt'}: E001" in run.stderr, describe(run)
    batch = mixed_folder / "batch.jsonl"
    assert f"{batch}:2: E005" in run.stderr and "line 2" in run.stderr, describe(run)
    assert f"{batch}:3: E006" in run.stderr and "line 3" in run.stderr, describe(run)
    assert f"{batch}:1" not in run.stderr
    reports = run.reports()
    urls = {r["article"]["url"] for r in reports}
    ids = {r["article"]["id"] for r in reports}
    assert str(mixed_folder / "good.txt") in urls, describe(run)
    assert "kandahar-1" in ids, describe(run)
    assert {r["location"]["country"] for r in reports} >= {"SYR", "AFG"}


@pytest.mark.model
def test_only_bad_inputs_exit_3(work: Path) -> None:
    folder = work / "bad"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    # Square brackets in a name must reach stderr as they are, not be read as rich markup.
    (folder / "draft [v2].txt").write_text(" \n\n", encoding="utf-8")
    missing = work / "no-such-file.txt"
    run = run_cli("code", str(folder), str(missing), "--format", "jsonl", db=work / "bad.sqlite")
    assert run.returncode == 3, describe(run)
    assert run.stdout == ""
    assert f"{folder / 'empty.txt'}: E001" in run.stderr
    assert f"{folder / 'draft [v2].txt'}: E001" in run.stderr, describe(run)
    assert f"{missing}: E008" in run.stderr


def test_events_with_a_bad_database_exits_3_naming_it(work: Path) -> None:
    folder = work / "a-folder-not-a-db"
    folder.mkdir()
    run = run_cli("events", "--db", str(folder), "--format", "jsonl", db=work / "unused.sqlite")
    assert run.returncode == 3, describe(run)
    assert "E013" in run.stderr and repr(str(folder)) in run.stderr, describe(run)


# -- --published and stdin -------------------------------------------------------------------------


@pytest.mark.model
def test_published_and_stdin(work: Path) -> None:
    undated = work / "idlib.txt"
    undated.write_text(IDLIB_SHELLING, encoding="utf-8")
    run = run_cli(
        "code",
        str(undated),
        "-",
        "--format",
        "jsonl",
        "--published",
        "2020-06-10",
        db=work / "pub.sqlite",
        stdin=KANDAHAR_STRIKE,
    )
    assert run.returncode == 0, describe(run)
    reports = run.reports()
    from_file = [r for r in reports if r["article"]["url"] == str(undated)]
    from_stdin = [r for r in reports if r["article"]["url"] is None]
    assert from_file and from_stdin, describe(run)
    # The file has no date line: --published is its date and "yesterday" resolves against it.
    for r in from_file:
        assert r["article"]["published"] == "2020-06-10"
        assert r["location"]["country"] == "SYR"
    assert {r["date"]["best"] for r in from_file} == {"2020-06-09"}
    # Standard input is coded like a file; --published applies to it too (2020-06-10 is a
    # Wednesday, so "on Friday" is 2020-06-05).
    for r in from_stdin:
        assert r["article"]["published"] == "2020-06-10"
        assert r["location"]["country"] == "AFG"
        assert r["fatalities"]["best"] == 4
    assert {r["date"]["best"] for r in from_stdin} == {"2020-06-05"}
    stdin_text = Article.from_text(KANDAHAR_STRIKE).text
    for r in from_stdin:
        assert_evidence_points_into(stdin_text, r)


def test_invalid_published_is_a_usage_error(work: Path, article_file: Path) -> None:
    run = run_cli("code", str(article_file), "--published", "notadate", db=work / "usage.sqlite")
    assert run.returncode == 2, describe(run)
    assert "'notadate'" in run.stderr and "--published" in run.stderr and "E007" in run.stderr
    assert run.stdout == ""


# -- table output, schema, version ---------------------------------------------------------------


@pytest.mark.model
def test_table_output(work: Path, article_file: Path) -> None:
    run = run_cli("code", str(article_file), "--format", "table", db=work / "table.sqlite")
    assert run.returncode == 0, describe(run)
    # A rich table, not JSON: box drawing, the article as its title, one row for the clash.
    assert "┃ date" in run.stdout and "│ 2019-03-03 │" in run.stdout, describe(run)
    assert str(article_file) in run.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(run.stdout)
    # Long cells fold onto several lines at the table's width, so check whole words only.
    words = set(run.stdout.replace("│", " ").split())
    assert {"Battles", "Raqqah", "Observatory", "asserted"} <= words, describe(run)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_schema(work: Path) -> None:
    run = run_cli("schema", db=work / "schema.sqlite")
    assert run.returncode == 0, describe(run)
    schema = json.loads(run.stdout)
    assert schema["$id"] == "dateline.event/1"
    assert schema["type"] == "object"
    props = schema["properties"]
    assert {"actor1", "actor2", "claims", "evidence", "location", "schema"} <= set(props)
    assert set(schema["required"]) <= set(props)
    assert "geo_precision" in schema["$defs"]["Location"]["properties"]
    assert "geo_precision" in schema["$defs"]["Location"]["required"]
    # Structurally valid: every $ref points at a definition that exists.
    refs = set(_refs(schema))
    assert refs
    for ref in refs:
        assert ref.startswith("#/$defs/"), ref
        assert ref.removeprefix("#/$defs/") in schema["$defs"], ref
    for words in ("actor1", "geo_precision", "claims"):
        assert words in run.stdout


def test_version(work: Path) -> None:
    run = run_cli("--version", db=work / "version.sqlite")
    assert run.returncode == 0, describe(run)
    assert run.stdout.strip() == f"dateline {__version__}"


# -- ingest and events -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ingested(work: Path) -> tuple[Path, Path, Run, dict[str, int], Run, dict[str, int]]:
    folder = work / "to-ingest"
    folder.mkdir()
    (folder / "raqqa.txt").write_text(RAQQA_ARTICLE, encoding="utf-8")
    (folder / "idlib.txt").write_text(IDLIB_SHELLING, encoding="utf-8")
    (folder / "kandahar.txt").write_text(KANDAHAR_STRIKE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    db = work / "store" / "events.sqlite"  # the parent folder does not exist yet
    first = run_cli(
        "ingest", str(folder), "--db", str(db), "--published", "2020-06-10", db=work / "unused.sqlite"
    )
    counts_first = Store(str(db)).counts()
    second = run_cli(
        "ingest", str(folder), "--db", str(db), "--published", "2020-06-10", db=work / "unused.sqlite"
    )
    counts_second = Store(str(db)).counts()
    return folder, db, first, counts_first, second, counts_second


@pytest.mark.model
def test_ingest_stores_and_reingest_adds_nothing(ingested: tuple[Any, ...], work: Path) -> None:
    _, db, first, counts_first, second, counts_second = ingested
    assert first.returncode == 1, describe(first)  # the empty file failed
    assert "3 articles added" in first.stderr, describe(first)
    assert "0 already stored, 1 failed" in first.stderr
    assert str(db) in first.stderr
    assert counts_first["articles"] == 3
    assert counts_first["reports"] >= 3
    assert counts_first["failures"] == 1

    assert second.returncode == 1, describe(second)
    assert "0 articles added (0 reports), 3 already stored, 1 failed" in second.stderr, describe(second)
    # Nothing new but the second failure (every run records its failures).
    assert {k: v for k, v in counts_second.items() if k != "failures"} == {
        k: v for k, v in counts_first.items() if k != "failures"
    }
    assert counts_second["failures"] == 2
    # DATELINE_DB was not used since --db was given.
    assert not (work / "unused.sqlite").exists()


@pytest.mark.model
def test_ingest_records_failures(ingested: tuple[Any, ...]) -> None:
    import sqlite3

    folder, db, *_ = ingested
    with sqlite3.connect(db) as conn:
        rows = conn.execute("select input, code, reason from failures").fetchall()
    assert rows
    for input_, code, reason in rows:
        assert input_ == str(folder / "empty.txt")
        assert code == "E001"
        assert "E001" in reason


@pytest.mark.model
def test_events_jsonl_lists_stored_events(ingested: tuple[Any, ...], work: Path) -> None:
    _, db, _, counts, *_ = ingested
    run = run_cli("events", "--db", str(db), "--format", "jsonl", db=work / "unused.sqlite")
    assert run.returncode == 0, describe(run)
    records = run.records()
    assert len(records) == counts["events"]
    events = [Event.model_validate(r) for r in records]
    # Every stored report belongs to exactly one listed event.
    assert sum(len(e.report_ids) for e in events) == counts["reports"]
    assert {r["location"]["country"] for r in records} == {"SYR", "AFG"}
    dates = [r["date"]["best"] for r in records]
    assert dates == sorted(dates)
    assert "2019-03-03" in dates and "2020-06-09" in dates


@pytest.mark.model
def test_events_csv_and_country_filter(ingested: tuple[Any, ...], work: Path) -> None:
    _, db, _, counts, *_ = ingested
    run = run_cli("events", "--db", str(db), "--format", "csv", db=work / "unused.sqlite")
    assert run.returncode == 0, describe(run)
    rows = list(csv.reader(io.StringIO(run.stdout)))
    header, body = rows[0], rows[1:]
    assert header[:4] == ["event_id", "date", "event_type", "sub_event_type"]
    assert "country" in header and "fatalities" in header
    assert len(body) == counts["events"]
    assert all(len(row) == len(header) for row in body)

    syr = run_cli("events", "--db", str(db), "--format", "csv", "--country", "SYR", db=work / "unused.sqlite")
    assert syr.returncode == 0, describe(syr)
    syr_rows = list(csv.DictReader(io.StringIO(syr.stdout)))
    assert syr_rows
    assert {row["country"] for row in syr_rows} == {"SYR"}
    assert len(syr_rows) == sum(1 for row in body if row[header.index("country")] == "SYR") < len(body)


def test_read_inputs_sees_what_the_cli_saw(article_file: Path) -> None:
    # Guard for the offset checks above: read_inputs gives one Article, not a Failure.
    items = list(read_inputs([str(article_file)]))
    assert len(items) == 1 and not isinstance(items[0], Failure)
    assert items[0].published == date(2019, 3, 5)
