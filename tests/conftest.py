"""Shared fixtures: the spaCy model and the coder are loaded once per test session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("DATELINE_SHARED", REPO.parent / "shared"))


def shared_path(*parts: str) -> Path:
    """A file in ../shared (the evaluation data beside the repo). CI always has it: fail there
    rather than skip; elsewhere skip with the reason shown."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must have ../shared beside the repository")
        pytest.skip(f"{path} not found (../shared is not beside this checkout)")
    return path


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from dateline.nlp.model import load_model

    return load_model()


@pytest.fixture(scope="session")
def coder(nlp):  # type: ignore[no-untyped-def]
    from dateline.pipeline import Coder

    return Coder(nlp=nlp)


@pytest.fixture(scope="session")
def pg_server():  # type: ignore[no-untyped-def]
    """A real PostgreSQL server for the session (see tests/pg.py). Missing binaries fail in CI."""
    from tests.pg import find_bin, postgres_server

    bin_dir = find_bin()
    if bin_dir is None:
        reason = "no PostgreSQL server binaries (initdb, pg_ctl): run `make setup` or apt-get install postgresql"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    with postgres_server(bin_dir) as server:
        yield server
