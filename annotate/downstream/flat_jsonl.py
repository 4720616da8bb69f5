"""Flat JSONL export: one self-contained object per document, arguments resolved to spans.

Where the gold records refer to entities by id, this format repeats the argument's span and
type in place, so a consumer needs no join: `{"id", "text", "entities": [{start, end, label,
surface, subtype, link}], "events": [{type, trigger: {start, end, surface}, attributes,
arguments: [{role, start, end, label, surface}]}]}`. Loadable as it is by pandas
(`read_json(lines=True)`) and HF datasets (`load_dataset("json")`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from annotate.jsonl import atomic_write_bytes, dumps_line
from annotate.schema import GoldRecord


def flat_record(record: GoldRecord) -> dict[str, Any]:
    """The flat object of one record."""
    entities = {e.id: e for e in record.entities}
    return {
        "id": record.id,
        "text": record.text,
        "entities": [
            {
                "start": e.start,
                "end": e.end,
                "label": e.type.value,
                "surface": e.surface,
                "subtype": e.subtype.value if e.subtype else None,
                "link": e.link,
            }
            for e in record.entities
        ],
        "events": [
            {
                "type": v.type.value,
                "trigger": {
                    "start": v.trigger.start,
                    "end": v.trigger.end,
                    "surface": v.trigger.surface,
                },
                "attributes": v.attributes.model_dump(mode="json"),
                "arguments": [
                    {
                        "role": a.role.value,
                        "start": entities[a.entity].start,
                        "end": entities[a.entity].end,
                        "label": entities[a.entity].type.value,
                        "surface": entities[a.entity].surface,
                    }
                    for a in v.arguments
                ],
            }
            for v in record.events
        ],
    }


def write_flat_jsonl(records: Iterable[GoldRecord], out: Path) -> int:
    """Write the flat JSONL; returns the number of documents."""
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for record in records:
            count += 1
            yield dumps_line(flat_record(record))

    atomic_write_bytes(out, lines())
    return count
