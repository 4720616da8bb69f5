"""What changed between two gold versions: documents added, removed, changed (spans, arguments,
attributes), computed by streaming two sorted records files side by side (memory stays flat).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotate.errors import GoldVersionError, InputError, located
from annotate.jsonl import iter_jsonl_objects

SpanRef = tuple[str, str, int, int, str]
"""(entity|trigger, label, start, end, surface)."""


@dataclass(frozen=True)
class DocumentDiff:
    """What changed in one document between two versions."""

    id: str
    text_changed: bool
    spans_added: tuple[SpanRef, ...]
    spans_removed: tuple[SpanRef, ...]
    arguments_added: tuple[str, ...]
    arguments_removed: tuple[str, ...]
    attributes_changed: tuple[str, ...]


@dataclass
class GoldDiff:
    """Documents added, removed and changed from version A to version B."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[DocumentDiff] = field(default_factory=list)
    unchanged: int = 0


def iter_records_json(path: Path) -> Iterator[dict[str, Any]]:
    last: str | None = None
    for lineno, obj in iter_jsonl_objects(path):
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
            raise InputError(located(f"{path}:{lineno}", "not a gold record"))
        if last is not None and obj["id"] <= last:
            raise GoldVersionError(
                located(f"{path}:{lineno}", f"id {obj['id']!r} is out of order or repeated")
            )
        last = obj["id"]
        yield obj


def _spans(record: dict[str, Any]) -> set[SpanRef]:
    out = {("entity", e["type"], e["start"], e["end"], e["surface"]) for e in record["entities"]}
    out |= {
        ("trigger", v["type"], v["trigger"]["start"], v["trigger"]["end"], v["trigger"]["surface"])
        for v in record["events"]
    }
    return out


def _arguments(record: dict[str, Any]) -> set[str]:
    ents = {e["id"]: e for e in record["entities"]}
    out = set()
    for v in record["events"]:
        t = v["trigger"]
        for a in v["arguments"]:
            e = ents[a["entity"]]
            out.add(
                f"{v['type']} {t['surface']} [{t['start']},{t['end']}) {a['role']} "
                f"{e['type']} {e['surface']} [{e['start']},{e['end']})"
            )
    return out


def _attributes(record: dict[str, Any]) -> dict[tuple[str, int, int], dict[str, Any]]:
    out: dict[tuple[str, int, int], dict[str, Any]] = {}
    for v in record["events"]:
        out[(v["type"], v["trigger"]["start"], v["trigger"]["end"])] = v["attributes"]
    for e in record["entities"]:
        out[(e["type"], e["start"], e["end"])] = {"subtype": e["subtype"], "link": e["link"]}
    return out


def document_diff(a: dict[str, Any], b: dict[str, Any]) -> DocumentDiff | None:
    """The diff of two versions of one record (JSON), None when their content is equal."""
    if a["text_sha256"] == b["text_sha256"] and (a["entities"], a["events"]) == (
        b["entities"],
        b["events"],
    ):
        return None
    sa, sb = _spans(a), _spans(b)
    ga, gb = _arguments(a), _arguments(b)
    xa, xb = _attributes(a), _attributes(b)
    changed = []
    for key in sorted(xa.keys() & xb.keys()):
        for name in sorted(xa[key]):
            if xa[key][name] != xb[key].get(name):
                changed.append(
                    f"{key[0]} [{key[1]},{key[2]}) {name}: {xa[key][name]} -> {xb[key].get(name)}"
                )
    return DocumentDiff(
        id=a["id"],
        text_changed=a["text_sha256"] != b["text_sha256"],
        spans_added=tuple(sorted(sb - sa, key=_span_order)),
        spans_removed=tuple(sorted(sa - sb, key=_span_order)),
        arguments_added=tuple(sorted(gb - ga)),
        arguments_removed=tuple(sorted(ga - gb)),
        attributes_changed=tuple(changed),
    )


def _span_order(s: SpanRef) -> tuple[int, int, str, str]:
    return (s[2], s[3], s[0], s[1])


def iter_diff(a: Path, b: Path) -> Iterator[tuple[str, str, DocumentDiff | None]]:
    """Stream ('added'|'removed'|'changed'|'same', id, diff) over two sorted records files."""
    ia, ib = iter_records_json(a), iter_records_json(b)
    ra, rb = next(ia, None), next(ib, None)
    while ra is not None or rb is not None:
        if rb is None or (ra is not None and ra["id"] < rb["id"]):
            assert ra is not None
            yield "removed", ra["id"], None
            ra = next(ia, None)
        elif ra is None or rb["id"] < ra["id"]:
            yield "added", rb["id"], None
            rb = next(ib, None)
        else:
            d = document_diff(ra, rb)
            yield ("same" if d is None else "changed"), ra["id"], d
            ra, rb = next(ia, None), next(ib, None)
