"""Sentence-level roles of incidents (attacks, deaths, injuries) and of a few other patterns
that the one-trigger rules of `arguments.py` miss.

A casualty sentence names its place and time once for all its events (`قُتل 7 مدنيين وأصيب
11 آخرون جراء قصف صاروخي على خاركيف فجر اليوم`: the place and the time belong to the three
events), so the Place and Time one incident gets are shared by every incident of the sentence.
Besides:
- Place: a GPE/LOC/FAC after في (place descriptors such as مدينة are skipped) anywhere in the
  sentence, the nearest after the trigger first;
- Attack Instrument: a weapon mention after ب / باستخدام (قصف بالمدفعية، بطائرات مسيرة), with
  the weapons coordinated after it;
- Attack Target: the mention after على (هجوم على الفاشر) and the object right after the
  subject of an attack verb (هاجمت روسيا أوكرانيا);
- Attack Attacker: a ل-genitive right after the noun (هجوم لقوات X) or the subject of a
  light verb with a pronoun object after it (هجوماً واسعاً شنته قوات X);
- Release Person: the count right after the trigger or after (خلالها) عن (تبادل 200 أسير);
- Meet Place: a place name in construct right after the noun (محادثات جدة).

Each rule proposes (role, entity) pairs; `arguments.py` checks them against the schema.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate.caused import CAUSING
from annotate.preannotate.doers import fighters_of
from annotate.preannotate.labels import (
    FAC,
    GPE,
    LOC,
    NORP,
    ORG,
    ROLE_ATTACKER,
    ROLE_PERSON,
    ROLE_PLACE,
    ROLE_TARGET,
    VALUE_NUM,
    WEA,
)
from annotate.preannotate.sentence import Proposal, Sentence
from annotate.preannotate.spans import Candidate, Context, TriggerCandidate, is_definite_nisba
from annotate.schema import EntityType, EventType, ValueType

INCIDENTS: Final = frozenset([EventType.ATTACK, EventType.DIE, EventType.INJURE])
_PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)
_DESCRIPTORS: Final = frozenset(
    [
        *["اقليم", "منطقه", "مدينه", "بلده", "قريه", "جيب", "محافظه", "ولايه", "العاصمه"],
        *["مخيم", "حي", "احياء", "ضاحيه", "مقاطعه", "شمال", "جنوب", "شرق", "غرب", "وسط"],
        *["شمالي", "جنوبي", "شرقي", "غربي", "ريف", "مناطق", "قطاع", "عده", "بعض"],
        # duals and plurals: على بلدتي X وY، في قرى X
        *["بلدتي", "قريتي", "مدينتي", "بلدات", "قري", "مدن", "محافظتي", "قضاء", "ناحيه"],
    ]
)
# Words before a place that locate an incident: في، قرب، عند مدخل، في محيط، بالقرب من.
_AT: Final = frozenset(["في", "قرب", "عند", "مدخل", "محيط", "بمحيط", "اطراف", "ضواحي", "مشارف"])
_NEAR: Final = frozenset(["بالقرب", "مقربه"])
_INSTRUMENT_CUES: Final = frozenset(["باستخدام", "عبر", "بواسطه"])
# Light verbs with an object pronoun: the attack noun before them is their object.
_LIGHT_OBJECT: Final = frozenset(
    [
        *["شنته", "شنتها", "نفذته", "نفذتها", "شنه", "شنها", "نفذه", "نفذها"],
        # laying an ambush, claiming or committing an attack: كمين نصبه X، هجوم تبناه X
        *["نصبه", "نصبته", "نصبها", "نصبتها", "تبناه", "تبنته", "تبناها", "تبنتها"],
        *["ارتكبه", "ارتكبته", "ارتكبها", "ارتكبتها"],
    ]
)

_LAM: Final = "\N{ARABIC LETTER LAM}"
# `أُفرج خلالها عن 40`: the pronoun of the truce or deal under which people are released.
_DURING_IT: Final = frozenset(["خلالها", "خلاله", "بموجبها", "بموجبه"])


def _cue_before(sent: Sentence, e: Candidate) -> str:
    """The word before a mention, past place descriptors (في مدينة رفح → في)."""
    ctx = sent.ctx
    word = ctx.word_before(e.start)
    while word is not None:
        if word[2] not in _DESCRIPTORS and not _descriptor_nisba(ctx, word):
            break
        word = ctx.word_before(word[0])
    return word[2] if word is not None else ""


def _descriptor_nisba(ctx: Context, word: tuple[int, int, str]) -> bool:
    """`العاصمة الليبية`: a definite nisba adjective after a place descriptor."""
    if not is_definite_nisba(word[2]):
        return False
    head = ctx.word_before(word[0])
    return head is not None and head[2] in _DESCRIPTORS


def places(sent: Sentence) -> list[tuple[int, Candidate]]:
    """The places of a sentence: GPE/LOC/FAC mentions after في (descriptors skipped); a
    place that only locates the named place before it (`قرية X في إقليم Y`) stands for it."""
    ctx = sent.ctx
    out: list[tuple[int, Candidate]] = []
    for i, e in sent.entities:
        glued = e.start == 0 or ctx.text[e.start - 1].isalpha()
        if e.label in _PLACES and not glued and _locates(sent, e):
            found = contained(sent, e) or (i, e)
            if all(found[0] != k for k, _ in out):
                out.append(found)
    return out


# Cues by which one place locates another right before it: قرية X في إقليم Y، بلدة X قرب Y.
_LOCATING: Final = frozenset(["في", "قرب"])


def contained(sent: Sentence, e: Candidate) -> tuple[int, Candidate] | None:
    """`(على) قرية X في إقليم Y`, `مخيم X في منطقة Y`, `بلدة X قرب جسر Y`: the named place X
    right before the cue of place `e`, when X is a facility, a land feature or a place named
    after a descriptor; `e` only says where X lies, X is where things happen."""
    ctx = sent.ctx
    word = ctx.word_before(e.start)
    while word is not None and (word[2] in _DESCRIPTORS or _descriptor_nisba(ctx, word)):
        word = ctx.word_before(word[0])
    if word is None or word[2] not in _LOCATING:
        return None
    found = sent.before(word[0])
    if found is None or found[1].label not in _PLACES:
        return None
    head = ctx.word_before(found[1].start)
    if head is None:
        return None
    # اسرائيل في غزة، تعرض حقل X في قضاء Y: a subject before في is no place of the event
    if head[2] in _DESCRIPTORS or (found[1].label is not GPE and head[2] in _TOWARDS):
        return found
    return None


# Prepositions before a facility or land feature that make it a place: على خط X في Y.
_TOWARDS: Final = frozenset(["علي", "في", "قرب", "عند", "الي", "داخل"])


def _locates(sent: Sentence, e: Candidate) -> bool:
    """The cue before a place says where something happened (في، قرب، عند، بالقرب من)."""
    cue = _cue_before(sent, e)
    if cue in _AT:
        return True
    if cue != "من":
        return False
    pos = sent.ctx.text.rfind("من", sent.start, e.start)
    near = sent.ctx.word_before(pos)
    return near is not None and near[2] in _NEAR


def place_for(
    sent: Sentence,
    trig: TriggerCandidate,
    found: list[tuple[int, Candidate]],
    others: list[TriggerCandidate],
) -> int | None:
    """The place of a trigger: the first after it, else the last before it; never one across
    a clause opener (`تصدت القوات للهجوم، مضيفاً أن طائراتها تلاحق المهاجمين في غابة X`,
    `قالت السلطات في X إن 31 قُتلوا`) nor past an event of another kind (`جاء الهجوم بعد
    اجتماع عقده الجانبان في X`, `معارك …، دخل اتفاق وقف إطلاق النار في X`): another
    predicate is placed there. `others`: the sentence's triggers that are no incidents."""
    found = [
        (i, e)
        for i, e in found
        if not across(sent, trig, e) and not separated(sent, trig, e, others)
    ]
    after = [i for i, e in found if e.start >= trig.end]
    if after:
        return after[0]
    before = [i for i, e in found if e.end <= trig.start]
    return before[-1] if before else None


