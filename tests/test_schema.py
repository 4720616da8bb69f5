"""The schema's records and their invariants."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from annotate.inventory import ATTRIBUTE_NAMES, ENTITY_INFO, EVENT_INFO, ROLE_INFO, VALUE_NAMES_AR
from annotate.schema import (
    ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    EVENT_ROLES,
    SPAN_LABELS,
    Argument,
    Document,
    Entity,
    EntityType,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    OrgSubtype,
    Role,
    Trigger,
    ValueType,
    parse_span_label,
)
from annotate.text import has_edge_whitespace, is_grapheme_boundary
from tests.strategies import text_and_span

TEXT = "أعلن وزير الخارجية الروسي سيرغي لافروف في موسكو وقف إطلاق النار 😀 بين أرمينيا وأذربيجان."


def span(text: str, surface: str) -> dict[str, object]:
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "surface": surface}


def record(**kw: object) -> GoldRecord:
    doc = Document(id="d1", text=TEXT)
    fields: dict[str, object] = {"id": doc.id, "text": doc.text, "text_sha256": doc.sha256}
    fields.update(kw)
    return GoldRecord.model_validate(fields)


def valid_event(**kw: object) -> dict[str, object]:
    ev: dict[str, object] = {
        "id": "v1",
        "type": "Agreement",
        "trigger": span(TEXT, "وقف إطلاق النار"),
        "arguments": [{"role": "Party", "entity": "e2"}, {"role": "Place", "entity": "e1"}],
        "attributes": {"agreement_kind": "ceasefire"},
    }
    ev.update(kw)
    return ev


ENTITIES = [
    {"id": "e1", "type": "GPE", **span(TEXT, "موسكو")},
    {"id": "e2", "type": "GPE", **span(TEXT, "أرمينيا")},
    {"id": "e3", "type": "PER", **span(TEXT, "سيرغي لافروف")},
]


def test_a_valid_record_round_trips_through_json() -> None:
    rec = record(entities=ENTITIES, events=[valid_event()])
    assert GoldRecord.model_validate_json(rec.model_dump_json()) == rec
    assert rec.events[0].attributes.agreement_kind == "ceasefire"


def test_records_are_canonical_whatever_the_order() -> None:
    a = record(entities=ENTITIES, events=[valid_event()])
    b = record(
        entities=list(reversed(ENTITIES)),
        events=[
            valid_event(
                arguments=[{"role": "Place", "entity": "e1"}, {"role": "Party", "entity": "e2"}]
            )
        ],
    )
    assert a.model_dump_json() == b.model_dump_json()


@given(text_and_span())
def test_any_in_range_span_with_its_surface_is_accepted(case: tuple[str, int, int]) -> None:
    text, start, end = case
    surface = text[start:end]
    doc = Document(id="x", text=text)
    ent = {"id": "e1", "type": "GPE", "start": start, "end": end, "surface": surface}
    if has_edge_whitespace(surface):
        with pytest.raises(ValidationError, match="whitespace"):
            GoldRecord.for_document(doc, entities=(Entity.model_validate(ent),))
    else:
        rec = GoldRecord.for_document(doc, entities=(Entity.model_validate(ent),))
        assert rec.text[rec.entities[0].start : rec.entities[0].end] == surface


@given(text_and_span(), st.integers(1, 50))
def test_a_span_past_the_end_is_rejected_naming_field_and_value(
    case: tuple[str, int, int], extra: int
) -> None:
    text, start, _ = case
    end = len(text) + extra
    doc = Document(id="x", text=text)
    ent = Entity(id="e1", type=EntityType.GPE, start=start, end=end, surface="x" * (end - start))
    with pytest.raises(ValidationError) as info:
        GoldRecord.for_document(doc, entities=(ent,))
    assert f"entities[0].end: {end} is past the end of the text (length {len(text)})" in str(
        info.value
    )


def test_a_surface_that_differs_from_the_text_is_rejected() -> None:
    bad = {**ENTITIES[0], "surface": "باريس"}
    with pytest.raises(ValidationError) as info:
        record(entities=[bad])
    assert "entities[0].surface: 'باريس' differs from the text at" in str(info.value)
    assert "'موسكو'" in str(info.value)


def test_start_must_precede_end_and_offsets_are_ints() -> None:
    with pytest.raises(ValidationError, match="start 5 must be < end 5"):
        Entity(id="e", type=EntityType.PER, start=5, end=5, surface="")
    with pytest.raises(ValidationError, match="end"):
        Entity.model_validate({"id": "e", "type": "PER", "start": 0, "end": "3", "surface": "abc"})
    with pytest.raises(ValidationError, match="start"):
        Entity.model_validate({"id": "e", "type": "PER", "start": -1, "end": 2, "surface": "abc"})


def test_a_role_not_allowed_for_the_event_type_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        record(
            entities=ENTITIES,
            events=[valid_event(arguments=[{"role": "Attacker", "entity": "e2"}])],
        )
    assert "arguments[0].role: 'Attacker' is not a role of Agreement" in str(info.value)


def test_an_argument_type_not_allowed_for_the_role_is_rejected() -> None:
    with pytest.raises(ValidationError) as info:
        record(
            entities=ENTITIES, events=[valid_event(arguments=[{"role": "Time", "entity": "e1"}])]
        )
    assert (
        "events[0].arguments[0]: GPE 'e1' cannot fill Agreement.Time (allowed: DATE, DURATION, TIME)"
        in str(info.value)
    )


def test_an_argument_must_point_to_an_entity_of_the_record() -> None:
    with pytest.raises(ValidationError, match="'e9' is not an entity of this record"):
        record(
            entities=ENTITIES, events=[valid_event(arguments=[{"role": "Party", "entity": "e9"}])]
        )


def test_per_type_attributes_only_on_their_type() -> None:
    with pytest.raises(ValidationError, match=r"attributes\.agreement_kind is set on a Meet event"):
        record(entities=ENTITIES, events=[valid_event(type="Meet", arguments=[])])
    with pytest.raises(ValidationError, match="subtype 'GOV' is only allowed on ORG"):
        Entity(id="e", type=EntityType.GPE, start=0, end=1, surface="x", subtype=OrgSubtype.GOV)


def test_ids_are_unique_and_hash_matches() -> None:
    with pytest.raises(ValidationError, match="'e1' is used twice"):
        record(entities=[ENTITIES[0], {**ENTITIES[1], "id": "e1"}])
    with pytest.raises(ValidationError, match="text_sha256"):
        GoldRecord(id="d", text=TEXT, text_sha256="0" * 64)
    with pytest.raises(ValidationError, match="does not match the text"):
        Document(id="d", text=TEXT, sha256="0" * 64)


def test_every_role_spec_allows_only_schema_types() -> None:
    for event_type, specs in EVENT_ROLES.items():
        roles = [s.role for s in specs]
        assert len(roles) == len(set(roles)), event_type
        for s in specs:
            assert s.allowed
            assert set(s.allowed) <= set(SPAN_LABELS)
    assert {r for specs in EVENT_ROLES.values() for s in specs for r in [s.role]} == set(Role)
    assert set(EVENT_ROLES) == set(EventType)


def test_inventory_covers_every_type_role_and_value() -> None:
    assert set(ENTITY_INFO) == set(SPAN_LABELS)
    assert set(EVENT_INFO) == set(EventType)
    assert set(ROLE_INFO) == set(Role)
    for spec in (*ATTRIBUTES, *ENTITY_ATTRIBUTES):
        assert spec.name in ATTRIBUTE_NAMES
        for value in spec.values:
            assert value in VALUE_NAMES_AR, value
        assert spec.default is None or spec.default in spec.values
    hotkeys = [i.hotkey for i in (*ENTITY_INFO.values(), *EVENT_INFO.values())]
    assert len(hotkeys) == len(set(hotkeys))


def test_examples_are_real_seed_strings() -> None:
    from pathlib import Path

    seeds = "".join(
        p.read_text(encoding="utf-8")
        for p in Path(__file__).parent.parent.joinpath("seeds").glob("*.txt")
    )
    for code, info in (*ENTITY_INFO.items(), *EVENT_INFO.items()):
        for ex in info.examples:
            assert ex in seeds, f"{code}: example {ex!r} is not in the seeds"
            for i in (seeds.index(ex), seeds.index(ex) + len(ex)):
                assert is_grapheme_boundary(seeds, i)


def test_parse_span_label() -> None:
    assert parse_span_label("NUM") is ValueType.NUM
    assert parse_span_label("PER") is EntityType.PER
    with pytest.raises(ValueError, match="unknown entity/value label 'PERSON'"):
        parse_span_label("PERSON")


def test_event_defaults() -> None:
    ev = Event(id="v", type=EventType.ATTACK, trigger=Trigger(start=0, end=1, surface="x"))
    assert ev.attributes == EventAttributes()
    assert ev.arguments == ()
    assert Argument(role=Role.TIME, entity="e1").role is Role.TIME
