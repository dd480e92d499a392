#!/usr/bin/env python
"""Regenerate docs/cli.md (the ``--help`` of every command) and docs/errors.md (the message catalogue).

    python scripts/gen_cli_docs.py           # rewrite both files
    python scripts/gen_cli_docs.py --check   # exit 1 if either file is out of date

The help text is taken from real runs of the CLI in a subprocess, with the environment pinned so
the output is the same everywhere: typer's rich help at a fixed width of 100 columns
(TERMINAL_WIDTH), never treated as a terminal (_TYPER_FORCE_DISABLE_TERMINAL, so no colour
codes whatever GITHUB_ACTIONS or FORCE_COLOR say), UTF-8 output (so rich keeps its box-drawing
characters instead of falling back to ASCII), and trailing spaces stripped from every line.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CLI_MD = ROOT / "docs" / "cli.md"
ERRORS_MD = ROOT / "docs" / "errors.md"
REGENERATE = "python scripts/gen_cli_docs.py"

#: Every command documented in docs/cli.md, in order.
COMMANDS: list[tuple[str, ...]] = [
    (),
    ("code",),
    ("ingest",),
    ("events",),
    ("delete",),
    ("export",),
    ("geoparse",),
    ("schema",),
    ("eval",),
    ("serve",),
    ("gazetteer",),
    ("gazetteer", "build"),
    ("gazetteer", "import"),
    ("gazetteer", "info"),
]

_RUN_APP = "from dateline.cli import app; app(prog_name='dateline')"

#: What a user should do about each catalogue message. Every code in dateline.errors.Messages
#: needs an entry here; the script refuses to run without one.
ADVICE: dict[str, str] = {
    "E001": "The file, stdin or JSON Lines record holds no text (or only whitespace). Check that the file was saved completely, or leave it out.",
    "E002": "Give Dateline text, HTML or a `.jsonl` batch. Convert PDF, Word and other binary documents to plain text first.",
    "E003": "The bytes are not UTF-8, UTF-16 or Windows-1252 text. Re-save the file as UTF-8.",
    "E004": "The page has no article text that could be found (an index page, a page built by scripts, a broken file). Save the article's text as a `.txt` file and code that.",
    "E005": "Fix the JSON on the named line: one complete JSON object per line. The other lines of the batch are still coded.",
    "E006": "Give every line a non-empty `text` string; `id`, `url`, `title`, `outlet`, `author` and `published` are optional.",
    "E007": "Write the date as `YYYY-MM-DD`, e.g. `--published 2019-03-05`.",
    "E008": "Check the path or glob pattern. A folder is searched for {suffixes} files (hidden files and folders are skipped).",
    "E009": "The input exists but could not be read: check its permissions and that it is a regular file.",
    "E010": "Install the model package named in the message, pass `--model` with a spaCy model that is installed, or set `DATELINE_MODEL`.",
    "E011": "Check the address and the network connection, or save the page and code the saved file (Dateline itself runs offline).",
    "E012": "A bug in Dateline: the other articles are still coded. Report it with the article that triggered it; `dateline -v` shows the traceback.",
    "E013": "Check `--db` (or `DATELINE_DB`): a file path whose folder can be created and written, not a folder, or a SQLAlchemy URL whose database driver is installed.",
    "E014": "HTTP API: fix the named query parameter or body field; the message says what form it takes (dates as YYYY-MM-DD, bbox as west,south,east,north). See docs/api.md.",
    "E015": "HTTP API: the parameter is not one the endpoint knows (often a typo); the message lists the accepted ones.",
    "E016": "HTTP API: no event, article or path by that id. Event ids come from `GET /events`; article ids are the given id or the sha256 of the text.",
    "E017": "HTTP API: send a smaller body (one article per request), or start the server with a larger limit.",
    "E018": "HTTP API: send `Authorization: Bearer TOKEN` with the token the server was started with (`--token` or `DATELINE_API_TOKEN`).",
    "E019": "HTTP API: the server was started without a token, so it is read-only. Restart it with `--token` (or `DATELINE_API_TOKEN`) to accept `POST /articles`.",
    "E020": "HTTP API: post articles as JSON (`{\"text\": ...}`), as an HTML page (`text/html`) or as plain text (`text/plain`).",
    "E021": "HTTP API: only `GET` reads and `POST /articles` exist; use `dateline ingest` or `dateline delete` for other changes.",
    "E022": "The database was created or upgraded by a newer Dateline. Install that version (or newer), or point `--db` at another database.",
    "E023": "Files from Dateline 0.1 used a schema without migrations. Keep the old file, create a new database and run `dateline ingest` again on the articles.",
    "E024": "Another process holds a write lock on the SQLite file (often another `dateline ingest`). Wait for it to finish and run the command again; for many writers at once use PostgreSQL.",
    "E025": "Give an article id or sha256 that is stored (`dateline events --format jsonl` lists them under `articles`); when several articles share an id, use the sha256.",
    "E026": "Fix the file named by `DATELINE_MERGE_RULE`: one JSON or TOML object whose keys are the settings in docs/merging.md (a misspelt key is refused, not ignored), or unset the variable to use the defaults.",
    "E027": "Fix the file named by `DATELINE_OUTLETS`: an object with an `outlets` list whose entries have a `name`, a `kind` from docs/merging.md and an ISO 3166 alpha-3 `owner_country`; or unset the variable.",
    "E028": "The GeoNames dump or OCHA COD-AB folder could not be read whole (a damaged or partial download, not a zip, no admin-boundary layer). Download it again; the gazetteer in use was not touched.",
    "E029": "A row of the GeoNames dump is malformed (wrong column count, a non-numeric id, coordinates out of range, a truncated last line). Download the file again; the gazetteer in use was not touched.",
    "E030": "`dateline export` never overwrites silently: choose another `--out`, or pass `--force` to replace the file (and its `.claims.jsonl` sidecar).",
    "E031": "Check that the folder of `--out` exists and is writable and that the disk has room; a partly written temporary file is removed.",
    "E032": "Check the address (`tcp://HOST:PORT` of `dask scheduler`), that the scheduler is running and reachable, and that at least one `dask worker` has joined it, with dateline and the model installed. Or drop `--scheduler` to code on this machine (`--workers N`).",
    "E033": "`--workers N` starts workers on this machine; `--scheduler ADDR` uses the workers of a running cluster. Pick one.",
    "W001": 'Pass `--published YYYY-MM-DD`, or start the text file with a date line, so that dates such as "yesterday" or "on Sunday" can be resolved.',
    "W002": "Fix the `published` value on the named line (`YYYY-MM-DD`); until then the article is coded without a publication date.",
}

EXIT_CODES = [
    ("0", "Every input was coded."),
    (
        "1",
        "Some inputs failed; each is named on stderr with its code (and recorded in the database by `ingest`).",
    ),
    ("2", "Usage error: an unknown option or an invalid value, such as a bad `--published` date."),
    ("3", "Every input failed, there was nothing to code, or the model or database could not be opened."),
]


def _help_env() -> dict[str, str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"FORCE_COLOR", "PY_COLORS", "TYPER_USE_RICH", "COLUMNS", "LINES"}
    }
    env.update(
        TERMINAL_WIDTH="100",
        _TYPER_FORCE_DISABLE_TERMINAL="1",
        NO_COLOR="1",
        PYTHONIOENCODING="utf-8",
        PYTHONUTF8="1",
    )
    return env


def help_text(command: tuple[str, ...]) -> str:
    """The ``--help`` output of ``dateline COMMAND``, trailing spaces and blank edges removed."""
    proc = subprocess.run(
        [sys.executable, "-c", _RUN_APP, *command, "--help"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=_help_env(),
        cwd=ROOT,
        timeout=60,
        check=False,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"dateline {' '.join(command)} --help failed ({proc.returncode}):\n{proc.stderr}")
    lines = [line.rstrip() for line in proc.stdout.splitlines()]
    return "\n".join(lines).strip("\n")


def cli_md() -> str:
    parts = [
        "# Command-line reference",
        "",
        f"Generated from the `--help` output of each command by `{REGENERATE}`; do not edit by hand.",
        "Exit codes and message codes are listed in [errors.md](errors.md).",
    ]
    for command in COMMANDS:
        name = " ".join(("dateline", *command))
        parts += ["", f"## `{name}`", "", "```text", help_text(command), "```"]
    return "\n".join(parts) + "\n"


def catalogue() -> list[tuple[str, str]]:
    """(code, message template) for every entry of dateline.errors.Messages, in code order."""
    from dateline.errors import Messages

    return sorted((name, value) for name, value in vars(Messages).items() if re.fullmatch(r"[EW]\d{3}", name))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def errors_md() -> str:
    from dateline.ingest import FOLDER_SUFFIXES

    codes = catalogue()
    missing = [code for code, _ in codes if code not in ADVICE]
    extra = sorted(set(ADVICE) - {code for code, _ in codes})
    if missing or extra:
        raise SystemExit(
            f"scripts/gen_cli_docs.py: ADVICE is out of step with dateline.errors.Messages (missing {missing}, unknown {extra})"
        )
    suffixes = ", ".join(f"`{s}`" for s in sorted(FOLDER_SUFFIXES))
    parts = [
        "# Messages and exit codes",
        "",
        f"Generated from `dateline.errors.Messages` by `{REGENERATE}`; do not edit by hand.",
        "",
        "Errors (`E…`) stop one input: it is named on stderr as `INPUT: CODE: message`, `ingest` records it",
        "in the database's `failures` table, and the other inputs go on. Warnings (`W…`) are logged and the",
        "work goes on. Words in braces are filled in with the details of each case.",
        "",
        "| Code | Kind | Message | What to do |",
        "| --- | --- | --- | --- |",
    ]
    for code, message in codes:
        kind = "error" if code.startswith("E") else "warning"
        advice = ADVICE[code].replace("{suffixes}", suffixes)
        parts.append(f"| {code} | {kind} | `{_cell(message)}` | {_cell(advice)} |")
    parts += ["", "## Exit codes", "", "| Code | Meaning |", "| --- | --- |"]
    parts += [f"| {code} | {_cell(meaning)} |" for code, meaning in EXIT_CODES]
    return "\n".join(parts) + "\n"


def outputs() -> dict[Path, str]:
    """Every generated file and the text it should hold."""
    return {CLI_MD: cli_md(), ERRORS_MD: errors_md()}


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    for path, text in outputs().items():
        current = path.read_text(encoding="utf-8") if path.exists() else None
        if current == text:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path.relative_to(ROOT)}")
    if check and stale:
        for path in stale:
            print(f"{path.relative_to(ROOT)} is out of date: run `{REGENERATE}`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
