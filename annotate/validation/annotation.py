"""Checks of one annotation's result list against the schema and the task text.

The result list is what Label Studio stores, unchecked (research/label_studio.md, appendix
"checklist"): spans of the `entity` and `trigger` controls, per-region results (event
attributes, ORG subtype, entity id) that hang on a span by its region id, relations
trigger -> argument labelled with roles, and a document status. An annotation without
errors is one `annotate.labelstudio.results.results_record` converts without raising.

This runs once per result item of every annotation, so it works on plain strings and
tuples, and builds an `Issue` only when something is wrong.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

from annotate.labelstudio.config import DOC_STATUS, ENTITY, ENTITY_ID, TRIGGER
from annotate.labelstudio.export import ExportAnnotation, ExportTask
from annotate.schema import (
    ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    SPAN_LABELS,
    DocStatus,
    EntityType,
    EventType,
)
from annotate.text import (
    has_edge_whitespace,
    is_combining,
    is_grapheme_boundary,
    starts_with_proclitic,
)
from annotate.validation.issues import Issue
from annotate.validation.relations import check_relations
from annotate.validation.reporter import Reporter, Span

_LABELS = {
    ENTITY: frozenset(label.value for label in SPAN_LABELS),
    TRIGGER: frozenset(t.value for t in EventType),
}
_EVENT_ATTRIBUTES = {a.name: a for a in ATTRIBUTES}
_ENTITY_ATTRIBUTES = {a.name: a for a in ENTITY_ATTRIBUTES}
_ATTRIBUTE_VALUES = {
    a.name: frozenset(map(str, a.values)) for a in (*ATTRIBUTES, *ENTITY_ATTRIBUTES)
}
_EVENT_TYPES_OF = {
    a.name: frozenset(t.value for t in a.event_types) for a in ATTRIBUTES if a.event_types
}
_DOC_STATUSES = frozenset(s.value for s in DocStatus)
_ENTITY_ID_RE = re.compile(r"(?:wikidata:Q[1-9][0-9]*|local:\S+)")

# Characters next to which any offset is a grapheme boundary (not a mark, CR/LF, ZWJ or a
# flag half), memoised: checking them is most of a span's cost otherwise.
_PLAIN: dict[str, bool] = {}


def _plain(ch: str) -> bool:
    plain = _PLAIN.get(ch)
    if plain is None:
        plain = _PLAIN[ch] = (
            ch not in "\r\n\N{ZERO WIDTH JOINER}"
            and not is_combining(ch)
            and not ("\U0001f1e6" <= ch <= "\U0001f1ff")
        )
    return plain


def _boundary(text: str, i: int) -> bool:
    if 0 < i < len(text) and not (_plain(text[i - 1]) and _plain(text[i])):
        return is_grapheme_boundary(text, i)
    return True


_SPLIT, _EDGE, _PROCLITIC = 1, 2, 4
Memo = dict[tuple[int, int], int]
"""(start, end) -> the text checks' findings there (_SPLIT | _EDGE | _PROCLITIC bits).

Annotators of a task mostly draw the same spans, so a task's annotations share one."""


def _text_flags(text: str, start: int, end: int) -> int:
    """What is wrong with [start, end) as a span of `text`, whatever its label."""
    flags = 0
    if not _boundary(text, start) or not _boundary(text, end):
        flags = _SPLIT
    if has_edge_whitespace(text[start:end]):
        flags |= _EDGE
    elif starts_with_proclitic(text, start, end):
        flags |= _PROCLITIC
    return flags


class Checked(NamedTuple):
    """One annotation as the checks read it: its issues, and its result items sorted out
    (spans and per-region results by region id, relations), for `annotate.mentions`."""

    issues: list[Issue]
    spans: dict[str, Span]
    regions: dict[str, dict[str, Any]]
    """Region id -> control -> value of its per-region results (attributes, subtype, id)."""
    relations: list[dict[str, Any]]


def check_annotation(
    task: ExportTask, annotation: ExportAnnotation, source: str = ""
) -> tuple[list[Issue], int, int]:
    """The issues of one annotation's result list, its number of spans and of relations."""
    checked = inspect_annotation(task, annotation, source)
    return checked.issues, len(checked.spans), len(checked.relations)


