"""Writing an export: CSV/TSV with a claims sidecar, GeoJSON, Parquet; all-or-nothing files.

A file export is written to a temporary file beside the target and renamed into place only when
complete, so a failed or interrupted export leaves no partial file (and never half of a
main-file/sidecar pair).
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from dateline.errors import DatelineError
from dateline.export import flat
from dateline.record import Event

Rows = Iterator[tuple[Event, str, dict[str, Any]]]

#: Keys of each line of the claims sidecar (FILE.claims.jsonl).
SIDECAR_KEYS: tuple[str, ...] = (
    "id", "event_id", "report_id", "article", "outlet", "source", "kind", "chain", "chain_id",
    "verb", "hedge", "quote", "fields", "value",
)


def sidecar_path(out: Path) -> Path:
    return out.with_name(out.name + ".claims.jsonl")


def claim_lines(e: Event, export_id: str) -> Iterator[dict[str, Any]]:
    """One sidecar line per claim, keyed by the exported row's id and the event id."""
    for c in e.claims:
        yield {
            "id": export_id, "event_id": e.event_id, "report_id": c.report_id, "article": c.article_id,
            "outlet": c.outlet, "source": c.source, "kind": c.kind, "chain": c.chain, "chain_id": c.chain_id,
            "verb": c.verb, "hedge": c.hedge, "quote": c.quote, "fields": c.fields, "value": c.value,
        }


def _cell(v: Any) -> Any:
    return "" if v is None else v


def write_delimited(rows: Rows, columns: tuple[str, ...], stream: IO[str], sidecar: IO[str] | None, *, delimiter: str = ",") -> int:
    """Header plus one line per row; claims go to ``sidecar`` when given. Returns the row count."""
    w = csv.writer(stream, delimiter=delimiter, lineterminator="\n")
    w.writerow(columns)
    n = 0
    for e, export_id, r in rows:
        w.writerow([_cell(r[c]) for c in columns])
        if sidecar is not None:
            for line in claim_lines(e, export_id):
                sidecar.write(json.dumps(line, ensure_ascii=False) + "\n")
        n += 1
    return n


def _json_default(v: Any) -> Any:
    if isinstance(v, date):
        return v.isoformat()
    raise TypeError(f"not JSON serializable: {type(v).__name__}")


def feature(e: Event) -> dict[str, Any]:
    """An RFC 7946 Feature: a [lon, lat] Point, or a null geometry when the event has no
    coordinates (RFC 7946 section 3.2 allows this for unlocated features)."""
    loc = e.location
    geometry = None
    if loc is not None and loc.lat is not None and loc.lon is not None:
        geometry = {"type": "Point", "coordinates": [round(loc.lon, 6), round(loc.lat, 6)]}
    return {"type": "Feature", "id": e.event_id, "geometry": geometry, "properties": flat.row(e)}


def write_geojson(events: Iterator[Event], stream: IO[str]) -> tuple[int, int]:
    """A FeatureCollection streamed feature by feature. Returns (features, without coordinates)."""
    stream.write('{"type": "FeatureCollection", "features": [')
    n = unlocated = 0
    for e in events:
        f = feature(e)
        unlocated += f["geometry"] is None
        stream.write(("\n" if n == 0 else ",\n") + json.dumps(f, ensure_ascii=False, default=_json_default))
        n += 1
    stream.write("\n]}\n")
    return n, unlocated


def parquet_schema() -> Any:
    import pyarrow as pa

    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "date": pa.date32(), "json": pa.string()}
    return pa.schema([(name, types[kind]) for name, kind in flat.FIELDS])


def write_parquet(events: Iterator[Event], path: Path, *, batch: int = 5000) -> int:
    """One row per event; nested provenance as JSON strings. Written in row groups of ``batch``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    json_cols = [name for name, kind in flat.FIELDS if kind == "json"]
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buffer: list[dict[str, Any]] = []

        def flush() -> None:
            for r in buffer:
                for c in json_cols:
                    r[c] = json.dumps(r[c], ensure_ascii=False)
            writer.write_table(pa.Table.from_pylist(buffer, schema=schema))
            buffer.clear()

        for e in events:
            buffer.append(flat.row(e))
            n += 1
            if len(buffer) >= batch:
                flush()
        if buffer or n == 0:
            flush()
    return n


def check_target(out: Path, *, force: bool, sidecar: bool) -> None:
    """E030 when the target (or its sidecar) exists and ``force`` is not given."""
    targets = [out, sidecar_path(out)] if sidecar else [out]
    for t in targets:
        if t.exists() and not force:
            raise DatelineError("E030", path=str(t))
    if out.is_dir():
        raise DatelineError("E031", path=str(out), detail="it is a folder")
    if not out.parent.is_dir():
        raise DatelineError("E031", path=str(out), detail=f"folder {str(out.parent)!r} does not exist")


def atomic(out: Path, write: Callable[[dict[Path, Path]], Any], *, sidecar: bool) -> Any:
    """Run ``write(temps)`` with temporary paths for the target (and sidecar), then rename them
    into place; on any error remove the temporaries and raise E031."""
    targets = [out, sidecar_path(out)] if sidecar else [out]
    temps: dict[Path, Path] = {}
    try:
        for t in targets:
            fd, name = tempfile.mkstemp(dir=t.parent, prefix=f".{t.name}.", suffix=".part")
            os.close(fd)
            temps[t] = Path(name)
        result = write(temps)
        # The main file last: once it is in place, its sidecar already is.
        for t in reversed(targets):
            os.replace(temps[t], t)
        return result
    except OSError as exc:
        raise DatelineError("E031", path=str(out), detail=exc.strerror or str(exc)) from exc
    finally:
        for tmp in temps.values():
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
