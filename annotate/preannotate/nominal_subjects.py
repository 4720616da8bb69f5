"""The subject of a nominal trigger: the subject of a light verb before it (`بوتين أجرى
محادثة`, `تشن X منذ 2024 ضربات`) or of a relative clause after it (`العملية التي تشنها
أذربيجان`). Separate from `subjects.py`, which reads the subjects of verbs and calls this for
nouns; `before_verb` (where an SVO subject ends) serves both.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from annotate.preannotate.labels import EVENT_AGREEMENT, EVENT_ATTACK
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.sentence import MEDIATOR_CUES, Mention, Sentence
from annotate.preannotate.spans import Context, TriggerCandidate, is_definite_nisba
from annotate.schema import EntityType, EventType, ValueType

_LIGHT_VERBS: Final = frozenset(
    [
        "اجري",
        "اجرت",
        "يجري",
        "تجري",
        "عقد",
        "عقدت",
        "يعقد",
        "تعقد",
        "شن",
        "شنت",
        "يشن",
        "تشن",
        "شنوا",
        "بدات",
        "بدا",
        "بدء",
        "اطلاق",
        "نفذت",
        "تنفيذ",
        "اجراء",
        "خاضت",
        "خاض",
        # reaching and signing an agreement: توصلت X إلى اتفاق، وقع X وY على بيان مشترك
        *["توصل", "توصلت", "توصلا", "توصلوا", "التوصل", "وقع", "وقعت", "وقعا", "وقعوا"],
        # issuing a statement: أصدرت الوزارة بيانا، نشرت X بيانا
        *["اصدر", "اصدرت", "يصدر", "تصدر", "نشر", "نشرت", "ينشر", "تنشر", "وزعت", "القي", "القت"],
        # continuing: تواصل بغداد وواشنطن مشاوراتهما، واصلت القوات هجماتها
        *["تواصل", "يواصل", "واصلت", "واصل", "واصلوا", "تواصلان", "يواصلان", "يواصلون"],
        # claiming an attack names its doer: تبنّت الجماعة هجوماً
        *["تبنت", "تبني", "يتبني", "تتبني", "تبنوا", "تبنيا"],
        # the duals and plurals of holding and signing: عقدوا جولة، توقّعان اتفاقاً
        *["عقدا", "عقدوا", "يعقدان", "تعقدان", "يوقع", "توقع", "يوقعان", "توقعان"],
        # resuming talks or an attack: تستأنف X وY المفاوضات
        *["استانف", "استانفت", "يستانف", "تستانف", "استانفا", "استانفوا", "يستانفان"],
        "تستانفان",
        # the feminine duals: وقّعتا اتفاقاً، شنّتا عملية
        *["وقعتا", "توصلتا", "عقدتا", "شنتا", "اجرتا", "نفذتا", "خاضتا", "واصلتا", "استانفتا"],
    ]
)
RELATIVE: Final = frozenset(["التي", "الذي"])


_TIME_WORDS: Final = frozenset(["منذ", "في", "قد", ",", "خلال", "علي", "الي", '"'])
_TIMES: Final = (ValueType.DATE, ValueType.TIME, ValueType.DURATION)
_PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)
# A capital or city noun between في and the place name (العاصمة التشادية, مدينة).
_PLACE_WORDS: Final = frozenset(["العاصمه", "مدينه"])


# Participles tying a subject to its patron (حركة X المرتبطة بتنظيم القاعدة، المدعوم من Y).
_AFFILIATED: Final = frozenset(
    [
        *("المرتبطه", "المرتبط", "التابعه", "التابع", "المدعومه", "المدعوم", "المواليه"),
        *("الموالي", "المقربه", "المقرب", "المتحالفه", "المتحالف"),
    ]
)


def _past_modifiers(sent: Sentence, pos: int) -> int:
    """`pos` (the end of a subject) past what describes it: an adjective (`"X" المسلح`) and a
    participle of affiliation with its patron (`المرتبطة بتنظيم القاعدة`, `، المدعوم من
    رواندا،`)."""
    ctx = sent.ctx
    for _ in range(4):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or sent.after(pos) is not None:
            break
        if word[2] == '"':
            pos = word[1]  # the quote closing the subject's name
            continue
        if word[2] == ",":
            nxt = ctx.word_at(word[1])
            if nxt is None or nxt[2] not in _AFFILIATED:
                break
            word = nxt
        if word[2] in _AFFILIATED:
            nxt = ctx.word_at(word[1])
            at = nxt[1] if nxt is not None and nxt[2] == "من" else word[1]
            k = bisect_left(sent.starts, at)
            # the patron, glued to its preposition or not (بتنظيم القاعدة، لـX، من Y)
            if k >= len(sent.entities) or sent.entities[k][1].start > at + 3:
                break
            pos = sent.entities[k][1].end
        elif word[2].startswith("ال") and word[2].isalpha() and word[2] not in _TIME_WORDS:
            pos = word[1]  # "جيش X" المسلح
        else:
            break
    return pos


def _only_time(sent: Sentence, a: int, b: int) -> bool:
    """Nothing but dates, times, منذ / في / قد and the preposition of the object (على، إلى)
    between offsets `a` and `b` (the subject's modifiers after `a` skipped), and a place after
    في (`في العاصمة التشادية نجامينا`)."""
    a = _past_modifiers(sent, a)
    pos = a
    for _, e in sent.entities:
        if e.end <= a or e.start < a:
            continue
        if e.start >= b:
            break
        words = sent.words(pos, e.start)
        if e.label in _PLACES:
            while words and (words[-1] in _PLACE_WORDS or is_definite_nisba(words[-1])):
                words.pop()  # في العاصمة التشادية X
            if words[-1:] != ["في"]:
                return False
        elif e.label not in _TIMES:
            return False
        if not all(w in _TIME_WORDS for w in words):
            return False
        pos = e.end
    return all(w in _TIME_WORDS for w in sent.words(pos, b))


# a particle between an SVO subject and its verb: past قد, the negations لم and لن, a quote
_BEFORE_VERB: Final = frozenset(["قد", "لم", "لن", '"'])


def before_verb(ctx: Context, verb_start: int) -> int:
    """Where the subject of an SVO clause ends: before the verb, past قد, a negation and a
    quote mark (`X قد أعلن`, `X لم تنسحب`, `X "شدد`)."""
    pos = verb_start
    for _ in range(2):
        word = ctx.word_before(pos)
        if word is None or word[2] not in _BEFORE_VERB:
            break
        pos = word[0]
    return pos


_PREPOSITIONS: Final = frozenset(["في", "من", "الي", "علي"])


def _after_preposition(ctx: Context, start: int) -> bool:
    """A mention at `start` is the object of a preposition (`في الدوحة`)."""
    word = ctx.word_before(start)
    return word is not None and word[2] in _PREPOSITIONS


def nominal_subject(sent: Sentence, trig: TriggerCandidate) -> list[Mention]:
    """The subject of a light verb before a nominal trigger, or of a relative clause after it."""
    ctx = sent.ctx
    stop = trig.start - len(trig.prefix)
    left = ctx.text[max(sent.start, trig.start - 200) : stop].split()
    for back, word in enumerate(reversed(left[-16:])):
        w = word.rstrip(",")  # أجرى، مساء الأربعاء، اتصالاً: a comma glued to the verb
        if w in _LIGHT_VERBS or (w[:1] in "وف" and w[1:] in _LIGHT_VERBS):
            verb_start = ctx.text.rfind(w, sent.start, trig.start)
            found = sent.after_title(verb_start + len(w))
            if found is not None and found[1].label in _TIMES:
                found = None  # X أجرى مساء الإثنين اتصالاً: a date is no subject
            elif found is not None and _after_preposition(ctx, found[1].start):
                found = None  # X وY توقّعان في الدوحة اتفاقاً: a place is no subject
            if found is not None and found[1].end <= trig.start:
                chain = sent.chain(found)
                if back < 3 or _only_time(sent, chain[-1][1].end, stop):
                    return chain  # وتشن X وY منذ 12 يناير ضربات
                break
            # (a quote closing the subject's name is its own: حركة "إم23" توقّعان)
            prev = sent.before(before_verb(ctx, verb_start)) or sent.before(verb_start)
            if prev is not None and (back < 3 or _only_time(sent, verb_start + len(w), stop)):
                return sent.chain_before(prev)  # X قد شنت في 19 سبتمبر عملية
            break
    if trig.event_type is EVENT_ATTACK:
        owner = _possessor(sent, trig)
        if owner is not None:
            return [owner]
    nxt = ctx.word_at(trig.end)
    if nxt is not None and nxt[2] in RELATIVE:
        verb = ctx.word_at(nxt[1])
        # (not a sponsor: الحوار الذي يرعاه X names its mediator, `MEDIATOR_CUES`)
        if verb is not None and verb[2].endswith(("ها", "ه")) and verb[2] not in MEDIATOR_CUES:
            found = sent.after(verb[1])
            if found is not None:
                return sent.chain(found)
    return []


# Possessive endings of an attack noun (هجماتها، عمليتهم); a bare ه is left out: in the
# normalised text it is also the end of every feminine noun.
_POSSESSIVE: Final = ("ها", "هم", "هما")
_OWNERS: Final = (EntityType.GPE, EntityType.ORG)


def _possessor(sent: Sentence, trig: TriggerCandidate) -> Mention | None:
    """`ألا تستأنف إسرائيل هجماتها`, `أذربيجان لن توقف عمليتها`, `تكفّ X عن ضرباتها`: the
    owner of an attack noun with a possessive ending is the state or body named at most
    three words before it in its clause, the subject of the verb that governs the noun."""
    ctx = sent.ctx
    if not ctx.text[trig.start : trig.end].endswith(_POSSESSIVE):
        return None
    stop = trig.start - len(trig.prefix)
    for i, e in reversed(sent.entities):
        if e.end > stop:
            continue
        words = sent.words(e.end, stop)
        if (
            e.label not in _OWNERS
            or len(words) > 3
            or any(not w.isalpha() for w in words)
            or sent.across_clause(e.end, stop)
            or (e.start > 0 and ctx.text[e.start - 1].isalpha())
        ):
            return None
        return (i, e)
    return None


# Masdars announced by their doer (`أعلن الجيش استعادة X`, `تعلن الحكومة انسحاب قواتها`).
ANNOUNCED: Final = (EventType.CONTROL, EventType.WITHDRAW)
_ANNOUNCING: Final = frozenset(
    norm_key(w)
    for w in ["أعلن", "أعلنت", "يعلن", "تعلن", "أكد", "أكدت", "يؤكد", "تؤكد", "تعلنان", "يعلنان"]
)
# The masdar of announcing before its genitive subject: بعد إعلان وزارة الدفاع وقف إطلاق النار.
_ANNOUNCEMENT: Final = frozenset(norm_key(w) for w in ["إعلان", "بإعلان", "لإعلان", "وإعلان"])
# A pronoun on a masdar of taking or leaving: سيطرتها، سيطرته، انسحابهم (the copy spells ة as
# ه, so a bare ه after anything but ت is the noun's own ending).
_OWN: Final = ("ها", "هم", "هما", "\N{ARABIC LETTER TEH}\N{ARABIC LETTER HEH}")
_DOERS: Final = (EntityType.ORG, EntityType.GPE, EntityType.PER)


def declared_stop(trig: TriggerCandidate) -> bool:
    """A declared stop (وقف إطلاق النار، وقف الغارات): its announcer stops, a party to it."""
    return trig.event_type is EVENT_AGREEMENT and trig.key.startswith(_STOP)


_STOP: Final = ("وقف", "الوقف")


def announced_doer(sent: Sentence, trig: TriggerCandidate, told: list[Mention]) -> list[Mention]:
    """The doer of a masdar of taking, leaving or stopping: the announcer when the announcing
    verb stands right before it (`الجيش يعلن استعادة البلدة`, `told`: that verb's subject), or
    the subject of an announcing verb when the masdar carries its pronoun (`أعلنت X، مساء الأحد،
    سيطرتها على`, `أعلن "X" المسلح سيطرته`: past dates, commas and two adjectives); the one who
    declares a stop is a party to it also without one (`أعلن الرئيس X وقف الغارات`, `بعد إعلان
    وزارة الدفاع وقف إطلاق النار`)."""
    ctx = sent.ctx
    before = ctx.word_before(trig.start)
    if before is not None and before[2] in _ANNOUNCING:
        return told
    own = ctx.text[trig.start : trig.end].endswith(_OWN)
    if not own and trig.event_type is not EVENT_AGREEMENT:
        return []
    pos = trig.start
    adjectives = 0
    for _ in range(8):
        word = ctx.word_before(pos)
        if word is None:
            return []
        prev = sent.before(pos)
        if prev is not None and prev[1].label in _TIMES:
            pos = prev[1].start  # X، مساء الأحد، سيطرتها
        elif word[2] in (",", '"'):
            pos = word[0]
        elif word[2].startswith("ال") and prev is None and adjectives < 2:
            adjectives += 1  # "جيش X" المسلح سيطرته
            pos = word[0]
        else:
            break
    found = sent.before(pos)
    if found is None or found[1].label not in _DOERS:
        return []
    chain = sent.chain_before(found)
    head = chain[-1][1].start
    end = head
    while end > 0 and ctx.text[end - 1].isspace():
        end -= 1
    title = sent.title_at.get(end, -1)  # أعلن الرئيس الأمريكي X وقف الغارات
    verb = ctx.word_before(title if title >= 0 and not own else head)
    if verb is not None and verb[2] == '"':
        verb = ctx.word_before(verb[0])
    if verb is None or not (verb[2] in _ANNOUNCING or (not own and verb[2] in _ANNOUNCEMENT)):
        return []
    return chain
