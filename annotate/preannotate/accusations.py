"""The accused of an accusation verb: the mention right before its ب-masdar complement
(`اتهم X Y بتسليح`), or before the responsibility a blaming verb lays (`حمّل X Y المسؤولية`),
read off the clause after the verb; and what the accused is said to have done
(`accused_doers`: the doer of that masdar, a party of the truce it broke)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Final

from annotate.preannotate.attachment import Attachment, propose, role_holders
from annotate.preannotate.labels import EVENT_ACCUSE, EVENT_AGREEMENT, ROLE_ACCUSED, ROLE_PARTY
from annotate.preannotate.sentence import CLAUSE, Mention, Sentence
from annotate.preannotate.spans import Candidate, TriggerCandidate
from annotate.preannotate.subjects import SUBJECT_ROLE
from annotate.schema import EntityType, EventType, Role, ValueType

_VALUES: Final = (ValueType.DATE, ValueType.TIME, ValueType.DURATION)
_PARTIES: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
_BEH: Final = "\N{ARABIC LETTER BEH}"

# ب-words that open no complement of an accusation (بشأن، بسبب، بحسب، بعد، بين).
_NOT_MASDAR: Final = frozenset(
    ["باسم", "بشان", "بسبب", "بحسب", "بعد", "بين", "بينما", "بينهم", "بدوره", "بدورها"]
)


# Blaming verbs (حمّل X Y المسؤولية): their complement is the responsibility, not a ب-masdar.
_BLAME: Final = frozenset(["حمل", "حملت", "حملوا", "حملا", "يحمل", "تحمل", "يحملون"])
_RESPONSIBILITY: Final = "مسووليه"


def accused(sent: Sentence, trig: TriggerCandidate, fronted: bool) -> list[int]:
    """The accused of an accusation verb: before its ب-masdar (`_before_masdar`), else the
    object right after a participle or after a verb whose subject stands before it
    (`متهماً الرئيس X`, `X قد اتهمت Y مراراً بـ`): neither has a subject after it."""
    found = _before_masdar(sent, trig, fronted)
    if found or not (fronted or _participle(trig.key)):
        return found
    pos = trig.end
    word = sent.ctx.word_at(pos)
    if word is not None and word[2] in _IN_TURN:
        pos = word[1]  # متهماً بدوره "X"
    first = sent.after_title(pos)
    if first is None or first[1].label not in _OBJECTS:
        return []
    if sent.ctx.text[first[1].start - 1].isalpha():
        return []  # glued to a preposition: متهماً لـ
    return [i for i, _ in sent.chain(first)]


_OBJECTS: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE, EntityType.NORP)
_IN_TURN: Final = frozenset(["بدوره", "بدورها"])
_MEEM: Final = "\N{ARABIC LETTER MEEM}"


def _participle(key: str) -> bool:
    """`متهماً`, `منتقدةً`, `مندداً`: an accusation participle (one word, م-, accusative)."""
    return " " not in key and key.startswith(_MEEM) and key.endswith(("ا", "ه"))


def _before_masdar(sent: Sentence, trig: TriggerCandidate, fronted: bool) -> list[int]:
    """`اتهم (مستشار الرئيس X)، اليوم، إريتريا بتسليح …`: the mention right before the
    ب-masdar of an accusation verb is the accused when words stand between it and the verb
    (the subject, named or not) or the subject stands before the verb (`fronted`)."""
    ctx = sent.ctx
    pos = trig.end
    for _ in range(16):
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end or word[2] in (".", ";") or word[2] in CLAUSE:
            return []
        pos = word[1]
        w = word[2]
        if w == "," and not _value_edge(sent, word[0], word[1]):
            return []  # a comma ends the clause unless it sets off a date (X، اليوم، Y بـ)
        blamed = trig.key in _BLAME and w.endswith(_RESPONSIBILITY)
        # بـ"ترهيب السكان": the ب apart from its quoted masdar (the copy drops the tatweel)
        quoted = w == _BEH and ctx.text[word[1] : word[1] + 1] == '"'
        if not (blamed or quoted) and (not w.startswith(_BEH) or len(w) <= 3 or w in _NOT_MASDAR):
            continue
        j = bisect_left(sent.ends, word[0] + 1)
        if j < len(sent.entities) and sent.entities[j][1].start < word[1]:
            continue  # a mention (بغداد) or a mention glued to ب (بالجيش)
        edge = word[0]
        while edge > 0 and ctx.text[edge - 1] in ' "':
            edge -= 1  # مرتزقة "فاغنر" بإعدام: a quoted name
        last = sent.before(edge)
        if last is None or last[1].label not in _PARTIES:
            return []
        chain: list[Mention] = []
        for m in sent.chain_before(last):
            if m[1].label in _VALUES:
                break  # سمير علي، اليوم الثلاثاء، إريتريا: a date ends the coordination
            chain.append(m)
        first = chain[-1][1]
        if first.start > 0 and ctx.text[first.start - 1].isalpha():
            return []  # glued to a preposition: لروسيا، وإيران
        if _inside_phrase(sent, trig.end, first.start):
            return []
        head = first.start
        title = sent.title_at.get(_word_end(sent, head), -1)
        if title >= trig.end:
            head = title  # اتهم الرئيس X بـ: counted from the title, the holder is the subject
        if fronted or _words_past_values(sent, trig.end, head) >= 2:
            return [i for i, _ in chain]
        return []
    return []


# Relative pronouns: a mention after one is in a clause on the object (اتهم X الجماعة التي
# يقودها Y بـ: Y is not the accused).
_RELATIVE: Final = frozenset(["الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي"])
_TA_MARBUTA_COPY: Final = "\N{ARABIC LETTER HEH}"  # the copy spells ة as ه
_NISBA: Final = "\N{ARABIC LETTER YEH}\N{ARABIC LETTER HEH}"  # فصائل عراقية واشنطن: an adjective


def _inside_phrase(sent: Sentence, a: int, start: int) -> bool:
    """The mention at `start` is part of a longer object, not the object: a relative pronoun
    stands between the verb (ending at `a`) and it, or it is the genitive of a bare feminine
    noun (`حكومة X`, `إدارة X`: the noun in construct, not a title)."""
    if any(w in _RELATIVE for w in sent.words(a, start)):
        return True
    before = sent.ctx.word_before(start)
    if before is None or before[1] <= a or before[0] in sent.title_from:
        return False
    if sent.before(before[1]) is not None:
        return False  # the end of the subject's name (نبيل أبو ردينة الحكومة)
    w = before[2]
    bare = w.isalpha() and not w.startswith("ال") and not w.endswith(_NISBA)
    return bare and len(w) > 3 and w.endswith(_TA_MARBUTA_COPY)


def _value_edge(sent: Sentence, a: int, b: int) -> bool:
    """True when a date or time ends right before offset `a` or starts right after `b`."""
    j = bisect_right(sent.ends, a) - 1
    if j >= 0:
        e = sent.entities[j][1]
        if e.label in _VALUES and not sent.ctx.text[e.end : a].strip():
            return True
    found = sent.after(b)
    return found is not None and found[1].label in _VALUES


def _words_past_values(sent: Sentence, a: int, b: int) -> int:
    """Words between offsets `a` and `b`, punctuation and dates or times left out."""
    n = sum(1 for w in sent.words(a, b) if w not in (",", '"'))
    for _, e in sent.entities[bisect_left(sent.starts, a) : bisect_left(sent.starts, b)]:
        if e.label in _VALUES:
            n -= len(sent.words(e.start, e.end))
    return n


def _word_end(sent: Sentence, pos: int) -> int:
    """Where the word before `pos` ends (spaces skipped)."""
    text = sent.ctx.text
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


# the copy deletes the tatweel of بـ
_BEH_APART: Final = frozenset(["\N{ARABIC LETTER BEH}"])
# The doer's role of an event named by the ب-masdar of an accusation (اتهم X بقتل، بقصف).
_DOER_ROLE: Final = {**SUBJECT_ROLE, EventType.DIE: Role.AGENT, EventType.INJURE: Role.AGENT}


def accused_doers(
    sent: Sentence,
    ordered: list[int],
    triggers: list[TriggerCandidate],
    out: list[list[Attachment]],
    entities: list[Candidate],
) -> None:
    """`اتهمت X القوات Y بإطلاق النار`, `متهماً Y بإعدام مدنيين`: the accused is the doer of
    the event the ب-masdar right after it names."""
    ctx = sent.ctx
    accusations = role_holders(ordered, triggers, out, entities, EVENT_ACCUSE, ROLE_ACCUSED)
    for n, blamed, last in accusations:
        for m in ordered[n + 1 : n + 3]:
            trig = triggers[m]
            role = _DOER_ROLE.get(trig.event_type)
            gap = ctx.text[last : trig.start - len(trig.prefix)].strip(' "')
            # بقصف، بـ"إعدام": the ب glued to the masdar or set off by a tatweel and a quote
            apart = not trig.prefix and gap in _BEH_APART
            if role is None or not (trig.prefix.startswith(_BEH) or apart):
                continue
            if gap == "" or apart:
                for i in blamed:
                    propose(out[m], trig.event_type, role, i, 0.55, entities[i])
            break
        _violators(sent, ordered[n + 1 : n + 4], triggers, out, entities, blamed, last)


# ب-masdars of breaking an agreement: اتهم X Y بخرق الهدنة، بانتهاك التفاهم.
_BREAKING: Final = frozenset(["بخرق", "بانتهاك", "بنقض", "بتقويض"])
_SIGNED: Final = frozenset(["الموقع", "الموقعه", "المبرم", "المبرمه"])


def _violators(
    sent: Sentence,
    after: list[int],
    triggers: list[TriggerCandidate],
    out: list[list[Attachment]],
    entities: list[Candidate],
    accused: list[int],
    last: int,
) -> None:
    """`اتهم X Y بخرق الهدنة`, `اتهمت X Y بانتهاك التفاهم على وقف إطلاق النار`: one accused
    of breaking an agreement is bound by it, a Party of it (and of the truce it is about)."""
    ctx = sent.ctx
    word = ctx.word_at(last)
    if word is None or word[2].strip('"') not in _BREAKING:
        return
    pos = word[1]
    for m in after:
        trig = triggers[m]
        if trig.event_type is not EVENT_AGREEMENT:
            return
        gap = sent.words(pos, trig.start - len(trig.prefix))
        if [w.strip('"') for w in gap if w.strip('"')] not in ([], ["علي"]):
            return
        signed = ctx.word_at(trig.end)
        if signed is not None and signed[2] in _SIGNED:
            return  # بخرق اتفاق وقف إطلاق النار الموقّع في موسكو: its signatories are its parties
        for i in accused:
            propose(out[m], trig.event_type, ROLE_PARTY, i, 0.5, entities[i])
        pos = trig.end
