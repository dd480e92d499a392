"""The store: articles, reports, mentions and failures in SQLite (default) via SQLAlchemy."""
