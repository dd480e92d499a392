"""Alembic migrations of the store schema, run by :class:`dateline.store.Store` when it opens a database."""
