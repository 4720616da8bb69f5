"""Reading Label Studio JSON exports, task by task, without loading the whole file.

Two layouts are read (research/label_studio.md §3): the *snapshot* export (full
predictions and drafts, `completed_by` as an object with the email) and the *legacy*
`/export` layout (predictions as ids, `completed_by` as an int). Anything else — JSON-MIN,
CSV, an import task list, JSON lines, a truncated or non-UTF-8 file, wrong types in a
task's envelope — raises `ExportFormatError` naming the file, the item and what to export
instead. The content of result items is not checked here: that is the validator's job.

An export is one JSON array that may be hundreds of MB, so it is read in chunks and each
task is parsed on its own. Finding where a task ends without a Python-level scan: orjson
parses a window that starts at the task and stops with "unexpected content after document"
right after it (its structural pass fails before any Python object is built), then the
task's exact bytes are parsed. One-task-per-line files take a cheaper path (the first line
of the window parses as it is).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import orjson

from annotate.errors import ExportFormatError, InputError, located

FIX = "export the project again from Label Studio as JSON (Export > JSON, or `annotate ls pull`)"
_NOT_MIN = (
    "export the project as JSON, not JSON-MIN/CSV/TSV: only JSON keeps annotators, "
    "cancelled annotations and relations (Export > JSON, or `annotate ls pull`)"
)
_CHUNK = 1 << 23  # bytes read at a time; peak memory is a few chunks, whatever the file size
_FIRST_WINDOW = 1 << 16
_WHITESPACE = b" \t\r\n"


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
            while chunk := f.read(_CHUNK):
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
        for item, raw in enumerate(_iter_raw_tasks(f, str(path)), start=1):
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
        yield from _iter_raw_tasks(f, str(path), allow_empty=True)


# --- splitting the array ------------------------------------------------------------


class _Buffer:
    """A sliding window over the file: `data[pos:]` is what has not been consumed yet."""

    def __init__(self, f: IO[bytes], name: str) -> None:
        self.f = f
        self.name = name
        self.data = b""
        self.pos = 0
        self.offset = 0  # file offset of data[0]
        self.eof = False

    def ensure(self, size: int) -> bool:
        """Make `data[pos:pos + size]` available if the file has it; False at end of file."""
        while len(self.data) - self.pos < size and not self.eof:
            chunk = self.f.read(max(_CHUNK, size))
            if not chunk:
                self.eof = True
                break
            self.offset += self.pos
            self.data = self.data[self.pos :] + chunk
            self.pos = 0
        return len(self.data) - self.pos >= size

    def advance(self, n: int) -> None:
        self.pos += n

    def line_at(self, offset: int) -> int:
        """The line number of file offset `offset`, counted again from the start of the file:
        only error messages need it, so the happy path does not count newlines."""
        self.f.seek(0)
        lines, left = 1, offset
        while left > 0 and (chunk := self.f.read(min(_CHUNK, left))):
            lines += chunk.count(b"\n")
            left -= len(chunk)
        return lines

    @property
    def line(self) -> int:
        return self.line_at(self.offset + self.pos)

    def skip_whitespace(self) -> int | None:
        """Skip whitespace; the next byte, or None at end of file."""
        while True:
            data, pos = self.data, self.pos
            while pos < len(data) and data[pos] in _WHITESPACE:
                pos += 1
            self.advance(pos - self.pos)
            if pos < len(data):
                return data[pos]
            if not self.ensure(1):
                return None

    def where(self, item: int | None = None) -> str:
        at = f"{self.name}:{self.line}"
        return at if item is None else f"{at}: item {item}"


def _iter_raw_tasks(f: IO[bytes], name: str, *, allow_empty: bool = False) -> Iterator[Any]:
    buf = _Buffer(f, name)
    buf.ensure(_FIRST_WINDOW)
    if buf.data.startswith(b"\xef\xbb\xbf"):  # a BOM is harmless: skip it
        buf.advance(3)
    first = buf.skip_whitespace()
    if first is None:
        raise ExportFormatError(located(name, "empty file, not a Label Studio JSON export", FIX))
    if first != ord("["):
        raise ExportFormatError(located(buf.where(), _not_an_array(buf, first), FIX))
    buf.advance(1)
    item = 0
    window = _FIRST_WINDOW
    while True:
        c = buf.skip_whitespace()
        if c is None:
            raise ExportFormatError(_truncated(buf, item))
        if c == ord("]"):
            if item == 0 and not allow_empty:
                raise ExportFormatError(
                    located(buf.where(), "the export holds no tasks (an empty array)", FIX)
                )
            buf.advance(1)
            if buf.skip_whitespace() is not None:
                raise ExportFormatError(
                    located(buf.where(), "unexpected content after the closing ']'", FIX)
                )
            return
        if item:
            if c != ord(","):
                raise ExportFormatError(
                    located(buf.where(item), "expected ',' or ']' after the previous task", FIX)
                )
            buf.advance(1)
            c = buf.skip_whitespace()
            if c is None:
                raise ExportFormatError(_truncated(buf, item))
        item += 1
        raw, size = _next_value(buf, item, window)
        window = max(_FIRST_WINDOW, 2 * size)
        yield raw


def _next_value(buf: _Buffer, item: int, window: int) -> tuple[Any, int]:
    """Parse the JSON value at `buf.pos` and consume it; the value and its size in bytes."""
    while True:
        complete = buf.ensure(window)
        end = min(buf.pos + window, len(buf.data))
        # orjson checks UTF-8 over the whole input: never cut a character in two.
        while end < len(buf.data) and 0x80 <= buf.data[end] < 0xC0 and end > buf.pos:
            end -= 1
        data = buf.data[buf.pos : end]
        newline = data.find(b"\n")
        if newline > 0:  # one task per line: the line alone is the task
            line = data[:newline].rstrip(b" \t\r")
            if line.endswith(b","):
                line = line[:-1]
            try:
                value = orjson.loads(line)
            except orjson.JSONDecodeError:
                pass
            else:
                buf.advance(len(line))
                return value, len(line)
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError as error:
            message = str(error).split(": line ")[0]
            if message.startswith("unexpected content after document"):
                size = len(data.decode("utf-8", "ignore")[: error.pos].encode("utf-8"))
                value = orjson.loads(data[:size].rstrip(_WHITESPACE))
                buf.advance(size)
                return value, size
            if message.startswith("unexpected end of data") and complete:
                window *= 2
                continue
            raise ExportFormatError(_bad_json(buf, item, data, error, complete)) from None
        buf.advance(len(data))
        return value, len(data)


def _bad_json(
    buf: _Buffer, item: int, data: bytes, error: orjson.JSONDecodeError, complete: bool
) -> str:
    message = str(error).split(": line ")[0]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as bad:
        if bad.start < len(data) - 4 or not complete:
            line = buf.line + data.count(b"\n", 0, bad.start)
            return located(
                f"{buf.name}:{line}: item {item}",
                f"not UTF-8 (byte {bad.object[bad.start]:#04x} at file offset "
                f"{buf.offset + buf.pos + bad.start}); Label Studio writes UTF-8, so this file "
                "was re-encoded or is not an export",
                FIX,
            )
    if message.startswith("unexpected end of data"):
        return _truncated(buf, item - 1)
    text = data.decode("utf-8", "replace")[: error.pos]
    line = buf.line + text.count("\n")
    return located(f"{buf.name}:{line}: item {item}", f"invalid JSON ({message})", FIX)


def _truncated(buf: _Buffer, complete_items: int) -> str:
    return located(
        buf.name,
        f"truncated: the file ends inside the JSON array after {complete_items} complete task(s)",
        "download the export again (it was cut off)",
    )


def _not_an_array(buf: _Buffer, first: int) -> str:
    head = buf.data[buf.pos : buf.pos + 4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text, not UTF-8: the file was re-saved in another encoding"
    if first == ord("{"):
        return "a JSON object (or JSON lines), not a Label Studio JSON export (an array of tasks)"
    line = head.split(b"\n", 1)[0]
    if b"," in line or b"\t" in line:
        return "not JSON: this looks like a CSV/TSV export"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "not JSON and not UTF-8 text"
    return "not JSON: it does not start with '['"


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


def _annotator(user: Any, where: str, field: str) -> str:
    if isinstance(user, dict):
        email = user.get("email")
        if isinstance(email, str) and email:
            return email
        user = user.get("id")
    if isinstance(user, str) and user:
        return user
    if isinstance(user, int) and not isinstance(user, bool):
        return f"user:{user}"
    if user is None:
        return "user:unknown"
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
    return ExportAnnotation(
        id=ann_id,
        annotator=_annotator(user, where, field),
        result=result,
        was_cancelled=cancelled and not is_draft,
        ground_truth=ground_truth and not is_draft,
        is_draft=is_draft,
        lead_time=None if lead_time is None else float(lead_time),
        updated_at=updated_at,
    )