def separated(
    sent: Sentence, trig: TriggerCandidate, e: Candidate, others: list[TriggerCandidate]
) -> bool:
    """One of `others` (the sentence's triggers that are no incidents) lies between `trig`
    and mention `e`, not led to by a causing verb."""
    return any(_between(sent, t, trig, e) for t in others)


def _between(sent: Sentence, t: TriggerCandidate, trig: TriggerCandidate, e: Candidate) -> bool:
    """Trigger `t` lies between trigger `trig` and mention `e`, and no causing verb links
    them (`شنت هجمات أدت إلى استعادة السيطرة على مناطق في X`: the attacks' place too)."""
    a, b = (trig.end, e.start) if e.start >= trig.end else (e.end, trig.start)
    if not (a <= t.start and t.end <= b):
        return False
    return not any(w in CAUSING for w in sent.words(a, t.start)[-3:])


def across(sent: Sentence, trig: TriggerCandidate, e: Candidate) -> bool:
    """A clause opener between the trigger and mention `e` (either order)."""
    if e.start >= trig.end:
        return sent.across_clause(trig.end, e.start)
    return sent.across_clause(e.end, trig.start - len(trig.prefix))


# The bare firing verb kept by triggers.py only as a passive after its projectile
# (قذائف أطلقت من …, طلقات عدة أطلقت).
_FIRED: Final = frozenset(["اطلقت", "اطلق", "اطلقا"])


