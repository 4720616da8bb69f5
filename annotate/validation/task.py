"""Checks of whole tasks and of export files: text hashes, overlap, duplicates, drafts.

`check_task` is what the merge calls per task; `validate_exports` streams export files
into a `Report`. Cancelled annotations are counted and not checked; drafts are checked
and counted apart, their findings capped at warnings.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from annotate.errors import InputError, located
from annotate.jsonl import iter_jsonl_objects
from annotate.labelstudio.export import ExportTask, iter_export, iter_json_array
from annotate.text import sha256_text
from annotate.validation.annotation import Checked, Memo, inspect_annotation
from annotate.validation.issues import Issue, Report
from annotate.validation.reporter import Reporter


def check_task(
    task: ExportTask,
    *,
    overlap: int | None = None,
    known_hashes: Mapping[str, str] | None = None,
    source: str = "",
) -> list[Issue]:
    """Every finding for `task`: task-level ones (`annotation_id is None`) first.

    `overlap` is the project's number of annotators per task; `known_hashes` maps
    document ids to the sha256 of the text the tool imported (from a tasks file).
    """
    return _check_task(task, overlap, known_hashes, source, None, None)[0]


def inspect_task(
    task: ExportTask,
    *,
    overlap: int | None = None,
    known_hashes: Mapping[str, str] | None = None,
    source: str = "",
    text_sha256: str | None = None,
) -> tuple[list[Issue], list[Checked | None]]:
    """`check_task`, and what the checks read of each annotation (None: cancelled), in
    `task.annotations` order; `text_sha256`, when the caller has it, is not computed again."""
    return _check_task(task, overlap, known_hashes, source, None, text_sha256)


def _check_task(
    task: ExportTask,
    overlap: int | None,
    known_hashes: Mapping[str, str] | None,
    source: str,
    report: Report | None,
    text_sha256: str | None,
) -> tuple[list[Issue], list[Checked | None]]:
    actual = sha256_text(task.text) if text_sha256 is None else text_sha256
    issues = _task_issues(task, overlap, known_hashes, source, actual)
    read: list[Checked | None] = []
    memo: Memo = {}
    for annotation in task.annotations:
        if annotation.was_cancelled:
            read.append(None)
            continue
        checked = inspect_annotation(task, annotation, source, memo)
        read.append(checked)
        issues.extend(checked.issues)
        if report is not None:
            report.regions += len(checked.spans)
            report.relations += len(checked.relations)
    for draft in task.drafts:
        issues.extend(inspect_annotation(task, draft, source, memo).issues)
    return issues, read


def _task_issues(
    task: ExportTask,
    overlap: int | None,
    known_hashes: Mapping[str, str] | None,
    source: str,
    actual: str,
) -> list[Issue]:
    report = Reporter(task, None, source)
    if not task.text:
        report("empty-text", "data.text is empty; nothing can be annotated")
    stored = task.data.get("sha256")
    if isinstance(stored, str) and stored and stored != actual:
        report(
            "text-edited",
            f"data.text no longer matches data.sha256 {stored[:12]}…: the text was edited in "
            "Label Studio, so offsets do not point into the stored document",
        )
    elif known_hashes is not None:
        known = known_hashes.get(task.doc_id)
        if known is None:
            report("unknown-document", f"document {task.doc_id!r} is not in the tasks file")
        elif known != actual:
            report(
                "text-edited",
                f"data.text differs from the text of {task.doc_id!r} in the tasks file: it was "
                "edited in Label Studio, so offsets do not point into the stored document",
            )
    elif not (isinstance(stored, str) and stored):
        report("no-text-hash", "no data.sha256 and no --tasks file: the text is not checked")
    submitted = sum(1 for a in task.annotations if not a.was_cancelled)
    if overlap is not None and submitted < overlap:
        report(
            "too-few-annotations",
            f"{submitted} submitted annotation(s), the project's overlap is {overlap}",
        )
    elif overlap is None and submitted == 0:
        report("unannotated-task", "no submitted annotation yet")
    return report.issues


def validate_exports(
    paths: Iterable[Path],
    *,
    overlap: int | None = None,
    known_hashes: Mapping[str, str] | None = None,
    max_per_code: int = 1000,
) -> Report:
    """Stream every export in `paths` through `check_task` into one `Report`.

    Raises `InputError`/`ExportFormatError` when a file cannot be read as an export.
    """
    report = Report(max_per_code=max_per_code)
    # Hashes, not the keys: memory must stay flat however big the exports are (a 64-bit
    # collision would only add a spurious warning).
    seen_annotations: set[int] = set()
    for path in paths:
        source = str(path)
        report.sources.append(source)
        seen_docs: set[int] = set()
        for task in iter_export(path):
            report.tasks += 1
            report.annotations += len(task.annotations)
            report.drafts += len(task.drafts)
            issues = _check_task(task, overlap, known_hashes, source, report, None)[0]
            dup = Reporter(task, None, source)
            doc_key = hash(task.doc_id)
            if doc_key in seen_docs:
                dup("duplicate-document", f"document {task.doc_id!r} is in two tasks")
            seen_docs.add(doc_key)
            for annotation in task.annotations:
                report.cancelled += annotation.was_cancelled
                key = hash((task.doc_id, annotation.id, annotation.annotator))
                if key in seen_annotations:
                    again = Reporter(task, annotation, source)
                    again(
                        "duplicate-annotation",
                        f"annotation {annotation.id} of {annotation.annotator} was already "
                        "read (the same export given twice?)",
                    )
                    dup.issues.extend(again.issues)
                seen_annotations.add(key)
            report.add(issues)
            report.add(dup.issues)
    return report


def known_hashes_from_tasks(path: Path) -> dict[str, str]:
    """doc_id -> sha256 of the text, from a tasks file the tool wrote (JSON array or JSONL)."""
    items: Iterable[tuple[int, Any]]
    if path.suffix == ".jsonl":
        items = iter_jsonl_objects(path)
    else:
        items = enumerate(iter_json_array(path), start=1)
    hashes: dict[str, str] = {}
    for n, task in items:
        data = task.get("data", task) if isinstance(task, dict) else None
        text = data.get("text") if isinstance(data, dict) else None
        doc_id = data.get("doc_id") if isinstance(data, dict) else None
        if not isinstance(text, str) or not isinstance(doc_id, str):
            raise InputError(
                located(
                    f"{path}: item {n}",
                    "expected a task with data.text and data.doc_id",
                    "pass the tasks file `annotate preannotate` wrote",
                )
            )
        hashes[doc_id] = sha256_text(text)
    return hashes
