"""Serialising pre-annotation tasks: a JSON array (Label Studio's import format) or JSONL
(one task per line, for corpora too big for one array), streamed chunk by chunk, and a
one-line summary of what was predicted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

from annotate.labelstudio.config import ENTITY, TRIGGER

_OPTIONS = orjson.OPT_SORT_KEYS


def task_bytes(tasks: Iterable[dict[str, Any]], *, jsonl: bool) -> Iterator[bytes]:
    """The file content, one task at a time (the array framing is written around them)."""
    if jsonl:
        for task in tasks:
            yield orjson.dumps(task, option=_OPTIONS | orjson.OPT_APPEND_NEWLINE)
        return
    first = True
    for task in tasks:
        yield (b"[\n" if first else b",\n") + orjson.dumps(task, option=_OPTIONS)
        first = False
    yield b"[]\n" if first else b"\n]\n"


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

    def __str__(self) -> str:
        def counts(c: Counter[str]) -> str:
            return ", ".join(f"{k} {v}" for k, v in sorted(c.items())) or "none"

        return (
            f"{self.documents} documents; entities: {counts(self.entities)}; "
            f"triggers: {counts(self.triggers)}; arguments: {self.relations}"
        )
