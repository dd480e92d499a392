"""The orchestrator: the pipeline's table of contents.

ingest (Article) -> nlp (spaCy Doc; by default the fast path of :mod:`dateline.nlp.fastpath`:
parser and NER only on sentences with a trigger or reporting word) -> extract (triggers, actors, places, dates,
numbers, attribution, modality) -> code (reports and mentions) -> CodedArticle.

:class:`Coder` holds what is loaded once per process (the spaCy model and the gazetteer);
``code_many`` is the fast path: ``nlp.pipe`` in batches, one failed article recorded and
skipped without sinking the batch.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable, Iterator
from datetime import date
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from dateline import __version__
from dateline.errors import DatelineError
from dateline.extract.actors import as_release
from dateline.extract.dictionary import check_release
from dateline.extract.events import ArticleCoder
from dateline.geo.gazetteer import Gazetteer
from dateline.ingest import Failure
from dateline.nlp.fastpath import FastPipeline
from dateline.nlp.model import load_model, model_label, remember_text
from dateline.record import Article, CodedArticle
from dateline.record import Coder as CoderStamp

log = logging.getLogger("dateline")


class Coder:
    """Loads the model and gazetteer once; codes articles one by one or in batches."""

    def __init__(
        self,
        *,
        model: str | None = None,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
        fast: bool | None = None,
        release: str | None = None,
    ) -> None:
        check_release(release)
        #: code named groups with the inter codes of this older ACLED release (None: current codebook)
        self.release = release
        self.nlp = nlp if nlp is not None else load_model(model)
        if fast is None:
            fast = not full_parse_requested()
        # the fast path needs the sm-style pipeline layout; any other model gets the full pass
        self.fast = FastPipeline(self.nlp) if fast and FastPipeline.usable(self.nlp) else None
        self.gazetteer = gazetteer if gazetteer is not None else Gazetteer.open()
        self.stamp = CoderStamp(version=__version__, model=model_label(self.nlp), gazetteer=self.gazetteer.version)
        self._coder = ArticleCoder(self.gazetteer, self.stamp)

    def parse(self, text: str) -> Doc:
        """The Doc the extractors read (fast path unless full parse was asked for)."""
        return self.fast(text) if self.fast is not None else remember_text(self.nlp(text), text)

    def parse_many(self, texts: list[str], batch_size: int) -> Iterator[Doc]:
        if self.fast is not None:
            return self.fast.pipe(texts, batch_size=batch_size)
        return (remember_text(doc, text) for doc, text in zip(self.nlp.pipe(texts, batch_size=batch_size), texts, strict=True))

    def code(self, article: Article) -> CodedArticle:
        doc = self.parse(article.text)
        reports, mentions = self._coder.code(article, doc)
        as_release(reports, self.release)
        return CodedArticle(article=article, events=reports, mentions=mentions, coder=self.stamp)

    def code_many(self, articles: Iterable[Article | Failure], batch_size: int = 16) -> Iterator[CodedArticle | Failure]:
        """Code a stream in nlp.pipe batches; failures pass through, in input order."""
        batch: list[Article | Failure] = []
        for item in articles:
            batch.append(item)
            if len(batch) >= batch_size:
                yield from self._code_batch(batch)
                batch = []
        if batch:
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article | Failure]) -> Iterator[CodedArticle | Failure]:
        arts = [a for a in batch if isinstance(a, Article)]
        docs = self.parse_many([a.text for a in arts], batch_size=len(arts) or 1)
        for item in batch:
            if isinstance(item, Failure):
                yield item
                continue
            doc = next(docs)
            try:
                reports, mentions = self._coder.code(item, doc)
            except Exception as exc:  # one bad document must not sink the batch; it is recorded
                log.exception("coding failed for %s", item.url or item.id)
                err = DatelineError("E012", detail=f"{type(exc).__name__}: {exc}")
                yield Failure(input=item.url or item.id, code="E012", reason=f"{item.url or item.id}: {err}")
                continue
            as_release(reports, self.release)
            yield CodedArticle(article=item, events=reports, mentions=mentions, coder=self.stamp)


def full_parse_requested() -> bool:
    """$DATELINE_FULL_PARSE=1 turns the fast path off (every sentence parsed, NER everywhere)."""
    return os.environ.get("DATELINE_FULL_PARSE", "").strip().lower() in ("1", "true", "yes", "on")


@lru_cache(maxsize=1)
def default_coder() -> Coder:
    """The process-wide coder for the Python API, built on first use."""
    return Coder()


def code_text(text: str, *, published: date | str | None = None, **fields: Any) -> CodedArticle:
    """Python API: code one article given as text (``dateline.code``)."""
    if isinstance(published, str):
        from dateline.ingest import parse_date

        published = parse_date(published)
    article = Article.from_text(text, published=published, **fields)
    return default_coder().code(article)
