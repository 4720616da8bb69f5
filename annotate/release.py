"""`annotate merge`: validated Label Studio exports -> a new, immutable gold version.

Two streaming passes, so memory stays flat whatever the export size:

1. every task of every export is validated (`annotate.validate.inspect_task`); its
   non-cancelled annotations without errors become compact `Judgement` rows, straight
   from what the validator read (`annotate.mentions.judgement_rows`), grouped by
   document id (`annotate.grouping`, spilling to disk beyond a budget);
2. documents come back in id order: each is merged (`annotate.merge`), its gold record and
   conflicts are appended to the release, and agreement is accumulated.

Validation errors refuse the merge (nothing is written) unless `skip_invalid`, which drops
the annotations (or whole tasks, for task-level errors) that have them and lists them.
The same export given twice, or copies of an annotation across exports, count once.
"""

from __future__ import annotations

import shutil
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson

from annotate import __version__
from annotate.gold import (
    AGREEMENT,
    CONFLICTS,
    MANIFEST,
    RECORDS,
    REPORT,
    Counts,
    Release,
    file_sha256,
)
from annotate.grouping import DEFAULT_BUDGET, DocumentGrouper
from annotate.labelstudio.export import export_sha256, iter_export
from annotate.mentions import AttrsTable, judgement_rows
from annotate.merge import DEFAULT_THRESHOLD, votes_needed
from annotate.merge_run import write_documents
from annotate.report_html import render_report
from annotate.schema import SCHEMA_VERSION
from annotate.text import sha256_text
from annotate.validate import (
    Issue,
    Report,
    Severity,
    annotations_with_errors,
    inspect_task,
    task_has_errors,
)


@dataclass(frozen=True, slots=True)
class Dropped:
    """An annotation (or a whole task, `annotation_id is None`) left out for its errors."""

    source: str
    task_id: int
    doc_id: str
    annotation_id: int | str | None
    annotator: str | None
    codes: tuple[str, ...]

    def describe(self) -> str:
        what = (
            "whole task"
            if self.annotation_id is None
            else f"annotation {self.annotation_id} by {self.annotator}"
        )
        return (
            f"{self.source}: task {self.task_id} ({self.doc_id}), {what}: {', '.join(self.codes)}"
        )


@dataclass
class MergeOutcome:
    """What a merge run did. `path is None`: nothing was released (see `report`)."""

    report: Report
    dropped: list[Dropped] = field(default_factory=list)
    version: str | None = None
    path: Path | None = None
    counts: Counts = field(default_factory=Counts)
    conflicts: Counter[str] = field(default_factory=Counter)
    agreement: dict[str, Any] = field(default_factory=dict)
    unannotated: int = 0
    """Tasks without any usable annotation (nothing submitted, all cancelled or dropped)."""
    unchanged: bool = False
    """True when the merge equals the latest version: nothing new was released."""


def merge_exports(
    exports: Sequence[Path],
    gold_dir: Path,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    skip_invalid: bool = False,
    version: str | None = None,
    message: str = "",
    overlap: int | None = None,
    known_hashes: dict[str, str] | None = None,
    budget: int = DEFAULT_BUDGET,
    jobs: int = 1,
    adjudicated: Sequence[Path] = (),
) -> MergeOutcome:
    """Validate and merge `exports` into a new version under `gold_dir`.

    Raises `GoldVersionError` for a version that exists or is out of order (before any
    export is read), `InputError`/`ExportFormatError` for unreadable exports or a document
    id whose text differs between exports. Validation errors are findings: the outcome has
    `path is None` and its report says why. `jobs > 1` merges documents on that many
    forked processes (Linux); the release is byte-identical to one made with `jobs=1`.
    Every annotation of an `adjudicated` export (an adjudication project's, see
    `annotate.adjudication`) counts as ground truth: it decides its document.
    """
    votes_needed(threshold, 1)  # rejects a threshold outside [0, 1) before any work
    outcome = MergeOutcome(report=Report())
    with Release(gold_dir, version) as release:
        adjudication = dict(_sources(adjudicated))
        # Each file hashed once; a file given both ways keeps its export path, as before.
        sources = sorted({**adjudication, **dict(_sources(exports))}.items())
        decisive = set(adjudication)
        grouper = DocumentGrouper(release.path / ".spill", budget)
        table = AttrsTable()
        refused = _read(
            sources, grouper, table, outcome, skip_invalid, overlap, known_hashes, decisive
        )
        if refused:
            return outcome
        _write(release.path, release.version, grouper, table, outcome, threshold, jobs)
        shutil.rmtree(release.path / ".spill", ignore_errors=True)
        settings: dict[str, Any] = {"threshold": threshold, "skip_invalid": skip_invalid}
        if decisive:  # only when used, so that earlier manifests still compare equal
            settings["adjudicated"] = sorted(decisive)
        if version is None and _same_as_previous(release, sources, settings):
            # Re-running a merge on the same exports must not mint an identical version.
            assert release.previous is not None
            outcome.version = release.previous
            outcome.path = gold_dir / release.previous
            outcome.unchanged = True
            return outcome
        outcome.path = release.publish(
            outcome.counts,
            sources=[{"name": path.name, "sha256": sha} for sha, path in sources],
            tool_version=__version__,
            schema_version=SCHEMA_VERSION,
            settings=settings,
            message=message,
        )
        outcome.version = release.version
    return outcome


