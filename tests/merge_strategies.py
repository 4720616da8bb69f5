"""Hypothesis strategies for merge, agreement and gold tests: records of one fixed Arabic text."""

from __future__ import annotations

from hypothesis import strategies as st

from annotate.schema import (
    EVENT_ROLES,
    Argument,
    Entity,
    EntityType,
    Event,
    EventAttributes,
    EventType,
    GoldRecord,
    Modality,
    Polarity,
    Provenance,
    Trigger,
)
from annotate.text import sha256_text, tokenize

TEXT = (
    "أعلن لافروف في موسكو وقف إطلاق النار بين أرمينيا وأذربيجان، "
    "وقال إن القوات الروسية قصفت بالقاهرة مواقع للجيش يوم الأحد وقتل 12 جندياً. "
    "🙂 واتهمت أنقرة ليلاً وزارة الدفاع بخرق الاتفاق."
)
TOKENS = tokenize(TEXT)


def at(surface: str, text: str = TEXT, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `surface` in `text` (never typed by hand)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return start, start + len(surface)


def entity(
    eid: str, surface: str, kind: EntityType | str, text: str = TEXT, nth: int = 0
) -> Entity:
    start, end = at(surface, text, nth)
    return Entity.model_validate(
        {"id": eid, "type": str(kind), "start": start, "end": end, "surface": surface}
    )


def event(
    vid: str,
    surface: str,
    kind: EventType,
    arguments: tuple[Argument, ...] = (),
    text: str = TEXT,
    **attributes: str,
) -> Event:
    start, end = at(surface, text)
    return Event(
        id=vid,
        type=kind,
        trigger=Trigger(start=start, end=end, surface=surface),
        arguments=arguments,
        attributes=EventAttributes.model_validate(attributes),
    )


def record(
    entities: tuple[Entity, ...] = (), events: tuple[Event, ...] = (), text: str = TEXT
) -> GoldRecord:
    return GoldRecord(
        id="doc1",
        text=text,
        text_sha256=sha256_text(text),
        entities=entities,
        events=events,
        provenance=Provenance(),
    )


_ENTITY_KINDS = [EntityType.PER, EntityType.GPE, EntityType.ORG, EntityType.LOC]


@st.composite
def records(draw: st.DrawFn) -> GoldRecord:
    """A valid record of TEXT: word spans as entities and triggers, arguments that fit."""
    picks = draw(st.lists(st.integers(0, len(TOKENS) - 1), min_size=0, max_size=10, unique=True))
    split = draw(st.integers(0, len(picks)))
    entities = []
    for n, index in enumerate(picks[:split]):
        tok = TOKENS[index]
        entities.append(
            Entity(
                id=f"a{n}",
                type=draw(st.sampled_from(_ENTITY_KINDS)),
                start=tok.start,
                end=tok.end,
                surface=tok.surface,
            )
        )
    events = []
    for n, index in enumerate(picks[split:]):
        tok = TOKENS[index]
        kind = draw(st.sampled_from([EventType.ATTACK, EventType.MEET, EventType.STATEMENT]))
        arguments = []
        for ent in entities:
            fitting = [s.role for s in EVENT_ROLES[kind] if ent.type in s.allowed]
            take: bool = draw(st.booleans())
            if fitting and take:
                arguments.append(Argument(role=draw(st.sampled_from(fitting)), entity=ent.id))
        events.append(
            Event(
                id=f"b{n}",
                type=kind,
                trigger=Trigger(start=tok.start, end=tok.end, surface=tok.surface),
                arguments=tuple(arguments),
                attributes=EventAttributes(
                    polarity=draw(st.sampled_from(list(Polarity))),
                    modality=draw(st.sampled_from([Modality.ASSERTED, Modality.FUTURE])),
                ),
            )
        )
    return record(tuple(entities), tuple(events))
