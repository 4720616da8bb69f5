"""The addressee of a request does what is requested: `دعا بلغراد إلى سحب وحداتها`, `طالبت
إسرائيل بالانسحاب`, `ألزمت غواتيمالا بـ«الانسحاب»`, `دعا X وY إلى وقف فوري لإطلاق النار`,
`دعوا X إلى استئناف الحوار`: the event named right after the complement word (إلى، على، a
glued ب, past a quote and a verb of resuming or ceasing) takes the addressee as its doer."""

from __future__ import annotations

from typing import Final

from annotate.preannotate.attachment import Attachment, propose, role_holders
from annotate.preannotate.labels import (
    EVENT_AGREEMENT,
    EVENT_REQUEST,
    ROLE_ADDRESSEE,
    ROLE_REQUESTER,
)
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.sentence import Sentence
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.schema import EventType, Role

# The doer's role of a requested event.
_DOER: Final = {
    EventType.WITHDRAW: Role.AGENT,
    EventType.RELEASE: Role.AGENT,
    EventType.DISARM: Role.AGENT,
    EventType.ATTACK: Role.ATTACKER,
    EventType.AGREEMENT: Role.PARTY,
    EventType.MEET: Role.PARTICIPANT,
}
_BEH: Final = "\N{ARABIC LETTER BEH}"
# Words between the addressee and the requested event: the complement word, a quote, and a
# verbal noun of resuming, ceasing or carrying out governing it (استئناف الحوار، الكف عن).
_BRIDGE: Final = frozenset(
    [
        *["الي", "علي", "ب", '"', "ان"],
        *(norm_key(w) for w in ["استئناف", "باستئناف", "الكف", "بالكف", "عن", "إعادة", "بإعادة"]),
        *(norm_key(w) for w in ["تنفيذ", "بتنفيذ"]),
    ]
)


def requested_doers(
    sent: Sentence,
    ordered: list[int],
    triggers: list[TriggerCandidate],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """Propose the addressees of each request as doers of the event it requests."""
    ctx = sent.ctx
    requests = role_holders(ordered, triggers, out, entities, EVENT_REQUEST, ROLE_ADDRESSEE)
    for n, addressed, last in requests:
        for m in ordered[n + 1 : n + 3]:
            trig = triggers[m]
            if trig.start <= last:
                continue
            gap = ctx.text[last : trig.start - len(trig.prefix)].replace('"', ' " ').split()
            if not gap and not trig.prefix.startswith(_BEH):
                break
            if not all(w in _BRIDGE for w in gap):
                break
            role = _DOER.get(trig.event_type)
            if trig.event_type is EVENT_AGREEMENT and len(addressed) < 2:
                break  # حث X على وقف الأعمال العسكرية: one side asked to stop binds no deal
            if role is not None and not any(a.role is role for a in out[m]):
                for i in addressed:
                    propose(out[m], trig.event_type, role, i, 0.5, entities[i])
            break


_WAW: Final = "\N{ARABIC LETTER WAW}"
# Object pronouns on a request verb: حثه، يطالبه، دعاهم، ناشدها.
_OBJECT_PRONOUNS: Final = ("هما", "هم", "ها", "ه")
# The roles of the object of the verb before (the one the pronoun stands for).
_OBJECT_ROLES: Final = (Role.ACCUSED, Role.ADDRESSEE, Role.TARGET, Role.PARTICIPANT)


def pronoun_addressee(
    sent: Sentence,
    ordered: list[int],
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    subjects: dict[int, list[tuple[int, Candidate]]],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`التقى X الرئيس Y …، وحثه على`, `X يتهم "Y" بـ…، ويطالبه بـ`: a request verb joined by و
    with an object pronoun continues the verb before it: that verb's subject asks, its object
    (the one the pronoun stands for) is asked."""
    lexicon = sent.ctx.lexicon.triggers
    previous = -1
    for k in ordered:
        trig = triggers[k]
        if trig.event_type is EVENT_REQUEST and verbal[k] and trig.prefix.startswith(_WAW):
            suffix = next((p for p in _OBJECT_PRONOUNS if trig.key.endswith(p)), "")
            stem = lexicon.get(trig.key[: -len(suffix)]) if suffix else None
            if previous >= 0 and stem is not None and stem.event_type is EVENT_REQUEST:
                _continue_clause(k, previous, trig, subjects, out, entities)
        if verbal[k]:
            previous = k


def _continue_clause(
    k: int,
    previous: int,
    trig: TriggerCandidate,
    subjects: dict[int, list[tuple[int, Candidate]]],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """Give request `k` the subject of verb `previous` as Requester, its object as Addressee."""
    subject = {i for i, _ in subjects.get(previous, [])}
    objects = [a.entity for a in out[previous] if a.role in _OBJECT_ROLES]
    objects = [i for i in objects if i not in subject]
    if not subject or not objects:
        return
    out[k][:] = [a for a in out[k] if a.role is not ROLE_REQUESTER or a.entity in subject]
    for i in sorted(subject):
        propose(out[k], trig.event_type, ROLE_REQUESTER, i, 0.55, entities[i])
    for i in objects:
        propose(out[k], trig.event_type, ROLE_ADDRESSEE, i, 0.55, entities[i])
