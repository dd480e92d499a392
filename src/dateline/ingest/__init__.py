"""Ingest: read files, folders, globs, URLs, stdin and JSON Lines into :class:`~dateline.record.Article`.

``read_inputs(inputs, published=..., stdin=...)`` yields an ``Article`` per document and a
``Failure`` (input, catalogue code, one-line reason) per input that could not be read.
``parse_date`` is the strict date parser behind ``--published`` and the date lines of text files.
"""

from __future__ import annotations

from dateline.ingest.dates import parse_date
from dateline.ingest.reader import FOLDER_SUFFIXES, Failure, read_inputs

__all__ = ["FOLDER_SUFFIXES", "Failure", "parse_date", "read_inputs"]