def fired_from(sent: Sentence, trig: TriggerCandidate) -> bool:
    """`أطلقت من مواقع X`: a passive firing that names where the fire came from has that
    origin, not a place of the sentence, for its place."""
    word = sent.ctx.word_at(trig.end)
    return trig.key in _FIRED and word is not None and word[2] == "من"


def instruments(sent: Sentence, trig: TriggerCandidate, limit: int) -> list[int]:
    """Weapons after ب or باستخدام between an attack trigger and `limit` (the next trigger);
    for a passive firing, the projectile just before it (`طلقات عدة أطلقت`)."""
    ctx = sent.ctx
    if trig.key in _FIRED:
        k = bisect_left(sent.ends, trig.start - len(trig.prefix) + 1) - 1
        if k >= 0:
            i, e = sent.entities[k]
            if e.label is WEA and len(sent.words(e.end, trig.start)) <= 1:
                return [i]
    j = bisect_left(sent.starts, trig.end)
    while j < len(sent.entities):
        i, e = sent.entities[j]
        if e.start >= limit or len(sent.words(trig.end, e.start)) > 8:
            break
        if e.label is WEA:
            cue = ctx.word_before(e.start)
            glued = ctx.text[e.start - 1 : e.start] == "\N{ARABIC LETTER BEH}"
            if glued or (cue is not None and cue[2] in _INSTRUMENT_CUES):
                return _weapons(sent, (i, e))
        j += 1
    return []


_MODEL_GAP: Final = frozenset(["من", "طراز", "نوع", "و", ","])


def _weapons(sent: Sentence, first: tuple[int, Candidate]) -> list[int]:
    """A weapon and the weapons and models after it (`بطائرات مسيرة من طراز "شاهد" وصواريخ
    باليستية من طراز "إسكندر"`)."""
    out = [first[0]]
    pos = first[1].end
    j = bisect_left(sent.starts, pos)
    while j < len(sent.entities):
        i, e = sent.entities[j]
        gap = sent.ctx.text[pos : e.start].replace('"', " ").split()
        if e.label is not WEA or len(gap) > 3 or not all(w in _MODEL_GAP for w in gap):
            break
        if gap and gap[0] == "و" and len(gap) > 1:
            break
        out.append(i)
        pos = e.end
        j += 1
    return out


