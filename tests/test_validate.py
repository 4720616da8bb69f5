"""The validator: a valid export is clean, each corruption gives exactly its code, and an
annotation without errors is one `results_record` converts."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from annotate.labelstudio.config import DOC_STATUS, ENTITY, ENTITY_ID, TRIGGER
from annotate.labelstudio.export import ExportTask, task_from_json
from annotate.labelstudio.results import record_results, results_record
from annotate.labelstudio.tasks import to_task
from annotate.schema import (
    ATTRIBUTES,
    SPAN_LABELS,
    AgreementKind,
    AgreementStage,
    Argument,
    Document,
    Entity,
    EntityType,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    Modality,
    OrgSubtype,
    Polarity,
    Role,
    Tense,
    Trigger,
    ValueType,
)
from annotate.text import sha256_text
from annotate.validate import (
    CODES,
    Issue,
    Severity,
    annotations_with_errors,
    check_task,
    excerpt,
    task_has_errors,
    validate_exports,
)
from tests.strategies import gold_records

FIXTURE = Path(__file__).parent / "fixtures" / "ls_export_example.json"

TEXT = (
    "التقى وزير الخارجية الروسي سيرغي لافروف نظيره التركي في أنقرة يوم الاثنين. "
    "وأعلنت وزارة الدفاع والقاهرة اتفاقاً لوقف إطلاق النار بعد مقتل ثلاثة جنود قرب دمشق."
)
Result = list[dict[str, Any]]


def entity(eid: str, label: EntityType | ValueType, surface: str, **extra: Any) -> Entity:
    start = TEXT.index(surface)
    return Entity(
        id=eid, type=label, start=start, end=start + len(surface), surface=surface, **extra
    )


def trigger(surface: str) -> Trigger:
    start = TEXT.index(surface)
    return Trigger(start=start, end=start + len(surface), surface=surface)


def make_record() -> GoldRecord:
    """Two events with arguments, attributes, an ORG subtype and entity ids."""
    doc = Document(id="doc-1", text=TEXT)
    entities = (
        entity("e1", EntityType.PER, "سيرغي لافروف", link="wikidata:Q80"),
        entity("e2", EntityType.GPE, "أنقرة"),
        entity("e3", ValueType.DATE, "يوم الاثنين"),
        entity("e4", EntityType.ORG, "وزارة الدفاع", subtype=OrgSubtype.GOV, link="local:mod"),
        entity("e5", EntityType.GPE, "القاهرة"),
        entity("e6", ValueType.NUM, "ثلاثة"),
        entity("e7", EntityType.GPE, "دمشق"),
    )
    meet = Event(
        id="v1",
        type=EventType.MEET,
        trigger=trigger("التقى"),
        arguments=(
            Argument(role=Role.PARTICIPANT, entity="e1"),
            Argument(role=Role.PLACE, entity="e2"),
            Argument(role=Role.TIME, entity="e3"),
        ),
        attributes=EventAttributes(
            polarity=Polarity.POSITIVE, modality=Modality.ASSERTED, tense=Tense.PAST
        ),
    )
    agreement = Event(
        id="v2",
        type=EventType.AGREEMENT,
        trigger=trigger("اتفاقاً"),
        arguments=(Argument(role=Role.PARTY, entity="e4"), Argument(role=Role.PARTY, entity="e5")),
        attributes=EventAttributes(
            agreement_kind=AgreementKind.CEASEFIRE, agreement_stage=AgreementStage.AGREED
        ),
    )
    return GoldRecord.for_document(doc, entities=entities, events=(meet, agreement))


RECORD = make_record()


def annotation(ann_id: int, result: Result, **extra: Any) -> dict[str, Any]:
    user = {"id": ann_id, "email": f"a{ann_id}@example.org", "first_name": "", "last_name": ""}
    return {
        "id": ann_id,
        "completed_by": user,
        "result": result,
        "was_cancelled": False,
        "ground_truth": False,
        **extra,
    }


def raw_task(record: GoldRecord = RECORD, results: list[Result] | None = None) -> dict[str, Any]:
    """An export task as Label Studio writes it, made with our own `to_task`."""
    doc = Document(id=record.id, text=record.text)
    task = to_task(doc, record, model_version="test/1")
    task["id"] = 1
    lists = results if results is not None else [record_results(record)]
    task["annotations"] = [annotation(i + 1, r) for i, r in enumerate(lists)]
    task["drafts"] = []
    return task


def parsed(raw: dict[str, Any]) -> ExportTask:
    return task_from_json(raw)


def codes(issues: list[Issue]) -> set[str]:
    return {i.code for i in issues}


# --- a valid export is clean -----------------------------------------------------------


def test_a_valid_task_has_no_findings() -> None:
    assert check_task(parsed(raw_task())) == []


@given(gold_records())
def test_valid_records_have_no_errors_and_convert_back(record: GoldRecord) -> None:
    task = parsed(raw_task(record))
    issues = check_task(task)
    # generated words may start with a proclitic, the schema lets a record fill a
    # single-filler role twice: warnings, never errors
    assert codes(issues) <= {"proclitic-in-span", "role-filled-twice", "empty-annotation"}
    doc = Document(id=record.id, text=record.text)
    assert results_record(doc, task.annotations[0].result) == record


def test_left_and_backwards_relations_are_normalised() -> None:
    result = record_results(RECORD)
    for rel in result:
        if rel.get("type") == "relation":
            if rel["to_id"] == "e2":
                rel["from_id"], rel["to_id"], rel["direction"] = "e2", "v1", "left"
            elif rel["to_id"] == "e4":
                rel["from_id"], rel["to_id"] = "e4", "v2"  # drawn from the argument
    task = parsed(raw_task(results=[result]))
    assert check_task(task) == []
    assert results_record(Document(id="doc-1", text=TEXT), result) == RECORD


# --- one corruption, exactly one code --------------------------------------------------


def find(result: Result, **match: Any) -> dict[str, Any]:
    return next(r for r in result if all(r.get(k) == v for k, v in match.items()))


def span(result: Result, rid: str) -> dict[str, Any]:
    return find(result, id=rid, type="labels")


def choice(result: Result, rid: str, control: str) -> dict[str, Any]:
    return find(result, id=rid, from_name=control)


def relation(result: Result, to_id: str) -> dict[str, Any]:
    return find(result, type="relation", to_id=to_id)


def reslice(item: dict[str, Any], start: int, end: int) -> None:
    item["value"].update(start=start, end=end, text=TEXT[start:end])


def shift_start(rid: str, delta: int) -> Callable[[Result], None]:
    def corrupt(result: Result) -> None:
        v = span(result, rid)["value"]
        reslice(span(result, rid), v["start"] + delta, v["end"])

    return corrupt


def shift_end(rid: str, delta: int) -> Callable[[Result], None]:
    def corrupt(result: Result) -> None:
        v = span(result, rid)["value"]
        reslice(span(result, rid), v["start"], v["end"] + delta)

    return corrupt


def set_value(get: Callable[[Result], dict[str, Any]], **values: Any) -> Callable[[Result], None]:
    return lambda result: get(result)["value"].update(values)


def set_item(get: Callable[[Result], dict[str, Any]], **values: Any) -> Callable[[Result], None]:
    return lambda result: get(result).update(values)


def append(get: Callable[[Result], dict[str, Any]], **changes: Any) -> Callable[[Result], None]:
    def corrupt(result: Result) -> None:
        item = copy.deepcopy(get(result))
        value = changes.pop("value", {})
        item.update(changes)
        item.get("value", {}).update(value)
        result.append(item)

    return corrupt


def remove_key(get: Callable[[Result], dict[str, Any]], key: str) -> Callable[[Result], None]:
    return lambda result: get(result).pop(key)


def clear(result: Result) -> None:
    result.clear()


def keep_status(status: str) -> Callable[[Result], None]:
    def corrupt(result: Result) -> None:
        result[:] = [{"id": "s", "from_name": DOC_STATUS, "to_name": "text", "type": "choices",
                      "value": {"choices": [status]}}]  # fmt: skip

    return corrupt


def e6(r: Result) -> dict[str, Any]:
    return span(r, "e6")


def jnud(r: Result) -> dict[str, Any]:
    start = TEXT.index("جنود")
    return {**e6(r), "value": {"start": start, "end": start + 4, "text": "جنود", "labels": ["NUM"]}}


CORRUPTIONS: list[tuple[str, Callable[[Result], None], str]] = [
    ("float offset", set_value(e6, start=float(TEXT.index("ثلاثة"))), "non-int-offset"),
    ("string offset", set_value(e6, end="5"), "non-int-offset"),
    ("past the end", set_value(e6, end=len(TEXT) + 1), "span-out-of-range"),
    ("negative start", set_value(e6, start=-1), "span-out-of-range"),
    ("empty span", lambda r: reslice(e6(r), e6(r)["value"]["start"], e6(r)["value"]["start"]), "empty-span"),
    ("no label", set_value(e6, labels=[]), "not-one-label"),
    ("two labels", set_value(e6, labels=["NUM", "DATE"]), "not-one-label"),
    ("unknown label", set_value(e6, labels=["PERSON"]), "unknown-label"),
    ("event type on entity", set_value(e6, labels=["Attack"]), "unknown-label"),
    ("entity type on trigger", set_value(lambda r: span(r, "v1"), labels=["PER"]), "unknown-label"),
    ("unknown control", set_item(lambda r: choice(r, "v1", "tense"), from_name="tense2"), "unknown-control"),
    ("split tanween", shift_end("v2", -1), "split-grapheme"),
    ("trailing space", shift_end("e6", 1), "edge-whitespace"),
    ("proclitic", shift_start("e5", -1), "proclitic-in-span"),
    ("value.text", set_value(e6, text="ثلاث"), "span-text-mismatch"),
    ("both controls", append(e6, from_name=TRIGGER, value={"labels": ["Attack"]}), "region-in-both-controls"),
    ("same id twice", lambda r: r.append(jnud(r)), "duplicate-region"),
    ("same span twice", append(e6, id="copy"), "duplicate-span"),
    ("no region id", remove_key(e6, "id"), "missing-region-id"),
    ("no value", remove_key(e6, "value"), "malformed-result"),
    ("span typed choices", set_item(e6, type="choices"), "malformed-result"),
    ("orphan attribute", set_item(lambda r: choice(r, "v1", "polarity"), id="gone"), "orphan-region-result"),
    ("attribute on entity", set_item(lambda r: choice(r, "v1", "polarity"), id="e6"), "attribute-on-wrong-region"),
    ("entity id on trigger", set_item(lambda r: choice(r, "e1", ENTITY_ID), id="v1"), "attribute-on-wrong-region"),
    ("attribute twice", append(lambda r: choice(r, "v1", "polarity")), "duplicate-region-result"),
    ("no choice", set_value(lambda r: choice(r, "v1", "polarity"), choices=[]), "not-one-choice"),
    ("two choices", set_value(lambda r: choice(r, "v1", "tense"), choices=["PAST", "FUTURE"]), "not-one-choice"),
    ("unknown choice", set_value(lambda r: choice(r, "v1", "polarity"), choices=["Positive"]), "unknown-choice"),
    ("kind on a Meet", append(lambda r: choice(r, "v1", "polarity"), from_name="agreement_kind", value={"choices": ["ceasefire"]}), "attribute-not-for-type"),
    ("subtype on GPE", append(lambda r: choice(r, "e4", "org_subtype"), id="e2"), "subtype-not-for-type"),
    ("entity id empty list", set_value(lambda r: choice(r, "e1", ENTITY_ID), text=[]), "bad-entity-id"),
    ("entity id string", set_value(lambda r: choice(r, "e1", ENTITY_ID), text="wikidata:Q80"), "bad-entity-id"),
    ("entity id shape", set_value(lambda r: choice(r, "e1", ENTITY_ID), text=["Q80"]), "entity-id-format"),
    ("dangling relation", set_item(lambda r: relation(r, "e2"), to_id="gone"), "dangling-relation"),
    ("bi relation", set_item(lambda r: relation(r, "e2"), direction="bi"), "bidirectional-relation"),
    ("unknown direction", set_item(lambda r: relation(r, "e2"), direction="up"), "malformed-result"),
    ("entity to entity", append(lambda r: relation(r, "e4"), from_id="e7"), "relation-not-trigger-entity"),
    ("trigger to trigger", append(lambda r: relation(r, "e4"), to_id="v1"), "relation-not-trigger-entity"),
    ("no role", set_item(lambda r: relation(r, "e2"), labels=[]), "relation-without-role"),
    ("unknown role", set_item(lambda r: relation(r, "e2"), labels=["Entity"]), "unknown-role"),
    ("role of another type", set_item(lambda r: relation(r, "e2"), labels=["Attacker"]), "role-not-allowed"),
    ("GPE as a time", set_item(lambda r: relation(r, "e5"), labels=["Time"]), "argument-type-not-allowed"),
    ("relation twice", append(lambda r: relation(r, "e2")), "duplicate-relation"),
    ("two places", append(lambda r: relation(r, "e2"), to_id="e7"), "role-filled-twice"),
    ("nothing", clear, "empty-annotation"),
    ("only a status", keep_status("complete"), "empty-annotation"),
    ("unknown status", append(lambda r: choice(r, "v1", "tense"), id="s", from_name=DOC_STATUS, value={"choices": ["done"]}), "unknown-doc-status"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("corrupt", "code"), [(c[1], c[2]) for c in CORRUPTIONS], ids=[c[0] for c in CORRUPTIONS]
)
def test_one_corruption_gives_exactly_its_code(
    corrupt: Callable[[Result], None], code: str
) -> None:
    result = record_results(RECORD)
    corrupt(result)
    issues = check_task(parsed(raw_task(results=[result])))
    assert codes(issues) == {code}, issues
    (issue,) = {i.code: i for i in issues}.values()
    assert issue.severity is CODES[code][0]
    assert (issue.task_id, issue.annotation_id, issue.annotator, issue.doc_id) == (
        1,
        1,
        "a1@example.org",
        "doc-1",
    )
    if CODES[code][0] is Severity.ERROR:
        assert annotations_with_errors(issues) == {1}
        assert not task_has_errors(issues)


def test_every_code_is_exercised() -> None:
    task_level = {
        "text-edited", "empty-text", "unknown-document", "no-text-hash", "duplicate-document",
        "duplicate-annotation", "too-few-annotations", "unannotated-task",
    }  # fmt: skip
    assert {c[2] for c in CORRUPTIONS} | task_level == set(CODES)


def test_an_irrelevant_document_may_stay_empty() -> None:
    result = record_results(RECORD)
    keep_status("irrelevant")(result)
    assert check_task(parsed(raw_task(results=[result]))) == []


def test_the_region_id_of_a_finding_and_its_excerpt() -> None:
    result = record_results(RECORD)
    shift_start("e5", -1)(result)
    (issue,) = check_task(parsed(raw_task(results=[result])))
    assert issue.region_id == "e5"
    assert "⟦والقاهرة⟧" in issue.excerpt
    assert issue.excerpt.startswith("…")


def test_excerpt_keeps_arabic_and_puts_the_span_on_one_line() -> None:
    text = "سطر أول\nفي دمشق\nآخر"
    start = text.index("دمشق")
    assert excerpt(text, start, start + 4, width=5) == "…ل في ⟦دمشق⟧ آخر"
    assert excerpt(text, 5, 99) == ""


# --- task level ----------------------------------------------------------------------


def test_text_edited_in_label_studio() -> None:
    raw = raw_task()
    raw["data"]["text"] += " "
    issues = check_task(parsed(raw))
    assert codes(issues) == {"text-edited"}
    assert issues[0].annotation_id is None
    assert task_has_errors(issues)


def test_known_hashes_from_the_tasks_file() -> None:
    raw = raw_task()
    del raw["data"]["sha256"]
    task = parsed(raw)
    assert codes(check_task(task)) == {"no-text-hash"}
    assert check_task(task, known_hashes={"doc-1": sha256_text(TEXT)}) == []
    assert codes(check_task(task, known_hashes={"doc-1": sha256_text("x")})) == {"text-edited"}
    assert codes(check_task(task, known_hashes={})) == {"unknown-document"}


def test_empty_text() -> None:
    raw = raw_task(results=[[]])
    raw["data"]["text"] = ""
    del raw["data"]["sha256"]
    issues = check_task(parsed(raw), known_hashes={"doc-1": sha256_text("")})
    assert codes(issues) == {"empty-text", "empty-annotation"}


def test_overlap_counts_submitted_annotations_only() -> None:
    raw = raw_task(results=[record_results(RECORD), []])
    raw["annotations"][1]["was_cancelled"] = True
    task = parsed(raw)
    assert codes(check_task(task, overlap=2)) == {"too-few-annotations"}
    assert check_task(task, overlap=1) == []


def test_cancelled_annotations_are_not_checked() -> None:
    raw = raw_task(results=[[{"from_name": "garbage"}]])
    raw["annotations"][0]["was_cancelled"] = True
    assert codes(check_task(parsed(raw))) == {"unannotated-task"}


def test_draft_findings_are_warnings_at_most() -> None:
    result = record_results(RECORD)
    set_value(e6, labels=["PERSON"])(result)
    raw = raw_task()
    raw["drafts"] = [{"id": 9, "user": "a2@example.org", "result": result}]
    issues = check_task(parsed(raw))
    assert [(i.code, i.severity, i.draft, i.annotation_id) for i in issues] == [
        ("unknown-label", Severity.WARNING, True, 9)
    ]
    assert annotations_with_errors(issues) == frozenset()
    raw["drafts"] = [{"id": 9, "user": "a2@example.org", "result": []}]  # nothing yet: fine
    assert check_task(parsed(raw)) == []


# --- any result list without errors converts -----------------------------------------

CONTROLS = [ENTITY, TRIGGER, ENTITY_ID, DOC_STATUS, "org_subtype", *(a.name for a in ATTRIBUTES)]
LABELS = [*(str(x) for x in SPAN_LABELS), *(str(t) for t in EventType), "PERSON"]
CHOICES = sorted({str(v) for a in ATTRIBUTES for v in a.values} | {str(s) for s in OrgSubtype})


@st.composite
def mutated_results(draw: st.DrawFn) -> tuple[GoldRecord, Result]:
    record = draw(gold_records())
    result = record_results(record)
    ids = sorted({str(r["id"]) for r in result if "id" in r} | {"x"})
    for _ in range(draw(st.integers(1, 4))):
        if not result:
            break
        item = result[draw(st.integers(0, len(result) - 1))]
        value = item.get("value", {})
        kind = draw(
            st.sampled_from(
                ["offset", "label", "choice", "id", "control", "relation", "copy", "drop"]
            )
        )
        if kind == "offset" and "start" in value:
            key = draw(st.sampled_from(["start", "end"]))
            value[key] = draw(st.integers(-2, len(record.text) + 2))
        elif kind == "label" and "labels" in value:
            value["labels"] = draw(st.lists(st.sampled_from(LABELS), max_size=2))
        elif kind == "choice" and "choices" in value:
            value["choices"] = [draw(st.sampled_from(CHOICES))]
        elif kind == "id" and "id" in item:
            item["id"] = draw(st.sampled_from(ids))
        elif kind == "control" and "from_name" in item:
            item["from_name"] = draw(st.sampled_from(CONTROLS))
        elif kind == "relation" and item.get("type") == "relation":
            item[draw(st.sampled_from(["from_id", "to_id"]))] = draw(st.sampled_from(ids))
            item["labels"] = draw(st.lists(st.sampled_from([str(r) for r in Role]), max_size=2))
            item["direction"] = draw(st.sampled_from(["right", "left", "bi"]))
        elif kind == "copy":
            result.append(copy.deepcopy(item))
        elif kind == "drop":
            result.remove(item)
    return record, result


@given(mutated_results())
def test_results_without_errors_always_convert(case: tuple[GoldRecord, Result]) -> None:
    record, result = case
    task = parsed(raw_task(record, [result]))
    issues = check_task(task)
    if not annotations_with_errors(issues):
        rebuilt = results_record(Document(id=record.id, text=record.text), result)
        assert rebuilt.text == record.text


# --- whole exports -------------------------------------------------------------------


def write_export(path: Path, tasks: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_ui_export_fixture() -> None:
    report = validate_exports([FIXTURE])
    assert report.summary() == {
        "tasks": 3,
        "annotations": 4,
        "cancelled": 1,
        "drafts": 2,
        "regions": 16,
        "relations": 9,
        "errors": 12,
        "warnings": 3,
        "info": 4,
    }
    # placeholder labels (Contact.Meet, Positive, Entity) are not in our schema
    assert dict(report.counts) == {
        "unknown-label": 7,
        "unknown-choice": 6,
        "unknown-role": 2,
        "no-text-hash": 3,
        "unannotated-task": 1,
    }
    assert list(report.by_code())[:3] == ["unknown-label", "unknown-choice", "unknown-role"]
    assert report.draft_counts == {"unknown-label": 3}
    assert report.has_errors


def test_the_same_export_twice_and_a_document_twice(tmp_path: Path) -> None:
    task = raw_task()
    twin = copy.deepcopy(task)
    twin["id"] = 2
    twin["annotations"] = []
    path = write_export(tmp_path / "export.json", [task, twin])
    report = validate_exports([path, path], overlap=1)
    assert report.counts == {
        "duplicate-document": 2,
        "too-few-annotations": 2,
        "duplicate-annotation": 1,
    }
    assert report.tasks == 4
    assert not report.has_errors
    assert report.has_warnings


def test_report_keeps_a_bounded_number_of_examples(tmp_path: Path) -> None:
    results = [[{"from_name": f"bad{i}", "id": str(i)} for i in range(30)]]
    path = write_export(tmp_path / "export.json", [raw_task(results=results)])
    report = validate_exports([path], max_per_code=5)
    assert report.counts["unknown-control"] == 30
    assert len(report.by_code()["unknown-control"]) == 5
    assert report.omitted == 25
    assert report.to_json()["omitted"] == 25


def test_the_legacy_layout_gives_the_same_findings(tmp_path: Path) -> None:
    data = json.loads(FIXTURE.read_text(encoding="utf-8"))
    for task in data:
        task["predictions"] = [p["id"] for p in task["predictions"]]
        task.pop("drafts")  # the legacy /export has no drafts
        for ann in task["annotations"]:
            ann["completed_by"] = ann["completed_by"]["id"]
    report = validate_exports([write_export(tmp_path / "legacy.json", data)])
    snapshot = validate_exports([FIXTURE])
    assert report.counts == snapshot.counts - snapshot.draft_counts
    assert {i.annotator for i in report.issues if i.annotator} == {"user:1", "user:2"}
