"""Serialising pre-annotation tasks: a JSON array (Label Studio's import format) or JSONL
(one task per line, for corpora too big for one array), streamed chunk by chunk, and a
one-line summary of what was predicted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from annotate.labelstudio.config import ENTITY, TRIGGER
from annotate.preannotate.assemble import Plan

_OPTIONS = orjson.OPT_SORT_KEYS


def encode_task(task: dict[str, Any]) -> bytes:
    """One task as written to a tasks file (keys sorted)."""
    return orjson.dumps(task, option=_OPTIONS)


def encode_built_task(task: dict[str, Any]) -> bytes:
    """`encode_task` of a task whose dicts were all built with sorted keys (`Plan.task`)."""
    return orjson.dumps(task)


def frame_tasks(encoded: Iterable[bytes], *, jsonl: bool) -> Iterator[bytes]:
    """The file content around tasks from `encode_task`: a JSON array or one task per line."""
    if jsonl:
        for task in encoded:
            yield task + b"\n"
        return
    first = True
    for task in encoded:
        yield (b"[\n" if first else b",\n") + task
        first = False
    yield b"[]\n" if first else b"\n]\n"


def task_bytes(tasks: Iterable[dict[str, Any]], *, jsonl: bool) -> Iterator[bytes]:
    """The file content, one task at a time (the array framing is written around them)."""
    return frame_tasks(map(encode_task, tasks), jsonl=jsonl)


class TaskSummary:
    """Counts of documents and predicted regions per label."""

    def __init__(self) -> None:
        self.documents = 0
        self.text_bytes = 0
        self.entities: Counter[str] = Counter()
        self.triggers: Counter[str] = Counter()
        self.relations = 0

    def add(self, task: dict[str, Any]) -> None:
        self.documents += 1
        self.text_bytes += len(task["data"]["text"].encode("utf-8"))
        for pred in task.get("predictions", ()):
            for item in pred["result"]:
                if item.get("type") == "relation":
                    self.relations += 1
                elif item.get("from_name") == ENTITY:
                    self.entities[item["value"]["labels"][0]] += 1
                elif item.get("from_name") == TRIGGER:
                    self.triggers[item["value"]["labels"][0]] += 1

    def add_plan(self, plan: Plan) -> None:
        """`add(plan.task(...))`, counted from the plan's rows instead of its result items."""
        self.documents += 1
        self.text_bytes += len(plan.doc.text.encode("utf-8"))
        self.entities.update([e.label.value for e in plan.entities])
        self.triggers.update([v.type.value for v in plan.events])
        # one relation per (event, entity) pair, whatever the number of roles
        self.relations += sum(len({eid for _, eid in v.arguments}) for v in plan.events)

    def merge(self, other: TaskSummary) -> None:
        """Add the counts of `other` (the summary of another share of the tasks)."""
        self.documents += other.documents
        self.text_bytes += other.text_bytes
        self.entities.update(other.entities)
        self.triggers.update(other.triggers)
        self.relations += other.relations

    def __str__(self) -> str:
        def counts(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"

        return (
            f"{self.documents} documents; entities: {counts(self.entities)}; "
            f"triggers: {counts(self.triggers)}; arguments: {self.relations}"
        )
