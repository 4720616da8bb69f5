"""`annotate validate`: check Label Studio exports against the schema and the text.

Everything Label Studio lets through (out-of-range offsets, unknown labels, dangling
relations, edited texts, ...) becomes an `Issue` with a stable code, a severity and a
location; `validate_exports` streams export files into a `Report`, `check_task` checks
one task (the merge uses it to keep only annotations without errors). The checks live in
`annotate/validation/`; this module is the stable import path.
"""

from __future__ import annotations

from annotate.validation.annotation import Checked, check_annotation
from annotate.validation.issues import (
    CODES,
    Issue,
    Report,
    Severity,
    annotations_with_errors,
    task_has_errors,
)
from annotate.validation.reporter import excerpt
from annotate.validation.task import (
    check_task,
    inspect_task,
    known_hashes_from_tasks,
    validate_exports,
)

__all__ = [
    "CODES",
    "Checked",
    "Issue",
    "Report",
    "Severity",
    "annotations_with_errors",
    "check_annotation",
    "check_task",
    "excerpt",
    "inspect_task",
    "known_hashes_from_tasks",
    "task_has_errors",
    "validate_exports",
]
