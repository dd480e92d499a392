"""Dateline: an offline coder of conflict reporting.

``dateline.code(text, published=..., url=...)`` codes one article and returns a
:class:`~dateline.record.CodedArticle` with ``.events`` (reports) and ``.mentions``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from dateline.record import CodedArticle

__all__ = ["__version__", "code"]


def code(text: str, **kwargs: Any) -> CodedArticle:
    """Code one article given as text. Keyword arguments: published, url, title, outlet, author, id."""
    from dateline.pipeline import code_text

    return code_text(text, **kwargs)
