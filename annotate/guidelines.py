"""Annotator guidelines, generated from the schema and its inventory (schemas/guidelines.md)."""

from __future__ import annotations

from annotate.inventory import (
    ATTRIBUTE_CUES,
    ATTRIBUTE_NAMES,
    ENTITY_INFO,
    EVENT_INFO,
    ROLE_INFO,
    VALUE_NAMES_AR,
    TypeInfo,
)
from annotate.schema import (
    ATTRIBUTES,
    ENTITY_ATTRIBUTES,
    EVENT_ROLES,
    SCHEMA_VERSION,
    SPAN_LABELS,
    AttributeSpec,
    EventType,
)

SPAN_CONVENTION = """\
## Span convention

Select the **name itself**: proclitics stay **outside** the span, the article ال stays **inside**
(ACE / OntoNotes). Nested mentions are allowed (an OCC may contain an ORG or a GPE).

| in the text | select | why |
|---|---|---|
| وبموسكو | موسكو | و + ب are proclitics |
| والرئيس | الرئيس | و is a proclitic, ال belongs to the word |
| لروسيا | روسيا | ل is a proclitic |
| للكرملين | لكرملين (from the second ل) | ل + ال is written لل: drop the preposition, keep the article's ل |
| بـ"العدوان | العدوان | the tatweel and the quote belong to the clitic, not the word |
| جندياً | جندياً | tashkeel stays with its letter: never end a span between a letter and its mark |
| بوتين | بوتين | the ب is part of the name, not a proclitic |

Never start or end a span on a space. Label Studio uses `granularity="symbol"`: drag exactly over
the letters you mean; the validator flags spans that start with و/ف/ب/ل/ك/س + ال or with لل.
"""


def _type_section(code: str, info: TypeInfo) -> list[str]:
    lines = [
        f"### {info.name_ar} `{code}` — {info.name_en} (hotkey `{info.hotkey}`)",
        "",
        f"{info.definition_ar}",
        "",
        f"{info.definition_en}",
        "",
        "Examples: " + "، ".join(info.examples),
    ]
    if info.mappings:
        lines += [
            "",
            "Maps to: " + "; ".join(f"{k} `{v}`" for k, v in sorted(info.mappings.items())),
        ]
    return [*lines, ""]


def _attribute_section(spec: AttributeSpec, scope: str) -> list[str]:
    name_ar, name_en = ATTRIBUTE_NAMES[spec.name]
    values = ", ".join(f"`{v}` ({VALUE_NAMES_AR[v]})" for v in spec.values)
    default = f"`{spec.default}`" if spec.default is not None else "none"
    return [
        f"### {name_ar} `{spec.name}` — {name_en}",
        "",
        f"On: {scope}. Values: {values}. Default when left empty: {default}.",
        "",
        f"Cues: {ATTRIBUTE_CUES[spec.name]}",
        "",
    ]


def guidelines_markdown() -> str:
    """The guidelines as Markdown (deterministic)."""
    out = [
        f"# Annotation guidelines (schema {SCHEMA_VERSION})",
        "",
        "Generated from `annotate/schema.py` and `annotate/inventory.py` by `annotate schema export`;",
        "do not edit by hand.",
        "",
        "Each task is one Arabic news article. Mark entity and value mentions with the `entity` labels,",
        "event triggers (the minimal word or multiword expression that names the event) with the `trigger`",
        "labels, then link each trigger to its arguments: select the trigger, press Alt+R, click the",
        "argument and pick the role. Set event attributes in the box shown when a trigger is selected.",
        "Pre-annotations are suggestions: delete wrong ones, fix boundaries, add what is missing.",
        "",
        SPAN_CONVENTION,
        "## Entity and value types",
        "",
    ]
    for label in SPAN_LABELS:
        out += _type_section(label.value, ENTITY_INFO[label])
    out += ["## Event types", ""]
    for event_type in EventType:
        out += _type_section(event_type.value, EVENT_INFO[event_type])
        out += ["| role | who or what | allowed types | several |", "|---|---|---|---|"]
        for spec in EVENT_ROLES[event_type]:
            allowed = " ".join(sorted(t.value for t in spec.allowed))
            info = ROLE_INFO[spec.role]
            out.append(
                f"| {spec.role.value} ({info.name_ar}) | {info.definition_en} | {allowed} | {'yes' if spec.multiple else 'no'} |"
            )
        out.append("")
    out += ["## Attributes", ""]
    for attribute in ATTRIBUTES:
        scope = (
            "every event"
            if attribute.event_types is None
            else ", ".join(sorted(t.value for t in attribute.event_types)) + " events"
        )
        out += _attribute_section(attribute, scope)
    for attribute in ENTITY_ATTRIBUTES:
        out += _attribute_section(attribute, "ORG entities")
    return "\n".join(out).rstrip("\n") + "\n"