def inspect_annotation(
    task: ExportTask, annotation: ExportAnnotation, source: str = "", memo: Memo | None = None
) -> Checked:
    """Check one annotation's result list; its issues and its sorted-out result items.

    `memo` (one per task) keeps the text checks of spans already seen in the task."""
    report = Reporter(task, annotation, source)
    if memo is None:
        memo = {}
    spans: dict[str, Span] = {}
    per_region: list[dict[str, Any]] = []
    relations: list[dict[str, Any]] = []
    statuses: list[str] = []
    for item in annotation.result:
        control = item.get("from_name")
        if item.get("type") == "relation":
            relations.append(item)
        elif control in (ENTITY, TRIGGER):
            _check_span(task.text, item, control, spans, report, memo)
        elif control in _ATTRIBUTE_VALUES or control == ENTITY_ID:
            per_region.append(item)
        elif control == DOC_STATUS:
            statuses.extend(_check_doc_status(item, report))
        else:
            report("unknown-control", f"from_name {control!r} is not a control of the config")
    if not spans and not annotation.is_draft and DocStatus.IRRELEVANT.value not in statuses:
        report("empty-annotation", "no span at all (mark the document irrelevant if it is)")
    _check_duplicate_spans(spans, report)
    regions: dict[str, dict[str, Any]] = {}
    for item in per_region:
        _check_region_result(item, spans, regions, report)
    check_relations(relations, spans, report)
    return Checked(report.issues, spans, regions, relations)


def _check_span(
    text: str,
    item: dict[str, Any],
    control: str,
    spans: dict[str, Span],
    report: Reporter,
    memo: Memo,
) -> None:
    rid = item.get("id")
    value = item.get("value")
    if not isinstance(value, dict) or item.get("type") != "labels":
        report("malformed-result", f"a {control} span needs type 'labels' and a value", rid)
        return
    start, end = value.get("start"), value.get("end")
    if type(start) is not int or type(end) is not int:
        report("non-int-offset", f"{_at(control, start, end)}: start and end must be integers", rid)
        return
    n = len(text)
    if start < 0 or end > n:
        report(
            "span-out-of-range", f"{_at(control, start, end)} is outside the text (length {n})", rid
        )
        return
    if start >= end:
        report(
            "empty-span", f"{_at(control, start, end)}: start must be < end", rid, (start, start)
        )
        return
    labels = value.get("labels")
    label: str | None = None
    if type(labels) is not list or len(labels) != 1:
        report(
            "not-one-label",
            f"{_at(control, start, end)}: expected exactly one label, got {labels!r}",
            rid,
        )
    elif labels[0] not in _LABELS[control]:
        report(
            "unknown-label",
            f"{_at(control, start, end)}: {labels[0]!r} is not a label of the {control} control",
            rid,
            (start, end),
        )
    else:
        label = labels[0]
    surface = text[start:end]
    flags = memo.get((start, end))
    if flags is None:
        flags = memo[(start, end)] = _text_flags(text, start, end)
    if flags & _SPLIT:
        report(
            "split-grapheme",
            f"{_at(control, start, end)} splits a character from its marks; widen it to whole characters",
            rid,
            (start, end),
        )
    if flags & _EDGE:
        report(
            "edge-whitespace",
            f"{_at(control, start, end)}: {surface!r} starts or ends with whitespace",
            rid,
            (start, end),
        )
    elif flags & _PROCLITIC:
        report(
            "proclitic-in-span",
            f"{_at(control, start, end)}: {surface!r} starts with a proclitic; the span convention leaves it out",
            rid,
            (start, end),
        )
    if value.get("text", surface) != surface:
        report(
            "span-text-mismatch",
            f"{_at(control, start, end)}: value.text {value.get('text')!r} differs from the text {surface!r}",
            rid,
            (start, end),
        )
    if not isinstance(rid, str) or not rid:
        report(
            "missing-region-id",
            f"{_at(control, start, end)}: the span has no region id",
            None,
            (start, end),
        )
        return
    previous = spans.get(rid)
    if previous is not None:
        if previous[0] != control:
            report(
                "region-in-both-controls",
                f"region {rid!r} is labelled by both the entity and the trigger control",
                rid,
                (start, end),
            )
        else:
            report("duplicate-region", f"region id {rid!r} is used by two spans", rid, (start, end))
        return
    spans[rid] = (control, label, start, end)


