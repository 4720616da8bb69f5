"""The generated Label Studio config: valid for the SDK, complete against the schema, RTL."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from label_studio_sdk.label_interface import LabelInterface

from annotate.inventory import ENTITY_INFO, EVENT_INFO
from annotate.labelstudio.config import ENTITY, ENTITY_ID, TEXT, TRIGGER, labeling_config
from annotate.schema import ATTRIBUTES, ENTITY_ATTRIBUTES, SPAN_LABELS, EventType, Role

XML = labeling_config()
ROOT = ET.fromstring(XML)


def control(name: str) -> ET.Element:
    found = [el for el in ROOT.iter() if el.get("name") == name]
    assert len(found) == 1, name
    return found[0]


def test_label_interface_accepts_it() -> None:
    li = LabelInterface(XML)
    li.validate()
    assert {c.name for c in li.controls} >= {
        ENTITY,
        TRIGGER,
        ENTITY_ID,
        *(a.name for a in ATTRIBUTES),
    }


def test_every_label_of_the_schema_is_there_once_with_its_code_as_alias() -> None:
    entity = [(lab.get("alias"), lab.get("value")) for lab in control(ENTITY).iter("Label")]
    assert [a for a, _ in entity] == [label.value for label in SPAN_LABELS]
    for alias, value in entity:
        assert value is not None
        assert alias is not None
        assert value.endswith(alias)
        assert value != alias
    trigger = [lab.get("alias") for lab in control(TRIGGER).iter("Label")]
    assert trigger == [t.value for t in EventType]


def test_every_role_is_a_relation_label() -> None:
    relations = list(ROOT.iter("Relations"))
    assert len(relations) == 1  # Label Studio only reads the first <Relations>
    assert [r.get("value") for r in relations[0].iter("Relation")] == [r.value for r in Role]


def test_every_attribute_is_a_per_region_choice_with_every_value() -> None:
    for spec in (*ATTRIBUTES, *ENTITY_ATTRIBUTES):
        node = control(spec.name)
        assert node.tag == "Choices"
        assert node.get("perRegion") == "true"
        assert [c.get("alias") for c in node.iter("Choice")] == [str(v) for v in spec.values]


def _box_of(name: str) -> ET.Element:
    parents = {child: parent for parent in ROOT.iter() for child in parent}
    node = control(name)
    chain = []
    while node in parents:
        node = parents[node]
        chain.append(node)
    boxes = [n for n in chain if n.get("visibleWhen") == "region-selected"]
    assert boxes, name
    return boxes[-1]


def test_event_attributes_show_only_for_triggers_and_entity_fields_only_for_entities() -> None:
    for spec in ATTRIBUTES:
        assert _box_of(spec.name).get("whenTagName") == TRIGGER
    assert _box_of(ENTITY_ID).get("whenTagName") == ENTITY
    assert _box_of("org_subtype").get("whenTagName") == ENTITY


def test_text_is_symbol_granular_inside_an_rtl_view() -> None:
    text = control(TEXT)
    assert text.get("granularity") == "symbol"
    parents = {child: parent for parent in ROOT.iter() for child in parent}
    view = parents[text]
    css_class = view.get("className")
    assert css_class
    style = "".join(s.text or "" for s in ROOT.iter("Style"))
    rule = style[style.index(f".{css_class} {{") :].split("}")[0]
    for decl in ("direction: rtl", "text-align: right", "white-space: pre-wrap"):
        assert decl in rule


def test_hotkeys_are_explicit_and_unique() -> None:
    keys = [lab.get("hotkey") for lab in ROOT.iter("Label")]
    assert all(keys)
    assert len(keys) == len(set(keys)) == len(ENTITY_INFO) + len(EVENT_INFO)


def test_document_status_is_a_document_level_choice() -> None:
    status = control("doc_status")
    assert status.get("perRegion") is None
    assert [c.get("alias") for c in status.iter("Choice")] == [
        "complete",
        "needs-review",
        "irrelevant",
    ]
