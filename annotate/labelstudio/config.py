"""The Label Studio labeling config, generated from the schema.

Layout (research/label_studio.md §1): two `<Labels>` controls (`entity`, `trigger`) on one
`<Text name="text" granularity="symbol">` inside an RTL `<View>`; one `<Relations>` with
every role; per-region choices for event attributes shown only when a trigger is selected
(per-type ones only for that type); a per-region entity-id `<TextArea>` and ORG subtype for
entities; a document-level status. Label buttons show Arabic + code, results store the code
(`alias`).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from annotate.inventory import ATTRIBUTE_NAMES, ENTITY_INFO, EVENT_INFO, ROLE_INFO, VALUE_NAMES_AR
from annotate.schema import (
    ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    SPAN_LABELS,
    AttributeSpec,
    DocStatus,
    EventType,
    Role,
)

TEXT = "text"
ENTITY = "entity"
TRIGGER = "trigger"
ENTITY_ID = "entity_id"
DOC_STATUS = "doc_status"
CONFLICTS = "conflicts"
"""The adjudication config's read-only list of open decisions (task data `conflicts`)."""
SPAN_CONTROLS = (ENTITY, TRIGGER)
EVENT_ATTRIBUTE_CONTROLS = tuple(a.name for a in ATTRIBUTES)
ENTITY_ATTRIBUTE_CONTROLS = (*(a.name for a in ENTITY_ATTRIBUTES), ENTITY_ID)

# Why each rule: `direction`/`text-align` lay Arabic out right to left (a `style` on <Text>
# is silently ignored); `unicode-bidi: isolate` keeps Latin runs and digits from reordering
# the line; `pre-wrap` keeps double spaces and tabs, otherwise value.text loses them.
STYLE = """
    .ar-doc { direction: rtl; text-align: right; unicode-bidi: isolate; white-space: pre-wrap; font-size: 20px; line-height: 2.1; font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Arial", sans-serif; }
    .ar-doc .htx-text { white-space: pre-wrap; }
    .attr-box { direction: rtl; text-align: right; border: 1px solid #ddd; padding: 6px 10px; margin: 6px 0; }
  """

# The adjudication panel: one open decision per line (pre-wrap), set apart from the text.
# Left to right: the lines are codes, offsets and e-mails around isolated Arabic surfaces
# (`annotate.adjudication.describe`); laid out RTL, their brackets and numbers flip.
ADJUDICATION_STYLE = """
    .adj-box { direction: ltr; text-align: left; unicode-bidi: isolate; background: #fff8e1; border: 1px solid #f0c36d; padding: 6px 10px; margin: 6px 0; font-size: 15px; line-height: 1.8; }
    .adj-box .htx-text { white-space: pre-wrap; }
  """

DOC_STATUS_AR = {
    DocStatus.COMPLETE: "مكتمل",
    DocStatus.NEEDS_REVIEW: "يحتاج مراجعة",
    DocStatus.IRRELEVANT: "غير ذي صلة",
}


def _sub(parent: ET.Element, tag: str, **attrs: str) -> ET.Element:
    return ET.SubElement(parent, tag, attrs)


def _choices(parent: ET.Element, spec: AttributeSpec) -> None:
    name_ar, name_en = ATTRIBUTE_NAMES[spec.name]
    _sub(parent, "Header", value=f"{name_ar} {name_en}", size="6")
    node = _sub(
        parent,
        "Choices",
        name=spec.name,
        toName=TEXT,
        perRegion="true",
        choice="single-radio",
        showInline="true",
    )
    for value in spec.values:
        _sub(node, "Choice", value=f"{VALUE_NAMES_AR[value]} {value}", alias=str(value))


def labeling_config(*, adjudication: bool = False) -> str:
    """The labeling config XML for the current schema (deterministic, ends with a newline).

    `adjudication`: the same controls, plus the task's open decisions (`$conflicts`, from
    `annotate adjudicate`) in a panel above the text."""
    root = ET.Element("View")
    style = _sub(root, "Style")
    style.text = STYLE + ADJUDICATION_STYLE if adjudication else STYLE
    _sub(root, "Header", value="$title")
    if adjudication:
        panel = _sub(root, "View", className="adj-box")
        _sub(panel, "Header", value="قرارات معلّقة للتحكيم Open decisions", size="5")
        _sub(panel, "Text", name=CONFLICTS, value="$conflicts")

    entity = _sub(root, "Labels", name=ENTITY, toName=TEXT, choice="single", showInline="true")
    for label in SPAN_LABELS:
        info = ENTITY_INFO[label]
        _sub(
            entity,
            "Label",
            value=f"{info.name_ar} {label.value}",
            alias=label.value,
            background=info.color,
            hotkey=info.hotkey,
            hint=info.definition_en,
        )
    trigger = _sub(root, "Labels", name=TRIGGER, toName=TEXT, choice="single", showInline="true")
    for event_type in EventType:
        info = EVENT_INFO[event_type]
        _sub(
            trigger,
            "Label",
            value=f"{info.name_ar} {event_type.value}",
            alias=event_type.value,
            background=info.color,
            hotkey=info.hotkey,
            hint=info.definition_en,
        )

    doc = _sub(root, "View", className="ar-doc")
    _sub(doc, "Text", name=TEXT, value="$text", granularity="symbol", saveTextResult="yes")

    relations = _sub(root, "Relations", choice="multiple")
    for role in Role:
        _sub(relations, "Relation", value=role.value, hint=ROLE_INFO[role].definition_en)

    trigger_box = _sub(
        root, "View", visibleWhen="region-selected", whenTagName=TRIGGER, className="attr-box"
    )
    for spec in ATTRIBUTES:
        if spec.event_types is None:
            _choices(trigger_box, spec)
        else:
            typed = _sub(
                trigger_box,
                "View",
                visibleWhen="region-selected",
                whenTagName=TRIGGER,
                whenLabelValue=",".join(sorted(t.value for t in spec.event_types)),
            )
            _choices(typed, spec)

    entity_box = _sub(
        root, "View", visibleWhen="region-selected", whenTagName=ENTITY, className="attr-box"
    )
    for spec in ENTITY_ATTRIBUTES:
        typed = _sub(
            entity_box,
            "View",
            visibleWhen="region-selected",
            whenTagName=ENTITY,
            whenLabelValue="ORG",
        )
        _choices(typed, spec)
    _sub(entity_box, "Header", value="المعرّف الموحّد Canonical entity id", size="6")
    _sub(
        entity_box,
        "TextArea",
        name=ENTITY_ID,
        toName=TEXT,
        perRegion="true",
        rows="1",
        maxSubmissions="1",
        editable="true",
        placeholder="wikidata:Q… / local:slug",
    )

    _sub(root, "Header", value="حالة الوثيقة Document status", size="5")
    status = _sub(root, "Choices", name=DOC_STATUS, toName=TEXT, choice="single", showInline="true")
    for st in DocStatus:
        _sub(status, "Choice", value=f"{DOC_STATUS_AR[st]} {st.value}", alias=st.value)

    ET.indent(root, space="  ")
    return ET.tostring(root, encoding="unicode") + "\n"
