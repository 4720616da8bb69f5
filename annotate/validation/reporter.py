"""Building findings: `Reporter` makes located `Issue`s of one task or annotation.

Shared by the per-annotation checks (`annotate.validation.annotation`,
`annotate.validation.relations`) and the task checks (`annotate.validation.task`).
"""

from __future__ import annotations

from typing import Any

from annotate.labelstudio.export import ExportAnnotation, ExportTask
from annotate.validation.issues import CODES, Issue, Severity

_EXCERPT_WIDTH = 24

Span = tuple[str, str | None, int, int]
"""A checked span: (control, label or None when the label is invalid, start, end)."""


def excerpt(text: str, start: int, end: int, width: int = _EXCERPT_WIDTH) -> str:
    """The span between ⟦ ⟧ with some context, on one line (Arabic kept as it is)."""
    if not (0 <= start <= end <= len(text)):
        return ""
    left = text[max(0, start - width) : start]
    right = text[end : end + width]
    out = f"{'…' if start > width else ''}{left}⟦{text[start:end]}⟧{right}"
    out += "…" if end + width < len(text) else ""
    return " ".join(out.split())


class Reporter:
    """Builds the issues of one annotation (or task), located and with the right severity."""

    __slots__ = ("annotation", "issues", "source", "task")

    def __init__(
        self, task: ExportTask, annotation: ExportAnnotation | None, source: str = ""
    ) -> None:
        self.task = task
        self.annotation = annotation
        self.source = source
        self.issues: list[Issue] = []

    def __call__(
        self, code: str, message: str, region_id: Any = None, span: tuple[int, int] | None = None
    ) -> None:
        severity = CODES[code][0]
        ann = self.annotation
        if ann is not None and ann.is_draft and severity is Severity.ERROR:
            severity = Severity.WARNING  # drafts are work in progress: never an error
        self.issues.append(
            Issue(
                code=code,
                severity=severity,
                message=message,
                task_id=self.task.id,
                annotation_id=None if ann is None else ann.id,
                annotator=None if ann is None else ann.annotator,
                region_id=None if region_id is None else str(region_id),
                doc_id=self.task.doc_id,
                excerpt="" if span is None else excerpt(self.task.text, *span),
                draft=ann is not None and ann.is_draft,
                source=self.source,
            )
        )
