"""Adjudication: a release's conflicts go back to Label Studio, and the decisions come home.

`adjudication_tasks(version_dir)` makes one Label Studio task per document that has
conflicts. Its prediction is the gold record plus the spans the merge left out for want of a
majority (each with the label most annotators gave, region score 0.5 against 1.0 for the
settled ones), so the adjudicator deletes or keeps rather than redraws; its `conflicts` data
field is a numbered list of every open decision with who said what, which the adjudication
config (`labeling_config(adjudication=True)`) shows above the text.

The adjudicator submits in a project of their own (`annotate ls push --adjudication`);
`annotate merge ... --adjudicated EXPORT` then counts every annotation of that export as
ground truth, so the adjudicated document replaces the vote (`annotate.merge`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from annotate.conflicts import Candidate, Conflict, ConflictKind
from annotate.errors import InputError, located
from annotate.gold import CONFLICTS, load_gold
from annotate.labelstudio.config import CONFLICTS as CONFLICTS_FIELD
from annotate.labelstudio.config import ENTITY, TRIGGER
from annotate.labelstudio.tasks import Task, to_task
from annotate.schema import (
    Document,
    Entity,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    Trigger,
    attributes_for,
    parse_span_label,
)

MODEL_VERSION_PREFIX = "annotate-merge/"
CANDIDATE_SCORE = 0.5
"""Region score of a span put back for the adjudicator (settled regions score 1.0)."""


@dataclass(slots=True)
class AdjudicationSummary:
    """What `adjudication_tasks` produced so far."""

    documents: int = 0
    conflicts: int = 0
    candidates: int = 0
    """Spans the merge left out and the prediction puts back for a decision."""


class ConflictIndex:
    """Where each document's lines are in a release's conflicts.jsonl.

    A large release holds hundreds of thousands of conflicts: only their byte ranges stay in
    memory (one per document with conflicts), and a document's lines are read when needed.
    """

    def __init__(self, version_dir: Path) -> None:
        self.path = version_dir / CONFLICTS
        if not self.path.is_file():
            raise InputError(located(str(version_dir), "no conflicts.jsonl", "give a gold version"))
        self.ranges: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
        """doc id -> (byte offset, byte length, line number) of each run of its lines."""
        offset = 0
        with self.path.open("rb") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    doc = self._parse(line, n).doc
                    runs = self.ranges[doc]
                    if runs and runs[-1][0] + runs[-1][1] == offset:
                        start, size, first = runs[-1]
                        runs[-1] = (start, size + len(line), first)
                    else:
                        runs.append((offset, len(line), n))
                offset += len(line)

    def _parse(self, line: bytes, n: int) -> Conflict:
        try:
            return Conflict.from_json(orjson.loads(line))
        except (orjson.JSONDecodeError, KeyError, ValueError, TypeError) as exc:
            raise InputError(
                located(f"{self.path}:{n}", f"not a conflict line ({exc})", "re-merge the version")
            ) from exc

    def get(self, doc_id: str) -> list[Conflict]:
        """The conflicts of one document, in file order ([] when it has none)."""
        out: list[Conflict] = []
        with self.path.open("rb") as f:
            for start, size, first in self.ranges.get(doc_id, ()):
                f.seek(start)
                for k, line in enumerate(f.read(size).splitlines()):
                    out.append(self._parse(line, first + k))
        return out


def read_conflicts(version_dir: Path) -> dict[str, list[Conflict]]:
    """A release's conflicts by document id (all in memory: for small releases and tests)."""
    index = ConflictIndex(version_dir)
    return {doc: index.get(doc) for doc in index.ranges}


