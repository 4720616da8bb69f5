"""A validation report as text for people: grouped by code, counted, with the first examples.

Returns strings; printing is the CLI's job. Arabic is shown as it is, the span between
⟦ ⟧ with some context around it.
"""

from __future__ import annotations

from annotate.validation.issues import CODES, Issue, Report, Severity


def _location(issue: Issue) -> str:
    parts = [f"task {issue.task_id}"]
    if issue.doc_id and issue.doc_id != str(issue.task_id):
        parts[0] += f" ({issue.doc_id})"
    if issue.annotation_id is not None:
        kind = "draft" if issue.draft else "annotation"
        parts.append(f"{kind} {issue.annotation_id} by {issue.annotator}")
    if issue.region_id is not None:
        parts.append(f"region {issue.region_id}")
    return ", ".join(parts)


def summary_line(report: Report) -> str:
    """One line: the verdict, the counts of findings and of what was read."""
    s = report.summary()
    verdict = "FAILED" if report.has_errors else "OK"
    return (
        f"{verdict}: {s['errors']} error(s), {s['warnings']} warning(s), {s['info']} info in "
        f"{s['tasks']} task(s), {s['annotations']} annotation(s) ({s['cancelled']} cancelled), "
        f"{s['drafts']} draft(s), {s['regions']} region(s), {s['relations']} relation(s)"
    )


def render_text(report: Report, examples: int = 3) -> str:
    """The report grouped by code (errors first), `examples` located examples per code."""
    lines: list[str] = [f"validated {', '.join(report.sources)}", ""]
    for code, kept in report.by_code().items():
        severity, meaning = CODES[code]
        count = report.counts[code]
        drafts = report.draft_counts.get(code, 0)
        note = ""
        if drafts and severity is Severity.ERROR:
            note = f" ({drafts} in drafts, as warnings)"
            if drafts == count:  # only drafts: nothing here is an error
                severity, note = Severity.WARNING, " (all in drafts)"
        lines.append(f"{severity.value:<7} {code}: {count}{note} - {meaning}")
        for issue in kept[:examples]:
            source = f"{issue.source}: " if len(report.sources) > 1 else ""
            lines.append(f"  {source}{_location(issue)}: {issue.message}")
            if issue.excerpt:
                lines.append(f"      {issue.excerpt}")
        if count > examples:
            lines.append(f"  ... and {count - examples} more")
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines)
