"""Roles shared across the triggers of one sentence: the incidents' place and time
(`incidents.py`), the clause-syntax rules (`roles_syntax.py`), the participants of a call named
after its verb, the doer of masdars governed by an agreement verb, and the parties of talks
shared by the agreements and exchanges after them. Each date or time goes to its nearest
trigger in `sentence_times.py`."""

from __future__ import annotations

from typing import Final

from annotate.preannotate import caused, incidents, roles_syntax, talks
from annotate.preannotate.accusations import accused_doers
from annotate.preannotate.attachment import Attachment, propose
from annotate.preannotate.exposed import exposed_target
from annotate.preannotate.labels import (
    EVENT_AGREEMENT,
    EVENT_ATTACK,
    EVENT_MEET,
    EVENT_RELEASE,
    EVENT_REQUEST,
    FAC,
    GPE,
    LOC,
    ROLE_AGENT,
    ROLE_INSTRUMENT,
    ROLE_PARTICIPANT,
    ROLE_PARTY,
    ROLE_PLACE,
    ROLE_TARGET,
)
from annotate.preannotate.requested import pronoun_addressee, requested_doers
from annotate.preannotate.sentence import Sentence
from annotate.preannotate.sentence_times import SPEECH, TIME_TYPES
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.preannotate.subjects import SUBJECT_ROLE, prefixed
from annotate.schema import EventType, Role

PARTY_ROLE: Final = {
    EventType.AGREEMENT: Role.PARTY,
    EventType.MEET: Role.PARTICIPANT,
    EventType.PHONE: Role.PARTICIPANT,
}
_WAW: Final = "\N{ARABIC LETTER WAW}"
_BEH: Final = "\N{ARABIC LETTER BEH}"


_VICTIM_ROLES: Final = (Role.VICTIM, Role.PERSON)
_TALK_PARTIES: Final = (Role.PARTY, Role.PARTICIPANT)


