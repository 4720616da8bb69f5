"""THE definition of the annotation schema: entity, value and event types, roles, attributes,
and the models of a document and of one gold record, with their invariants.

Everything else is derived from this module: the Label Studio config, the JSON Schema of
gold records, the guidelines, the validator's role checks and the pre-annotator's labels.
The type inventory (definitions, examples, mappings) lives in `annotate/inventory.py`
so that this module stays about structure; both are one source of truth.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from annotate.text import has_edge_whitespace, sha256_text

SCHEMA_VERSION = "1.0.0"


class EntityType(StrEnum):
    """Entity mention types (ACE-aligned, Wojood-compatible)."""

    PER = "PER"
    ORG = "ORG"
    GPE = "GPE"
    LOC = "LOC"
    FAC = "FAC"
    NORP = "NORP"
    WEA = "WEA"
    OCC = "OCC"


class ValueType(StrEnum):
    """Value mention types (temporal expressions and counts)."""

    DATE = "DATE"
    TIME = "TIME"
    DURATION = "DURATION"
    NUM = "NUM"


SpanLabel = EntityType | ValueType
"""A label of the `entity` control: an entity type or a value type."""

SPAN_LABELS: tuple[SpanLabel, ...] = (*EntityType, *ValueType)


def parse_span_label(code: str) -> SpanLabel:
    """The entity or value type whose code is `code` (ValueError when there is none)."""
    for label in SPAN_LABELS:
        if label.value == code:
            return label
    raise ValueError(f"unknown entity/value label {code!r}")


class OrgSubtype(StrEnum):
    """ORG subtype, carrying the ACLED actor class."""

    GOV = "GOV"
    MIL_STATE = "MIL_STATE"
    NONSTATE_ARMED = "NONSTATE_ARMED"
    IGO = "IGO"
    MEDIA = "MEDIA"
    NGO = "NGO"
    OTHER = "OTHER"


class EventType(StrEnum):
    """Event types; a trigger is the minimal word or multiword expression."""

    ATTACK = "Attack"
    DIE = "Die"
    INJURE = "Injure"
    AGREEMENT = "Agreement"
    MEET = "Meet"
    PHONE = "Phone"
    REQUEST = "Request"
    ACCUSE = "Accuse"
    WITHDRAW = "Withdraw"
    DISARM = "Disarm"
    RELEASE = "Release"
    CONTROL = "Control"
    STATEMENT = "Statement"


class Role(StrEnum):
    """Argument roles (the labels of Label Studio's single `<Relations>`)."""

    ATTACKER = "Attacker"
    TARGET = "Target"
    INSTRUMENT = "Instrument"
    PLACE = "Place"
    TIME = "Time"
    VICTIM = "Victim"
    AGENT = "Agent"
    PARTY = "Party"
    MEDIATOR = "Mediator"
    PARTICIPANT = "Participant"
    REQUESTER = "Requester"
    ADDRESSEE = "Addressee"
    ACCUSER = "Accuser"
    ACCUSED = "Accused"
    ORIGIN = "Origin"
    ARTIFACT = "Artifact"
    RECIPIENT = "Recipient"
    PERSON = "Person"
    TERRITORY = "Territory"
    LOSER = "Loser"
    SPEAKER = "Speaker"


class Polarity(StrEnum):
    POSITIVE = "POSITIVE"
    NEGATIVE = "NEGATIVE"


class Modality(StrEnum):
    ASSERTED = "ASSERTED"
    FUTURE = "FUTURE"
    HYPOTHETICAL = "HYPOTHETICAL"
    REQUESTED = "REQUESTED"
    PROPOSED = "PROPOSED"


class Tense(StrEnum):
    PAST = "PAST"
    PRESENT = "PRESENT"
    FUTURE = "FUTURE"
    UNSPECIFIED = "UNSPECIFIED"


class AgreementKind(StrEnum):
    CEASEFIRE = "ceasefire"
    PEACE_TREATY = "peace_treaty"
    PRISONER_EXCHANGE = "prisoner_exchange"
    DISARMAMENT = "disarmament"
    REINTEGRATION = "reintegration"
    OTHER = "other"


class AgreementStage(StrEnum):
    PROPOSED = "proposed"
    AGREED = "agreed"
    SIGNED = "signed"
    IN_FORCE = "in_force"
    HOLDING = "holding"
    VIOLATED = "violated"
    COLLAPSED = "collapsed"


class ControlDirection(StrEnum):
    GAIN = "gain"
    REGAIN = "regain"
    LOSE = "lose"
    OCCUPY = "occupy"


class DocStatus(StrEnum):
    """Document-level status an annotator sets once per task."""

    COMPLETE = "complete"
    NEEDS_REVIEW = "needs-review"
    IRRELEVANT = "irrelevant"


# --- the structure of events: roles, allowed argument types, attributes ---------------

_ACTOR = frozenset({EntityType.ORG, EntityType.GPE, EntityType.NORP, EntityType.PER})
_PLACE = frozenset({EntityType.GPE, EntityType.LOC, EntityType.FAC})
_TIME = frozenset({ValueType.DATE, ValueType.TIME, ValueType.DURATION})
_SPEAKER = frozenset({EntityType.PER, EntityType.ORG, EntityType.GPE})
_STATE_OR_ORG = frozenset({EntityType.ORG, EntityType.GPE})


class RoleSpec(BaseModel):
    """One role of an event type: which entity/value types may fill it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Role
    allowed: frozenset[SpanLabel]
    multiple: bool = Field(
        default=False, description="True when several arguments may fill it (parties)."
    )


def _r(role: Role, allowed: frozenset[SpanLabel], multiple: bool = False) -> RoleSpec:
    return RoleSpec(role=role, allowed=allowed, multiple=multiple)


EVENT_ROLES: dict[EventType, tuple[RoleSpec, ...]] = {
    EventType.ATTACK: (
        _r(Role.ATTACKER, _ACTOR, True),
        _r(Role.TARGET, _ACTOR | _PLACE, True),
        _r(Role.INSTRUMENT, frozenset({EntityType.WEA}), True),
        _r(Role.PLACE, _PLACE),
        _r(Role.TIME, _TIME),
    ),
    EventType.DIE: (
        _r(Role.VICTIM, frozenset({EntityType.PER, EntityType.NORP, ValueType.NUM}), True),
        _r(Role.AGENT, _ACTOR, True),
        _r(Role.INSTRUMENT, frozenset({EntityType.WEA}), True),
        _r(Role.PLACE, _PLACE),
        _r(Role.TIME, _TIME),
    ),
    EventType.INJURE: (
        _r(Role.VICTIM, frozenset({EntityType.PER, EntityType.NORP, ValueType.NUM}), True),
        _r(Role.AGENT, _ACTOR, True),
        _r(Role.INSTRUMENT, frozenset({EntityType.WEA}), True),
        _r(Role.PLACE, _PLACE),
        _r(Role.TIME, _TIME),
    ),
    EventType.AGREEMENT: (
        _r(Role.PARTY, _ACTOR, True),
        _r(Role.MEDIATOR, _SPEAKER, True),
        _r(Role.PLACE, _PLACE),
        _r(Role.TIME, _TIME),
    ),
    EventType.MEET: (
        _r(Role.PARTICIPANT, _ACTOR, True),
        _r(Role.MEDIATOR, _SPEAKER, True),
        _r(Role.PLACE, _PLACE),
        _r(Role.TIME, _TIME),
    ),
    EventType.PHONE: (
        _r(Role.PARTICIPANT, _SPEAKER, True),
        _r(Role.TIME, _TIME),
    ),
    EventType.REQUEST: (
        _r(Role.REQUESTER, _SPEAKER, True),
        _r(Role.ADDRESSEE, _ACTOR, True),
        _r(Role.TIME, _TIME),
    ),
    EventType.ACCUSE: (
        _r(Role.ACCUSER, _SPEAKER, True),
        _r(Role.ACCUSED, _ACTOR, True),
        _r(Role.TIME, _TIME),
    ),
    EventType.WITHDRAW: (
        _r(Role.AGENT, _STATE_OR_ORG, True),
        _r(Role.ORIGIN, frozenset({EntityType.GPE, EntityType.LOC, EntityType.FAC})),
        _r(Role.TIME, _TIME),
    ),
    EventType.DISARM: (
        _r(Role.AGENT, frozenset({EntityType.ORG, EntityType.NORP}), True),
        _r(Role.ARTIFACT, frozenset({EntityType.WEA}), True),
        _r(Role.RECIPIENT, _STATE_OR_ORG),
        _r(Role.TIME, _TIME),
    ),
    EventType.RELEASE: (
        _r(Role.AGENT, _ACTOR, True),
        _r(Role.PERSON, frozenset({EntityType.PER, EntityType.NORP, ValueType.NUM}), True),
        _r(Role.MEDIATOR, _SPEAKER, True),
        _r(Role.TIME, _TIME),
    ),
    EventType.CONTROL: (
        _r(Role.AGENT, _STATE_OR_ORG, True),
        _r(Role.TERRITORY, _PLACE, True),
        _r(Role.LOSER, _STATE_OR_ORG, True),
        _r(Role.TIME, _TIME),
    ),
    EventType.STATEMENT: (
        _r(Role.SPEAKER, _SPEAKER, True),
        _r(Role.TIME, _TIME),
    ),
}


def role_spec(event_type: EventType, role: Role) -> RoleSpec | None:
    """The spec of `role` for `event_type`, or None when the role is not allowed there."""
    for spec in EVENT_ROLES[event_type]:
        if spec.role is role:
            return spec
    return None


class AttributeSpec(BaseModel):
    """An event attribute: a per-region choice on triggers, with a default when left empty."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(description="Field name in gold records and Label Studio control name.")
    values: tuple[str, ...]
    default: str | None = Field(description="Applied when an annotator leaves it empty.")
    event_types: frozenset[EventType] | None = Field(
        default=None, description="Only these event types carry it (None: every event)."
    )


ATTRIBUTES: tuple[AttributeSpec, ...] = (
    AttributeSpec(name="polarity", values=tuple(Polarity), default=Polarity.POSITIVE),
    AttributeSpec(name="modality", values=tuple(Modality), default=Modality.ASSERTED),
    AttributeSpec(name="tense", values=tuple(Tense), default=Tense.UNSPECIFIED),
    AttributeSpec(
        name="agreement_kind",
        values=tuple(AgreementKind),
        default=AgreementKind.OTHER,
        event_types=frozenset({EventType.AGREEMENT}),
    ),
    AttributeSpec(
        name="agreement_stage",
        values=tuple(AgreementStage),
        default=AgreementStage.AGREED,
        event_types=frozenset({EventType.AGREEMENT}),
    ),
    AttributeSpec(
        name="control_direction",
        values=tuple(ControlDirection),
        default=ControlDirection.GAIN,
        event_types=frozenset({EventType.CONTROL}),
    ),
)
ATTRIBUTE_BY_NAME: dict[str, AttributeSpec] = {a.name: a for a in ATTRIBUTES}

ENTITY_ATTRIBUTES: tuple[AttributeSpec, ...] = (
    AttributeSpec(name="org_subtype", values=tuple(OrgSubtype), default=None),
)
"""Per-region attributes of entity spans (ORG subtype; other types leave it empty)."""


def attributes_for(event_type: EventType) -> tuple[AttributeSpec, ...]:
    """The attributes that `event_type` carries, in schema order."""
    return tuple(a for a in ATTRIBUTES if a.event_types is None or event_type in a.event_types)


# --- records --------------------------------------------------------------------------

Offset = Annotated[int, Field(ge=0, strict=True)]


class _Span(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    start: Offset = Field(description="Code-point offset into the record's text (inclusive).")
    end: Offset = Field(description="Code-point offset into the record's text (exclusive).")
    surface: str = Field(description="text[start:end], stored for review and diffing.")

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.start >= self.end:
            raise ValueError(f"start {self.start} must be < end {self.end}")
        if len(self.surface) != self.end - self.start:
            raise ValueError(
                f"surface {self.surface!r} has {len(self.surface)} code points, "
                f"but end - start = {self.end - self.start}"
            )
        return self


class Entity(_Span):
    """An entity or value mention."""

    id: str = Field(min_length=1, description="Unique within the record, e.g. 'e3'.")
    type: SpanLabel
    subtype: OrgSubtype | None = Field(default=None, description="Only for ORG.")
    link: str | None = Field(
        default=None, description="Canonical entity id (wikidata:Q…, local:slug)."
    )

    @model_validator(mode="after")
    def _subtype_only_for_org(self) -> Self:
        if self.subtype is not None and self.type is not EntityType.ORG:
            raise ValueError(
                f"subtype {self.subtype.value!r} is only allowed on ORG, not {self.type.value}"
            )
        return self


class Trigger(_Span):
    """The minimal word or multiword expression that names an event."""


class Argument(BaseModel):
    """An entity filling a role of an event."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    role: Role
    entity: str = Field(description="Id of an entity of the same record.")


class EventAttributes(BaseModel):
    """Event attributes, defaults applied; per-type ones are None on other types."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    polarity: Polarity = Polarity.POSITIVE
    modality: Modality = Modality.ASSERTED
    tense: Tense = Tense.UNSPECIFIED
    agreement_kind: AgreementKind | None = None
    agreement_stage: AgreementStage | None = None
    control_direction: ControlDirection | None = None


class Event(BaseModel):
    """An event mention: its trigger, arguments and attributes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="Unique within the record, e.g. 'v2'.")
    type: EventType
    trigger: Trigger
    arguments: tuple[Argument, ...] = ()
    attributes: EventAttributes = EventAttributes()

    @model_validator(mode="after")
    def _attributes_fit_type(self) -> Self:
        object.__setattr__(
            self,
            "arguments",
            tuple(sorted(set(self.arguments), key=lambda a: (a.role.value, a.entity))),
        )
        allowed = {a.name for a in attributes_for(self.type)}
        for spec in ATTRIBUTES:
            if spec.name not in allowed and getattr(self.attributes, spec.name) is not None:
                raise ValueError(
                    f"attributes.{spec.name} is set on a {self.type.value} event; "
                    f"only {', '.join(sorted(t.value for t in spec.event_types or ()))} carry it"
                )
        for i, arg in enumerate(self.arguments):
            if role_spec(self.type, arg.role) is None:
                roles = ", ".join(s.role.value for s in EVENT_ROLES[self.type])
                raise ValueError(
                    f"arguments[{i}].role: {arg.role.value!r} is not a role of {self.type.value} "
                    f"(allowed: {roles})"
                )
        return self


class Document(BaseModel):
    """An article as stored: the exact text every offset points into, and its hash."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="Stable document id (the seed file name stem).")
    text: str = Field(min_length=1, description="Exact stored text; never rewritten.")
    sha256: str = Field(default="", description="sha256 of the UTF-8 text; filled in when empty.")
    title: str = ""
    source: str = Field(default="", description="Where the text came from (file name, URL).")

    @model_validator(mode="after")
    def _hash(self) -> Self:
        actual = sha256_text(self.text)
        if not self.sha256:
            object.__setattr__(self, "sha256", actual)
        elif self.sha256 != actual:
            raise ValueError(f"sha256 {self.sha256} does not match the text (sha256 {actual})")
        return self


class Provenance(BaseModel):
    """Where a gold record came from."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    annotators: tuple[str, ...] = ()
    source_exports: tuple[str, ...] = Field(default=(), description="sha256 of each export file.")
    schema_version: str = SCHEMA_VERSION
    tool_version: str = ""
    adjudicated: bool = False


def check_span(text: str, field: str, start: int, end: int, surface: str) -> None:
    """Raise ValueError naming `field` when [start, end) is outside `text` or its surface differs."""
    if end > len(text):
        raise ValueError(f"{field}.end: {end} is past the end of the text (length {len(text)})")
    if text[start:end] != surface:
        raise ValueError(
            f"{field}.surface: {surface!r} differs from the text at [{start}, {end}): "
            f"{text[start:end]!r}"
        )
    if has_edge_whitespace(surface):
        raise ValueError(f"{field}.surface: {surface!r} starts or ends with whitespace")


class GoldRecord(BaseModel):
    """One line of a gold JSONL file: a document with its adjudicated entities and events."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(min_length=1, description="Document id.")
    text: str = Field(min_length=1, description="Exact document text; offsets index it.")
    text_sha256: str = Field(description="sha256 of the UTF-8 text.")
    entities: tuple[Entity, ...] = ()
    events: tuple[Event, ...] = ()
    provenance: Provenance = Provenance()

    @model_validator(mode="after")
    def _invariants(self) -> Self:
        # Canonical order, so that equal content gives equal records and identical JSON.
        object.__setattr__(
            self,
            "entities",
            tuple(sorted(self.entities, key=lambda e: (e.start, e.end, e.type.value, e.id))),
        )
        object.__setattr__(
            self,
            "events",
            tuple(
                sorted(
                    self.events, key=lambda v: (v.trigger.start, v.trigger.end, v.type.value, v.id)
                )
            ),
        )
        text = self.text
        if sha256_text(text) != self.text_sha256:
            raise ValueError(f"text_sha256: {self.text_sha256} does not match the text")
        by_id: dict[str, Entity] = {}
        for i, ent in enumerate(self.entities):
            check_span(text, f"entities[{i}]", ent.start, ent.end, ent.surface)
            if ent.id in by_id:
                raise ValueError(f"entities[{i}].id: {ent.id!r} is used twice")
            by_id[ent.id] = ent
        event_ids: set[str] = set()
        for i, ev in enumerate(self.events):
            if ev.id in event_ids or ev.id in by_id:
                raise ValueError(f"events[{i}].id: {ev.id!r} is used twice")
            event_ids.add(ev.id)
            check_span(
                text, f"events[{i}].trigger", ev.trigger.start, ev.trigger.end, ev.trigger.surface
            )
            for j, arg in enumerate(ev.arguments):
                where = f"events[{i}].arguments[{j}]"
                target = by_id.get(arg.entity)
                if target is None:
                    raise ValueError(
                        f"{where}.entity: {arg.entity!r} is not an entity of this record"
                    )
                spec = role_spec(ev.type, arg.role)
                assert spec is not None  # Event's own validator checked the role
                if target.type not in spec.allowed:
                    allowed = ", ".join(sorted(t.value for t in spec.allowed))
                    raise ValueError(
                        f"{where}: {target.type.value} {arg.entity!r} cannot fill "
                        f"{ev.type.value}.{arg.role.value} (allowed: {allowed})"
                    )
        return self

    @classmethod
    def for_document(
        cls,
        doc: Document,
        entities: tuple[Entity, ...] = (),
        events: tuple[Event, ...] = (),
        provenance: Provenance | None = None,
    ) -> GoldRecord:
        """A record for `doc` (its text and hash copied exactly)."""
        return cls(
            id=doc.id,
            text=doc.text,
            text_sha256=doc.sha256,
            entities=entities,
            events=events,
            provenance=provenance or Provenance(),
        )
