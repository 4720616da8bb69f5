"""Read a file of Label Studio import tasks (a JSON list or JSONL) and check it before a push.

What is checked is what the round trip relies on: each task has `data.text`, `data.doc_id`
and a `data.sha256` that hashes the text (the pull re-checks it), doc ids are unique in the
file (they identify tasks on the server), and every prediction names its `model_version`
(the push verifies it arrived).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from annotate.errors import InputError, located
from annotate.jsonl import iter_jsonl_objects
from annotate.labelstudio.tasks import Task
from annotate.text import sha256_text


def _objects(path: Path) -> Iterator[tuple[str, Any]]:
    """(location, object) for each task: `path:line` for JSONL, `path: task N` for a list."""
    try:
        head = path.read_bytes().lstrip()[:1]
    except OSError as err:
        raise InputError(located(str(path), f"cannot read: {err.strerror}")) from err
    if head == b"[":
        try:
            items = orjson.loads(path.read_bytes())
        except orjson.JSONDecodeError as err:
            raise InputError(located(str(path), f"invalid JSON ({err})")) from err
        for index, item in enumerate(items):
            yield f"{path}: task {index}", item
    else:
        for lineno, item in iter_jsonl_objects(path):
            yield f"{path}:{lineno}", item


def check_task(where: str, task: Any) -> Task:
    """`task` if it is a pushable task, else a located InputError."""
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise InputError(located(where, "not a task", 'each task is {"data": {...}, ...}'))
    data = task["data"]
    for key in ("text", "doc_id", "sha256"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise InputError(
                located(where, f"data.{key} is missing", "make tasks with `annotate preannotate`")
            )
    if sha256_text(data["text"]) != data["sha256"]:
        raise InputError(
            located(where, f"data.sha256 does not hash data.text (doc {data['doc_id']})")
        )
    predictions = task.get("predictions") or []
    if not isinstance(predictions, list):
        raise InputError(located(where, "predictions is not a list"))
    for pred in predictions:
        if not isinstance(pred, dict) or not isinstance(pred.get("result"), list):
            raise InputError(located(where, "a prediction without a result list"))
        if not isinstance(pred.get("model_version"), str) or not pred["model_version"]:
            raise InputError(
                located(
                    where,
                    "a prediction without model_version",
                    "name the heuristics version that made it",
                )
            )
    return task


def read_tasks(path: Path) -> list[Task]:
    """Every task of `path`, checked; a doc id seen twice is an error."""
    tasks: list[Task] = []
    seen: dict[str, str] = {}
    for where, obj in _objects(path):
        task = check_task(where, obj)
        doc_id = task["data"]["doc_id"]
        if doc_id in seen:
            raise InputError(
                located(where, f"doc {doc_id} is already at {seen[doc_id]}", "keep one")
            )
        seen[doc_id] = where
        tasks.append(task)
    if not tasks:
        raise InputError(located(str(path), "no tasks"))
    return tasks