def targets(sent: Sentence, trig: TriggerCandidate, subject_end: int, limit: int) -> list[Proposal]:
    """Attack targets: after على within six words and before the next trigger at `limit`
    (`إذا استمر إطلاق الصواريخ على حيفا`: the firing's), or the object after a verb's
    subject."""
    ctx = sent.ctx
    out: list[Proposal] = []
    for i, e in sent.entities[bisect_left(sent.starts, trig.end) :]:
        gap = sent.words(trig.end, e.start)
        if sent.mention_gap(trig.end, e.start) > 6 or "," in gap or e.start >= limit:
            break
        if _cue_before(sent, e) == "علي":
            out.append((ROLE_PLACE if _area(sent, e) else ROLE_TARGET, i, 0.55))
            break
    if subject_end > 0:
        found = sent.after(subject_end)
        if found is not None and not ctx.text[found[1].start - 1].isalpha():
            out.append((ROLE_TARGET, found[0], 0.5))
    return out


# Descriptors of a town or camp: the name after one is a place, never a doer (بلدة X).
_TOWNS: Final = frozenset(
    [*("مدينه", "بلده", "قريه", "حي", "بلدتي", "قريتي", "مدينتي", "بلدات", "قري", "مدن")]
)
# A camp people live in is where a raid happens, not what it strikes (اقتحمت مخيم جنين).
_CAMP: Final = "مخيم"
_TIMES: Final = (ValueType.DATE, ValueType.TIME)


def object_place(sent: Sentence, trig: TriggerCandidate) -> list[Proposal]:
    """`هاجموا فجر الأربعاء بلدة X`, `تقصف مطار X وميناء Y`: a facility or a town named with
    its descriptor right after an attack verb (past dates and times) is what it struck."""
    pos = trig.end
    found = sent.after(pos)
    while found is not None and found[1].label in _TIMES:
        pos = found[1].end
        found = sent.after(pos)
    if found is None:
        word = sent.ctx.word_at(pos)
        if word is None or word[2] not in _TOWNS:
            return []
        found = sent.after(word[1])
        if found is None or found[1].label not in (GPE, LOC):
            return []
    elif found[1].label is not FAC or sent.ctx.text.startswith(_CAMP, found[1].start):
        return []
    return [(ROLE_TARGET, i, 0.5) for i, e in sent.chain(found) if e.label in _PLACE_TYPES]


_PLACE_TYPES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)


# Compass descriptors: `على بلدات جنوب لبنان` strikes towns that lie in the south of Lebanon.
_COMPASS: Final = frozenset(["شمال", "جنوب", "شرق", "غرب", "وسط", "شمالي", "جنوبي", "شرقي", "غربي"])
# Heads of a facility one moves along: `على طريق X`, `على خط المراقبة`.
_ROUTES: Final = frozenset(["طريق", "الطريق", "خط", "الخط", "شارع", "الشارع", "اوتوستراد"])


def _area(sent: Sentence, e: Candidate) -> bool:
    """A mention after على that says where the attack fell rather than what it hit: a land
    feature or sea (`كمين على نهر X`), a route (`على طريق X`, `قصف على خط المراقبة`) or a
    country or region reached through a compass word (`غارات على بلدات جنوب لبنان`)."""
    if e.label is LOC:
        return True
    ctx = sent.ctx
    if e.label is FAC:
        return ctx.text[e.start : e.end].split()[0] in _ROUTES
    word = ctx.word_before(e.start)
    while word is not None and (word[2] in _DESCRIPTORS or _descriptor_nisba(ctx, word)):
        if word[2] in _COMPASS:
            return True
        word = ctx.word_before(word[0])
    return False