def _at(control: str, start: Any, end: Any) -> str:
    return f"{control} span [{start}, {end})"


def _check_duplicate_spans(spans: dict[str, Span], report: Reporter) -> None:
    seen: dict[Span, str] = {}
    for rid, span in spans.items():
        if span[1] is None:
            continue
        other = seen.setdefault(span, rid)
        if other != rid:
            report(
                "duplicate-span",
                f"regions {other!r} and {rid!r} have the same offsets and label {span[1]!r}",
                rid,
                (span[2], span[3]),
            )


def _one_string(values: Any) -> str | None:
    if type(values) is list and len(values) == 1 and type(values[0]) is str:
        return values[0]
    return None


def _check_doc_status(item: dict[str, Any], report: Reporter) -> list[str]:
    value = item.get("value")
    choices = value.get("choices") if isinstance(value, dict) else None
    status = _one_string(choices)
    if status is None:
        report("not-one-choice", f"doc_status: expected exactly one status, got {choices!r}")
        return []
    if status not in _DOC_STATUSES:
        allowed = ", ".join(sorted(_DOC_STATUSES))
        report("unknown-doc-status", f"doc_status {status!r} is not one of {allowed}")
        return []
    return [status]


def _check_region_result(
    item: dict[str, Any],
    spans: dict[str, Span],
    regions: dict[str, dict[str, Any]],
    report: Reporter,
) -> None:
    control = item["from_name"]
    rid = item.get("id")
    span = spans.get(rid) if isinstance(rid, str) else None
    if span is None or not isinstance(rid, str):
        report("orphan-region-result", f"{control}: region {rid!r} is not a span", rid)
        return
    at = (span[2], span[3])
    wanted = TRIGGER if control in _EVENT_ATTRIBUTES else ENTITY
    if span[0] != wanted:
        report(
            "attribute-on-wrong-region",
            f"{control} belongs on {wanted} spans, but region {rid!r} is a {span[0]} span",
            rid,
            at,
        )
        return
    value = item.get("value")
    held = regions.get(rid)
    if held is None:
        regions[rid] = {control: value}
    elif control in held:
        report("duplicate-region-result", f"{control} is set twice on region {rid!r}", rid, at)
        return
    else:
        held[control] = value
    if not isinstance(value, dict):
        report("malformed-result", f"{control}: the result has no value", rid, at)
        return
    if control == ENTITY_ID:
        _check_entity_id(value.get("text"), rid, at, report)
        return
    choices = value.get("choices")
    choice = _one_string(choices)
    if choice is None:
        report("not-one-choice", f"{control}: expected exactly one value, got {choices!r}", rid, at)
    elif choice not in _ATTRIBUTE_VALUES[control]:
        allowed = ", ".join(sorted(_ATTRIBUTE_VALUES[control]))
        report("unknown-choice", f"{control} {choice!r} is not one of {allowed}", rid, at)
    label = span[1]
    if label is None:
        return
    if control in _ENTITY_ATTRIBUTES:
        if label != EntityType.ORG.value:
            report(
                "subtype-not-for-type",
                f"{control} is set on a {label} span; only ORG has it",
                rid,
                at,
            )
    elif control in _EVENT_TYPES_OF and label not in _EVENT_TYPES_OF[control]:
        carriers = ", ".join(sorted(_EVENT_TYPES_OF[control]))
        report(
            "attribute-not-for-type",
            f"{control} is set on a {label} trigger; only {carriers} carry it (it is ignored)",
            rid,
            at,
        )


def _check_entity_id(texts: Any, rid: str, at: tuple[int, int], report: Reporter) -> None:
    link = _one_string(texts)
    if link is None:
        report("bad-entity-id", f"entity_id: expected exactly one string, got {texts!r}", rid, at)
    elif link.strip() and not _ENTITY_ID_RE.fullmatch(link.strip()):
        report(
            "entity-id-format",
            f"entity_id {link!r} is not shaped wikidata:Q<number> or local:<slug>",
            rid,
            at,
        )
