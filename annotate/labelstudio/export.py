"""Reading Label Studio JSON exports, task by task, without loading the whole file.

Two layouts are read (research/label_studio.md §3): the *snapshot* export (full
predictions and drafts, `completed_by` as an object with the email) and the *legacy*
`/export` layout (predictions as ids, `completed_by` as an int). Anything else — JSON-MIN,
CSV, an import task list, JSON lines, a truncated or non-UTF-8 file, wrong types in a
task's envelope — raises `ExportFormatError` naming the file, the item and what to export
instead. The content of result items is not checked here: that is the validator's job.

An export is one JSON array that may be hundreds of MB: its tasks are parsed one at a
time (`annotate.labelstudio.json_array`).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from annotate.errors import ExportFormatError, InputError, located
from annotate.labelstudio.json_array import CHUNK, FIX, iter_raw_values

_NOT_MIN = (
    "export the project as JSON, not JSON-MIN/CSV/TSV: only JSON keeps annotators, "
    "cancelled annotations and relations (Export > JSON, or `annotate ls pull`)"
)


@dataclass(frozen=True, slots=True)
class ExportAnnotation:
    """One annotation (or draft) of a task, as the export holds it."""

    id: int | str  # annotation id (drafts: draft id)
    annotator: str  # email if known, else "user:<id>"
    result: list[dict[str, Any]]
    was_cancelled: bool
    ground_truth: bool
    is_draft: bool = False
    lead_time: float | None = None
    updated_at: str = ""
    user_id: int | None = None  # the annotator's Label Studio user id, when the export has it


@dataclass(frozen=True, slots=True)
class ExportTask:
    """One task of an export: its data, annotations, drafts and predictions."""

    id: int
    data: dict[str, Any]
    text: str  # data["text"], exactly
    doc_id: str  # data.get("doc_id") or str(id)
    annotations: tuple[ExportAnnotation, ...]
    drafts: tuple[ExportAnnotation, ...]
    predictions: tuple[dict[str, Any], ...]  # full predictions (snapshot) or {"id": n} (legacy)
    layout: str  # "snapshot" | "legacy"


def export_sha256(path: Path) -> str:
    """Hex sha256 of the export file's bytes (recorded in gold provenance)."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as f:
            while chunk := f.read(CHUNK):
                digest.update(chunk)
    except OSError as error:
        raise InputError(located(str(path), f"cannot read ({error.strerror})")) from error
    return digest.hexdigest()


def iter_export(path: Path) -> Iterator[ExportTask]:
    """The tasks of the Label Studio JSON export at `path`, one at a time, in file order."""
    try:
        f = path.open("rb")
    except OSError as error:
        raise InputError(located(str(path), f"cannot read ({error.strerror})")) from error
    with f:
        for item, raw in enumerate(iter_raw_values(f, str(path)), start=1):
            yield _task(raw, str(path), item)


def task_from_json(raw: Any, source: str = "<task>", item: int = 1) -> ExportTask:
    """One parsed task object (as found in an export) as an `ExportTask`, checked like
    `iter_export` checks it; `source` and `item` locate errors."""
    return _task(raw, source, item)


def iter_json_array(path: Path) -> Iterator[Any]:
    """The elements of the JSON array in `path`, parsed one at a time (any array file).

    Used for big task files (`annotate preannotate` output); errors are located like
    `iter_export`'s.
    """
    try:
        f = path.open("rb")
    except OSError as error:
        raise InputError(located(str(path), f"cannot read ({error.strerror})")) from error
    with f:
        yield from iter_raw_values(f, str(path), allow_empty=True)


# --- one task ---------------------------------------------------------------------------


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _expect(value: Any, kind: type | tuple[type, ...], where: str, field: str) -> None:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        names = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
        raise ExportFormatError(
            located(where, f"{field}: expected {names}, got {_type_name(value)}", FIX)
        )


