"""Helpers for the API and page tests: a real SQLite store seeded from tests/fixtures/web, and a
real ``dateline serve`` process on a free port."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

FIXTURES = Path(__file__).parent / "fixtures" / "web"
TOKEN = "test-token-7c1e"


def fixture_articles() -> list[Path]:
    return sorted(FIXTURES.glob("*.txt"))


def seed_db(path: Path | str, coder: Any) -> list[Any]:
    """Code every fixture article and store it (a new SQLite file, or a database URL); returns the coded articles."""
    from dateline.ingest import Failure, read_inputs
    from dateline.store.db import Store

    coded = []
    with Store(str(path)) as store:
        for article in read_inputs([str(p) for p in fixture_articles()]):
            assert not isinstance(article, Failure), article
            result = coder.code(article)
            store.add(result)
            coded.append(result)
    return coded


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def running_server(db: Path, *, token: str | None = TOKEN, timeout: float = 60.0) -> Iterator[str]:
    """``dateline serve`` in a subprocess; yields its base URL and stops it afterwards."""
    port = free_port()
    cmd = [sys.executable, "-m", "dateline.cli", "serve", "--db", str(db), "--port", str(port)]
    env = dict(os.environ)
    env.pop("DATELINE_API_TOKEN", None)
    if token is not None:
        cmd += ["--token", token]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if proc.poll() is not None:
                out = proc.stdout.read() if proc.stdout else ""
                raise AssertionError(f"dateline serve exited with {proc.returncode}:\n{out}")
            try:
                if httpx.get(base + "/stats", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.monotonic() > deadline:
                raise AssertionError(f"dateline serve did not answer on {base} within {timeout} s")
            time.sleep(0.2)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout:
            proc.stdout.close()