def syntax_roles(
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
    victims = [[entities[a.entity] for a in out[k] if a.role in _VICTIM_ROLES] for k in ks]
    found = roles_syntax.syntax_roles(
        sent, trigs, [verbal[k] for k in ks], [subjects.get(k, []) for k in ks], victims
    )
    for k, proposals in zip(ks, found, strict=True):
        for role, i, score in proposals:
            propose(out[k], triggers[k].event_type, role, i, score, entities[i])
    ordered = sorted(ks, key=lambda k: triggers[k].start)
    _governed(sent, ordered, triggers, out, entities)
    accused_doers(sent, ordered, triggers, out, entities)
    parties: list[int] = []
    talks_end = 0
    for k in ordered:
        trig = triggers[k]
        etype = trig.event_type
        own = [a.entity for a in out[k] if a.role in _TALK_PARTIES]
        if etype in PARTY_ROLE and len(own) >= 2:
            parties = own
            talks_end = trig.end
        elif etype is EVENT_REQUEST and parties:
            parties = []  # وحثّ X على "وقف الأعمال العسكرية": what is called for is not agreed
        elif talks_end > 0 and not sent.word_count(talks_end, trig.start - len(trig.prefix), 1):
            continue  # تبحثان التهدئة: the agreement is the topic of the talks, not agreed
        elif parties and not any(a.role in (ROLE_PARTY, ROLE_AGENT) for a in out[k]):
            if _framework(sent, trig):
                continue  # بحثا التزامات واشنطن بموجب معاهدة الدفاع المشترك: a standing treaty
            if _topic(sent, trig):
                continue  # بحث X مع Y سبل تثبيت التهدئة: discussed, not agreed
            if etype is EVENT_AGREEMENT:
                role = ROLE_PARTY
            elif etype is EVENT_RELEASE and roles_syntax.is_exchange(trig):
                role = ROLE_AGENT
            else:
                continue
            for i in parties:
                propose(out[k], etype, role, i, 0.5, entities[i])
    # (after the talks' parties are shared: a meeting in an aside shares them with no deal)
    owner: list[int] = []
    for k in ordered:
        if verbal[k] and subjects.get(k):
            owner = [i for i, _ in subjects[k]]
        elif triggers[k].event_type is EVENT_MEET and not verbal[k]:
            for i in talks.own_meeting(sent, triggers[k], owner):  # خلال لقائه الرئيس X
                propose(out[k], EVENT_MEET, ROLE_PARTICIPANT, i, 0.5, entities[i])
    _discussed(ordered, triggers, verbal, out, entities)
    pronoun_addressee(sent, ordered, triggers, verbal, subjects, out, entities)
    requested_doers(sent, ordered, triggers, out, entities)
    caused.caused(sent, triggers, ordered, out, entities)
    for k in ordered:
        fronted = _fronted_place(sent, triggers[k]) if verbal[k] else None
        if fronted is not None and not any(a.role is ROLE_PLACE for a in out[k]):
            propose(out[k], triggers[k].event_type, ROLE_PLACE, fronted[0], 0.45, fronted[1])


_IN: Final = frozenset(["في", "وفي"])


def _fronted_place(sent: Sentence, trig: TriggerCandidate) -> tuple[int, Candidate] | None:
    """`وفي بيروت، التقت X Y`: a place fronted before the verb, set off by a comma, locates
    it (when nothing nearer does)."""
    ctx = sent.ctx
    comma = ctx.word_before(trig.start - len(trig.prefix))
    if comma is None or comma[2] != ",":
        return None
    place = sent.before(comma[0])
    if place is None or place[1].label not in (GPE, LOC, FAC):
        return None
    cue = ctx.word_before(place[1].start)
    if cue is None or cue[2] not in _IN or sent.words(sent.start, cue[0]):
        return None  # the clause must open on في X (the place is no earlier verb's object)
    return place


# Words that cite an agreement in force as a framework: بموجب اتفاق، وفقاً لمعاهدة، تنفيذاً لـ.
_FRAMEWORK: Final = frozenset(["بموجب", "وفق", "وفقا", "طبقا", "بمقتضي", "استنادا", "تنفيذا"])


def _framework(sent: Sentence, trig: TriggerCandidate) -> bool:
    """An agreement cited as the framework of what is said (`بموجب معاهدة`, `وفقاً لاتفاق`):
    one in force before the talks, not one they reach."""
    before = sent.ctx.word_before(trig.start - len(trig.prefix))
    return before is not None and before[2] in _FRAMEWORK


# "ways of": what follows is the topic of talks (سبل وقف إطلاق النار); not بشأن, which also
# names what an agreement is on (وقعوا بياناً مشتركاً بشأن الوقف الكامل للأعمال القتالية).
_TOPIC: Final = frozenset(["سبل", "وسبل"])
# Verbs of keeping or furthering between the topic word and the agreement: سبل تثبيت التهدئة.
_FURTHER: Final = frozenset(["تثبيت", "تعزيز", "تحقيق", "التوصل", "الي"])


def _topic(sent: Sentence, trig: TriggerCandidate) -> bool:
    """`يبحث معه سبل وقف إطلاق النار`, `سبل «تثبيت التهدئة»`: an agreement named as the topic
    of talks is discussed, not reached by them."""
    words = [w.strip('"') for w in sent.words(sent.start, trig.start - len(trig.prefix))[-3:]]
    words = [w for w in words if w]
    while words and words[-1] in _FURTHER:
        words.pop()
    return bool(words) and words[-1] in _TOPIC


# Verbs of discussing (بحث، ناقش، تباحث): after a meeting verb they name the same meeting.
_DISCUSS: Final = ("بحث", "ناقش", "باحث")


def _discussed(
    ordered: list[int],
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`التقى X Y، وناقش معهما`, `حيث التقى X Y، وناقشا`: a discussion verb coordinated after
    a meeting verb of its sentence takes that verb's participants, place and time."""
    meeting = -1
    for k in ordered:
        trig = triggers[k]
        if trig.event_type not in _TALKS or not verbal[k]:
            continue
        discussion = any(stem in trig.key for stem in _DISCUSS)
        if not discussion:
            meeting = k
        elif meeting >= 0 and trig.prefix.startswith(_WAW):
            if triggers[meeting].event_type is not trig.event_type:
                continue
            for a in out[meeting]:
                if a.role in _SHARED_MEETING:
                    ent = entities[a.entity]
                    propose(out[k], trig.event_type, a.role, a.entity, a.score * 0.9, ent)


_SHARED_MEETING: Final = (Role.PARTICIPANT, Role.PLACE, Role.TIME)


_SENTENCE_TYPES: Final = frozenset(
    [*incidents.INCIDENTS, EventType.RELEASE, EventType.MEET, EventType.PHONE, EventType.AGREEMENT]
)


def sentence_roles(
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
    talks_here = any(triggers[k].event_type in _TALKS for k in ks)
    delegates = talks.delegates(sent) if talks_here else []
    for k in ks:
        trig = triggers[k]
        etype = trig.event_type
        proposals: list[tuple[Role, int, float]] = []
        if etype in _TALKS or etype in incidents.INCIDENTS:
            where = talks.where_place(sent, trig.start - len(trig.prefix))
            if where is not None:
                proposals.append((ROLE_PLACE, where, 0.55))
                guest = talks.visitor(sent, where) if etype in _TALKS and verbal[k] else None
                if guest is not None:
                    proposals.append((ROLE_PARTICIPANT, guest, 0.5))
        if etype in _TALKS:
            proposals += [(ROLE_PARTICIPANT, i, 0.5) for i in delegates]
        if etype is EVENT_MEET and not verbal[k]:
            host = talks.host_place(sent, trig.start)
            if host is not None:
                proposals.append((ROLE_PLACE, host, 0.55))
        if etype is EVENT_ATTACK:
            nxt = [s for s in starts if s > trig.start]
            for i in incidents.instruments(sent, trig, nxt[0] if nxt else sent.end):
                proposals.append((ROLE_INSTRUMENT, i, 0.55))
            subject = subjects.get(k, [])
            subject_end = subject[-1][1].end if verbal[k] and subject else 0
            proposals += incidents.targets(sent, trig, subject_end, nxt[0] if nxt else sent.end)
            if verbal[k]:
                proposals += incidents.object_place(sent, trig)  # قصفت مساء الأحد بلدة X
            proposals += [(ROLE_TARGET, i, 0.55) for i, _ in exposed_target(sent, trig)]
            if not verbal[k] and not subject:
                proposals += incidents.attackers(sent, trig)
        elif etype is EVENT_RELEASE:
            proposals += incidents.released(sent, trig)
        elif etype in _NAMED_AFTER_PLACES and not verbal[k]:
            proposals += incidents.meet_place(sent, trig)
        for role, i, score in proposals:
            propose(out[k], etype, role, i, score, entities[i])
    _continued_talks(sent, triggers, verbal, ks, out, entities)
    hits = [k for k in ks if triggers[k].event_type in incidents.INCIDENTS]
    if not hits:
        return
    found = _not_spoken_at(sent, incidents.places(sent), [triggers[k] for k in ks])
    others = [triggers[k] for k in ks if triggers[k].event_type not in incidents.INCIDENTS]
    shared: dict[Role, tuple[int, float]] = {}
    for k in hits:
        for a in out[k]:
            # a duration is the length of its own event: المواجهات استمرت ساعات، وأسفرت عن مقتل
            if a.role is ROLE_PLACE or entities[a.entity].label in TIME_TYPES:
                shared.setdefault(a.role, (a.entity, a.score))
    for k in hits:
        etype = triggers[k].event_type
        place = incidents.place_for(sent, triggers[k], found, others)
        if place is not None and not incidents.fired_from(sent, triggers[k]):
            propose(out[k], etype, ROLE_PLACE, place, 0.5, entities[place])
        for role, (i, score) in shared.items():
            # قُتل 3 فجر اليوم، وقال الجيش إن قواته صدّت هجوماً: not across a clause opener;
            # القصف …، متهماً X بإعدام 9 في قرية Y: nor past an event of another kind
            e = entities[i]
            trig = triggers[k]
            if not incidents.across(sent, trig, e) and not incidents.separated(
                sent, trig, e, others
            ):
                propose(out[k], etype, role, i, score * 0.9, e)


def _not_spoken_at(
    sent: Sentence, found: list[tuple[int, Candidate]], trigs: list[TriggerCandidate]
) -> list[tuple[int, Candidate]]:
    """The places of the sentence's incidents without where something was said: a place a
    few words after a speech trigger (`قالت السلطات في X`, `في بيان صدر في X`, `في مؤتمر
    صحفي في X`, `في تصريحات للصحفيين في X`) locates the speaking, not the incident."""
    speech_ends = [t.end for t in trigs if t.event_type in SPEECH]
    if not speech_ends:
        return found
    others = [t.start for t in trigs if t.event_type not in SPEECH]
    out: list[tuple[int, Candidate]] = []
    for i, e in found:
        spoken = any(
            end <= e.start
            and sent.word_count(end, e.start, 5) <= 4
            and not any(end <= s < e.start for s in others)
            for end in speech_ends
        )
        if not spoken:
            out.append((i, e))
    return out


_TALKS: Final = (EventType.PHONE, EventType.MEET)
# Nouns of talks and deals named after where they were held (محادثات جدة، اتفاق بريتوريا).
_NAMED_AFTER_PLACES: Final = (EventType.MEET, EventType.AGREEMENT)
_DURING: Final = frozenset(["خلال", "في"])
_DURING_IT: Final = frozenset(["خلاله", "خلالها", "خلالهما"])


def _continued_talks(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    ks: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`بحث X مع Y خلال اتصال هاتفي`: a call or meeting noun after خلال/في names the talk of
    the verb before it and takes its participants; `أجرى X اتصالاً بـY، بحثا خلاله`: a talks
    verb before خلاله continues the talk named before it, its participants and time; a meeting
    noun after خلال/في right after a verb of agreeing has the agreeing sides as participants."""
    last: int | None = None
    talk: int | None = None
    agreed: int | None = None  # اتفق X مع Y، خلال قمة: the verb of agreeing right before
    for k in ks:
        trig = triggers[k]
        if trig.event_type not in _TALKS:
            if verbal[k]:
                agreed = k if trig.event_type is EVENT_AGREEMENT else None
            continue
        before = _past_round(sent, trig.start - len(trig.prefix))
        during = not verbal[k] and before is not None and before[2] in _DURING
        if last is not None and during:
            for a in out[last]:
                if a.role is ROLE_PARTICIPANT:
                    propose(out[k], trig.event_type, a.role, a.entity, a.score, entities[a.entity])
        if agreed is not None and during and trig.event_type is EVENT_MEET:
            # اتفقت X وY، خلال جولة من المحادثات، على: the sides agreed at the talks
            for a in out[agreed]:
                if a.role is ROLE_PARTY:
                    ent = entities[a.entity]
                    propose(out[k], trig.event_type, ROLE_PARTICIPANT, a.entity, 0.5, ent)
        after = sent.ctx.word_at(trig.end)
        if talk is not None and verbal[k] and after is not None and after[2] in _DURING_IT:
            for a in out[talk]:
                if a.role in _SHARED_MEETING and triggers[talk].event_type is trig.event_type:
                    ent = entities[a.entity]
                    propose(out[k], trig.event_type, a.role, a.entity, a.score * 0.9, ent)
        if verbal[k]:
            last = k
        talk = k


# A round of talks: خلال جولة ثانية من المحادثات، في جولة جديدة من المفاوضات.
_ROUND: Final = frozenset(["جوله", "جولات"])


def _past_round(sent: Sentence, pos: int) -> tuple[int, int, str] | None:
    """The word before `pos`, past `جولة (adjective) من` naming a round of the talks there."""
    ctx = sent.ctx
    before = ctx.word_before(pos)
    if before is None or before[2] != "من":
        return before
    word = ctx.word_before(before[0])
    if word is not None and word[2] not in _ROUND:
        word = ctx.word_before(word[0])  # جولة ثانية من
    if word is None or word[2] not in _ROUND:
        return before
    return ctx.word_before(word[0])


_DOERS: Final = (Role.PARTY, Role.AGENT, Role.PARTICIPANT, Role.SPEAKER, Role.REQUESTER)
_GOVERNING: Final = frozenset(["علي", "الي"])
_CONSENT: Final = "موافق"


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
                and gov.event_type is EVENT_AGREEMENT
                and len(sent.words(gov.end, before[0])) <= 4
            ):
                agents = [a.entity for a in out[prev_k] if a.role in _DOERS]
            elif inherited and trig.prefix.startswith("\N{ARABIC LETTER WAW}"):
                gap = sent.words(gov.end, trig.start)
                if len(gap) <= 4 and "," not in gap and "." not in gap:
                    agents = inherited
        if role is not None and agents and not any(a.role is role for a in out[k]):
            for i in agents:
                propose(out[k], trig.event_type, role, i, 0.5, entities[i])
        found = sent.after(trig.end) if trig.key.startswith(_CONSENT) else None
        if found is not None and not prefixed(ctx, found[1]):
            for i, e in sent.chain(found):
                propose(out[k], trig.event_type, ROLE_PARTY, i, 0.55, e)
        inherited = agents
        prev_k = k
