"""Event arguments: type-constrained attachment of entities to triggers inside one sentence.

Only outer mentions fill roles (not an OCC, not a name nested in another mention: the PER after
`وزير الخارجية الروسي`, the ORG `جيش أذربيجان` rather than its GPE). The rules, each checked
against the schema's role/type constraint:
- the subject of the trigger (`subjects.py`) fills its agent-like role (Speaker, Attacker,
  Party, Participant, Requester, Accuser, Agent);
- `بين X و Y`, `مع X`: parties / participants; `بوساطة / برعاية / اقترحته X`: the mediator;
- Victim: the count right before (SVO) or after a Die / Injure trigger; Place: a GPE / LOC /
  FAC after في shortly after the trigger; Time: each date or time goes to its nearest trigger;
- the roles shared across a sentence's triggers (`sentence_roles.py`: incidents, clause
  syntax, talks and the agreements after them; `sentence_times.py`: times). Every attachment
  is checked against the schema (`attachment.py`).
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate import sentence_roles, sentence_times
from annotate.preannotate.attachment import Attachment, allowed, has_role
from annotate.preannotate.doers import genitive_doer, handed_weapons
from annotate.preannotate.labels import (
    EVENT_AGREEMENT,
    EVENT_ATTACK,
    EVENT_CONTROL,
    EVENT_DIE,
    EVENT_DISARM,
    EVENT_INJURE,
    EVENT_MEET,
    EVENT_PHONE,
    EVENT_STATEMENT,
    EVENT_WITHDRAW,
    FAC,
    GPE,
    LOC,
    OCC,
    PER,
    ROLE_ARTIFACT,
    ROLE_INSTRUMENT,
    ROLE_MEDIATOR,
    ROLE_PARTICIPANT,
    ROLE_PLACE,
    ROLE_SPEAKER,
    ROLE_TERRITORY,
    ROLE_VICTIM,
    VALUE_NUM,
    WEA,
)
from annotate.preannotate.noun_speakers import noun_speaker, through_voice
from annotate.preannotate.phones import received_call
from annotate.preannotate.sentence import Mention, Sentence
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate, is_definite_nisba
from annotate.preannotate.subjects import SUBJECT_ROLE, prefixed, subject
from annotate.preannotate.talks import meeting_body, past_date_aside, past_titles
from annotate.preannotate.victims import coordinated_counts, count_after_phrase, count_before
from annotate.schema import EntityType, EventType, Role

_BEH: Final = "\N{ARABIC LETTER BEH}"
_WAW: Final = "\N{ARABIC LETTER WAW}"
_PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)
_SPEECH: Final = frozenset([EventType.STATEMENT, EventType.REQUEST, EventType.ACCUSE])
_DESCRIPTORS: Final = frozenset(
    ["اقليم", "منطقه", "مدينه", "بلده", "قريه", "جيب", "محافظه", "ولايه", "العاصمه"]
)
# Mediator cues that follow the event they name (a relative clause, a participation phrase).
_AFTER_CUES: Final = frozenset(
    [
        *("رعتها", "رعاها", "رعته", "وسطاء", "الوسطاء", "يرعاه", "ترعاه", "يرعاها", "ترعاها"),
        *("رعاه", "يشرف عليه", "تشرف عليه", "تشرف عليها", "يشرف عليها"),
    ]
)


def attach_all(
    ctx: Context,
    triggers: list[TriggerCandidate],
    verbal: list[bool],
    entities: list[Candidate],
    sentences: list[tuple[int, int]],
) -> list[list[Attachment]]:
    """The arguments of every trigger (`sentences[k]` bounds the k-th trigger's sentence)."""
    occs = [e for e in entities if e.label is OCC]  # by start, as `entities`
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
        speech = frozenset(k for k in ks if triggers[k].event_type in _SPEECH)
        for k in ks:
            subjects[k] = subject(sent, triggers[k], verbal[k], sent_occs, subjects, ks, speech)
        mediated = [triggers[k] for k in ks if has_role(triggers[k].event_type, ROLE_MEDIATOR)]
        trig_starts = sorted(triggers[k].start for k in ks)
        for k in ks:
            here = (verbal[k], subjects.get(k, []), mediated, trig_starts)
            _attach_one(sent, triggers[k], here, out[k], entities)
        sentence_times.times(sent, triggers, ks, out, entities)
        sentence_roles.sentence_roles(sent, triggers, verbal, ks, subjects, out, entities)
        sentence_roles.syntax_roles(sent, triggers, verbal, ks, subjects, out, entities)
    return out


# `لقي X حتفهم`: the verb of meeting one's death, split from its object by the count.
_MET: Final = frozenset(["لقي", "لقيت", "لقوا", "لقيا", "ولقي", "ولقيت", "ولقوا"])


def _met_count(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`لقي 19 شخصاً، بينهم أربعة جنود، حتفهم`, `لقي أربعة أشخاص على الأقل حتفهم`: the count
    after لقي before a death noun (حتفهم، مصرعهم) is its victim."""
    if not trig.key.startswith(_DEATH_NOUNS):
        return None
    stop = trig.start - len(trig.prefix)
    words = sent.ctx.text[max(sent.start, stop - 120) : stop].split()
    for back, w in enumerate(reversed(words)):
        if back > 14:
            return None
        if w.strip(",") in _MET:
            pos = sent.ctx.text.rfind(w, sent.start, stop) + len(w)
            found = sent.after(pos)
            if found is not None and found[1].label is VALUE_NUM and found[1].end <= stop:
                return found
            return None
    return None


_DEATH_NOUNS: Final = ("حتف", "مصرع")
# Words after which a name has ended: a preposition or a clitic opening the next phrase.
_PAST_NAME: Final = frozenset(
    ["في", "داخل", "قرب", "خلال", "علي", "من", "بعد", "اثر", "جراء", "عن"]
)


def _name_ends(ctx: Context, end: int) -> bool:
    """The name ending at `end` is whole: punctuation, a preposition or a word with و / ب / ل
    follows (not `مقتل النقيب عمر | الخوالدة`, a name cut short)."""
    word = ctx.word_at(end)
    if word is None or not word[2].isalpha():
        return True
    return word[2] in _PAST_NAME or word[2][0] in "وبل"


def _glued_weapon(sent: Sentence, trig: TriggerCandidate, starts: list[int]) -> int | None:
    """The weapon glued to ب after the casualties of a death or injury, within ten words of
    the trigger and its clause (`أُصيبتا برصاص قناصة`, `مقتل 9 وإصابة 14 بقذائف هاون`); past
    another trigger only one joined by و (`استُشهد X وأُصيب Y، بينهم Z، برصاص`)."""
    text = sent.ctx.text
    for j in range(bisect_left(sent.starts, trig.end), len(sent.entities)):
        i, e = sent.entities[j]
        if len(sent.words(trig.end, e.start)) > 10 or sent.across_clause(trig.end, e.start):
            return None
        if any(trig.end < t < e.start and text[t - 1 : t] != _WAW for t in starts):
            return None  # الجرحى، بينهم امرأتان أُصيبتا برصاص: the other trigger's weapon
        if e.label is WEA:
            glued = (
                text[e.start - 1 : e.start] == _BEH
                and not text[e.start - 2 : e.start - 1].isalpha()
            )
            return i if glued else None
    return None


def _claimed(
    ctx: Context, trig: TriggerCandidate, cue: int, mediated: list[TriggerCandidate]
) -> bool:
    """A mediator cue at `cue` modifies the event of another kind named nearer before it:
    `المحادثات بين X و Y في مسقط، برعاية Z، لم تفضِ إلى اتفاق` (the talks', not the
    agreement's), `إعلان المبادئ …، لكن جولات التفاوض برعاية Z` (the rounds'); but an event
    told under it (`صفقة برعاية Z أُطلق بموجبها سراح`) shares it."""
    before = [t for t in mediated if t.end <= cue]
    if trig.end <= cue:
        between = [t for t in before if t.start >= trig.end]
        return any(t.event_type is not trig.event_type for t in between)
    if not before:
        return False
    word = ctx.word_before(trig.start - len(trig.prefix))
    if word is not None and word[2] in _UNDER_IT:
        return False
    return max(before, key=lambda t: t.end).event_type is not trig.event_type


# `أُطلق بموجبها سراح`, `أُفرج خلالها عن`: an event under the one named before.
_UNDER_IT: Final = frozenset(["بموجبها", "بموجبه", "خلالها", "خلاله"])


# نظيره، نظيرته، نظرائه: "his counterpart", a title that only says the partner's rank.
_COUNTERPART: Final = ("نظير", "نظرا")


def _past_counterpart(ctx: Context, pos: int) -> int:
    """Past the nisba adjectives after a counterpart word (`بنظيره الأمريكي بيت هيغسيث`): where
    the partner's name may start."""
    word = ctx.word_at(pos)
    while word is not None and is_definite_nisba(word[2]):
        pos = word[1]
        word = ctx.word_at(pos)
    return pos


def _outer(entities: list[Candidate]) -> list[tuple[int, Candidate]]:
    """Mentions that may fill roles: not an OCC, not inside an OCC or another mention."""
    keys = [(e.start, -e.end) for e in entities]
    order = sorted(range(len(entities)), key=keys.__getitem__)
    occ_reach = reach = -1
    out: list[tuple[int, Candidate]] = []
    for i in order:
        e = entities[i]
        if e.label is OCC:
            occ_reach = max(occ_reach, e.end)
            continue
        if e.end > reach and e.end > occ_reach:
            out.append((i, e))
        reach = max(reach, e.end)
    return out


def _attach_one(
    sent: Sentence,
    trig: TriggerCandidate,
    here: tuple[bool, list[tuple[int, Candidate]], list[TriggerCandidate], list[int]],
    out: list[Attachment],
    entities: list[Candidate],
) -> None:
    """`here`: whether the trigger is verbal, its subject, the sentence's triggers that may
    have a Mediator and the starts of all its triggers."""
    verbal, subject, mediated, trigger_starts = here
    ctx = sent.ctx
    etype = trig.event_type
    used: set[int] = set()

    def add(role: Role, i: int, score: float) -> None:
        if i not in used and allowed(etype, role, entities[i]):
            out.append(Attachment(role, i, score))
            used.add(i)

    role = SUBJECT_ROLE.get(etype)
    if role is not None:
        for i, e in subject:
            if etype is EVENT_ATTACK and e.label is WEA:
                add(ROLE_INSTRUMENT, i, 0.6)  # شنّت مقاتلات إسرائيلية غارات: the weapon
            else:
                add(role, i, 0.7)

    party = sentence_roles.PARTY_ROLE.get(etype)
    if party is not None:
        # بين X و Y / مع X right after the trigger, or after the subject of a verb
        # (بحث الوزير X مع نظيره Y)
        origins = [trig.end]
        if verbal and subject and subject[-1][1].start >= trig.end:
            origins.append(subject[-1][1].end)
        for origin in origins:
            origin = past_date_aside(sent, origin)  # اتصال هاتفي، مساء الأربعاء، مع X
            window = ctx.text[origin : min(sent.end, origin + 40)]
            for cue, gap in ((" بين ", 0), (" مع ", 3)):
                k = window.find(cue)
                if k >= 0 and len(window[:k].split()) <= 2 and "," not in window[:k]:
                    after_cue = origin + k + len(cue)
                    found = sent.after(after_cue, max_gap=gap) or sent.after(
                        past_titles(sent, after_cue)  # مع رئيس مجلس السيادة الفريق أول X
                    )
                    if found is not None:
                        for i, _ in sent.chain(found)[:4]:
                            add(party, i, 0.65)

        if not verbal and etype is not EVENT_AGREEMENT:
            # اتصالاً هاتفياً برئيس الحكومة X، لقاء بالوزير X: the partner after a glued ب
            word = ctx.word_at(trig.end)
            if word is not None and word[2].startswith(_BEH) and len(word[2]) > 2:
                pos = sent.title_from.get(word[0] + 1, word[0] + 1)
                if word[2][1:].startswith(_COUNTERPART):
                    pos = _past_counterpart(ctx, word[1])  # بنظيره الأمريكي X
                found = sent.after(pos)
                if found is not None and found[1].start < word[1] + 60:
                    for i, _ in sent.chain(found)[:4]:
                        add(party, i, 0.6)

    if etype is EVENT_PHONE and not verbal:
        for i in received_call(sent, trig):
            add(ROLE_PARTICIPANT, i, 0.6)  # تلقى X اتصالاً من Y، اتصال تلقاه X من Y

    if has_role(etype, ROLE_MEDIATOR):
        for cue, k in sent.mediator_cues():
            if cue.startswith("اقترح") and not (0 <= k - trig.end < 4):
                continue  # the proposer of this very ceasefire: وقف لإطلاق النار اقترحته X
            if cue in _AFTER_CUES and not (0 <= k - trig.end < 90):
                continue  # محادثات جدة، التي رعتها X: the talks before the cue only
            if k >= 0 and abs(k - trig.start) < 120 and not _claimed(ctx, trig, k, mediated):
                pos = k + len(cue)
                word = ctx.word_at(pos)
                if word is not None and word[2] == "من":
                    pos = word[1]  # بوساطة من الإمارات، وسطاء من مصر
                # برعاية الرئيس البيساوي X: the holder of a title
                found = sent.after(pos, max_gap=1) or sent.after_title(pos)
                if found is not None:
                    for i, _ in sent.chain(found):
                        add(ROLE_MEDIATOR, i, 0.6)

    if etype in (EVENT_DIE, EVENT_INJURE):
        prev = sent.before(trig.start - len(trig.prefix))
        inside = [(i, e) for i, e in sent.entities if e.start <= trig.start < e.end]
        nxt = sent.after(trig.end)
        # إصابة العشرات: the genitive first; مقتل 5 وجرح 8: a coordinated verb's count follows
        svo = verbal and not trig.prefix.startswith(_WAW)
        if svo and prev is None:
            prev = count_before(sent, trig.start - len(trig.prefix))  # X على الأقل قُتلوا
        order = (prev, nxt) if svo else (nxt, prev)
        for cand in (inside[0] if inside else None, *order):
            if cand is not None and cand[1].label is VALUE_NUM:
                add(ROLE_VICTIM, cand[0], 0.7)
                for i in coordinated_counts(sent, cand, trigger_starts):
                    add(ROLE_VICTIM, i, 0.6)  # قُتل ثلاثة جنود وأربعة مسلحين
                break
        else:
            met = _met_count(sent, trig)
            if met is None and verbal:
                met = count_after_phrase(sent, trig.end, trigger_starts)  # قُتل فيها X
            if met is not None:
                add(ROLE_VICTIM, met[0], 0.65)
            elif not verbal:
                # مقتل رئيس الجهاز X، اغتيال "أبو علي": the person killed is the genitive
                named = sent.after_title(trig.end)
                # (the name alone: in مقتل X والدبيبة يحلّ the next is a new clause's subject)
                person = named is not None and named[1].label is PER
                if named is not None and person and _name_ends(ctx, named[1].end):
                    add(ROLE_VICTIM, named[0], 0.6)

    if etype in (EVENT_DIE, EVENT_INJURE):
        weapon = _glued_weapon(sent, trig, trigger_starts)
        if weapon is not None:
            add(ROLE_INSTRUMENT, weapon, 0.55)  # وأُصيب 11 آخرون، بينهم طفلان، برصاص X

    if etype in _SPEECH and verbal and role is not None:
        voice = through_voice(sent, subject[-1][1].end if subject else trig.end)
        if voice is not None:
            add(role, voice[0], 0.6)  # نفته نيودلهي على لسان المتحدث X

    if etype is EVENT_MEET and not verbal:
        body = meeting_body(sent, trig.end)
        if body is not None:
            add(ROLE_PARTICIPANT, body, 0.55)

    if etype is EVENT_STATEMENT and not verbal and not subject:
        for i, _ in noun_speaker(sent, trig):
            add(ROLE_SPEAKER, i, 0.6)

    if not verbal and not subject and role is not None:
        doer = genitive_doer(sent, trig)
        if doer is not None:
            for i, _ in sent.chain(doer):
                add(role, i, 0.6)

    if etype is EVENT_DISARM:
        found = sent.after(trig.end, max_gap=1)
        if found is not None and found[1].label is WEA:
            for i, _ in sent.chain(found):
                add(ROLE_ARTIFACT, i, 0.6)
        else:
            for i in handed_weapons(sent, trig.end, entities):
                add(ROLE_ARTIFACT, i, 0.55)

    if etype in (EVENT_WITHDRAW, EVENT_CONTROL) and not verbal:
        found = sent.after(trig.end)
        if found is not None and not prefixed(ctx, found[1]) and role is not None:
            # استعادة تينزاواتين: the place taken (but سيطرة باكو: the genitive controls)
            if etype is EVENT_CONTROL and found[1].label in _PLACES and "سيطر" not in trig.key:
                add(ROLE_TERRITORY, found[0], 0.6)
            elif not subject:
                add(role, found[0], 0.6)

    if has_role(etype, ROLE_PLACE):
        for j in range(bisect_left(sent.starts, trig.end), len(sent.entities)):
            i, e = sent.entities[j]
            if e.label not in (
                GPE,
                LOC,
                FAC,
            ):
                continue
            between = sent.words(trig.end, e.start)
            if len(between) > 5:
                break
            word = ctx.word_before(e.start)
            while word is not None and word[2] in _DESCRIPTORS:
                word = ctx.word_before(word[0])
            if word is not None and word[2] == "في" and "في" in between:
                add(ROLE_PLACE, i, 0.55)
            break
