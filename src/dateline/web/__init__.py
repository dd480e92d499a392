"""The map-and-timeline page: static files served by :mod:`dateline.api` (no third-party code, no CDN)."""
