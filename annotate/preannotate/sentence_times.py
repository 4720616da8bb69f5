"""Each date or time of a sentence to its nearest trigger, and a duration after a lasting
word (`استمرت`, `مدتها`) to the trigger before it. Separate from `sentence_roles.py`, which
shares the other roles across a sentence's triggers; this one only times them.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate import incidents
from annotate.preannotate.attachment import Attachment, allowed, propose
from annotate.preannotate.labels import EVENT_STATEMENT, ROLE_TIME, VALUE_DURATION, VALUE_TIME
from annotate.preannotate.sentence import Sentence
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.schema import EventType, ValueType

TIME_TYPES: Final = (ValueType.DATE, ValueType.TIME)
SPEECH: Final = (EventType.STATEMENT, EventType.REQUEST, EventType.ACCUSE)
_WAW: Final = "\N{ARABIC LETTER WAW}"
_BEH: Final = "\N{ARABIC LETTER BEH}"


# Words that make the noun after them the topic of talks (المفاوضات حول X، محادثات بشأن X).
_ABOUT: Final = frozenset(["حول", "بشان"])


_TALKING: Final = (EventType.MEET, EventType.STATEMENT)


def _topic(sent: Sentence, t: TriggerCandidate, trigs: list[TriggerCandidate]) -> bool:
    """A trigger after talks or a statement and حول / بشأن (`المفاوضات حول البروتوكولات`,
    `بيان صحفي بشأن الاشتباكات`) is what they are about, not an event a date after it dates
    (but `اتفاق بشأن الوقف الكامل لإطلاق النار اليوم`: the deal's own terms)."""
    ctx = sent.ctx
    before = ctx.word_before(t.start - len(t.prefix))
    if before is None or before[2] not in _ABOUT:
        return False
    talk = ctx.word_before(before[0])
    if talk is None:
        return False
    ends = {talk[1]}
    prev = ctx.word_before(talk[0])
    if prev is not None:
        ends.add(prev[1])  # بيان صحفي بشأن: past an adjective
    return any(u.event_type in _TALKING and u.end in ends for u in trigs)


def times(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ks: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """Each date or time of the sentence dates its nearest trigger (by words, a mention or a
    title counting as one word: `التقى مبعوث الأمم المتحدة هانس غروندبرغ، اليوم السبت`)."""
    for i, e in sent.entities:
        if e.label is VALUE_DURATION:
            _duration(sent, triggers, ks, out, i, e)
        if e.label not in TIME_TYPES or _entry_stamp(sent.ctx.text, e):
            continue
        best_k, best_gap = -1, 99
        incident_k, incident_gap = -1, 99
        # gaps are counted up to 8 words: past 6 no trigger gets the date anyway
        for k in ks:
            t = triggers[k]
            if t.end <= e.start:
                if sent.across_clause(t.end, e.start):
                    continue  # أعلنت الوزارة أن إسطنبول ستستضيف الأسبوع المقبل جولة
                if _topic(sent, t, [triggers[k2] for k2 in ks]):
                    continue  # تُستأنف المفاوضات حول البروتوكولات الأخرى الأسبوع المقبل
                gap = sent.mention_gap(t.end, e.start)
            elif e.end <= t.start:
                gap = sent.mention_gap(e.end, t.start) + 1  # prefer the trigger before
                if t.event_type in SPEECH and _new_clause(sent, e.end, t):
                    continue
                if _governed(sent, e, t):
                    continue
            else:
                continue
            if gap < best_gap:
                best_k, best_gap = k, gap
            if t.event_type in incidents.INCIDENTS and t.end <= e.start and gap < incident_gap:
                incident_k, incident_gap = k, gap
        if (
            best_k >= 0
            and triggers[best_k].event_type is EVENT_STATEMENT
            and incident_k >= 0
            and e.end <= triggers[best_k].start
        ):
            # قُتل 3 في غارة على حي سكني فجر اليوم، فيما أعلن الجيش: the time dates the
            # incident told before it, however far, not the statement
            best_k, best_gap = incident_k, 0
        if (
            best_k >= 0
            and best_gap <= 6
            and not any(a.role is ROLE_TIME for a in out[best_k])
            and allowed(triggers[best_k].event_type, ROLE_TIME, entities[i])
        ):
            out[best_k].append(Attachment(ROLE_TIME, i, 0.6))
    _same_act(sent, triggers, ks, out, entities)
    _heading_date(sent, triggers, ks, out, entities)


# Prepositions before the noun that says how a verb's act was done: قال في بيان، بحث في
# اتصال هاتفي، أكد خلال مؤتمر صحفي، أعلن عبر منصة.
_MANNER: Final = frozenset(["في", "خلال", "عبر"])
# The verb and the noun of one act: a statement in a speech act, a call in a call.
_SAME_ACT: Final = {
    EventType.STATEMENT: SPEECH,
    EventType.PHONE: (EventType.PHONE,),
    EventType.MEET: (EventType.MEET,),
}


def _same_act(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ks: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`اتهمت الوزارة، في بيان مساء الإثنين، X`, `بحث X في اتصال هاتفي مع Y، مساء اليوم`: the
    noun after في / خلال that says how the verb before it was done names the same act, so
    the date of one dates the other."""
    ordered = sorted(ks, key=lambda k: triggers[k].start)
    for n in range(1, len(ordered)):
        noun, verb = triggers[ordered[n]], triggers[ordered[n - 1]]
        if verb.event_type not in _SAME_ACT.get(noun.event_type, ()):
            continue
        before = sent.ctx.word_before(noun.start - len(noun.prefix))
        if before is None or before[2] not in _MANNER or noun.prefix:
            continue
        if sent.mention_gap(verb.end, before[0]) > 4 or sent.across_clause(verb.end, noun.start):
            continue
        pair = (out[ordered[n - 1]], out[ordered[n]])
        for mine, other, trig in ((pair[0], pair[1], noun), (pair[1], pair[0], verb)):
            if any(a.role is ROLE_TIME for a in other):
                continue
            for a in mine:
                if a.role is ROLE_TIME:
                    propose(
                        other,
                        trig.event_type,
                        ROLE_TIME,
                        a.entity,
                        a.score * 0.9,
                        entities[a.entity],
                    )


_DASHES: Final = ("-", "\N{EN DASH}", "\N{EM DASH}")


def _entry_stamp(text: str, e: Candidate) -> bool:
    """A live blog's entry timestamp (`20:10 - قال …` at a line start) heads the entry and
    dates none of its events: they take their time from the entry's own words."""
    if e.label is not VALUE_TIME:
        return False
    if text[text.rfind("\n", 0, e.start) + 1 : e.start].strip():
        return False
    return text[e.end : e.end + 4].lstrip(" \t")[:1] in _DASHES


def _new_clause(sent: Sentence, a: int, trig: TriggerCandidate) -> bool:
    """A speech verb coordinated after a comma (`…في آذار 2020، وأعلنت`, `، وقد طالب`): a
    date before it belongs to the clause the comma ends."""
    text = sent.ctx.text
    stop = trig.start - len(trig.prefix)
    comma = text.rfind(",", a, stop)
    if comma < 0:
        return False
    gap = text[comma + 1 : stop].split()
    return (not gap and trig.prefix.startswith(_WAW)) or gap == ["وقد"]


# Prepositions and adverbs that put an event noun under the predicate before them:
# `مدّد ولايتها حتى آذار، داعياً الطرفين إلى سحب`, `رعتها بكين في كانون الثاني، عبر قصف`.
_GOVERNORS: Final = frozenset(
    ["الي", "علي", "عبر", "وسط", "اثر", "عقب", "بعدما", "تنفيذا", "لتنفيذ"]
)
# `توصل الطرفان، في آذار، إلى اتفاق`: reaching an agreement is the agreement itself.
_REACHING: Final = "توصل"


def _governed(sent: Sentence, e: Candidate, trig: TriggerCandidate) -> bool:
    """A trigger after a date that a preposition or adverb between them (إلى، على، عبر، وسط،
    إثر، بعدما، تنفيذاً ل) or a glued ب (`بطلب من`, `بقتل`) attaches to the predicate before
    the date: the date is that predicate's, not this event's."""
    if _BEH in trig.prefix:
        return True
    words = [w.strip('",') for w in sent.words(e.end, trig.start - len(trig.prefix))]
    if not any(w in _GOVERNORS for w in words):
        return False
    if "الي" not in words:
        return True
    # the reaching verb before إلى, before the date or right after it
    before = sent.words(max(sent.start, e.start - 60), e.start)[-6:]
    return not any(_REACHING in w for w in (*before, *words))


# Words that make a duration the length of the event before them (استمرت 24 ساعة).
_LASTING: Final = frozenset(
    ["استمر", "استمرت", "تستمر", "يستمر", "مدته", "مدتها", "مدار", "طيله", "لمده", "دامت", "دام"]
)


def _duration(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ks: list[int],
    out: list[list[Attachment]],
    i: int,
    e: Candidate,
) -> None:
    """`معارك استمرت لنحو شهر ونصف`, `هدنة أولى مدتها ستة أسابيع`: a duration after a
    lasting word times the trigger right before it (at most three words before the word)."""
    ctx = sent.ctx
    word = ctx.word_before(e.start)
    if word is not None and word[2] in ("علي", "ل"):
        word = ctx.word_before(word[0])
    if word is None or word[2] not in _LASTING:
        return
    before = [k for k in ks if triggers[k].end <= word[0]]
    if not before:
        return
    k = max(before, key=lambda k: triggers[k].end)
    if sent.mention_gap(triggers[k].end, word[0]) <= 3:
        propose(out[k], triggers[k].event_type, ROLE_TIME, i, 0.55, e)


# Words that may stand before a date heading a sentence: في، ففي، وفي، a bullet dash.
_HEAD_WORDS: Final = frozenset(["في", "ففي", "وفي", "-", "\N{EN DASH}"])


def _heading_date(
    sent: Sentence,
    triggers: list[TriggerCandidate],
    ks: list[int],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`ففي فجر الثلاثاء الماضي تعرّض موقع … لهجوم`, `- ١١ آذار/مارس: سيطر الجيش …`: a date
    heading the sentence dates its first event, however far (the nearest-trigger rule stops
    at six words)."""
    if not sent.entities or not ks:
        return
    i, e = sent.entities[0]
    if e.label not in TIME_TYPES or _entry_stamp(sent.ctx.text, e):
        return  # a live blog's entry stamp dates no event
    if not all(w in _HEAD_WORDS for w in sent.words(sent.start, e.start)):
        return
    first = min(ks, key=lambda k: triggers[k].start)
    trig = triggers[first]
    if trig.start < e.end or any(a.role is ROLE_TIME for a in out[first]):
        return
    if any(a.entity == i for k in ks for a in out[k]):
        return  # the date already dates an event of the sentence
    propose(out[first], trig.event_type, ROLE_TIME, i, 0.5, e)
