"""Serve the event store: a read-only HTTP API (plus token-guarded ingest) and the map page.

``create_app(store, token=...)`` builds the FastAPI application; ``dateline serve`` runs it
under uvicorn. The page's static files live in :mod:`dateline.web`.
"""

from __future__ import annotations

from dateline.api.app import create_app

__all__ = ["create_app"]
