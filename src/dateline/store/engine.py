"""Opening a database: URL handling, SQLite settings, schema migrations and clear errors.

A path means SQLite (one file, the default); anything with ``://`` is a SQLAlchemy URL, and a
bare ``postgresql://`` uses psycopg 3. Opening runs the Alembic migrations shipped in the
package; a database from a newer or an older (0.1, unversioned) Dateline is refused before
anything is written.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, create_engine, event, inspect
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError, SQLAlchemyError

from dateline.errors import DatelineError

WRITE = "dateline_write"  # execution option: take SQLite's write lock when the transaction begins


def default_db() -> str:
    """$DATELINE_DB, else ~/.local/share/dateline/dateline.sqlite (XDG_DATA_HOME honoured)."""
    if os.environ.get("DATELINE_DB"):
        return os.environ["DATELINE_DB"]
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return str(base / "dateline" / "dateline.sqlite")


def shown(db: str) -> str:
    """The database as error messages name it: a URL's password masked."""
    if "://" not in db:
        return db
    try:
        return make_url(db).render_as_string(hide_password=True)
    except ArgumentError:
        return db


def url_of(db: str) -> str:
    if "://" in db:
        url = make_url(db)
        if url.drivername == "postgresql":  # psycopg 3 is the driver we ship, not psycopg2
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    path = Path(db).expanduser()
    path.parent.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{path}"


def open_engine(db: str, *, timeout: float) -> Engine:
    """An engine for ``db``, connected once so a bad path or URL fails here (E013)."""
    try:
        url = url_of(db)
        dialect = make_url(url).get_backend_name()
        if dialect == "sqlite":
            engine = create_engine(url, connect_args={"timeout": timeout})
            _sqlite_transactions(engine)
        elif dialect == "postgresql":
            engine = create_engine(url, connect_args={"connect_timeout": max(1, round(timeout))}, pool_pre_ping=True)
        else:
            engine = create_engine(url)
        with engine.connect():
            pass
    except (SQLAlchemyError, OSError, ImportError) as exc:  # ImportError: the URL names a missing driver
        raise DatelineError("E013", db=shown(db), detail=_first_line(exc)) from exc
    return engine


def _sqlite_transactions(engine: Engine) -> None:
    # pysqlite opens transactions lazily and never around DDL; we issue BEGIN ourselves so a
    # migration is atomic, and BEGIN IMMEDIATE for writes so a locked file fails (after
    # busy_timeout) before any row is written instead of halfway through an article.
    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(WRITE) else "BEGIN")


def _first_line(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None) or exc
    text = str(inner).strip().splitlines()
    return text[0] if text else type(inner).__name__


def is_locked(exc: BaseException) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return isinstance(exc, OperationalError) and ("locked" in message or "lock timeout" in message)


@contextmanager
def translate_errors(db: str, timeout: float) -> Iterator[None]:
    """Turn a locked file or a lost server into a catalogue error (the transaction is rolled back)."""
    try:
        yield
    except OperationalError as exc:
        if is_locked(exc):
            raise DatelineError("E024", db=shown(db), seconds=timeout) from exc
        raise DatelineError("E013", db=shown(db), detail=_first_line(exc)) from exc
    except DBAPIError as exc:
        if exc.connection_invalidated:
            raise DatelineError("E013", db=shown(db), detail=_first_line(exc)) from exc
        raise


def migrations_dir() -> str:
    return str(resources.files("dateline.store").joinpath("migrations"))


def migrate(engine: Engine, db: str, *, timeout: float) -> None:
    """Bring the schema to the newest revision, refusing databases this code does not know."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    config = Config()
    config.set_main_option("script_location", migrations_dir())
    script = ScriptDirectory.from_config(config)
    with translate_errors(db, timeout), engine.connect() as conn:
        heads = MigrationContext.configure(conn).get_current_heads()
        tables = set(inspect(conn).get_table_names())
        conn.rollback()
        known = {rev.revision for rev in script.walk_revisions()}
        for head in heads:
            if head not in known:
                raise DatelineError("E022", db=shown(db), revision=head)
        if not heads and "articles" in tables:
            raise DatelineError("E023", db=shown(db))
        if set(heads) == set(script.get_heads()):
            return
        if heads:  # an existing store: say why opening it takes a while (0002 refills full text)
            logging.getLogger("dateline.store").warning(
                "upgrading %s from schema %s to %s (once; about 30 s per million events)",
                shown(db), ", ".join(heads), ", ".join(script.get_heads()),
            )
        conn.execution_options(**{WRITE: True})
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as exc:
            raise DatelineError("E013", db=shown(db), detail=str(exc)) from exc
        conn.commit()
