"""The event store: articles, reports, merged events, revisions and the change feed, in SQLite
(default, one file) or PostgreSQL, through SQLAlchemy with Alembic migrations (see docs/store.md).

``Store`` is imported lazily so that ``dateline.store.query`` stays cheap to import.
"""

from __future__ import annotations

from typing import Any

__all__ = ["DeleteResult", "Store", "StoreResult"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from dateline.store import db

        return getattr(db, name)
    raise AttributeError(name)