def attackers(sent: Sentence, trig: TriggerCandidate) -> list[Proposal]:
    """`هجوم لقوات X` and `هجوماً (واسعاً) شنته قوات X`."""
    ctx = sent.ctx
    out: list[Proposal] = []
    found = sent.after(trig.end, max_gap=1)
    if (
        found is not None
        and lam_before(ctx, found[1].start)
        and found[1].label in (ORG, NORP, GPE)
        and sent.words(trig.end, found[1].start) in ([], [_LAM], [_LAM + '"'])
    ):
        out.append((ROLE_ATTACKER, found[0], 0.55))
    pos = trig.end
    for _ in range(2):
        word = ctx.word_at(pos)
        if word is None:
            break
        if word[2] in _LIGHT_OBJECT:
            # هجوم شنّه مسلحون من X، كمين نصبه مسلحو "X": the body of its fighters
            found = sent.after(word[1]) or fighters_of(sent, word[1])
            if found is not None:
                out.extend((ROLE_ATTACKER, i, 0.6) for i, _ in sent.chain(found))
            break
        pos = word[1]
    return out


def lam_before(ctx: Context, start: int) -> bool:
    """A ل glued to the mention, also through a quote mark (`لـ"الدعم السريع"`)."""
    if start > 0 and ctx.text[start - 1] == '"':
        start -= 1
    return start > 0 and ctx.text[start - 1] == _LAM


def released(sent: Sentence, trig: TriggerCandidate) -> list[Proposal]:
    """The count of people released or exchanged, right after the trigger or after عن."""
    found = sent.after(trig.end, max_gap=2)
    if found is None or found[1].label is not VALUE_NUM:
        return _freed_after_an(sent, trig)
    gap = sent.words(trig.end, found[1].start)
    if (gap and gap[-1:] != ["عن"]) or (len(gap) == 2 and gap[0] not in _DURING_IT):
        return _freed_after_an(sent, trig)
    return [(ROLE_PERSON, found[0], 0.6)]


_FREED: Final = (ValueType.NUM, EntityType.PER, EntityType.NORP)
_STOPS: Final = frozenset([".", ":", "ان", "انه", "انها", "بان", "الذي", "التي", "الذين"])


def _freed_after_an(sent: Sentence, trig: TriggerCandidate) -> list[Proposal]:
    """`أفرجت X، مساء الأحد، عن 12 أسيراً`, `الإفراج الفوري عن ثلاثة مهندسين`, `إفراج داكار
    عن 18 معتقلاً`, `أفرجت السلطات عن الأسير X`: the people after the first عن past the
    doer, a date and an adjective (a title before a name skipped); not past a clause opener
    or a relative, whose عن belongs to another verb."""
    ctx = sent.ctx
    pos = trig.end
    for _ in range(12):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or word[2] in _STOPS:
            return []
        if word[2] == "عن":
            break
        pos = word[1]
    else:
        return []
    if sent.mention_gap(trig.end, word[0]) > 5:
        return []
    pos = word[1]
    nxt = ctx.word_at(pos)
    if nxt is not None and nxt[0] in sent.title_from:
        pos = sent.title_from[nxt[0]]  # عن الرئيس المعزول X
    found = sent.after(pos)
    if found is None or found[1].label not in _FREED:
        return []
    return [(ROLE_PERSON, found[0], 0.55)]


def meet_place(sent: Sentence, trig: TriggerCandidate) -> list[Proposal]:
    """`محادثات جدة`, `اتفاق بريتوريا`: a place name in construct right after a meeting or
    agreement noun (not a quoted name: `بروتوكول «X»` is named after the place)."""
    found = sent.after(trig.end)
    if found is None or found[1].label not in (GPE, FAC):
        return []
    if sent.ctx.text[found[1].start - 1].isalpha() or sent.ctx.text[found[1].start - 1] == '"':
        return []
    return [(ROLE_PLACE, found[0], 0.55)]
