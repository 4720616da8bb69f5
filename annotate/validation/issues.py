"""Findings of the validator: `Issue` (one problem, located) and `Report` (all of them, counted).

Findings are data, never exceptions. Each has a stable kebab-case `code` (documented in
`CODES`, which the CLI and the tests read), a severity and a location: task, annotation,
annotator, region. An issue with `annotation_id is None` concerns the whole task.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


class Severity(StrEnum):
    """How bad a finding is: errors make an annotation unusable for merging."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}

CODES: dict[str, tuple[Severity, str]] = {
    # task level
    "text-edited": (Severity.ERROR, "the task text differs from the text the tool imported"),
    "empty-text": (Severity.ERROR, "the task has an empty text"),
    "unknown-document": (Severity.WARNING, "the document is not in the tasks file"),
    "no-text-hash": (Severity.INFO, "no hash to check the text against"),
    "duplicate-document": (Severity.WARNING, "two tasks of one export hold the same document"),
    "duplicate-annotation": (Severity.WARNING, "the same annotation appears twice"),
    "too-few-annotations": (Severity.WARNING, "fewer submitted annotations than the overlap"),
    "unannotated-task": (Severity.INFO, "a task nobody has submitted yet"),
    # annotation level
    "empty-annotation": (Severity.WARNING, "a submitted annotation without any span"),
    "malformed-result": (Severity.ERROR, "a result item without the fields its type needs"),
    "unknown-control": (Severity.ERROR, "from_name is not a control of the labeling config"),
    "unknown-doc-status": (Severity.ERROR, "a document status outside the schema"),
    # spans
    "missing-region-id": (Severity.ERROR, "a span without a region id"),
    "non-int-offset": (Severity.ERROR, "start or end is not an integer"),
    "span-out-of-range": (Severity.ERROR, "start or end is outside the text"),
    "empty-span": (Severity.ERROR, "start >= end"),
    "not-one-label": (Severity.ERROR, "a span with no label or several labels"),
    "unknown-label": (Severity.ERROR, "a label the control does not define"),
    "split-grapheme": (Severity.ERROR, "a span boundary splits a character from its marks"),
    "edge-whitespace": (Severity.ERROR, "a span starts or ends with whitespace"),
    "proclitic-in-span": (Severity.WARNING, "a span starts with a proclitic (و ف ب ل ك)"),
    "span-text-mismatch": (Severity.WARNING, "value.text differs from text[start:end]"),
    "region-in-both-controls": (Severity.ERROR, "one region id labelled as entity and trigger"),
    "duplicate-region": (Severity.ERROR, "one region id used by two spans"),
    "duplicate-span": (Severity.WARNING, "two regions with the same offsets and label"),
    # per-region results
    "orphan-region-result": (Severity.ERROR, "an attribute or entity id with no span"),
    "attribute-on-wrong-region": (Severity.ERROR, "an attribute on the wrong kind of span"),
    "duplicate-region-result": (Severity.ERROR, "the same attribute twice on one region"),
    "not-one-choice": (Severity.ERROR, "an attribute with no value or several values"),
    "unknown-choice": (Severity.ERROR, "an attribute value outside the schema"),
    "attribute-not-for-type": (Severity.WARNING, "an event attribute its type does not carry"),
    "subtype-not-for-type": (Severity.ERROR, "an ORG subtype on a span that is not ORG"),
    "bad-entity-id": (Severity.ERROR, "an entity id that is not exactly one string"),
    "entity-id-format": (Severity.WARNING, "an entity id not shaped wikidata:Q… or local:…"),
    # relations
    "dangling-relation": (Severity.ERROR, "a relation end that is not a span"),
    "bidirectional-relation": (Severity.ERROR, "a relation with direction bi"),
    "relation-not-trigger-entity": (
        Severity.ERROR,
        "a relation not between a trigger and an entity",
    ),
    "relation-without-role": (Severity.ERROR, "a relation without a role label"),
    "unknown-role": (Severity.ERROR, "a relation label that is not a role"),
    "role-not-allowed": (Severity.ERROR, "a role the trigger's event type does not have"),
    "argument-type-not-allowed": (Severity.ERROR, "an argument type the role does not allow"),
    "duplicate-relation": (Severity.WARNING, "the same trigger, argument and role twice"),
    "role-filled-twice": (Severity.WARNING, "a single-filler role with several arguments"),
}


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding, located. `annotation_id is None`: the whole task is concerned."""

    code: str
    severity: Severity
    message: str
    task_id: int | None = None
    annotation_id: int | str | None = None
    annotator: str | None = None
    region_id: str | None = None
    doc_id: str | None = None
    excerpt: str = ""
    draft: bool = False
    source: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "severity": self.severity.value,
            "message": self.message,
            "source": self.source,
            "task_id": self.task_id,
            "doc_id": self.doc_id,
            "annotation_id": self.annotation_id,
            "draft": self.draft,
            "annotator": self.annotator,
            "region_id": self.region_id,
            "excerpt": self.excerpt,
        }


def task_has_errors(issues: Iterable[Issue]) -> bool:
    """True when a task-level error (text edited, empty text) makes every annotation unusable."""
    return any(i.severity is Severity.ERROR and i.annotation_id is None for i in issues)


def annotations_with_errors(issues: Iterable[Issue]) -> frozenset[int | str]:
    """Ids of the submitted (non-draft) annotations that have at least one error."""
    return frozenset(
        i.annotation_id
        for i in issues
        if i.severity is Severity.ERROR and i.annotation_id is not None and not i.draft
    )


@dataclass
class Report:
    """Everything a validation run found, with counts.

    `counts` holds the number of issues per code; `issues` keeps at most
    `max_per_code` examples of each code so that a broken export of any size fits in
    memory (`omitted` says how many were not kept).
    """

    sources: list[str] = field(default_factory=list)
    tasks: int = 0
    annotations: int = 0
    cancelled: int = 0
    drafts: int = 0
    regions: int = 0
    relations: int = 0
    issues: list[Issue] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    draft_counts: Counter[str] = field(default_factory=Counter)
    severities: Counter[Severity] = field(default_factory=Counter)
    max_per_code: int = 1000

    def add(self, issues: Iterable[Issue]) -> None:
        for issue in issues:
            self.counts[issue.code] += 1
            self.severities[issue.severity] += 1
            if issue.draft:
                self.draft_counts[issue.code] += 1
            if self.counts[issue.code] <= self.max_per_code:
                self.issues.append(issue)

    @property
    def omitted(self) -> int:
        return sum(self.counts.values()) - len(self.issues)

    def count(self, severity: Severity) -> int:
        """Issues of `severity` (a draft's findings are warnings at most)."""
        return self.severities[severity]

    @property
    def has_errors(self) -> bool:
        return self.count(Severity.ERROR) > 0

    @property
    def has_warnings(self) -> bool:
        return self.count(Severity.WARNING) > 0

    def by_code(self) -> dict[str, list[Issue]]:
        """Kept issues grouped by code: errors first, then warnings, info; most frequent first."""
        groups: dict[str, list[Issue]] = {}
        for issue in self.issues:
            groups.setdefault(issue.code, []).append(issue)
        order = sorted(self.counts, key=lambda c: (SEVERITY_ORDER[CODES[c][0]], -self.counts[c], c))
        return {code: groups.get(code, []) for code in order}

    def summary(self) -> dict[str, int]:
        return {
            "tasks": self.tasks,
            "annotations": self.annotations,
            "cancelled": self.cancelled,
            "drafts": self.drafts,
            "regions": self.regions,
            "relations": self.relations,
            "errors": self.count(Severity.ERROR),
            "warnings": self.count(Severity.WARNING),
            "info": self.count(Severity.INFO),
        }

    def to_json(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "summary": self.summary(),
            "counts": dict(sorted(self.counts.items())),
            "draft_counts": dict(sorted(self.draft_counts.items())),
            "omitted": self.omitted,
            "issues": [issue.to_json() for issue in self.issues],
        }
