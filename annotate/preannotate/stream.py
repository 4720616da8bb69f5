"""Running the pre-annotator over many documents: one at a time in this process, or spread
over worker processes with a bounded window, in input order (memory flat in corpus size)."""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.pool import AsyncResult
from typing import TypeVar

from annotate.labelstudio.tasks import Task
from annotate.preannotate.output import TaskSummary, encode_built_task
from annotate.preannotate.pipeline import SCAN_BATCH, Preannotator, Prediction, chunks
from annotate.schema import Document

_R = TypeVar("_R")

_DEFAULT: list[Preannotator] = []
_WORKER: list[Preannotator] = []
_CHUNK = 16

# Below this much text a second process costs more than it saves: forking is cheap, but each
# worker faults in the lexicon's pages and the main process waits for the first chunk anyway.
AUTO_JOBS_BYTES = 1_000_000


def auto_jobs(text_bytes: int) -> int:
    """Worker processes for `--jobs 0`: one per core this process may run on for an input of
    at least `AUTO_JOBS_BYTES`, else 1 (the output is the same either way)."""
    if text_bytes < AUTO_JOBS_BYTES:
        return 1
    if hasattr(os, "sched_getaffinity"):  # Linux: honours taskset and container CPU sets
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def default_preannotator() -> Preannotator:
    """The preannotator of the packaged lexicons (built once per process)."""
    if not _DEFAULT:
        _DEFAULT.append(Preannotator())
    return _DEFAULT[0]


def preannotate_document(doc: Document, preannotator: Preannotator | None = None) -> Prediction:
    """The prediction for one document."""
    return (preannotator or default_preannotator()).predict(doc)


def preannotate(
    docs: Iterable[Document], preannotator: Preannotator | None = None
) -> Iterator[Prediction]:
    """Predictions for `docs`, one at a time, in order (streams: memory flat in corpus size)."""
    engine = preannotator or default_preannotator()
    for doc in docs:
        yield engine.predict(doc)


def _init_worker(engine: Preannotator) -> None:
    _WORKER[:] = [engine]
    gc.freeze()  # the lexicon lives as long as the worker: no collection need walk it


@contextmanager
def _cycle_collector_off() -> Iterator[None]:
    """Pre-annotation makes no reference cycles (refcounting frees all it allocates), and the
    cyclic collector, triggered by every few hundred allocations, would walk each document's
    hits and candidates again and again, and now and then the whole lexicon."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _tasks(engine: Preannotator, chunk: list[Document]) -> list[Task]:
    version = engine.model_version
    with _cycle_collector_off():
        return [plan.task(version) for plan in engine.plans(chunk)]


def _tasks_of(chunk: list[Document]) -> list[Task]:
    return _tasks(_WORKER[0], chunk)


Encoded = tuple[list[bytes], TaskSummary]


def _encoded(engine: Preannotator, chunk: list[Document]) -> Encoded:
    version = engine.model_version
    summary = TaskSummary()
    out: list[bytes] = []
    with _cycle_collector_off():  # only bytes outlive it: nothing left for the collector
        for plan in engine.plans(chunk):
            summary.add_plan(plan)
            out.append(encode_built_task(plan.task(version)))
    return out, summary


def _encoded_of(chunk: list[Document]) -> Encoded:
    return _encoded(_WORKER[0], chunk)


def preannotate_encoded(
    docs: Iterable[Document], preannotator: Preannotator | None = None, jobs: int = 1
) -> Iterator[Encoded]:
    """`preannotate_tasks`, serialised with `encode_task` by whichever process made them:
    a list of task bytes and their summary per share of the documents, in input order.

    With worker processes this is what keeps them busy: the main process only writes bytes
    (parsing task dicts back from the workers would cost it about what making them costs)."""
    engine = preannotator or default_preannotator()
    if jobs <= 1:
        for chunk in chunks(docs, SCAN_BATCH):
            yield _encoded(engine, chunk)
        return
    yield from _pooled(docs, engine, jobs, _encoded_of)


def preannotate_tasks(
    docs: Iterable[Document], preannotator: Preannotator | None = None, jobs: int = 1
) -> Iterator[Task]:
    """Label Studio tasks for `docs`, in input order, spread over `jobs` processes.

    Streams with a bounded window (a few chunks per process in flight), so memory stays flat
    whatever the corpus size.
    """
    engine = preannotator or default_preannotator()
    if jobs <= 1:
        for chunk in chunks(docs, SCAN_BATCH):
            yield from _tasks(engine, chunk)
        return
    yield from (task for tasks in _pooled(docs, engine, jobs, _tasks_of) for task in tasks)


def _pooled(
    docs: Iterable[Document],
    engine: Preannotator,
    jobs: int,
    work: Callable[[list[Document]], _R],
) -> Iterator[_R]:
    """`work` of each chunk of `docs`, in order, over `jobs` worker processes with a bounded
    window (a few chunks per process in flight), so memory stays flat."""
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    with context.Pool(jobs, initializer=_init_worker, initargs=(engine,)) as pool:
        pending: deque[AsyncResult[_R]] = deque()
        for chunk in chunks(docs, _CHUNK):
            pending.append(pool.apply_async(work, (chunk,)))
            if len(pending) >= 3 * jobs:
                yield pending.popleft().get()
        while pending:
            yield pending.popleft().get()
