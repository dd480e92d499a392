"""`dateline ingest --workers N` and `--scheduler ADDR` run for real: a local Dask cluster of worker
processes, and a separately started cluster reached by its address. The store must end up the
same as with one process, failures must be recorded, and a re-run must add nothing."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from dateline.errors import DatelineError
from dateline.record import Article

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "outlets" / "articles.jsonl"

pytestmark = pytest.mark.model


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATELINE_DB": str(db), "COLUMNS": "200", "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "dateline.cli", *args], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The merge corpus with one line that has no text in the middle (a reader failure)."""
    lines = EXAMPLES.read_text(encoding="utf-8").splitlines()
    path = tmp_path_factory.mktemp("batch") / "batch.jsonl"
    path.write_text("\n".join([*lines[:5], json.dumps({"id": "empty", "text": "  "}), *lines[5:]]) + "\n", encoding="utf-8")
    return path


def stored(db: Path) -> dict[str, Any]:
    """What a user sees of a store: the merged events (no timestamps) and the recorded failures."""
    out = run("events", "--format", "jsonl", db=db)
    assert out.returncode == 0, out.stderr
    events = []
    for line in out.stdout.splitlines():
        e = json.loads(line)
        events.append(
            (
                e["event_id"],
                e["event_type"],
                e["sub_event_type"],
                e["fatalities"]["best"],
                e["corroboration"],
                sorted(e["flags"]),
                sorted(e["report_ids"]),
                e["confidence"],
            )
        )
    with sqlite3.connect(db) as con:
        failures = sorted(con.execute("select code from failures").fetchall())
        n_articles = con.execute("select count(*) from articles").fetchone()[0]
    return {"events": sorted(events), "failures": failures, "articles": n_articles}


@pytest.fixture(scope="module")
def one_process(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("one") / "one.sqlite"
    out = run("ingest", str(batch), db=db)
    assert out.returncode == 1, out.stderr  # one input failed, the rest were coded
    return stored(db)


def test_local_workers_store_what_one_process_stores(batch: Path, one_process: dict[str, Any], tmp_path: Path) -> None:
    db = tmp_path / "two.sqlite"
    out = run("ingest", str(batch), "--workers", "2", db=db)
    assert out.returncode == 1, out.stderr
    assert "17 articles added" in out.stderr and "1 failed" in out.stderr
    assert "INFO" not in out.stderr and "Traceback" not in out.stderr
    assert stored(db) == one_process
    assert len(one_process["events"]) == 7 and one_process["failures"] == [("E006",)]

    again = run("ingest", str(batch), "--workers", "2", db=db)
    assert "0 articles added" in again.stderr and "17 already stored" in again.stderr
    after = stored(db)
    assert after["events"] == one_process["events"] and after["articles"] == 17


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as c:
        yield c


def test_a_running_cluster_is_used_by_its_address(
    batch: Path, one_process: dict[str, Any], cluster: Any, tmp_path: Path
) -> None:
    db = tmp_path / "remote.sqlite"
    out = run("ingest", str(batch), "--scheduler", cluster.scheduler_address, db=db)
    assert out.returncode == 1, out.stderr
    assert stored(db) == one_process


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_scheduler_is_named_and_nothing_is_stored(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "none.sqlite"
    address = f"tcp://127.0.0.1:{_free_port()}"
    out = run("ingest", str(batch), "--scheduler", address, db=db)
    assert out.returncode == 3
    assert "E032" in out.stderr and address in out.stderr and "Traceback" not in out.stderr
    assert stored(db)["articles"] == 0


def test_workers_and_scheduler_together_are_refused(batch: Path, tmp_path: Path) -> None:
    out = run("ingest", str(batch), "--workers", "2", "--scheduler", "tcp://127.0.0.1:8786", db=tmp_path / "x.sqlite")
    assert out.returncode == 3 and "E033" in out.stderr


def test_a_model_missing_on_the_workers_is_one_clear_error(batch: Path, tmp_path: Path) -> None:
    db = tmp_path / "nomodel.sqlite"
    out = run("ingest", str(batch), "--workers", "2", "--model", "no_such_model_pkg", db=db)
    assert out.returncode == 3
    assert out.stderr.count("E010") == 1 and "no_such_model_pkg" in out.stderr
    assert "Traceback" not in out.stderr and "Compute Failed" not in out.stderr
    assert stored(db)["articles"] == 0


def test_a_lost_worker_turns_its_chunk_into_recorded_failures() -> None:
    import dask
    from distributed import Client, LocalCluster

    from dateline.parallel import _collect

    articles = [Article.from_text(f"Text number {i}.", id=f"a{i}") for i in range(2)]
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": 0}),
        LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as c,
        Client(c, set_as_default=False) as client,
    ):
        future = client.submit(os._exit, 1, pure=False)  # the worker process dies mid-task
        results = _collect(list(articles), future)
    assert [r.input for r in results] == ["a0", "a1"]  # type: ignore[union-attr]
    assert all(r.code == "E012" and "lost" in r.reason for r in results)  # type: ignore[union-attr]


def test_catalogue_errors_survive_the_trip_back_from_a_worker() -> None:
    import pickle

    error = pickle.loads(pickle.dumps(DatelineError("E010", name="m")))
    assert isinstance(error, DatelineError) and error.code == "E010" and "'m'" in str(error)


def test_code_with_workers_prints_what_one_process_prints(batch: Path, tmp_path: Path) -> None:
    serial = run("code", str(batch), "--format", "jsonl", db=tmp_path / "unused.sqlite")
    parallel = run("code", str(batch), "--format", "jsonl", "--workers", "2", db=tmp_path / "unused.sqlite")
    assert serial.returncode == parallel.returncode == 1  # the empty line failed, the rest were coded
    assert parallel.stdout == serial.stdout and len(serial.stdout.splitlines()) >= 17
    assert not (tmp_path / "unused.sqlite").exists()  # code stores nothing
