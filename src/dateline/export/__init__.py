"""Export merged events in the field's formats: ACLED CSV, UCDP GED-style CSV, GDELT-style TSV,
GeoJSON and Parquet (see docs/export.md for every column and how it is computed).

    from dateline.export import export
    summary = export(events, "acled", Path("events.csv"))          # + events.csv.claims.jsonl
    export(events, "geojson", None, stream=sys.stdout)             # text formats can stream

Provenance is never dropped: the CSV/TSV formats get a claims sidecar (``FILE.claims.jsonl``,
one line per claim, keyed by the row's id and the event id); GeoJSON and Parquet carry the
claims, source chains, figures and contradictions inside each record.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Literal, get_args

from dateline.export.fields import PlaceLookup
from dateline.record import Event

ExportFormat = Literal["acled", "ucdp", "gdelt", "geojson", "parquet"]
FORMATS: tuple[str, ...] = get_args(ExportFormat)
#: Formats written as delimited text, with a claims sidecar beside the file.
DELIMITED = ("acled", "ucdp", "gdelt")

__all__ = ["DELIMITED", "FORMATS", "ExportFormat", "ExportSummary", "columns", "export"]


@dataclass
class ExportSummary:
    format: str
    rows: int = 0
    out: Path | None = None
    sidecar: Path | None = None
    skipped: dict[str, int] = field(default_factory=dict)  # reason -> events left out
    unlocated: int = 0  # events written without coordinates (null geometry / empty lat-lon)

    def describe(self) -> str:
        where = str(self.out) if self.out else "stdout"
        text = f"{self.rows} {self.format} rows -> {where}"
        if self.sidecar:
            text += f" (claims: {self.sidecar})"
        for reason, n in self.skipped.items():
            if n:
                text += f"; {n} skipped: {reason}"
        if self.unlocated:
            text += f"; {self.unlocated} without coordinates"
        return text


def columns(fmt: str) -> tuple[str, ...]:
    """The columns (or GeoJSON properties) a format writes, in order."""
    from dateline.export import acled, flat, gdelt, ucdp

    if fmt == "acled":
        return acled.COLUMNS
    if fmt == "ucdp":
        return ucdp.COLUMNS
    if fmt == "gdelt":
        return gdelt.COLUMNS
    if fmt in ("geojson", "parquet"):
        return tuple(name for name, _ in flat.FIELDS)
    raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")


def _unlocated(e: Event) -> bool:
    return e.location is None or e.location.lat is None or e.location.lon is None


def _counting(events: Iterable[Event], summary: ExportSummary) -> Iterator[Event]:
    for e in events:
        summary.unlocated += _unlocated(e)
        yield e


def _counting_rows(rows: Iterator[tuple[Event, str, dict[str, Any]]], summary: ExportSummary) -> Iterator[tuple[Event, str, dict[str, Any]]]:
    # Counted on written rows, so events a format skips (UCDP) are not reported as unlocated.
    for item in rows:
        summary.unlocated += _unlocated(item[0])
        yield item


def export(
    events: Iterable[Event],
    fmt: str,
    out: Path | None,
    *,
    force: bool = False,
    stream: IO[str] | None = None,
    places: PlaceLookup | None = None,
) -> ExportSummary:
    """Write ``events`` as ``fmt`` to ``out`` (atomically, with a claims sidecar for CSV/TSV), or
    to ``stream`` when ``out`` is None (text formats only; no sidecar). ``places`` (a
    :class:`dateline.geo.gazetteer.Gazetteer`) sharpens place kinds and GDELT ADM1 codes.

    Raises DatelineError E030 when ``out`` exists without ``force``, E031 when it cannot be written;
    ValueError for an unknown format or parquet without ``out``."""
    from dateline.export import acled, gdelt, ucdp, writers

    columns(fmt)  # validates the format name
    if out is None and (fmt == "parquet" or stream is None):
        raise ValueError("parquet needs an output file" if fmt == "parquet" else "give out or stream")
    summary = ExportSummary(format=fmt, out=out)
    sidecar = fmt in DELIMITED and out is not None
    if out is not None:
        writers.check_target(out, force=force, sidecar=sidecar)
    skipped = ucdp.Skipped()

    def text(target: IO[str], side: IO[str] | None) -> int:
        if fmt == "geojson":
            return writers.write_geojson(_counting(events, summary), target)[0]
        it = iter(events)
        rows: Iterator[tuple[Event, str, dict[str, Any]]]
        if fmt == "acled":
            rows = acled.rows(it)
        elif fmt == "ucdp":
            rows = ucdp.rows(it, skipped, places)
        else:
            rows = gdelt.rows(it, places)
        return writers.write_delimited(_counting_rows(rows, summary), columns(fmt), target, side, delimiter="\t" if fmt == "gdelt" else ",")

    if out is None:
        assert stream is not None
        summary.rows = text(stream, None)
    elif fmt == "parquet":
        summary.rows = writers.atomic(out, lambda temps: writers.write_parquet(_counting(events, summary), temps[out]), sidecar=False)
    else:

        def write(temps: dict[Path, Path]) -> int:
            side_path = temps.get(writers.sidecar_path(out))
            with open(temps[out], "w", encoding="utf-8", newline="") as target:
                if side_path is None:
                    return text(target, None)
                with open(side_path, "w", encoding="utf-8") as side:
                    return text(target, side)

        summary.rows = writers.atomic(out, write, sidecar=sidecar)
        summary.sidecar = writers.sidecar_path(out) if sidecar else None
    if fmt == "ucdp":
        summary.skipped = {"not organized violence (GED covers battles, explosions, violence against civilians)": skipped.non_violent, "no reported death (GED needs at least one)": skipped.no_deaths}
    return summary