def _same_as_previous(
    release: Release, sources: list[tuple[str, Path]], settings: dict[str, Any]
) -> bool:
    """True when the latest version came from the same exports and settings, with the same files."""
    if release.previous is None:
        return False
    manifest_path = release.gold_dir / release.previous / MANIFEST
    try:
        manifest = orjson.loads(manifest_path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return False  # a broken release is never "the same"; `gold verify` reports it
    files = manifest.get("files", {})
    # report.html names its version, so only the data files are compared.
    return (
        manifest.get("settings") == settings
        and [s["sha256"] for s in manifest.get("sources", [])] == [sha for sha, _ in sources]
        and all(
            files.get(name) == file_sha256(release.path / name) for name in (RECORDS, CONFLICTS)
        )
    )


def _sources(exports: Sequence[Path]) -> list[tuple[str, Path]]:
    """(sha256, path) per distinct export content, sorted by hash (order-independent)."""
    by_hash: dict[str, Path] = {}
    for path in exports:
        by_hash.setdefault(export_sha256(path), path)
    return sorted(by_hash.items())


def _read(
    sources: list[tuple[str, Path]],
    grouper: DocumentGrouper,
    table: AttrsTable,
    outcome: MergeOutcome,
    skip_invalid: bool,
    overlap: int | None,
    known_hashes: dict[str, str] | None,
    decisive: set[str],
) -> bool:
    """Pass 1: validate every task, group usable judgements; True when errors refuse it.

    Annotations of the exports whose hash is in `decisive` count as ground truth."""
    report = outcome.report
    refused = False
    for sha, path in sources:
        source = str(path)
        adjudication = sha in decisive
        report.sources.append(source)
        for task in iter_export(path):
            report.tasks += 1
            report.annotations += len(task.annotations)
            report.drafts += len(task.drafts)
            text_sha = sha256_text(task.text)
            issues, checked = inspect_task(
                task,
                overlap=overlap,
                known_hashes=known_hashes,
                source=source,
                text_sha256=text_sha,
            )
            report.add(issues)
            report.cancelled += sum(a.was_cancelled for a in task.annotations)
            whole_task = task_has_errors(issues)
            bad = annotations_with_errors(issues)
            if (whole_task or bad) and not skip_invalid:
                refused = True
            if refused:
                continue  # keep validating, to report every error, but merge nothing
            if whole_task:
                outcome.dropped.append(
                    Dropped(source, task.id, task.doc_id, None, None, _codes(issues, None))
                )
                outcome.unannotated += 1
                continue
            judgements: list[list[Any]] = []
            for ann, read in zip(task.annotations, checked, strict=True):
                if read is None:
                    continue  # cancelled
                if ann.id in bad:
                    outcome.dropped.append(
                        Dropped(
                            source,
                            task.id,
                            task.doc_id,
                            ann.id,
                            ann.annotator,
                            _codes(issues, ann.id),
                        )
                    )
                    continue
                if ann.user_id is not None and not ann.annotator.startswith("user:"):
                    table.aliases[f"user:{ann.user_id}"] = ann.annotator
                # What the validator read, straight to the spill's rows (`Judgement.to_json`).
                mentions, arguments = judgement_rows(
                    read.spans, read.regions, read.relations, table
                )
                report.regions += len(mentions)
                report.relations += len(arguments)
                judgements.append(
                    [
                        str(ann.id),
                        ann.annotator,
                        ann.ground_truth or adjudication,
                        ann.updated_at,
                        mentions,
                        arguments,
                    ]
                )
            if not judgements:
                outcome.unannotated += 1
                continue
            # orjson over-allocates its output (~10x for these sizes): keep an exact copy.
            payload = orjson.dumps([sha, task.text, text_sha, judgements])
            grouper.add(task.doc_id, bytes(memoryview(payload)))
    return refused


def _codes(issues: Sequence[Issue], annotation_id: int | str | None) -> tuple[str, ...]:
    """The error codes found on one annotation (None: on the task itself)."""
    return tuple(
        sorted(
            {
                i.code
                for i in issues
                if i.severity is Severity.ERROR and not i.draft and i.annotation_id == annotation_id
            }
        )
    )


def _write(
    path: Path,
    version: str,
    grouper: DocumentGrouper,
    table: AttrsTable,
    outcome: MergeOutcome,
    threshold: float,
    jobs: int,
) -> None:
    """Pass 2: merge each document in id order and write the release's files."""
    result = write_documents(grouper, table, path / RECORDS, path / CONFLICTS, threshold, jobs)
    outcome.counts = result.counts
    outcome.conflicts = result.conflicts
    outcome.agreement = result.agreement.result()
    (path / AGREEMENT).write_bytes(
        orjson.dumps(outcome.agreement, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
    )
    (path / REPORT).write_text(
        render_report(
            outcome.agreement,
            outcome.counts.to_json(),
            dict(outcome.conflicts),
            title=f"Gold release {version}",
        ),
        encoding="utf-8",
    )
