"""Event arguments: type-constrained attachment of entities to triggers inside one sentence.

Only outer mentions fill roles (not an OCC, not a name nested in another mention: the PER after
`وزير الخارجية الروسي`, the ORG `جيش أذربيجان` rather than its GPE). The rules, each checked
against the schema's role/type constraint:
- the subject of the trigger (`subjects.py`) fills its agent-like role (Speaker, Attacker,
  Party, Participant, Requester, Accuser, Agent);
- `بين X و Y`, `مع X`: parties / participants; `بوساطة / برعاية / اقترحته X`: the mediator;
- Victim: the count right before (SVO) or after a Die / Injure trigger; Place: a GPE / LOC /
  FAC after في shortly after the trigger; Time: each date or time goes to its nearest trigger;
- the sentence-level rules of `incidents.py` and the clause-syntax rules of `roles_syntax.py`;
  agreements and exchanges share the parties of the talks named before them in the sentence.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from annotate.preannotate import incidents, roles_syntax
from annotate.preannotate.sentence import Sentence
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate
from annotate.preannotate.subjects import SUBJECT_ROLE, prefixed, subject
from annotate.schema import (
    EVENT_ROLES,
    EntityType,
    EventType,
    Role,
    RoleSpec,
    SpanLabel,
    ValueType,
)

_PARTY_ROLE = {
    EventType.AGREEMENT: Role.PARTY,
    EventType.MEET: Role.PARTICIPANT,
    EventType.PHONE: Role.PARTICIPANT,
}
_DESCRIPTORS = frozenset(
    ["اقليم", "منطقه", "مدينه", "بلده", "قريه", "جيب", "محافظه", "ولايه", "العاصمه"]
)
_TIME_TYPES = (ValueType.DATE, ValueType.TIME)
# Mediator cues that follow the event they name (a relative clause, a participation phrase).
_AFTER_CUES = frozenset(["رعتها", "رعاها", "رعته", "وسطاء", "الوسطاء"])


@dataclass(slots=True)
class Attachment:
    """Entity number `entity` fills `role` of the event."""

    role: Role
    entity: int
    score: float


def attach_all(
    ctx: Context,
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    entities: list[Candidate],
    sentences: list[tuple[int, int]],
) -> list[list[Attachment]]:
    """The arguments of every trigger (`sentences[k]` bounds the k-th trigger's sentence)."""
    occs = [e for e in entities if e.label is EntityType.OCC]  # by start, as `entities`
    occ_starts = [o.start for o in occs]
    outer = _outer(entities)
    out: list[list[Attachment]] = [[] for _ in triggers]
    subjects: dict[int, list[tuple[int, Candidate]]] = {}
    by_sentence: dict[tuple[int, int], list[int]] = {}
    for k, bounds in enumerate(sentences):
        by_sentence.setdefault(bounds, []).append(k)
    starts = [e.start for _, e in outer]
    for bounds, ks in by_sentence.items():
        lo = bisect_left(starts, bounds[0])
        hi = bisect_left(starts, bounds[1])
        members = [(i, e) for i, e in outer[lo:hi] if e.end <= bounds[1]]
        sent_occs = occs[bisect_left(occ_starts, bounds[0]) : bisect_left(occ_starts, bounds[1])]
        sent = Sentence(ctx, bounds, members, sent_occs)
        for k in ks:
            subjects[k] = subject(sent, triggers[k], verbal[k], sent_occs, subjects, ks)
        for k in ks:
            _attach_one(sent, triggers[k], verbal[k], subjects.get(k, []), out[k], entities)
        _times(sent, triggers, ks, out, entities, sent_occs)
        _sentence_roles(sent, triggers, verbal, ks, subjects, out, entities)
        _syntax_roles(sent, triggers, verbal, ks, subjects, out, entities)
    return out


_VICTIM_ROLES = (Role.VICTIM, Role.PERSON)
_TALK_PARTIES = (Role.PARTY, Role.PARTICIPANT)


def _syntax_roles(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    ks: list[int],
    subjects: dict[int, list[tuple[int, Candidate]]],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """The rules of `roles_syntax.py`, and the parties of talks shared by the agreements and
    exchanges named after them in the sentence."""
    trigs = [triggers[k] for k in ks]
    victims = [[a.entity for a in out[k] if a.role in _VICTIM_ROLES] for k in ks]
    found = roles_syntax.syntax_roles(
        sent, trigs, [verbal[k] for k in ks], [subjects.get(k, []) for k in ks], victims
    )
    for k, proposals in zip(ks, found, strict=True):
        for role, i, score in proposals:
            _propose(out[k], triggers[k].event_type, role, i, score, entities[i])
    ordered = sorted(ks, key=lambda k: triggers[k].start)
    _governed(sent, ordered, triggers, out, entities)
    parties: list[int] = []
    for k in ordered:
        trig = triggers[k]
        etype = trig.event_type
        own = [a.entity for a in out[k] if a.role in _TALK_PARTIES]
        if etype in _PARTY_ROLE and len(own) >= 2:
            parties = own
        elif parties and not any(a.role in (Role.PARTY, Role.AGENT) for a in out[k]):
            if etype is EventType.AGREEMENT:
                role = Role.PARTY
            elif etype is EventType.RELEASE and roles_syntax.is_exchange(trig):
                role = Role.AGENT
            else:
                continue
            for i in parties:
                _propose(out[k], etype, role, i, 0.5, entities[i])


def _propose(
    out: list[Attachment], etype: EventType, role: Role, i: int, score: float, ent: Candidate
) -> None:
    """Attach entity `i` unless it fills a role already or a single role is taken."""
    spec = _SPECS.get((etype, role))
    if spec is None or ent.label not in spec.allowed or any(a.entity == i for a in out):
        return
    if not spec.multiple and any(a.role is role for a in out):
        return
    out.append(Attachment(role, i, score))


_SENTENCE_TYPES = frozenset(
    [*incidents.INCIDENTS, EventType.RELEASE, EventType.MEET, EventType.PHONE]
)


def _sentence_roles(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    ks: list[int],
    subjects: dict[int, list[tuple[int, Candidate]]],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """The rules of `incidents.py`, and the Place and Time shared by a sentence's incidents."""
    if not any(triggers[k].event_type in _SENTENCE_TYPES for k in ks):
        return
    starts = sorted(triggers[k].start for k in ks)
    for k in ks:
        trig = triggers[k]
        etype = trig.event_type
        proposals: list[tuple[Role, int, float]] = []
        if etype is EventType.ATTACK:
            nxt = [s for s in starts if s > trig.start]
            for i in incidents.instruments(sent, trig, nxt[0] if nxt else sent.end):
                proposals.append((Role.INSTRUMENT, i, 0.55))
            subject = subjects.get(k, [])
            subject_end = subject[-1][1].end if verbal[k] and subject else 0
            proposals += incidents.targets(sent, trig, subject_end)
            if not verbal[k] and not subject:
                proposals += incidents.attackers(sent, trig)
        elif etype is EventType.RELEASE:
            proposals += incidents.released(sent, trig)
        elif etype is EventType.MEET and not verbal[k]:
            proposals += incidents.meet_place(sent, trig)
        for role, i, score in proposals:
            _propose(out[k], etype, role, i, score, entities[i])
    _continued_talks(sent, triggers, verbal, ks, out, entities)
    hits = [k for k in ks if triggers[k].event_type in incidents.INCIDENTS]
    if not hits:
        return
    found = incidents.places(sent)
    shared: dict[Role, tuple[int, float]] = {}
    for k in hits:
        for a in out[k]:
            if a.role in (Role.PLACE, Role.TIME):
                shared.setdefault(a.role, (a.entity, a.score))
    for k in hits:
        etype = triggers[k].event_type
        place = incidents.place_for(triggers[k], found)
        if place is not None:
            _propose(out[k], etype, Role.PLACE, place, 0.5, entities[place])
        for role, (i, score) in shared.items():
            _propose(out[k], etype, role, i, score * 0.9, entities[i])


def _outer(entities: list[Candidate]) -> list[tuple[int, Candidate]]:
    """Mentions that may fill roles: not an OCC, not inside an OCC or another mention."""
    keys = [(e.start, -e.end) for e in entities]
    order = sorted(range(len(entities)), key=keys.__getitem__)
    occ_reach = reach = -1
    out: list[tuple[int, Candidate]] = []
    for i in order:
        e = entities[i]
        if e.label is EntityType.OCC:
            occ_reach = max(occ_reach, e.end)
            continue
        if e.end > reach and e.end > occ_reach:
            out.append((i, e))
        reach = max(reach, e.end)
    return out


# The types allowed for each (event type, role) of the schema.
_ALLOWED: dict[tuple[EventType, Role], frozenset[SpanLabel]] = {}
_SPECS: dict[tuple[EventType, Role], RoleSpec] = {}
for _type in EventType:
    for _spec in EVENT_ROLES[_type]:
        _ALLOWED.setdefault((_type, _spec.role), _spec.allowed)  # the first, as `role_spec`
        _SPECS.setdefault((_type, _spec.role), _spec)


def _allowed(event_type: EventType, role: Role, ent: Candidate) -> bool:
    allowed = _ALLOWED.get((event_type, role))
    return allowed is not None and ent.label in allowed


def _attach_one(
    sent: Sentence,
    trig: TriggerCandidate,
    verbal: bool,
    subject: list[tuple[int, Candidate]],
    out: list[Attachment],
    entities: list[Candidate],
) -> None:
    ctx = sent.ctx
    etype = trig.event_type
    used: set[int] = set()

    def add(role: Role, i: int, score: float) -> None:
        if i not in used and _allowed(etype, role, entities[i]):
            out.append(Attachment(role, i, score))
            used.add(i)

    role = SUBJECT_ROLE.get(etype)
    if role is not None:
        for i, _ in subject:
            add(role, i, 0.7)

    party = _PARTY_ROLE.get(etype)
    if party is not None:
        # بين X و Y / مع X right after the trigger, or after the subject of a verb
        # (بحث الوزير X مع نظيره Y)
        origins = [trig.end]
        if verbal and subject and subject[-1][1].start >= trig.end:
            origins.append(subject[-1][1].end)
        for origin in origins:
            window = ctx.text[origin : min(sent.end, origin + 40)]
            for cue, gap in ((" بين ", 0), (" مع ", 3)):
                k = window.find(cue)
                if k >= 0 and len(window[:k].split()) <= 2 and "," not in window[:k]:
                    found = sent.after(origin + k + len(cue), max_gap=gap)
                    if found is not None:
                        for i, _ in sent.chain(found)[: 2 if cue == " بين " else 4]:
                            add(party, i, 0.65)

    if (etype, Role.MEDIATOR) in _ALLOWED:
        for cue, k in sent.mediator_cues():
            if cue.startswith("اقترح") and not (0 <= k - trig.end < 4):
                continue  # the proposer of this very ceasefire: وقف لإطلاق النار اقترحته X
            if cue in _AFTER_CUES and not (0 <= k - trig.end < 90):
                continue  # محادثات جدة، التي رعتها X: the talks before the cue only
            if k >= 0 and abs(k - trig.start) < 120:
                pos = k + len(cue)
                word = ctx.word_at(pos)
                if word is not None and word[2] == "من":
                    pos = word[1]  # بوساطة من الإمارات، وسطاء من مصر
                found = sent.after(pos, max_gap=1)
                if found is not None:
                    for i, _ in sent.chain(found):
                        add(Role.MEDIATOR, i, 0.6)

    if etype in (EventType.DIE, EventType.INJURE):
        prev = sent.before(trig.start - len(trig.prefix))
        inside = [(i, e) for i, e in sent.entities if e.start <= trig.start < e.end]
        nxt = sent.after(trig.end)
        order = (prev, nxt) if verbal else (nxt, prev)  # إصابة العشرات: the genitive first
        for cand in (inside[0] if inside else None, *order):
            if cand is not None and cand[1].label is ValueType.NUM:
                add(Role.VICTIM, cand[0], 0.7)
                break

    if etype is EventType.DISARM:
        found = sent.after(trig.end, max_gap=1)
        if found is not None and found[1].label is EntityType.WEA:
            for i, _ in sent.chain(found):
                add(Role.ARTIFACT, i, 0.6)

    if etype in (EventType.WITHDRAW, EventType.CONTROL) and not verbal and not subject:
        found = sent.after(trig.end)
        if found is not None and not prefixed(ctx, found[1]) and role is not None:
            add(role, found[0], 0.6)

    if (etype, Role.PLACE) in _ALLOWED:
        for j in range(bisect_left(sent.starts, trig.end), len(sent.entities)):
            i, e = sent.entities[j]
            if e.label not in (
                EntityType.GPE,
                EntityType.LOC,
                EntityType.FAC,
            ):
                continue
            between = sent.words(trig.end, e.start)
            if len(between) > 5:
                break
            word = ctx.word_before(e.start)
            while word is not None and word[2] in _DESCRIPTORS:
                word = ctx.word_before(word[0])
            if word is not None and word[2] == "في" and "في" in between:
                add(Role.PLACE, i, 0.55)
            break


def _times(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ks: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
    occs: list[Candidate],
) -> None:
    """Each date or time of the sentence dates its nearest trigger (by words, a mention or a
    title counting as one word: `التقى مبعوث الأمم المتحدة هانس غروندبرغ، اليوم السبت`)."""
    for i, e in sent.entities:
        if e.label not in _TIME_TYPES:
            continue
        best_k, best_gap = -1, 99
        incident_k, incident_gap = -1, 99
        # gaps are counted up to 8 words: past 6 no trigger gets the date anyway
        for k in ks:
            t = triggers[k]
            if t.end <= e.start:
                gap = sent.mention_gap(t.end, e.start, occs)
            elif e.end <= t.start:
                gap = sent.mention_gap(e.end, t.start, occs) + 1  # prefer the trigger before
            else:
                continue
            if gap < best_gap:
                best_k, best_gap = k, gap
            if t.event_type in incidents.INCIDENTS and t.end <= e.start and gap < incident_gap:
                incident_k, incident_gap = k, gap
        if best_k >= 0 and triggers[best_k].event_type is EventType.STATEMENT and incident_k >= 0:
            # قُتل 3 في غارة على حي سكني فجر اليوم، فيما أعلن الجيش: the time dates the
            # incident told before it, however far, not the statement
            best_k, best_gap = incident_k, 0
        if (
            best_k >= 0
            and best_gap <= 6
            and not any(a.role is Role.TIME for a in out[best_k])
            and _allowed(triggers[best_k].event_type, Role.TIME, entities[i])
        ):
            out[best_k].append(Attachment(Role.TIME, i, 0.6))


_TALKS = (EventType.PHONE, EventType.MEET)
_DURING = frozenset(["خلال", "في"])


def _continued_talks(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    ks: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`بحث X مع Y خلال اتصال هاتفي`: a call or meeting noun after خلال/في names the talk of
    the verb before it and takes its participants."""
    last: int | None = None
    for k in ks:
        trig = triggers[k]
        if trig.event_type not in _TALKS:
            continue
        before = sent.ctx.word_before(trig.start - len(trig.prefix))
        if last is not None and not verbal[k] and before is not None and before[2] in _DURING:
            for a in out[last]:
                if a.role is Role.PARTICIPANT:
                    _propose(out[k], trig.event_type, a.role, a.entity, a.score, entities[a.entity])
        if verbal[k]:
            last = k


_DOERS = (Role.PARTY, Role.AGENT, Role.PARTICIPANT, Role.SPEAKER, Role.REQUESTER)
_GOVERNING = frozenset(["علي", "الي"])
_CONSENT = "موافق"


def _governed(
    sent: Sentence,
    ordered: list[int],
    triggers: list[TriggerCandidate],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`وافقت X على "إلقاء أسلحتها والتخلي عن مواقعها"`: a masdar governed by an agreement
    word through على / إلى is done by the agreeing side, and so are the masdars coordinated
    with it; `موافقة X`: the genitive after a consent noun is the agreeing side."""
    ctx = sent.ctx
    prev_k = -1
    inherited: list[int] = []
    for k in ordered:
        trig = triggers[k]
        role = SUBJECT_ROLE.get(trig.event_type)
        agents: list[int] = []
        before = ctx.word_before(trig.start - len(trig.prefix))
        if before is not None and before[2] == '"':
            before = ctx.word_before(before[0])
        if role is not None and prev_k >= 0 and before is not None:
            gov = triggers[prev_k]
            if (
                before[2] in _GOVERNING
                and gov.event_type is EventType.AGREEMENT
                and len(sent.words(gov.end, before[0])) <= 4
            ):
                agents = [a.entity for a in out[prev_k] if a.role in _DOERS]
            elif inherited and trig.prefix.startswith("\N{ARABIC LETTER WAW}"):
                gap = sent.words(gov.end, trig.start)
                if len(gap) <= 4 and "," not in gap and "." not in gap:
                    agents = inherited
        if role is not None and agents and not any(a.role is role for a in out[k]):
            for i in agents:
                _propose(out[k], trig.event_type, role, i, 0.5, entities[i])
        found = sent.after(trig.end) if trig.key.startswith(_CONSENT) else None
        if found is not None and not prefixed(ctx, found[1]):
            for i, e in sent.chain(found):
                _propose(out[k], trig.event_type, Role.PARTY, i, 0.55, e)
        inherited = agents
        prev_k = k
