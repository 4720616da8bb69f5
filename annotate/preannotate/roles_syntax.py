"""Argument rules read off Arabic clause syntax, on top of the one-trigger rules of
`arguments.py` and the incident rules of `incidents.py`.

- `بين X و Y` a few words after a clash or war noun names both sides (Attack Attacker), also past
  a date (`اندلعت مواجهات، يوم الثلاثاء، بين X و Y`) or a bare noun (`بين الجيش وقوات X`: X);
  `مع X` after a clash noun names the other side; after talks or an agreement noun (also past
  a relative clause: `التفاهمات التي جرى التوصل إليها بين X و Y`) the parties;
- the object of a meeting verb after its subject (`التقى X، اليوم، في مسقط، رئيس الوفد Y`) is a
  second participant;
- a masdar with a ل-genitive agent (`الانسحاب الكامل للقوات الأرمينية`) and `من قبل X`
  (`المحتل من قبل أرمينيا`) name the doer;
- `بينهم NUM` after a victim count, `مقابل NUM` after a released count: one more of the same role;
- the object of a request or accusation: the mention after the subject and before إلى / على / a
  ب-masdar (`داعياً مجلس الأمن إلى`, `حث أذربيجان على`, `اتهمت X بقصف`);
- the accused right before the ب-masdar of an accusation verb (`accusations.py`);

The rules about places (a meeting's Place, an Origin, a Territory, the host of a war, the
target of استهدف) are in `roles_places.py`. Each rule proposes (role, entity) pairs;
`sentence_roles.py` checks them against the schema.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate import objects, sides
from annotate.preannotate.accusations import accused
from annotate.preannotate.labels import (
    EVENT_ACCUSE,
    EVENT_AGREEMENT,
    EVENT_ATTACK,
    EVENT_CONTROL,
    EVENT_DIE,
    EVENT_INJURE,
    EVENT_MEET,
    EVENT_RELEASE,
    EVENT_WITHDRAW,
    ROLE_ACCUSED,
    ROLE_ATTACKER,
    ROLE_ORIGIN,
    ROLE_PARTICIPANT,
    ROLE_PARTY,
    ROLE_PERSON,
    ROLE_PLACE,
    ROLE_TARGET,
    ROLE_TERRITORY,
    ROLE_VICTIM,
    VALUE_NUM,
)
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.nominal_subjects import before_verb
from annotate.preannotate.roles_places import (
    PLACES,
    cue_before,
    host_place,
    meeting_place,
    place_after,
    skip_descriptor_phrase,
    taken_object,
    verb_target,
    withdrawn_from,
)
from annotate.preannotate.sentence import Mention, Proposal, Sentence, opens_clause
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.schema import EntityType, EventType, Role, ValueType

_VALUES: Final = (ValueType.DATE, ValueType.TIME, ValueType.DURATION)
_LAM: Final = "\N{ARABIC LETTER LAM}"
_WAW: Final = "\N{ARABIC LETTER WAW}"
_EXCHANGE: Final = "تبادل"
# Nouns of the people who stand for a side: بين وفدي السودان وجنوب السودان.
_REPRESENTATIVES: Final = frozenset(
    norm_key(w) for w in ["وفدي", "وفود", "ممثلي", "حكومتي", "قادة", "زعماء", "رئيسي"]
)


def between_sides(sent: Sentence, trig: TriggerCandidate) -> list[int]:
    """`بين X و Y` within six words after the trigger, past dates and commas only."""
    ctx = sent.ctx
    if ctx.text.find("بين", trig.end, min(sent.end, trig.end + 160)) < 0:
        return []  # the cheap test first
    pos = trig.end
    for _ in range(8):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end:
            return []
        j = bisect_left(sent.starts, word[0])
        if j < len(sent.starts) and sent.starts[j] == word[0]:
            e = sent.entities[j][1]
            if e.label not in _VALUES:
                return []
            pos = e.end
            continue
        if word[2] == "بين":
            pos = word[1]
            nxt = ctx.word_at(pos)
            if nxt is not None and nxt[2] in _REPRESENTATIVES:
                pos = nxt[1]  # بين وفدي X وY، بين ممثلي X وY
            found = sent.after(sides.past_units(sent, pos), max_gap=0)
            if found is not None:
                chain = sent.chain(found)
                end = chain[-1][1].end
                # بين X ومسلحي Y، وعناصر من Y: the second side through its members
                return [i for i, _ in chain] + sides.units_side(sent, end)
            # بين الجيش وقوات الدعم السريع: a bare noun (no mention) and a named side
            found = sent.after(word[1], max_gap=2)
            if found is not None and sent.words(word[1], found[1].start)[1:] == [_WAW]:
                return [found[0]]
            found = sides.bare_first_side(sent, word[1])
            return [found[0]] if found is not None else []
        if word[2] == "في":
            # اندلعت في منطقة هجليج النفطية بين X و Y: past the place of the fight
            place = sent.after(skip_descriptor_phrase(sent, word[1]))
            if place is None or place[1].label not in PLACES:
                return []
            pos = place[1].end
            continue
        if word[2] in ("علي", "الي", "من", "ان"):
            return []
        pos = word[1]
    return []


def attack_sides(
    sent: Sentence, trig: TriggerCandidate, verbal: bool, limit: int
) -> list[Proposal]:
    """Both sides of a clash: `بين X و Y`, and `مع X` after a clash noun (before the next
    trigger at `limit`)."""
    out: list[Proposal] = [(ROLE_ATTACKER, i, 0.6) for i in between_sides(sent, trig)]
    if not verbal and not out:
        with_at = _with_after(sent, trig.end)
        if 0 <= with_at < limit:
            found = sent.after(with_at, max_gap=1)
            gap = sent.words(with_at, found[1].start) if found is not None else []
            gap = [w for w in gap if w != '"']
            if found is not None and (not gap or gap[0] in _FIGHTERS):
                out += [(ROLE_ATTACKER, i, 0.55) for i, _ in sent.chain(found)]
    return out


# Words that take مع themselves: على الحدود مع X، المتنازع عليها مع X.
_WITH_OTHERS: Final = frozenset(["الحدود", "حدود", "عليها", "عليه", "المشتركه"])
# `مع مسلحي تنظيم X`, `مع عناصر X`: the fighters of the side named after them.
_FIGHTERS: Final = frozenset(["مسلحي", "مقاتلي", "عناصر", "ميليشيات"])


def _with_after(sent: Sentence, pos: int) -> int:
    """Where the side after مع starts when مع follows a clash noun within six words of
    adjectives, a place and a length (`معارك عنيفة في الناصر مع X`, `معارك دامت ثلاثة أيام
    مع X`), else -1; not past a comma or another clause."""
    ctx = sent.ctx
    for _ in range(7):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or word[2] in (",", ".", '"'):
            return -1
        if word[2] == "مع":
            return word[1]
        if opens_clause(word[2]) or word[2] in _WITH_OTHERS:
            return -1
        pos = word[1]
    return -1


def genitive_agent(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`الانسحاب (الكامل) للقوات X`: a ل-genitive right after a masdar (one adjective between)."""
    ctx = sent.ctx
    found = sent.after(trig.end, max_gap=2)
    if found is None or found[1].start < 1 or ctx.text[found[1].start - 1] != _LAM:
        return None
    gap = sent.words(trig.end, found[1].start)[:-1]  # the glued ل is a word of its own here
    if len(gap) > 1 or (gap and not gap[0].startswith("ال")):
        return None
    return found


