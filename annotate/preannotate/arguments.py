"""Event arguments: type-constrained attachment of entities to triggers inside one sentence.

Rules, in the order they claim entities (each keeps the schema's role/type constraint):
- subject: Arabic is VSO, so the first actor within three words after a verbal trigger (an
  OCC in between is skipped: أعلن وزير الخارجية الروسي سيرغي لافروف -> the PER), else the
  nearest actor a few words before it (SVO after أن / إن);
- `بين X و Y` after an agreement/talks trigger: both are parties/participants;
- `مع X` after talks or a call: a participant;
- `بوساطة / برعاية / عبر وساطة X`: the mediator;
- Victim / Person: a count (NUM) next to a Die / Injure / Release trigger;
- Place: a GPE / LOC / FAC after في or ب shortly after the trigger;
- Time: the nearest DATE / TIME in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from annotate.preannotate.spans import Candidate, Context, TriggerCandidate
from annotate.schema import EntityType, EventType, Role, ValueType, role_spec

_SUBJECT_ROLE: dict[EventType, Role] = {
    EventType.ATTACK: Role.ATTACKER,
    EventType.AGREEMENT: Role.PARTY,
    EventType.MEET: Role.PARTICIPANT,
    EventType.PHONE: Role.PARTICIPANT,
    EventType.REQUEST: Role.REQUESTER,
    EventType.ACCUSE: Role.ACCUSER,
    EventType.WITHDRAW: Role.AGENT,
    EventType.DISARM: Role.AGENT,
    EventType.RELEASE: Role.AGENT,
    EventType.CONTROL: Role.AGENT,
    EventType.STATEMENT: Role.SPEAKER,
    EventType.DIE: Role.AGENT,
    EventType.INJURE: Role.AGENT,
}
_PARTY_ROLE: dict[EventType, Role] = {
    EventType.AGREEMENT: Role.PARTY,
    EventType.MEET: Role.PARTICIPANT,
    EventType.PHONE: Role.PARTICIPANT,
}
_MEDIATOR_CUES = ("بوساطه", "برعايه", "وساطه", "بواسطه")
_PLACE_PREPS = frozenset({"في", "داخل", "قرب", "بمدينه", "بقريه", "بمنطقه"})
_VALUE_TIME = (ValueType.DATE, ValueType.TIME)


@dataclass(frozen=True, slots=True)
class Attachment:
    """Entity number `entity` fills `role` of the event."""

    role: Role
    entity: int
    score: float


def _gap_words(ctx: Context, a: int, b: int) -> int:
    return len(ctx.text[a:b].split()) if b > a else 0


def _allowed(event_type: EventType, role: Role, ent: Candidate) -> bool:
    spec = role_spec(event_type, role)
    return spec is not None and ent.label in spec.allowed


def attach(
    ctx: Context,
    trig: TriggerCandidate,
    verbal: bool,
    entities: list[Candidate],
    sentence: tuple[int, int],
) -> list[Attachment]:
    """The arguments of one event among `entities` (sorted by start)."""
    s_start, s_end = sentence
    etype = trig.event_type
    inside = [(i, e) for i, e in enumerate(entities) if e.start >= s_start and e.end <= s_end]
    out: list[Attachment] = []
    used: set[int] = set()

    def add(role: Role, i: int, score: float) -> None:
        if i not in used and _allowed(etype, role, entities[i]):
            out.append(Attachment(role, i, score))
            used.add(i)

    subject_role = _SUBJECT_ROLE.get(etype)
    if subject_role is not None and verbal:
        after = [
            (i, e)
            for i, e in inside
            if e.start >= trig.end and e.label is not EntityType.OCC and e.label not in ValueType
        ]
        if after and _gap_words(ctx, trig.end, after[0][1].start) <= 4:
            first_i, first = after[0]
            occ_between = any(
                e.label is EntityType.OCC and trig.end <= e.start < first.start for _, e in inside
            )
            if _gap_words(ctx, trig.end, first.start) <= (4 if occ_between else 1):
                add(subject_role, first_i, 0.7)
        if not out:
            before = [
                (i, e)
                for i, e in inside
                if e.end <= trig.start
                and e.label is not EntityType.OCC
                and e.label not in ValueType
            ]
            if before and _gap_words(ctx, before[-1][1].end, trig.start) <= 1:
                add(subject_role, before[-1][0], 0.6)

    party_role = _PARTY_ROLE.get(etype)
    if party_role is not None:
        window = ctx.text[trig.end : min(s_end, trig.end + 40)]
        for cue, many in ((" بين ", True), (" مع ", False)):
            k = window.find(cue)
            if k < 0:
                continue
            pos = trig.end + k + len(cue)
            chain = [(i, e) for i, e in inside if e.start >= pos]
            for taken, (i, e) in enumerate(chain, 1):
                gap = ctx.text[pos : e.start].strip()
                if gap not in ("", "و", ","):
                    break
                add(party_role, i, 0.65)
                pos = e.end
                if not many or taken == 2:
                    break

    for cue in _MEDIATOR_CUES:
        k = ctx.text.find(cue, trig.start, min(s_end, trig.end + 60))
        if k >= 0:
            pos = k + len(cue)
            for i, e in inside:
                if e.start >= pos and _gap_words(ctx, pos, e.start) <= 1:
                    add(Role.MEDIATOR, i, 0.6)
                    break
            break

    if etype in (EventType.DIE, EventType.INJURE, EventType.RELEASE):
        role = Role.PERSON if etype is EventType.RELEASE else Role.VICTIM
        for i, e in inside:
            if e.label is ValueType.NUM and (
                e.start <= trig.start < e.end
                or (0 <= _gap_words(ctx, e.end, trig.start) <= 1 and e.end <= trig.start)
                or (e.start >= trig.end and _gap_words(ctx, trig.end, e.start) <= 1)
            ):
                add(role, i, 0.7)

    if role_spec(etype, Role.PLACE) is not None:
        for i, e in inside:
            if e.start < trig.end or e.label not in (
                EntityType.GPE,
                EntityType.LOC,
                EntityType.FAC,
            ):
                continue
            if _gap_words(ctx, trig.end, e.start) > 4:
                break
            prev = ctx.word_before(e.start)
            glued_b = e.start > 0 and ctx.text[e.start - 1] == "ب"
            if glued_b or (prev is not None and prev[2] in _PLACE_PREPS):
                add(Role.PLACE, i, 0.55)
            break

    times = [(i, e) for i, e in inside if e.label in _VALUE_TIME]
    if times:
        best = min(
            times, key=lambda ie: min(abs(ie[1].start - trig.end), abs(trig.start - ie[1].end))
        )
        add(Role.TIME, best[0], 0.6)
    return out
