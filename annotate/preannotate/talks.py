"""Who takes part in talks and where they are held, read off the sentence around a meeting.

- Delegations: `وفد X`, `وفدي X و Y`, `بمشاركة وفد X برئاسة (title) Y`, `يترأس وفد X (title) Y`:
  the named governments or groups and the named heads are Participants of the sentence's
  meetings (the gold convention: a delegation's sender and head both take part);
- `بمشاركة X`: a participant named after the meeting;
- Place: the subject of a host verb (`جوبا تحتضن جولة من محادثات …`), or a place after في
  right after a launch verb (`انطلقت في العاصمة X، … جولة من المفاوضات`);
- `X، حيث التقى …`: the place before حيث is where the event of its clause happened, and who
  came there (`زيارة X إلى مقديشو، حيث التقى`, `يصل X إلى Y، حيث سيلتقي`) takes part.
"""

from __future__ import annotations

from typing import Final

from annotate.preannotate.labels import ORG, PER
from annotate.preannotate.lexicon import norm_key
from annotate.preannotate.roles_places import skip_descriptor_phrase
from annotate.preannotate.sentence import Sentence
from annotate.preannotate.spans import TriggerCandidate
from annotate.schema import EntityType, ValueType

_SENDERS: Final = (EntityType.GPE, EntityType.ORG, EntityType.NORP)
# who takes part after بمشاركة (a person too); a named tuple, not an inline splat: mypyc
# crashes on `x in (*_SENDERS, ...)`
_SENDERS_OR_PERSONS: Final = (*_SENDERS, EntityType.PER)
_PLACES: Final = (EntityType.GPE, EntityType.LOC, EntityType.FAC)
_DELEGATION: Final = frozenset(["وفد", "وفدي", "وفود"])
_LED_BY: Final = frozenset(norm_key(w) for w in ["برئاسة", "بقيادة", "يترأسه", "يرأسه", "يقوده"])
# Verbs whose object is a delegation and whose subject (after it) is its head.
_LEADS: Final = frozenset(
    norm_key(w) for w in ["يترأس", "تترأس", "ترأس", "ترأست", "يرأس", "يقود", "تقود", "قاد", "قادت"]
)
_JOINED: Final = frozenset([norm_key("بمشاركة")])
_HOSTS: Final = frozenset(
    [
        *("تحتضن", "يحتضن", "احتضنت", "احتضن", "تستضيف", "يستضيف", "استضافت", "استضاف"),
        *("تستقبل", "يستقبل"),
    ]
)
_LAUNCH: Final = frozenset(
    norm_key(w)
    for w in [
        *("انطلقت", "انطلق", "تنطلق", "ينطلق", "عقدت", "عقد", "تعقد", "يعقد", "جرت", "تجري"),
        *("بدأت", "تبدأ", "استؤنفت", "تستأنف", "اختتمت", "اختتم", "تختتم"),
    ]
)
_WHERE: Final = "حيث"
_WHEN: Final = (ValueType.DATE, ValueType.TIME)
_LAM: Final = "\N{ARABIC LETTER LAM}"
# Words of coming to a place: their subject (or genitive) meets the people met there.
_VISIT: Final = frozenset(
    norm_key(w)
    for w in [
        *("زيارة", "زيارته", "زيارتها", "زار", "زارت", "يزور", "تزور", "وصول", "وصوله"),
        *("وصل", "وصلت", "يصل", "تصل", "توجه", "توجهت", "يتوجه", "تتوجه", "قدوم", "حل", "حلت"),
    ]
)
_VISITORS: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
_CAPITAL: Final = frozenset([norm_key("العاصمة"), norm_key("مدينة")])


def _bare(word: str) -> str:
    """A word without a conjunction glued to it (ووفد → وفد, ويترأس → يترأس)."""
    return word[1:] if word[:1] in ("و", "ف") and len(word) > 3 else word


def delegates(sent: Sentence) -> list[int]:
    """The senders and heads of the delegations named in the sentence, and `بمشاركة X`."""
    ctx = sent.ctx
    out: list[int] = []
    text = ctx.text
    if "وفد" not in text[sent.start : sent.end] and "بمشارك" not in text[sent.start : sent.end]:
        return out  # the cheap test first
    pos = sent.start
    while True:
        word = ctx.word_at(pos)
        if word is None or word[0] >= sent.end:
            break
        pos = word[1]
        bare = _bare(word[2])
        if bare in _JOINED:
            found = sent.after_title(word[1])
            if found is not None and found[1].label in _SENDERS_OR_PERSONS:
                out += [i for i, _ in sent.chain(found)]
            continue
        if bare not in _DELEGATION:
            continue
        sender = word[1]
        nxt = ctx.word_at(sender)
        if nxt is not None and nxt[2] == "من":
            sender = nxt[1]  # وفد من الحكومة X
        found = sent.after(sender)
        if found is None or found[1].label not in _SENDERS:
            continue
        chain = sent.chain(found) if bare != "وفد" else [found]
        out += [i for i, _ in chain]
        end = chain[-1][1].end
        nxt = ctx.word_at(end)
        verb = ctx.word_before(word[0])
        if nxt is not None and nxt[2] in _LED_BY:
            end = nxt[1]
        elif verb is None or _bare(verb[2]) not in _LEADS:
            continue
        head = sent.after(past_titles(sent, end))
        if head is not None and head[1].label is PER:
            out.append(head[0])
    return out


