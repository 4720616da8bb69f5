"""Conflicts: the decisions annotators did not settle, typed, for adjudication.

One `Conflict` is one line of a release's `conflicts.jsonl`. A merge makes hundreds of
thousands of them, so it builds their JSON objects directly (`conflict_json`, `where_json`,
`candidate_json`: five times cheaper to build and to write than the dataclasses, which orjson
serializes slowly) and `Conflict.from_json` reads a line back as the typed dataclass.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import orjson

ConflictJSON = dict[str, Any]
"""One conflicts.jsonl object: keys in `Conflict` field order, as orjson writes a `Conflict`."""
WhereJSON = dict[str, Any]


class ConflictKind(StrEnum):
    """What kind of decision found no majority."""

    SPAN = "span"
    """A span too few annotators drew; it is not in the gold."""
    LABEL = "label"
    """A span enough annotators drew, but with no majority label; it is not in the gold."""
    ATTRIBUTE = "attribute"
    """An attribute (or ORG subtype, or link) with no majority; the gold has its default."""
    ARGUMENT = "argument"
    """An argument with no majority, or whose majority does not fit the gold's types."""
    GROUND_TRUTH = "ground-truth"
    """Several different ground-truth annotations; the most recently updated one is used."""


@dataclass(frozen=True, slots=True)
class Where:
    """A span of the document: half-open code-point offsets and the text they cover."""

    start: int
    end: int
    surface: str


@dataclass(frozen=True, slots=True)
class Candidate:
    """One answer annotators gave, and who gave it (value None: they marked nothing / unset)."""

    value: str | None
    annotators: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Conflict:
    """A decision the annotators did not settle, for an adjudicator (one line of conflicts.jsonl).

    `at` is the span (for an argument, its trigger), `argument` the argument's span;
    `target` says what is undecided (span, label, an attribute name, a role);
    `resolution` what the gold holds meanwhile. orjson serializes it as it is.
    """

    doc: str
    kind: ConflictKind
    target: str
    candidates: tuple[Candidate, ...]
    votes_needed: int
    annotations: int
    resolution: str
    control: str | None = None
    at: Where | None = None
    argument: Where | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON object of one conflicts.jsonl line."""
        out: dict[str, Any] = orjson.loads(orjson.dumps(self))
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> Conflict:
        """Read one conflicts.jsonl line back (KeyError/ValueError when it is not one)."""

        def where(w: dict[str, Any] | None) -> Where | None:
            return None if w is None else Where(int(w["start"]), int(w["end"]), str(w["surface"]))

        return cls(
            doc=str(obj["doc"]),
            kind=ConflictKind(obj["kind"]),
            target=str(obj["target"]),
            candidates=tuple(
                Candidate(c["value"], tuple(c["annotators"])) for c in obj["candidates"]
            ),
            votes_needed=int(obj["votes_needed"]),
            annotations=int(obj["annotations"]),
            resolution=str(obj["resolution"]),
            control=obj.get("control"),
            at=where(obj.get("at")),
            argument=where(obj.get("argument")),
        )


def where_json(start: int, end: int, surface: str) -> WhereJSON:
    """A `Where` as JSON."""
    return {"start": start, "end": end, "surface": surface}


def candidate_json(value: str | None, annotators: list[str]) -> dict[str, Any]:
    """A `Candidate` as JSON."""
    return {"value": value, "annotators": annotators}


def conflict_json(
    doc: str,
    kind: str,
    target: str,
    candidates: list[dict[str, Any]],
    votes_needed: int,
    annotations: int,
    resolution: str,
    control: str | None = None,
    at: WhereJSON | None = None,
    argument: WhereJSON | None = None,
) -> ConflictJSON:
    """A `Conflict` as JSON (its conflicts.jsonl line is `orjson.dumps` of it, keys unsorted);
    `kind` is a `ConflictKind` value."""
    return {
        "doc": doc,
        "kind": kind,
        "target": target,
        "candidates": candidates,
        "votes_needed": votes_needed,
        "annotations": annotations,
        "resolution": resolution,
        "control": control,
        "at": at,
        "argument": argument,
    }