def _task(raw: Any, name: str, item: int) -> ExportTask:
    where = f"{name}: item {item}"
    if not isinstance(raw, dict):
        raise ExportFormatError(
            located(where, f"expected a task object, got {_type_name(raw)}", _NOT_MIN)
        )
    if "annotations" not in raw:
        if "annotation_id" in raw or "annotator" in raw:
            what = "a JSON-MIN export (flat records), not a Label Studio JSON export"
            raise ExportFormatError(located(where, what, _NOT_MIN))
        what = "a task without 'annotations': an import task list, not an export"
        raise ExportFormatError(located(where, what, FIX))
    task_id: Any = raw.get("id")
    _expect(task_id, int, where, "id")
    where = f"{name}: task {task_id} (item {item})"
    data: Any = raw.get("data")
    _expect(data, dict, where, "data")
    text = data.get("text")
    _expect(text, str, where, "data.text")
    doc_id = data.get("doc_id")
    if doc_id is not None:
        _expect(doc_id, str, where, "data.doc_id")
    legacy = False
    annotations = raw["annotations"]
    _expect(annotations, list, where, "annotations")
    anns: list[ExportAnnotation] = []
    for i, ann in enumerate(annotations):
        field = f"annotations[{i}]"
        _expect(ann, dict, where, field)
        user = ann.get("completed_by")
        legacy = legacy or isinstance(user, int)
        anns.append(_annotation(ann, user, where, field, is_draft=False))
    drafts = raw.get("drafts") or []
    _expect(drafts, list, where, "drafts")
    drs: list[ExportAnnotation] = []
    for i, draft in enumerate(drafts):
        field = f"drafts[{i}]"
        _expect(draft, dict, where, field)
        drs.append(_annotation(draft, draft.get("user"), where, field, is_draft=True))
    predictions = raw.get("predictions") or []
    _expect(predictions, list, where, "predictions")
    preds: list[dict[str, Any]] = []
    for i, pred in enumerate(predictions):
        if isinstance(pred, int) and not isinstance(pred, bool):
            legacy = True
            preds.append({"id": pred})
        else:
            _expect(pred, dict, where, f"predictions[{i}]")
            preds.append(pred)
    return ExportTask(
        id=task_id,
        data=data,
        text=text,
        doc_id=doc_id or str(task_id),
        annotations=tuple(anns),
        drafts=tuple(drs),
        predictions=tuple(preds),
        layout="legacy" if legacy else "snapshot",
    )


def _user(user: Any, where: str, field: str) -> tuple[str, int | None]:
    """The annotator name of a `completed_by`/`user` value (its e-mail when the export has
    one) and its numeric id when it has one (to alias a legacy `user:<id>` to the e-mail)."""
    user_id: int | None = None
    if isinstance(user, dict):
        raw_id = user.get("id")
        if isinstance(raw_id, int) and not isinstance(raw_id, bool):
            user_id = raw_id
        email = user.get("email")
        if isinstance(email, str) and email:
            return email, user_id
        user = raw_id
    if isinstance(user, str) and user:
        return user, user_id
    if isinstance(user, int) and not isinstance(user, bool):
        return f"user:{user}", user
    if user is None:
        return "user:unknown", user_id
    raise ExportFormatError(
        located(where, f"{field}: expected a user (object, id or email), got {user!r}", FIX)
    )


def _annotation(
    ann: dict[str, Any], user: Any, where: str, field: str, *, is_draft: bool
) -> ExportAnnotation:
    ann_id: Any = ann.get("id")
    _expect(ann_id, (int, str), where, f"{field}.id")
    result: Any = ann.get("result")
    if result is None and is_draft:
        result = []
    _expect(result, list, where, f"{field}.result")
    if result and set(map(type, result)) != {dict}:
        for j, item in enumerate(result):
            _expect(item, dict, where, f"{field}.result[{j}]")
    cancelled = ann.get("was_cancelled", False)
    _expect(cancelled, bool, where, f"{field}.was_cancelled")
    ground_truth = ann.get("ground_truth", False)
    _expect(ground_truth, bool, where, f"{field}.ground_truth")
    lead_time = ann.get("lead_time")
    if lead_time is not None:
        _expect(lead_time, (int, float), where, f"{field}.lead_time")
    updated_at = ann.get("updated_at") or ""
    _expect(updated_at, str, where, f"{field}.updated_at")
    annotator, user_id = _user(user, where, field)
    return ExportAnnotation(
        id=ann_id,
        annotator=annotator,
        result=result,
        was_cancelled=cancelled and not is_draft,
        ground_truth=ground_truth and not is_draft,
        is_draft=is_draft,
        lead_time=None if lead_time is None else float(lead_time),
        updated_at=updated_at,
        user_id=user_id,
    )
