"""Coding fanned out over processes: ``dateline ingest --workers N`` or ``--scheduler ADDR``.

Coding (spaCy and the extractors) is the slow part of ingest; storing and merging are not. So
only coding goes to Dask workers, in chunks of articles, and the calling process stays the one
writer: it takes the results back in input order, which makes the stored events the same as a
run in one process (merging depends on the order reports arrive).

- ``--workers N`` (N > 1) starts a local Dask cluster of N single-threaded worker processes.
- ``--scheduler ADDR`` uses a running cluster (``dask scheduler`` plus ``dask worker`` on other
  machines, each with dateline and the model installed).

Each worker process loads its coder (model and gazetteer) once, on its first chunk, and keeps it.
At most ``window`` chunks are in flight, so memory stays flat however long the input is.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from types import TracebackType
from typing import TYPE_CHECKING, Any

from dateline.errors import DatelineError
from dateline.ingest import Failure
from dateline.record import Article, CodedArticle

if TYPE_CHECKING:
    from distributed import Client, Future, LocalCluster

Item = Article | Failure
Result = CodedArticle | Failure

# A worker's coders by (model, full parse): built once per process, reused for every chunk.
_CODERS: dict[tuple[str | None, bool | None], Any] = {}

CONNECT_TIMEOUT_S = 10.0
WORKER_WAIT_S = 60.0


def code_chunk(model: str | None, fast: bool | None, items: list[Item]) -> list[Result] | DatelineError:
    """Run on a worker: code one chunk with the worker's own coder (built on first use).

    A catalogue error (a model not installed on the worker) is returned, not raised, so the
    caller reports it once in our words instead of each worker logging a traceback.
    """
    from dateline.pipeline import Coder

    key = (model, fast)
    coder = _CODERS.get(key)
    try:
        if coder is None:
            coder = _CODERS[key] = Coder(model=model, fast=fast)
        return list(coder.code_many(items, batch_size=max(1, len(items))))
    except DatelineError as exc:
        return exc


class ParallelCoder:
    """Codes a stream of articles on Dask workers and yields the results in input order.

    Use as a context manager: the local cluster (if any) is started on entry and shut down on exit.
    """

    def __init__(
        self,
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        model: str | None = None,
        fast: bool | None = None,
        chunk: int = 8,
        window: int | None = None,
    ) -> None:
        if (workers is None) == (scheduler is None):
            raise ValueError("give exactly one of workers (a local cluster) and scheduler (a running one)")
        if workers is not None and workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.scheduler = scheduler
        self.model = model
        self.fast = fast
        self.chunk = max(1, chunk)
        self._window = window
        self._cluster: LocalCluster | None = None
        self._client: Client | None = None

    def __enter__(self) -> ParallelCoder:
        from distributed import Client, LocalCluster

        if self.scheduler is not None:
            try:
                self._client = Client(self.scheduler, timeout=CONNECT_TIMEOUT_S, set_as_default=False)
            except (OSError, TimeoutError) as exc:
                raise DatelineError("E032", address=self.scheduler, detail=_one_line(exc)) from exc
            try:
                self._client.wait_for_workers(1, timeout=WORKER_WAIT_S)
            except (OSError, TimeoutError) as exc:
                self._client.close()
                raise DatelineError(
                    "E032", address=self.scheduler, detail=f"no worker joined within {WORKER_WAIT_S:g} s"
                ) from exc
        else:
            # The scheduler and nannies of a local cluster live in this process and the workers in theirs: keep
            # all their logging off stderr. A failure that matters reaches us as a lost worker (KilledWorker) or a
            # returned DatelineError and is reported once in our words; what they log at ERROR is shutdown races
            # ("Failed to communicate with scheduler during heartbeat" when a busy machine closes the scheduler
            # before a worker's last heartbeat), which once failed a clean E010 run with a traceback on stderr.
            for name in ("distributed", "distributed.scheduler", "distributed.nanny", "distributed.core"):
                logging.getLogger(name).setLevel(logging.CRITICAL)
            self._cluster = LocalCluster(
                n_workers=self.workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",
                silence_logs=logging.CRITICAL,
            )
            self._client = Client(self._cluster, set_as_default=False)
            self._client.register_plugin(_quiet_worker_logs())
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._client is not None:
            self._client.close()
        if self._cluster is not None:
            self._cluster.close()
        self._client = self._cluster = None

    @property
    def n_workers(self) -> int:
        assert self._client is not None, "use ParallelCoder as a context manager"
        return max(1, len(self._client.scheduler_info().get("workers", {})))

    def code_many(self, items: Iterable[Item]) -> Iterator[Result]:
        """Code every article on the workers; failures pass through; results come in input order."""
        client = self._client
        assert client is not None, "use ParallelCoder as a context manager"
        window = self._window or 2 * self.n_workers + 1
        pending: deque[tuple[list[Item], Future]] = deque()
        for chunk in _chunks(items, self.chunk):
            pending.append((chunk, client.submit(code_chunk, self.model, self.fast, chunk, pure=False)))
            if len(pending) >= window:
                yield from _collect(*pending.popleft())
        while pending:
            yield from _collect(*pending.popleft())


def _quiet_worker_logs() -> Any:
    """A plugin that turns off ``distributed``'s logging inside each worker process of our local cluster
    (``silence_logs`` reaches only the nanny's logger there), including workers restarted after a loss."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class QuietLogs(WorkerPlugin):
        name = "dateline-quiet-logs"
        idempotent = True

        def setup(self, worker: Any) -> None:
            logging.getLogger("distributed").setLevel(logging.CRITICAL)

    return QuietLogs()


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _collect(chunk: list[Item], future: Future) -> list[Result]:
    """The chunk's results; a chunk whose worker died is recorded as failed articles, not lost."""
    from distributed import KilledWorker

    try:
        results: list[Result] | DatelineError = future.result()
    except KilledWorker as exc:
        detail = f"the worker coding it was lost ({_one_line(exc)}); run the ingest again to retry"
        return [_failed(item, detail) for item in chunk]
    if isinstance(results, DatelineError):
        raise results  # e.g. the model is not installed on the worker: every chunk would fail alike
    return results


def _failed(item: Item, detail: str) -> Failure:
    if isinstance(item, Failure):
        return item
    name = item.url or item.id
    return Failure(input=name, code="E012", reason=f"{name}: {DatelineError('E012', detail=detail)}")


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0]}" if text else type(exc).__name__