def past_titles(sent: Sentence, pos: int) -> int:
    """`pos` past the titles that follow each other there (`وزير الداخلية الجنرال X`), and
    `كل من` before them."""
    word = sent.ctx.word_at(pos)
    if word is not None and word[2] == "كل":
        nxt = sent.ctx.word_at(word[1])
        if nxt is not None and nxt[2] == "من":
            pos = nxt[1]  # مع كل من رئيس X ورئيس Y
    for _ in range(3):
        word = sent.ctx.word_at(pos)
        if word is None or word[0] not in sent.title_from:
            break
        pos = sent.title_from[word[0]]
    return pos


def host_place(sent: Sentence, before: int) -> int | None:
    """The place that hosts the talks named at `before`: the subject of a host verb, or a
    place after في right after a launch verb (`انطلقت في العاصمة جوبا`)."""
    ctx = sent.ctx
    pos = sent.start
    while True:
        word = ctx.word_at(pos)
        if word is None or word[0] >= before:
            return None
        pos = word[1]
        bare = _bare(word[2])
        if bare in _HOSTS:
            found = sent.before(word[0]) or sent.after(word[1])
        elif bare in _LAUNCH:
            cue = ctx.word_at(word[1])
            if cue is None or cue[2] != "في":
                continue
            found = sent.after(skip_descriptor_phrase(sent, cue[1], _CAPITAL))
        else:
            continue
        if found is not None and found[1].label in _PLACES and found[1].end <= before:
            return found[0]


def where_place(sent: Sentence, trig_start: int) -> int | None:
    """`زيارة X إلى مقديشو، حيث التقى`: the place right before حيث dates the clause after."""
    ctx = sent.ctx
    pos = trig_start
    for _ in range(2):
        word = ctx.word_before(pos)
        if word is None:
            return None
        if word[2] == _WHERE:
            before = ctx.word_before(word[0])
            end = before[0] if before is not None and before[2] == "," else word[0]
            found = sent.before(end)
            if found is not None and found[1].label in _PLACES:
                return found[0]
            return None
        pos = word[0]
    return None


def visitor(sent: Sentence, place: int) -> int | None:
    """`زيارة (رئيس المفوضية) X إلى مقديشو، حيث التقى`, `يصل (المبعوث) X، غداً، إلى مخيمات
    تندوف، حيث سيلتقي`: who came to the place named before حيث (entity `place`), the
    subject or genitive of a visit word before it in the sentence."""
    ctx = sent.ctx
    where = next(e for i, e in sent.entities if i == place)
    pos = where.start
    for _ in range(24):
        word = ctx.word_before(pos)
        if word is None or word[0] < sent.start or word[2] in (".", ";"):
            return None
        if _bare(word[2]) in _VISIT or word[2] in _VISIT:
            found = sent.after_title(word[1])
            if found is not None and found[1].label in _VISITORS and found[1].end <= where.start:
                return found[0]
            return None
        pos = word[0]
    return None


def meeting_body(sent: Sentence, trig_end: int) -> int | None:
    """`اجتماع اللجنة الأمنية المشتركة`, `اجتماع للجنة التنسيق`, `قمة مجلس أوروبا`: the body
    in the genitive (or after ل) of a meeting noun holds the meeting; a place there names
    where (`محادثات جدة`), so only an organisation."""
    text = sent.ctx.text
    found = sent.after(trig_end)
    if found is None and text[trig_end + 1 : trig_end + 2] == _LAM:
        found = sent.after(trig_end + 2)  # اجتماع للجنة: the ل glued to the name
        if found is not None and found[1].start != trig_end + 2:
            return None
    elif found is not None and text[found[1].start - 1].isalpha():
        return None  # بـ، كـ: another preposition
    if found is None or found[1].label is not ORG:
        return None
    return found[0]


def past_date_aside(sent: Sentence, pos: int) -> int:
    """`pos` past a date set off by commas or spaces right after it (`اتصال هاتفي، مساء
    الأربعاء، مع X`, `اتصال هاتفي مساء الأربعاء، مع X`); else `pos`."""
    ctx = sent.ctx
    start = pos
    word = ctx.word_at(pos)
    if word is not None and word[2] == ",":
        pos = word[1]
    when = sent.after(pos)
    if when is None or when[1].label not in _WHEN:
        return start
    pos = when[1].end
    comma = ctx.word_at(pos)
    return comma[1] if comma is not None and comma[2] == "," else pos


# Possessive endings of a meeting noun (لقائه، اجتماعها، لقائهم); a bare ه is checked in the
# raw text, where the feminine ending is ة (قمة) and the pronoun ه.
_OWNED: Final = ("هما", "هم", "ها", "ه")
_TEH_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"
_WITH: Final = "مع"


def own_meeting(sent: Sentence, trig: TriggerCandidate, owner: list[int]) -> list[int]:
    """`ودعا X، خلال لقائه الرئيس Y`, `اتهم X …، بعد اجتماعه في Z مع Y`: a meeting noun with
    the pronoun of the clause's subject (`owner`, the subject of the verb before it) was held
    by that subject and the one named right after it (past titles) or after مع within six
    words; [] when the noun has no pronoun or no partner is named."""
    ctx = sent.ctx
    surface = ctx.text[trig.start : trig.end]
    if not owner or not surface.endswith(_OWNED) or ctx.raw_char(trig.end - 1) == _TEH_MARBUTA:
        return []
    found = sent.after(past_titles(sent, trig.end))
    if found is None:
        pos = trig.end
        for _ in range(6):
            word = ctx.word_at(pos)
            if word is None or word[0] >= sent.end or word[2] in (",", "."):
                return []
            pos = word[1]
            if word[2] == _WITH:
                found = sent.after(past_titles(sent, pos))
                break
    if found is None or found[1].label not in _PARTNERS or found[0] in owner:
        return []
    return [*owner, *(i for i, _ in sent.chain(found))]


_PARTNERS: Final = (EntityType.PER, EntityType.ORG, EntityType.GPE)
