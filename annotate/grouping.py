"""Group serialized items by document id, in id order, with bounded memory (an external sort).

Exports are read task by task, but one document can sit in several tasks or exports, and
gold records must come out sorted by id. Items are kept in memory up to a byte budget;
beyond it, sorted runs are spilled to files and merged back lazily, so memory stays flat
whatever the size of the exports.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

DEFAULT_BUDGET = 64 << 20


class DocumentGrouper:
    """Collect (doc_id, payload bytes); `groups()` yields each id with all its payloads.

    Within a group, payloads come in sorted byte order, so the output does not depend on
    the order items were added in.
    """

    def __init__(self, spill_dir: Path, budget: int = DEFAULT_BUDGET) -> None:
        self.spill_dir = spill_dir
        self.budget = budget
        self.items: list[tuple[str, bytes]] = []
        self.size = 0
        self.runs: list[Path] = []

    def add(self, doc_id: str, payload: bytes) -> None:
        self.items.append((doc_id, payload))
        self.size += len(payload) + len(doc_id) + 64
        if self.size > self.budget:
            self._spill()

    def _spill(self) -> None:
        self.spill_dir.mkdir(parents=True, exist_ok=True)
        path = self.spill_dir / f"run-{len(self.runs):05d}.bin"
        self.items.sort()
        with path.open("wb") as f:
            for doc_id, payload in self.items:
                key = doc_id.encode("utf-8")
                f.write(len(key).to_bytes(4, "little"))
                f.write(len(payload).to_bytes(4, "little"))
                f.write(key)
                f.write(payload)
        self.runs.append(path)
        self.items = []
        self.size = 0

    def groups(self) -> Iterator[tuple[str, list[bytes]]]:
        """Every document id in sorted order, with its payloads.

        Can be iterated several times (by forked worker processes, each taking its share);
        the spill files stay until the caller removes `spill_dir`.
        """
        self.items.sort()
        streams: list[Iterator[tuple[str, bytes]]] = [_read_run(p) for p in self.runs]
        merged = heapq.merge(iter(self.items), *streams) if streams else iter(self.items)
        for doc_id, items in groupby(merged, key=lambda item: item[0]):
            yield doc_id, [payload for _, payload in items]


def _read_run(path: Path) -> Iterator[tuple[str, bytes]]:
    with path.open("rb") as f:
        yield from _records(f)


def _records(f: BinaryIO) -> Iterator[tuple[str, bytes]]:
    while header := f.read(8):
        key_len = int.from_bytes(header[:4], "little")
        size = int.from_bytes(header[4:], "little")
        key = f.read(key_len).decode("utf-8")
        yield key, f.read(size)