def by_agent(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`المحتل من قبل أرمينيا`: the doer of a passive or participle."""
    ctx = sent.ctx
    word = ctx.word_at(trig.end)
    if word is None or word[2] != "من":
        return None
    nxt = ctx.word_at(word[1])
    if nxt is None or nxt[2] != "قبل":
        return None
    return sent.after(nxt[1])


def extra_counts(
    sent: Sentence, first: Candidate, cues: tuple[str, ...], trig_end: int = 0
) -> list[int]:
    """`18 مدنياً، بينهم خمسة أطفال`, `105 محتجزين مقابل 240 أسيراً`: counts after a cue (past
    `على الأقل` and the trigger when the count precedes it: `لقي 7 حتفهم، بينهم طفلان`);
    `200 شخص في X ونحو 10 جنود`, `47 عنصراً من الجيش و84 من …`: a count coordinated after a
    في / من phrase."""
    ctx = sent.ctx
    pos = max(first.end, trig_end) if trig_end - first.end < 30 else first.end
    j = bisect_left(sent.starts, pos)
    if j == len(sent.starts):
        return []
    found = sent.entities[j]
    # a comma glued to the word before it (`على الأقل، بينهم`) is no word of its own
    words = (w.strip(",") for w in sent.words(pos, found[1].start))
    gap = [w for w in words if w and w not in ("علي", "الاقل")]
    if len(gap) > 2:
        return []
    if found[1].label is VALUE_NUM and gap and gap[0] in cues and len(gap) <= 2:
        return [found[0]]
    if gap in (["في"], ["من"]) and found[1].label in _GROUPS:
        nxt = sent.after(found[1].end, max_gap=1)
        if (
            nxt is not None
            and nxt[1].label is VALUE_NUM
            and ctx.text[found[1].end : nxt[1].start].split() == [_WAW]
        ):
            return [nxt[0]]
    return []


_GROUPS: Final = (*PLACES, EntityType.ORG, EntityType.NORP)
# `105 محتجزين مقابل 240 أسيراً`, `الإفراج عن 14 شخصاً، بينهم ثماني طالبات`
_RELEASED_CUES: Final = ("مقابل", "بينهم", "منهم")


def second_party(sent: Sentence, pos: int) -> list[int]:
    """`التقى X، اليوم السبت، في العاصمة مسقط، رئيس الوفد Y`: the object of a meeting verb
    after its subject, past dates, a في-place and the ل-genitive of a title."""
    ctx = sent.ctx
    for i, e in sent.entities[bisect_left(sent.starts, pos) : bisect_left(sent.starts, pos) + 5]:
        if e.label in _VALUES or ctx.text[e.start - 1] == _LAM:
            continue
        if e.label in PLACES and cue_before(sent, e) == "في":
            continue
        if e.label in _PARTIES and not ctx.text[e.start - 1].isalpha():
            gap = sent.words(pos, e.start)
            if len(gap) <= 14 and "ان" not in gap and "." not in gap:
                chain = sent.chain((i, e))
                return [i for i, _ in chain] + _then_party(sent, chain[-1][1].end)
        return []
    return []


def _then_party(sent: Sentence, pos: int) -> list[int]:
    """`التقى X Y في عين التينة، ثم (رئيس الحكومة) Z`: the next object after ثم, past a
    في-place of the first."""
    ctx = sent.ctx
    j = bisect_left(sent.starts, pos)
    for i, e in sent.entities[j : j + 3]:
        if e.label in PLACES and cue_before(sent, e) == "في":
            pos = e.end
            continue
        gap = [w for w in sent.words(pos, e.start) if w != ","]
        title = sent.title_at.get(len(ctx.text[: e.start].rstrip()), -1)
        if title >= pos:
            gap = [w for w in sent.words(pos, title) if w != ","]
        if gap in (["ثم"], ["وثم"]) and e.label in _PARTIES:
            return [i]
        return []
    return []


def is_exchange(trig: TriggerCandidate) -> bool:
    return _EXCHANGE in trig.key


_AGENT_ROLE: Final = {
    EventType.ATTACK: Role.ATTACKER,
    EventType.WITHDRAW: Role.AGENT,
    EventType.CONTROL: Role.AGENT,
    EventType.DISARM: Role.AGENT,
    EventType.RELEASE: Role.AGENT,
    EventType.STATEMENT: Role.SPEAKER,  # وفق بيان للخارجية التركية
}
_INCIDENTS: Final = (EventType.ATTACK, EventType.DIE, EventType.INJURE)
_MEET_VERBS: Final = (EventType.MEET, EventType.PHONE)
_TALKS: Final = (EventType.AGREEMENT, EventType.MEET, EventType.PHONE)
_PARTIES: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
_OBJECT_ROLE: Final = {EventType.REQUEST: Role.ADDRESSEE, EventType.ACCUSE: Role.ACCUSED}


def syntax_roles(
    sent: Sentence,
    trigs: list[TriggerCandidate],
    verbal: list[bool],
    subjects: list[list[Mention]],
    victims: list[list[Candidate]],
) -> list[list[Proposal]]:
    """The proposals of the rules above for the triggers of one sentence (`victims[n]`: the
    counts already attached as Victim / Person of trigger n)."""
    out: list[list[Proposal]] = [[] for _ in trigs]
    hosted: list[int] = []
    for n, trig in enumerate(trigs):
        etype = trig.event_type
        props = out[n]
        if etype in _TALKS and not verbal[n]:
            side = ROLE_PARTY if etype is EVENT_AGREEMENT else ROLE_PARTICIPANT
            props += [(side, i, 0.55) for i in between_sides(sent, trig)]
        if etype is EVENT_ATTACK:
            later = [t.start for t in trigs if t.start > trig.start]
            props += attack_sides(sent, trig, verbal[n], min(later, default=sent.end))
            host = host_place(sent, trig)
            if host is not None:
                hosted.append(host[0])
            target = verb_target(sent, trig)
            if target is not None:
                props.append((ROLE_TARGET, target[0], 0.55))
                if target[1].label in PLACES:
                    hosted.append(target[0])
        if etype in _MEET_VERBS and verbal[n] and subjects[n]:
            last = subjects[n][-1][1]
            if last.start > trig.end:
                props += [(ROLE_PARTICIPANT, i, 0.5) for i in second_party(sent, last.end)]
            elif (front := sent.before(before_verb(sent.ctx, trig.start - len(trig.prefix)))) and (
                front[1] is last
            ):
                # X يلتقي Y: with the subject fronted, the party after the verb is the object
                # (not so when the subject is an earlier verb's: وناقش معهما اتفاقاً بين X وY)
                props += [(ROLE_PARTICIPANT, i, 0.5) for i in second_party(sent, trig.end)]

        if etype is EVENT_MEET:
            place = meeting_place(sent, trig)
            if place is not None:
                props.append((ROLE_PLACE, place, 0.5))
        role = _AGENT_ROLE.get(etype)
        if role is not None and not verbal[n] and not subjects[n]:
            agent = genitive_agent(sent, trig) or by_agent(sent, trig)
            if agent is not None:
                props.append((role, agent[0], 0.55))
        if etype is EVENT_WITHDRAW:
            origin = withdrawn_from(sent, trig)
            if origin is not None:
                props.append((ROLE_ORIGIN, origin[0], 0.55))
        elif etype is EVENT_CONTROL:
            taken = taken_object(sent, trig) if verbal[n] else []
            props += taken
            territory = None if taken else place_after(sent, trig, ("علي", "في", "من"), 8)
            if territory is not None:
                # على مدينتي X وY: each town of the pair
                props += [(ROLE_TERRITORY, i, 0.55) for i, _ in sent.chain(territory)]
        elif etype in (EVENT_DIE, EVENT_INJURE, EVENT_RELEASE):
            cues = ("بينهم", "منهم") if etype is not EVENT_RELEASE else _RELEASED_CUES
            vrole = ROLE_PERSON if etype is EVENT_RELEASE else ROLE_VICTIM
            for victim in victims[n]:
                counts = extra_counts(sent, victim, cues, trig.end)
                props += [(vrole, k, 0.55) for k in counts]
        if etype is EVENT_ACCUSE and verbal[n]:
            fronted = bool(subjects[n]) and subjects[n][0][1].end <= trig.start
            props += [(ROLE_ACCUSED, i, 0.55) for i in accused(sent, trig, fronted)]
        obj_role = _OBJECT_ROLE.get(etype)
        if obj_role is not None:
            props += [(obj_role, i, 0.55) for i in objects.objects(sent, trig, subjects[n])]
    if hosted:
        for n, trig in enumerate(trigs):
            if trig.event_type in _INCIDENTS:
                out[n].append((ROLE_PLACE, hosted[0], 0.5))
    return out
