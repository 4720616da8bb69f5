"""Pass 2 of `annotate merge`: grouped documents -> gold records and conflicts, in id order.

On one process, documents are merged and written as they come. With `jobs > 1` (and the
`fork` start method, i.e. Linux), forked workers take every `jobs`-th document of the same
sorted stream, write their records and conflicts to part files, and return their counts and
agreement accumulators; the parts are then interleaved back in id order. Every accumulator
is exact (integer counts), so the release is byte-identical whatever `jobs` is.
"""

from __future__ import annotations

import multiprocessing
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

import orjson

from annotate import __version__
from annotate.agreement import AgreementAccumulator
from annotate.errors import InputError, located
from annotate.gold import Counts
from annotate.grouping import DocumentGrouper
from annotate.mentions import AttrsTable, Judgement
from annotate.merge import DocumentMerge, merge_document
from annotate.record_json import DocumentText

LINE = orjson.OPT_APPEND_NEWLINE
"""The gold's line format (what `annotate.jsonl.dumps_line` writes, sorted keys): record
JSON is built with its keys in sorted order (`annotate.record_json.record_json`)."""


@dataclass
class PassResult:
    """What pass 2 accumulated besides the files it wrote."""

    counts: Counts = field(default_factory=Counts)
    conflicts: Counter[str] = field(default_factory=Counter)
    agreement: AgreementAccumulator = field(default_factory=AgreementAccumulator)

    def add(self, merged: DocumentMerge) -> None:
        self.counts.add(merged.record)
        for conflict in merged.conflict_json:
            self.conflicts[conflict["kind"]] += 1
        self.agreement.add(merged.judgements, merged.groups, merged.region_keys)

    def merge(self, other: PassResult) -> None:
        self.counts.merge(other.counts)
        self.conflicts.update(other.conflicts)
        self.agreement.merge(other.agreement)


def merge_group(
    doc_id: str, payloads: list[bytes], threshold: float, table: AttrsTable
) -> DocumentMerge:
    """Merge one document from its grouped payloads ([export sha, text, its sha, judgements])."""
    text: str | None = None
    text_sha = ""
    shas: set[str] = set()
    judgements: list[Judgement] = []
    for payload in payloads:
        sha, task_text, task_text_sha, items = orjson.loads(payload)
        if text is None:
            text, text_sha = task_text, task_text_sha
        elif task_text != text:
            raise InputError(
                located(
                    f"document {doc_id}",
                    "two tasks hold different texts under this id",
                    "give each document one id, or merge the exports separately",
                )
            )
        shas.add(sha)
        judgements.extend([table.judgement(item) for item in items])
    assert text is not None
    return merge_document(
        DocumentText(doc_id, text, text_sha),
        judgements,
        threshold=threshold,
        source_exports=shas,
        tool_version=__version__,
    )


def write_documents(
    grouper: DocumentGrouper,
    table: AttrsTable,
    records: Path,
    conflicts: Path,
    threshold: float,
    jobs: int = 1,
) -> PassResult:
    """Merge every grouped document into `records` and `conflicts` (JSONL, id order)."""
    if jobs > 1 and "fork" in multiprocessing.get_all_start_methods():
        return _parallel(grouper, table, records, conflicts, threshold, jobs)
    result = PassResult()
    with records.open("wb") as rec, conflicts.open("wb") as con:
        for doc_id, payloads in grouper.groups():
            merged = merge_group(doc_id, payloads, threshold, table)
            rec.write(orjson.dumps(merged.record, option=LINE))
            con.write(merged.conflict_lines())
            result.add(merged)
    return result


# --- several processes ------------------------------------------------------------------

_JOB: tuple[DocumentGrouper, AttrsTable, float, int] | None = None
"""Set before the workers fork; they inherit it (no pickling of the grouped data)."""


def _part(spill: Path, k: int) -> tuple[Path, Path]:
    return spill / f"part-{k}.records", spill / f"part-{k}.conflicts"


def _worker(k: int) -> PassResult:
    assert _JOB is not None
    grouper, table, threshold, jobs = _JOB
    rec_path, con_path = _part(grouper.spill_dir, k)
    result = PassResult()
    with rec_path.open("wb") as rec, con_path.open("wb") as con:
        for ordinal, (doc_id, payloads) in enumerate(grouper.groups()):
            if ordinal % jobs != k:
                continue
            merged = merge_group(doc_id, payloads, threshold, table)
            rec.write(orjson.dumps(merged.record, option=LINE))
            blob = merged.conflict_lines()
            con.write(len(blob).to_bytes(8, "little"))
            con.write(blob)
            result.add(merged)
    return result


def _parallel(
    grouper: DocumentGrouper,
    table: AttrsTable,
    records: Path,
    conflicts: Path,
    threshold: float,
    jobs: int,
) -> PassResult:
    global _JOB
    grouper.spill_dir.mkdir(parents=True, exist_ok=True)
    grouper.items.sort()  # once, before the fork, rather than in every worker
    _JOB = (grouper, table, threshold, jobs)
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            parts = list(pool.map(_worker, range(jobs)))
    finally:
        _JOB = None
    result = PassResult()
    for part in parts:
        result.merge(part)
    files = [_part(grouper.spill_dir, k) for k in range(jobs)]
    readers: list[tuple[BinaryIO, BinaryIO]] = [(r.open("rb"), c.open("rb")) for r, c in files]
    try:
        with records.open("wb") as rec, conflicts.open("wb") as con:
            k = 0
            while line := readers[k][0].readline():
                size = int.from_bytes(readers[k][1].read(8), "little")
                rec.write(line)
                con.write(readers[k][1].read(size))
                k = (k + 1) % jobs
    finally:
        for r, c in readers:
            r.close()
            c.close()
    return result