def adjudication_tasks(
    version_dir: Path, summary: AdjudicationSummary | None = None
) -> Iterator[Task]:
    """One adjudication task per document of the release that has conflicts, in id order,
    streamed (memory stays flat); `summary` counts what was produced."""
    index = ConflictIndex(version_dir)
    counts = summary if summary is not None else AdjudicationSummary()
    model_version = MODEL_VERSION_PREFIX + version_dir.name
    for record in load_gold(version_dir):
        if record.id not in index.ranges:
            continue
        open_decisions = index.get(record.id)
        proposal, added = _with_candidates(record, open_decisions)
        scores = {e.id: 1.0 for e in proposal.entities} | {v.id: 1.0 for v in proposal.events}
        scores.update((rid, CANDIDATE_SCORE) for rid in added)
        doc = Document(id=record.id, text=record.text)
        task = to_task(doc, proposal, model_version=model_version, region_scores=scores)
        task["data"][CONFLICTS_FIELD] = conflict_list(open_decisions)
        counts.documents += 1
        counts.conflicts += len(open_decisions)
        counts.candidates += len(added)
        yield task


def _majority(candidates: tuple[Candidate, ...]) -> str | None:
    """The answer most annotators gave (ties: the first in code order); None: 'nothing'."""
    given = [c for c in candidates if c.value is not None]
    if not given:
        return None
    return min(given, key=lambda c: (-len(c.annotators), c.value or "")).value


def _with_candidates(record: GoldRecord, conflicts: list[Conflict]) -> tuple[GoldRecord, list[str]]:
    """The record plus the left-out spans of its span and label conflicts, and their ids."""
    entities = list(record.entities)
    events = list(record.events)
    present = {(e.start, e.end) for e in entities} | {
        (v.trigger.start, v.trigger.end) for v in events
    }
    added: list[str] = []
    for conflict in conflicts:
        if conflict.kind not in (ConflictKind.SPAN, ConflictKind.LABEL) or conflict.at is None:
            continue
        at = conflict.at
        label = _majority(conflict.candidates)
        if label is None or (at.start, at.end) in present:
            continue
        rid = f"adj{len(added) + 1}"
        if conflict.control == ENTITY:
            entities.append(
                Entity(
                    id=rid,
                    type=parse_span_label(label),
                    start=at.start,
                    end=at.end,
                    surface=at.surface,
                )
            )
        elif conflict.control == TRIGGER:
            event_type = EventType(label)
            defaults = {a.name: a.default for a in attributes_for(event_type)}
            events.append(
                Event(
                    id=rid,
                    type=event_type,
                    trigger=Trigger(start=at.start, end=at.end, surface=at.surface),
                    attributes=EventAttributes.model_validate(defaults),
                )
            )
        else:
            continue
        present.add((at.start, at.end))
        added.append(rid)
    proposal = GoldRecord(
        id=record.id,
        text=record.text,
        text_sha256=record.text_sha256,
        entities=tuple(entities),
        events=tuple(events),
        provenance=record.provenance,
    )
    return proposal, added


def conflict_list(conflicts: list[Conflict]) -> str:
    """The open decisions of one document as numbered lines for the adjudicator."""
    return "\n".join(f"{n}. {describe(c)}" for n, c in enumerate(conflicts, 1))


def _isolated(surface: str) -> str:
    """An Arabic surface in quotes, bidi-isolated so that it cannot reorder the line."""
    return f"«\N{FIRST STRONG ISOLATE}{surface}\N{POP DIRECTIONAL ISOLATE}»"


def describe(conflict: Conflict) -> str:
    """One conflict in a line: where, what is undecided, who said what, what the gold holds."""
    where = ""
    if conflict.at is not None:
        where = f"{_isolated(conflict.at.surface)} [{conflict.at.start}, {conflict.at.end})"
    if conflict.argument is not None:
        arg = conflict.argument
        where += f" → {_isolated(arg.surface)} [{arg.start}, {arg.end})"
    answers = " | ".join(
        f"{c.value if c.value is not None else '—'} ({', '.join(c.annotators)})"
        for c in conflict.candidates
    )
    what = conflict.kind.value if conflict.target == conflict.kind.value else conflict.target
    return f"{where} {what}: {answers}; gold: {conflict.resolution}".strip()
